// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/role.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace portique::common {
class Clock;
}

namespace portique::station {

struct StationServices;

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

/// @brief The demo school's floor plan (Hall, Administration, Salles de classe, Cuisine,
/// Chaufferie; restricted rooms hatched), drawn; positions match visitors::demoZoneMap's cameras.
QImage drawDemoPlan();

/// @brief Puts the demo visitors on site for today: three invented visitors, two who consented to
/// tracking (one allowed only in the Hall and Administration, whom the Cuisine video shows: a
/// restricted-zone alert; one with the default pass, whom the Administration video shows), and
/// one without consent (also in the Administration video: never followed). Their faces come
/// from @p facesPath: visitors.json, written by `portiquectl demo cameras` next to lanes.json in
/// the same layout (writeDemoLaneFaces): "Administration" (two faces) and "Cuisine" (one), in
/// order of appearance. Their expected departure is two hours from now, or the end-of-day time if
/// sooner. Does nothing when one of them is already on site, or once the end-of-day time has
/// passed (they would be checked out at once). Also saves the demo zone map with its plan
/// (demo-plan.png in @p folder) when none is configured, and runs the visitors' sweep first (the
/// previous day's demo visitors leave). Run on the writer; returns what it did, for the log.
QString ensureDemoVisitors(StationServices &services, const QString &facesPath, const QString &folder, const QByteArray &modelId);

} // namespace portique::station
