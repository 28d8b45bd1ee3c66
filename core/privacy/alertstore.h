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

/// @brief Something an agent must see and acknowledge (issue 7 adds the visitors' kinds).
struct Alert {
    qint64 id = 0;
    QDateTime at;
    QString kind;      ///< "invalid_credential" (forged, altered, expired, revoked, unknown code at a lane)
    QString lane;
    qint64 eventId = 0;
    QString personId;  ///< when the code named someone
    QString details;   ///< the reason id ("revoked"...)
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString note;
    bool open() const { return !acknowledgedAt.isValid(); }
};

/// @brief Raises, lists and acknowledges alerts on the caller's connection, each audited.
class AlertStore final {
public:
    AlertStore(storage::Database &database, AuditLog &audit, const common::Clock &clock);

    qint64 raise(const QString &kind, const QString &lane, qint64 eventId, const QString &personId, const QString &details);
    /// @brief Acknowledges alert @p id with the agent's @p note (required); common::Refusal when
    /// unknown, already acknowledged, or without a note.
    void acknowledge(qint64 id, const QString &note, const QString &agent);
    /// @brief Open alerts first (newest first), then the last acknowledged ones, @p limit in all.
    std::vector<Alert> recent(int limit);
    int openCount();

private:
    storage::Database &m_database;
    AuditLog &m_audit;
    const common::Clock &m_clock;
};

/// @brief The refusal reasons that raise an "invalid_credential" alert at a lane.
bool raisesAlert(const QString &reasonId);

} // namespace portique::privacy
