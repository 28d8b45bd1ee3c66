// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace portique::ui {

class DecisionBand;
class LoginForm;

/// @brief What the station shows while locked: the school, a sign-in form, and no personal data.
/// Beside the form, each entrance lane's anonymous state (the gate never stops while locked): its
/// last decision as icon and word while it is recent, "reading…", and its passages in the last
/// minute; never a name, a class or a photo. Any user may sign in (an agent taking over the desk);
/// the window then follows the new user's role. GUI thread only.
class LockScreen final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(const StationContext &context, QWidget *parent = nullptr);
    LoginForm *form() const { return m_form; }
    /// @brief The login of the agent who was signed in: pre-filled, the password field focused.
    void setLastLogin(const QString &login);

Q_SIGNALS:
    void unlocked(const portique::accounts::User &user);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct LaneView {
        QLabel *name = nullptr;
        DecisionBand *band = nullptr;
        QLabel *icon = nullptr;
        QLabel *word = nullptr;
        QLabel *count = nullptr;
    };
    QWidget *buildLanes();
    void refreshLanes();

    const StationContext &m_context;
    LoginForm *m_form;
    std::vector<LaneView> m_lanes;
};

} // namespace portique::ui
