// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>

namespace portique::ui {

/// @brief Runs @p work on a worker thread and @p done back on @p context's (GUI) thread, unless
/// @p context is gone by then. For drawing pages and writing files: the GUI never waits on them
/// (STYLE.md), and database work goes to the writer instead (storage::submitJob).
template <typename Result>
void onWorker(QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace portique::ui
