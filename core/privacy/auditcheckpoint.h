// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief The format of the checkpoint files this build writes, and the newest it reads.
inline constexpr int checkpointFormat = 1;
/// @brief The action of the record a checkpoint leaves in the trail (the seq and hash it signed).
inline constexpr QLatin1StringView checkpointAuditAction{"audit.checkpoint"};

/// @brief A signed checkpoint of the audit trail: "record seq had link hash H at that time",
/// signed with the station's Ed25519 key. Kept off the station, it shows a trail that was later
/// rewritten, cut short or brought back from an older backup, even by someone holding the
/// database key (docs/audit-chain.md).
struct AuditCheckpoint {
    int format = checkpointFormat;
    QByteArray keyId;     ///< 4 bytes: the station key's id, as printed in badges
    QByteArray publicKey; ///< 32 bytes: the key that signed, so the file can be checked anywhere
    qint64 seq = 0;       ///< the last record when the checkpoint was taken
    QByteArray hash;      ///< that record's link hash
    QDateTime at;         ///< when (UTC, the station's clock)
    QByteArray signature; ///< 64 bytes, Ed25519 over signedMessage()

    /// @brief The exact bytes the signature covers: seven lines of text, each ending in "\n":
    /// "portique audit checkpoint", "format 1", "key_id <hex>", "public_key <hex>", "seq <n>",
    /// "hash <hex>", "at <ISO 8601 UTC with ms>".
    QByteArray signedMessage() const;
};

/// @brief What comparing the trail with a checkpoint found.
enum class CheckpointVerdict {
    Consistent,         ///< the record is there with the signed hash, and the whole trail verifies
    Truncated,          ///< the signed record is gone and the trail shows records were removed
    RestoredFromBackup, ///< the trail is intact but ends before the signed record
    Rewritten,          ///< the signed record is there with another hash
    CutByRetention,     ///< the retention purge dropped the signed record since
    ChainBroken,        ///< the signed record is there unchanged, but the trail is broken elsewhere
    SignatureInvalid,   ///< the file was altered after it was signed, or damaged
    ForeignKey,         ///< signed, but not with any key this station ever had
    Unreadable,         ///< not a checkpoint file this build can read
};

/// @brief The verdict, its translated sentence, and the checkpoint as read.
struct CheckpointCheck {
    CheckpointVerdict verdict = CheckpointVerdict::Unreadable;
    QString sentence;
    AuditCheckpoint checkpoint;
};

/// @brief A stable id for the command line's JSON ("consistent", "truncated"...).
QString checkpointVerdictId(CheckpointVerdict verdict);

/// @brief Verifies the whole trail and, when it is intact, signs its last record with the
/// station's signing key (created if it has none), writes the checkpoint to @p path (a new file,
/// mode 0600, never replacing one) and appends an "audit.checkpoint" record by @p actor naming
/// what was signed, in one transaction. Throws common::Refusal with a translated message when
/// the trail is broken or empty, or the file cannot be written; nothing is then recorded.
AuditCheckpoint writeCheckpoint(storage::Database &database, const common::Clock &clock, const QString &path, const QString &actor);

/// @brief Compares the trail with the checkpoint in @p path (see CheckpointVerdict). When it is
/// consistent and @p actor is not empty, appends an "audit.verify" record naming the checkpoint.
/// Never throws for a bad file: that is the Unreadable verdict.
CheckpointCheck verifyAgainstCheckpoint(storage::Database &database, const common::Clock &clock, const QString &path,
                                        const QString &actor = {});

} // namespace portique::privacy
