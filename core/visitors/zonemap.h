// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace portique::station {
class SettingsStore;
struct CameraConfig;
}

namespace portique::visitors {

/// @brief A part of the school an indoor camera watches ("Hall", "Cuisine").
struct Zone {
    QString name;
    bool restricted = false; ///< never on a pass unless the agent ticks it; a sighting there alerts
};

/// @brief Where visitors may be followed: the zones, the plan of the school and where each indoor
/// camera is on it. Kept as JSON in one setting (visitors.zone_map), so changes are audited.
struct ZoneMap {
    QList<Zone> zones;
    QString planImage;                  ///< a PNG/JPEG of the floor plan; empty: a drawn schematic
    QHash<QString, QPointF> cameraSpots; ///< camera name -> position on the plan, 0..1 of its size

    const Zone *zone(const QString &name) const;
    bool isRestricted(const QString &name) const;
    /// @brief The zones a pass allows when the agent changes nothing: every unrestricted zone.
    QStringList defaultAllowed() const;
    QStringList names() const;

    QString toJson() const;
    /// @brief Throws std::invalid_argument (translated) for malformed JSON, an empty or duplicate
    /// zone name, or a camera spot outside 0..1.
    static ZoneMap fromJson(const QString &json);
};

/// @brief The station's zone map; when none was configured, one unrestricted zone per indoor
/// camera zone, so tracking works out of the box and nothing is called restricted by accident.
ZoneMap loadZoneMap(station::SettingsStore &settings, const QList<station::CameraConfig> &cameras);
/// @brief Stores @p map (audited as a settings change). Throws std::invalid_argument (translated)
/// for anything fromJson() refuses, or for zones one pass cannot carry (PassContent::zonesProblem:
/// too many zones, or a name over PassContent::maxZoneNameBytes); nothing is stored then.
void saveZoneMap(station::SettingsStore &settings, const ZoneMap &map, const QString &actor);

/// @brief The demo school's map: hall, administration, classrooms, and two restricted zones.
ZoneMap demoZoneMap(const QString &planImage);

} // namespace portique::visitors
