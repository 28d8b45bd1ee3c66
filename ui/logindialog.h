// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QDialog>

#include <optional>

namespace portique::ui {

class LoginForm;

/// @brief The start-up sign-in: school name, the login form, and the demo logins in demo mode.
class LoginDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(const StationContext &context, QWidget *parent = nullptr);
    /// @brief The authenticated user once the dialog is accepted.
    std::optional<accounts::User> user() const { return m_user; }
    LoginForm *form() const { return m_form; }

private:
    LoginForm *m_form;
    std::optional<accounts::User> m_user;
};

} // namespace portique::ui
