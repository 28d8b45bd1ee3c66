// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDateTime>

namespace portique::common {

/// @brief Source of the current time, so lockouts, retention and audit dates are testable.
class Clock {
public:
    virtual ~Clock() = default;
    /// @brief Current time in UTC. Safe to call from any thread.
    virtual QDateTime now() const = 0;
};

/// @brief The real wall clock.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace portique::common
