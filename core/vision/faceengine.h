// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"
#include "facealigner.h"
#include "facedetector.h"
#include "facemodel.h"
#include "facequality.h"

#include <opencv2/core.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace portique::vision {

class FaceNetwork;

/// @brief How a chip becomes a descriptor.
enum class DescriptorMode {
    Single,         ///< the chip alone (dlib's example; the "naive" pipeline)
    MirrorAveraged, ///< the mean of the chip's and its mirror's descriptors (2 network passes)
};

/// @brief One face found in a frame, with everything measured about it. The chip is kept only in
/// memory for the caller's next step and is never stored (PRIVACY.md §2).
struct AnalyzedFace {
    FaceBox face;
    Landmarks landmarks;
    FaceQuality quality;
    cv::Mat chip;
    std::optional<biometrics::Descriptor> descriptor; ///< set for usable faces when asked for
};

/// @brief Detector, aligner and network of one worker, wired together. Not thread-safe: one per
/// worker thread, each with its own dlib objects (FACE_MODEL.md).
class FaceEngine final {
public:
    FaceEngine(const FaceModel &model, DescriptorMode mode = DescriptorMode::MirrorAveraged,
               const QString &landmarksPath = FaceAligner::defaultLandmarksPath());
    /// @brief An engine using a shared, read-only @p aligner (several workers, one predictor).
    FaceEngine(const FaceModel &model, DescriptorMode mode, std::shared_ptr<const FaceAligner> aligner);
    ~FaceEngine();
    FaceEngine(const FaceEngine &) = delete;
    FaceEngine &operator=(const FaceEngine &) = delete;

    /// @brief Finds faces, measures them and, when @p describe is set, computes the descriptor of
    /// every usable face (never of an unusable one). Strongest detection first.
    std::vector<AnalyzedFace> analyze(const cv::Mat &bgr, const DetectionOptions &options, bool describe = true);
    /// @brief Descriptors of aligned chips (150x150 BGR), in this engine's mode, batched.
    std::vector<biometrics::Descriptor> describe(const std::vector<cv::Mat> &chips);

    const FaceModel &model() const { return m_model; }
    DescriptorMode mode() const { return m_mode; }
    FaceDetector &detector() { return m_detector; }
    const FaceAligner &aligner() const { return *m_aligner; }

private:
    FaceModel m_model;
    DescriptorMode m_mode;
    FaceDetector m_detector;
    std::shared_ptr<const FaceAligner> m_aligner;
    std::unique_ptr<FaceNetwork> m_network;
};

} // namespace portique::vision
