// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "personrecord.h"

#include <QDate>
#include <QString>

#include <optional>

namespace portique::people {

/// @brief Where a person's record came from; a re-import only ever touches its own source.
enum class PersonSource { Siecle, Csv, Manual };

/// @brief A person of the registry. Minority and activity are computed on a given day (an
/// injectable clock), never stored, so they cannot go stale.
struct Person {
    QString id;
    PersonKind kind = PersonKind::Student;
    QString familyName;
    QString firstName;
    QString className;
    QDate birthDate;
    QDate leftOn;
    PersonSource source = PersonSource::Manual;

    /// @brief Active on @p day: not left, or leaving only after that day.
    bool activeOn(const QDate &day) const { return !leftOn.isValid() || leftOn > day; }
    /// @brief Age in whole years on @p day (a 29 February birthday counts on 1 March in common years).
    std::optional<int> ageOn(const QDate &day) const;
    /// @brief Under 18 on @p day. A student without a birth date counts as a minor (the protective
    /// default); staff and others without one, as adults.
    bool minorOn(const QDate &day) const;
    QString displayName() const { return familyName + QLatin1Char(' ') + firstName; }
};

QString kindId(PersonKind kind);
std::optional<PersonKind> kindFromId(const QString &id);
/// @brief "Élève", "Personnel", "Autre" (translated).
QString kindLabel(PersonKind kind);
QString sourceId(PersonSource source);
std::optional<PersonSource> sourceFromId(const QString &id);

/// @brief A legal representative of a student, as kept: names and relationship only.
struct Guardian {
    QString studentId;
    QString guardianId;
    QString familyName;
    QString firstName;
    QString relationship; ///< SIECLE CODE_PARENTE, see relationshipLabel()
    QString displayName() const { return familyName + QLatin1Char(' ') + firstName; }
};

} // namespace portique::people
