// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "camerasource.h"
#include "framemailbox.h"

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace portique::vision {

/// @brief What a camera tile says about its camera. Never shows a state that is not real.
struct CameraStatus {
    enum class State { Connecting, Live, Stalled, Lost, Stopped };
    State state = State::Connecting;
    double fps = 0.0;     ///< frames received per second, measured over the last second
    QString detail;       ///< why it is lost (translated), empty otherwise
    int reconnects = 0;   ///< attempts to open again after a loss
};

/// @brief When a silent camera counts as stalled or lost, and how reconnection backs off.
struct CameraTiming {
    int stalledAfterMs = 2000; ///< two seconds without a frame: a gate camera at 15 fps missed 30
    int lostAfterMs = 5000;    ///< five seconds: give up on this connection and reconnect
    int firstRetryMs = 500;
    int maxRetryMs = 30'000;   ///< a camera unplugged for the day is retried twice a minute
};

/// @brief How a camera's frames are turned and capped before anyone sees them.
struct FrameTransform {
    int rotation = 0; ///< 0, 90, 180 or 270 degrees clockwise (a camera mounted on its side)
    int maxWidth = 0; ///< frames wider than this are scaled down (0: as they come)
};

/// @brief One camera on its own thread: opens the source, paces files at their native rate,
/// publishes only the latest frame to its mailbox, measures fps, and reconnects with backoff when
/// the camera stalls or drops. It never blocks or crashes the station: a failing camera only
/// changes its status. Any thread may read status() and the mailbox.
class CameraThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraThread)

public:
    CameraThread(QString name, std::unique_ptr<CameraSource> source, CameraTiming timing = {}, FrameTransform transform = {},
                 QObject *parent = nullptr);
    ~CameraThread() override;

    QString name() const { return m_name; }
    FrameMailbox &mailbox() { return m_mailbox; }
    CameraStatus status() const;
    /// @brief Asks the loop to end and waits for it (at most one blocking read).
    void stop();

Q_SIGNALS:
    /// @brief Emitted from the camera thread whenever the state changes, and once a second while live.
    void statusChanged(const portique::vision::CameraStatus &status);

protected:
    void run() override;

private:
    void setStatus(CameraStatus::State state, double fps, const QString &detail);
    bool pause(int ms);

    QString m_name;
    std::unique_ptr<CameraSource> m_source;
    CameraTiming m_timing;
    FrameTransform m_transform;
    FrameMailbox m_mailbox;
    mutable QMutex m_statusMutex;
    CameraStatus m_status;
    std::atomic_bool m_stopping{false};
};

} // namespace portique::vision

Q_DECLARE_METATYPE(portique::vision::CameraStatus)
