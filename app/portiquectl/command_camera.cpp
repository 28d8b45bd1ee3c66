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

#include <cmath>

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
                                 {QStringLiteral("max_width"), camera.maxWidth},
                                 {QStringLiteral("min_face_px"), camera.minFacePx},
                                 {QStringLiteral("fov_degrees"), camera.fovDegrees},
                                 // Centimetres are already more than the formula knows.
                                 {QStringLiteral("min_face_distance_m"), std::round(camera.minFaceDistanceMetres() * 100.0) / 100.0}});
    return array;
}

int add(const QStringList &arguments)
{
    CliContext context(QStringLiteral("camera add"),
                       QCoreApplication::translate("Cli", "Adds a camera: a V4L2 device (/dev/video0 or 0), a network stream "
                                                          "(rtsp://…), a video file or a folder of images."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("source"), QCoreApplication::translate("Cli", "Where its images come from."), QStringLiteral("location")});
    context.parser().addOption(
        {QStringLiteral("role"),
         QCoreApplication::translate(
             "Cli",
             "gate (an entrance lane, the default), indoor, or desk (the reception desk: a visitor's photo on the agent's key only)."),
         QStringLiteral("role"), QStringLiteral("gate")});
    context.parser().addOption(
        {QStringLiteral("zone"), QCoreApplication::translate("Cli", "The zone an indoor camera watches."), QStringLiteral("zone")});
    context.parser().addOption({QStringLiteral("rotation"),
                                QCoreApplication::translate("Cli", "0, 90, 180 or 270: how the camera is mounted."),
                                QStringLiteral("degrees"), QStringLiteral("0")});
    context.parser().addOption({QStringLiteral("max-width"),
                                QCoreApplication::translate("Cli", "Resolution cap in pixels of width (0: none)."),
                                QStringLiteral("pixels"), QStringLiteral("0")});
    context.parser().addOption(
        {QStringLiteral("min-face"),
         QCoreApplication::translate("Cli", "The smallest face to find, in pixels of width (default %1; smaller reaches further "
                                            "and costs more).")
             .arg(station::CameraConfig::defaultMinFacePx),
         QStringLiteral("px"), QString::number(station::CameraConfig::defaultMinFacePx)});
    context.parser().addOption(
        {QStringLiteral("fov"),
         QCoreApplication::translate("Cli", "The camera's horizontal field of view in degrees (default %1, a typical USB "
                                            "webcam), to tell how far the smallest face is.")
             .arg(station::CameraConfig::defaultFovDegrees),
         QStringLiteral("degrees"), QString::number(station::CameraConfig::defaultFovDegrees)});
    if (!context.parse(1, 1, QStringLiteral("NAME")))
        return Success;
    const std::optional<station::CameraConfig::Role> role =
        station::CameraConfig::roleFromId(context.parser().value(QStringLiteral("role")));
    if (!role)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--role takes gate, indoor or desk."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::SettingsStore settings(context.database(), context.audit());
    QList<station::CameraConfig> cameras = station::loadCameras(settings);
    bool minFaceOk = false;
    bool fovOk = false;
    const int minFace = context.parser().value(QStringLiteral("min-face")).toInt(&minFaceOk);
    const double fov = context.parser().value(QStringLiteral("fov")).toDouble(&fovOk);
    if (!minFaceOk || !fovOk)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--min-face takes a number of pixels, --fov a number of degrees."));
    cameras << station::CameraConfig{context.positional().constFirst(),
                                     context.required(QStringLiteral("source")),
                                     *role,
                                     context.parser().value(QStringLiteral("zone")),
                                     context.parser().value(QStringLiteral("rotation")).toInt(),
                                     context.parser().value(QStringLiteral("max-width")).toInt(),
                                     minFace,
                                     fov};
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
