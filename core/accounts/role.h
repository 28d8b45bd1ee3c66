// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <optional>

namespace portique::accounts {

/// @brief The three jobs at the station (PRIVACY.md section 6).
enum class Role {
    Agent,     ///< agent d'accueil: lanes, visitors
    Principal, ///< proviseur: reports
    Dpo,       ///< délégué à la protection des données and station administrator
};

/// @brief What a screen or a command needs; each is granted to roles in one table (role.cpp).
enum class Permission {
    SeeStationStatus,
    OperateGate,
    ManageVisitors,
    ReadReports,
    ManagePeople,
    ManagePrivacy,
    ReadAudit,
    ManageUsers,
    ManageSettings,
};

/// @brief Whether @p role may do what @p permission names.
bool roleAllows(Role role, Permission permission);
/// @brief Stable identifier stored in the database and used on the command line ("agent", "principal", "dpo").
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
/// @brief Translated name for screens ("Agent d'accueil", ...).
QString roleLabel(Role role);

} // namespace portique::accounts
