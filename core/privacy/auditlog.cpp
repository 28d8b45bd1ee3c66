// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditlog.h"

#include "auditchainhash.h"
#include "common/clock.h"
#include "common/sodiuminit.h"
#include "people/peoplestore.h"
#include "storage/database.h"
#include "storage/databasekey.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

namespace portique::privacy {
namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    // QJsonDocument writes object keys sorted, so the same details always give the same bytes.
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// A row of (seq, at, actor, action, object, details, hash, redacted_by).
AuditRecord recordFrom(const storage::Statement &row)
{
    AuditRecord record;
    record.seq = row.toInt64(0);
    record.at = QDateTime::fromString(row.toText(1), Qt::ISODateWithMs);
    record.actor = row.toText(2);
    record.action = row.toText(3);
    record.object = row.toText(4);
    record.details = QJsonDocument::fromJson(row.toText(5).toUtf8()).object();
    record.hash = row.toBlob(6);
    record.redactedBy = row.isNull(7) ? 0 : row.toInt64(7);
    return record;
}

} // namespace

AuditLog::AuditLog(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
    common::ensureSodium();
}

AuditLog::~AuditLog() = default;

QByteArrayView AuditLog::key()
{
    if (!m_key)
        m_key = std::make_unique<storage::DatabaseKey>(chainhash::macKey(m_database));
    return chainhash::view(*m_key);
}

AuditLog::End AuditLog::end()
{
    End result;
    bool hasHead = false;
    qint64 headSeq = 0;
    QByteArray headHash;
    {
        storage::Statement head = m_database.prepare(QStringLiteral("SELECT last_seq, hash FROM audit_head WHERE id = 1"));
        if (head.next()) {
            hasHead = true;
            headSeq = head.toInt64(0);
            headHash = head.toBlob(1);
        }
    }
    // The highest number anything remembers: a head set back by hand never makes the station's own
    // next record collide with one still in the table.
    result.seq = std::max(headSeq, lastSeq());
    if (result.seq == 0) {
        result.link = chainhash::genesis();
    } else {
        storage::Statement row = m_database.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?1"));
        row.bind(1, result.seq);
        if (row.next()) {
            result.link = row.toBlob(0);
        } else if (const std::optional<AuditAnchor> start = anchor(); start && start->seq == result.seq) {
            result.link = start->hash; // every record dropped by the retention purge
        }
    }
    if (!hasHead)
        result.head = result.seq == 0 ? End::Head::Fresh : End::Head::Unvouched;
    else if (headSeq != result.seq || result.link.isEmpty())
        result.head = End::Head::Unvouched;
    else if (headHash == chainhash::headMac(key(), result.seq, result.link))
        result.head = End::Head::Vouches;
    else if (headHash == result.link)
        result.head = End::Head::Legacy;
    else
        result.head = End::Head::Unvouched;
    return result;
}

AuditLog::End AuditLog::endForAppend()
{
    const End last = end();
    if (last.head != End::Head::Legacy)
        return last;
    // The head has the old form. Only a trail that verifies the old way and holds no keyed record
    // is converted: an unkeyed head put back by hand after records were cut from a keyed trail is
    // not, and the append that follows leaves the head unvouched, so verify() keeps saying so.
    const Walk walked = walk();
    if (!walked.result.intact || !walked.legacy)
        return last;
    // The records erased so far keep their unkeyed redactions; the conversion record seals them.
    const QList<std::pair<qint64, QByteArray>> &erased = walked.oldErased;
    return appendKeyed(last, QStringLiteral("system"), QString(rekeyAuditAction), QString(),
                       {{QStringLiteral("records"), walked.result.checked},
                        {QStringLiteral("last_seq"), last.seq},
                        {QStringLiteral("erased"), qint64(erased.size())},
                        {QStringLiteral("erased_first"), erased.isEmpty() ? 0 : erased.constFirst().first},
                        {QStringLiteral("erased_digest"), hex(chainhash::conversionMac(key(), erased))}},
                       true);
}

AuditLog::End AuditLog::appendKeyed(const End &last, const QString &actor, const QString &action, const QString &object,
                                    const QJsonObject &details, bool legacyVerified)
{
    End next;
    next.seq = last.seq + 1;
    // A missing link is already a break verify() names; any value keeps the station writing.
    const QByteArray previous = last.link.isEmpty() ? chainhash::genesis() : last.link;
    const QString at = isoTime(m_clock.now());
    const QByteArray detailBytes = canonicalDetails(details);
    const QByteArray content = chainhash::content(next.seq, at, actor, action, object, detailBytes);
    next.link = chainhash::keyedLink(key(), previous, content);
    // The head vouches for the new end only if it vouched for the old one: a cut end stays visible.
    const bool vouch =
        last.head == End::Head::Fresh || last.head == End::Head::Vouches || (last.head == End::Head::Legacy && legacyVerified);
    next.head = vouch ? End::Head::Vouches : End::Head::Unvouched;
    const QByteArray head = vouch ? chainhash::headMac(key(), next.seq, next.link) : chainhash::unvouchedHead(key(), next.seq, next.link);
    m_database.execute(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, details, "
                                      "content_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                       {next.seq, at, actor, action, object, QString::fromUtf8(detailBytes), content, next.link});
    m_database.execute(QStringLiteral("INSERT OR REPLACE INTO audit_head (id, last_seq, hash) VALUES (1, ?1, ?2)"), {next.seq, head});
    return next;
}

qint64 AuditLog::append(const QString &actor, const QString &action, const QString &object, const QJsonObject &details)
{
    qint64 seq = 0;
    m_database.transaction([&] { seq = appendKeyed(endForAppend(), actor, action, object, details).seq; });
    return seq;
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
        records.append(recordFrom(rows));
    }
    return records;
}

qint64 AuditLog::count()
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

std::optional<AuditRecord> AuditLog::record(qint64 seq)
{
    storage::Statement row = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, action, object, details, hash, redacted_by FROM audit_log WHERE seq = ?1"));
    row.bind(1, seq);
    if (!row.next())
        return std::nullopt;
    return recordFrom(row);
}

qint64 AuditLog::lastSeq()
{
    return m_database.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")).toLongLong();
}

qint64 AuditLog::appendErasure(const QString &actor, const QList<qint64> &seqs)
{
    qint64 erasure = 0;
    m_database.transaction([&] {
        // Converted first, so that the erasure record is the very next one: each redaction names it.
        const End last = endForAppend();
        const qint64 next = last.seq + 1;
        QList<qint64> sorted = seqs;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QList<std::pair<qint64, QByteArray>> blanked;
        for (const qint64 seq : sorted) {
            storage::Statement row =
                m_database.prepare(QStringLiteral("SELECT at, actor, action FROM audit_log WHERE seq = ?1 AND redacted_by IS NULL"));
            row.bind(1, seq);
            if (!row.next())
                continue; // already erased by an earlier erasure, or dropped by the purge
            const QByteArray mac = chainhash::redactionMac(key(), seq, row.toText(0), row.toText(1), row.toText(2), next);
            m_database.execute(
                QStringLiteral("UPDATE audit_log SET object = '', details = '{}', redacted_by = ?2, redaction_hash = ?3 WHERE seq = ?1"),
                {seq, next, mac});
            blanked.append({seq, mac});
        }
        erasure = appendKeyed(last, actor, QString(erasureAuditAction), QString(),
                              {{QStringLiteral("records"), qint64(blanked.size())},
                               {QStringLiteral("first"), blanked.isEmpty() ? 0 : blanked.constFirst().first},
                               {QStringLiteral("digest"), hex(chainhash::erasureMac(key(), blanked))}})
                      .seq;
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
    const QVariant firstKept =
        m_database.scalar(QStringLiteral("SELECT seq FROM audit_log NOT INDEXED WHERE at >= ?1 ORDER BY seq LIMIT 1"), {isoTime(cutoff)});
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
    return {{QStringLiteral("anchor_seq"), start->seq}, {QStringLiteral("anchor_hash"), hex(start->hash)}};
}

} // namespace portique::privacy
