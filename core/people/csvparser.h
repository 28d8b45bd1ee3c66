// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "personrecord.h"

#include <QString>

namespace portique::people {

/// @brief Reads a CSV list of people (staff, other regulars, or students of a school without
/// SIECLE) whose bytes the caller has already decoded to @p text. The columns, their French and
/// English names and the row checks are in docs/people-import.md.
///
/// The first non-empty line is the header; its delimiter (';', tab or ',') is used for the whole
/// file. Quoting follows RFC 4180 (quoted delimiters, "" for a quote, quoted line breaks), and
/// PersonRecord::line / RowError::line are the physical line where a record starts. Columns the
/// importer does not know are ignored, never stored, and named in one RowError on the header line.
///
/// Throws ImportError when a required column (id, family_name, first_name) is missing, when two
/// columns give the same field, when a quoted field is never closed, or when there is no record.
/// ParsedImport::source is Csv; ParsedImport::encoding is left for the caller to fill.
/// @p name (the file name) only appears in messages.
ParsedImport parseCsv(const QString &text, const QString &name);

} // namespace portique::people
