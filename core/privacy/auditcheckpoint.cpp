// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditcheckpoint.h"

#include "access/stationkeys.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "common/sodiuminit.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sodium.h>

#include <optional>

namespace portique::privacy {
namespace {

// A checkpoint is a few hundred bytes; anything much larger is not one, and is not read whole.
constexpr qint64 maximumFileSize = 64 * 1024;
constexpr QLatin1StringView fileKind{"portique-audit-checkpoint"};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// The first 4 bytes of BLAKE2b-256(public key): the station keys' id (access/stationkeys.cpp).
QByteArray keyIdOf(const QByteArray &publicKey)
{
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(publicKey.constData()), quint64(publicKey.size()),
                       nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), 4);
}

QString shownTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QJsonObject toJson(const AuditCheckpoint &checkpoint)
{
    return {{QStringLiteral("kind"), QString(fileKind)},
            {QStringLiteral("format"), checkpoint.format},
            {QStringLiteral("key_id"), hex(checkpoint.keyId)},
            {QStringLiteral("public_key"), hex(checkpoint.publicKey)},
            {QStringLiteral("seq"), checkpoint.seq},
            {QStringLiteral("hash"), hex(checkpoint.hash)},
            {QStringLiteral("at"), common::isoTime(checkpoint.at)},
            {QStringLiteral("signature"), hex(checkpoint.signature)}};
}

QByteArray hexField(const QJsonObject &object, const char *name, qsizetype size)
{
    const QString text = object.value(QLatin1StringView(name)).toString();
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    return text.size() == size * 2 && bytes.size() == size ? bytes : QByteArray();
}

/// The checkpoint in @p path, or the sentence saying why it is not one.
std::optional<AuditCheckpoint> readCheckpoint(const QString &path, QString &problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QCoreApplication::translate("Audit", "Cannot read the checkpoint %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maximumFileSize + 1);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(bytes, &error).object();
    if (bytes.size() > maximumFileSize || error.error != QJsonParseError::NoError
        || object.value(QStringLiteral("kind")).toString() != fileKind) {
        problem = QCoreApplication::translate("Audit", "%1 is not a Portique audit checkpoint.").arg(path);
        return std::nullopt;
    }
    AuditCheckpoint checkpoint;
    checkpoint.format = object.value(QStringLiteral("format")).toInt();
    if (checkpoint.format != checkpointFormat) {
        problem =
            QCoreApplication::translate("Audit", "%1 is a checkpoint of format %2, which this Portique cannot read (it reads format %3).")
                .arg(path)
                .arg(checkpoint.format)
                .arg(checkpointFormat);
        return std::nullopt;
    }
    checkpoint.keyId = hexField(object, "key_id", 4);
    checkpoint.publicKey = hexField(object, "public_key", crypto_sign_PUBLICKEYBYTES);
    checkpoint.seq = object.value(QStringLiteral("seq")).toInteger(-1);
    checkpoint.hash = hexField(object, "hash", 32);
    checkpoint.at = common::parseIsoTime(object.value(QStringLiteral("at")).toString());
    checkpoint.signature = hexField(object, "signature", crypto_sign_BYTES);
    if (checkpoint.keyId.isEmpty() || checkpoint.publicKey.isEmpty() || checkpoint.seq < 1 || checkpoint.hash.isEmpty()
        || !checkpoint.at.isValid() || checkpoint.signature.isEmpty()) {
        problem =
            QCoreApplication::translate("Audit", "The checkpoint %1 is incomplete or damaged: a field is missing or malformed.").arg(path);
        return std::nullopt;
    }
    return checkpoint;
}

void writeNewFile(const QString &path, const QByteArray &bytes)
{
    // Never replaces a file: an older checkpoint is evidence too. Mode 0600 from the start (not
    // after writing): it names the station's key and the state of its trail.
    QFile file(path);
    if (QFile::exists(path))
        throw common::Refusal(
            QCoreApplication::translate("Audit", "The file %1 already exists; a checkpoint never replaces another file. Choose a new name.")
                .arg(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw common::Refusal(QCoreApplication::translate("Audit", "Cannot write the checkpoint %1: %2").arg(path, file.errorString()));
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const QString error = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(path);
        throw common::Refusal(QCoreApplication::translate("Audit", "Cannot write the checkpoint %1: %2").arg(path, error));
    }
}

} // namespace

QByteArray AuditCheckpoint::signedMessage() const
{
    QByteArray message;
    message += "portique audit checkpoint\n";
    message += "format " + QByteArray::number(format) + '\n';
    message += "key_id " + keyId.toHex() + '\n';
    message += "public_key " + publicKey.toHex() + '\n';
    message += "seq " + QByteArray::number(seq) + '\n';
    message += "hash " + hash.toHex() + '\n';
    message += "at " + common::isoTime(at).toLatin1() + '\n';
    return message;
}

QString checkpointVerdictId(CheckpointVerdict verdict)
{
    switch (verdict) {
    case CheckpointVerdict::Consistent:
        return QStringLiteral("consistent");
    case CheckpointVerdict::Truncated:
        return QStringLiteral("truncated");
    case CheckpointVerdict::RestoredFromBackup:
        return QStringLiteral("restored_from_backup");
    case CheckpointVerdict::Rewritten:
        return QStringLiteral("rewritten");
    case CheckpointVerdict::CutByRetention:
        return QStringLiteral("cut_by_retention");
    case CheckpointVerdict::ChainBroken:
        return QStringLiteral("chain_broken");
    case CheckpointVerdict::SignatureInvalid:
        return QStringLiteral("signature_invalid");
    case CheckpointVerdict::ForeignKey:
        return QStringLiteral("foreign_key");
    case CheckpointVerdict::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

AuditCheckpoint writeCheckpoint(storage::Database &database, const common::Clock &clock, const QString &path, const QString &actor)
{
    common::ensureSodium();
    AuditLog audit(database, clock);
    access::StationKeys keys(database, audit, clock);
    AuditCheckpoint checkpoint;
    // One transaction: what is signed is the trail as verified, and the record of the checkpoint
    // exists exactly when the file does.
    database.transaction([&] {
        const access::SigningKey signing = keys.signingKey();
        const AuditVerification verified = audit.verify();
        if (!verified.intact)
            throw common::Refusal(
                QCoreApplication::translate(
                    "Audit", "The audit trail is broken at record %1: %2 Investigate before taking a checkpoint, which would vouch for it.")
                    .arg(verified.firstBrokenSeq)
                    .arg(verified.problem));
        const std::optional<AuditRecord> last = audit.record(audit.lastSeq());
        if (!last)
            throw common::Refusal(
                QCoreApplication::translate("Audit", "The audit trail holds no record yet: there is nothing to vouch for."));
        checkpoint.keyId = signing.keyId;
        checkpoint.publicKey = signing.publicKey;
        checkpoint.seq = last->seq;
        checkpoint.hash = last->hash;
        checkpoint.at = clock.now().toUTC();
        const QByteArray message = checkpoint.signedMessage();
        const QByteArrayView secret(signing.secretKey);
        checkpoint.signature = QByteArray(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(checkpoint.signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                             reinterpret_cast<const unsigned char *>(secret.data()));
        writeNewFile(path, QJsonDocument(toJson(checkpoint)).toJson(QJsonDocument::Indented));
        try {
            audit.append(actor, QString(checkpointAuditAction), QString(),
                         {{QStringLiteral("seq"), checkpoint.seq},
                          {QStringLiteral("hash"), hex(checkpoint.hash)},
                          {QStringLiteral("key_id"), hex(checkpoint.keyId)},
                          {QStringLiteral("file"), path}});
        } catch (...) {
            QFile::remove(path);
            throw;
        }
    });
    return checkpoint;
}

CheckpointCheck verifyAgainstCheckpoint(storage::Database &database, const common::Clock &clock, const QString &path, const QString &actor)
{
    common::ensureSodium();
    CheckpointCheck check;
    auto verdict = [&check](CheckpointVerdict kind, const QString &sentence) {
        check.verdict = kind;
        check.sentence = sentence;
        return check;
    };
    QString problem;
    const std::optional<AuditCheckpoint> read = readCheckpoint(path, problem);
    if (!read)
        return verdict(CheckpointVerdict::Unreadable, problem);
    const AuditCheckpoint &checkpoint = check.checkpoint = *read;

    // First the file itself: signed by the key it names, a key of this station.
    const QByteArray message = checkpoint.signedMessage();
    if (keyIdOf(checkpoint.publicKey) != checkpoint.keyId
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(checkpoint.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(checkpoint.publicKey.constData()))
               != 0)
        return verdict(
            CheckpointVerdict::SignatureInvalid,
            QCoreApplication::translate(
                "Audit",
                "The checkpoint's signature is not valid: the file was altered after it was signed, or damaged. It proves nothing."));
    AuditLog audit(database, clock);
    access::StationKeys keys(database, audit, clock);
    if (keys.publicKey(checkpoint.keyId) != checkpoint.publicKey)
        return verdict(CheckpointVerdict::ForeignKey,
                       QCoreApplication::translate(
                           "Audit",
                           "The checkpoint is signed, but not with a key of this station (key %1): it was taken on another station, or "
                           "this database is not the one it vouches for (a copy from before that key was created, for instance).")
                           .arg(hex(checkpoint.keyId)));

    // Then the trail, as it is now.
    const AuditVerification verified = audit.verify();
    const std::optional<AuditAnchor> start = audit.anchor();
    const qint64 lastSeq = audit.lastSeq();
    const QString signedOn = shownTime(checkpoint.at);
    const QString trailState = verified.intact ? QCoreApplication::translate("Audit", "The trail itself verifies.")
                                               : QCoreApplication::translate("Audit", "The trail is broken: %1").arg(verified.problem);
    if (start && checkpoint.seq <= start->seq) {
        if (checkpoint.seq == start->seq && start->hash != checkpoint.hash)
            return verdict(
                CheckpointVerdict::Rewritten,
                QCoreApplication::translate("Audit", "The retention purge's cut at record %1 does not have the hash the checkpoint signed "
                                                     "on %2: the trail was rewritten. %3")
                    .arg(checkpoint.seq)
                    .arg(signedOn, trailState));
        return verdict(
            CheckpointVerdict::CutByRetention,
            QCoreApplication::translate(
                "Audit",
                "Record %1, signed on %2, has since been dropped by the retention purge (the trail now starts after record %3), so "
                "its hash can no longer be compared. What can still be checked: the trail holds records %4 to %5, past the "
                "checkpoint. %6")
                .arg(checkpoint.seq)
                .arg(signedOn)
                .arg(start->seq)
                .arg(start->seq + 1)
                .arg(lastSeq)
                .arg(trailState));
    }
    if (const std::optional<AuditRecord> record = audit.record(checkpoint.seq)) {
        if (record->hash != checkpoint.hash)
            return verdict(
                CheckpointVerdict::Rewritten,
                QCoreApplication::translate(
                    "Audit",
                    "Record %1 no longer has the hash the checkpoint signed on %2: the trail was rewritten up to that record (by "
                    "someone holding the database key), or a backup older than the checkpoint was restored and written to since. %3")
                    .arg(checkpoint.seq)
                    .arg(signedOn, trailState));
        if (!verified.intact)
            return verdict(
                CheckpointVerdict::ChainBroken,
                QCoreApplication::translate(
                    "Audit", "Record %1 is there with the hash the checkpoint signed on %2, but the trail is broken at record %3: %4")
                    .arg(checkpoint.seq)
                    .arg(signedOn)
                    .arg(verified.firstBrokenSeq)
                    .arg(verified.problem));
        if (!actor.isEmpty())
            audit.append(actor, QStringLiteral("audit.verify"), QString(),
                         {{QStringLiteral("checked"), verified.checked},
                          {QStringLiteral("checkpoint_seq"), checkpoint.seq},
                          {QStringLiteral("checkpoint_at"), common::isoTime(checkpoint.at)}});
        return verdict(CheckpointVerdict::Consistent,
                       QCoreApplication::translate("Audit",
                                                   "The trail is consistent with the checkpoint signed on %1: record %2 is there with "
                                                   "the signed hash, and the whole trail (%3 records) verifies.")
                           .arg(signedOn)
                           .arg(checkpoint.seq)
                           .arg(verified.checked));
    }
    if (lastSeq < checkpoint.seq && verified.intact) {
        const std::optional<AuditRecord> newest = audit.record(lastSeq);
        return verdict(CheckpointVerdict::RestoredFromBackup,
                       QCoreApplication::translate(
                           "Audit",
                           "The trail ends at record %1 (%2), before record %3 that the checkpoint signed on %4, and it verifies: a backup "
                           "older than the checkpoint may have been restored (or the end of the trail was cut by someone holding the "
                           "database key).")
                           .arg(lastSeq)
                           .arg(newest ? shownTime(newest->at) : QString())
                           .arg(checkpoint.seq)
                           .arg(signedOn));
    }
    return verdict(CheckpointVerdict::Truncated,
                   QCoreApplication::translate("Audit",
                                               "Record %1, which the checkpoint signed on %2, is no longer in the trail (it ends at record "
                                               "%3): records were removed. %4")
                       .arg(checkpoint.seq)
                       .arg(signedOn)
                       .arg(lastSeq)
                       .arg(trailState));
}

} // namespace portique::privacy
