// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "databasethread.h"

namespace portique::storage {

DatabaseThread::DatabaseThread(QString path, DatabaseKey key, QObject *parent)
    : QThread(parent)
    , m_path(std::move(path))
    , m_key(std::move(key))
{
    setObjectName(QStringLiteral("portique-db"));
    start();
}

DatabaseThread::~DatabaseThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    wait();
}

void DatabaseThread::enqueue(Job job, JobPriority priority)
{
    {
        std::lock_guard lock(m_mutex);
        if (priority == JobPriority::Gate) {
            m_jobs.insert(m_jobs.begin() + std::ptrdiff_t(m_gateJobs), std::move(job));
            ++m_gateJobs;
        } else {
            m_jobs.push_back(std::move(job));
        }
    }
    m_wake.notify_one();
}

void DatabaseThread::run()
{
    std::unique_ptr<Database> database;
    std::exception_ptr openError;
    try {
        database = Database::open(m_path, m_key, Database::OpenMode::Existing);
    } catch (...) {
        openError = std::current_exception();
    }
    m_key = DatabaseKey::generate(); // the connection holds the key now; drop our copy of it

    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and every queued job has run
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            if (m_gateJobs > 0)
                --m_gateJobs;
        }
        job(database.get(), openError);
    }
}

} // namespace portique::storage
