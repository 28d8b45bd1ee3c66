// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "facealigner.h"

#include <QJsonObject>
#include <QStringList>
#include <opencv2/core.hpp>

namespace portique::vision {

/// @brief How fit a face is for comparison, measured from its landmarks and its chip.
struct FaceQuality {
    double interEyePixels = 0.0; ///< distance between the eye centres in the frame
    double yawDegrees = 0.0;     ///< left/right turn estimated from the nose between the jaw sides
    double pitchDegrees = 0.0;   ///< up/down tilt estimated from the nose between eyes and mouth
    double sharpness = 0.0;      ///< variance of the Laplacian of the face at no more than 100 px wide
    double brightness = 0.0;     ///< mean grey level of the chip's central face (0-255)
    double clipped = 0.0;        ///< share of the face's pixels that are pure black or white
    bool occlusionHint = false;  ///< the mouth region is far flatter than the eyes (mask, hand, scarf)
    QStringList problems;        ///< stable ids of every failed check ("too_small", "turned"...)

    bool usable() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

/// @brief The named thresholds; a face failing any of them is "not usable", never compared.
namespace quality {
/// The chip is 150 px wide with the eyes about 50 px apart: under 30 px in the frame the chip is
/// upsampled more than 1.6x and the descriptor loses the detail it was trained on (dlib trained on
/// faces of 80 px and more, whose eyes are about 32 px apart).
inline constexpr double minInterEyePixels = 30.0;
/// Turn and tilt are estimated from the landmarks and read high: news photos whose faces are
/// visibly turned by 25-30 degrees measure 33-35 here, and still compare correctly. Past 40 (about
/// 30-35 real degrees) dlib's genuine distances cross the threshold often, and the landmarks of the
/// far side of the face become guesses.
inline constexpr double maxYawDegrees = 40.0;
/// Looking down at a phone or up at a camera above the door: past 30 (estimated) the alignment
/// becomes unreliable.
inline constexpr double maxPitchDegrees = 30.0;
/// Variance of the Laplacian of the face box, brought down to 100 px wide (never up: the chip's
/// upsampling of a small face would read as blur). Measured on the 100 faces of the test photos:
/// 58 to 7,400, 1st percentile 66; a person walking at 1/30 s exposure blurs well under 40.
inline constexpr double minSharpness = 40.0;
/// Mean grey of the face: under 40 the face is in shadow, above 215 washed out by a window.
inline constexpr double minBrightness = 40.0;
inline constexpr double maxBrightness = 215.0;
/// More than a quarter of the face at pure black or white: the detail is gone.
inline constexpr double maxClipped = 0.25;
} // namespace quality

/// @brief One number to tell whether a later sight of the same face is clearly better: the
/// inter-eye distance, discounted by turn and tilt, and by blur below a sharpness of 200.
double qualityScore(const FaceQuality &quality);

/// @brief Measures the face of @p frame (BGR) inside @p box, with its @p landmarks (68 points in
/// the frame) and its @p chip (150x150 BGR).
FaceQuality measureQuality(const cv::Mat &frame, const QRect &box, const Landmarks &landmarks, const cv::Mat &chip);

} // namespace portique::vision
