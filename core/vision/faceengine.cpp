// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "faceengine.h"

#include "facenetwork.h"

#include <opencv2/core.hpp>

namespace portique::vision {

FaceEngine::FaceEngine(const FaceModel &model, DescriptorMode mode, const QString &landmarksPath)
    : FaceEngine(model, mode, std::make_shared<const FaceAligner>(landmarksPath))
{
}

FaceEngine::FaceEngine(const FaceModel &model, DescriptorMode mode, std::shared_ptr<const FaceAligner> aligner)
    : m_model(model)
    , m_mode(mode)
    , m_aligner(std::move(aligner))
    , m_network(FaceNetwork::load(model.path))
{
}

FaceEngine::~FaceEngine() = default;

std::vector<AnalyzedFace> FaceEngine::analyze(const cv::Mat &bgr, const DetectionOptions &options, bool describe)
{
    std::vector<AnalyzedFace> faces;
    for (const FaceBox &box : m_detector.detect(bgr, options)) {
        AnalyzedFace face;
        face.face = box;
        face.landmarks = m_aligner->landmarks(bgr, box.box);
        face.chip = m_aligner->chip(bgr, face.landmarks);
        face.quality = measureQuality(bgr, box.box, face.landmarks, face.chip);
        faces.push_back(std::move(face));
    }
    if (describe) {
        std::vector<cv::Mat> chips;
        for (const AnalyzedFace &face : faces) {
            if (face.quality.usable())
                chips.push_back(face.chip);
        }
        const std::vector<biometrics::Descriptor> descriptors = this->describe(chips);
        std::size_t next = 0;
        for (AnalyzedFace &face : faces) {
            if (face.quality.usable())
                face.descriptor = descriptors[next++];
        }
    }
    return faces;
}

std::vector<biometrics::Descriptor> FaceEngine::describe(const std::vector<cv::Mat> &chips)
{
    if (m_mode == DescriptorMode::Single)
        return m_network->describe(chips);
    // Mirror averaging: dlib's own jitter trick reduced to the one transformation that costs no
    // alignment error; both passes go through the network in the same batches.
    std::vector<cv::Mat> both;
    both.reserve(chips.size() * 2);
    for (const cv::Mat &chip : chips) {
        both.push_back(chip);
        cv::Mat mirrored;
        cv::flip(chip, mirrored, 1);
        both.push_back(mirrored);
    }
    const std::vector<biometrics::Descriptor> raw = m_network->describe(both);
    std::vector<biometrics::Descriptor> averaged(chips.size());
    for (std::size_t i = 0; i < chips.size(); ++i) {
        for (std::size_t k = 0; k < biometrics::descriptorSize; ++k)
            averaged[i][k] = (raw[2 * i][k] + raw[2 * i + 1][k]) / 2.0F;
    }
    return averaged;
}

} // namespace portique::vision
