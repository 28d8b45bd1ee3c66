// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace portique::accounts {

/// @brief The four jobs at the station (PRIVACY.md section 6). The DPO and the administrator are
/// two roles that cannot do each other's job: the DPO controls the processing the administrator
/// sets up, and may not be the one setting it up (GDPR art. 38(6), no conflict of interest).
enum class Role {
    Agent,     ///< agent d'accueil: lanes, visitors, people
    Principal, ///< proviseur: reports
    Dpo,       ///< délégué à la protection des données: audit, consents, rights, retention, AIPD, reports
    Admin,     ///< administrateur de la station: users, cameras, thresholds, lanes, watchlist, zones
};

/// @brief What a screen or a command needs; each is granted to roles in one table (role.cpp).
enum class Permission {
    SeeStationStatus,
    OperateGate,
    ManageVisitors,
    ReadReports,
    ManagePeople,
    ManagePrivacy,  ///< consents, subject rights, retention and purge, AIPD, notices, the experiment
    ReadAudit,      ///< the audit trail's content and the settings history
    VerifyAudit,    ///< checking the audit chain's integrity (counts and hashes, no content)
    ManageUsers,    ///< accounts: add, disable, passwords of others, roles
    ManageSettings, ///< station settings, cameras, thresholds, lanes, scanners, watchlist, zones
};

/// @brief Whether @p role may do what @p permission names.
bool roleAllows(Role role, Permission permission);
/// @brief Stable identifier stored in the database and used on the command line ("agent",
/// "principal", "dpo", "admin").
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
/// @brief Every role, in the order screens and help list them.
QList<Role> allRoles();
/// @brief The identifiers of allRoles() joined for help and error messages ("agent, principal, dpo, admin").
QString roleIdList();
/// @brief Translated name for screens ("Agent d'accueil", ...).
QString roleLabel(Role role);

} // namespace portique::accounts
