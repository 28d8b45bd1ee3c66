// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "common/clock.h"

#include <QMutex>

namespace portique::test {

/// A clock the test moves by hand (lockout expiry, retention).
class FakeClock final : public common::Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(QDateTime now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = std::move(now);
    }
    void advance(qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace portique::test
