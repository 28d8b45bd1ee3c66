// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The forget ledger (issue 17 #18, docs/privacy-operations.md "What survives a restore"): a small
// append-only file beside the database that remembers every erasure and every badge or pass
// revocation, so that putting an older copy of the database back cannot bring an erased person
// or a revoked badge back to life (privacy/restorereplay.h replays it at every open). It holds no
// name and no id: each line is a keyed hash (BLAKE2b) of the erased subject's id or of the revoked
// serial, with the time, and a MAC chained from the line before, so an edited, removed, reordered
// or foreign line is found. Both keys are derived from the database's key. It sits at the level
// of the audit trail: it depends on storage only, and the stores that revoke call it.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief What a ledger line says happened to the hashed id.
enum class ForgetKind {
    Erasure,    ///< a person or visitor (their id) was erased
    Revocation, ///< a badge or visitor pass (its serial) was revoked
    Withdrawal, ///< the consent of a badge's holder (its serial) was withdrawn: decided badge-only
};

/// @brief One verified line of the ledger.
struct ForgetEntry {
    ForgetKind kind = ForgetKind::Erasure;
    QDateTime at;   ///< UTC, when the database committed it
    QByteArray tag; ///< ForgetLedger::tag() of the id or serial
};

/// @brief The ledger as read and checked against the database's memory of it.
struct LedgerRead {
    std::vector<ForgetEntry> entries; ///< the lines that verify, in order (all of them when intact)
    bool exists = false;              ///< the file is there
    bool damaged = false;
    qint64 firstBadLine = 0;  ///< 1 is the header; 0 when the damage is a missing or cut ledger
    QString problem;          ///< translated sentence, empty when intact
    QByteArray lastMac;       ///< the MAC the next line chains from
    qint64 completeBytes = 0; ///< the file's bytes up to its last complete line
};

/// @brief What flush() did: lines appended, lines still waiting, and why when it could not.
struct LedgerFlush {
    int written = 0;
    int pending = 0;
    QString error; ///< translated; empty when everything pending is in the file
    bool ok() const { return error.isEmpty(); }
};

/// @brief The forget ledger of one database, on the caller's connection and thread.
///
/// record() runs inside the erasure's or revocation's own transaction and only adds a row to
/// forget_pending; once the outermost transaction commits (storage::Database::afterCommit) the
/// pending rows are appended to the file, fsync'ed, then deleted. A failed append (disk full,
/// read-only folder, damaged ledger) keeps them in the database: it is logged, raises one open
/// "forget_ledger_unwritten" alert, and is retried by every later flush and at the next open.
class ForgetLedger final {
public:
    explicit ForgetLedger(storage::Database &database);
    ~ForgetLedger();
    ForgetLedger(const ForgetLedger &) = delete;
    ForgetLedger &operator=(const ForgetLedger &) = delete;

    /// @brief Where the ledger of the database at @p databasePath lives: beside it, named after it
    /// ("portique.db" -> "portique.forget-ledger"), outside any "portique.db*" backup pattern.
    static QString pathFor(const QString &databasePath);
    QString path() const { return m_path; }

    /// @brief The keyed hash a line holds for @p id (a subject id, or a serial in hex).
    QByteArray tag(ForgetKind kind, const QString &id) const;
    /// @brief Records, in the caller's transaction, that @p id was erased or revoked now; the line
    /// reaches the file once the outermost transaction commits (its failure is logged and raises
    /// the "forget_ledger_unwritten" alert, with @p clock's time).
    void record(ForgetKind kind, const QString &id, const common::Clock &clock);
    /// @brief Appends every pending line to the file. Call it outside any transaction (pending
    /// lines of an uncommitted change must not reach the file). Never throws.
    LedgerFlush flush();
    /// @brief How many lines wait in the database for the file.
    int pendingCount();
    /// @brief Reads and verifies the file, and compares it with the length and last MAC the
    /// database remembers (a ledger cut short, replaced or deleted is damaged).
    LedgerRead read();
    /// @brief After a damaged read(): moves the file aside (returned path, kept for the DPO) and
    /// writes a new ledger holding the lines that verified; the database remembers its new length.
    /// Throws std::runtime_error (translated) when the folder cannot be written.
    QString repair(const LedgerRead &damaged);

private:
    QByteArray mac(const QByteArray &previous, const QByteArray &text) const;
    QByteArray header() const;
    void rememberHead(qint64 entries, const QByteArray &lastMac);

    storage::Database &m_database;
    QString m_path;
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

/// @brief The ledger's kind word ("erase", "revoke").
QString forgetKindId(ForgetKind kind);

} // namespace portique::privacy
