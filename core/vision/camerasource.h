// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <opencv2/core.hpp>

#include <memory>

namespace portique::vision {

/// @brief Where a camera's images come from. One instance is used by one CameraThread only.
class CameraSource {
public:
    enum class Kind { Device, Network, VideoFile, ImageFolder };

    virtual ~CameraSource() = default;
    /// @brief Connects; on failure returns false and sets @p error (translated).
    virtual bool open(QString &error) = 0;
    /// @brief The next image (CV_8UC3 BGR), blocking at most about a second; false when none came
    /// (the thread then counts the stall). A video file loops at its end.
    virtual bool read(cv::Mat &image) = 0;
    virtual void close() = 0;
    /// @brief Frames per second to pace a file at; 0 for a live source (paced by the camera).
    virtual double pacingFps() const = 0;
    virtual Kind kind() const = 0;

    /// @brief Builds the source a configuration string names: "/dev/video0" or "0" (V4L2 device),
    /// "rtsp://…", "http(s)://…" (network stream through FFmpeg), a folder (slideshow of its images
    /// at @p folderFps), or a video file.
    static std::unique_ptr<CameraSource> create(const QString &location, double folderFps = 2.0);
    static Kind kindOf(const QString &location);
};

} // namespace portique::vision
