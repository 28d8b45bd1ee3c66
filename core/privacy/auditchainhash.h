// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace portique::storage {
class Database;
class DatabaseKey;
} // namespace portique::storage

/// @brief The hashes of the audit chain (BLAKE2b-256, every piece length-prefixed), unkeyed as
/// Portique wrote them before issue 17 and keyed since (docs/audit-chain.md gives each one).
/// Used by AuditLog and the checkpoints; nothing else should compute them.
namespace portique::privacy::chainhash {

inline constexpr qsizetype size = 32;

/// @brief The chain's key: derived from the database key (Database::derivedKey, crypto_kdf),
/// never stored. Whoever can write the tables without the database key cannot compute it.
storage::DatabaseKey macKey(const storage::Database &database);
/// @brief A view of @p key's 32 bytes.
QByteArrayView view(const storage::DatabaseKey &key);

/// @brief 32 zero bytes: what the first record links to.
QByteArray genesis();
/// @brief H(seq, time, actor, action, object, details): what a record says.
QByteArray content(qint64 seq, const QString &at, const QString &actor, const QString &action, const QString &object,
                   const QByteArray &details);

/// @brief The link of a record written before issue 17: H(previous link, content).
QByteArray legacyLink(const QByteArray &previous, const QByteArray &content);
/// @brief The link of a record written since: MAC(previous link, content).
QByteArray keyedLink(QByteArrayView key, const QByteArray &previous, const QByteArray &content);

/// @brief The head's value: MAC(last seq, its link). Before issue 17 the head repeated the link.
QByteArray headMac(QByteArrayView key, qint64 seq, const QByteArray &link);
/// @brief The value an append leaves in a head that did not vouch for the end of the trail: it is
/// neither a valid head nor the old form, so the break stays visible and is named by verify().
QByteArray unvouchedHead(QByteArrayView key, qint64 seq, const QByteArray &link);

/// @brief What an erased record still says (seq, time, actor, action, erasure record), unkeyed as
/// before issue 17.
QByteArray legacyRedaction(qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by);
/// @brief The same, keyed.
QByteArray redactionMac(QByteArrayView key, qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by);

/// @brief The digest an erasure record written before issue 17 gives of the records it blanked:
/// H(their seqs).
QByteArray legacyErasureDigest(const QList<qint64> &seqs);
/// @brief Since issue 17: MAC(count, then each blanked record's seq and redaction MAC), so the
/// erasure record, itself in the chain, covers the time, actor and action they still show.
QByteArray erasureMac(QByteArrayView key, const QList<std::pair<qint64, QByteArray>> &blanked);
/// @brief What the "audit.rekey" record says of the records erased before it (whose redaction and
/// erasure digest are unkeyed): MAC(count, then each one's seq and redaction hash), so from the
/// conversion on, rewriting what they still show is found as for records erased since.
QByteArray conversionMac(QByteArrayView key, const QList<std::pair<qint64, QByteArray>> &erased);

} // namespace portique::privacy::chainhash
