// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "credential.h"
#include "people/person.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
}
namespace portique::storage {
class Database;
}

namespace portique::access {

class StationKeys;

/// @brief A credential as the registry keeps it: never its template, never its text.
struct CredentialRecord {
    QString serial; ///< hex
    QString personId;
    /// How the station uses the badge: its architecture when issued, or None once its holder has
    /// withdrawn consent (recordWithdrawal): the code may still carry a template, never used again.
    TemplateArchitecture architecture = TemplateArchitecture::None;
    QDate issuedOn;
    QDate expiresOn;
    QDateTime issuedAt;
    QString issuedBy;
    QDateTime revokedAt;
    QString revokeReason;
    bool revoked() const { return revokedAt.isValid(); }
};

/// @brief A newly signed badge: its record and the text its QR code carries (to print now; it is
/// not kept, so a lost badge is re-issued, never re-printed).
struct IssuedBadge {
    CredentialRecord record;
    QString payload;
};

/// @brief Why a presented code is refused, or that it is valid. The ids are stable (events,
/// reports, JSON); the reasons are translated.
enum class Verdict {
    Valid,
    Malformed,    ///< not a Portique code, or damaged: "forged"
    WrongKind,    ///< a visitor pass at a badge check, or the reverse
    UnknownKey,   ///< signed by a key this station never had: "forged"
    BadSignature, ///< altered or forged
    NotYetValid,
    Expired,
    UnknownSerial, ///< signed by us but not in the registry as it is (erased, another database, altered dates or holder)
    Revoked,
    PersonUnknown,
    PersonInactive, ///< the person has left the school
};

QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);
QString verdictReason(Verdict verdict);

/// @brief The outcome of checking a code, with what it says when it could be read.
struct Verification {
    Verdict verdict = Verdict::Malformed;
    std::optional<Credential> credential; ///< set once the signature holds
    std::optional<CredentialRecord> record;
    std::optional<people::Person> person;
    bool valid() const { return verdict == Verdict::Valid; }
};

/// @brief Issues, revokes and verifies badges, on the caller's connection; every change audited.
class CredentialStore final {
public:
    CredentialStore(storage::Database &database, StationKeys &keys, privacy::AuditLog &audit, const common::Clock &clock);

    /// @brief Signs a new badge for @p personId and revokes every badge they held before
    /// ("reissued"). @p data is the sealed template (OnBadge), the badge secret (InDatabase) or
    /// empty. Every badge is padded to a type-1 badge's length (padToUniformSize), so the printed
    /// code does not tell the architecture. Throws common::Refusal for an unknown person or one who
    /// has left.
    IssuedBadge issueBadge(const QString &personId, TemplateArchitecture architecture, const QByteArray &data, const QString &actor);
    /// @brief A fresh random serial (hex).
    static QString newSerial();
    /// @brief Revokes one badge (no-op when already revoked); returns whether it changed.
    bool revoke(const QString &serial, const QString &reason, const QString &actor);
    /// @brief Revokes every valid badge of @p personId; returns how many.
    int revokeAllOf(const QString &personId, const QString &reason, const QString &actor);
    /// @brief Records a consent withdrawal against every unrevoked badge of @p personId that was
    /// issued with a template: the registry then says None, so the station decides that very badge
    /// on the badge alone (gatecheck.h), with no reprint, no refusal and no alert (issue 15). The
    /// code keeps its data; nothing reads it any more. Returns the serials changed. The caller
    /// (EnrolmentService::withdrawConsent) audits the withdrawal with them, in its transaction.
    QStringList recordWithdrawal(const QString &personId);

    /// @brief The first half of every check: form, key, signature and kind. Valid here says only
    /// that this station signed it for that use; dates and registry are the caller's.
    Verification verifySignature(QStringView text, CredentialKind expected);
    /// @brief Checks a presented code: form, key, signature, dates, registry, person.
    Verification verify(QStringView text, CredentialKind expected = CredentialKind::Badge);

    std::optional<CredentialRecord> find(const QString &serial);
    std::vector<CredentialRecord> ofPerson(const QString &personId);
    /// @brief The person's newest badge that is neither revoked nor expired.
    std::optional<CredentialRecord> currentBadge(const QString &personId);
    /// @brief The last day of a badge issued on @p day (end of the school year, setting).
    QDate expiryFor(const QDate &day);

private:
    storage::Database &m_database;
    StationKeys &m_keys;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::access
