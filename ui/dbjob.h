// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "storage/databasethread.h"
#include "storage/storageerror.h"

#include <QObject>
#include <QString>

#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <type_traits>

namespace portique::ui {

/// @brief A translated sentence for whatever a database job threw.
QString messageOf(const std::exception_ptr &error);

/// @brief Runs @p job on @p thread (never on the GUI thread) and calls @p done with its result, or
/// @p failed with a translated message, on @p context's thread. Nothing is called if @p context is
/// destroyed first.
template <typename Result, typename Done, typename Failed>
void submitJob(storage::DatabaseThread &thread, QObject *context, std::function<Result(storage::Database &)> job,
               Done done, Failed failed)
{
    thread.submit<Result>(std::move(job)).then(context, [done, failed](QFuture<Result> future) {
        if constexpr (std::is_void_v<Result>) {
            try {
                future.waitForFinished();
            } catch (...) {
                failed(messageOf(std::current_exception()));
                return;
            }
            done();
        } else {
            std::optional<Result> result;
            try {
                result = future.result();
            } catch (...) {
                failed(messageOf(std::current_exception()));
                return;
            }
            done(*result);
        }
    });
}

} // namespace portique::ui
