// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

class QFormLayout;
class QLineEdit;

namespace portique::ui {

/// @brief A new password typed twice, with the rule shown; used wherever a password is chosen.
class PasswordFields final {
public:
    /// @brief Adds the two fields to @p form (parented to the form's widget).
    explicit PasswordFields(QFormLayout *form);
    QString password() const;
    /// @brief Empty when acceptable, else a translated reason (too short, the two differ).
    QString problem() const;

private:
    QLineEdit *m_first;
    QLineEdit *m_second;
};

} // namespace portique::ui
