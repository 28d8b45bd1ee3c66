// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "personrecord.h"

#include <QByteArray>
#include <QString>

namespace portique::people {

/// @brief Reads an import file whatever its kind: SIECLE students (root BEE_ELEVES), SIECLE
/// guardians (root BEE_RESPONSABLES) or CSV (docs/people-import.md). XML when the first character is
/// '<', CSV otherwise. XML is decoded as its declaration says (UTF-8 or ISO-8859-15, anything else
/// refused), CSV as UTF-8 when its bytes are valid UTF-8, else ISO-8859-15. Throws ImportError when
/// the file as a whole cannot be used; refused records are listed in ParsedImport::errors.
ParsedImport parseImportFile(const QString &path);
/// @brief The same, from bytes already read (@p name only appears in messages).
ParsedImport parseImportData(const QByteArray &data, const QString &name);

/// @brief The French/English label of a SIECLE CODE_PARENTE ("10" -> "mère"), the code itself when
/// unknown, "représentant légal" when empty.
QString relationshipLabel(const QString &code);

} // namespace portique::people
