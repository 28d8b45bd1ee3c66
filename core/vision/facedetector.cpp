// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facedetector.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace portique::vision {

DetectionOptions DetectionOptions::forPhoto(const cv::Size &size)
{
    DetectionOptions options;
    const int longSide = std::max(size.width, size.height);
    constexpr int largePhoto = 1280; // beyond this, faces in a photo are large enough to find smaller
    constexpr int smallPhoto = 800;  // under this, group photos hold faces of 40-80 px: upsample once
    if (longSide > largePhoto)
        options.scale = double(largePhoto) / longSide;
    else if (longSide < smallPhoto)
        options.upsample = 1;
    return options;
}

DetectionOptions DetectionOptions::forLane(int minFacePx)
{
    DetectionOptions options;
    options.minFacePx = std::max(1, minFacePx);
    options.scale = double(hogWindowPx) / options.minFacePx;
    return options;
}

DetectionOptions DetectionOptions::forGate()
{
    // Twice HOG's window: half resolution, what gate cameras used before the smallest face became a
    // per-camera setting (issue 14).
    constexpr int formerGateMinFacePx = 2 * hogWindowPx;
    return forLane(formerGateMinFacePx);
}

struct FaceDetector::Impl {
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
};

FaceDetector::FaceDetector()
    : m_impl(std::make_unique<Impl>())
{
}

FaceDetector::~FaceDetector() = default;

namespace {

std::vector<FaceBox> toFaceBoxes(std::vector<dlib::rect_detection> &detections, double factor, cv::Point offset)
{
    std::sort(detections.begin(), detections.end(),
              [](const auto &a, const auto &b) { return a.detection_confidence > b.detection_confidence; });
    std::vector<FaceBox> faces;
    faces.reserve(detections.size());
    for (const dlib::rect_detection &detection : detections) {
        const dlib::rectangle &r = detection.rect;
        const QRect box(offset.x + static_cast<int>(std::lround(r.left() / factor)),
                        offset.y + static_cast<int>(std::lround(r.top() / factor)), static_cast<int>(std::lround(r.width() / factor)),
                        static_cast<int>(std::lround(r.height() / factor)));
        faces.push_back({box, detection.detection_confidence});
    }
    return faces;
}

} // namespace

std::vector<FaceBox> FaceDetector::detect(const cv::Mat &bgr, const DetectionOptions &options)
{
    // HOG works on intensity: detecting on a grey frame skips dlib's own colour conversion.
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    if (options.upsample <= 0)
        return detectGrey(grey, cv::Rect(0, 0, grey.cols, grey.rows), options.scale, options.adjustThreshold);
    if (options.scale != 1.0)
        cv::resize(grey, grey, cv::Size(), options.scale, options.scale, cv::INTER_AREA);
    dlib::array2d<unsigned char> image;
    dlib::assign_image(image, dlib::cv_image<unsigned char>(grey));
    double factor = options.scale;
    for (int i = 0; i < options.upsample; ++i) {
        dlib::pyramid_up(image);
        factor *= 2.0;
    }
    std::vector<dlib::rect_detection> detections;
    m_impl->detector(image, detections, options.adjustThreshold);
    return toFaceBoxes(detections, factor, {0, 0});
}

std::vector<FaceBox> FaceDetector::detectGrey(const cv::Mat &grey, const cv::Rect &roi, double scale, double adjustThreshold)
{
    const cv::Rect part = roi & cv::Rect(0, 0, grey.cols, grey.rows);
    if (part.empty() || scale <= 0.0)
        return {};
    cv::Mat image = grey(part);
    if (scale != 1.0)
        cv::resize(image, image, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<dlib::rect_detection> detections;
    // dlib reads the OpenCV image in place, row stride included: an ROI of the frame costs no copy.
    m_impl->detector(dlib::cv_image<unsigned char>(image), detections, adjustThreshold);
    return toFaceBoxes(detections, scale, part.tl());
}

} // namespace portique::vision
