// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "overridedialog.h"

#include "common/clock.h"
#include "lanetile.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portique::ui {

using access::Outcome;
using access::OverrideReason;

OverrideDialog::OverrideDialog(storage::DatabaseThread &writer, const common::Clock &clock, QString agent,
                               access::Passage passage, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_agent(std::move(agent))
    , m_passage(std::move(passage))
    , m_outcomes(new QButtonGroup(this))
    , m_grant(new QRadioButton(tr("&Grant entry"), this))
    , m_refuse(new QRadioButton(tr("&Refuse entry"), this))
    , m_reasons(new QButtonGroup(this))
    , m_note(new QLineEdit(this))
    , m_noteHint(makeLabel(QString(), QStringLiteral("note"), this))
    , m_error(makeLabel(QString(), QStringLiteral("error"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override — %1").arg(m_passage.lane));
    setMinimumWidth(440);

    // The decision being overridden, as the lane showed it.
    const Outcome was = m_passage.decision.outcome;
    // The decision as the lane showed it: its colour band, icon and word.
    auto *band = new QFrame(this);
    band->setObjectName(QStringLiteral("overriddenBand"));
    band->setStyleSheet(QStringLiteral("QFrame#overriddenBand { background: %1; border-radius: 6px; } QLabel { color: white; font-size: 15pt; font-weight: 600; }")
                            .arg(LaneTile::colourOf(was).name()));
    auto *icon = new QLabel(band);
    icon->setPixmap(LaneTile::iconOf(was, 36));
    auto *word = makeLabel(access::outcomeWord(was), QStringLiteral("subtitle"), band);
    word->setObjectName(QStringLiteral("overriddenDecision"));
    auto *bandLayout = new QHBoxLayout(band);
    bandLayout->setContentsMargins(8, 6, 8, 6);
    bandLayout->addWidget(icon);
    bandLayout->addWidget(word, 1);
    QStringList reasons;
    for (const QString &reason : m_passage.decision.reasons)
        reasons << access::reasonText(reason);
    const QString who = m_passage.person ? m_passage.person->displayName() : tr("Unknown");
    auto *summary = makeLabel(tr("%1 · %2 · %3")
                                  .arg(QLocale().toString(m_passage.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")), who,
                                       reasons.join(QStringLiteral(", "))),
                              QStringLiteral("note"), this);
    summary->setWordWrap(true);
    auto *decisionRow = new QVBoxLayout;
    decisionRow->addWidget(band);
    decisionRow->addWidget(summary);

    auto *outcomeBox = new QGroupBox(tr("New decision"), this);
    auto *outcomeLayout = new QHBoxLayout(outcomeBox);
    m_grant->setObjectName(QStringLiteral("outcomeGranted"));
    m_refuse->setObjectName(QStringLiteral("outcomeRefused"));
    m_outcomes->addButton(m_grant, int(Outcome::Granted));
    m_outcomes->addButton(m_refuse, int(Outcome::Refused));
    outcomeLayout->addWidget(m_grant);
    outcomeLayout->addWidget(m_refuse);
    outcomeLayout->addStretch(1);
    // The usual override goes the other way: a refusal or a check let through, a grant stopped.
    (was == Outcome::Granted ? m_refuse : m_grant)->setChecked(true);

    auto *reasonBox = new QGroupBox(tr("Reason"), this);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    int number = 1;
    for (OverrideReason reason : access::overrideReasons()) {
        // Alt+1..6 picks a reason; arrows move between them.
        auto *button = new QRadioButton(QStringLiteral("&%1  %2").arg(number++).arg(access::overrideReasonLabel(reason)), reasonBox);
        button->setObjectName(QStringLiteral("reason_") + access::overrideReasonId(reason));
        m_reasons->addButton(button, int(reason));
        reasonLayout->addWidget(button);
    }

    m_note->setObjectName(QStringLiteral("overrideNote"));
    m_note->setPlaceholderText(tr("Note (required for “Other”)"));
    m_note->setMaxLength(200);
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the override"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("overrideOk"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(decisionRow);
    layout->addWidget(outcomeBox);
    layout->addWidget(reasonBox);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_noteHint);
    layout->addWidget(makeLabel(tr("Recorded with the original decision, in your name (%1).").arg(m_agent), QStringLiteral("note"), this));
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);
    connect(m_reasons, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_note, &QLineEdit::textChanged, this, [this] { updateState(); });
    updateState();
    // Keyboard first: the reasons are where the agent starts.
    m_reasons->buttons().constFirst()->setFocus();
}

bool OverrideDialog::chooseReason(const QString &reasonId)
{
    const std::optional<OverrideReason> reason = access::overrideReasonFromId(reasonId);
    if (!reason)
        return false;
    m_reasons->button(int(*reason))->setChecked(true);
    return true;
}

void OverrideDialog::setOutcome(Outcome outcome)
{
    (outcome == Outcome::Granted ? m_grant : m_refuse)->setChecked(true);
}

void OverrideDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString OverrideDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<OverrideReason> OverrideDialog::reason() const
{
    const int id = m_reasons->checkedId();
    return id < 0 ? std::nullopt : std::optional<OverrideReason>(OverrideReason(id));
}

Outcome OverrideDialog::outcome() const
{
    return m_grant->isChecked() ? Outcome::Granted : Outcome::Refused;
}

void OverrideDialog::updateState()
{
    const std::optional<OverrideReason> chosen = reason();
    const bool needsNote = chosen == OverrideReason::Other;
    m_noteHint->setText(needsNote ? tr("Say why in a few words.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_saving && chosen
                                                         && (!needsNote || !m_note->text().trimmed().isEmpty()));
}

void OverrideDialog::accept()
{
    const std::optional<OverrideReason> chosen = reason();
    if (m_saving || !chosen)
        return;
    if (*chosen == OverrideReason::Other && m_note->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say why in a few words."));
        m_error->show();
        m_note->setFocus();
        return;
    }
    m_saving = true;
    m_error->hide();
    updateState();
    access::OverrideRecord record;
    record.eventId = m_passage.eventId;
    record.agent = m_agent;
    record.outcome = outcome();
    record.reason = access::overrideReasonId(*chosen);
    record.note = m_note->text().trimmed();
    const common::Clock *clock = &m_clock;
    storage::submitJob<qint64>(
        m_writer, this,
        [clock, record, reason = *chosen](storage::Database &db) {
            return station::StationServices(db, *clock).events.addOverride(record.eventId, record.outcome, reason, record.note,
                                                                           record.agent);
        },
        [this, record](qint64 id) {
            access::OverrideRecord written = record;
            written.id = id;
            written.at = m_clock.now();
            m_saving = false;
            Q_EMIT overridden(written);
            QDialog::accept();
        },
        [this](const QString &message) {
            // Refused (already overridden, no such passage...) or failed: said here, nothing lost.
            m_saving = false;
            m_error->setText(message);
            m_error->show();
            updateState();
        });
}

} // namespace portique::ui
