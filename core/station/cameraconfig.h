// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace portique::station {

class SettingsStore;

/// @brief One camera of the station, as the administrator configured it.
struct CameraConfig {
    /// GateLane: an entrance lane (badges, faces at the gate); IndoorZone: follows consenting
    /// visitors in its zone; Desk: the reception desk's camera, which takes a visitor's photo only
    /// when the agent presses a key, and never feeds a lane nor indoor tracking.
    enum class Role { GateLane, IndoorZone, Desk };
    QString name;   ///< shown on its tile ("Voie 1", "Hall")
    QString source; ///< "/dev/video0", "rtsp://…", a video file or a folder of images
    Role role = Role::GateLane;
    QString zone;     ///< for an indoor camera: the zone it watches
    int rotation = 0; ///< 0, 90, 180, 270: how the camera is mounted
    int maxWidth = 0; ///< resolution cap in pixels of width (0: none)
    /// The smallest face to find, in pixels of width (vision::DetectionOptions::minFacePx).
    /// Smaller faces are further away but cost more to find.
    int minFacePx = defaultMinFacePx;
    /// Horizontal field of view in degrees, only to tell the administrator how far minFacePx
    /// reaches (minFaceDistanceMetres).
    double fovDegrees = defaultFovDegrees;

    /// vision::defaultMinFacePx, HOG's 80-px window (checked in cameraconfig.cpp: this header
    /// stays free of OpenCV for the GUI).
    static constexpr int defaultMinFacePx = 80;
    /// vision::defaultFovDegrees: a typical USB webcam (55-78° diagonally, about 60° horizontally).
    static constexpr double defaultFovDegrees = 60.0;
    /// Bounds of minFacePx: at 40 px the fine passes already run on the frame doubled (4x the
    /// cost), and such faces are tracked but never usable (under facequality's 30 px between the
    /// eyes); over 320 px (half a 640-px frame) a person stands closer than 30 cm.
    static constexpr int minMinFacePx = 40;
    static constexpr int maxMinFacePx = 320;
    /// Bounds of fovDegrees: telephoto lenses narrow to about 20°, fish-eyes of IP cameras reach 160°.
    static constexpr double minFovDegrees = 20.0;
    static constexpr double maxFovDegrees = 160.0;
    /// The sensor size assumed: V4L2 USB webcams open at 640x480 unless told otherwise, and
    /// CameraSource does not ask.
    static constexpr int assumedFrameWidth = 640;
    static constexpr int assumedFrameHeight = 480;

    /// @brief "gate", "indoor" or "desk", as the JSON of the cameras and portiquectl spell it.
    static QString roleId(Role role);
    /// @brief The role spelt @p id (roleId()); nullopt for any other text.
    static std::optional<Role> roleFromId(QStringView id);
    /// @brief The sensor's width (what fovDegrees spans) in frame pixels: 640, or less when
    /// maxWidth scales the (rotated) frames down.
    int nominalFrameWidth() const;
    /// @brief How far from the camera a face of minFacePx is, in metres (vision::distanceForFace),
    /// for a frame of nominalFrameWidth() and fovDegrees.
    double minFaceDistanceMetres() const;
};

/// @brief The station's cameras, kept as JSON in the settings (audited like every setting).
QList<CameraConfig> loadCameras(SettingsStore &settings);
/// @brief Throws std::invalid_argument (translated) for an empty or duplicate name or source.
void saveCameras(SettingsStore &settings, const QList<CameraConfig> &cameras, const QString &actor);

/// @brief The demo station's cameras: the videos portiquectl demo cameras wrote in @p folder.
QList<CameraConfig> demoCameras(const QString &folder);

} // namespace portique::station
