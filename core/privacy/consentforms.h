// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Consent form references (issue 15, "Consent documents"; PRIVACY.md §3): a consent on paper is
// recorded only from a form the station generated for that very person, so that a form signed
// under someone's dictation at the desk, or a form of another student, cannot be entered as a
// paper consent. Each reference is printed on the letter with a QR code of itself, scanned (or
// typed) when the signed form comes back, and used once.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

class AuditLog;

/// @brief One reference the station issued.
struct ConsentForm {
    QString reference; ///< "CF-" and 8 characters of Crockford's base32
    QString personId;
    QDateTime issuedAt;
    QString issuedBy;
    QDateTime usedAt;     ///< invalid while the form has not come back
    qint64 consentId = 0; ///< the consent it recorded, once used
    bool used() const { return usedAt.isValid(); }
};

/// @brief A new reference: "CF-" then 8 characters of Crockford's base32 (digits and capitals
/// without I, L, O, U) from libsodium's random bytes. 40 bits: guessing one of a school's few
/// thousand live references takes hundreds of millions of tries, and the station checks that the
/// reference was issued for the person it is entered for; 11 characters are quick to type, and all
/// are QR "alphanumeric" characters (a small code).
QString newConsentFormReference();

/// @brief @p typed as a reference: upper case, spaces and dashes ignored, the letters a scanner or
/// a hand confuses read as Crockford's base32 does (O as 0, I and L as 1), "CF-" added when left
/// out. An empty string when it cannot be a reference.
QString normaliseConsentFormReference(const QString &typed);

/// @brief Issues and checks references on the caller's connection (the single writer).
class ConsentFormStore final {
public:
    ConsentFormStore(storage::Database &database, const common::Clock &clock);

    /// @brief A new reference for @p personId, recorded and audited (`consent.form_issue`).
    ConsentForm issue(const QString &personId, const QString &actor, AuditLog &audit);
    /// @brief The form of @p reference (normalised first), if the station issued it.
    std::optional<ConsentForm> find(const QString &reference);
    std::vector<ConsentForm> ofPerson(const QString &personId);
    /// @brief The form a paper consent of @p personId may record: throws common::Refusal
    /// (translated) when @p reference is empty, was not issued by this station, was issued for
    /// someone else, or was already used. Returns the normalised reference.
    QString checkUsable(const QString &personId, const QString &reference);
    /// @brief Marks @p reference used by consent @p consentId.
    void markUsed(const QString &reference, qint64 consentId);

private:
    storage::Database &m_database;
    const common::Clock &m_clock;
};

} // namespace portique::privacy
