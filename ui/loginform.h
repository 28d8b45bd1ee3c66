// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portique::ui {

/// @brief Login and password fields that authenticate on the database thread. Serves both the
/// start-up login dialog and the lock screen. Only use from the GUI thread.
class LoginForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginForm)

public:
    explicit LoginForm(const StationContext &context, QWidget *parent = nullptr);

    /// @brief Fills the fields and submits, as a person would (automated smoke runs, tests).
    void submitAs(const QString &login, const QString &password);
    /// @brief Empties the password and the message, focuses the first empty field.
    void reset();
    /// @brief Fills the login field (the lock screen's last agent): reset() then focuses the password.
    void setLogin(const QString &login);

Q_SIGNALS:
    void authenticated(const portique::accounts::User &user);

private:
    void submit();
    void showResult(const accounts::LoginResult &result);
    void setBusy(bool busy);

    const StationContext &m_context;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_submit;
    QLabel *m_message;
};

} // namespace portique::ui
