// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QRect>
#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace portique::vision {

/// HOG's detection window: dlib's frontal face detector finds faces of about this width at scale 1
/// (FACE_MODEL.md), and never smaller ones.
inline constexpr int hogWindowPx = 80;
/// The smallest face a camera looks for unless its administrator says otherwise: HOG's own window,
/// the size it finds at full resolution without upsampling. At 640x480 with a 60° webcam that is a
/// person about 1.1 m from the camera (distanceForFace).
inline constexpr int defaultMinFacePx = hogWindowPx;

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
    /// The smallest face, in frame pixels, a live camera must find. FaceFinder reads it (with
    /// adjustThreshold) and chooses its own scales; FaceDetector::detect() reads scale and upsample
    /// only. forLane() keeps the two consistent.
    int minFacePx = defaultMinFacePx;

    /// @brief Options for a still photo of any size: large photos are scaled down to a long side of
    /// 1280 px, small ones (long side under 800 px, faces of 40-80 px) upsampled once.
    static DetectionOptions forPhoto(const cv::Size &size);
    /// @brief Options for a live camera (entrance lane or indoor) that must find faces of
    /// @p minFacePx and wider: minFacePx for FaceFinder, and the scale at which a whole-frame
    /// detect() would find them (hogWindowPx / minFacePx).
    static DetectionOptions forLane(int minFacePx = defaultMinFacePx);
    /// @brief The former fixed gate setting: forLane(160), i.e. detection at half resolution, which
    /// misses faces under 160 px (people further than about 0.6 m from a 640x480 camera).
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
    /// @brief Faces in the part @p roi of @p grey (CV_8UC1), looked for after scaling that part by
    /// @p scale (> 1 enlarges: finds faces of hogWindowPx / scale); boxes in @p grey's pixels,
    /// strongest first. The ROI is read in place (no copy at scale 1). A part smaller than
    /// hogWindowPx / scale finds nothing: pad it first (FaceFinder does).
    std::vector<FaceBox> detectGrey(const cv::Mat &grey, const cv::Rect &roi, double scale, double adjustThreshold = 0.0);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace portique::vision
