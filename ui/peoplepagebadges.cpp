// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The People tab's badge actions: a badge-only badge for one person, the badges of a class.
#include "peoplepage.h"

#include "badgeprintdialog.h"
#include "common/clock.h"
#include "outputrecord.h"
#include "people/badgeprinting.h"
#include "peopledetail.h"
#include "peopletablemodel.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"

#include <QComboBox>
#include <QLineEdit>

namespace portique::ui {

using storage::submitJob;

namespace {

/// The outcome of printing a class's badges.
struct ClassBadges {
    std::vector<access::BadgeCard> cards;
    QStringList holders; ///< the cards' people, in order (the output log notes whom a saved file names)
    int skippedFaceLane = 0;
};

void openPrintDialog(std::vector<access::BadgeCard> cards, const QStringList &holders, const StationContext &context, QWidget *parent)
{
    auto *dialog = new BadgePrintDialog(std::move(cards), parent);
    // A saved PDF names these people: noted, so that erasing one of them points at it.
    QObject::connect(dialog, &BadgePrintDialog::saved, parent, [parent, holders, &context](const QString &path) {
        recordOutput(parent, context, {path, privacy::OutputKind::Badge, holders});
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString schoolNameOf(station::StationServices &services, const QString &fallback)
{
    const QString name = services.settings.value(station::settings::schoolName);
    return name.isEmpty() ? fallback : name;
}

} // namespace

void PeoplePage::issueBadge()
{
    const PersonRow *row = selectedRow();
    if (!row || row->faceLane)
        return;
    const people::Person person = row->person;
    const QString question =
        row->badge ? tr("Issue a new badge for %1?\n\nTheir current badge (valid until %2) is revoked at once and no longer opens "
                        "the gate. The new badge carries no face template.")
                         .arg(person.displayName(), peopleShortDate(row->badge->expiresOn))
                   : tr("Issue a badge for %1?\n\nAny earlier badge is revoked. The new badge carries no face template.")
                         .arg(person.displayName());
    if (!m_confirm(this, tr("New badge"), question))
        return;
    issueAndPrint(
        person,
        [actor = m_actor](station::StationServices &services, const QString &id) { return services.enrolments.issueBadgeOnly(id, actor); },
        tr("New badge issued for %1: print it now.").arg(person.displayName()));
}

void PeoplePage::issueAndPrint(const people::Person &person,
                               std::function<access::IssuedBadge(station::StationServices &, const QString &)> issue,
                               const QString &doneMessage)
{
    m_busy = true;
    updateButtons();
    const common::Clock *clock = m_context.clock;
    const QString fallbackSchool = m_context.schoolName;
    submitJob<access::BadgeCard>(
        *m_context.writer, this,
        [clock, person, issue, fallbackSchool](storage::Database &db) {
            station::StationServices services(db, *clock);
            return people::badgeCard(person, issue(services, person.id), schoolNameOf(services, fallbackSchool));
        },
        [this, doneMessage, id = person.id](const access::BadgeCard &card) {
            m_busy = false;
            showMessage(doneMessage, false);
            reload();
            openPrintDialog({card}, {id}, m_context, this);
        },
        [this](const QString &message) {
            m_busy = false;
            showMessage(message, true);
            updateButtons();
        });
}

void PeoplePage::issueClassBadges()
{
    const QString className = m_class->currentData().toString();
    if (className.isEmpty())
        return;
    // The list shows the whole class when nothing is searched: then the question can say how many.
    QString who = tr("every person of %1 who is present and does not use the face lane").arg(className);
    if (m_search->text().trimmed().isEmpty()) {
        const QDate today = m_context.clock->now().toLocalTime().date();
        int count = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const PersonRow *row = m_model->rowAt(i);
            count += row->person.activeOn(today) && !row->faceLane;
        }
        who = tr("the %n person(s) of %1 who are present and do not use the face lane", nullptr, count).arg(className);
    }
    if (!m_confirm(this, tr("Print the class's badges"),
                   tr("Issue a new badge for %1?\n\n"
                      "Their current badges are revoked at once and no longer open the gate. People who use the face "
                      "lane are left out: their badge carries or unlocks their template.")
                       .arg(who)))
        return;
    m_busy = true;
    updateButtons();
    const common::Clock *clock = m_context.clock;
    const QString fallbackSchool = m_context.schoolName;
    submitJob<ClassBadges>(
        *m_context.writer, this,
        [clock, className, actor = m_actor, fallbackSchool](storage::Database &db) {
            station::StationServices services(db, *clock);
            const QString school = schoolNameOf(services, fallbackSchool);
            const QDate today = clock->now().toLocalTime().date();
            ClassBadges result;
            // All or none: a class half re-issued would leave some holding revoked badges unknowingly.
            db.transaction([&] {
                // A restricted person (GDPR art. 18) keeps the badge they hold: a class run would revoke it.
                for (const people::Person &person : services.people.list({className, QString(), false, today, false})) {
                    if (services.consents.current(person.id)) {
                        ++result.skippedFaceLane;
                        continue;
                    }
                    const access::IssuedBadge badge = services.enrolments.issueBadgeOnly(person.id, actor);
                    result.cards.push_back(people::badgeCard(person, badge, school));
                    result.holders.append(person.id);
                }
            });
            return result;
        },
        [this, className](const ClassBadges &result) {
            m_busy = false;
            QString text = tr("%n badge(s) issued for %1.", nullptr, int(result.cards.size())).arg(className);
            if (result.skippedFaceLane > 0)
                text += u' '
                        + tr("%n person(s) who use the face lane were left out: their badge carries or unlocks their "
                             "template, so only a new enrolment (or withdrawing the consent) replaces it.",
                             nullptr, result.skippedFaceLane);
            showMessage(text, false);
            reload();
            if (!result.cards.empty())
                openPrintDialog(result.cards, result.holders, m_context, this);
        },
        [this](const QString &message) {
            m_busy = false;
            showMessage(message, true);
            updateButtons();
        });
}

} // namespace portique::ui
