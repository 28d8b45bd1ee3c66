// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditlog.h"

#include "common/clock.h"
#include "common/sodiuminit.h"
#include "people/peoplestore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sodium.h>

#include <algorithm>
#include <map>

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

QByteArray redactionHash(qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 redactedBy)
{
    Hasher hasher;
    hasher.add(QByteArrayLiteral("portique.audit.redacted"));
    hasher.addNumber(static_cast<quint64>(seq));
    hasher.add(at.toUtf8());
    hasher.add(actor.toUtf8());
    hasher.add(action.toUtf8());
    hasher.addNumber(static_cast<quint64>(redactedBy));
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
    // After a retention purge the trail starts at the anchor: the last dropped record's link.
    const std::optional<AuditAnchor> start = anchor();
    QByteArray previous = start ? start->hash : genesisHash;
    qint64 expected = start ? start->seq + 1 : 1;
    // Records marked erased, per erasure record that should vouch for them further on.
    struct Erased {
        qint64 count = 0;
        qint64 first = 0;
        Hasher digest;
    };
    std::map<qint64, Erased> erased;
    QJsonObject lastPurge;
    storage::Statement rows = m_database.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, object, details, content_hash, hash, redacted_by, redaction_hash FROM audit_log ORDER BY rowid"));
    while (rows.next()) {
        const qint64 seq = rows.toInt64(0);
        if (seq != expected)
            return seq > expected ? broken(expected, QCoreApplication::translate("Audit", "Record %1 is missing (the next one found is %2).").arg(expected).arg(seq))
                                  : broken(expected, QCoreApplication::translate("Audit", "Record %1 is out of order (found %2 in its place).").arg(expected).arg(seq));
        const QString at = rows.toText(1);
        const QString actor = rows.toText(2);
        const QString action = rows.toText(3);
        const QString details = rows.toText(5);
        QByteArray content;
        if (!rows.isNull(8)) {
            // Erased: its object and details are gone, so its content hash cannot be recomputed; its
            // link still is, and the redaction hash covers what it still says.
            const qint64 by = rows.toInt64(8);
            if (by <= seq)
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 is marked erased by a record that does not come after it.").arg(seq));
            if (!rows.toText(4).isEmpty() || details != u"{}")
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 is marked erased but still holds text.").arg(seq));
            if (redactionHash(seq, at, actor, action, by) != rows.toBlob(9))
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 was altered after its erasure.").arg(seq));
            Erased &group = erased[by];
            if (group.count++ == 0)
                group.first = seq;
            group.digest.addNumber(static_cast<quint64>(seq));
            content = rows.toBlob(6);
        } else {
            content = contentHash(seq, at, actor, action, rows.toText(4), details.toUtf8());
            if (content != rows.toBlob(6))
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 was altered after it was written.").arg(seq));
        }
        const QByteArray hash = linkHash(previous, content);
        if (hash != rows.toBlob(7))
            return broken(seq, QCoreApplication::translate("Audit", "The link from record %1 to the one before it is broken.").arg(seq));
        const auto waiting = erased.find(seq);
        if (action == erasureAuditAction) {
            // The erasure says how many records it blanked and which (a digest of their numbers):
            // marking another record erased, to hide an edit, shows here. Once the retention purge
            // dropped some of them, only the remaining ones' own redaction hashes are checked.
            const QJsonObject claim = QJsonDocument::fromJson(details.toUtf8()).object();
            const qint64 claimed = claim.value(QStringLiteral("records")).toInteger();
            const bool complete = !start || claimed == 0 || claim.value(QStringLiteral("first")).toInteger() > start->seq;
            if (complete) {
                Erased none;
                Erased &group = waiting == erased.end() ? none : waiting->second;
                if (group.count != claimed || QString::fromLatin1(group.digest.finish().toHex()) != claim.value(QStringLiteral("digest")).toString())
                    return broken(seq, QCoreApplication::translate("Audit", "The erasure in record %1 does not match the records marked erased.").arg(seq));
            }
            if (waiting != erased.end())
                erased.erase(waiting);
        } else if (waiting != erased.end()) {
            return broken(waiting->second.first,
                          QCoreApplication::translate("Audit", "Record %1 is marked erased by record %2, which is not an erasure.").arg(waiting->second.first).arg(seq));
        }
        if (action == purgeAuditAction)
            lastPurge = QJsonDocument::fromJson(details.toUtf8()).object();
        previous = hash;
        ++expected;
        ++result.checked;
    }
    if (!erased.empty())
        return broken(erased.begin()->second.first,
                      QCoreApplication::translate("Audit", "Record %1 is marked erased by record %2, which does not exist.")
                          .arg(erased.begin()->second.first)
                          .arg(erased.begin()->first));
    const qint64 lastSeq = expected - 1;
    storage::Statement head = m_database.prepare(QStringLiteral("SELECT last_seq, hash FROM audit_head WHERE id = 1"));
    const qint64 headSeq = head.next() ? head.toInt64(0) : 0;
    const QByteArray headHash = headSeq ? head.toBlob(1) : genesisHash;
    if (headSeq != lastSeq || headHash != previous)
        return broken(lastSeq + 1,
                      QCoreApplication::translate("Audit", "The trail ends at record %1 but its head says %2: records were removed at the end.")
                          .arg(lastSeq)
                          .arg(headSeq));
    // The start itself: the newest purge record names the anchor it left, so records removed at the
    // start with a hand-made anchor show here.
    if (start
        && (lastPurge.value(QStringLiteral("anchor_seq")).toInteger() != start->seq
            || lastPurge.value(QStringLiteral("anchor_hash")).toString() != QString::fromLatin1(start->hash.toHex())))
        return broken(start->seq + 1,
                      QCoreApplication::translate("Audit", "The trail starts after record %1, but no purge record vouches for that start.")
                          .arg(start->seq));
    return result;
}

QList<AuditRecord> AuditLog::newest(int limit, int offset)
{
    AuditQuery query;
    query.limit = limit;
    query.offset = offset;
    return search(query);
}

QList<AuditRecord> AuditLog::search(const AuditQuery &query)
{
    // Bound parameters only: the action names never become SQL.
    QStringList where;
    QVariantList values;
    auto parameter = [&values](const QVariant &value) {
        values.append(value);
        return QStringLiteral("?%1").arg(values.size());
    };
    if (!query.actions.isEmpty()) {
        QStringList any;
        for (const QString &action : query.actions) {
            const QString exact = parameter(action);
            const QString group = parameter(QString(action + QStringLiteral(".%")));
            any << QStringLiteral("action = %1 OR action LIKE %2").arg(exact, group);
        }
        where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (query.from.isValid())
        where << QStringLiteral("at >= %1").arg(parameter(isoTime(query.from)));
    if (query.to.isValid())
        where << QStringLiteral("at < %1").arg(parameter(isoTime(query.to)));
    // The text is matched here, not with SQL LIKE, which ignores the case of ASCII letters only:
    // "oublie" finds "OUBLIÉ" as in every other search of the station (people::foldForSearch).
    const QString needle = people::foldForSearch(query.text.trimmed());
    const bool paged = needle.isEmpty();
    QString sql = QStringLiteral("SELECT seq, at, actor, action, object, details, hash, redacted_by FROM audit_log %1 ORDER BY seq DESC")
                      .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    if (paged)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(parameter(query.limit), parameter(query.offset));
    storage::Statement rows = m_database.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.bind(int(i + 1), values.at(i));
    QList<AuditRecord> records;
    int skipped = 0;
    while (rows.next() && records.size() < query.limit) {
        if (!paged) {
            const QString text = rows.toText(2) + u' ' + rows.toText(4) + u' ' + rows.toText(5);
            if (!people::foldForSearch(text).contains(needle) || skipped++ < query.offset)
                continue;
        }
        AuditRecord record;
        record.seq = rows.toInt64(0);
        record.at = QDateTime::fromString(rows.toText(1), Qt::ISODateWithMs);
        record.actor = rows.toText(2);
        record.action = rows.toText(3);
        record.object = rows.toText(4);
        record.details = QJsonDocument::fromJson(rows.toText(5).toUtf8()).object();
        record.hash = rows.toBlob(6);
        record.redactedBy = rows.isNull(7) ? 0 : rows.toInt64(7);
        records.append(record);
    }
    return records;
}

qint64 AuditLog::count()
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

qint64 AuditLog::appendErasure(const QString &actor, const QList<qint64> &seqs)
{
    qint64 erasure = 0;
    m_database.transaction([&] {
        const qint64 next = m_database.scalar(QStringLiteral("SELECT coalesce(max(last_seq), 0) + 1 FROM audit_head")).toLongLong();
        QList<qint64> sorted = seqs;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        Hasher digest;
        qint64 count = 0;
        qint64 first = 0;
        for (const qint64 seq : sorted) {
            storage::Statement row = m_database.prepare(
                QStringLiteral("SELECT at, actor, action FROM audit_log WHERE seq = ?1 AND redacted_by IS NULL"));
            row.bind(1, seq);
            if (!row.next())
                continue; // already erased by an earlier erasure, or dropped by the purge
            m_database.execute(QStringLiteral("UPDATE audit_log SET object = '', details = '{}', redacted_by = ?2, redaction_hash = ?3 WHERE seq = ?1"),
                               {seq, next, redactionHash(seq, row.toText(0), row.toText(1), row.toText(2), next)});
            digest.addNumber(static_cast<quint64>(seq));
            if (count++ == 0)
                first = seq;
        }
        erasure = append(actor, QString(erasureAuditAction), QString(),
                         {{QStringLiteral("records"), count},
                          {QStringLiteral("first"), first},
                          {QStringLiteral("digest"), QString::fromLatin1(digest.finish().toHex())}});
        Q_ASSERT(erasure == next);
    });
    return erasure;
}

int AuditLog::dropOldest(const QDateTime &cutoff, int limit)
{
    int dropped = 0;
    m_database.transaction([&] {
        // Walk from the start (the rowid order, not the time index): the chain is cut only before
        // the first record that must stay, even if a clock set back wrote an older time after it.
        const QString cut = isoTime(cutoff);
        qint64 last = 0;
        QByteArray lastHash;
        {
            storage::Statement rows = m_database.prepare(QStringLiteral("SELECT seq, at, hash FROM audit_log ORDER BY seq LIMIT ?1"));
            rows.bind(1, limit);
            while (rows.next() && rows.toText(1) < cut) {
                last = rows.toInt64(0);
                lastHash = rows.toBlob(2);
                ++dropped;
            }
        }
        if (dropped == 0)
            return;
        m_database.execute(QStringLiteral("DELETE FROM audit_log WHERE seq <= ?1"), {last});
        m_database.execute(QStringLiteral("INSERT OR REPLACE INTO audit_anchor (id, seq, hash) VALUES (1, ?1, ?2)"), {last, lastHash});
    });
    return dropped;
}

qint64 AuditLog::countDroppable(const QDateTime &cutoff)
{
    // NOT INDEXED: the rowid order stops at the first record to keep.
    const QVariant firstKept = m_database.scalar(
        QStringLiteral("SELECT seq FROM audit_log NOT INDEXED WHERE at >= ?1 ORDER BY seq LIMIT 1"), {isoTime(cutoff)});
    if (firstKept.isValid())
        return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE seq < ?1"), {firstKept}).toLongLong();
    return count();
}

std::optional<AuditAnchor> AuditLog::anchor()
{
    storage::Statement row = m_database.prepare(QStringLiteral("SELECT seq, hash FROM audit_anchor WHERE id = 1"));
    if (!row.next())
        return std::nullopt;
    return AuditAnchor{row.toInt64(0), row.toBlob(1)};
}

QJsonObject AuditLog::anchorDetails()
{
    const std::optional<AuditAnchor> start = anchor();
    if (!start)
        return {};
    return {{QStringLiteral("anchor_seq"), start->seq}, {QStringLiteral("anchor_hash"), QString::fromLatin1(start->hash.toHex())}};
}

} // namespace portique::privacy
