// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/role.h"
#include "stationcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace portique::ui {

class UserTableModel;

/// @brief The administrator's list of users: add, reset a password, change a role, disable or enable.
class UsersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(const StationContext &context, QString actor, QWidget *parent = nullptr);
    void reload();
    UserTableModel *model() const { return m_model; }
    /// @brief Gives the selected user @p role (the "Change role…" button asks which); a refusal
    /// (the last administrator or DPO) is shown on the page.
    void changeRole(accounts::Role role);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedLogin() const;
    void updateButtons();
    void toggleDisabled();
    void askRole();

    const StationContext &m_context;
    QString m_actor;
    UserTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_toggle;
    QPushButton *m_role;
    QLabel *m_message;
};

} // namespace portique::ui
