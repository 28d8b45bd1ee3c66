// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/cameraconfig.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace portique::cli {
namespace {

QJsonArray toJson(const QList<station::CameraConfig> &cameras)
{
    QJsonArray array;
    for (const station::CameraConfig &camera : cameras)
        array.append(QJsonObject{{QStringLiteral("name"), camera.name},
                                 {QStringLiteral("source"), camera.source},
                                 {QStringLiteral("role"), station::CameraConfig::roleId(camera.role)},
                                 {QStringLiteral("zone"), camera.zone},
                                 {QStringLiteral("rotation"), camera.rotation},
                                 {QStringLiteral("max_width"), camera.maxWidth}});
    return array;
}

int add(const QStringList &arguments)
{
    CliContext context(QStringLiteral("camera add"),
                       QCoreApplication::translate("Cli", "Adds a camera: a V4L2 device (/dev/video0 or 0), a network stream "
                                                          "(rtsp://…), a video file or a folder of images."),
                       arguments);
    context.parser().addOption({QStringLiteral("source"), QCoreApplication::translate("Cli", "Where its images come from."), QStringLiteral("location")});
    context.parser().addOption({QStringLiteral("role"), QCoreApplication::translate("Cli", "gate (an entrance lane, the default) or indoor."), QStringLiteral("role"), QStringLiteral("gate")});
    context.parser().addOption({QStringLiteral("zone"), QCoreApplication::translate("Cli", "The zone an indoor camera watches."), QStringLiteral("zone")});
    context.parser().addOption({QStringLiteral("rotation"), QCoreApplication::translate("Cli", "0, 90, 180 or 270: how the camera is mounted."), QStringLiteral("degrees"), QStringLiteral("0")});
    context.parser().addOption({QStringLiteral("max-width"), QCoreApplication::translate("Cli", "Resolution cap in pixels of width (0: none)."), QStringLiteral("pixels"), QStringLiteral("0")});
    if (!context.parse(1, 1, QStringLiteral("NAME")))
        return Success;
    const QString role = context.parser().value(QStringLiteral("role"));
    if (role != u"gate" && role != u"indoor")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--role takes gate or indoor."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    QList<station::CameraConfig> cameras = station::loadCameras(settings);
    cameras << station::CameraConfig{context.positional().constFirst(), context.required(QStringLiteral("source")),
                                     role == u"indoor" ? station::CameraConfig::Role::IndoorZone : station::CameraConfig::Role::GateLane,
                                     context.parser().value(QStringLiteral("zone")),
                                     context.parser().value(QStringLiteral("rotation")).toInt(),
                                     context.parser().value(QStringLiteral("max-width")).toInt()};
    try {
        station::saveCameras(settings, cameras, actor.login);
    } catch (const std::invalid_argument &refused) {
        throw CliExit(Failed, QString::fromStdString(refused.what()));
    }
    CliContext::printJson({{QStringLiteral("cameras"), toJson(cameras)}});
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("camera list"), QCoreApplication::translate("Cli", "Lists the station's cameras."), arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    CliContext::printJson({{QStringLiteral("cameras"), toJson(station::loadCameras(settings))}});
    return Success;
}

int remove(const QStringList &arguments)
{
    CliContext context(QStringLiteral("camera remove"), QCoreApplication::translate("Cli", "Removes a camera."), arguments);
    if (!context.parse(1, 1, QStringLiteral("NAME")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    QList<station::CameraConfig> cameras = station::loadCameras(settings);
    const QString name = context.positional().constFirst();
    if (!cameras.removeIf([&](const station::CameraConfig &camera) { return camera.name == name; }))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No camera is named \"%1\".").arg(name));
    station::saveCameras(settings, cameras, actor.login);
    CliContext::printJson({{QStringLiteral("cameras"), toJson(cameras)}});
    return Success;
}

} // namespace

int runCamera(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"add", QT_TRANSLATE_NOOP("Cli", "add a camera"), add},
        {"list", QT_TRANSLATE_NOOP("Cli", "list the cameras"), list},
        {"remove", QT_TRANSLATE_NOOP("Cli", "remove a camera"), remove},
    };
    return dispatchVerb(QStringLiteral("camera"), verbs, arguments);
}

} // namespace portique::cli
