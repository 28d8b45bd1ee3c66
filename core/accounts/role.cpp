// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "role.h"

#include <QCoreApplication>

namespace portique::accounts {

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::SeeStationStatus:
        return true;
    case Permission::OperateGate:
    case Permission::ManageVisitors:
    case Permission::ManagePeople:
        // The DPO administers the station and may stand in at the desk; the principal reads reports.
        return role == Role::Agent || role == Role::Dpo;
    case Permission::ReadReports:
        return role == Role::Principal || role == Role::Dpo;
    case Permission::ManagePrivacy:
    case Permission::ReadAudit:
    case Permission::ManageUsers:
    case Permission::ManageSettings:
        return role == Role::Dpo;
    }
    return false;
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Principal:
        return QStringLiteral("principal");
    case Role::Dpo:
        return QStringLiteral("dpo");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : {Role::Agent, Role::Principal, Role::Dpo}) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("Role", "Reception agent");
    case Role::Principal:
        return QCoreApplication::translate("Role", "Principal");
    case Role::Dpo:
        return QCoreApplication::translate("Role", "DPO / administrator");
    }
    return {};
}

} // namespace portique::accounts
