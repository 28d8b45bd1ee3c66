// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facealigner.h"

#include "facenetwork.h"
#include "visionerror.h"

#include <QCoreApplication>

#include <dlib/image_processing.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace portique::vision {

struct FaceAligner::Impl {
    dlib::shape_predictor predictor;
};

FaceAligner::FaceAligner(const QString &landmarksPath)
    : m_impl(std::make_unique<Impl>())
{
    try {
        dlib::deserialize(landmarksPath.toStdString()) >> m_impl->predictor;
    } catch (const std::exception &error) {
        throw VisionError(QCoreApplication::translate("Vision", "The landmark model %1 cannot be read: %2")
                              .arg(landmarksPath, QString::fromUtf8(error.what())));
    }
}

FaceAligner::~FaceAligner() = default;

QString FaceAligner::defaultLandmarksPath()
{
    return QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
}

Landmarks FaceAligner::landmarks(const cv::Mat &bgr, const QRect &box) const
{
    // The predictor reads intensities around the box only: convert just that neighbourhood to grey
    // instead of letting dlib convert every sampled colour pixel (5x faster on a gate frame).
    const int margin = std::max(box.width(), box.height()) / 2;
    const cv::Rect area = cv::Rect(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin)
                          & cv::Rect(0, 0, bgr.cols, bgr.rows);
    cv::Mat grey;
    cv::cvtColor(bgr(area), grey, cv::COLOR_BGR2GRAY);
    const dlib::cv_image<unsigned char> image(grey);
    const dlib::rectangle rect(box.left() - area.x, box.top() - area.y, box.right() - area.x, box.bottom() - area.y);
    const dlib::full_object_detection shape = m_impl->predictor(image, rect);
    Landmarks points;
    points.reserve(shape.num_parts());
    for (unsigned long i = 0; i < shape.num_parts(); ++i)
        points.emplace_back(shape.part(i).x() + area.x, shape.part(i).y() + area.y);
    return points;
}

cv::Mat FaceAligner::chip(const cv::Mat &bgr, const Landmarks &landmarks) const
{
    std::vector<dlib::point> parts;
    parts.reserve(landmarks.size());
    for (const QPointF &point : landmarks)
        parts.emplace_back(static_cast<long>(std::lround(point.x())), static_cast<long>(std::lround(point.y())));
    const dlib::full_object_detection shape(dlib::rectangle(), parts);
    const dlib::cv_image<dlib::bgr_pixel> image(bgr);
    dlib::matrix<dlib::bgr_pixel> chip;
    dlib::extract_image_chip(image, dlib::get_face_chip_details(shape, FaceNetwork::chipSize, FaceNetwork::chipPadding), chip);
    cv::Mat out(FaceNetwork::chipSize, FaceNetwork::chipSize, CV_8UC3);
    for (int y = 0; y < FaceNetwork::chipSize; ++y) {
        auto *row = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < FaceNetwork::chipSize; ++x) {
            const dlib::bgr_pixel &p = chip(y, x);
            row[x] = cv::Vec3b(p.blue, p.green, p.red);
        }
    }
    return out;
}

} // namespace portique::vision
