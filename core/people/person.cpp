// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "person.h"

#include <QCoreApplication>

namespace portique::people {

std::optional<int> Person::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return std::nullopt;
    int age = day.year() - birthDate.year();
    // Birthday not reached yet this year; 29 February counts as reached on 1 March.
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

bool Person::minorOn(const QDate &day) const
{
    const std::optional<int> age = ageOn(day);
    // A student whose birth date is unknown is protected as a minor; staff are adults.
    return age ? *age < 18 : kind == PersonKind::Student;
}

QString kindId(PersonKind kind)
{
    switch (kind) {
    case PersonKind::Student:
        return QStringLiteral("student");
    case PersonKind::Staff:
        return QStringLiteral("staff");
    case PersonKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<PersonKind> kindFromId(const QString &id)
{
    for (PersonKind kind : {PersonKind::Student, PersonKind::Staff, PersonKind::Other}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString kindLabel(PersonKind kind)
{
    switch (kind) {
    case PersonKind::Student:
        return QCoreApplication::translate("portique::people", "Student");
    case PersonKind::Staff:
        return QCoreApplication::translate("portique::people", "Staff");
    case PersonKind::Other:
        break;
    }
    return QCoreApplication::translate("portique::people", "Other");
}

QString sourceId(PersonSource source)
{
    switch (source) {
    case PersonSource::Siecle:
        return QStringLiteral("siecle");
    case PersonSource::Csv:
        return QStringLiteral("csv");
    case PersonSource::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<PersonSource> sourceFromId(const QString &id)
{
    for (PersonSource source : {PersonSource::Siecle, PersonSource::Csv, PersonSource::Manual}) {
        if (sourceId(source) == id)
            return source;
    }
    return std::nullopt;
}

QStringList changedFields(const Person &before, const Person &after)
{
    QStringList fields;
    if (before.kind != after.kind)
        fields << QStringLiteral("kind");
    if (before.familyName != after.familyName)
        fields << QStringLiteral("family_name");
    if (before.firstName != after.firstName)
        fields << QStringLiteral("first_name");
    if (before.className != after.className)
        fields << QStringLiteral("class");
    if (before.birthDate != after.birthDate)
        fields << QStringLiteral("birth_date");
    if (before.leftOn != after.leftOn)
        fields << QStringLiteral("left_on");
    if (before.source != after.source)
        fields << QStringLiteral("source");
    return fields;
}

} // namespace portique::people
