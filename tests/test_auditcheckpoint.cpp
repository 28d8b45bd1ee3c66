// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Signed checkpoints of the audit trail (issue 17, "Audit chain"): written, checked anywhere with
// the public key they carry, and compared with a trail cut, rewritten or brought back from a backup.
#include "common/refusal.h"
#include "privacy/auditcheckpoint.h"
#include "privacy/auditlog.h"
#include "teststation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>

using namespace portique;
using privacy::CheckpointVerdict;

namespace {

void fill(test::TestStation &station, int count)
{
    for (int i = 1; i <= count; ++i) {
        station.clock().advance(60);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.action"), QStringLiteral("objet-%1").arg(i));
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile::remove(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

qint64 countOf(test::TestStation &station, const QString &action)
{
    return station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"), {action}).toLongLong();
}

privacy::CheckpointCheck check(test::TestStation &station, const QString &path)
{
    return privacy::verifyAgainstCheckpoint(station.database(), station.clock(), path);
}

} // namespace

class TestAuditCheckpoint final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("checkpoint-%1.json").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void writtenSignedAndConsistent()
    {
        test::TestStation station;
        fill(station, 10);
        const QString path = newPath();
        const privacy::AuditCheckpoint written = privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo"));
        // The station's signing key is created on first use (keys.create, record 11): 11 is signed.
        QCOMPARE(written.seq, 11);
        QCOMPARE(written.hash, station.audit().record(11)->hash);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        // Anyone can check the file with the public key it carries: the seven signed lines are
        // rebuilt here from the JSON alone, as a DPO's own tool would.
        const QJsonObject json = readJson(path);
        const QByteArray message = "portique audit checkpoint\nformat 1\nkey_id " + json[u"key_id"].toString().toLatin1() + "\npublic_key "
                                   + json[u"public_key"].toString().toLatin1() + "\nseq " + QByteArray::number(json[u"seq"].toInteger())
                                   + "\nhash " + json[u"hash"].toString().toLatin1() + "\nat " + json[u"at"].toString().toLatin1() + '\n';
        const QByteArray signature = QByteArray::fromHex(json[u"signature"].toString().toLatin1());
        const QByteArray publicKey = QByteArray::fromHex(json[u"public_key"].toString().toLatin1());
        QCOMPARE(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                             reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                             reinterpret_cast<const unsigned char *>(publicKey.constData())),
                 0);

        // The trail says what was signed.
        const privacy::AuditRecord recorded = station.audit().newest(1).constFirst();
        QCOMPARE(recorded.action, QString(privacy::checkpointAuditAction));
        QCOMPARE(recorded.actor, QStringLiteral("dpo"));
        QCOMPARE(recorded.details[u"seq"].toInteger(), 11);
        QCOMPARE(recorded.details[u"hash"].toString(), QString::fromLatin1(written.hash.toHex()));

        fill(station, 3);
        const privacy::CheckpointCheck checked =
            privacy::verifyAgainstCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo"));
        QCOMPARE(checked.verdict, CheckpointVerdict::Consistent);
        QVERIFY2(checked.sentence.contains(QStringLiteral("consistent")), qPrintable(checked.sentence));
        QCOMPARE(station.audit().newest(1).constFirst().action, QStringLiteral("audit.verify"));
        QVERIFY(station.audit().verify().intact);
    }

    void neverReplacesAFileNorVouchesForABrokenTrail()
    {
        test::TestStation station;
        fill(station, 4);
        const QString path = newPath();
        privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo"));
        const QByteArray first = test::fileDigest(path);
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo")));
        QCOMPARE(test::fileDigest(path), first);
        QCOMPARE(countOf(station, QString(privacy::checkpointAuditAction)), 1);

        station.database().execute(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2"));
        const QString refused = newPath();
        try {
            privacy::writeCheckpoint(station.database(), station.clock(), refused, QStringLiteral("dpo"));
            QFAIL("a broken trail was signed");
        } catch (const common::Refusal &refusal) {
            QVERIFY2(refusal.message().contains(QStringLiteral("broken at record 2")), qPrintable(refusal.message()));
        }
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(countOf(station, QString(privacy::checkpointAuditAction)), 1);
    }

    /// What happened to the trail after the checkpoint, and what the comparison says.
    void verdicts_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("words");
        // 10 records, the key (11), the checkpoint signs 11, records 12 (the checkpoint's) to 16.
        QTest::newRow("end cut, head left") << QStringLiteral("DELETE FROM audit_log WHERE seq > 8") << int(CheckpointVerdict::Truncated)
                                            << QStringLiteral("records were removed");
        QTest::newRow("end cut, head rewritten") << QStringLiteral(
            "DELETE FROM audit_log WHERE seq > 8; UPDATE audit_head SET last_seq = 8, hash = (SELECT hash FROM audit_log WHERE seq = 8)")
                                                 << int(CheckpointVerdict::Truncated) << QStringLiteral("records were removed");
        QTest::newRow("signed record removed") << QStringLiteral("DELETE FROM audit_log WHERE seq = 11")
                                               << int(CheckpointVerdict::Truncated) << QStringLiteral("no longer in the trail");
        QTest::newRow("signed record's link replaced") << QStringLiteral("UPDATE audit_log SET hash = randomblob(32) WHERE seq = 11")
                                                       << int(CheckpointVerdict::Rewritten) << QStringLiteral("rewritten");
        QTest::newRow("earlier record edited") << QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 4")
                                               << int(CheckpointVerdict::ChainBroken) << QStringLiteral("broken at record 4");
    }
    void verdicts()
    {
        QFETCH(QString, sql);
        QFETCH(int, verdict);
        QFETCH(QString, words);
        test::TestStation station;
        fill(station, 10);
        const QString path = newPath();
        QCOMPARE(privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo")).seq, 11);
        fill(station, 4);
        for (const QString &statement : sql.split(QStringLiteral("; ")))
            station.database().execute(statement);
        const privacy::CheckpointCheck checked = check(station, path);
        QCOMPARE(int(checked.verdict), verdict);
        QVERIFY2(checked.sentence.contains(words), qPrintable(checked.sentence));
    }

    /// A copy of the database from before the checkpoint, put back: intact, but behind it; once
    /// written to past the checkpoint's number, the signed record differs.
    void restoredBackupIsFound()
    {
        test::TestStation station;
        fill(station, 6);
        // The DPO's previous checkpoint: the station's key is older than the backup.
        privacy::writeCheckpoint(station.database(), station.clock(), newPath(), QStringLiteral("dpo"));
        station.close();
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(QFile::copy(station.databasePath(), backup));
        station.reopen();
        fill(station, 6);
        const QString path = newPath();
        privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo"));
        station.close();
        QVERIFY(QFile::remove(station.databasePath()));
        QVERIFY(QFile::copy(backup, station.databasePath()));
        station.reopen();
        QVERIFY(station.audit().verify().intact);
        privacy::CheckpointCheck checked = check(station, path);
        QCOMPARE(checked.verdict, CheckpointVerdict::RestoredFromBackup);
        QVERIFY2(checked.sentence.contains(QStringLiteral("a backup older than the checkpoint may have been restored")),
                 qPrintable(checked.sentence));
        fill(station, 10);
        checked = check(station, path);
        QCOMPARE(checked.verdict, CheckpointVerdict::Rewritten);
        QVERIFY2(checked.sentence.contains(QStringLiteral("backup")), qPrintable(checked.sentence));
    }

    void retentionCutIsToldApart()
    {
        test::TestStation station;
        fill(station, 6);
        const QString path = newPath();
        const qint64 signedSeq = privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo")).seq;
        fill(station, 3);
        station.database().transaction([&] {
            QVERIFY(station.audit().dropOldest(station.clock().now().addSecs(-60), 1000) > int(signedSeq));
            station.audit().append(QStringLiteral("system"), QString(privacy::purgeAuditAction), QString(),
                                   station.audit().anchorDetails());
        });
        QVERIFY(station.audit().verify().intact);
        const privacy::CheckpointCheck checked = check(station, path);
        QCOMPARE(checked.verdict, CheckpointVerdict::CutByRetention);
        QVERIFY2(checked.sentence.contains(QStringLiteral("retention purge")), qPrintable(checked.sentence));
    }

    void fileItselfIsChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("verdict");
        QTest::newRow("seq changed") << QStringLiteral("seq") << QJsonValue(3) << int(CheckpointVerdict::SignatureInvalid);
        QTest::newRow("time changed") << QStringLiteral("at") << QJsonValue(QStringLiteral("2027-01-01T00:00:00.000Z"))
                                      << int(CheckpointVerdict::SignatureInvalid);
        QTest::newRow("signature changed") << QStringLiteral("signature") << QJsonValue(QString(128, u'0'))
                                           << int(CheckpointVerdict::SignatureInvalid);
        QTest::newRow("hash malformed") << QStringLiteral("hash") << QJsonValue(QStringLiteral("zz")) << int(CheckpointVerdict::Unreadable);
        QTest::newRow("newer format") << QStringLiteral("format") << QJsonValue(2) << int(CheckpointVerdict::Unreadable);
        QTest::newRow("not a checkpoint") << QStringLiteral("kind") << QJsonValue(QStringLiteral("badge"))
                                          << int(CheckpointVerdict::Unreadable);
    }
    void fileItselfIsChecked()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, verdict);
        test::TestStation station;
        fill(station, 3);
        const QString path = newPath();
        privacy::writeCheckpoint(station.database(), station.clock(), path, QStringLiteral("dpo"));
        QJsonObject json = readJson(path);
        json[field] = value;
        writeJson(path, json);
        const privacy::CheckpointCheck checked = check(station, path);
        QCOMPARE(int(checked.verdict), verdict);
        QVERIFY(!checked.sentence.isEmpty());
    }

    void otherFilesAreRefusedClearly()
    {
        test::TestStation station;
        fill(station, 3);
        // Another station's checkpoint, validly signed with its own key.
        test::TestStation other;
        fill(other, 3);
        const QString foreign = newPath();
        privacy::writeCheckpoint(other.database(), other.clock(), foreign, QStringLiteral("dpo"));
        privacy::CheckpointCheck checked = check(station, foreign);
        QCOMPARE(checked.verdict, CheckpointVerdict::ForeignKey);
        QVERIFY2(checked.sentence.contains(QStringLiteral("not with a key of this station")), qPrintable(checked.sentence));
        // A missing file, a file that is not JSON.
        checked = check(station, m_dir.filePath(QStringLiteral("absent.json")));
        QCOMPARE(checked.verdict, CheckpointVerdict::Unreadable);
        QVERIFY2(checked.sentence.contains(QStringLiteral("absent.json")), qPrintable(checked.sentence));
        const QString garbage = newPath();
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100000, 'x'));
        file.close();
        checked = check(station, garbage);
        QCOMPARE(checked.verdict, CheckpointVerdict::Unreadable);
        QVERIFY2(checked.sentence.contains(QStringLiteral("not a Portique audit checkpoint")), qPrintable(checked.sentence));
    }
};

QTEST_GUILESS_MAIN(TestAuditCheckpoint)
#include "test_auditcheckpoint.moc"
