// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
class DatabaseThread;
}
namespace portique::vision {
class VisionPipeline;
struct CameraStatus;
}

namespace portique::station {

/// @brief A time a camera was not delivering frames (stalled or lost).
struct CameraOutage {
    QString camera;
    QDateTime start;
    QDateTime end; ///< invalid while it lasts
    QString state; ///< "stalled" or "lost" (the worst seen)
};

/// @brief The cameras' outages on the caller's connection: what the daily report's "minutes lost
/// per camera" is measured from. No image, no person: a camera name and two times.
class CameraHealthLog final {
public:
    CameraHealthLog(storage::Database &database, const common::Clock &clock);

    /// @brief A camera's new state: down ("stalled"/"lost") opens an outage unless one is open;
    /// up closes it. The same state twice changes nothing.
    void record(const QString &camera, bool live, const QString &state = {});
    /// @brief Closes every open outage at @p at (the station stopped or started again: what happened
    /// while it was off is not known, so the outage ends there rather than running on).
    void closeOpen(const QDateTime &at);
    /// @brief Outages that overlap [@p from, @p to), oldest first.
    std::vector<CameraOutage> overlapping(const QDateTime &from, const QDateTime &to);

private:
    storage::Database &m_database;
    const common::Clock &m_clock;
};

/// @brief Writes each camera's status changes into the CameraHealthLog, through the single writer.
class CameraHealthRecorder final : public QObject {
    Q_OBJECT
public:
    CameraHealthRecorder(vision::VisionPipeline &pipeline, storage::DatabaseThread &writer, const common::Clock &clock,
                         QObject *parent = nullptr);

private:
    void onStatus(int camera, const vision::CameraStatus &status);

    vision::VisionPipeline &m_pipeline;
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    std::vector<int> m_lastLive; ///< per camera: -1 unknown, 0 down, 1 live
};

} // namespace portique::station
