// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"

#include <QAbstractTableModel>

namespace portique::ui {

/// @brief The station's users for a table view. The login is at Qt::UserRole.
class UserTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { Login, Name, Role, State, LastLogin, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);
    void setUsers(QList<accounts::User> users, QDateTime now);
    const accounts::User *userAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<accounts::User> m_users;
    QDateTime m_now;
};

} // namespace portique::ui
