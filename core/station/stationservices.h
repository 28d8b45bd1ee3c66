// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "privacy/auditlog.h"
#include "settingsstore.h"

namespace portique::station {

/// @brief The services that work on one connection, wired together once. Build one inside a
/// DatabaseThread job (or on the CLI's connection); it lives no longer than the connection.
struct StationServices {
    StationServices(storage::Database &database, const common::Clock &clock)
        : audit(database, clock)
        , users(database, audit, clock)
        , settings(database, audit)
    {
    }
    privacy::AuditLog audit;
    accounts::UserStore users;
    SettingsStore settings;
};

} // namespace portique::station
