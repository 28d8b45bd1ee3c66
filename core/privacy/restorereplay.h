// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// What every opening of the station's database does before the lanes open (issue 17 #18): the
// forget ledger beside the file (privacy/forgetledger.h) is compared with the database, and what
// it says was erased or revoked but the database still holds (an older copy was put back) is done
// again, through the same core functions as the first time: Erasure::erase,
// CredentialStore::revoke, VisitorService::checkOut. Both programs call it: the GUI in the
// launcher's first job on the writer, portiquectl in CliContext::database().

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief The audit action of the one record a replay that did something leaves.
inline constexpr QLatin1StringView restoreReplayAuditAction{"restore.replay"};
/// @brief The audit action recorded when the ledger is found damaged (an alert is raised too).
inline constexpr QLatin1StringView ledgerDamagedAuditAction{"forget_ledger.damaged"};

/// @brief What replayForgetLedger() found and did.
struct ReplayReport {
    int erased = 0;           ///< people and visitors erased again
    int revoked = 0;          ///< badges revoked again
    int checkedOut = 0;       ///< visitors whose pass had been revoked, checked out again
    int withdrawn = 0;        ///< people whose withdrawn consent was withdrawn again
    QStringList failures;     ///< translated, one per thing that could not be done again
    qint64 ledgerEntries = 0; ///< verified lines of the ledger
    int flushed = 0;          ///< lines that waited in the database, written at this open
    QString flushError;       ///< translated: lines that still could not be written
    bool damaged = false;
    QString damage;      ///< translated: what is wrong with the ledger
    QString keptAs;      ///< where the damaged ledger was moved for the DPO (empty: it was missing)
    qint64 auditSeq = 0; ///< the "restore.replay" record; 0 when nothing needed replaying

    bool replayed() const { return erased + revoked + checkedOut + withdrawn > 0 || !failures.isEmpty(); }
    /// @brief Whether the person starting the station must be told (replayed, damaged, unwritten).
    bool worthTelling() const { return replayed() || damaged || !flushError.isEmpty(); }
    /// @brief What happened, in a few translated sentences for a message box or stderr.
    QString summary() const;
    QJsonObject toJson() const;
};

/// @brief Checks the forget ledger against the database on @p database (the writer, before any
/// lane decides) and replays what a restored copy brought back. A damaged ledger does not stop the
/// station (the gate must keep working): it is moved aside, its verified lines carried into a new
/// one, a "forget_ledger_damaged" alert raised and the fact audited. A replay that did something
/// appends "restore.replay" (counts only) and raises a "restore_replay" alert for the DPO.
/// Throws only storage errors of the database itself.
ReplayReport replayForgetLedger(storage::Database &database, const common::Clock &clock);

} // namespace portique::privacy
