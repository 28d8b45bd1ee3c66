// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The retention purge: deletes what is out of its period (privacy/retention.h), in short batches
// on the caller's connection, and leaves one audit record per run with its counts. It never
// touches data in use: an on-site visitor today, an alert inside its period and its passage, an
// open camera outage, a person who has not left, a badge a face template is bound to. Before its
// batches it ends the consents past their term (privacy/consentlapse.h) and closes the alerts
// still open past their period (audited); people who left past theirs are erased (erasure.h).

#include "retention.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief What a run did to one table.
struct PurgeCount {
    QString table; ///< "access_events", "overrides", "alerts", "visitors", "visitor_templates",
                   ///< "sightings", "consents", "enrolments", "face_templates", "credentials",
                   ///< "camera_outages", "audit_log"
    qint64 deleted = 0;
    qint64 held = 0; ///< past its period but kept because in use
};

/// @brief What one run did (or, dry, would do).
struct PurgeReport {
    bool dryRun = false;
    QDateTime at;  ///< when the run started (UTC)
    QString actor; ///< "system" for the scheduled runs
    qint64 elapsedMs = 0;
    int batches = 0; ///< transactions (a dry run: counting steps)
    qint64 longestBatchMs = 0;
    qint64 auditSeq = 0;      ///< the run's audit record; 0 for a dry run
    QList<PurgeCount> counts; ///< every table, in a fixed order

    qint64 deleted(const QString &table) const;
    qint64 held(const QString &table) const;
    qint64 totalDeleted() const;
    QJsonObject toJson() const;
    /// @brief Back from a purge audit record's details (history).
    static PurgeReport fromAudit(const QDateTime &at, const QString &actor, qint64 seq, const QJsonObject &details);
};

/// @brief A table name of PurgeReport in words ("Passages"), translated.
QString purgeTableLabel(const QString &table);

/// @brief One run in progress, carried from batch to batch (Purge::start, Purge::step). Opaque.
class PurgeRun final {
public:
    PurgeRun();
    ~PurgeRun();
    PurgeRun(PurgeRun &&) noexcept;
    PurgeRun &operator=(PurgeRun &&) noexcept;
    bool finished() const;
    const PurgeReport &report() const;

private:
    friend class Purge;
    struct State;
    std::unique_ptr<State> m_state;
};

/// @brief Runs the retention rules on one connection (the station's single writer, or the CLI's).
///
/// Each step is one transaction of at most batchRows rows of one table, so a job submitted to the
/// writer in between (a passage at a lane) waits for one batch, never for the whole purge. The
/// last step drops the oldest audit records (at most auditRowsPerRun, the rest at the next run) and
/// appends the run's audit record in the same transaction, since that record vouches for where
/// the trail now starts. Then the WAL is folded and emptied (Database::forgetDeleted) and, when
/// the file uses incremental auto-vacuum, its free pages are given back: with secure_delete the
/// deleted rows are overwritten, not only unlinked.
class Purge final {
public:
    /// Rows per transaction: a few milliseconds of writing (docs/privacy-operations.md has the figures).
    static constexpr int batchRows = 500;
    /// People who left erased per batch: each erasure is its own transaction of a few tables.
    static constexpr int leaverErasuresPerBatch = 20;
    /// Audit records dropped per run, in the run's last transaction (see above).
    static constexpr int auditRowsPerRun = 2000;

    Purge(storage::Database &database, const common::Clock &clock);
    ~Purge();
    Purge(const Purge &) = delete;
    Purge &operator=(const Purge &) = delete;

    /// @brief A whole run, batch after batch (the command line, tests).
    PurgeReport run(bool dryRun, const QString &actor = QStringLiteral("system"));
    /// @brief Starts a run: reads the periods in force and fixes the cutoffs at the clock's now.
    PurgeRun start(bool dryRun, const QString &actor = QStringLiteral("system"));
    /// @brief One batch; false once the run is finished (its report complete, audited unless dry).
    bool step(PurgeRun &run);

    /// @brief The last @p limit runs, newest first, from the audit trail.
    std::vector<PurgeReport> history(int limit);

private:
    struct Services;
    storage::Database &m_database;
    const common::Clock &m_clock;
    std::unique_ptr<Services> m_services;
};

} // namespace portique::privacy
