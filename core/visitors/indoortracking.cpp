// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "indoortracking.h"

#include "common/clock.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "storage/databasethread.h"
#include "vision/visionpipeline.h"

namespace portique::visitors {
namespace {

struct GalleryLoad {
    std::vector<GalleryEntry> gallery;
    double threshold = VisitorTracker::defaultThreshold;
};

struct WrittenSighting {
    SightingRecord record;
    QDateTime at;
};

} // namespace

IndoorTracking::IndoorTracking(vision::VisionPipeline &pipeline, QList<IndoorCamera> cameras, storage::DatabaseThread &writer,
                               const common::Clock &clock, QByteArray modelId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_modelId(std::move(modelId))
{
    for (const IndoorCamera &camera : cameras)
        m_cameras.insert(camera.index, {pipeline.camera(camera.index).name(), camera.zone});
    m_elapsed.start();
    connect(&pipeline, &vision::VisionPipeline::cameraUpdated, this, &IndoorTracking::onView, Qt::QueuedConnection);
    connect(&m_refreshTimer, &QTimer::timeout, this, &IndoorTracking::refreshGallery);
    m_refreshTimer.start(galleryRefreshMs);
    refreshGallery();
}

IndoorTracking::~IndoorTracking() = default;

void IndoorTracking::refreshGallery()
{
    const common::Clock *clock = &m_clock;
    const QByteArray modelId = m_modelId;
    storage::submitJob<GalleryLoad>(
        m_writer, this,
        [clock, modelId](storage::Database &db) {
            station::StationServices services(db, *clock);
            return GalleryLoad{services.visitors.gallery(modelId),
                               double(services.settings.value(station::settings::visitorsMatchThreshold)) / 1000.0};
        },
        [this](const GalleryLoad &load) {
            m_tracker.setThreshold(load.threshold);
            m_tracker.setGallery(load.gallery);
            m_loaded = true;
            Q_EMIT galleryRefreshed(int(load.gallery.size()));
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void IndoorTracking::onView(const vision::CameraView &view)
{
    const auto camera = m_cameras.constFind(view.camera);
    if (camera == m_cameras.cend())
        return; // a gate lane: its faces are compared 1:1 with a badge, never searched
    for (const SightingCandidate &candidate : m_tracker.update(camera->name, view.tracks, m_elapsed.elapsed()))
        record(candidate, camera->zone);
}

void IndoorTracking::record(const SightingCandidate &candidate, const QString &zone)
{
    const common::Clock *clock = &m_clock;
    ++m_pending;
    storage::submitJob<std::optional<WrittenSighting>>(
        m_writer, this,
        [clock, candidate, zone](storage::Database &db) -> std::optional<WrittenSighting> {
            station::StationServices services(db, *clock);
            const std::optional<SightingRecord> record =
                services.visitors.recordSighting(candidate.visitorId, candidate.camera, zone, candidate.distance);
            if (!record)
                return std::nullopt;
            // The time as stored, so that what is announced is what the trail shows.
            const std::optional<Sighting> stored = services.visitors.lastSeen(candidate.visitorId);
            return WrittenSighting{*record, stored && stored->id == record->sightingId ? stored->at : clock->now()};
        },
        [this, candidate, zone](const std::optional<WrittenSighting> &written) {
            if (written)
                Q_EMIT sighted(candidate.visitorId, candidate.camera, zone, written->at, candidate.distance, written->record.alertId);
            else
                refreshGallery(); // they left (or withdrew) since the gallery was loaded
            writeDone();
        },
        [this](const QString &message) {
            Q_EMIT failed(message);
            writeDone();
        });
}

void IndoorTracking::writeDone()
{
    if (--m_pending == 0)
        Q_EMIT settled();
}

} // namespace portique::visitors
