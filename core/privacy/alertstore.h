// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDateTime>
#include <QString>

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

namespace portique::privacy {

/// @brief Something an agent must see and acknowledge. Kinds: "invalid_credential" (a forged,
/// altered, expired, revoked or unknown badge at a lane), "invalid_pass" (the same for a visitor
/// pass), "restricted_zone" (a visitor seen where their pass does not allow; lane = the camera,
/// details = the zone), "overstay" (details = the expected departure), "watchlist" (a confirmed
/// watchlist hit at registration; details = the watchlist entry id).
struct Alert {
    qint64 id = 0;
    QDateTime at;
    QString kind;
    QString lane;      ///< the lane or camera where it happened
    qint64 eventId = 0;
    QString personId;  ///< when the code named someone
    QString details;   ///< the reason id ("revoked"...)
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString note;
    QString visitorId; ///< when it concerns a visitor
    bool open() const { return !acknowledgedAt.isValid(); }
};

/// @brief Raises, lists and acknowledges alerts on the caller's connection, each audited.
class AlertStore final {
public:
    AlertStore(storage::Database &database, AuditLog &audit, const common::Clock &clock);

    qint64 raise(const QString &kind, const QString &lane, qint64 eventId, const QString &personId, const QString &details);
    /// @brief An alert about a visitor (@p visitorId may be empty: an unknown pass, a refused
    /// registration), seen at @p where (a lane, a camera, or empty).
    qint64 raiseForVisitor(const QString &kind, const QString &visitorId, const QString &where, const QString &details,
                           qint64 eventId = 0);
    std::optional<Alert> find(qint64 id);
    /// @brief Acknowledges alert @p id with the agent's @p note (required); common::Refusal when
    /// unknown, already acknowledged, or without a note.
    void acknowledge(qint64 id, const QString &note, const QString &agent);
    /// @brief Open alerts first (newest first), then the last acknowledged ones, @p limit in all.
    std::vector<Alert> recent(int limit);
    int openCount();

private:
    qint64 insert(const QString &kind, const QString &lane, qint64 eventId, const QString &personId, const QString &visitorId,
                  const QString &details);

    storage::Database &m_database;
    AuditLog &m_audit;
    const common::Clock &m_clock;
};

/// @brief An alert kind in words ("Restricted zone"), translated; the id itself when unknown.
QString alertKindLabel(const QString &kind);

/// @brief The refusal reasons that raise an "invalid_credential" alert at a lane.
bool raisesAlert(const QString &reasonId);

} // namespace portique::privacy
