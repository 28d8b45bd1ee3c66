// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/peoplestore.h"

namespace portique::test {

/// A person saved straight into the registry, for tests that need someone to hold a badge.
inline people::Person addPerson(storage::Database &database, const QString &id, const QDate &birthDate,
                                const QString &className = QStringLiteral("2NDE1"),
                                people::PersonSource source = people::PersonSource::Siecle)
{
    people::Person person;
    person.id = id;
    person.kind = people::PersonKind::Student;
    person.familyName = QStringLiteral("TESTEUR");
    person.firstName = QStringLiteral("Élève ") + id;
    person.className = className;
    person.birthDate = birthDate;
    person.source = source;
    people::PeopleStore(database).save(person, QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));
    return person;
}

} // namespace portique::test
