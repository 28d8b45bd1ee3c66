// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QRect>
#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace portique::vision {

/// @brief Where and how hard to look for faces.
struct DetectionOptions {
    /// Factor applied to the frame before detection (< 1 downscales). HOG finds faces of about
    /// 80 px: a gate camera sees faces of 150-300 px, so half resolution finds them at a quarter of
    /// the cost.
    double scale = 1.0;
    /// Times the (scaled) frame is doubled before detection; each costs about 4x (FACE_MODEL.md).
    int upsample = 0;
    /// Added to dlib's decision threshold (0: dlib's default; negative finds more, less surely).
    double adjustThreshold = 0.0;

    /// @brief Options for a still photo of any size: large photos are scaled down to a long side of
    /// 1280 px, small ones (long side under 800 px, faces of 40-80 px) upsampled once.
    static DetectionOptions forPhoto(const cv::Size &size);
    /// @brief Options for a 640x480 gate camera frame: detection at half resolution.
    static DetectionOptions forGate();
};

/// @brief A face found in a frame, in the frame's own pixel coordinates.
struct FaceBox {
    QRect box;
    double score = 0.0; ///< dlib's detection confidence (above 0 is a detection)
};

/// @brief dlib's HOG frontal face detector. Not thread-safe: one per worker.
class FaceDetector final {
public:
    FaceDetector();
    ~FaceDetector();
    FaceDetector(const FaceDetector &) = delete;
    FaceDetector &operator=(const FaceDetector &) = delete;

    /// @brief Faces in @p bgr (CV_8UC3), strongest first.
    std::vector<FaceBox> detect(const cv::Mat &bgr, const DetectionOptions &options);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace portique::vision
