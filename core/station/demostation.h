// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/role.h"

#include <QList>
#include <QString>

namespace portique::common {
class Clock;
}

namespace portique::station {

/// @brief A published demo login (README.md and the demo login screen show them: a demo database
/// holds no real data).
struct DemoAccount {
    QString login;
    QString name;
    accounts::Role role;
    QString password;
};

/// @brief The demo station's files and whether this call created them.
struct DemoStation {
    QString databasePath;
    QString keyFilePath;
    bool created = false;
};

const QList<DemoAccount> &demoAccounts();

/// @brief Creates the demo station in @p folder (portique.db, portique.key, the demo accounts), or
/// returns the existing one untouched.
DemoStation ensureDemoStation(const QString &folder, const common::Clock &clock);

} // namespace portique::station
