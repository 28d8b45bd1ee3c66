// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief One line of the audit trail as stored.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime at;
    QString actor;   ///< login of the user, or "system"
    QString action;  ///< dotted verb, e.g. "user.add", "login.failed"
    QString object;  ///< what the action was about (a login, a setting key, a pseudonymous id)
    QJsonObject details;
    QByteArray hash;
};

/// @brief What AuditLog::verify found.
struct AuditVerification {
    bool intact = true;
    qint64 checked = 0;        ///< records walked
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    QString problem;           ///< translated sentence naming the first broken link
};

/// @brief The tamper-evident audit trail (a BLAKE2b-256 hash chain).
///
/// Each record stores content_hash = H(seq, time, actor, action, object, details) and
/// hash = H(previous hash, content_hash); a head row repeats the last sequence number and hash, so
/// an edited, deleted, reordered or truncated record breaks verify() at the first affected place.
/// The two-level hash lets a later erasure blank a record's text while keeping its content_hash
/// (see docs/audit-chain.md). Works on the caller's connection and thread; append() should run in the
/// same transaction as the action it records.
class AuditLog final {
public:
    AuditLog(storage::Database &database, const common::Clock &clock);

    /// @brief Appends a record; returns its sequence number.
    qint64 append(const QString &actor, const QString &action, const QString &object,
                  const QJsonObject &details = {});
    /// @brief Walks the whole chain from the first record.
    AuditVerification verify();
    /// @brief Newest first, @p limit records from @p offset.
    QList<AuditRecord> newest(int limit, int offset = 0);
    qint64 count();

private:
    storage::Database &m_database;
    const common::Clock &m_clock;
};

} // namespace portique::privacy
