// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "databasethread.h"
#include "storageerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <type_traits>

namespace portique::storage {

/// @brief A translated sentence for whatever a database job threw (a refusal's own words).
QString messageOf(const std::exception_ptr &error);

/// @brief Runs @p job on @p thread (never on the GUI thread) and calls @p done with its result, or
/// @p failed with a translated message, on @p context's thread. Nothing is called if @p context is
/// destroyed first.
template <typename Result, typename Done, typename Failed>
void submitJob(storage::DatabaseThread &thread, QObject *context, std::function<Result(storage::Database &)> job, Done done, Failed failed,
               JobPriority priority = JobPriority::Normal)
{
    // A watcher owned by the context rather than QFuture::then(context): Qt 6.4 asserts when the
    // context of a continuation is destroyed first (a page closed while its job runs).
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done, failed] {
        watcher->deleteLater();
        if constexpr (std::is_void_v<Result>) {
            try {
                watcher->future().waitForFinished();
            } catch (...) {
                failed(messageOf(std::current_exception()));
                return;
            }
            done();
        } else {
            std::optional<Result> result;
            try {
                result = watcher->future().result();
            } catch (...) {
                failed(messageOf(std::current_exception()));
                return;
            }
            done(*result);
        }
    });
    watcher->setFuture(thread.submit<Result>(std::move(job), priority));
}

} // namespace portique::storage
