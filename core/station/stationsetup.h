// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::common {
class Clock;
}

namespace portique::station {

/// @brief What a new station needs: where its files go, its first administrator, its school, and
/// optionally its first DPO (the administrator can add the DPO later: `user add --role dpo`).
struct StationSetup {
    QString databasePath;
    QString keyFilePath;
    QString passphrase; ///< empty: raw key file; otherwise the key file is sealed under it
    QString adminLogin;
    QString adminName;
    QString adminPassword;
    QString schoolName;
    QString dpoLogin; ///< empty: no DPO account yet
    QString dpoName;
    QString dpoPassword;
};

/// @brief Creates the key file, the encrypted database, the first station administrator (and the
/// first DPO when the setup names one), and records
/// "station.init" as the first audit line. Refuses to overwrite either file. If any step fails, the
/// files it created are removed, so a retry starts clean.
void createStation(const StationSetup &setup, const common::Clock &clock);

} // namespace portique::station
