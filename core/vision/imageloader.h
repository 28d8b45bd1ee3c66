// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace portique::vision {

/// @brief Reads an image file as 8-bit BGR whatever it holds (grey, RGBA, progressive JPEG, PNG,
/// WebP), turned upright by its EXIF orientation. Throws VisionError naming the file when it cannot
/// be read. Debian's dlib reads neither WebP nor EXIF, hence OpenCV (FACE_MODEL.md).
cv::Mat loadImage(const QString &path);

/// @brief Decodes image bytes held in memory, with the same rules.
cv::Mat decodeImage(const QByteArray &bytes, const QString &nameForErrors);
/// @brief An 8-bit BGR image as a QImage of its own (a deep copy: @p bgr may go).
QImage toQImage(const cv::Mat &bgr);

} // namespace portique::vision
