// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "framemailbox.h"

namespace portique::vision {

void FrameMailbox::publish(Frame frame)
{
    QMutexLocker lock(&m_mutex);
    if (m_fresh)
        ++m_dropped;
    m_latest = std::move(frame);
    m_fresh = true;
    ++m_published;
}

std::optional<Frame> FrameMailbox::take()
{
    QMutexLocker lock(&m_mutex);
    if (!m_fresh)
        return std::nullopt;
    m_fresh = false;
    return m_latest;
}

std::optional<Frame> FrameMailbox::peek() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

qint64 FrameMailbox::published() const
{
    QMutexLocker lock(&m_mutex);
    return m_published;
}

qint64 FrameMailbox::dropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

} // namespace portique::vision
