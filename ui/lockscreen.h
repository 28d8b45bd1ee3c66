// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QWidget>

namespace portique::ui {

class LoginForm;

/// @brief What the station shows while locked: the school, a sign-in form, and no personal data.
/// Any user may sign in (an agent taking over the desk); the window then follows the new user's role.
class LockScreen final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(const StationContext &context, QWidget *parent = nullptr);
    LoginForm *form() const { return m_form; }

Q_SIGNALS:
    void unlocked(const portique::accounts::User &user);

protected:
    void showEvent(QShowEvent *event) override;

private:
    LoginForm *m_form;
};

} // namespace portique::ui
