// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 17 #18: restoring an older copy of the database must not bring back an erased person or a
// revoked badge. The forget ledger beside the file remembers both (keyed hashes, MAC-chained), and
// every opening replays it before the lanes open (privacy/forgetledger.h, restorereplay.h).
#include "clirunner.h"
#include "peoplefixture.h"
#include "teststation.h"

#include "common/isotime.h"
#include "people/enrolmentservice.h"
#include "privacy/consentstore.h"
#include "privacy/erasure.h"
#include "privacy/forgetledger.h"
#include "privacy/restorereplay.h"
#include "station/stationservices.h"
#include "storage/keyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace portique;

namespace {

const QString student = QStringLiteral("4200001");
const QString other = QStringLiteral("4200002");

/// Puts @p backup back as the database: what an administrator restoring a backup does (the
/// write-ahead log of the newer copy goes with it).
void restore(test::TestStation &station, const QString &backup)
{
    station.close();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(station.databasePath() + suffix);
    QFile::remove(station.databasePath());
    QVERIFY(QFile::copy(backup, station.databasePath()));
    station.reopen();
}

/// A copy of the database as it is now (closed first, so the copy is whole).
QString backup(test::TestStation &station)
{
    const QString copy = station.folder() + QStringLiteral("/backup.db");
    station.close();
    QFile::remove(copy);
    if (!QFile::copy(station.databasePath(), copy))
        qFatal("cannot copy the database");
    station.reopen();
    return copy;
}

qint64 count(storage::Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return db.scalar(sql, values).toLongLong();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// A student with a badge, and another with one: returns the other's badge code.
QString seed(test::TestStation &station)
{
    test::addPerson(station.database(), student, QDate(2009, 3, 4));
    test::addPerson(station.database(), other, QDate(2009, 5, 6));
    station::StationServices services(station.database(), station.clock());
    services.credentials.issueBadge(student, access::TemplateArchitecture::None, {}, QStringLiteral("accueil"));
    return services.credentials.issueBadge(other, access::TemplateArchitecture::None, {}, QStringLiteral("accueil")).payload;
}

} // namespace

class TestForgetLedger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restoredBackupIsReplayed()
    {
        test::TestStation station;
        const QString code = seed(station);
        const QString older = backup(station);
        station.clock().advance(3600);
        {
            station::StationServices services(station.database(), station.clock());
            privacy::Erasure(station.database(), station.clock()).erase(student, QStringLiteral("dpo"));
            QVERIFY(services.credentials.revoke(services.credentials.verify(code).credential->serialText(), QStringLiteral("lost"),
                                                QStringLiteral("accueil")));
        }
        const QString ledger = privacy::ForgetLedger::pathFor(station.databasePath());
        QVERIFY(QFile::exists(ledger));
        struct stat mode {};
        QCOMPARE(::stat(QFile::encodeName(ledger).constData(), &mode), 0);
        QCOMPARE(mode.st_mode & 0777, 0600u);
        // No name, no id, no serial in it: keyed hashes only.
        const QByteArray lines = readAll(ledger);
        QVERIFY(!lines.contains(student.toLatin1()));
        QVERIFY(!lines.contains("TESTEUR"));
        QCOMPARE(lines.count('\n'), 3); // the header, the erasure, the revocation

        station.clock().advance(3600);
        restore(station, older);
        // The defect: the older copy holds the erased student and a valid badge again.
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {student}), 1);
        {
            station::StationServices services(station.database(), station.clock());
            QCOMPARE(services.credentials.verify(code).verdict, access::Verdict::Valid);
        }

        const privacy::ReplayReport replay = privacy::replayForgetLedger(station.database(), station.clock());
        QCOMPARE(replay.erased, 1);
        QCOMPARE(replay.revoked, 1);
        QVERIFY(replay.failures.isEmpty());
        QVERIFY(!replay.damaged);
        QVERIFY(replay.auditSeq > 0);
        QVERIFY(replay.summary().contains(QStringLiteral("erased again")));
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {student}), 0);
        station::StationServices services(station.database(), station.clock());
        QCOMPARE(services.credentials.verify(code).verdict, access::Verdict::Revoked);
        const QJsonObject details =
            QJsonDocument::fromJson(station.database()
                                        .scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'restore.replay'"))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(details[u"erased"].toInt(), 1);
        QCOMPARE(details[u"revoked"].toInt(), 1);
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'restore_replay'")), 1);
        QVERIFY(services.audit.verify().intact);

        // A second opening has nothing left to do, and says nothing.
        const privacy::ReplayReport again = privacy::replayForgetLedger(station.database(), station.clock());
        QVERIFY(!again.worthTelling());
    }

    /// Issue 15: a withdrawal no longer revokes the badge (it is decided badge-only), so the
    /// revocation replay no longer covers it: an older copy held the consent, the type-2 template
    /// and a face-lane badge again.
    void withdrawnConsentIsReplayed()
    {
        test::TestStation station;
        test::addPerson(station.database(), student, QDate(2009, 3, 4));
        QString code;
        {
            station::StationServices services(station.database(), station.clock());
            people::ConsentDetails consent;
            consent.givenBy = QStringLiteral("Léa FICTIF");
            consent.guardianName = QStringLiteral("Sophie FICTIF");
            consent.guardianRelationship = QStringLiteral("10");
            consent.architecture = access::TemplateArchitecture::InDatabase;
            biometrics::Descriptor descriptor{};
            for (std::size_t i = 0; i < descriptor.size(); ++i)
                descriptor[i] = float(int(i % 7) - 3) * 0.02F;
            code = services.enrolments
                       .enrol(student, consent, biometrics::FaceTemplate{QByteArray::fromHex("0011223344556677"), descriptor},
                              people::CaptureMethod::Photos, 70, 2, QStringLiteral("accueil"))
                       .badge.payload;
        }
        const QString faceLaneBadges = QStringLiteral("SELECT count(*) FROM credentials WHERE revoked_at IS NULL AND architecture <> 0");
        const QString templates = QStringLiteral("SELECT count(*) FROM face_templates");
        QCOMPARE(count(station.database(), faceLaneBadges), 1);
        const QString older = backup(station);
        station.clock().advance(3600);
        {
            station::StationServices services(station.database(), station.clock());
            services.enrolments.withdrawConsent(student, QStringLiteral("accueil"));
        }
        QCOMPARE(count(station.database(), faceLaneBadges), 0);

        station.clock().advance(3600);
        restore(station, older);
        // The defect: the copy sends the badge to the face lane again, with the template and the consent.
        QCOMPARE(count(station.database(), faceLaneBadges), 1);
        QCOMPARE(count(station.database(), templates), 1);

        const privacy::ReplayReport replay = privacy::replayForgetLedger(station.database(), station.clock());
        QCOMPARE(replay.withdrawn, 1);
        QCOMPARE(replay.revoked, 0);
        QVERIFY2(replay.failures.isEmpty(), qPrintable(replay.failures.join(u" | ")));
        QVERIFY(replay.summary().contains(QStringLiteral("withdrawn again")));
        QCOMPARE(count(station.database(), faceLaneBadges), 0);
        QCOMPARE(count(station.database(), templates), 0);
        QVERIFY(!privacy::ConsentStore(station.database()).current(student));
        station::StationServices services(station.database(), station.clock());
        // The badge itself keeps working, badge-only, as after the withdrawal.
        QCOMPARE(services.credentials.verify(code).verdict, access::Verdict::Valid);
        QVERIFY(!privacy::replayForgetLedger(station.database(), station.clock()).worthTelling());
    }

    void personImportedAgainAfterTheErasureStays()
    {
        // PRIVACY.md: an erased student still at school comes back at the next SIECLE import, as a
        // new registry entry. That entry was created after the erasure: not a restored one.
        test::TestStation station;
        seed(station);
        privacy::Erasure(station.database(), station.clock()).erase(student, QStringLiteral("dpo"));
        station.clock().advance(60);
        test::addPerson(station.database(), student, QDate(2009, 3, 4));
        station.database().execute(QStringLiteral("UPDATE people SET created_at = ?2 WHERE id = ?1"),
                                   {student, common::isoTime(station.clock().now())});
        const privacy::ReplayReport replay = privacy::replayForgetLedger(station.database(), station.clock());
        QCOMPARE(replay.erased, 0);
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {student}), 1);
    }

    void aPreviewSaysNothingWasWritten()
    {
        // A preview once reported "forget_ledger": "written" although it writes nothing.
        test::TestStation station;
        seed(station);
        const privacy::ErasureReport preview = privacy::Erasure(station.database(), station.clock()).preview(student);
        QCOMPARE(preview.toJson().value(QStringLiteral("forget_ledger")).toString(), QStringLiteral("not_applicable"));
        const privacy::ErasureReport done = privacy::Erasure(station.database(), station.clock()).erase(student, QStringLiteral("dpo"));
        QCOMPARE(done.toJson().value(QStringLiteral("forget_ledger")).toString(), QStringLiteral("written"));
    }

    void revocationRolledBackLeavesNoLine()
    {
        test::TestStation station;
        const QString code = seed(station);
        station::StationServices services(station.database(), station.clock());
        const QString serial = services.credentials.verify(code).credential->serialText();
        try {
            station.database().transaction([&] {
                services.credentials.revoke(serial, QStringLiteral("lost"), QStringLiteral("accueil"));
                throw std::runtime_error("the caller changes its mind");
            });
        } catch (const std::runtime_error &) {
        }
        privacy::ForgetLedger ledger(station.database());
        QCOMPARE(ledger.pendingCount(), 0);
        QVERIFY(ledger.read().entries.empty());
        // Else the next opening would revoke a badge that is valid.
        QVERIFY(!privacy::replayForgetLedger(station.database(), station.clock()).replayed());
        QCOMPARE(services.credentials.verify(code).verdict, access::Verdict::Valid);
    }

    void damagedLedger_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("line edited") << QStringLiteral("edit");
        QTest::newRow("line removed") << QStringLiteral("remove");
        QTest::newRow("last line cut") << QStringLiteral("truncate");
        QTest::newRow("deleted") << QStringLiteral("delete");
        QTest::newRow("another station's") << QStringLiteral("foreign");
    }

    void damagedLedger()
    {
        QFETCH(QString, how);
        test::TestStation station;
        const QString code = seed(station);
        station::StationServices services(station.database(), station.clock());
        privacy::Erasure(station.database(), station.clock()).erase(student, QStringLiteral("dpo"));
        services.credentials.revoke(services.credentials.verify(code).credential->serialText(), QStringLiteral("lost"),
                                    QStringLiteral("accueil"));
        const QString path = privacy::ForgetLedger::pathFor(station.databasePath());
        QByteArrayList lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 4); // header, 2 entries, and the empty rest after the last newline
        if (how == u"edit") {
            lines[1].replace("erase", "revoke"); // an erasure made to look like a revocation
            writeAll(path, lines.join('\n'));
        } else if (how == u"remove") {
            lines.removeAt(1); // the erasure forgotten: a restore would bring the student back
            writeAll(path, lines.join('\n'));
        } else if (how == u"truncate") {
            lines.removeAt(2);
            writeAll(path, lines.join('\n'));
        } else if (how == u"delete") {
            QVERIFY(QFile::remove(path));
        } else {
            test::TestStation stranger;
            seed(stranger);
            privacy::Erasure(stranger.database(), stranger.clock()).erase(student, QStringLiteral("dpo"));
            QFile::remove(path);
            QVERIFY(QFile::copy(privacy::ForgetLedger::pathFor(stranger.databasePath()), path));
        }
        privacy::ForgetLedger ledger(station.database());
        QVERIFY(ledger.read().damaged);

        const privacy::ReplayReport replay = privacy::replayForgetLedger(station.database(), station.clock());
        QVERIFY(replay.damaged);
        QVERIFY(!replay.damage.isEmpty());
        QVERIFY(replay.worthTelling());
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'forget_ledger_damaged'")), 1);
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'forget_ledger.damaged'")), 1);
        if (how != u"delete") {
            QVERIFY(!replay.keptAs.isEmpty());
            QVERIFY(QFile::exists(replay.keptAs)); // kept for the DPO
        }
        // The station goes on with a whole ledger again: verified lines carried over, new lines chained.
        QVERIFY(!ledger.read().damaged);
        privacy::Erasure(station.database(), station.clock()).erase(other, QStringLiteral("dpo"));
        QVERIFY(!ledger.read().damaged);
        QCOMPARE(ledger.pendingCount(), 0);
        QVERIFY(services.audit.verify().intact);
    }

    void unwritableLedgerIsToldAndRetried()
    {
        test::TestStation station;
        seed(station);
        // A folder where the ledger should be: no file can be written there.
        const QString path = privacy::ForgetLedger::pathFor(station.databasePath());
        QVERIFY(QDir().mkpath(path));
        const privacy::ErasureReport report = privacy::Erasure(station.database(), station.clock()).erase(student, QStringLiteral("dpo"));
        QVERIFY2(report.ledgerProblem.contains(QStringLiteral("could not be written")), qPrintable(report.ledgerProblem));
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {student}),
                 0); // erased all the same
        privacy::ForgetLedger ledger(station.database());
        QCOMPARE(ledger.pendingCount(), 1);
        QCOMPARE(count(station.database(), QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'forget_ledger_unwritten'")), 1);

        QVERIFY(QDir(path).removeRecursively());
        const privacy::ReplayReport replay = privacy::replayForgetLedger(station.database(), station.clock());
        QCOMPARE(replay.flushed, 1);
        QVERIFY(replay.flushError.isEmpty());
        QCOMPARE(ledger.pendingCount(), 0);
        QCOMPARE(ledger.read().entries.size(), std::size_t(1));
    }

    void portiquectlReplaysBeforeAnyCommand()
    {
        // End to end, as an administrator would meet it: erase, put a backup back, run a command.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const QString key = dir.filePath(QStringLiteral("station.key"));
        const QString password = QStringLiteral("dpo-pass-2026-x");
        auto cliAs = [&](const QString &user, QStringList arguments) {
            arguments << QStringLiteral("--db") << db << QStringLiteral("--key-file") << key << QStringLiteral("--user") << user;
            return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), password}});
        };
        auto cli = [&](const QStringList &arguments) { return cliAs(QStringLiteral("chef"), arguments); };
        const test::CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key, QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"), QStringLiteral("Lycée")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), password}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), password}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        {
            const storage::DatabaseKey databaseKey = storage::KeyFile::read(key);
            auto database = storage::Database::open(db, databaseKey, storage::Database::OpenMode::Existing);
            test::addPerson(*database, student, QDate(2009, 3, 4));
        }
        const QString older = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(QFile::copy(db, older));
        const test::CliRun erased =
            cliAs(QStringLiteral("dpo"), {QStringLiteral("subject"), QStringLiteral("erase"), student, QStringLiteral("--yes")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));

        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        QVERIFY(QFile::remove(db));
        QVERIFY(QFile::copy(older, db));

        const test::CliRun shown = cli({QStringLiteral("people"), QStringLiteral("show"), student});
        QVERIFY2(shown.exitCode != 0, "the restored copy brought the erased student back");
        QVERIFY2(shown.err.contains(QStringLiteral("erased again")), qPrintable(shown.err));
        const test::CliRun audit = cliAs(QStringLiteral("dpo"), {QStringLiteral("audit"), QStringLiteral("list"),
                                                                 QStringLiteral("--action"), QStringLiteral("restore.replay")});
        QCOMPARE(audit.json[u"records"].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestForgetLedger)
#include "test_forgetledger.moc"
