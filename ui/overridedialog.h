// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/eventstore.h"
#include "access/passage.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::ui {

/// @brief The agent overrides a lane's decision (UI.md "dérogation"): the decision as shown, the
/// new outcome, a reason from the list (a note for "other"), recorded against the original event
/// with the agent's login. Usable without a mouse: arrows move within a choice, Tab between them,
/// Enter confirms. GUI thread only.
class OverrideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    OverrideDialog(storage::DatabaseThread &writer, const common::Clock &clock, QString agent, access::Passage passage,
                   QWidget *parent = nullptr);

    /// @brief Chooses a reason by id ("badge_forgotten"...), as the agent would (tests).
    bool chooseReason(const QString &reasonId);
    void setOutcome(access::Outcome outcome);
    void setNote(const QString &note);
    /// @brief The message of the last refusal, empty when none.
    QString error() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// @brief The override is on record.
    void overridden(const portique::access::OverrideRecord &record);

private:
    void updateState();
    std::optional<access::OverrideReason> reason() const;
    access::Outcome outcome() const;

    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QString m_agent;
    access::Passage m_passage;
    QButtonGroup *m_outcomes;
    QRadioButton *m_grant;
    QRadioButton *m_refuse;
    QButtonGroup *m_reasons;
    QLineEdit *m_note;
    QLabel *m_noteHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace portique::ui
