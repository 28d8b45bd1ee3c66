// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peoplestore.h"

#include "common/isotime.h"
#include "storage/database.h"

#include <algorithm>

namespace portique::people {
namespace {

const QString personColumns = QStringLiteral("id, kind, family_name, first_name, class_name, birth_date, left_on, source, restricted_at");

Person readPerson(const storage::Statement &row)
{
    Person person;
    person.id = row.toText(0);
    person.kind = kindFromId(row.toText(1)).value_or(PersonKind::Other);
    person.familyName = row.toText(2);
    person.firstName = row.toText(3);
    person.className = row.toText(4);
    person.birthDate = common::parseIsoDate(row.toText(5));
    person.leftOn = common::parseIsoDate(row.toText(6));
    person.source = sourceFromId(row.toText(7)).value_or(PersonSource::Manual);
    person.restrictedAt = common::parseIsoTime(row.toText(8));
    return person;
}

std::vector<Person> readPeople(storage::Statement &rows)
{
    std::vector<Person> people;
    while (rows.next())
        people.push_back(readPerson(rows));
    return people;
}

} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Ligatures have no decomposition; French keyboards type them as two letters.
        const QChar lower = c.toLower();
        if (lower == QChar(0x0153))
            folded += QStringLiteral("oe");
        else if (lower == QChar(0x00E6))
            folded += QStringLiteral("ae");
        else
            folded += lower;
    }
    return folded;
}

PeopleStore::PeopleStore(storage::Database &database)
    : m_database(database)
{
}

std::optional<Person> PeopleStore::find(const QString &id)
{
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?1").arg(personColumns));
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return readPerson(row);
}

std::vector<Person> PeopleStore::list(const PeopleFilter &filter)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM people WHERE (?1 = '' OR class_name = ?1) "
                                                  "ORDER BY family_name, first_name, id")
                                       .arg(personColumns));
    rows.bind(1, filter.className.isNull() ? QStringLiteral("") : filter.className);
    std::vector<Person> people = readPeople(rows);
    const QString needle = foldForSearch(filter.search.trimmed());
    std::erase_if(people, [&](const Person &person) {
        if (!filter.includeLeft && !person.activeOn(filter.day))
            return true;
        if (!filter.includeRestricted && person.restricted())
            return true;
        if (needle.isEmpty())
            return false;
        return !foldForSearch(person.displayName()).contains(needle)
               && !foldForSearch(person.firstName + QLatin1Char(' ') + person.familyName).contains(needle)
               && !person.id.startsWith(filter.search.trimmed());
    });
    return people;
}

std::vector<Person> PeopleStore::ofSource(PersonSource source)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM people WHERE source = ?1").arg(personColumns));
    rows.bind(1, sourceId(source));
    return readPeople(rows);
}

QStringList PeopleStore::classes()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT DISTINCT class_name FROM people WHERE class_name <> '' ORDER BY class_name"));
    QStringList classes;
    while (rows.next())
        classes << rows.toText(0);
    return classes;
}

std::vector<Guardian> PeopleStore::guardiansOf(const QString &studentId)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT student_id, guardian_id, family_name, first_name, relationship "
                                                  "FROM guardians WHERE student_id = ?1 ORDER BY guardian_id"));
    rows.bind(1, studentId);
    std::vector<Guardian> guardians;
    while (rows.next())
        guardians.push_back({rows.toText(0), rows.toText(1), rows.toText(2), rows.toText(3), rows.toText(4)});
    return guardians;
}

QStringList PeopleStore::restrictedIds()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT id FROM people WHERE restricted_at IS NOT NULL ORDER BY id"));
    QStringList ids;
    while (rows.next())
        ids << rows.toText(0);
    return ids;
}

QStringList PeopleStore::rectifiedFields(const QString &personId)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT field FROM rectified_fields WHERE person_id = ?1 ORDER BY field"));
    rows.bind(1, personId);
    QStringList fields;
    while (rows.next())
        fields << rows.toText(0);
    return fields;
}

void PeopleStore::save(const Person &person, const QDateTime &now)
{
    // SQLCipher 3.4 carries SQLite 3.15: no UPSERT, and INSERT OR REPLACE would delete the row
    // (and cascade to its badges). Update, then insert when there was nothing to update.
    const QVariant birthDate = storage::nullIfEmpty(common::isoDate(person.birthDate));
    const QVariant leftOn = storage::nullIfEmpty(common::isoDate(person.leftOn));
    m_database.transaction([&] {
        const int updated =
            m_database.execute(QStringLiteral("UPDATE people SET kind = ?2, family_name = ?3, first_name = ?4, class_name = ?5, "
                                              "birth_date = ?6, left_on = ?7, source = ?8, updated_at = ?9 WHERE id = ?1"),
                               {person.id, kindId(person.kind), person.familyName, person.firstName, person.className, birthDate, leftOn,
                                sourceId(person.source), common::isoTime(now)});
        if (updated == 0)
            m_database.execute(QStringLiteral("INSERT INTO people (id, kind, family_name, first_name, class_name, birth_date, left_on, "
                                              "source, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"),
                               {person.id, kindId(person.kind), person.familyName, person.firstName, person.className, birthDate, leftOn,
                                sourceId(person.source), common::isoTime(now)});
    });
}

void PeopleStore::replaceGuardians(const QString &studentId, const std::vector<Guardian> &guardians)
{
    m_database.transaction([&] {
        m_database.execute(QStringLiteral("DELETE FROM guardians WHERE student_id = ?1"), {studentId});
        for (const Guardian &guardian : guardians) {
            m_database.execute(QStringLiteral("INSERT INTO guardians (student_id, guardian_id, family_name, first_name, "
                                              "relationship) VALUES (?1, ?2, ?3, ?4, ?5)"),
                               {studentId, guardian.guardianId, guardian.familyName, guardian.firstName, guardian.relationship});
        }
    });
}

} // namespace portique::people
