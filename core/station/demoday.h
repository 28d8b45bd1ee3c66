// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDate>
#include <QJsonObject>

#include <map>

namespace portique::storage {
class Database;
}

namespace portique::station {

/// @brief What seedDemoDay() did, counted as it went: the figures a report of that day must show.
struct DemoDay {
    QDate day;
    int passages = 0;
    std::map<QString, int> outcomes;       ///< the lanes' decisions
    std::map<QString, int> methods;        ///< reports::methodClass of each passage
    std::map<QString, int> overridesByReason;
    int visitors = 0;
    int overstays = 0;
    std::map<QString, int> alertsByKind;
    int alertsOpen = 0;
    std::map<QString, double> minutesLost; ///< per camera

    QJsonObject toJson() const;
};

/// @brief Fills @p database with a scripted school day on @p day: the demo school's students walk
/// through two lanes in the morning rush and the early afternoon (badge-only and face lane, a few
/// uncertain faces, a photo held up, a borrowed badge, a look-alike, a revoked and a forged badge,
/// forgotten badges entered by hand), agents override and acknowledge, four visitors come and go
/// (one overstays, one is seen in the kitchen, one is checked out at the end of the day, one's pass
/// is shown again after leaving), and two cameras drop for a while. Everything goes through the
/// station's own services (credential checks, decide(), the event, visitor and alert stores) on a
/// clock that follows the script; the random choices use @p seed, so a day is reproducible.
/// Imports the demo people first when the database has none. Throws common::Refusal when @p day
/// already has passages (seeding twice would double the figures).
DemoDay seedDemoDay(storage::Database &database, const QDate &day, quint32 seed = 20261130);

} // namespace portique::station
