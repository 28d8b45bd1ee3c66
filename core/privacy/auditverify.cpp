// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// AuditLog::verify(): the walk over the whole chain, kept apart from auditlog.cpp (appending,
// erasing, searching) to keep each file readable.
#include "auditchainhash.h"
#include "auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <map>
#include <utility>

namespace portique::privacy {
namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool stationHasUsers(storage::Database &database)
{
    // The users table comes with schema version 2; a file opened at version 1 (a migration test) has none.
    if (!database.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'")).toBool())
        return false;
    return database.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")).toBool();
}

} // namespace

AuditVerification AuditLog::verify()
{
    return walk().result;
}

AuditLog::Walk AuditLog::walk()
{
    Walk walked;
    AuditVerification &result = walked.result;
    auto broken = [&walked](qint64 seq, const QString &problem) {
        walked.result.intact = false;
        walked.result.firstBrokenSeq = seq;
        walked.result.problem = problem;
        return walked;
    };
    auto erasedAltered = [](qint64 seq) {
        return QCoreApplication::translate("Audit", "Record %1 was altered after its erasure.").arg(seq);
    };
    // After a retention purge the trail starts at the anchor: the last dropped record's link.
    const std::optional<AuditAnchor> start = anchor();
    QByteArray previous = start ? start->hash : chainhash::genesis();
    qint64 expected = start ? start->seq + 1 : 1;
    // Which hashes wrote the trail so far: each record's link says it (keyed since issue 17), and
    // keyed records follow unkeyed ones only from an "audit.rekey" record on.
    enum class Era { Unknown, Legacy, Keyed } era = Era::Unknown;
    // Records marked erased, per erasure record that should vouch for them further on. Whether
    // their redaction is keyed depends on that erasure record's era, known only when it comes.
    struct Erased {
        qint64 count = 0;
        qint64 first = 0;
        qint64 notKeyed = 0;  ///< first member whose redaction is not the keyed MAC
        qint64 notLegacy = 0; ///< first member whose redaction is not the unkeyed hash
        QList<qint64> seqs;
        QList<std::pair<qint64, QByteArray>> macs;
    };
    std::map<qint64, Erased> erased;
    QJsonObject lastPurge;
    storage::Statement rows = m_database.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, object, details, content_hash, hash, redacted_by, redaction_hash FROM audit_log ORDER BY rowid"));
    while (rows.next()) {
        const qint64 seq = rows.toInt64(0);
        if (seq != expected)
            return seq > expected
                       ? broken(
                           expected,
                           QCoreApplication::translate("Audit", "Record %1 is missing (the next one found is %2).").arg(expected).arg(seq))
                       : broken(expected, QCoreApplication::translate("Audit", "Record %1 is out of order (found %2 in its place).")
                                              .arg(expected)
                                              .arg(seq));
        const QString at = rows.toText(1);
        const QString actor = rows.toText(2);
        const QString action = rows.toText(3);
        const QString details = rows.toText(5);
        QByteArray content;
        if (!rows.isNull(8)) {
            // Erased: its object and details are gone, so its content hash cannot be recomputed; its
            // link still is, and the redaction MAC covers what it still says.
            const qint64 by = rows.toInt64(8);
            if (by <= seq)
                return broken(
                    seq,
                    QCoreApplication::translate("Audit", "Record %1 is marked erased by a record that does not come after it.").arg(seq));
            if (!rows.toText(4).isEmpty() || details != u"{}")
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 is marked erased but still holds text.").arg(seq));
            const QByteArray stored = rows.toBlob(9);
            const bool keyed = stored == chainhash::redactionMac(key(), seq, at, actor, action, by);
            const bool legacy = !keyed && stored == chainhash::legacyRedaction(seq, at, actor, action, by);
            // Once keyed records came, the erasure that follows is keyed too.
            if (!keyed && (!legacy || era == Era::Keyed))
                return broken(seq, erasedAltered(seq));
            Erased &group = erased[by];
            if (group.count++ == 0)
                group.first = seq;
            if (!keyed && group.notKeyed == 0)
                group.notKeyed = seq;
            if (!legacy && group.notLegacy == 0)
                group.notLegacy = seq;
            group.seqs.append(seq);
            group.macs.append({seq, stored});
            content = rows.toBlob(6);
        } else {
            content = chainhash::content(seq, at, actor, action, rows.toText(4), details.toUtf8());
            if (content != rows.toBlob(6))
                return broken(seq, QCoreApplication::translate("Audit", "Record %1 was altered after it was written.").arg(seq));
        }
        const QByteArray hash = rows.toBlob(7);
        bool keyedRecord = true;
        if (era != Era::Legacy && hash == chainhash::keyedLink(key(), previous, content))
            keyedRecord = true;
        else if (era != Era::Keyed && hash == chainhash::legacyLink(previous, content))
            keyedRecord = false;
        else if (era == Era::Legacy && action == rekeyAuditAction && hash == chainhash::keyedLink(key(), previous, content))
            keyedRecord = true;
        else
            return broken(seq, QCoreApplication::translate("Audit", "The link from record %1 to the one before it is broken.").arg(seq));
        era = keyedRecord ? Era::Keyed : Era::Legacy;
        const auto waiting = erased.find(seq);
        if (action == erasureAuditAction) {
            // The erasure says how many records it blanked and which (a MAC of their numbers and
            // redaction MACs, or before issue 17 a hash of their numbers): marking another record
            // erased, to hide an edit, or rewriting what an erased record still says shows here.
            // Once the retention purge dropped some of them, only the remaining ones' own
            // redactions are checked.
            const QJsonObject claim = QJsonDocument::fromJson(details.toUtf8()).object();
            const qint64 claimed = claim.value(QStringLiteral("records")).toInteger();
            const bool complete = !start || claimed == 0 || claim.value(QStringLiteral("first")).toInteger() > start->seq;
            Erased none;
            const Erased &group = waiting == erased.end() ? none : waiting->second;
            if (const qint64 wrong = keyedRecord ? group.notKeyed : group.notLegacy)
                return broken(wrong, erasedAltered(wrong));
            if (complete) {
                const QByteArray digest =
                    keyedRecord ? chainhash::erasureMac(key(), group.macs) : chainhash::legacyErasureDigest(group.seqs);
                if (group.count != claimed || hex(digest) != claim.value(QStringLiteral("digest")).toString())
                    return broken(seq,
                                  QCoreApplication::translate("Audit", "The erasure in record %1 does not match the records marked erased.")
                                      .arg(seq));
            }
            if (!keyedRecord)
                walked.oldErased.append(group.macs);
            if (waiting != erased.end())
                erased.erase(waiting);
        } else if (waiting != erased.end()) {
            return broken(waiting->second.first,
                          QCoreApplication::translate("Audit", "Record %1 is marked erased by record %2, which is not an erasure.")
                              .arg(waiting->second.first)
                              .arg(seq));
        }
        if (action == rekeyAuditAction && keyedRecord) {
            // The conversion vouches for the records erased before it, as an erasure does for its own.
            const QJsonObject claim = QJsonDocument::fromJson(details.toUtf8()).object();
            const qint64 claimed = claim.value(QStringLiteral("erased")).toInteger();
            const bool complete = !start || claimed == 0 || claim.value(QStringLiteral("erased_first")).toInteger() > start->seq;
            if (complete
                && (walked.oldErased.size() != claimed
                    || hex(chainhash::conversionMac(key(), walked.oldErased)) != claim.value(QStringLiteral("erased_digest")).toString()))
                return broken(
                    seq, QCoreApplication::translate("Audit", "The conversion in record %1 does not match the records erased before it.")
                             .arg(seq));
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
    const bool hasHead = head.next();
    const qint64 headSeq = hasHead ? head.toInt64(0) : 0;
    const QByteArray headHash = hasHead ? head.toBlob(1) : QByteArray();
    if (headSeq != lastSeq)
        return broken(lastSeq + 1, QCoreApplication::translate(
                                       "Audit", "The trail ends at record %1 but its head says %2: records were removed at the end.")
                                       .arg(lastSeq)
                                       .arg(headSeq));
    if (result.checked == 0) {
        // Nothing to walk. A station that wrote records (its users' creation is always recorded)
        // never comes back to an empty trail: the purge leaves its own record, and only a new
        // station has no head.
        if (hasHead || start || stationHasUsers(m_database))
            return broken(lastSeq + 1, QCoreApplication::translate("Audit", "The trail holds no record, but the station has written some: "
                                                                            "every record and the head were removed."));
    } else if (era == Era::Legacy) {
        if (headHash != previous)
            return broken(lastSeq + 1, QCoreApplication::translate("Audit", "The head of the trail does not match record %1, the last one: "
                                                                            "records were removed at the end.")
                                           .arg(lastSeq));
        walked.legacy = true;
    } else if (headHash != chainhash::headMac(key(), lastSeq, previous)) {
        return broken(
            lastSeq + 1,
            headHash == chainhash::unvouchedHead(key(), lastSeq, previous)
                ? QCoreApplication::translate("Audit", "The head of the trail does not vouch for record %1, the last one: records were "
                                                       "written after the end of the trail had been changed without the station's key.")
                      .arg(lastSeq)
                : QCoreApplication::translate("Audit", "The head of the trail does not vouch for record %1, the last one: the end of the "
                                                       "trail was changed without the station's key (records removed at the end, or "
                                                       "the head rewritten).")
                      .arg(lastSeq));
    }
    // The start itself: the newest purge record names the anchor it left, so records removed at the
    // start with a hand-made anchor show here.
    if (start
        && (lastPurge.value(QStringLiteral("anchor_seq")).toInteger() != start->seq
            || lastPurge.value(QStringLiteral("anchor_hash")).toString() != hex(start->hash)))
        return broken(start->seq + 1,
                      QCoreApplication::translate("Audit", "The trail starts after record %1, but no purge record vouches for that start.")
                          .arg(start->seq));
    return walked;
}

} // namespace portique::privacy
