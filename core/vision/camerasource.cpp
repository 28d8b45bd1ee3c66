// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "camerasource.h"

#include "imageloader.h"
#include "visionerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace portique::vision {
namespace {

/// A V4L2 device, a network stream or a video file, all through OpenCV's VideoCapture.
class CaptureSource final : public CameraSource {
public:
    CaptureSource(QString location, Kind kind)
        : m_location(std::move(location))
        , m_kind(kind)
    {
    }

    bool open(QString &error) override
    {
        bool ok = false;
        const int index = m_location.toInt(&ok);
        try {
            if (m_kind == Kind::Device)
                ok = ok ? m_capture.open(index, cv::CAP_V4L2) : m_capture.open(m_location.toStdString(), cv::CAP_V4L2);
            else if (m_kind == Kind::Network)
                // A dead stream must not hold the camera thread for FFmpeg's default 30 s.
                ok = m_capture.open(m_location.toStdString(), cv::CAP_FFMPEG,
                                    {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, 5000, cv::CAP_PROP_READ_TIMEOUT_MSEC, 2000});
            else
                ok = m_capture.open(m_location.toStdString(), cv::CAP_FFMPEG);
        } catch (const cv::Exception &) {
            ok = false;
        }
        if (!ok || !m_capture.isOpened()) {
            error = QCoreApplication::translate("Camera", "Cannot open %1.").arg(m_location);
            return false;
        }
        if (m_kind == Kind::VideoFile) {
            const double fps = m_capture.get(cv::CAP_PROP_FPS);
            // A file without a usable rate plays at 25 fps, the PAL rate most cameras record at.
            m_fps = fps > 1.0 && fps < 121.0 ? fps : 25.0;
        }
        m_readSinceOpen = 0;
        return true;
    }

    bool read(cv::Mat &image) override
    {
        if (!m_capture.isOpened())
            return false;
        bool ok = false;
        try {
            ok = m_capture.read(image) && !image.empty();
            if (!ok && m_kind == Kind::VideoFile && m_readSinceOpen > 0) {
                // The end of a file: start again (demo and test videos loop).
                m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
                ok = m_capture.read(image) && !image.empty();
                m_readSinceOpen = 0;
            }
        } catch (const cv::Exception &) {
            ok = false;
        }
        if (ok) {
            ++m_readSinceOpen;
            if (image.channels() == 1)
                cv::cvtColor(image, image, cv::COLOR_GRAY2BGR);
        }
        return ok;
    }

    void close() override { m_capture.release(); }
    double pacingFps() const override { return m_kind == Kind::VideoFile ? m_fps : 0.0; }
    Kind kind() const override { return m_kind; }

private:
    QString m_location;
    Kind m_kind;
    cv::VideoCapture m_capture;
    double m_fps = 0.0;
    qint64 m_readSinceOpen = 0;
};

/// A folder of images shown one after another, in name order, looping.
class FolderSource final : public CameraSource {
public:
    FolderSource(QString folder, double fps)
        : m_folder(std::move(folder))
        , m_fps(fps)
    {
    }

    bool open(QString &error) override
    {
        const QDir dir(m_folder);
        m_files.clear();
        for (const QString &name : dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                                  QStringLiteral("*.webp"), QStringLiteral("*.bmp")},
                                                 QDir::Files, QDir::Name))
            m_files << dir.absoluteFilePath(name);
        if (m_files.isEmpty()) {
            error = QCoreApplication::translate("Camera", "The folder %1 holds no image.").arg(m_folder);
            return false;
        }
        m_next = 0;
        return true;
    }

    bool read(cv::Mat &image) override
    {
        // An unreadable file is skipped; a folder of nothing but unreadable files gives no frame.
        for (qsizetype tries = 0; tries < m_files.size(); ++tries) {
            const QString file = m_files.at(m_next);
            m_next = (m_next + 1) % m_files.size();
            try {
                image = loadImage(file);
                return true;
            } catch (const VisionError &) {
            }
        }
        return false;
    }

    void close() override {}
    double pacingFps() const override { return m_fps; }
    Kind kind() const override { return Kind::ImageFolder; }

private:
    QString m_folder;
    double m_fps;
    QStringList m_files;
    qsizetype m_next = 0;
};

} // namespace

CameraSource::Kind CameraSource::kindOf(const QString &location)
{
    bool number = false;
    location.toInt(&number);
    if (number || location.startsWith(QStringLiteral("/dev/video")))
        return Kind::Device;
    if (location.contains(QStringLiteral("://")))
        return Kind::Network;
    if (QFileInfo(location).isDir())
        return Kind::ImageFolder;
    return Kind::VideoFile;
}

std::unique_ptr<CameraSource> CameraSource::create(const QString &location, double folderFps)
{
    const Kind kind = kindOf(location);
    if (kind == Kind::ImageFolder)
        return std::make_unique<FolderSource>(location, folderFps);
    return std::make_unique<CaptureSource>(location, kind);
}

} // namespace portique::vision
