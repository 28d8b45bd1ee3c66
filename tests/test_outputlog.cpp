// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 17 #12: every file the station writes that may hold personal data is its owner's only from
// its creation, and is noted in the output log with whom it concerns, so that an erasure tells the
// DPO which files may still hold the person (privacy/outputlog.h, common::writePrivateFile).
#include "clirunner.h"
#include "peoplefixture.h"
#include "teststation.h"

#include "access/badgerender.h"
#include "common/isotime.h"
#include "common/privatefiles.h"
#include "people/badgeprinting.h"
#include "privacy/erasure.h"
#include "privacy/outputlog.h"
#include "privacy/purge.h"
#include "privacy/subjectexport.h"
#include "station/stationservices.h"
#include "storage/keyfile.h"
#include "visitors/rollcall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <sys/stat.h>

using namespace portique;

namespace {

const QString password = QStringLiteral("dpo-pass-2026-x");

unsigned modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QStringList strings(const QJsonValue &array)
{
    QStringList values;
    for (const QJsonValue &value : array.toArray())
        values << value.toString();
    return values;
}

} // namespace

class TestOutputLog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return QFileInfo(m_dir.filePath(name)).absoluteFilePath(); }

    test::CliRun cli(QStringList arguments, const QString &user = QStringLiteral("chef")) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user") << user;
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), password}});
    }
    /// Erasure is the DPO's (issue 15: two roles).
    test::CliRun dpoCli(const QStringList &arguments) const { return cli(arguments, QStringLiteral("dpo")); }

    test::CliRun registerVisitor(const QString &name, const QString &passOut) const
    {
        return cli({QStringLiteral("visitor"), QStringLiteral("register"), QStringLiteral("--name"), name, QStringLiteral("--host"),
                    QStringLiteral("Mme Martin"), QStringLiteral("--until"), QStringLiteral("12:00"), QStringLiteral("--pass-out"),
                    passOut});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A registration needs a departure later today: the station's time zone is chosen so that
        // the wall clock reads 10:xx (as test_cli_visitors does; "PTQ-3" is UTC+3).
        int offset = 10 - QDateTime::currentDateTimeUtc().time().hour();
        if (offset < -12)
            offset += 24;
        const QByteArray tz = "PTQ" + QByteArray(offset > 0 ? "-" : "+") + QByteArray::number(qAbs(offset));
        qputenv("TZ", tz);
        tzset();
        const test::CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"), QStringLiteral("Lycée")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), password}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), password}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const storage::DatabaseKey databaseKey = storage::KeyFile::read(key());
        auto database = storage::Database::open(db(), databaseKey, storage::Database::OpenMode::Existing);
        test::addPerson(*database, QStringLiteral("4300001"), QDate(2009, 1, 2));
        test::addPerson(*database, QStringLiteral("4300002"), QDate(2009, 3, 4));
    }

    void erasureListsTheBadgeFile()
    {
        const QString badges = file(QStringLiteral("badges-2nde.pdf"));
        const test::CliRun issued =
            cli({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4300001"), QStringLiteral("4300002"),
                 QStringLiteral("--badge-out"), badges, QStringLiteral("--sheet"), QStringLiteral("a4")});
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        QCOMPARE(modeOf(badges), 0600u);
        const QString single = file(QStringLiteral("4300001.png"));
        QVERIFY(cli({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4300001"), QStringLiteral("--badge-out"), single})
                    .exitCode
                == 0);

        const test::CliRun erased =
            dpoCli({QStringLiteral("subject"), QStringLiteral("erase"), QStringLiteral("4300001"), QStringLiteral("--yes")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        const QStringList files = strings(erased.json[u"files_to_delete"]);
        QCOMPARE(files, (QStringList{single, badges})); // newest first
        QVERIFY2(erased.err.contains(badges), qPrintable(erased.err));
        // The other holder's entry stays (the batch names them too); the erased person's alone went.
        const test::CliRun preview = dpoCli({QStringLiteral("subject"), QStringLiteral("erase"), QStringLiteral("4300002")});
        QCOMPARE(strings(preview.json[u"files_to_delete"]), QStringList{badges});
        // A deleted file is not listed again.
        QVERIFY(QFile::remove(badges));
        QVERIFY(strings(dpoCli({QStringLiteral("subject"), QStringLiteral("erase"), QStringLiteral("4300002")}).json[u"files_to_delete"])
                    .isEmpty());
    }

    void erasureListsTheRollCallOfTwo()
    {
        const QString passA = file(QStringLiteral("pass-a.pdf"));
        const QString passB = file(QStringLiteral("pass-b.png"));
        const test::CliRun a = registerVisitor(QStringLiteral("Alice Fictive"), passA);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const test::CliRun b = registerVisitor(QStringLiteral("Bruno Fictif"), passB);
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(modeOf(passB), 0600u);
        const QString idA = a.json[u"visitor"].toObject()[u"id"].toString();
        const QString idB = b.json[u"visitor"].toObject()[u"id"].toString();
        const QString rollCall = file(QStringLiteral("appel.pdf"));
        const test::CliRun called = cli({QStringLiteral("visitor"), QStringLiteral("roll-call"), QStringLiteral("--pdf"), rollCall});
        QVERIFY2(called.exitCode == 0, qPrintable(called.err));
        QCOMPARE(modeOf(rollCall), 0600u);
        for (const QString &id : {idA, idB})
            QVERIFY(cli({QStringLiteral("visitor"), QStringLiteral("checkout"), id}).exitCode == 0);

        const test::CliRun erased = dpoCli({QStringLiteral("subject"), QStringLiteral("erase"), idA, QStringLiteral("--yes")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QCOMPARE(strings(erased.json[u"files_to_delete"]), (QStringList{rollCall, passA}));
        const test::CliRun second = dpoCli({QStringLiteral("subject"), QStringLiteral("erase"), idB, QStringLiteral("--yes")});
        QCOMPARE(strings(second.json[u"files_to_delete"]), (QStringList{rollCall, passB}));
    }

    void filesArePrivateFromCreation()
    {
        // Whatever the umask of the process that links core (a test, a tool), and over a file that
        // was readable by others before: QSaveFile kept an existing file's mode, and a new one
        // got 0644 from a 022 umask until a chmod after writing.
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("badge.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(
            QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        access::BadgeCard card;
        card.schoolName = QStringLiteral("Lycée");
        card.familyName = QStringLiteral("TESTEUR");
        card.firstName = QStringLiteral("Élève");
        card.validFrom = QDate(2026, 9, 1);
        card.validUntil = QDate(2027, 8, 31);
        card.payload = QStringLiteral("PQ1:TEST");
        people::writeBadgeFile(pdf, {card}, access::BadgeSheet::Card);
        const QString png = dir.filePath(QStringLiteral("badge.png"));
        people::writeBadgeFile(png, {card}, access::BadgeSheet::Card);
        const QString rollCall = dir.filePath(QStringLiteral("appel.pdf"));
        visitors::writeRollCallPdf(rollCall, visitors::RollCall{QStringLiteral("Lycée"), QDateTime::currentDateTimeUtc(), {}});
        const QString plain = dir.filePath(QStringLiteral("registre.csv"));
        QVERIFY(common::writePrivateFile(plain, "a;b\n").isEmpty());
        ::umask(previous);
        for (const QString &path : {pdf, png, rollCall, plain})
            QVERIFY2(modeOf(path) == 0600u, qPrintable(QStringLiteral("%1: %2").arg(path).arg(modeOf(path), 0, 8)));
        // No temporary file left behind, and a folder that cannot be written says why.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
        QVERIFY(!common::writePrivateFile(dir.filePath(QStringLiteral("missing/x.csv")), "x").isEmpty());
    }

    void logHoldsNoIdAndIsPurged()
    {
        test::TestStation station;
        test::addPerson(station.database(), QStringLiteral("4400001"), QDate(2009, 1, 2));
        const QString named = QDir(station.folder()).filePath(QStringLiteral("4400001.json"));
        QVERIFY(common::writePrivateFile(named, "{}").isEmpty());
        privacy::OutputLog log(station.database(), station.clock());
        log.record({named, privacy::OutputKind::SubjectExport, {QStringLiteral("4400001")}});
        QCOMPARE(log.filesOf(QStringLiteral("4400001")).size(), std::size_t(1));
        // Whom a file concerns is a keyed hash: the id is nowhere in the log's rows but the path.
        QCOMPARE(station.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM output_subjects WHERE subject = ?1"), {QStringLiteral("4400001")})
                     .toLongLong(),
                 0);
        const privacy::ErasureReport erased =
            privacy::Erasure(station.database(), station.clock()).erase(QStringLiteral("4400001"), QStringLiteral("dpo"));
        QCOMPARE(erased.filesToDelete, QStringList{QFileInfo(named).absoluteFilePath()});
        // Once told, the log forgets the person, and the path that names them.
        QCOMPARE(station.database().scalar(QStringLiteral("SELECT count(*) FROM output_files")).toLongLong(), 0);

        const QString report = QDir(station.folder()).filePath(QStringLiteral("aipd.pdf"));
        QVERIFY(common::writePrivateFile(report, "%PDF").isEmpty());
        log.record({report, privacy::OutputKind::Aipd, {}});
        station.clock().advance(qint64(privacy::outputLogDays) * 86400);
        QCOMPARE(
            privacy::Purge(station.database(), station.clock()).run(true, QStringLiteral("system")).deleted(QStringLiteral("output_files")),
            0);
        station.clock().advance(86400);
        QCOMPARE(privacy::Purge(station.database(), station.clock())
                     .run(false, QStringLiteral("system"))
                     .deleted(QStringLiteral("output_files")),
                 1);
    }
};

QTEST_MAIN(TestOutputLog)
#include "test_outputlog.moc"
