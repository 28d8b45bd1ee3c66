// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "imageloader.h"

#include "visionerror.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

namespace portique::vision {

cv::Mat decodeImage(const QByteArray &bytes, const QString &nameForErrors)
{
    if (bytes.isEmpty())
        throw VisionError(QCoreApplication::translate("Vision", "%1 is empty.").arg(nameForErrors));
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
    // IMREAD_COLOR converts grey and drops alpha, and applies the EXIF orientation.
    cv::Mat image;
    try {
        image = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &) {
        image.release();
    }
    if (image.empty())
        throw VisionError(QCoreApplication::translate("Vision", "%1 is not an image Portique can read.").arg(nameForErrors));
    return image;
}

cv::Mat loadImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw VisionError(QCoreApplication::translate("Vision", "Cannot open the image %1.").arg(path));
    return decodeImage(file.readAll(), path);
}

QImage toQImage(const cv::Mat &bgr)
{
    if (bgr.empty())
        return {};
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
}

} // namespace portique::vision
