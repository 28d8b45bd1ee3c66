// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "person.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace portique::storage {
class Database;
}

namespace portique::people {

/// @brief Which people a list shows.
struct PeopleFilter {
    QString className;             ///< empty: every class
    QString search;                ///< part of a name or an id, accents and case ignored
    bool includeLeft = false;      ///< also people who have left (on @p day)
    QDate day;                     ///< the day activity is judged on
    bool includeRestricted = true; ///< false for bulk lists (printing a class's badges): art. 18
};

/// @brief The registry's reads, on the caller's connection. Writes go through ImportService,
/// EnrolmentService and (issue 9) the privacy operations, each audited.
class PeopleStore final {
public:
    explicit PeopleStore(storage::Database &database);

    std::optional<Person> find(const QString &id);
    std::vector<Person> list(const PeopleFilter &filter);
    /// @brief Every person of @p source (for an import's comparison).
    std::vector<Person> ofSource(PersonSource source);
    QStringList classes();
    std::vector<Guardian> guardiansOf(const QString &studentId);
    /// @brief Ids of the people whose processing is restricted (GDPR art. 18), sorted: what reports
    /// and bulk lists leave out.
    QStringList restrictedIds();
    /// @brief The fields of @p personId a DPO rectified ("family_name", "first_name", "class",
    /// "birth_date"), which an import keeps unless told otherwise.
    QStringList rectifiedFields(const QString &personId);

    /// @brief Inserts or replaces @p person (no audit: the calling service audits the operation).
    void save(const Person &person, const QDateTime &now);
    void replaceGuardians(const QString &studentId, const std::vector<Guardian> &guardians);

private:
    storage::Database &m_database;
};

/// @brief @p text without accents, in lower case ("Éloïse" -> "eloise"), for searching.
QString foldForSearch(const QString &text);

} // namespace portique::people
