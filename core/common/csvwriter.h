// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace portique::common {

/// @brief One cell of a CSV export, as text a spreadsheet shows and never runs. A cell whose first
/// character is '=', '+', '-', '@', a tab or a carriage return would be read as a formula (CSV
/// injection: a name imported as =HYPERLINK(...) becomes a live link), so it gets a leading single
/// quote, OWASP's advice. Then a cell holding @p delimiter, a double quote or a line break is put
/// in double quotes, each quote doubled (RFC 4180). Anything else comes out as it is.
QString csvCell(const QString &text, QChar delimiter = u';');

/// @brief A whole CSV file, the one way every export of the product writes one: @p header, then
/// each of @p rows, every cell through csvCell(), cells separated by @p delimiter (';' by default,
/// what French spreadsheets expect), each line ended by "\r\n" (RFC 4180). UTF-8 after a
/// byte-order mark, so that spreadsheets read accents as UTF-8.
QByteArray csvDocument(const QStringList &header, const QList<QStringList> &rows, QChar delimiter = u';');

} // namespace portique::common
