// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitortracker.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}
namespace portique::vision {
class VisionPipeline;
struct CameraView;
}

namespace portique::visitors {

/// @brief An indoor camera of the pipeline (its index) and the zone it watches.
struct IndoorCamera {
    int index = -1;
    QString zone;
};

/// @brief The station's visitor tracking: the indoor cameras' face tracks go through a
/// VisitorTracker, and each sighting is written on the single writer (VisitorService::
/// recordSighting, which raises the restricted-zone alert) and announced. The gallery of on-site
/// consenting visitors is loaded at construction, every galleryRefreshMs, and on refreshGallery().
/// Lives on the thread that creates it (the GUI thread in the station): the pipeline's views come
/// in queued, database work goes to the writer, results come back as signals. Matching a face
/// against the gallery costs microseconds (docs/visitor-tracking.md), so the GUI thread never waits.
class IndoorTracking final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndoorTracking)

public:
    /// A visitor registered at the desk is followed within this long even if no screen asked for a
    /// refresh; reloading is one small query and one unseal per on-site visitor.
    static constexpr int galleryRefreshMs = 10'000;

    /// @p cameras: the pipeline's indoor cameras (gate lanes are never compared 1:N, PRIVACY.md §1).
    /// @p modelId: the running face model's id (templates of another model are not followed).
    IndoorTracking(vision::VisionPipeline &pipeline, QList<IndoorCamera> cameras, storage::DatabaseThread &writer,
                   const common::Clock &clock, QByteArray modelId, QObject *parent = nullptr);
    ~IndoorTracking() override;

    /// @brief Whether the gallery was loaded at least once.
    bool galleryLoaded() const { return m_loaded; }
    int gallerySize() const { return int(m_tracker.gallerySize()); }
    /// @brief The distance threshold in force (setting visitors.match_threshold_milli).
    double threshold() const { return m_tracker.threshold(); }
    /// @brief Sightings handed to the writer and not yet written.
    int pendingWrites() const { return m_pending; }

public Q_SLOTS:
    /// @brief Reloads the gallery now: call after a registration or a check-out.
    void refreshGallery();

Q_SIGNALS:
    /// @brief A sighting was written. @p score: the face distance; @p alertId: the restricted-zone
    /// alert it raised, 0 when the zone is allowed.
    void sighted(const QString &visitorId, const QString &camera, const QString &zone, const QDateTime &at, double score,
                 qint64 alertId);
    /// @brief The gallery was (re)loaded with @p visitors faces.
    void galleryRefreshed(int visitors);
    /// @brief A database job failed (translated message).
    void failed(const QString &message);
    /// @brief Every sighting handed to the writer so far is written (pendingWrites() is 0).
    void settled();

private:
    void onView(const vision::CameraView &view);
    void record(const SightingCandidate &candidate, const QString &zone);
    void writeDone();

    struct CameraInfo {
        QString name;
        QString zone;
    };
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QByteArray m_modelId;
    QHash<int, CameraInfo> m_cameras;
    VisitorTracker m_tracker;
    QElapsedTimer m_elapsed;
    QTimer m_refreshTimer;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace portique::visitors
