// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Internal to people/: the records of a SIECLE file as siecleparser.cpp reads them, and the checks
// that turn them into ParsedImport people, guardians and errors (docs/people-import.md).

#include "personrecord.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::people::siecle {

/// @brief A date as SIECLE writes it, dd/mm/yyyy; invalid for anything else.
QDate parseDate(const QString &text);

struct RawStudent {
    int line = 0;
    QString id; // empty when the ELEVE has no ELEVE_ID
    QString familyName;
    QString usageName;
    QString legacyName;
    QString firstName;
    QString birthDate;
    QString leftOn;
};

struct RawStructures {
    int line = 0;
    QString id;
    QStringList divisions; // CODE_STRUCTURE of every TYPE_STRUCTURE "D", in file order
};

struct RawPerson {
    int line = 0;
    int occurrences = 0;
    QString familyName;
    QString usageName;
    QString legacyName;
    QString firstName;
};

struct RawLink {
    int line = 0;
    QString studentId;
    QString personId;
    QString level;        // NIVEAU_RESPONSABILITE (2018+)
    QString relationship; // CODE_PARENTE
    QString legacyLegal;  // RESP_LEGAL (pre-2018)
};

/// @brief Writes the checked records of one file into a ParsedImport: each refused record as a
/// RowError, its id once in rejectedIds.
class RecordChecker final {
public:
    explicit RecordChecker(ParsedImport &result)
        : m_result(result)
    {
    }

    void addError(int line, const QString &id, const QString &message);
    void reject(const QString &id);
    void checkStudents(const std::vector<RawStudent> &students, const std::vector<RawStructures> &structures);
    void checkGuardians(const std::vector<RawLink> &links, const QHash<QString, RawPerson> &persons);

private:
    ParsedImport &m_result;
    // The ids of m_result.rejectedIds, looked up at once: a search of the list made a file of
    // many refused records quadratic (issue 17, defect 14).
    QSet<QString> m_rejected;
};

} // namespace portique::people::siecle
