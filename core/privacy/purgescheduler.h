// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "purge.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::privacy {

/// @brief Runs the retention purge on the station's single writer at start-up and every hour
/// (PRIVACY.md §4), one batch per writer job, so that a passage or a registration submitted
/// meanwhile waits for one batch at most, never for the whole purge.
///
/// Lives on the GUI thread (its timer and the job completions are delivered there); only the
/// batches run on the writer thread. A run still going when the hour strikes is not doubled.
class PurgeScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeScheduler)

public:
    /// The period between runs: one hour (issue 9), short enough that nothing outlives its period
    /// by more than an hour, long enough that the run's audit record is not noise.
    static constexpr std::chrono::milliseconds defaultInterval = std::chrono::hours(1);

    /// @p writer must outlive the scheduler, and @p clock the writer (a queued batch still runs
    /// when the writer stops, and reads the clock); the scheduler may go first.
    PurgeScheduler(storage::DatabaseThread &writer, const common::Clock &clock, QObject *parent = nullptr);
    ~PurgeScheduler() override;

    /// @brief Runs a purge now and then every @p interval. GUI thread.
    void start(std::chrono::milliseconds interval = defaultInterval);
    void stop();
    /// @brief Runs a purge now unless one is running (a DPO's "purge now", audited under
    /// @p actor). GUI thread.
    void runNow(const QString &actor = QStringLiteral("system"));
    bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    /// @brief A run finished; @p report has its counts and the audit record's number.
    void finished(const portique::privacy::PurgeReport &report);
    /// @brief A run stopped on an error (translated); what its finished batches deleted stays deleted.
    void failed(const QString &message);

private:
    void submitStep();

    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QTimer m_timer;
    std::shared_ptr<PurgeRun> m_run; ///< touched on the writer thread only while a step runs
};

} // namespace portique::privacy
