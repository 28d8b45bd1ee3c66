// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Rectification (GDPR art. 16), restriction (art. 18) and objection (art. 21) as features
// (PRIVACY.md §4, issue 15): what the DPO does for a person of the registry, each in one
// transaction and audited. The audit says which fields changed, never their old or new values:
// the audit trail outlives an erasure's blanking only as far as it holds no names
// (docs/privacy-operations.md).

#include "people/enrolmentservice.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

class AuditLog;

/// @brief One field to set to a new value, by the import's field id ("family_name",
/// "first_name", "class", "birth_date" as yyyy-MM-dd).
struct FieldValue {
    QString field;
    QString value;
};

/// @brief The DPO's rectification and restriction of a person's data, on the caller's connection
/// (the writer). Throws common::Refusal (translated, nothing changed) on an unknown person, an
/// unknown field or a value that cannot be stored.
class SubjectRights final {
public:
    SubjectRights(storage::Database &database, AuditLog &audit, const common::Clock &clock);

    /// @brief The fields a DPO may rectify: those a SIECLE or CSV import writes about a person
    /// (the leaving date and the kind stay the school registry's, docs/privacy-operations.md).
    static QStringList rectifiableFields();
    /// @brief "Family name", "Class"... (translated).
    static QString fieldLabel(const QString &field);

    /// @brief Sets @p changes on @p personId, marks each changed field as rectified (a later import
    /// keeps it, ImportPreview::Change::rectified) and audits "subject.rectify" with the field ids.
    /// Returns the fields that changed; refuses when none would.
    QStringList rectify(const QString &personId, const std::vector<FieldValue> &changes, const QString &actor);
    /// @brief Restricts the processing of @p personId ("subject.restrict"): kept, decided at the
    /// gate on the badge alone, left out of reports. Refuses when already restricted.
    void restrictProcessing(const QString &personId, const QString &actor);
    /// @brief Lifts the restriction ("subject.restrict_lift"). Refuses when not restricted.
    void liftRestriction(const QString &personId, const QString &actor);

private:
    storage::Database &m_database;
    AuditLog &m_audit;
    const common::Clock &m_clock;
};

/// @brief Objection: the face lane is the only processing that rests on consent, so an objection
/// is the withdrawal of that consent (people::EnrolmentService::withdrawConsent: at once, no
/// reprint, no trace at the lane). Refuses an unknown person, or one with no consent in force.
people::ConsentWithdrawal object(storage::Database &database, people::EnrolmentService &enrolments, const QString &personId,
                                 const QString &actor);

} // namespace portique::privacy
