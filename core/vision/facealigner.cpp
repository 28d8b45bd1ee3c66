// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facealigner.h"

#include "facenetwork.h"
#include "visionerror.h"

#include <QCoreApplication>

#include <dlib/image_processing.h>
#include <dlib/opencv/cv_image.h>

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

Landmarks FaceAligner::landmarks(const cv::Mat &bgr, const QRect &box)
{
    const dlib::cv_image<dlib::bgr_pixel> image(bgr);
    const dlib::rectangle rect(box.left(), box.top(), box.right(), box.bottom());
    const dlib::full_object_detection shape = m_impl->predictor(image, rect);
    Landmarks points;
    points.reserve(shape.num_parts());
    for (unsigned long i = 0; i < shape.num_parts(); ++i)
        points.emplace_back(shape.part(i).x(), shape.part(i).y());
    return points;
}

cv::Mat FaceAligner::chip(const cv::Mat &bgr, const Landmarks &landmarks)
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
