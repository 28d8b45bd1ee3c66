// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "usertablemodel.h"

#include "theme.h"

#include <QLocale>

namespace portique::ui {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setUsers(QList<accounts::User> users, QDateTime now)
{
    beginResetModel();
    m_users = std::move(users);
    m_now = std::move(now);
    endResetModel();
}

const accounts::User *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const accounts::User *user = userAt(index.row());
    if (!user)
        return {};
    const bool locked = user->lockedUntil.isValid() && user->lockedUntil > m_now;
    if (role == Qt::UserRole)
        return user->login;
    if (role == Qt::ForegroundRole && index.column() == State && (user->disabled || locked))
        return user->disabled ? colours::alert : colours::warning;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return user->login;
    case Name:
        return user->displayName;
    case Role:
        return accounts::roleLabel(user->role);
    case State:
        if (user->disabled)
            return tr("✕ Disabled");
        if (locked)
            return tr("! Locked until %1").arg(QLocale().toString(user->lockedUntil.toLocalTime().time(), QStringLiteral("HH:mm")));
        return tr("✓ Active");
    case LastLogin:
        return user->lastLoginAt.isValid()
                   ? QLocale().toString(user->lastLoginAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                   : tr("never");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case State:
        return tr("State");
    case LastLogin:
        return tr("Last sign-in");
    default:
        return {};
    }
}

} // namespace portique::ui
