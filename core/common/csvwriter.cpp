// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "csvwriter.h"

namespace portique::common {
namespace {

// The first characters that make Excel, LibreOffice and Google Sheets start a formula, as OWASP's
// "CSV Injection" page lists them (tab and carriage return because some spreadsheets skip them
// and read what follows).
bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString joinedLine(const QStringList &cells, QChar delimiter)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(csvCell(cell, delimiter));
    return out.join(delimiter);
}

} // namespace

QString csvCell(const QString &text, QChar delimiter)
{
    QString cell = text;
    if (startsFormula(cell))
        cell.prepend(u'\'');
    // A lone '\r' ends a line for most readers, so it is quoted like '\n'.
    if (cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray csvDocument(const QStringList &header, const QList<QStringList> &rows, QChar delimiter)
{
    QString text = joinedLine(header, delimiter) + QStringLiteral("\r\n");
    for (const QStringList &row : rows)
        text += joinedLine(row, delimiter) + QStringLiteral("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace portique::common
