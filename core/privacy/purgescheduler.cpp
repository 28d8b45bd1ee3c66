// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "purgescheduler.h"

#include "storage/databasejob.h"
#include "storage/databasethread.h"

namespace portique::privacy {

PurgeScheduler::PurgeScheduler(storage::DatabaseThread &writer, const common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runNow(); });
}

PurgeScheduler::~PurgeScheduler() = default;

void PurgeScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    runNow();
}

void PurgeScheduler::stop()
{
    m_timer.stop();
}

void PurgeScheduler::runNow(const QString &actor)
{
    if (m_run)
        return;
    m_run = std::make_shared<PurgeRun>();
    const common::Clock &clock = m_clock;
    std::shared_ptr<PurgeRun> run = m_run;
    storage::submitJob<bool>(
        m_writer, this,
        [run, &clock, actor](storage::Database &database) {
            *run = Purge(database, clock).start(false, actor);
            return true;
        },
        [this](bool) { submitStep(); },
        [this](const QString &message) {
            m_run.reset();
            Q_EMIT failed(message);
        });
}

void PurgeScheduler::submitStep()
{
    const common::Clock &clock = m_clock;
    std::shared_ptr<PurgeRun> run = m_run;
    // One batch per job: whatever was submitted to the writer meanwhile runs before the next one.
    storage::submitJob<bool>(
        m_writer, this, [run, &clock](storage::Database &database) { return Purge(database, clock).step(*run); },
        [this](bool more) {
            if (more) {
                submitStep();
                return;
            }
            const PurgeReport report = m_run->report();
            m_run.reset();
            Q_EMIT finished(report);
        },
        [this](const QString &message) {
            m_run.reset();
            Q_EMIT failed(message);
        });
}

} // namespace portique::privacy
