// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditlog.h"

#include "common/clock.h"
#include "common/sodiuminit.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sodium.h>

namespace portique::privacy {
namespace {

constexpr std::size_t hashSize = 32; // BLAKE2b-256
const QByteArray genesisHash(hashSize, '\0');


QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    // QJsonDocument writes object keys sorted, so the same details always give the same bytes.
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

class Hasher {
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, hashSize); }
    void add(const QByteArray &bytes)
    {
        // Length-prefixed, so ("ab","c") and ("a","bc") never hash alike.
        addNumber(static_cast<quint64>(bytes.size()));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    void addNumber(quint64 value)
    {
        unsigned char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<unsigned char>(value >> (8 * i));
        crypto_generichash_update(&m_state, le, sizeof le);
    }
    QByteArray finish()
    {
        QByteArray out(hashSize, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), hashSize);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

QByteArray contentHash(qint64 seq, const QString &at, const QString &actor, const QString &action,
                       const QString &object, const QByteArray &details)
{
    Hasher hasher;
    hasher.addNumber(static_cast<quint64>(seq));
    hasher.add(at.toUtf8());
    hasher.add(actor.toUtf8());
    hasher.add(action.toUtf8());
    hasher.add(object.toUtf8());
    hasher.add(details);
    return hasher.finish();
}

QByteArray linkHash(const QByteArray &previous, const QByteArray &content)
{
    Hasher hasher;
    hasher.add(previous);
    hasher.add(content);
    return hasher.finish();
}

} // namespace

AuditLog::AuditLog(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
    common::ensureSodium();
}

qint64 AuditLog::append(const QString &actor, const QString &action, const QString &object,
                        const QJsonObject &details)
{
    qint64 seq = 0;
    m_database.transaction([&] {
        qint64 lastSeq = 0;
        QByteArray previous = genesisHash;
        storage::Statement head = m_database.prepare(QStringLiteral("SELECT last_seq, hash FROM audit_head WHERE id = 1"));
        if (head.next()) {
            lastSeq = head.toInt64(0);
            previous = head.toBlob(1);
        }
        seq = lastSeq + 1;
        const QString at = isoTime(m_clock.now());
        const QByteArray detailBytes = canonicalDetails(details);
        const QByteArray content = contentHash(seq, at, actor, action, object, detailBytes);
        const QByteArray hash = linkHash(previous, content);
        m_database.execute(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, details, "
                                          "content_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                           {seq, at, actor, action, object, QString::fromUtf8(detailBytes), content, hash});
        m_database.execute(QStringLiteral("INSERT OR REPLACE INTO audit_head (id, last_seq, hash) VALUES (1, ?1, ?2)"),
                           {seq, hash});
    });
    return seq;
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    auto broken = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBrokenSeq = seq;
        result.problem = problem;
        return result;
    };
    storage::Statement rows = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, action, object, details, content_hash, hash FROM audit_log ORDER BY rowid"));
    QByteArray previous = genesisHash;
    qint64 expected = 1;
    while (rows.next()) {
        const qint64 seq = rows.toInt64(0);
        if (seq != expected)
            return seq > expected ? broken(expected, QCoreApplication::translate("Audit", "Record %1 is missing (the next one found is %2).").arg(expected).arg(seq))
                                  : broken(expected, QCoreApplication::translate("Audit", "Record %1 is out of order (found %2 in its place).").arg(expected).arg(seq));
        const QByteArray content = contentHash(seq, rows.toText(1), rows.toText(2), rows.toText(3), rows.toText(4),
                                               rows.toText(5).toUtf8());
        if (content != rows.toBlob(6))
            return broken(seq, QCoreApplication::translate("Audit", "Record %1 was altered after it was written.").arg(seq));
        const QByteArray hash = linkHash(previous, content);
        if (hash != rows.toBlob(7))
            return broken(seq, QCoreApplication::translate("Audit", "The link from record %1 to the one before it is broken.").arg(seq));
        previous = hash;
        ++expected;
        ++result.checked;
    }
    storage::Statement head = m_database.prepare(QStringLiteral("SELECT last_seq, hash FROM audit_head WHERE id = 1"));
    const qint64 headSeq = head.next() ? head.toInt64(0) : 0;
    const QByteArray headHash = headSeq ? head.toBlob(1) : genesisHash;
    if (headSeq != result.checked || headHash != previous)
        return broken(result.checked + 1,
                      QCoreApplication::translate("Audit", "The trail ends at record %1 but its head says %2: records were removed at the end.")
                          .arg(result.checked)
                          .arg(headSeq));
    return result;
}

QList<AuditRecord> AuditLog::newest(int limit, int offset)
{
    QList<AuditRecord> records;
    storage::Statement rows = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, action, object, details, hash FROM audit_log ORDER BY seq DESC LIMIT ?1 OFFSET ?2"));
    rows.bind(1, limit).bind(2, offset);
    while (rows.next()) {
        AuditRecord record;
        record.seq = rows.toInt64(0);
        record.at = QDateTime::fromString(rows.toText(1), Qt::ISODateWithMs);
        record.actor = rows.toText(2);
        record.action = rows.toText(3);
        record.object = rows.toText(4);
        record.details = QJsonDocument::fromJson(rows.toText(5).toUtf8()).object();
        record.hash = rows.toBlob(6);
        records.append(record);
    }
    return records;
}

qint64 AuditLog::count()
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

} // namespace portique::privacy
