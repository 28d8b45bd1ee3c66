// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "camerahealth.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "storage/database.h"
#include "storage/databasejob.h"
#include "storage/databasethread.h"
#include "vision/visionpipeline.h"

namespace portique::station {

CameraHealthLog::CameraHealthLog(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void CameraHealthLog::record(const QString &camera, bool live, const QString &state)
{
    const QString now = common::isoTime(m_clock.now());
    m_database.transaction([&] {
        const QVariant open = m_database.scalar(
            QStringLiteral("SELECT id FROM camera_outages WHERE camera = ?1 AND ended_at IS NULL ORDER BY id DESC LIMIT 1"), {camera});
        if (live) {
            if (open.isValid())
                m_database.execute(QStringLiteral("UPDATE camera_outages SET ended_at = ?2 WHERE id = ?1"), {open, now});
        } else if (!open.isValid()) {
            m_database.execute(QStringLiteral("INSERT INTO camera_outages (camera, started_at, state) VALUES (?1, ?2, ?3)"), {camera, now, state});
        } else if (state == u"lost") {
            m_database.execute(QStringLiteral("UPDATE camera_outages SET state = ?2 WHERE id = ?1"), {open, state});
        }
    });
}

void CameraHealthLog::closeOpen(const QDateTime &at)
{
    m_database.execute(QStringLiteral("UPDATE camera_outages SET ended_at = max(started_at, ?1) WHERE ended_at IS NULL"), {common::isoTime(at)});
}

std::vector<CameraOutage> CameraHealthLog::overlapping(const QDateTime &from, const QDateTime &to)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT camera, started_at, coalesce(ended_at, ''), state FROM camera_outages "
                                                  "WHERE started_at < ?2 AND (ended_at IS NULL OR ended_at > ?1) ORDER BY started_at, id"));
    rows.bind(1, common::isoTime(from));
    rows.bind(2, common::isoTime(to));
    std::vector<CameraOutage> outages;
    while (rows.next())
        outages.push_back({rows.toText(0), common::parseIsoTime(rows.toText(1)), common::parseIsoTime(rows.toText(2)), rows.toText(3)});
    return outages;
}

CameraHealthRecorder::CameraHealthRecorder(vision::VisionPipeline &pipeline, storage::DatabaseThread &writer, const common::Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_writer(writer)
    , m_clock(clock)
    , m_lastLive(std::size_t(pipeline.cameraCount()), -1)
{
    // Outages left open by a previous run end now: this run knows nothing of the time in between.
    storage::submitJob<void>(
        m_writer, this, [clock = &m_clock](storage::Database &db) { CameraHealthLog(db, *clock).closeOpen(clock->now()); }, [] {},
        [](const QString &message) { qWarning("camera health: %s", qPrintable(message)); });
    connect(&pipeline, &vision::VisionPipeline::cameraStatusChanged, this, &CameraHealthRecorder::onStatus, Qt::QueuedConnection);
}

void CameraHealthRecorder::onStatus(int camera, const vision::CameraStatus &status)
{
    using State = vision::CameraStatus::State;
    if (camera < 0 || std::size_t(camera) >= m_lastLive.size() || status.state == State::Connecting || status.state == State::Stopped)
        return;
    const int live = status.state == State::Live ? 1 : 0;
    const QString state = status.state == State::Lost ? QStringLiteral("lost") : status.state == State::Stalled ? QStringLiteral("stalled") : QString();
    if (m_lastLive[std::size_t(camera)] == live && live == 1)
        return;
    m_lastLive[std::size_t(camera)] = live;
    storage::submitJob<void>(
        m_writer, this,
        [clock = &m_clock, name = m_pipeline.camera(camera).name(), live, state](storage::Database &db) {
            CameraHealthLog(db, *clock).record(name, live == 1, state);
        },
        [] {}, [](const QString &message) { qWarning("camera health: %s", qPrintable(message)); });
}

} // namespace portique::station
