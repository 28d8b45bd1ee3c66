// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace portique::visitors {

class VisitorService;

/// @brief The evacuation roll call (appel d'évacuation): everyone on site now, with where they
/// were last seen, to tick off at the assembly point.
struct RollCall {
    struct Entry {
        Visitor visitor;
        std::optional<Sighting> lastSeen;
    };
    QString schoolName;
    QDateTime at; ///< UTC
    std::vector<Entry> entries;
};

/// @brief Reads the roll call on the caller's connection.
RollCall buildRollCall(VisitorService &visitors, const QString &schoolName, const QDateTime &now);
/// @brief A4 portrait pages: title, time, one row per visitor (name, organisation, host, arrived,
/// expected departure, escort, last seen where and when, a box to tick), page numbers. Returns the
/// number of pages (one even when nobody is on site: "nobody on site" printed). Any thread.
int paintRollCall(QPagedPaintDevice &device, const RollCall &rollCall);
/// @brief How many pages paintRollCall() prints for @p visitors people: 20 a page, one at least.
int rollCallPageCount(int visitors);
/// @brief Writes the roll call as PDF; throws std::runtime_error (translated) when it cannot.
void writeRollCallPdf(const QString &path, const RollCall &rollCall);
/// @brief The visitors a roll call names, for the output log (privacy/outputlog.h).
QStringList rollCallSubjects(const RollCall &rollCall);

} // namespace portique::visitors
