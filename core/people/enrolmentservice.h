// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "biometrics/facetemplate.h"
#include "privacy/consentstore.h"

#include <QByteArray>
#include <QString>
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

namespace portique::people {

/// @brief What the agent records when a person (and, for a minor, a legal representative) agrees.
struct ConsentDetails {
    QString givenBy;              ///< the person's own name as they gave it
    QString guardianName;         ///< required for a minor
    QString guardianRelationship; ///< required for a minor: a SIECLE code ("10") or words
    privacy::ConsentChannel channel = privacy::ConsentChannel::InPerson;
    QString channelReference; ///< a paper form: the reference the station printed on it (privacy/consentforms.h)
    access::TemplateArchitecture architecture = access::TemplateArchitecture::OnBadge;
};

/// @brief What a withdrawal did: no badge is revoked nor reprinted (issue 15).
struct ConsentWithdrawal {
    qint64 consentId = 0;     ///< the consent closed
    int templatesDeleted = 0; ///< type-2 rows deleted
    QStringList badges;       ///< serials of the badges the station now decides as badge-only
};

/// @brief How the template was obtained (the enrolments table and the audit say which).
enum class CaptureMethod { Camera, Photos };

/// @brief One enrolment attempt as recorded (success or failure to enrol).
struct EnrolmentAttempt {
    QDateTime at;
    QString agent;
    bool enrolled = false;
    QString reason; ///< the failure's id ("no_liveness"...), empty on success
    CaptureMethod method = CaptureMethod::Camera;
};

/// @brief The result of an enrolment: the consent recorded and the badge to print now.
struct Enrolment {
    qint64 consentId = 0;
    access::IssuedBadge badge;
};

/// @brief Consent, enrolment, failure to enrol and withdrawal (PRIVACY.md §2-3), each in one
/// transaction and audited. Type 1 puts the sealed template in the badge and keeps nothing; type 2
/// keeps it sealed under a key only the badge carries. A badge-only person gets the same badge
/// without template: nothing on it or at the gate singles them out.
class EnrolmentService final {
public:
    EnrolmentService(storage::Database &database, access::StationKeys &keys, access::CredentialStore &credentials, privacy::AuditLog &audit,
                     const common::Clock &clock);

    /// @brief Checks @p details for @p personId (active person; a minor's guardian and
    /// relationship; a paper form issued by the station for this person and not used yet); throws
    /// common::Refusal saying what is missing.
    void checkConsent(const QString &personId, const ConsentDetails &details);
    /// @brief Records the consent, stores or seals @p faceTemplate, revokes the person's previous
    /// badges and issues the new one. @p selfDistance: the largest distance from the template to
    /// its own captures (vision::selfMatch, checked before), for the audit line.
    Enrolment enrol(const QString &personId, const ConsentDetails &details, const biometrics::FaceTemplate &faceTemplate,
                    CaptureMethod method, double quality, int samples, const QString &actor,
                    std::optional<double> selfDistance = std::nullopt);
    /// @brief Records a failure to enrol (FTE) with its reason id ("self_mismatch": with the
    /// @p selfDistance that exceeded the bound, in the audit line); nothing else changes.
    void recordFailure(const QString &personId, const QString &reasonId, CaptureMethod method, int samples, const QString &actor,
                       std::optional<double> selfDistance = std::nullopt);
    /// @brief Withdraws the consent in force, at once and without reprinting: deletes the type-2
    /// template, and records against each badge the person holds that the station decides it as a
    /// badge-only badge from now on (CredentialStore::recordWithdrawal); a type-1 badge's template
    /// is ignored since no consent is in force. The badge keeps opening the gate, like any badge:
    /// no refusal, no alert. Audited (`consent.withdraw`). Throws common::Refusal when there is no
    /// consent to withdraw.
    ConsentWithdrawal withdrawConsent(const QString &personId, const QString &actor);
    /// @brief withdrawConsent(), then a new badge-only card for someone who asks for one (the
    /// earlier badge is revoked as "reissued", as for any re-issue). Throws common::Refusal when
    /// there is no consent to withdraw.
    access::IssuedBadge withdraw(const QString &personId, const QString &actor);
    /// @brief A badge without template (first badge, lost badge); revokes the previous ones. A
    /// person with a consent in force must be re-enrolled instead (their template is not kept).
    access::IssuedBadge issueBadgeOnly(const QString &personId, const QString &actor);

    std::vector<EnrolmentAttempt> attempts(const QString &personId);
    /// @brief Whether the database holds a (type-2, sealed) template of @p personId.
    bool holdsTemplate(const QString &personId);

    /// @brief The template a verified badge brings, for the 1:1 comparison: unsealed from the badge
    /// (type 1) or opened with the badge's secret (type 2). Nothing for a badge-only credential.
    /// Throws biometrics::TemplateError when it cannot be opened (other model, tampering).
    std::optional<biometrics::FaceTemplate> templateFor(const access::Credential &credential, const QByteArray &expectedModelId);

private:
    storage::Database &m_database;
    access::StationKeys &m_keys;
    access::CredentialStore &m_credentials;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::people
