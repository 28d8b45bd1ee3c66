// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>

namespace portique::station {

class SettingsStore;

/// @brief One camera of the station, as the administrator configured it.
struct CameraConfig {
    enum class Role { GateLane, IndoorZone };
    QString name;     ///< shown on its tile ("Voie 1", "Hall")
    QString source;   ///< "/dev/video0", "rtsp://…", a video file or a folder of images
    Role role = Role::GateLane;
    QString zone;     ///< for an indoor camera: the zone it watches
    int rotation = 0; ///< 0, 90, 180, 270: how the camera is mounted
    int maxWidth = 0; ///< resolution cap in pixels of width (0: none)

    static QString roleId(Role role);
};

/// @brief The station's cameras, kept as JSON in the settings (audited like every setting).
QList<CameraConfig> loadCameras(SettingsStore &settings);
/// @brief Throws std::invalid_argument (translated) for an empty or duplicate name or source.
void saveCameras(SettingsStore &settings, const QList<CameraConfig> &cameras, const QString &actor);

/// @brief The demo station's cameras: the videos portiquectl demo cameras wrote in @p folder.
QList<CameraConfig> demoCameras(const QString &folder);

} // namespace portique::station
