// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The People tab's consent actions (issue 15): withdrawal in one step, and the consent letters.
#include "peoplepage.h"

#include "common/clock.h"
#include "outputrecord.h"
#include "peopletablemodel.h"
#include "reports/consentletter.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "worker.h"

#include <QComboBox>
#include <QDir>
#include <QStandardPaths>

namespace portique::ui {

using storage::submitJob;

void PeoplePage::withdrawConsent()
{
    const PersonRow *row = selectedRow();
    if (!row || !row->faceLane)
        return;
    const people::Person person = row->person;
    const QString where = row->architecture == access::TemplateArchitecture::InDatabase
                              ? tr("the template kept in the station is deleted")
                              : tr("the template on the badge is never used again");
    // One step, nothing to hand over: withdrawing must cost the person nothing (issue 15).
    if (!m_confirm(this, tr("Withdraw the consent"),
                   tr("Withdraw %1's consent to the face lane?\n\n"
                      "Anyone may withdraw (the student or a legal representative), at any time, without giving a reason.\n\n"
                      "It takes effect now: %2. The same badge keeps opening the gate, on the badge alone, like any other "
                      "badge: nothing to print, no new badge.")
                       .arg(person.displayName(), where)))
        return;
    m_busy = true;
    updateButtons();
    const common::Clock *clock = m_context.clock;
    submitJob<people::ConsentWithdrawal>(
        *m_context.writer, this,
        [clock, id = person.id, actor = m_actor](storage::Database &db) {
            return station::StationServices(db, *clock).enrolments.withdrawConsent(id, actor);
        },
        [this, name = person.displayName()](const people::ConsentWithdrawal &withdrawal) {
            m_busy = false;
            showMessage(withdrawal.badges.isEmpty()
                            ? tr("Consent of %1 withdrawn: the template is no longer used.").arg(name)
                            : tr("Consent of %1 withdrawn: the template is no longer used, and the same badge keeps working, "
                                 "badge-only. Nothing to print.")
                                  .arg(name),
                        false);
            reload();
        },
        [this](const QString &message) {
            m_busy = false;
            showMessage(message, true);
            updateButtons();
        });
}

void PeoplePage::writeConsentLetters(bool wholeClass)
{
    const QString className = wholeClass ? m_class->currentData().toString() : QString();
    const QStringList ids = wholeClass ? QStringList() : selectedIds();
    if (className.isEmpty() && ids.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = className.isEmpty() ? (ids.size() == 1 ? ids.constFirst() : QStringLiteral("selection")) : className;
    const QString path = m_savePath(this, QDir(folder).filePath(QStringLiteral("consent-letters-%1.pdf").arg(name)));
    if (path.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    showMessage(tr("Issuing the form references and writing %1…").arg(QDir::toNativeSeparators(path)), false);
    const common::Clock *clock = m_context.clock;
    const QString fallbackSchool = m_context.schoolName;
    const auto failed = [this](const QString &message) {
        m_busy = false;
        showMessage(message, true);
        updateButtons();
    };
    // The references are issued on the writer; the PDF is drawn on a worker, never on either the
    // GUI thread or the writer that the lanes wait on.
    submitJob<reports::ConsentLetters>(
        *m_context.writer, this,
        [clock, ids, className, fallbackSchool, actor = m_actor](storage::Database &db) {
            station::StationServices services(db, *clock);
            const QString school = services.settings.value(station::settings::schoolName);
            return reports::prepareConsentLetters(db, *clock, services.audit, ids, className, school.isEmpty() ? fallbackSchool : school,
                                                  actor);
        },
        [this, path, failed](const reports::ConsentLetters &letters) {
            onWorker<QString>(
                this,
                [letters, path]() -> QString {
                    try {
                        reports::writeConsentLettersPdf(path, letters);
                    } catch (const std::exception &error) {
                        return QString::fromStdString(error.what());
                    }
                    return {};
                },
                [this, path, failed, holders = letters.personIds()](const QString &error) {
                    if (!error.isEmpty()) {
                        failed(error);
                        return;
                    }
                    m_busy = false;
                    updateButtons();
                    recordOutput(this, m_context, {path, privacy::OutputKind::ConsentLetter, holders});
                    showMessage(tr("%n consent letter(s) saved in %1: print them and hand them over; each form comes back with "
                                   "its own reference, scanned at enrolment.",
                                   nullptr, int(holders.size()))
                                    .arg(QDir::toNativeSeparators(path)),
                                false);
                    Q_EMIT consentLettersSaved(path);
                });
        },
        failed);
}

} // namespace portique::ui
