// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "cameraconfig.h"

#include "settingsstore.h"
#include "vision/facefinder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

#include <stdexcept>

namespace portique::station {
namespace {

// Free text (a JSON array), so no list of allowed values.
const TextSetting camerasSetting{u"vision.cameras", u"[]", {}};

static_assert(CameraConfig::defaultMinFacePx == vision::defaultMinFacePx);
static_assert(CameraConfig::defaultFovDegrees == vision::defaultFovDegrees);

} // namespace

int CameraConfig::nominalFrameWidth() const
{
    // The cap applies after the rotation (CameraThread): a camera turned sideways is 480 wide.
    const bool sideways = rotation == 90 || rotation == 270;
    const int rotatedWidth = sideways ? assumedFrameHeight : assumedFrameWidth;
    const double factor = maxWidth > 0 && rotatedWidth > maxWidth ? double(maxWidth) / rotatedWidth : 1.0;
    return int(std::lround(assumedFrameWidth * factor));
}

double CameraConfig::minFaceDistanceMetres() const
{
    return vision::distanceForFace(nominalFrameWidth(), fovDegrees, minFacePx);
}

QString CameraConfig::roleId(Role role)
{
    switch (role) {
    case Role::GateLane:
        return QStringLiteral("gate");
    case Role::IndoorZone:
        return QStringLiteral("indoor");
    case Role::Desk:
        return QStringLiteral("desk");
    }
    return QStringLiteral("gate");
}

std::optional<CameraConfig::Role> CameraConfig::roleFromId(QStringView id)
{
    for (const Role role : {Role::GateLane, Role::IndoorZone, Role::Desk}) {
        if (id == roleId(role))
            return role;
    }
    return std::nullopt;
}

QList<CameraConfig> loadCameras(SettingsStore &settings)
{
    QList<CameraConfig> cameras;
    const QJsonArray array = QJsonDocument::fromJson(settings.value(camerasSetting).toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        CameraConfig camera;
        camera.name = object.value(QStringLiteral("name")).toString();
        camera.source = object.value(QStringLiteral("source")).toString();
        // An unknown role (a newer station's) reads as a gate lane, as cameras stored without one.
        camera.role = CameraConfig::roleFromId(object.value(QStringLiteral("role")).toString()).value_or(CameraConfig::Role::GateLane);
        camera.zone = object.value(QStringLiteral("zone")).toString();
        camera.rotation = object.value(QStringLiteral("rotation")).toInt();
        camera.maxWidth = object.value(QStringLiteral("max_width")).toInt();
        // Cameras stored before these settings existed get the defaults.
        camera.minFacePx = object.value(QStringLiteral("min_face_px")).toInt(CameraConfig::defaultMinFacePx);
        camera.fovDegrees = object.value(QStringLiteral("fov_degrees")).toDouble(CameraConfig::defaultFovDegrees);
        if (!camera.name.isEmpty() && !camera.source.isEmpty())
            cameras << camera;
    }
    return cameras;
}

void saveCameras(SettingsStore &settings, const QList<CameraConfig> &cameras, const QString &actor)
{
    QJsonArray array;
    QSet<QString> names;
    for (const CameraConfig &camera : cameras) {
        if (camera.name.trimmed().isEmpty() || camera.source.trimmed().isEmpty())
            throw std::invalid_argument(QCoreApplication::translate("Settings", "A camera needs a name and a source.").toStdString());
        if (names.contains(camera.name))
            throw std::invalid_argument(
                QCoreApplication::translate("Settings", "Two cameras are named \"%1\".").arg(camera.name).toStdString());
        names.insert(camera.name);
        if (camera.rotation % 90 != 0 || camera.rotation < 0 || camera.rotation > 270)
            throw std::invalid_argument(
                QCoreApplication::translate("Settings", "A camera turns by 0, 90, 180 or 270 degrees.").toStdString());
        if (camera.maxWidth < 0 || (camera.maxWidth > 0 && camera.maxWidth < 320))
            throw std::invalid_argument(
                QCoreApplication::translate("Settings", "A resolution cap is at least 320 pixels wide (or 0 for none).").toStdString());
        if (camera.minFacePx < CameraConfig::minMinFacePx || camera.minFacePx > CameraConfig::maxMinFacePx)
            throw std::invalid_argument(QCoreApplication::translate("Settings", "The smallest face is %1 to %2 pixels wide.")
                                            .arg(CameraConfig::minMinFacePx)
                                            .arg(CameraConfig::maxMinFacePx)
                                            .toStdString());
        if (!(camera.fovDegrees >= CameraConfig::minFovDegrees && camera.fovDegrees <= CameraConfig::maxFovDegrees))
            throw std::invalid_argument(QCoreApplication::translate("Settings", "A camera's field of view is %1 to %2 degrees.")
                                            .arg(CameraConfig::minFovDegrees)
                                            .arg(CameraConfig::maxFovDegrees)
                                            .toStdString());
        array.append(QJsonObject{{QStringLiteral("name"), camera.name.trimmed()},
                                 {QStringLiteral("source"), camera.source.trimmed()},
                                 {QStringLiteral("role"), CameraConfig::roleId(camera.role)},
                                 {QStringLiteral("zone"), camera.zone.trimmed()},
                                 {QStringLiteral("rotation"), camera.rotation},
                                 {QStringLiteral("max_width"), camera.maxWidth},
                                 {QStringLiteral("min_face_px"), camera.minFacePx},
                                 {QStringLiteral("fov_degrees"), camera.fovDegrees}});
    }
    settings.set(camerasSetting, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), actor);
}

QList<CameraConfig> demoCameras(const QString &folder)
{
    struct DemoCamera {
        QString file;
        QString name;
        QString zone; ///< empty: a gate lane (or the desk)
        int maxWidth = 0;
        CameraConfig::Role role = CameraConfig::Role::GateLane;
    };
    // Indoor zones as visitors::demoZoneMap names them. The two visitor cameras detect at full
    // resolution like every indoor camera, on frames capped at 480 px: their visitors walk up
    // close (faces well over HOG's 80 px), and the demo's 2 cores keep the gate lanes near
    // 15 fps. Measured beside builds: uncapped, the lanes fell to 9-12 fps with a first
    // descriptor at about 225 ms (p50); capped, 13-15 fps and 87-122 ms (3 cameras: 14-15 fps,
    // 60-72 ms). The hall keeps its full width: its group photo's faces are small.
    const QList<DemoCamera> files{
        {QStringLiteral("gate-1.avi"), QStringLiteral("Voie 1"), QString(), 0},
        {QStringLiteral("gate-2.avi"), QStringLiteral("Voie 2"), QString(), 0},
        {QStringLiteral("hall.avi"), QStringLiteral("Hall"), QStringLiteral("Hall"), 0},
        {QStringLiteral("administration.avi"), QStringLiteral("Administration"), QStringLiteral("Administration"), 480},
        {QStringLiteral("cuisine.avi"), QStringLiteral("Cuisine"), QStringLiteral("Cuisine"), 480},
        // The reception desk: the Administration video again (the demo visitors walking up close;
        // never a gate video, whose faces are students'), capped like the visitor cameras.
        {QStringLiteral("administration.avi"), QStringLiteral("Accueil"), QString(), 480, CameraConfig::Role::Desk}};
    QList<CameraConfig> cameras;
    for (const DemoCamera &camera : files) {
        const QString path = folder + u'/' + camera.file;
        if (QFileInfo::exists(path))
            cameras << CameraConfig{camera.name,
                                    path,
                                    camera.role == CameraConfig::Role::Desk ? CameraConfig::Role::Desk
                                    : camera.zone.isEmpty()                 ? CameraConfig::Role::GateLane
                                                                            : CameraConfig::Role::IndoorZone,
                                    camera.zone,
                                    0,
                                    camera.maxWidth};
    }
    return cameras;
}

} // namespace portique::station
