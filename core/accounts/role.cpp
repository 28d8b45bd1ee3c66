// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "role.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace portique::accounts {

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::SeeStationStatus:
        return true;
    case Permission::OperateGate:
    case Permission::ManageVisitors:
    case Permission::ManagePeople:
        // The administrator may stand in at the desk (a member of the school's staff who runs the
        // station). The DPO does not: the desk's work (enrolments, badges, consents withdrawn at
        // the desk, overrides) is what the DPO controls, and the DPO of a lycée is often the
        // academy's, not on site (GDPR art. 38(6): no task that determines what is controlled).
        return role == Role::Agent || role == Role::Admin;
    case Permission::ReadReports:
        // The experiment's report is part of the DPO's control; the administrator has no use for
        // the daily figures.
        return role == Role::Principal || role == Role::Dpo;
    case Permission::ManagePrivacy:
    case Permission::ReadAudit:
        // The audit trail names people and agents; only the DPO reads it (the administrator's
        // own changes are there, controlled by the DPO, not by themself).
        return role == Role::Dpo;
    case Permission::VerifyAudit:
        // The check shows no content (counts, the first broken link): the administrator checks the
        // station after a restore as the DPO does.
        return role == Role::Dpo || role == Role::Admin;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
        return role == Role::Admin;
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
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Agent, Role::Principal, Role::Dpo, Role::Admin};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString roleIdList()
{
    QStringList ids;
    for (Role role : allRoles())
        ids << roleId(role);
    return ids.join(QStringLiteral(", "));
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("Role", "Reception agent");
    case Role::Principal:
        return QCoreApplication::translate("Role", "Principal");
    case Role::Dpo:
        return QCoreApplication::translate("Role", "Data protection officer");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Station administrator");
    }
    return {};
}

} // namespace portique::accounts
