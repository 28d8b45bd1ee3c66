// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// people/ owns reading the lists of people a school exports (SIECLE XML, CSV) into plain records.
// It never touches the database, and never reads an address, phone, e-mail, national id or
// birthplace, not even into a temporary (PRIVACY.md §4, minimisation).

#include "personrecord.h"

#include <QString>

namespace portique::people {

/// @brief Reads a SIECLE "Base Élèves" export (docs/people-import.md, testdata FORMAT.md) whose
/// bytes the caller has already decoded to @p text; the encoding named in its XML declaration is
/// ignored here. The root element chooses the kind: BEE_ELEVES gives ParsedImport::people (source
/// SiecleStudents), BEE_RESPONSABLES gives ParsedImport::guardians, legal representatives only
/// (source SiecleGuardians). ParsedImport::encoding is left for the caller to fill.
///
/// Throws ImportError, naming the line, when the text is not well-formed XML, when it declares a
/// document type (whose entities could expand it beyond any memory; SIECLE exports have none), when
/// a field it reads is longer than any SIECLE field (100 characters), when the root element is
/// neither of the two, or when the file holds no record at all: then nothing of it may be used. A refused record is listed in
/// ParsedImport::errors and its id in rejectedIds.
/// @p name (the file name) only appears in messages.
ParsedImport parseSiecle(const QString &text, const QString &name);

} // namespace portique::people
