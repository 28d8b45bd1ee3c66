// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "databasekey.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace portique::storage {

/// @brief SQL NULL for empty text (a date not set), the text otherwise: a QString, even a null
/// one, binds as text.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

class Database;

/// @brief A prepared statement of one Database; used on that connection's thread only.
class Statement final {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    /// @brief Binds a value to ?N (1-based). Null, integers, bools, strings and byte arrays are supported.
    Statement &bind(int index, const QVariant &value);
    /// @brief Steps once; true while a row is available. Errors throw StorageError.
    bool next();
    /// @brief Steps until done; returns the number of rows changed.
    int run();

    bool isNull(int column) const;
    qint64 toInt64(int column) const;
    double toDouble(int column) const;
    QString toText(int column) const;
    QByteArray toBlob(int column) const;

private:
    friend class Database;
    Statement(Database &database, sqlite3_stmt *statement);
    Database &m_database;
    sqlite3_stmt *m_statement;
};

/// @brief One SQLCipher connection. Not thread-safe: use it from the thread that opened it
/// (DatabaseThread gives each connection its own thread).
class Database final {
public:
    enum class OpenMode {
        CreateNew,  ///< the file must not exist yet
        Existing,   ///< the file must exist
    };

    /// @brief Opens (or creates) the encrypted file, checks that SQLCipher is active and the key right,
    /// sets WAL, foreign keys and secure delete, then applies pending migrations.
    /// A wrong key or a damaged file throws StorageError and leaves the file byte for byte untouched.
    static std::unique_ptr<Database> open(const QString &path, const DatabaseKey &key, OpenMode mode);
    /// @brief As open(), but stops the migrations at @p schemaVersion (tests of each migration).
    static std::unique_ptr<Database> openAtVersion(const QString &path, const DatabaseKey &key, OpenMode mode,
                                                   int schemaVersion);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Statement prepare(const QString &sql);
    /// @brief Runs one statement with positional parameters; returns the rows changed.
    int execute(const QString &sql, std::initializer_list<QVariant> parameters = {});
    /// @brief The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> parameters = {});
    /// @brief Runs @p work inside BEGIN IMMEDIATE / COMMIT; any exception rolls back and is rethrown.
    void transaction(const std::function<void()> &work);
    qint64 lastInsertId() const;
    /// @brief Folds the write-ahead log into the file and empties it, so that no older copy of
    /// deleted rows (a withdrawn template, an erased person) stays in the WAL; secure_delete has
    /// already overwritten them in the file. Pages left empty go back to the file system first when
    /// the file was created with incremental auto-vacuum (every file since issue 9). Inside a
    /// transaction, done when the outermost commits.
    /// Throws StorageError CleanupIncomplete when the log could not be emptied (a reader held an
    /// older snapshot for 2 s) or the cleanup failed: the change IS committed, but traces remain
    /// until a later forgetDeleted(), or the next open or close of the file, folds the log.
    void forgetDeleted();

    /// @brief A 32-byte key for one purpose derived from this database's key (DatabaseKey::derive),
    /// for what lives outside the file yet must be bound to it (privacy/forgetledger.h). Every
    /// connection to the file derives the same key; the database key itself is not kept.
    DatabaseKey derivedKey(std::uint64_t subkeyId, const char (&context)[9]) const;
    /// @brief Runs @p work once the outermost transaction has committed (at once outside one),
    /// never when that transaction, or the savepoint @p work was given in, rolls back: for what
    /// must follow a committed change but cannot be part of it (a file outside the database).
    /// @p work must not throw (the change has committed); an exception it lets out is logged.
    void afterCommit(std::function<void()> work);

    QString path() const { return m_path; }
    /// @brief SQLCipher's version as reported by PRAGMA cipher_version (never empty once open).
    QString cipherVersion() const { return m_cipherVersion; }
    int schemaVersion();

    /// @brief Converts the connection's last error into a StorageError (used by Statement).
    [[noreturn]] void throwLastError(int code, const QString &context) const;

private:
    Database(sqlite3 *handle, QString path);
    /// Tries @p key on the main file alone (no WAL, no write), so a wrong key changes nothing.
    static void verifyKeyOnMainFile(const QString &path, const DatabaseKey &key);
    void unlock(const DatabaseKey &key);
    void configure();
    /// Checkpoints (TRUNCATE), letting the busy handler retry for @p waitMs; SQLITE_OK only when
    /// the WAL was emptied into the file.
    int foldLog(int waitMs) noexcept;
    sqlite3 *m_handle;
    QString m_path;
    QString m_cipherVersion;
    bool m_forgetPending = false;
    bool m_foldPending = false; ///< a forgetDeleted() could not empty the WAL: retried at close
    int m_transactionDepth = 0;
    std::unique_ptr<DatabaseKey> m_derivationKey;                     ///< derives derivedKey()s; not the database key
    std::vector<std::pair<int, std::function<void()>>> m_afterCommit; ///< (depth given at, work)
};

} // namespace portique::storage
