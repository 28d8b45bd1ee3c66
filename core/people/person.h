// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "personrecord.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

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
    /// When the DPO restricted the processing (GDPR art. 18), invalid when not restricted. Read
    /// only: PeopleStore::save() never writes it (privacy::SubjectRights does, audited).
    QDateTime restrictedAt = {};

    /// @brief Active on @p day: not left, or leaving only after that day.
    bool activeOn(const QDate &day) const { return !leftOn.isValid() || leftOn > day; }
    /// @brief Age in whole years on @p day (a 29 February birthday counts on 1 March in common years).
    std::optional<int> ageOn(const QDate &day) const;
    /// @brief Under 18 on @p day. A student without a birth date counts as a minor (the protective
    /// default); staff and others without one, as adults.
    bool minorOn(const QDate &day) const;
    /// @brief Restricted: kept, decided at the gate on the badge alone, left out of reports.
    bool restricted() const { return restrictedAt.isValid(); }
    QString displayName() const { return familyName + QLatin1Char(' ') + firstName; }
};

/// @brief The ids of the fields that differ ("family_name", "first_name", "class", "birth_date",
/// "kind", "left_on", "source"): what an import or a rectification changed, for the audit trail.
QStringList changedFields(const Person &before, const Person &after);
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
