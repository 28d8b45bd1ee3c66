// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "imageloader.h"

#include "visionerror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

#include <opencv2/imgcodecs.hpp>

namespace portique::vision {
namespace {

// The most pixels an image may have: a 50-megapixel phone photo (8160x6120) fits, its BGR copy
// 192 MB. A header can announce anything, and OpenCV allocates what it announces (up to 2^30
// pixels, 3 GB) before reading the data: a 300-byte JPEG claiming 30000x30000 took 2.7 GB.
constexpr qint64 maxImagePixels = 64'000'000;

// The size the header announces, read by Qt without decoding (JPEG, PNG, BMP, PPM, GIF); an
// invalid size for formats Qt does not read (WebP, whose format stops at 16383x16383, and the rest
// OpenCV knows), which OpenCV's own bound then covers.
QSize announcedSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.size();
}

// The formats a photo reaches the station in (a camera, a phone, a scanner's export). OpenCV hands
// a file to whichever of its decoders claims the signature, the DICOM reader (GDCM) among them,
// which aborts the whole process on a malformed file (an assert, not an exception: fuzz_image found
// a 135-byte RIFF file with "DICM" at offset 128). Only these signatures reach OpenCV, and never a
// file that also bears DICOM's mark, which a decoder that turns the file down would pass on.
bool isReadableFormat(const QByteArray &bytes)
{
    const bool jpeg = bytes.startsWith("\xff\xd8\xff");
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n");
    const bool bmp = bytes.startsWith("BM");
    const bool webp = bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
    constexpr qsizetype dicomMarkAt = 128;
    const bool dicomMark = bytes.mid(dicomMarkAt, 4) == "DICM";
    return (jpeg || png || bmp || webp) && !dicomMark;
}

} // namespace

cv::Mat decodeImage(const QByteArray &bytes, const QString &nameForErrors)
{
    if (bytes.isEmpty())
        throw VisionError(QCoreApplication::translate("Vision", "%1 is empty.").arg(nameForErrors));
    if (!isReadableFormat(bytes))
        throw VisionError(QCoreApplication::translate("Vision", "%1 is not a JPEG, PNG, BMP or WebP image.").arg(nameForErrors));
    if (const QSize size = announcedSize(bytes); size.isValid() && qint64(size.width()) * size.height() > maxImagePixels)
        throw VisionError(QCoreApplication::translate("Vision", "%1 is %2x%3 pixels; Portique reads images of at most %4 megapixels.")
                              .arg(nameForErrors)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(maxImagePixels / 1'000'000));
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
