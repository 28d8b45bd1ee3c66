// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/cameraconfig.h"
#include "station/settingsstore.h"
#include "storage/database.h"
#include "visitors/zonemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace portique::cli {
namespace {

/// The map as stored (zones, plan, camera spots), and the indoor cameras with the zone each watches.
QJsonObject toJson(const visitors::ZoneMap &map, const QList<station::CameraConfig> &cameras)
{
    QJsonObject json = QJsonDocument::fromJson(map.toJson().toUtf8()).object();
    QJsonArray indoor;
    for (const station::CameraConfig &camera : cameras) {
        if (camera.role == station::CameraConfig::Role::IndoorZone)
            indoor.append(QJsonObject{{QStringLiteral("name"), camera.name},
                                      {QStringLiteral("zone"), camera.zone},
                                      {QStringLiteral("zone_on_map"), map.zone(camera.zone) != nullptr},
                                      {QStringLiteral("placed"), map.cameraSpots.contains(camera.name)}});
    }
    json.insert(QStringLiteral("indoor_cameras"), indoor);
    return json;
}

/// One change of the map in force: read it (or the one made from the cameras), change it, save
/// it (validated, audited as a settings change), print the result.
template <typename Change>
int changeMap(CliContext &context, Change change)
{
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    const QList<station::CameraConfig> cameras = station::loadCameras(settings);
    visitors::ZoneMap map = visitors::loadZoneMap(settings, cameras);
    change(map, cameras);
    try {
        visitors::saveZoneMap(settings, map, actor.login);
    } catch (const std::invalid_argument &refused) {
        throw CliExit(Failed, QString::fromStdString(refused.what()));
    }
    CliContext::printJson(toJson(map, cameras));
    return Success;
}

int show(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones show"),
                       QCoreApplication::translate("Cli", "Prints the zone map in force (made from the indoor cameras' zones until one is set)."),
                       arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    const QList<station::CameraConfig> cameras = station::loadCameras(settings);
    CliContext::printJson(toJson(visitors::loadZoneMap(settings, cameras), cameras));
    return Success;
}

int set(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones set"),
                       QCoreApplication::translate("Cli", "Replaces the zone map with a JSON file: {\"zones\": [{\"name\", \"restricted\"}], "
                                                          "\"plan\": IMAGE, \"cameras\": {NAME: [x, y]}} (positions 0..1 of the plan)."),
                       arguments);
    context.parser().addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "The zone map as JSON."), QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    QFile file(context.required(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString json = QString::fromUtf8(file.readAll());
    visitors::ZoneMap replacement;
    try {
        replacement = visitors::ZoneMap::fromJson(json);
    } catch (const std::invalid_argument &refused) {
        throw CliExit(Failed, QString::fromStdString(refused.what()));
    }
    return changeMap(context, [&](visitors::ZoneMap &map, const QList<station::CameraConfig> &) { map = replacement; });
}

int add(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones add"), QCoreApplication::translate("Cli", "Adds a zone."), arguments);
    context.parser().addOption({QStringLiteral("restricted"),
                                QCoreApplication::translate("Cli", "No pass allows it unless the agent ticks it; a visitor seen there raises an alert.")});
    if (!context.parse(1, 1, QStringLiteral("NAME")))
        return Success;
    const QString name = context.positional().constFirst().simplified();
    const bool restricted = context.parser().isSet(QStringLiteral("restricted"));
    return changeMap(context, [&](visitors::ZoneMap &map, const QList<station::CameraConfig> &) {
        if (map.zone(name))
            throw CliExit(Failed, QCoreApplication::translate("Cli", "There already is a zone named \"%1\".").arg(name));
        map.zones << visitors::Zone{name, restricted};
    });
}

int remove(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones remove"), QCoreApplication::translate("Cli", "Removes a zone no indoor camera watches."), arguments);
    if (!context.parse(1, 1, QStringLiteral("NAME")))
        return Success;
    const QString name = context.positional().constFirst();
    return changeMap(context, [&](visitors::ZoneMap &map, const QList<station::CameraConfig> &cameras) {
        // No pass could allow a zone that is gone: every visitor that camera sees would alert.
        for (const station::CameraConfig &camera : cameras) {
            if (camera.role == station::CameraConfig::Role::IndoorZone && camera.zone == name)
                throw CliExit(Failed, QCoreApplication::translate("Cli", "Camera \"%1\" watches zone \"%2\": give it another zone first.")
                                          .arg(camera.name, name));
        }
        if (!map.zones.removeIf([&](const visitors::Zone &zone) { return zone.name == name; }))
            throw CliExit(Failed, QCoreApplication::translate("Cli", "No zone is named \"%1\".").arg(name));
    });
}

int plan(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones plan"),
                       QCoreApplication::translate("Cli", "Sets the plan image of the school (PNG or JPEG). It is not copied: it must stay "
                                                          "readable by the station. An empty IMAGE removes it."),
                       arguments);
    if (!context.parse(1, 1, QStringLiteral("IMAGE")))
        return Success;
    QString image = context.positional().constFirst();
    if (!image.isEmpty()) {
        image = QFileInfo(image).absoluteFilePath();
        if (!QImageReader(image).canRead())
            throw CliExit(Failed, QCoreApplication::translate("Cli", "%1 is not an image the station can read.").arg(image));
    }
    return changeMap(context, [&](visitors::ZoneMap &map, const QList<station::CameraConfig> &) { map.planImage = image; });
}

int place(const QStringList &arguments)
{
    CliContext context(QStringLiteral("zones place"),
                       QCoreApplication::translate("Cli", "Places an indoor camera on the plan: X and Y from 0 (left, top) to 1 (right, bottom)."),
                       arguments);
    if (!context.parse(3, 3, QStringLiteral("CAMERA X Y")))
        return Success;
    const QString camera = context.positional().at(0);
    bool xRead = false;
    bool yRead = false;
    const double x = context.positional().at(1).toDouble(&xRead);
    const double y = context.positional().at(2).toDouble(&yRead);
    if (!xRead || !yRead)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "X and Y are numbers from 0 to 1."));
    return changeMap(context, [&](visitors::ZoneMap &map, const QList<station::CameraConfig> &cameras) {
        const bool indoor = std::any_of(cameras.cbegin(), cameras.cend(), [&](const station::CameraConfig &c) {
            return c.name == camera && c.role == station::CameraConfig::Role::IndoorZone;
        });
        if (!indoor)
            throw CliExit(Failed, QCoreApplication::translate("Cli", "No indoor camera is named \"%1\" (see camera list).").arg(camera));
        map.cameraSpots.insert(camera, QPointF(x, y)); // outside 0..1 the map is refused when saved
    });
}

} // namespace

int runZones(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"show", QT_TRANSLATE_NOOP("Cli", "print the zone map"), show},
        {"set", QT_TRANSLATE_NOOP("Cli", "replace the zone map with a JSON file"), set},
        {"add", QT_TRANSLATE_NOOP("Cli", "add a zone"), add},
        {"remove", QT_TRANSLATE_NOOP("Cli", "remove a zone"), remove},
        {"plan", QT_TRANSLATE_NOOP("Cli", "set the plan image"), plan},
        {"place", QT_TRANSLATE_NOOP("Cli", "place an indoor camera on the plan"), place},
    };
    return dispatchVerb(QStringLiteral("zones"), verbs, arguments);
}

} // namespace portique::cli
