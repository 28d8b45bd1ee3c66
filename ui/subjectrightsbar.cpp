// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectrightsbar.h"

#include "people/peoplestore.h"
#include "privacy/auditlog.h"
#include "rectifydialog.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

SubjectRightsBar::SubjectRightsBar(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_rectify(new QPushButton(tr("&Rectify…"), this))
    , m_restrict(new QPushButton(tr("Re&strict"), this))
    , m_object(new QPushButton(tr("&Object…"), this))
    , m_state(makeLabel(QString(), QStringLiteral("note"), this))
{
    m_rectify->setObjectName(QStringLiteral("rectifySubject"));
    m_rectify->setToolTip(tr("Correct the selected person's names, class or birth date (right to rectification)"));
    m_restrict->setObjectName(QStringLiteral("restrictSubject"));
    m_object->setObjectName(QStringLiteral("objectSubject"));
    m_object->setToolTip(tr("The person objects: their consent to the face lane is withdrawn at once; the same badge "
                            "works badge-only (right to object)"));
    m_state->setObjectName(QStringLiteral("subjectRightsState"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rectify);
    buttons->addWidget(m_restrict);
    buttons->addWidget(m_object);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    connect(m_rectify, &QPushButton::clicked, this, &SubjectRightsBar::openRectify);
    connect(m_restrict, &QPushButton::clicked, this, &SubjectRightsBar::toggleRestriction);
    connect(m_object, &QPushButton::clicked, this, &SubjectRightsBar::confirmObjection);
    updateButtons();
}

void SubjectRightsBar::setSubject(const QString &id, bool person)
{
    if (id == m_id && person == m_isPerson)
        return;
    m_id = id;
    m_isPerson = person;
    m_person.reset();
    load();
}

void SubjectRightsBar::load()
{
    const int generation = ++m_generation;
    updateButtons();
    if (m_id.isEmpty() || !m_isPerson)
        return;
    const QString id = m_id;
    submitJob<std::optional<people::Person>>(
        *m_context.writer, this, [id](storage::Database &db) { return people::PeopleStore(db).find(id); },
        [this, generation](const std::optional<people::Person> &person) {
            if (generation != m_generation)
                return; // another subject was selected since
            m_person = person;
            updateButtons();
            Q_EMIT loaded();
        },
        [this, generation](const QString &message) {
            if (generation == m_generation)
                Q_EMIT failed(message);
        });
}

void SubjectRightsBar::updateButtons()
{
    const bool ready = m_person.has_value() && !m_busy;
    const bool restricted = m_person && m_person->restricted();
    m_rectify->setEnabled(ready);
    m_restrict->setEnabled(ready);
    m_object->setEnabled(ready);
    m_restrict->setText(restricted ? tr("Lift re&striction") : tr("Re&strict"));
    m_restrict->setToolTip(restricted ? tr("End the restriction: the person's data is processed as before (recorded in the audit trail)")
                                      : tr("Freeze the selected person's data (right to restriction): kept, decided at the gate on "
                                           "the badge alone, left out of reports and class lists"));
    m_state->setText(restricted
                         ? tr("Restricted since %1").arg(QLocale().toString(m_person->restrictedAt.toLocalTime(), QLocale::ShortFormat))
                         : QString());
}

void SubjectRightsBar::run(std::function<void(storage::Database &)> job, const QString &doneMessage)
{
    m_busy = true;
    updateButtons();
    submitJob<void>(
        *m_context.writer, this, std::move(job),
        [this, doneMessage] {
            m_busy = false;
            load();
            Q_EMIT done(doneMessage);
        },
        [this](const QString &message) {
            m_busy = false;
            updateButtons();
            Q_EMIT failed(message);
        });
}

RectifyDialog *SubjectRightsBar::openRectify()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    if (!m_person)
        return nullptr;
    auto *dialog = new RectifyDialog(*m_person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { rectify(dialog->changes()); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void SubjectRightsBar::rectify(const std::vector<privacy::FieldValue> &changes)
{
    if (!m_person || m_busy)
        return;
    const QString id = m_person->id;
    const QString user = m_user;
    const common::Clock *clock = m_context.clock;
    run(
        [id, user, clock, changes](storage::Database &db) {
            privacy::AuditLog audit(db, *clock);
            privacy::SubjectRights(db, audit, *clock).rectify(id, changes, user);
        },
        tr("✓ %1 rectified (recorded in the audit trail). A later import keeps the corrected values.").arg(id));
}

void SubjectRightsBar::toggleRestriction()
{
    if (!m_person || m_busy)
        return;
    const QString id = m_person->id;
    const QString user = m_user;
    const common::Clock *clock = m_context.clock;
    const bool lift = m_person->restricted();
    run(
        [id, user, clock, lift](storage::Database &db) {
            privacy::AuditLog audit(db, *clock);
            privacy::SubjectRights rights(db, audit, *clock);
            if (lift)
                rights.liftRestriction(id, user);
            else
                rights.restrictProcessing(id, user);
        },
        lift ? tr("✓ The restriction of %1 is lifted (recorded in the audit trail).").arg(m_person->displayName())
             : tr("✓ The processing of %1's data is restricted: kept, decided at the gate on the badge alone, left out of "
                  "reports (recorded in the audit trail).")
                   .arg(m_person->displayName()));
}

QMessageBox *SubjectRightsBar::confirmObjection()
{
    if (!m_person || m_busy)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Objection"),
                                tr("%1 objects to the processing of their face: their consent is withdrawn at once, their face "
                                   "template deleted, and their badge works badge-only. Record the objection?")
                                    .arg(m_person->displayName()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmObjection"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A standard button ends the box with its own code, not Accepted: the button tells.
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (button == box->button(QMessageBox::Yes))
            object();
    });
    box->open();
    return box;
}

void SubjectRightsBar::object()
{
    if (!m_person || m_busy)
        return;
    const QString id = m_person->id;
    const QString user = m_user;
    const common::Clock *clock = m_context.clock;
    run(
        [id, user, clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            privacy::object(db, services.enrolments, id, user);
        },
        tr("✓ Objection recorded: the consent of %1 is withdrawn, their badge works badge-only.").arg(m_person->displayName()));
}

} // namespace portique::ui
