// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "passage.h"

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

/// @brief Why an agent overrides a decision (UI.md: "dérogation", "motif"). "wrong_match" counts
/// false matches for the evaluation report; "face_not_matched" counts false non-matches.
enum class OverrideReason { BadgeForgotten, KnownPerson, CameraMisread, FaceNotMatched, WrongMatch, Other };
QString overrideReasonId(OverrideReason reason);
std::optional<OverrideReason> overrideReasonFromId(const QString &id);
QString overrideReasonLabel(OverrideReason reason);
QList<OverrideReason> overrideReasons();

struct OverrideRecord {
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime at;
    QString agent;
    Outcome outcome = Outcome::Granted; ///< what the agent decided instead
    QString reason;                     ///< an OverrideReason id
    QString note;
};

/// @brief An access event as stored: no face, no template, no image; the person by id.
struct AccessEvent {
    qint64 id = 0;
    QDateTime at;
    QString lane;
    CredentialMethod method = CredentialMethod::Scanner;
    QString personId;
    QString visitorId; ///< a visitor pass's holder
    QString serial;
    Outcome outcome = Outcome::CheckByHand;
    QStringList reasons;
    bool faceLane = false;
    std::optional<double> distance;
    std::optional<double> quality;
    std::optional<bool> liveness;
    qint64 latencyMs = 0;
    QString agent;
    std::optional<OverrideRecord> override_;
    /// @brief The outcome that counted: the agent's when overridden.
    Outcome finalOutcome() const { return override_ ? override_->outcome : outcome; }
};

/// @brief The alert a decided passage raises, "" for none: `passback` for a badge just used at
/// another lane; `invalid_pass` / `invalid_credential` for a refusal privacy::raisesAlert names.
QString alertKindOf(const Passage &passage);

/// @brief Writes and reads access events and overrides on the caller's connection (the single
/// writer), each with its audit line in the same transaction.
class EventStore final {
public:
    EventStore(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock);

    /// @brief Writes the passage's event, the alert it raises (alertKindOf) and its audit line, in one transaction.
    qint64 record(const Passage &passage, const QString &agent);
    /// @brief Links an override to event @p eventId (one per event: a second one replaces nothing
    /// and is refused with common::Refusal). An "other" reason needs a note.
    qint64 addOverride(qint64 eventId, Outcome outcome, OverrideReason reason, const QString &note, const QString &agent);
    std::optional<AccessEvent> find(qint64 id);
    /// @brief Newest first; @p lane empty: every lane.
    std::vector<AccessEvent> recent(const QString &lane, int limit);
    /// @brief Every event in [@p from, @p to), oldest first (reports).
    std::vector<AccessEvent> between(const QDateTime &from, const QDateTime &to);
    /// @brief Events of @p lane (empty: all) since @p since.
    int countSince(const QString &lane, const QDateTime &since);

private:
    storage::Database &m_database;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::access
