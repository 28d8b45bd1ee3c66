// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credential.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief How a consent was collected (PRIVACY.md §3).
enum class ConsentChannel { InPerson, Paper };
QString channelId(ConsentChannel channel);
std::optional<ConsentChannel> channelFromId(const QString &id);

/// @brief The one purpose consent is asked for: the face lane at the gate.
inline constexpr QLatin1StringView faceLanePurpose{"gate_face_lane"};

/// @brief Why a consent ended. A withdrawal (or objection) is the person's choice; the others are lapses (privacy/consentlapse.h). Ids are
/// stored in consents.end_reason and the audit trail.
enum class ConsentEnd { Withdrawn, ExperimentEnded, SchoolYearEnded, CameOfAge };
QString consentEndId(ConsentEnd end);
std::optional<ConsentEnd> consentEndFromId(const QString &id);
/// @brief In words, translated ("end of the school year").
QString consentEndLabel(ConsentEnd end);

/// @brief A recorded consent, and its end (withdrawal or lapse) when there was one.
struct Consent {
    qint64 id = 0;
    QString personId;
    QString purpose;
    access::TemplateArchitecture architecture = access::TemplateArchitecture::OnBadge;
    QDateTime givenAt;
    QString givenBy;              ///< the person's own name (a minor agrees too)
    QString guardianName;         ///< a minor's legal representative
    QString guardianRelationship; ///< SIECLE CODE_PARENTE or free text
    ConsentChannel channel = ConsentChannel::InPerson;
    QString channelReference; ///< the paper form's reference
    QString agent;
    QDateTime withdrawnAt;
    QString withdrawnBy;
    ConsentEnd endReason = ConsentEnd::Withdrawn; ///< why it ended, once withdrawnAt is set
    bool active() const { return !withdrawnAt.isValid(); }
};

/// @brief Which consents a register lists.
enum class ConsentState { Any, InForce, Withdrawn };

/// @brief One line of the DPO's consent register: a consent and whom it concerns.
struct ConsentListing {
    Consent consent;
    QString personName;        ///< "FAMILY First"
    QString className;         ///< empty for staff
    QDate leftOn;              ///< invalid while the person is at school
    bool templateHeld = false; ///< a face template row exists for the person (never the template)
};

/// @brief Reads and writes consent records on the caller's connection; the services that call it
/// audit the operation.
class ConsentStore final {
public:
    explicit ConsentStore(storage::Database &database);

    /// @brief The person's consent in force, if any.
    std::optional<Consent> current(const QString &personId);
    std::vector<Consent> ofPerson(const QString &personId);
    /// @brief Person ids with a consent in force.
    QStringList consenting();
    /// @brief The register: every consent (newest first) of @p className's people (all classes when
    /// empty) in @p state.
    std::vector<ConsentListing> listing(const QString &className = {}, ConsentState state = ConsentState::Any);
    /// @brief Classes with at least one consent, sorted, for the register's filter.
    QStringList classesWithConsents();
    qint64 insert(const Consent &consent);
    /// @brief Ends consent @p id at @p at: withdrawn by @p by, or lapsed (@p by "system").
    void markEnded(qint64 id, const QDateTime &at, const QString &by, ConsentEnd reason = ConsentEnd::Withdrawn);

private:
    storage::Database &m_database;
};

} // namespace portique::privacy
