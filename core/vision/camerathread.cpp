// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "camerathread.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace portique::vision {

CameraThread::CameraThread(QString name, std::unique_ptr<CameraSource> source, CameraTiming timing, FrameTransform transform,
                           QObject *parent)
    : QThread(parent)
    , m_name(std::move(name))
    , m_source(std::move(source))
    , m_timing(timing)
    , m_transform(transform)
{
    qRegisterMetaType<CameraStatus>();
    setObjectName(QStringLiteral("camera-") + m_name);
}

CameraThread::~CameraThread()
{
    stop();
}

void CameraThread::stop()
{
    m_stopping = true;
    wait();
}

CameraStatus CameraThread::status() const
{
    QMutexLocker lock(&m_statusMutex);
    return m_status;
}

void CameraThread::setStatus(CameraStatus::State state, double fps, const QString &detail)
{
    CameraStatus copy;
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.state = state;
        m_status.fps = fps;
        m_status.detail = detail;
        copy = m_status;
    }
    Q_EMIT statusChanged(copy);
}

bool CameraThread::pause(int ms)
{
    // Sleep in short steps so stop() never waits for a long backoff.
    QElapsedTimer timer;
    timer.start();
    while (!m_stopping && timer.elapsed() < ms)
        QThread::msleep(std::min<qint64>(20, ms - timer.elapsed()));
    return !m_stopping;
}

void CameraThread::run()
{
    QElapsedTimer clock;
    clock.start();
    int retryMs = m_timing.firstRetryMs;
    qint64 sequence = 0;
    bool firstAttempt = true;
    while (!m_stopping) {
        if (!firstAttempt) {
            QMutexLocker lock(&m_statusMutex);
            ++m_status.reconnects;
        }
        firstAttempt = false;
        setStatus(CameraStatus::State::Connecting, 0.0, {});
        QString error;
        if (!m_source->open(error)) {
            setStatus(CameraStatus::State::Lost, 0.0, error);
            if (!pause(retryMs))
                break;
            retryMs = std::min(retryMs * 2, m_timing.maxRetryMs);
            continue;
        }

        const double pacing = m_source->pacingFps();
        const qint64 connectedAt = clock.elapsed();
        qint64 lastFrameAt = connectedAt;
        qint64 windowStart = connectedAt;
        int windowFrames = 0;
        double fps = 0.0;
        qint64 paced = 0;
        CameraStatus::State state = CameraStatus::State::Connecting;
        while (!m_stopping) {
            cv::Mat image;
            const bool got = m_source->read(image);
            const qint64 now = clock.elapsed();
            if (got) {
                retryMs = m_timing.firstRetryMs;
                lastFrameAt = now;
                if (m_transform.rotation == 90)
                    cv::rotate(image, image, cv::ROTATE_90_CLOCKWISE);
                else if (m_transform.rotation == 180)
                    cv::rotate(image, image, cv::ROTATE_180);
                else if (m_transform.rotation == 270)
                    cv::rotate(image, image, cv::ROTATE_90_COUNTERCLOCKWISE);
                if (m_transform.maxWidth > 0 && image.cols > m_transform.maxWidth) {
                    const double factor = double(m_transform.maxWidth) / image.cols;
                    cv::resize(image, image, cv::Size(), factor, factor, cv::INTER_AREA);
                }
                m_mailbox.publish({image, ++sequence, monotonicMs()});
                ++windowFrames;
                if (now - windowStart >= 1000) {
                    fps = windowFrames * 1000.0 / double(now - windowStart);
                    windowStart = now;
                    windowFrames = 0;
                    setStatus(CameraStatus::State::Live, fps, {});
                    state = CameraStatus::State::Live;
                } else if (state != CameraStatus::State::Live) {
                    setStatus(CameraStatus::State::Live, fps, {});
                    state = CameraStatus::State::Live;
                }
                if (pacing > 0.0) {
                    // A file plays at its own rate, not as fast as it can be decoded.
                    ++paced;
                    const qint64 due = connectedAt + qint64(double(paced) * 1000.0 / pacing);
                    if (due > clock.elapsed() && !pause(int(due - clock.elapsed())))
                        break;
                }
                continue;
            }
            const qint64 silent = now - lastFrameAt;
            if (silent >= m_timing.lostAfterMs) {
                setStatus(CameraStatus::State::Lost, 0.0,
                          QCoreApplication::translate("Camera", "No image for %1 s: reconnecting.").arg(silent / 1000));
                break;
            }
            if (silent >= m_timing.stalledAfterMs && state != CameraStatus::State::Stalled) {
                setStatus(CameraStatus::State::Stalled, 0.0, {});
                state = CameraStatus::State::Stalled;
            }
            pause(20);
        }
        m_source->close();
        if (!m_stopping && !pause(retryMs))
            break;
        retryMs = std::min(retryMs * 2, m_timing.maxRetryMs);
    }
    setStatus(CameraStatus::State::Stopped, 0.0, {});
}

} // namespace portique::vision
