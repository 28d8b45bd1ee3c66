// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// What the import tests read from a parsed file: the ids taken, the rows refused and why.

#include "people/importfile.h"

#include <QList>
#include <QStringList>

namespace portique::test {

inline QStringList idsOf(const people::ParsedImport &parsed)
{
    QStringList ids;
    for (const people::PersonRecord &person : parsed.people)
        ids.append(person.id);
    return ids;
}

inline QList<int> errorLinesOf(const people::ParsedImport &parsed)
{
    QList<int> lines;
    for (const people::RowError &error : parsed.errors)
        lines.append(error.line);
    return lines;
}

inline QStringList errorIdsOf(const people::ParsedImport &parsed)
{
    QStringList ids;
    for (const people::RowError &error : parsed.errors)
        ids.append(error.recordId);
    return ids;
}

/// Every refusal as "line: message", one a line (to show in a failed comparison).
inline QString allMessages(const people::ParsedImport &parsed)
{
    QStringList messages;
    for (const people::RowError &error : parsed.errors)
        messages.append(QString::number(error.line) + u": " + error.message);
    return messages.join(u"\n");
}

} // namespace portique::test
