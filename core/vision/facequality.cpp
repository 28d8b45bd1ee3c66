// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facequality.h"

#include <QJsonArray>
#include <QLineF>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace portique::vision {
namespace {

QPointF centre(const Landmarks &points, int first, int last)
{
    QPointF sum;
    for (int i = first; i <= last; ++i)
        sum += points[static_cast<std::size_t>(i)];
    return sum / (last - first + 1);
}

double degrees(double ratio)
{
    return std::asin(std::clamp(ratio, -1.0, 1.0)) * 180.0 / std::numbers::pi;
}

double flatness(const cv::Mat &grey, const cv::Rect &region)
{
    const cv::Rect inside = region & cv::Rect(0, 0, grey.cols, grey.rows);
    if (inside.area() == 0)
        return 0.0;
    cv::Scalar mean, deviation;
    cv::meanStdDev(grey(inside), mean, deviation);
    return deviation[0];
}

} // namespace

QJsonObject FaceQuality::toJson() const
{
    return {{QStringLiteral("inter_eye_px"), std::round(interEyePixels * 10) / 10},
            {QStringLiteral("yaw_deg"), std::round(yawDegrees * 10) / 10},
            {QStringLiteral("pitch_deg"), std::round(pitchDegrees * 10) / 10},
            {QStringLiteral("sharpness"), std::round(sharpness)},
            {QStringLiteral("brightness"), std::round(brightness)},
            {QStringLiteral("clipped"), std::round(clipped * 1000) / 1000},
            {QStringLiteral("occlusion_hint"), occlusionHint},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

double qualityScore(const FaceQuality &quality)
{
    const double turn = std::cos(quality.yawDegrees * std::numbers::pi / 180.0);
    const double tilt = std::cos(quality.pitchDegrees * std::numbers::pi / 180.0);
    return quality.interEyePixels * std::max(0.0, turn) * std::max(0.0, tilt) * std::min(1.0, quality.sharpness / 200.0);
}

FaceQuality measureQuality(const cv::Mat &frame, const QRect &box, const Landmarks &landmarks, const cv::Mat &chip)
{
    FaceQuality q;
    if (landmarks.size() != 68) {
        q.problems << QStringLiteral("no_landmarks");
        return q;
    }
    const QPointF leftEye = centre(landmarks, 36, 41);
    const QPointF rightEye = centre(landmarks, 42, 47);
    const QPointF eyes = (leftEye + rightEye) / 2;
    const QPointF mouth = centre(landmarks, 48, 67);
    const QPointF nose = landmarks[30];
    q.interEyePixels = QLineF(leftEye, rightEye).length();

    // Yaw: where the nose tip sits between the two sides of the jaw (0.5 when frontal).
    const double left = QLineF(landmarks[0], nose).length();
    const double right = QLineF(nose, landmarks[16]).length();
    q.yawDegrees = left + right > 0 ? degrees((left - right) / (left + right)) : 90.0;
    // Pitch: where the nose tip sits between the eye line and the mouth. The median of the 100 test
    // faces (news photos, mostly frontal) puts it 0.54 of the way down; the deviation maps to
    // degrees like yaw.
    constexpr double frontalNoseDepth = 0.54;
    const double eyeToMouth = QLineF(eyes, mouth).length();
    const double depth = eyeToMouth > 0 ? QLineF(eyes, nose).length() / eyeToMouth : 0.0;
    q.pitchDegrees = degrees((depth - frontalNoseDepth) * 2.0);

    const cv::Rect faceRect = cv::Rect(box.x(), box.y(), box.width(), box.height()) & cv::Rect(0, 0, frame.cols, frame.rows);
    if (faceRect.area() > 0) {
        cv::Mat face;
        cv::cvtColor(frame(faceRect), face, cv::COLOR_BGR2GRAY);
        constexpr int sharpnessWidth = 100;
        if (face.cols > sharpnessWidth) {
            const double factor = double(sharpnessWidth) / face.cols;
            cv::resize(face, face, cv::Size(), factor, factor, cv::INTER_AREA);
        }
        cv::Mat laplacian;
        cv::Laplacian(face, laplacian, CV_64F);
        cv::Scalar mean, deviation;
        cv::meanStdDev(laplacian, mean, deviation);
        q.sharpness = deviation[0] * deviation[0];
    }

    cv::Mat grey;
    cv::cvtColor(chip, grey, cv::COLOR_BGR2GRAY);

    // The chip's padding (0.25) puts the face in its central 60 %.
    const int margin = grey.cols / 5;
    const cv::Mat face = grey(cv::Rect(margin, margin, grey.cols - 2 * margin, grey.rows - 2 * margin));
    q.brightness = cv::mean(face)[0];
    const double extremes = cv::countNonZero(face <= 5) + cv::countNonZero(face >= 250);
    q.clipped = extremes / double(face.total());

    // Occlusion hint: in the chip the eyes sit around 40 % height and the mouth around 70 %.
    const int w = grey.cols;
    const double eyeTexture = flatness(grey, cv::Rect(w / 4, w * 33 / 100, w / 2, w / 10));
    const double mouthTexture = flatness(grey, cv::Rect(w / 3, w * 66 / 100, w / 3, w / 10));
    q.occlusionHint = eyeTexture > 0 && mouthTexture < 0.35 * eyeTexture;

    if (q.interEyePixels < quality::minInterEyePixels)
        q.problems << QStringLiteral("too_small");
    if (std::abs(q.yawDegrees) > quality::maxYawDegrees)
        q.problems << QStringLiteral("turned");
    if (std::abs(q.pitchDegrees) > quality::maxPitchDegrees)
        q.problems << QStringLiteral("tilted");
    if (q.sharpness < quality::minSharpness)
        q.problems << QStringLiteral("blurred");
    if (q.brightness < quality::minBrightness)
        q.problems << QStringLiteral("too_dark");
    if (q.brightness > quality::maxBrightness)
        q.problems << QStringLiteral("too_bright");
    if (q.clipped > quality::maxClipped)
        q.problems << QStringLiteral("overexposed");
    return q;
}

} // namespace portique::vision
