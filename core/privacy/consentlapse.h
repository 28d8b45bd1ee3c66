// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Consent that lapses (issue 15): a face-lane consent is not forever. It ends at the end of the
// declared experiment, at the end of the school year it was given for, and on the student's 18th
// birthday when a legal representative gave it (an adult consents for themself). The gate applies
// the rule at once (access/gatecheck.cpp: a lapsed consent is decided badge-only, like a withdrawn
// one, with no refusal and no alert); lapseConsents() then records it: the consent ends, type-2
// templates are deleted, badges are recorded badge-only, each one audited.

#include "consentstore.h"
#include "experimentdefinition.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace portique::people {
struct Person;
}
namespace portique::common {
class Clock;
}
namespace portique::station {
class SettingsStore;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief What the lapse rule needs besides the consent and its person.
struct LapseContext {
    std::optional<ExperimentDefinition> experiment; ///< none declared: no lapse for that reason
    int schoolYearEndMonth = 8;                     ///< badges.expiry_month
    QDate today;                                    ///< the station's local day
};

/// @brief Reads the context from the settings for @p today.
LapseContext lapseContext(station::SettingsStore &settings, const QDate &today);

/// @brief Why @p consent is no longer in force on the context's day, or nothing while it is. The
/// first reached reason wins when several apply.
std::optional<ConsentEnd> consentLapse(const Consent &consent, const people::Person &person, const LapseContext &context);

/// @brief One consent lapsed by a run.
struct LapsedConsent {
    qint64 consentId = 0;
    QString personId;
    ConsentEnd reason = ConsentEnd::SchoolYearEnded;
    int templatesDeleted = 0;
    QStringList badges; ///< serials now decided badge-only
};

/// @brief The consents in force whose term is past at the clock's now (nothing changed).
std::vector<LapsedConsent> dueLapses(storage::Database &database, const common::Clock &clock);

/// @brief Ends every consent in force whose term is past, in one transaction: marks it ended with
/// its reason, deletes the person's server-side templates, records their badges badge-only
/// (CredentialStore::recordWithdrawal) and audits "consent.lapse" per consent under @p actor. Run
/// by every retention purge (privacy/purge.h) before its batches.
std::vector<LapsedConsent> lapseConsents(storage::Database &database, const common::Clock &clock,
                                         const QString &actor = QStringLiteral("system"));

} // namespace portique::privacy
