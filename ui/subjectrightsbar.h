// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/person.h"
#include "privacy/subjectrights.h"
#include "stationcontext.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QMessageBox;
class QPushButton;

namespace portique::ui {

class RectifyDialog;

/// @brief The subject rights page's buttons for rectification, restriction and objection (GDPR
/// art. 16, 18, 21; docs/privacy-operations.md): "Rectify…" (a small form), "Restrict" or "Lift
/// restriction" as the selected person's state says, "Object…" (the consent withdrawn, after a
/// confirmation). Each runs as one job on the writer, audited there; visitors have none of them.
/// GUI thread only.
class SubjectRightsBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectRightsBar)

public:
    SubjectRightsBar(StationContext &context, QString user, QWidget *parent = nullptr);

    /// @brief The subject selected on the page (@p person false for a visitor, empty @p id for
    /// none); a person's record is read on the writer, then loaded() is signalled.
    void setSubject(const QString &id, bool person);
    /// @brief The selected person as last read, or nothing.
    const std::optional<people::Person> &person() const { return m_person; }
    /// @brief Opens the rectification form (window-modal, not blocking); null without a person.
    RectifyDialog *openRectify();
    /// @brief Rectifies the selected person, as the form's OK does.
    void rectify(const std::vector<privacy::FieldValue> &changes);
    /// @brief Restricts the selected person, or lifts their restriction, as the button does.
    void toggleRestriction();
    /// @brief Asks to confirm the objection (window-modal, not blocking); null without a person.
    QMessageBox *confirmObjection();
    /// @brief Records the selected person's objection: their consent withdrawn at once.
    void object();

Q_SIGNALS:
    /// @brief The selected person's record is read (buttons up to date).
    void loaded();
    /// @brief A right was exercised: @p message says what was done.
    void done(const QString &message);
    /// @brief A right was refused or failed: @p message says why; nothing changed.
    void failed(const QString &message);

private:
    void load();
    void updateButtons();
    /// Runs @p job on the writer; on success says @p doneMessage and reads the person again.
    void run(std::function<void(storage::Database &)> job, const QString &doneMessage);

    StationContext &m_context;
    QString m_user;
    QString m_id;
    bool m_isPerson = false;
    std::optional<people::Person> m_person;
    int m_generation = 0;
    bool m_busy = false;
    QPushButton *m_rectify;
    QPushButton *m_restrict;
    QPushButton *m_object;
    QLabel *m_state;
    QPointer<RectifyDialog> m_dialog;
};

} // namespace portique::ui
