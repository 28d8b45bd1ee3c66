// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "zonemap.h"

#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "visitorpass.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace portique::visitors {
namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

} // namespace

const Zone *ZoneMap::zone(const QString &name) const
{
    for (const Zone &candidate : zones) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool ZoneMap::isRestricted(const QString &name) const
{
    const Zone *found = zone(name);
    return found && found->restricted;
}

QStringList ZoneMap::defaultAllowed() const
{
    QStringList allowed;
    for (const Zone &candidate : zones) {
        if (!candidate.restricted)
            allowed << candidate.name;
    }
    return allowed;
}

QStringList ZoneMap::names() const
{
    QStringList all;
    for (const Zone &candidate : zones)
        all << candidate.name;
    return all;
}

QString ZoneMap::toJson() const
{
    QJsonArray zoneArray;
    for (const Zone &candidate : zones)
        zoneArray.append(QJsonObject{{QStringLiteral("name"), candidate.name}, {QStringLiteral("restricted"), candidate.restricted}});
    QJsonObject spots;
    for (auto it = cameraSpots.cbegin(); it != cameraSpots.cend(); ++it)
        spots.insert(it.key(), QJsonArray{it.value().x(), it.value().y()});
    const QJsonObject root{{QStringLiteral("zones"), zoneArray}, {QStringLiteral("plan"), planImage}, {QStringLiteral("cameras"), spots}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ZoneMap ZoneMap::fromJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        refuse(QCoreApplication::translate("portique::visitors", "The zone map is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject root = document.object();
    ZoneMap map;
    map.planImage = root.value(QStringLiteral("plan")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("zones")).toArray()) {
        Zone zone{value.toObject().value(QStringLiteral("name")).toString().trimmed(),
                  value.toObject().value(QStringLiteral("restricted")).toBool()};
        if (zone.name.isEmpty())
            refuse(QCoreApplication::translate("portique::visitors", "A zone has no name."));
        if (map.zone(zone.name))
            refuse(QCoreApplication::translate("portique::visitors", "Two zones are named %1.").arg(zone.name));
        map.zones << zone;
    }
    const QJsonObject spots = root.value(QStringLiteral("cameras")).toObject();
    for (auto it = spots.begin(); it != spots.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        const QPointF spot(xy.at(0).toDouble(-1), xy.at(1).toDouble(-1));
        if (xy.size() != 2 || spot.x() < 0 || spot.x() > 1 || spot.y() < 0 || spot.y() > 1)
            refuse(QCoreApplication::translate("portique::visitors", "The position of camera %1 must be two numbers between 0 and 1.").arg(it.key()));
        map.cameraSpots.insert(it.key(), spot);
    }
    return map;
}

ZoneMap loadZoneMap(station::SettingsStore &settings, const QList<station::CameraConfig> &cameras)
{
    const QString json = settings.value(station::settings::visitorsZoneMap);
    if (!json.isEmpty())
        return ZoneMap::fromJson(json);
    ZoneMap map;
    for (const station::CameraConfig &camera : cameras) {
        if (camera.role == station::CameraConfig::Role::IndoorZone && !camera.zone.isEmpty() && !map.zone(camera.zone))
            map.zones << Zone{camera.zone, false};
    }
    return map;
}

void saveZoneMap(station::SettingsStore &settings, const ZoneMap &map, const QString &actor)
{
    // Round-trip first: what is stored always loads.
    const ZoneMap stored = ZoneMap::fromJson(map.toJson());
    // Refused here, where zones are defined (CLI and admin page alike): a map whose zones no pass
    // can carry would otherwise be accepted, and every registration would fail afterwards.
    if (const QString problem = PassContent::zonesProblem(stored.names()); !problem.isEmpty())
        refuse(problem);
    settings.set(station::settings::visitorsZoneMap, map.toJson(), actor);
}

ZoneMap demoZoneMap(const QString &planImage)
{
    ZoneMap map;
    map.zones = {{QStringLiteral("Hall"), false},
                 {QStringLiteral("Administration"), false},
                 {QStringLiteral("Salles de classe"), false},
                 {QStringLiteral("Cuisine"), true},
                 {QStringLiteral("Chaufferie"), true}};
    map.planImage = planImage;
    map.cameraSpots = {{QStringLiteral("Hall"), QPointF(0.30, 0.62)},
                       {QStringLiteral("Administration"), QPointF(0.16, 0.25)},
                       {QStringLiteral("Cuisine"), QPointF(0.82, 0.30)}};
    return map;
}

} // namespace portique::visitors
