// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace portique::common {

/// @brief Times are stored as ISO 8601 UTC text with milliseconds ("2026-11-29T08:12:03.120Z"):
/// sortable as text and readable in an export. Empty text for an invalid time.
inline QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime parseIsoTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

/// @brief Days as "yyyy-MM-dd"; empty text for an invalid date (and back).
inline QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate parseIsoDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace portique::common
