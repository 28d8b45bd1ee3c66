// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDate>

namespace portique::common {

/// @brief The last day of the school year @p day belongs to: the last day of @p endMonth (the
/// setting badges.expiry_month, August by default). A day within the two months before that end
/// (the summer) belongs to the next school year: a badge issued or a consent given in July is for
/// September. Badges expire on it and face-lane consents lapse after it (one rule for both).
inline QDate schoolYearEnd(const QDate &day, int endMonth)
{
    QDate end = QDate(day.year(), endMonth, 1).addMonths(1).addDays(-1);
    if (end < day.addMonths(2))
        end = QDate(end.year() + 1, endMonth, 1).addMonths(1).addDays(-1);
    return end;
}

} // namespace portique::common
