// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "frame.h"

#include <QMutex>

#include <optional>

namespace portique::vision {

/// @brief A one-slot mailbox between a camera thread and its consumer: publishing replaces the frame
/// not yet taken (counted as dropped), so a slow consumer skips frames and never builds a queue.
/// Thread-safe.
class FrameMailbox final {
public:
    /// @brief Camera side: offers the newest frame.
    void publish(Frame frame);
    /// @brief Consumer side: the newest frame not yet taken, if any.
    std::optional<Frame> take();
    /// @brief Consumer side: the newest frame, taken or not (for display after a take()).
    std::optional<Frame> peek() const;
    qint64 published() const;
    qint64 dropped() const;

private:
    mutable QMutex m_mutex;
    std::optional<Frame> m_latest;
    bool m_fresh = false;
    qint64 m_published = 0;
    qint64 m_dropped = 0;
};

} // namespace portique::vision
