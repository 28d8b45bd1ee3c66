// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
class DatabaseKey;
} // namespace portique::storage

namespace portique::privacy {

/// @brief One line of the audit trail as stored.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime at;
    QString actor;  ///< login of the user, or "system"
    QString action; ///< dotted verb, e.g. "user.add", "login.failed"
    QString object; ///< what the action was about (a login, a setting key, a pseudonymous id)
    QJsonObject details;
    QByteArray hash;
    qint64 redactedBy = 0; ///< the "subject.erase" record that blanked object and details; 0: never
};

/// @brief The action of the one record a subject erasure leaves (AuditLog::appendErasure).
inline constexpr QLatin1StringView erasureAuditAction{"subject.erase"};
/// @brief The action of the record each retention purge leaves; it names the anchor.
inline constexpr QLatin1StringView purgeAuditAction{"retention.purge"};
/// @brief The action of the record that converts a trail written before issue 17 (unkeyed head and
/// links) to the keyed chain; the only place where keyed records may follow unkeyed ones.
inline constexpr QLatin1StringView rekeyAuditAction{"audit.rekey"};

/// @brief Where the trail starts once the retention purge dropped its oldest records: the last
/// dropped record's sequence number and link hash.
struct AuditAnchor {
    qint64 seq = 0;
    QByteArray hash;
};

/// @brief What AuditLog::verify found.
struct AuditVerification {
    bool intact = true;
    qint64 checked = 0;        ///< records walked
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    QString problem;           ///< translated sentence naming the first broken link
};

/// @brief Which records AuditLog::search returns, newest first.
struct AuditQuery {
    /// Actions ("settings.change") or groups ("login" matches "login.ok", "login.failed"...);
    /// empty: every action.
    QStringList actions;
    QString text;   ///< contained in the actor, the object or the details (case and accents ignored); empty: any
    QDateTime from; ///< inclusive; invalid: from the start
    QDateTime to;   ///< exclusive; invalid: up to now
    int limit = 200;
    int offset = 0;
};

/// @brief The tamper-evident audit trail (a BLAKE2b-256 hash chain, keyed since issue 17).
///
/// Each record stores content_hash = H(seq, time, actor, action, object, details) and
/// hash = MAC(previous hash, content_hash); the head row holds the last sequence number and a MAC
/// of its link, so an edited, deleted, reordered or truncated record breaks verify() at the first
/// affected place, and an end of trail rewritten without the database key is found. The MAC key
/// is derived from the database key and never stored (docs/audit-chain.md). A trail written
/// before issue 17 (unkeyed) verifies the old way and is converted by the next append, which
/// first writes an "audit.rekey" record. The two-level hash lets a later erasure blank a record's
/// text while keeping its content_hash (docs/privacy-operations.md). Works on the caller's
/// connection and thread; append() should run in the same transaction as the action it records.
class AuditLog final {
public:
    AuditLog(storage::Database &database, const common::Clock &clock);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    /// @brief Appends a record; returns its sequence number.
    qint64 append(const QString &actor, const QString &action, const QString &object, const QJsonObject &details = {});
    /// @brief Walks the whole chain from the first record.
    AuditVerification verify();
    /// @brief Newest first, @p limit records from @p offset.
    QList<AuditRecord> newest(int limit, int offset = 0);
    /// @brief The records @p query selects, newest first.
    QList<AuditRecord> search(const AuditQuery &query);
    qint64 count();
    /// @brief The record @p seq as stored (its link hash included), if the trail holds it.
    std::optional<AuditRecord> record(qint64 seq);
    /// @brief The highest sequence number in the trail; 0 when it holds none.
    qint64 lastSeq();

    /// @brief Erasure: blanks the object and details of the records @p seqs (they named an erased
    /// subject) and appends, in the same transaction, the one "subject.erase" record by @p actor
    /// that vouches for them (how many, and a digest of which). Returns that record's seq. The
    /// blanked records keep their link (content_hash) and a redaction hash over what they still
    /// say (seq, time, actor, action), so verify() still checks them; the erasure record's digest
    /// covers their numbers and those redaction MACs.
    qint64 appendErasure(const QString &actor, const QList<qint64> &seqs);
    /// @brief Retention: deletes at most @p limit of the oldest records, those written before
    /// @p cutoff with only such records before them (the chain is only ever cut at its start),
    /// and moves the anchor to the last one deleted; returns how many. Call it inside the
    /// transaction that then appends the purge record with anchorDetails(): verify() wants the
    /// newest purge record to name the anchor.
    int dropOldest(const QDateTime &cutoff, int limit);
    /// @brief How many records dropOldest() would delete without a limit (a dry run).
    qint64 countDroppable(const QDateTime &cutoff);
    std::optional<AuditAnchor> anchor();
    /// @brief {"anchor_seq", "anchor_hash"} of the current anchor, empty without one.
    QJsonObject anchorDetails();

private:
    /// What walk() found, and whether every record was written before issue 17 (unkeyed).
    struct Walk {
        AuditVerification result;
        bool legacy = false;
        /// Records erased by erasures written before issue 17, with their unkeyed redaction hashes.
        QList<std::pair<qint64, QByteArray>> oldErased;
    };
    /// The end of the trail, and whether the head vouches for it.
    struct End {
        enum class Head {
            Fresh,     ///< no record, no head: a new trail
            Vouches,   ///< the head's MAC covers the last record's number and link
            Legacy,    ///< the head repeats the last link, as before issue 17
            Unvouched, ///< anything else: the end of the trail was changed without the key
        };
        qint64 seq = 0;  ///< the highest number the trail or its head remembers
        QByteArray link; ///< the link at seq; empty when neither a record nor the anchor holds it
        Head head = Head::Fresh;
    };
    Walk walk(); ///< in auditverify.cpp
    End end();
    /// The end to append after. A trail written before issue 17 (unkeyed) that verifies the old
    /// way is converted first: the "audit.rekey" record is appended and is that end.
    End endForAppend();
    /// Appends one keyed record after @p last; returns the new end.
    End appendKeyed(const End &last, const QString &actor, const QString &action, const QString &object, const QJsonObject &details,
                    bool legacyVerified = false);
    QByteArrayView key();

    storage::Database &m_database;
    const common::Clock &m_clock;
    std::unique_ptr<storage::DatabaseKey> m_key; ///< derived at first use, wiped on destruction
};

} // namespace portique::privacy
