// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QPointF>
#include <QRect>
#include <QString>
#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace portique::vision {

/// @brief The 68 points of the iBUG 300-W scheme (jaw 0-16, brows 17-26, nose 27-35, eyes 36-47,
/// mouth 48-67), in frame pixels.
using Landmarks = std::vector<QPointF>;

/// @brief dlib's 68-point shape predictor and the 150x150 alignment chip the descriptor network
/// expects. Const and safe to share between threads: dlib's shape_predictor::operator() is const
/// and only reads its trees, and each call works on its own buffers. Sharing one aligner between
/// the vision workers saves the predictor's ~95 MB per extra worker.
class FaceAligner final {
public:
    /// @brief Loads the shape predictor (Debian's libdlib-data ships it at defaultLandmarksPath).
    explicit FaceAligner(const QString &landmarksPath = defaultLandmarksPath());
    ~FaceAligner();
    FaceAligner(const FaceAligner &) = delete;
    FaceAligner &operator=(const FaceAligner &) = delete;

    Landmarks landmarks(const cv::Mat &bgr, const QRect &box) const;
    /// @brief The aligned chip (CV_8UC3 BGR, 150x150, padding 0.25), as dlib's
    /// get_face_chip_details(shape, 150, 0.25) cuts it.
    cv::Mat chip(const cv::Mat &bgr, const Landmarks &landmarks) const;

    static QString defaultLandmarksPath();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace portique::vision
