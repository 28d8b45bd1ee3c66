// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "database.h"

#include "migrations.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QUrl>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
#include <sodium.h>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portique::storage {
namespace {
Q_LOGGING_CATEGORY(storageLog, "portique.storage")
}

namespace {

// How long a reader or the writer waits for the other's lock before reporting "busy". WAL lets
// readers run beside the single writer, so only checkpoints contend; 5 s is far beyond any of ours.
constexpr int busyTimeoutMs = 5000;

// SQLCipher 3's page size; every database it writes is at least one page long.
constexpr qint64 minimumDatabaseSize = 1024;

// How long forgetDeleted() lets SQLite's busy handler retry a checkpoint that a reader's older
// snapshot blocks. Short on purpose: the change has committed and an operator is waiting; a reader
// still holding its snapshot after 2 s is a long report or another process, and the next open,
// close or forgetDeleted() folds the log instead (the caller is told so, never "done").
constexpr int checkpointWaitMs = 2000;

// The key probe reads the main file without locks (immutable=1), so a checkpoint writing page 1 at
// that moment could show it half written; one retry after this pause tells that from a wrong key.
constexpr unsigned long keyProbeRetryMs = 50;

bool isPlainSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

// --- Statement -------------------------------------------------------------------------------

Statement::Statement(Database &database, sqlite3_stmt *statement)
    : m_database(database)
    , m_statement(statement)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(m_statement, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob64(m_statement, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                 SQLITE_TRANSIENT);
        break;
    }
    default: {
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
            break;
        }
        const QByteArray utf8 = value.toString().toUtf8();
        rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                 SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
    if (rc != SQLITE_OK)
        m_database.throwLastError(rc, QCoreApplication::translate("Storage", "binding a value"));
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_database.throwLastError(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
}

int Statement::run()
{
    while (next()) {
    }
    return sqlite3_changes(sqlite3_db_handle(m_statement));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::toInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::toDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::toText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::toBlob(int column) const
{
    const void *blob = sqlite3_column_blob(m_statement, column);
    return blob ? QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

// --- Database --------------------------------------------------------------------------------

Database::Database(sqlite3 *handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    // Closing folds the WAL only when this is the last connection to the file; another one (the
    // GUI's, portiquectl's) would keep erased rows' old pages in it, so try once more here.
    if (m_foldPending)
        foldLog(0);
    sqlite3_close_v2(m_handle);
}

std::unique_ptr<Database> Database::open(const QString &path, const DatabaseKey &key, OpenMode mode)
{
    return openAtVersion(path, key, mode, Migrations::latestVersion());
}

std::unique_ptr<Database> Database::openAtVersion(const QString &path, const DatabaseKey &key, OpenMode mode,
                                                  int schemaVersion)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::Existing && !exists)
        throw StorageError(StorageErrorKind::NotFound, QCoreApplication::translate("Storage", "The database %1 does not exist.").arg(path));
    if (mode == OpenMode::CreateNew && exists)
        throw StorageError(StorageErrorKind::AlreadyExists,
                           QCoreApplication::translate("Storage", "The database %1 already exists; it is never overwritten.").arg(path));
    // SQLite takes a file shorter than its header for a new, empty database and would write into it;
    // an existing Portique database is never that small (one page is 1 KiB).
    if (mode == OpenMode::Existing && QFileInfo(path).size() < minimumDatabaseSize)
        throw StorageError(StorageErrorKind::WrongKey,
                           QCoreApplication::translate("Storage", "%1 is too short to be a Portique database: damaged or not a database. The file was "
                              "not modified.")
                               .arg(path));
    if (exists && isPlainSqliteFile(path))
        throw StorageError(StorageErrorKind::NotEncrypted,
                           QCoreApplication::translate("Storage", "%1 is an unencrypted SQLite file; Portique only opens encrypted databases.").arg(path));

    if (mode == OpenMode::CreateNew) {
        // Encrypted or not, the station's data is for the station's user alone. The empty file is
        // made here with mode 0600 (SQLite takes an empty file as a new database and gives its -wal
        // and -shm files the same mode).
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "Cannot create the database %1.").arg(path));
        ::close(fd);
    }
    if (mode == OpenMode::Existing)
        verifyKeyOnMainFile(path, key);
    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
                      | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> database(new Database(handle, path));
    if (rc != SQLITE_OK)
        database->throwLastError(rc, QCoreApplication::translate("Storage", "opening %1").arg(path));
    database->unlock(key);
    database->m_derivationKey = std::make_unique<DatabaseKey>(key.derive(1, "PQderive"));
    // Only an empty file can take incremental auto-vacuum: freed pages (purged, erased rows) then
    // leave the file instead of staying as zeroed free pages. Older stations keep auto_vacuum NONE.
    if (mode == OpenMode::CreateNew)
        database->execute(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
    database->configure();
    Migrations::apply(*database, schemaVersion);
    return database;
}

void Database::verifyKeyOnMainFile(const QString &path, const DatabaseKey &key)
{
    // A read-write connection that opens a file with a -wal file (a crash, another station program)
    // recovers that WAL and, if it is the last one to close, checkpoints it into the file and deletes
    // it, even when the key was wrong. SQLite 3.15 has no SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, so the key
    // is first tried on a connection that cannot write or even see the WAL: immutable=1 makes SQLite
    // read the main file alone, without locks, -shm or -wal. Page 1 in the main file is encrypted
    // under the same key as every WAL frame, so it answers for the key.
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    for (int attempt = 0;; ++attempt) {
        sqlite3 *handle = nullptr;
        const int rc = sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        Database probe(handle, path);
        try {
            if (rc != SQLITE_OK)
                probe.throwLastError(rc, QCoreApplication::translate("Storage", "opening %1").arg(path));
            probe.unlock(key);
            return;
        } catch (const StorageError &error) {
            if (error.kind() != StorageErrorKind::WrongKey || attempt > 0)
                throw;
        }
        QThread::msleep(keyProbeRetryMs);
    }
}

void Database::unlock(const DatabaseKey &key)
{
    // SQLCipher takes a raw key as the text x'<64 hex digits>'. Build it in locked memory and wipe it.
    constexpr std::size_t hexSize = DatabaseKey::size * 2;
    constexpr std::size_t literalSize = hexSize + 3; // x ' ... '
    auto *literal = static_cast<char *>(sodium_malloc(literalSize + 1));
    if (!literal)
        throw std::bad_alloc();
    literal[0] = 'x';
    literal[1] = '\'';
    sodium_bin2hex(literal + 2, hexSize + 1, key.data(), DatabaseKey::size);
    literal[2 + hexSize] = '\'';
    literal[literalSize] = '\0';
    const int rc = sqlite3_key(m_handle, literal, static_cast<int>(literalSize));
    sodium_free(literal);
    if (rc != SQLITE_OK)
        throwLastError(rc, QCoreApplication::translate("Storage", "setting the key"));

    // With the plain SQLite library linked first, PRAGMA key is silently ignored and the file is
    // written in clear; cipher_version only answers when SQLCipher is the library in use.
    Statement version = prepare(QStringLiteral("PRAGMA cipher_version"));
    m_cipherVersion = version.next() ? version.toText(0) : QString();
    if (m_cipherVersion.isEmpty())
        throw StorageError(StorageErrorKind::NotEncrypted,
                           QCoreApplication::translate("Storage", "SQLCipher is not active in this build (the plain SQLite library was linked first); "
                              "refusing to open %1.")
                               .arg(m_path));

    // The first read decrypts page 1: a wrong key, a damaged file or a foreign file fails here,
    // before anything is written.
    sqlite3_stmt *probe = nullptr;
    int probeRc = sqlite3_prepare_v2(m_handle, "SELECT count(*) FROM sqlite_master", -1, &probe, nullptr);
    if (probeRc == SQLITE_OK)
        probeRc = sqlite3_step(probe);
    sqlite3_finalize(probe);
    // Only "not a database" and "corrupt" mean a wrong key; a full disk or an I/O error (creating
    // the -shm file, recovering the WAL) is reported as what it is, so that nobody hunts for another
    // key while the disk is full.
    if ((probeRc & 0xff) == SQLITE_FULL)
        throw StorageError(StorageErrorKind::DiskFull,
                           QCoreApplication::translate("Storage", "The disk holding %1 is full, so the database cannot be opened. "
                                                                  "Free some space and try again; the file was not modified.")
                               .arg(m_path));
    if (probeRc != SQLITE_ROW && (probeRc & 0xff) != SQLITE_NOTADB && (probeRc & 0xff) != SQLITE_CORRUPT)
        throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "The database %1 cannot be read (%2).")
                                                     .arg(m_path, QString::fromUtf8(sqlite3_errstr(probeRc))));
    if (probeRc != SQLITE_ROW)
        throw StorageError(StorageErrorKind::WrongKey,
                           QCoreApplication::translate("Storage", "The database %1 does not open with this key: wrong key, damaged file, or not a "
                              "Portique database. The file was not modified.")
                               .arg(m_path));
}

void Database::configure()
{
    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    // secure_delete overwrites deleted content, so purged or erased rows are gone from the file.
    execute(QStringLiteral("PRAGMA secure_delete = ON"));
    // FULL: an access event shown on screen survives a crash or power cut right after.
    execute(QStringLiteral("PRAGMA synchronous = FULL"));
    sqlite3_busy_timeout(m_handle, busyTimeoutMs);
    const QVariant journal = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (journal.toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "The database %1 cannot use write-ahead logging.").arg(m_path));
    // An earlier forgetDeleted() may have been blocked by a reader (in this or another process) and
    // left copies of erased rows in the WAL: fold it now, without waiting if someone is busy.
    foldLog(0);
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        throwLastError(rc, sql);
    return Statement(*this, statement);
}

int Database::execute(const QString &sql, std::initializer_list<QVariant> parameters)
{
    Statement statement = prepare(sql);
    int index = 1;
    for (const QVariant &value : parameters)
        statement.bind(index++, value);
    return statement.run();
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> parameters)
{
    Statement statement = prepare(sql);
    int index = 1;
    for (const QVariant &value : parameters)
        statement.bind(index++, value);
    if (!statement.next() || statement.isNull(0))
        return {};
    sqlite3_stmt *raw = statement.m_statement;
    switch (sqlite3_column_type(raw, 0)) {
    case SQLITE_INTEGER:
        return statement.toInt64(0);
    case SQLITE_FLOAT:
        return statement.toDouble(0);
    case SQLITE_BLOB:
        return statement.toBlob(0);
    default:
        return statement.toText(0);
    }
}

void Database::transaction(const std::function<void()> &work)
{
    // The outermost level takes the write lock up front (IMMEDIATE), so it never fails half-way on
    // "busy"; inner levels are savepoints, so a service can record its audit line inside the
    // caller's transaction and both commit or roll back together.
    const QString savepoint = QStringLiteral("level%1").arg(m_transactionDepth);
    execute(m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
    ++m_transactionDepth;
    bool workDone = false;
    try {
        work();
        workDone = true;
        --m_transactionDepth;
        execute(m_transactionDepth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        for (auto &[depth, pending] : m_afterCommit) // a released savepoint's work now waits on its parent
            depth = std::min(depth, m_transactionDepth);
    } catch (...) {
        if (!workDone)
            --m_transactionDepth;
        if (m_transactionDepth == 0)
            m_forgetPending = false; // what was deleted is back: nothing to forget
        std::erase_if(m_afterCommit, [this](const auto &pending) { return pending.first > m_transactionDepth; });
        const QByteArray undo = m_transactionDepth == 0
                                    ? QByteArray("ROLLBACK")
                                    : ("ROLLBACK TO " + savepoint.toUtf8() + "; RELEASE " + savepoint.toUtf8());
        sqlite3_exec(m_handle, undo.constData(), nullptr, nullptr, nullptr);
        throw;
    }
    // Outside the try: the change has committed, so nothing from here may roll back or be reported
    // as a failed change; forgetDeleted() reports its own failure as CleanupIncomplete.
    if (m_transactionDepth == 0 && !m_afterCommit.empty())
        afterCommit({});
    if (m_transactionDepth == 0 && m_forgetPending)
        forgetDeleted();
}

void Database::forgetDeleted()
{
    if (m_transactionDepth > 0) {
        m_forgetPending = true;
        return;
    }
    m_forgetPending = false;
    // This runs after a commit: whatever fails here, the change stands, and saying "failed" (or a
    // full disk's "the change was cancelled") would be false. Every failure becomes CleanupIncomplete.
    QString reason;
    try {
        // secure_delete already overwrote the deleted rows in their pages; pages left empty go back
        // to the file system when the file allows it (auto_vacuum 2, INCREMENTAL: stations created
        // since issue 9), then the WAL, which still holds older copies of those pages, is folded and
        // emptied. A reader's older snapshot keeps both the old pages in the file and the new ones in
        // the WAL: the checkpoint then reports busy, and the traces are still there.
        if (scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt() == 2) {
            Statement vacuum = prepare(QStringLiteral("PRAGMA incremental_vacuum"));
            while (vacuum.next()) {
            }
        }
        const int rc = foldLog(checkpointWaitMs);
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errstr(rc));
    } catch (const StorageError &error) {
        reason = error.message();
    }
    if (reason.isEmpty())
        return;
    m_foldPending = true;
    throw StorageError(StorageErrorKind::CleanupIncomplete,
                       QCoreApplication::translate(
                           "Storage", "The change is saved in %1, but copies of the deleted data remain in the file "
                                      "until the write-ahead log can be emptied (%2: another program or window is still reading the "
                                      "database). Portique empties it again the next time the database is opened or closed.")
                           .arg(m_path, reason));
}

int Database::foldLog(int waitMs) noexcept
{
    // TRUNCATE: copy every frame into the file, then cut the WAL to zero bytes so no copy of an
    // erased page stays in it. The busy handler retries for waitMs while a reader blocks it.
    int logFrames = -1;
    int folded = -1;
    sqlite3_busy_timeout(m_handle, waitMs);
    int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &folded);
    sqlite3_busy_timeout(m_handle, busyTimeoutMs);
    // Only an emptied log counts: frames left over (logFrames > folded) are pages not yet in the file.
    if (rc == SQLITE_OK && logFrames != folded)
        rc = SQLITE_BUSY;
    if (rc == SQLITE_OK)
        m_foldPending = false;
    return rc;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::schemaVersion()
{
    return static_cast<int>(scalar(QStringLiteral("PRAGMA user_version")).toLongLong());
}

void Database::throwLastError(int code, const QString &context) const
{
    // SQLite's text (English, naming tables or statements) goes to the log; users read a sentence.
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    qCWarning(storageLog, "SQLite error %d while %s: %s", code, qUtf8Printable(context), qUtf8Printable(detail));
    switch (code & 0xff) {
    case SQLITE_FULL:
        throw StorageError(StorageErrorKind::DiskFull,
                           QCoreApplication::translate("Storage", "The disk holding %1 is full; the last change was cancelled and nothing was lost.")
                               .arg(m_path));
    case SQLITE_CONSTRAINT:
        throw StorageError(StorageErrorKind::Constraint,
                           QCoreApplication::translate("Storage",
                                                       "The database refused this change, which would have broken one of its rules; "
                                                       "nothing was saved. The detail is in the station's log."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw StorageError(
            StorageErrorKind::WrongKey,
            QCoreApplication::translate("Storage", "The database %1 is damaged or does not open with this key.").arg(m_path));
    case SQLITE_CANTOPEN:
        throw StorageError(StorageErrorKind::NotFound,
                           QCoreApplication::translate("Storage", "Cannot open %1: the file or its folder cannot be reached.").arg(m_path));
    default:
        throw StorageError(StorageErrorKind::Io,
                           QCoreApplication::translate("Storage", "The database %1 could not be read or written; nothing was saved. The "
                                                                  "detail is in the station's log.")
                               .arg(m_path));
    }
}

} // namespace portique::storage
