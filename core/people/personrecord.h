// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "common/refusal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <stdexcept>
#include <vector>

namespace portique::people {

/// @brief Who a person is for the school. Only students come from SIECLE.
enum class PersonKind { Student, Staff, Other };

/// @brief One person as an import file describes them: only what the gate needs (PRIVACY.md §4):
/// no address, phone, e-mail, national id or birthplace is ever read into it.
struct PersonRecord {
    QString id;          ///< SIECLE ELEVE_ID, or the CSV "id" column: the key across re-imports
    PersonKind kind = PersonKind::Student;
    QString familyName;  ///< the usual name (NOM_USAGE) when given, else the birth family name
    QString firstName;
    QString className;   ///< the division (class) code, opaque text; empty for staff
    QDate birthDate;     ///< invalid when the file does not give one (staff)
    QDate leftOn;        ///< DATE_SORTIE / "left_on"; invalid when the person has not left
    int line = 0;        ///< where the record starts in the file (1-based)
};

/// @brief A legal representative of a student (NIVEAU_RESPONSABILITE 1, or legacy RESP_LEGAL 1/2).
/// Contacts and people in charge who are not legal representatives are never returned.
struct GuardianRecord {
    QString studentId;    ///< ELEVE_ID
    QString guardianId;   ///< PERSONNE_ID
    QString familyName;   ///< NOM_USAGE, else NOM_DE_FAMILLE, else legacy NOM
    QString firstName;
    QString relationship; ///< CODE_PARENTE as in the file ("10", "20", "50"...); may be empty in legacy files
    int line = 0;
};

/// @brief A record the import refuses, with where and why (translated message).
struct RowError {
    int line = 0;
    QString recordId;     ///< the record's id when it has one
    QString message;
};

/// @brief What an import file holds, before anything is compared with or written to the database.
struct ParsedImport {
    enum class Source { SiecleStudents, SiecleGuardians, Csv };
    Source source = Source::Csv;
    QString schoolUai;    ///< PARAMETRES/UAJ (SIECLE only)
    QDate exportDate;     ///< PARAMETRES/DATE_EXPORT (SIECLE only)
    QString encoding;     ///< the encoding the file was read in ("ISO-8859-15", "UTF-8")
    std::vector<PersonRecord> people;
    std::vector<GuardianRecord> guardians;
    std::vector<RowError> errors;
    /// Ids of records that were refused: the registry leaves those people untouched (a person
    /// whose row is damaged is not a leaver; a student with a damaged guardian link keeps the
    /// representatives already known). Each id once, in the order refused; to look ids up, build a
    /// QSet once: contains() on the list inside a loop made large files quadratic (issue 17).
    QStringList rejectedIds;
};

/// @brief The whole file is refused (unreadable, not well-formed, unknown encoding or layout):
/// nothing of it may be imported. The message is translated and names the line when there is one.
class ImportError final : public common::Refusal {
public:
    using common::Refusal::Refusal;
};

} // namespace portique::people
