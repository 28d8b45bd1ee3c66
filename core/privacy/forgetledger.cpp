// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "forgetledger.h"

#include "alertstore.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/privatefiles.h"
#include "storage/database.h"
#include "storage/databasekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portique::privacy {
namespace {

// Every tr() of this file is inside a member of ForgetLedger, so lupdate files the texts under that class:
// the run-time lookup must use the same context (tests/test_translations.cpp checks it).
QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy::ForgetLedger", text);
}

// crypto_kdf contexts are exactly 8 characters; subkey 1 hashes ids, subkey 2 MACs lines. Changing
// either makes every existing ledger fail its MAC: never change them.
constexpr char kdfContext[] = "PQforget";
constexpr std::uint64_t tagSubkey = 1;
constexpr std::uint64_t macSubkey = 2;
constexpr std::size_t digestBytes = 32; // BLAKE2b-256, as the audit chain

const QByteArray headerText = QByteArrayLiteral("portique-forget-ledger 1");

/// The alert a failed append raises (once while it stays open).
const QString unwrittenAlert = QStringLiteral("forget_ledger_unwritten");

std::optional<ForgetKind> kindFromId(const QByteArray &id)
{
    if (id == "erase")
        return ForgetKind::Erasure;
    if (id == "revoke")
        return ForgetKind::Revocation;
    if (id == "withdraw")
        return ForgetKind::Withdrawal;
    return std::nullopt;
}

QByteArray entryText(const ForgetEntry &entry)
{
    return forgetKindId(entry.kind).toLatin1() + ' ' + common::isoTime(entry.at).toLatin1() + ' ' + entry.tag.toHex();
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Appends @p bytes at @p offset (cutting a torn last line first), 0600 from the file's creation,
/// and waits until they are on disk. Returns the system's reason on failure.
QString appendAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const bool created = !QFileInfo::exists(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return systemError();
    QString reason;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || ::ftruncate(fd, offset) != 0 || ::lseek(fd, offset, SEEK_SET) < 0)
        reason = systemError();
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (reason.isEmpty() && left > 0) {
        const ssize_t written = ::write(fd, data, std::size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            reason = written < 0 ? systemError() : QString::fromLocal8Bit(std::strerror(ENOSPC));
            break;
        }
        data += written;
        left -= written;
    }
    if (reason.isEmpty() && ::fsync(fd) != 0)
        reason = systemError();
    if (::close(fd) != 0 && reason.isEmpty())
        reason = systemError();
    if (reason.isEmpty() && created) {
        // A new file is durable only once its folder's entry is.
        const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
    return reason;
}

/// Raises the "forget_ledger_unwritten" alert unless one is still open, and logs @p problem.
void tellUnwritten(storage::Database &database, const common::Clock &clock, const QString &problem)
{
    qWarning("%s", qPrintable(problem));
    try {
        if (database.scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE kind = ?1 AND acknowledged_at IS NULL"), {unwrittenAlert})
                .toLongLong()
            > 0)
            return;
        AuditLog audit(database, clock);
        AlertStore(database, audit, clock).raise(unwrittenAlert, QString(), 0, QString(), problem);
    } catch (const std::exception &error) {
        qWarning("forget ledger alert: %s", error.what());
    }
}

} // namespace

QString forgetKindId(ForgetKind kind)
{
    switch (kind) {
    case ForgetKind::Erasure:
        return QStringLiteral("erase");
    case ForgetKind::Revocation:
        return QStringLiteral("revoke");
    case ForgetKind::Withdrawal:
        return QStringLiteral("withdraw");
    }
    return QStringLiteral("revoke");
}

struct ForgetLedger::Keys {
    explicit Keys(storage::Database &database)
        : tag(database.derivedKey(tagSubkey, kdfContext))
        , mac(database.derivedKey(macSubkey, kdfContext))
    {
    }
    storage::DatabaseKey tag;
    storage::DatabaseKey mac;
};

ForgetLedger::ForgetLedger(storage::Database &database)
    : m_database(database)
    , m_path(pathFor(database.path()))
    , m_keys(std::make_unique<Keys>(database))
{
}

ForgetLedger::~ForgetLedger() = default;

QString ForgetLedger::pathFor(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.completeBaseName() + QStringLiteral(".forget-ledger"));
}

QByteArray ForgetLedger::tag(ForgetKind kind, const QString &id) const
{
    // The kind is hashed in, so a serial and a subject id that happen to be equal never share a tag.
    const QByteArray input = forgetKindId(kind).toLatin1() + '\0' + id.toUtf8();
    QByteArray digest(digestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), digestBytes,
                       reinterpret_cast<const unsigned char *>(input.constData()), std::size_t(input.size()), m_keys->tag.data(),
                       storage::DatabaseKey::size);
    return digest;
}

QByteArray ForgetLedger::mac(const QByteArray &previous, const QByteArray &text) const
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_keys->mac.data(), storage::DatabaseKey::size, digestBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(previous.constData()), std::size_t(previous.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(text.constData()), std::size_t(text.size()));
    QByteArray digest(digestBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), digestBytes);
    return digest;
}

QByteArray ForgetLedger::header() const
{
    return headerText + ' ' + mac({}, headerText).toHex() + '\n';
}

void ForgetLedger::record(ForgetKind kind, const QString &id, const common::Clock &clock)
{
    m_database.execute(QStringLiteral("INSERT INTO forget_pending (kind, tag, at) VALUES (?1, ?2, ?3)"),
                       {forgetKindId(kind), tag(kind, id), common::isoTime(clock.now())});
    storage::Database *database = &m_database;
    const common::Clock *time = &clock;
    m_database.afterCommit([database, time] {
        const LedgerFlush flushed = ForgetLedger(*database).flush();
        if (!flushed.ok())
            tellUnwritten(*database, *time, flushed.error);
    });
}

int ForgetLedger::pendingCount()
{
    return int(m_database.scalar(QStringLiteral("SELECT count(*) FROM forget_pending")).toLongLong());
}

LedgerFlush ForgetLedger::flush()
{
    LedgerFlush result;
    try {
        std::vector<ForgetEntry> pending;
        qint64 lastId = 0;
        {
            storage::Statement rows = m_database.prepare(QStringLiteral("SELECT id, kind, tag, at FROM forget_pending ORDER BY id"));
            while (rows.next()) {
                lastId = rows.toInt64(0);
                pending.push_back({kindFromId(rows.toText(1).toLatin1()).value_or(ForgetKind::Revocation),
                                   common::parseIsoTime(rows.toText(3)), rows.toBlob(2)});
            }
        }
        result.pending = int(pending.size());
        if (pending.empty())
            return result;
        const LedgerRead current = read();
        const QString unwritten = QCoreApplication::translate("portique::privacy",
                                                              "The forget ledger %1 could not be written: %2. The %n erasure(s) or "
                                                              "revocation(s) not in it are kept in the database and written at the "
                                                              "next start; until then, restoring an older copy of the database "
                                                              "would bring them back.",
                                                              nullptr, result.pending);
        if (current.damaged) {
            result.error = unwritten.arg(QDir::toNativeSeparators(m_path), current.problem);
            return result;
        }
        QByteArray bytes;
        QByteArray previous = current.lastMac;
        if (previous.isEmpty()) { // a new (or empty) ledger starts with its header
            bytes = header();
            previous = mac({}, headerText);
        }
        for (const ForgetEntry &entry : pending) {
            const QByteArray text = entryText(entry);
            previous = mac(previous, text);
            bytes += text + ' ' + previous.toHex() + '\n';
        }
        const QString reason = appendAt(m_path, current.completeBytes, bytes);
        if (!reason.isEmpty()) {
            result.error = unwritten.arg(QDir::toNativeSeparators(m_path), reason);
            return result;
        }
        // On disk: now the database may forget them. A crash before this commit writes them again
        // at the next flush; a line twice says nothing more than once.
        m_database.transaction([&] {
            m_database.execute(QStringLiteral("DELETE FROM forget_pending WHERE id <= ?1"), {lastId});
            rememberHead(qint64(current.entries.size() + pending.size()), previous);
        });
        result.written = result.pending;
        result.pending = 0;
    } catch (const std::exception &error) {
        result.error =
            tr("The forget ledger %1 could not be written: %2.").arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(error.what()));
    }
    return result;
}

void ForgetLedger::rememberHead(qint64 entries, const QByteArray &lastMac)
{
    m_database.execute(QStringLiteral("INSERT OR REPLACE INTO forget_ledger_head (id, entries, mac) VALUES (1, ?1, ?2)"),
                       {entries, lastMac});
}

LedgerRead ForgetLedger::read()
{
    LedgerRead result;
    std::vector<QByteArray> macs{mac({}, headerText)}; // macs[n]: the MAC after n entries
    auto damage = [&](qint64 line, const QString &problem) {
        result.damaged = true;
        result.firstBadLine = line;
        result.problem = problem;
    };
    QFile file(m_path);
    result.exists = file.exists();
    if (result.exists) {
        if (!file.open(QIODevice::ReadOnly)) {
            damage(1, tr("it cannot be read (%1)").arg(file.errorString()));
            return result;
        }
        const QByteArray bytes = file.readAll();
        // A last line without its newline was cut by a crash during an append: its lines are still
        // pending in the database, and the next append starts where the last complete line ends.
        result.completeBytes = bytes.lastIndexOf('\n') + 1;
        const QList<QByteArray> lines = bytes.left(result.completeBytes).split('\n');
        for (qsizetype i = 0; i + 1 < lines.size() && !result.damaged; ++i) {
            const QByteArray &line = lines.at(i);
            if (i == 0) {
                if (line + '\n' != header())
                    damage(1, tr("its first line is not the header of this station's ledger"));
                continue;
            }
            const QList<QByteArray> fields = line.split(' ');
            ForgetEntry entry;
            const std::optional<ForgetKind> kind = fields.size() == 4 ? kindFromId(fields.at(0)) : std::nullopt;
            if (kind) {
                entry.kind = *kind;
                entry.at = common::parseIsoTime(QString::fromLatin1(fields.at(1)));
                entry.tag = QByteArray::fromHex(fields.at(2));
            }
            const QByteArray expected = mac(macs.back(), line.left(line.lastIndexOf(' ')));
            const QByteArray stated = kind ? QByteArray::fromHex(fields.at(3)) : QByteArray();
            if (!kind || !entry.at.isValid() || entry.tag.size() != qsizetype(digestBytes) || stated.size() != expected.size()
                || sodium_memcmp(stated.constData(), expected.constData(), std::size_t(expected.size())) != 0) {
                damage(i + 1, tr("line %1 was changed, removed or added by hand").arg(i + 1));
                break;
            }
            result.entries.push_back(entry);
            macs.push_back(expected);
        }
    }
    if (!result.entries.empty() || result.completeBytes > 0)
        result.lastMac = macs.back();
    if (result.damaged)
        return result;
    // The database remembers how long the ledger was when it last wrote to it: a restored database
    // remembers less (fine), a ledger shorter than that, or with other lines, was cut or replaced.
    storage::Statement head = m_database.prepare(QStringLiteral("SELECT entries, mac FROM forget_ledger_head WHERE id = 1"));
    if (head.next()) {
        const qint64 remembered = head.toInt64(0);
        if (remembered > qint64(result.entries.size()))
            damage(
                0,
                result.exists
                    ? tr("it holds %1 lines where the database wrote %2: it was cut or replaced").arg(result.entries.size()).arg(remembered)
                    : tr("it is missing, though the database wrote %1 lines to it").arg(remembered));
        else if (macs.at(std::size_t(remembered)) != head.toBlob(1))
            damage(0, tr("its first %1 lines are not those the database wrote: it was replaced").arg(remembered));
    }
    return result;
}

QString ForgetLedger::repair(const LedgerRead &damaged)
{
    QString keptAs;
    if (QFileInfo::exists(m_path)) {
        keptAs = m_path + QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, keptAs))
            throw std::runtime_error(
                tr("The damaged forget ledger %1 cannot be moved aside.").arg(QDir::toNativeSeparators(m_path)).toStdString());
    }
    // The lines that verified, chained again under the same key: the same bytes as before.
    QByteArray bytes = header();
    QByteArray previous = mac({}, headerText);
    for (const ForgetEntry &entry : damaged.entries) {
        const QByteArray text = entryText(entry);
        previous = mac(previous, text);
        bytes += text + ' ' + previous.toHex() + '\n';
    }
    const QString reason = common::writePrivateFile(m_path, bytes);
    if (!reason.isEmpty())
        throw std::runtime_error(
            tr("The forget ledger %1 cannot be written: %2.").arg(QDir::toNativeSeparators(m_path), reason).toStdString());
    m_database.transaction([&] { rememberHead(qint64(damaged.entries.size()), previous); });
    return keptAs;
}

} // namespace portique::privacy
