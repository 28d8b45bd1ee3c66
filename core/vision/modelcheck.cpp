// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "modelcheck.h"

#include "faceengine.h"
#include "imageloader.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace portique::vision {
namespace {

// The second look at a face: the photo turned by 6 degrees and scaled by 0.85 around the face, as
// the same person would appear on another frame.
constexpr double secondLookDegrees = 6.0;
constexpr double secondLookScale = 0.85;

} // namespace

QJsonObject ModelCheck::toJson() const
{
    return {{QStringLiteral("faces"), faces},
            {QStringLiteral("same_pairs"), samePairs},
            {QStringLiteral("different_pairs"), differentPairs},
            {QStringLiteral("largest_same_distance"), double(largestSame)},
            {QStringLiteral("smallest_different_distance"), double(smallestDifferent)},
            {QStringLiteral("median_different_distance"), double(medianDifferent)},
            {QStringLiteral("separation"), separation},
            {QStringLiteral("passed"), passed}};
}

ModelCheck checkModel(FaceEngine &engine, const QStringList &images)
{
    ModelCheck check;
    std::vector<float> same;
    std::vector<float> different;
    for (const QString &path : images) {
        const cv::Mat image = loadImage(path);
        std::vector<AnalyzedFace> faces = engine.analyze(image, DetectionOptions::forPhoto(image.size()), false);
        std::vector<cv::Mat> chips;
        std::vector<cv::Mat> secondLooks;
        for (const AnalyzedFace &face : faces) {
            if (!face.quality.usable())
                continue;
            const QPointF c = face.face.box.center();
            const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(float(c.x()), float(c.y())), secondLookDegrees, secondLookScale);
            cv::Mat turned;
            cv::warpAffine(image, turned, turn, image.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            Landmarks moved;
            for (const QPointF &p : face.landmarks) {
                moved.emplace_back(turn.at<double>(0, 0) * p.x() + turn.at<double>(0, 1) * p.y() + turn.at<double>(0, 2),
                                   turn.at<double>(1, 0) * p.x() + turn.at<double>(1, 1) * p.y() + turn.at<double>(1, 2));
            }
            chips.push_back(face.chip);
            secondLooks.push_back(engine.aligner().chip(turned, moved));
        }
        const auto first = engine.describe(chips);
        const auto second = engine.describe(secondLooks);
        check.faces += int(first.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            same.push_back(biometrics::distance(first[i], second[i]));
            for (std::size_t j = i + 1; j < first.size(); ++j)
                different.push_back(biometrics::distance(first[i], first[j]));
        }
    }
    check.samePairs = int(same.size());
    check.differentPairs = int(different.size());
    double closer = 0.0;
    for (float s : same) {
        for (float d : different)
            closer += s < d ? 1.0 : (s == d ? 0.5 : 0.0);
    }
    if (!same.empty() && !different.empty()) {
        check.separation = closer / (double(same.size()) * double(different.size()));
        check.largestSame = *std::max_element(same.begin(), same.end());
        check.smallestDifferent = *std::min_element(different.begin(), different.end());
        std::nth_element(different.begin(), different.begin() + different.size() / 2, different.end());
        check.medianDifferent = different[different.size() / 2];
    }
    check.passed = check.faces >= ModelCheck::requiredFaces && check.separation >= ModelCheck::requiredSeparation
                   && check.medianDifferent >= ModelCheck::requiredMedianDifferent
                   && check.largestSame <= ModelCheck::allowedLargestSame;
    return check;
}

} // namespace portique::vision
