// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "database.h"

#include <QFuture>
#include <QPromise>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>

namespace portique::storage {

/// @brief Where a job joins the queue. The gate's lookups and events go ahead of page reads (a
/// report, a search) so that a lane never waits behind a screen (issue 14); gate jobs keep their
/// own order among themselves.
enum class JobPriority { Normal, Gate };

/// @brief One connection on its own thread, running submitted jobs one after another.
///
/// The station's single writer is one DatabaseThread; readers that must not block the GUI use another.
/// submit() may be called from any thread; results and StorageErrors come back through the QFuture
/// (chain .then(context, ...) to receive them on the GUI thread). The destructor finishes queued jobs.
class DatabaseThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseThread)

public:
    /// @brief Opens @p path with @p key on the new thread (existing file only) and starts it.
    DatabaseThread(QString path, DatabaseKey key, QObject *parent = nullptr);
    ~DatabaseThread() override;

    /// @brief Queues @p job; it runs on this thread with the connection. Any thread may call this.
    template <typename Result> QFuture<Result> submit(std::function<Result(Database &)> job, JobPriority priority = JobPriority::Normal)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        enqueue(
            [promise, job = std::move(job)](Database *database, std::exception_ptr openError) {
                try {
                    if (openError)
                        std::rethrow_exception(openError);
                    if constexpr (std::is_void_v<Result>)
                        job(*database);
                    else
                        promise->addResult(job(*database));
                } catch (...) {
                    promise->setException(std::current_exception());
                }
                promise->finish();
            },
            priority);
        return future;
    }

protected:
    void run() override;

private:
    using Job = std::function<void(Database *, std::exception_ptr)>;
    void enqueue(Job job, JobPriority priority);

    QString m_path;
    DatabaseKey m_key;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    std::size_t m_gateJobs = 0; ///< gate jobs waiting at the front of m_jobs
    bool m_stopping = false;
};

} // namespace portique::storage
