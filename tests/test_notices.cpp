// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The information notices (issue 15, docs/notices.md): figures that follow the settings, the
// sign's camera uses, the controller's details, PDF files, and `portiquectl notice` end to end.
#include "clirunner.h"
#include "teststation.h"

#include "i18n/language.h"

#include "privacy/experimentdefinition.h"
#include "privacy/notice.h"
#include "privacy/retention.h"
#include "reports/noticerender.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/keyfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using privacy::NoticeKind;

namespace {

const privacy::NoticeContacts contacts{QStringLiteral("Mme Claire Martin, proviseure"), QStringLiteral("1 rue des Écoles, 13001 Marseille"),
                                       QStringLiteral("dpd@ac-test.fr"), QStringLiteral("www.lycee-test.fr/donnees")};

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    // pdftotext breaks lines where the PDF does: compare words, not lines.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

bool pdftotextPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/// Share of pixels that are not white: a page with text on it has some.
double inkOf(const QImage &page)
{
    qint64 ink = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            ink += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
    }
    return double(ink) / (double(page.width()) * page.height() / 4.0);
}

struct Fixture {
    test::TestStation station;
    station::StationServices services{station.database(), station.clock()};

    Fixture(bool withContacts = true)
    {
        services.settings.set(station::settings::schoolName, QStringLiteral("Lycée Test"), QStringLiteral("dpo"));
        if (withContacts)
            privacy::saveNoticeContacts(services.settings, contacts, QStringLiteral("dpo"));
    }
    privacy::Notice notice(NoticeKind kind) { return privacy::buildNotice(kind, privacy::collectNoticeFacts(services)); }
    void cameras(bool gate, bool indoor)
    {
        QList<station::CameraConfig> list;
        if (gate) {
            station::CameraConfig lane;
            lane.name = QStringLiteral("Voie 1");
            lane.source = QStringLiteral("/dev/video0");
            list << lane;
        }
        if (indoor) {
            station::CameraConfig hall;
            hall.name = QStringLiteral("Hall");
            hall.source = QStringLiteral("/dev/video1");
            hall.role = station::CameraConfig::Role::IndoorZone;
            hall.zone = QStringLiteral("Hall");
            list << hall;
        }
        station::saveCameras(services.settings, list, QStringLiteral("admin"));
    }
    void experiment()
    {
        privacy::ExperimentDefinition definition;
        definition.name = QStringLiteral("Voie visage");
        definition.start = QDate(2026, 9, 1);
        definition.end = QDate(2027, 6, 30);
        privacy::saveExperiment(services.settings, definition, QStringLiteral("dpo"));
    }
};

} // namespace

class TestNotices final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English words and dates (en_GB) as the command line prints them; plurals come from the
        // catalogue, so a sentence reads "90 days" where the catalogue has it, "90 day(s)" before.
        QVERIFY(i18n::installTranslation(QStringLiteral("en")));
    }

    /// The test: change the passages' retention, regenerate, the text changes. Both ways
    /// round, so a figure written into a sentence once (not read) fails one of them.
    void figuresFollowTheRetentionSetting_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("full") << int(NoticeKind::Full);
        QTest::newRow("minors") << int(NoticeKind::Minors);
        QTest::newRow("parents") << int(NoticeKind::Parents);
    }
    void figuresFollowTheRetentionSetting()
    {
        QFETCH(int, kind);
        Fixture f;
        const privacy::RetentionRule before = privacy::retentionRule(f.services.settings, privacy::RetentionKind::AccessEvents);
        const QString former = QStringLiteral("%1 day").arg(before.days);
        const QString was = f.notice(NoticeKind(kind)).plainText();
        QVERIFY2(was.contains(former), qPrintable(was));
        QVERIFY(!was.contains(QStringLiteral("47 day")));
        privacy::setRetentionDays(f.services.settings, privacy::RetentionKind::AccessEvents, 47, QStringLiteral("dpo"));
        const QString now = f.notice(NoticeKind(kind)).plainText();
        QVERIFY2(now.contains(QStringLiteral("47 day")), qPrintable(now));
        // Exactly the passages' sentence changed: alerts and visitors keep their own 90 days.
        QCOMPARE(now.count(former), was.count(former) - 1);
        // The audit trail too (a setting the DPO edits within its bounds).
        privacy::setRetentionDays(f.services.settings, privacy::RetentionKind::AuditLog, 200, QStringLiteral("dpo"));
        QVERIFY(f.notice(NoticeKind(kind)).plainText().contains(QStringLiteral("200 day")));
    }

    /// The same through the PDF: what prints is what the settings say.
    void pdfFollowsTheRetentionSetting()
    {
        if (!pdftotextPresent())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.pdf"));
        privacy::setRetentionDays(f.services.settings, privacy::RetentionKind::AccessEvents, 61, QStringLiteral("dpo"));
        reports::writeNoticePdf(path, f.notice(NoticeKind::Full));
        QVERIFY(pdfText(path).contains(QStringLiteral("Deleted 61 days after the passage")));
        privacy::setRetentionDays(f.services.settings, privacy::RetentionKind::AccessEvents, 33, QStringLiteral("dpo"));
        reports::writeNoticePdf(path, f.notice(NoticeKind::Full));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Deleted 33 days after the passage")));
        QVERIFY(!text.contains(QStringLiteral("61 days")));
        QVERIFY(text.contains(QStringLiteral("dpd@ac-test.fr")));
        QVERIFY(text.contains(QStringLiteral("3 place de Fontenoy")));
    }

    void everyKindRendersANonEmptyPdf_data()
    {
        QTest::addColumn<int>("kind");
        for (const NoticeKind kind : privacy::noticeKinds())
            QTest::newRow(qPrintable(privacy::noticeKindId(kind))) << int(kind);
    }
    void everyKindRendersANonEmptyPdf()
    {
        QFETCH(int, kind);
        Fixture f;
        f.cameras(true, true);
        f.experiment();
        const privacy::Notice notice = f.notice(NoticeKind(kind));
        QVERIFY(privacy::noticeNotReady(notice).isEmpty());
        const QByteArray pdf = reports::noticePdf(notice);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 5000, qPrintable(QString::number(pdf.size())));
        const QList<QImage> pages = reports::renderNoticePages(notice, 40);
        QVERIFY(!pages.isEmpty());
        if (NoticeKind(kind) == NoticeKind::Sign)
            QCOMPARE(pages.size(), 1);
        for (const QImage &page : pages)
            QVERIFY(inkOf(page) > 0.005);
    }

    /// The sign says one sentence per camera use the configuration has, and no other.
    void theSignNamesOnlyCameraUsesThatExist()
    {
        Fixture f;
        const auto uses = [&f] { return f.notice(NoticeKind::Sign).cameraUses.join(u'\n'); };
        QCOMPARE(f.notice(NoticeKind::Sign).cameraUses.size(), 1);
        QVERIFY(uses().contains(QStringLiteral("No camera")));

        f.cameras(true, false);
        QCOMPARE(f.notice(NoticeKind::Sign).cameraUses.size(), 1);
        QVERIFY(uses().contains(QStringLiteral("Gate cameras detect and follow everyone in view")));
        QVERIFY(!uses().contains(QStringLiteral("Face lane")));
        QVERIFY(!uses().contains(QStringLiteral("Indoor")));
        QVERIFY(!f.notice(NoticeKind::Full).plainText().contains(QStringLiteral("Face lane (optional")));

        f.experiment(); // the face lane runs only inside a declared experiment
        QCOMPARE(f.notice(NoticeKind::Sign).cameraUses.size(), 2);
        QVERIFY(uses().contains(QStringLiteral("Face lane, for volunteers only, from 1 September 2026 to 30 June 2027")));
        QVERIFY(uses().contains(QStringLiteral("compared once")));
        QVERIFY(!uses().contains(QStringLiteral("Indoor")));
        QVERIFY(!f.notice(NoticeKind::Full).plainText().contains(QStringLiteral("Following visitors indoors")));

        f.cameras(true, true);
        QCOMPARE(f.notice(NoticeKind::Sign).cameraUses.size(), 3);
        QVERIFY(uses().contains(QStringLiteral("Indoor cameras look only for visitors")));
        QVERIFY(f.notice(NoticeKind::Full).plainText().contains(QStringLiteral("Following visitors indoors")));

        // An experiment that ended closes the face lane: the sign no longer promises it.
        f.station.clock().set(QDateTime(QDate(2027, 7, 2), QTime(8, 0), Qt::UTC));
        QCOMPARE(f.notice(NoticeKind::Sign).cameraUses.size(), 2);
        QVERIFY(!uses().contains(QStringLiteral("Face lane")));
    }

    void theControllerIsRequiredAndChecked()
    {
        Fixture f(false);
        const privacy::Notice bare = f.notice(NoticeKind::Full);
        QCOMPARE(bare.missing.size(), 2);
        QVERIFY(bare.plainText().contains(QStringLiteral("[not set: the head of school]")));
        QVERIFY(privacy::noticeNotReady(bare).contains(QStringLiteral("the DPO's contact")));

        privacy::NoticeContacts bad = contacts;
        bad.dpoContact = QStringLiteral("the DPO of the académie");
        QVERIFY(privacy::noticeContactsProblem(bad).contains(QStringLiteral("e-mail address or a phone number")));
        bad.dpoContact = QStringLiteral("04 91 00 00 00");
        QVERIFY(privacy::noticeContactsProblem(bad).isEmpty());
        bad.head = QStringLiteral("Mme Martin\nproviseure");
        QVERIFY(privacy::noticeContactsProblem(bad).contains(QStringLiteral("one line")));
        bad.head = QString(121, u'x');
        QVERIFY(privacy::noticeContactsProblem(bad).contains(QStringLiteral("too long")));
        bad.head = QStringLiteral("  ");
        QVERIFY(privacy::noticeContactsProblem(bad).contains(QStringLiteral("head of school is required")));
        // Refused: nothing stored, not even the valid fields.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, privacy::saveNoticeContacts(f.services.settings, bad, QStringLiteral("dpo")));
        QVERIFY(privacy::loadNoticeContacts(f.services.settings).dpoContact.isEmpty());

        const qint64 changes =
            f.station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")).toLongLong();
        privacy::saveNoticeContacts(f.services.settings, contacts, QStringLiteral("dpo"));
        QCOMPARE(privacy::loadNoticeContacts(f.services.settings).head, contacts.head);
        QCOMPARE(
            f.station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")).toLongLong(),
            changes + 4);
        const privacy::Notice ready = f.notice(NoticeKind::Full);
        QVERIFY(ready.missing.isEmpty());
        QVERIFY(ready.plainText().contains(QStringLiteral("represented by its head, Mme Claire Martin, proviseure")));
        // An optional field once set is replaced, never silently blanked.
        privacy::NoticeContacts cleared = contacts;
        cleared.address.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, privacy::saveNoticeContacts(f.services.settings, cleared, QStringLiteral("dpo")));
    }

    /// A folder that cannot be written: a translated sentence naming the path, and no file (no
    /// half-written PDF, no temporary file left beside it).
    void anUnwritablePathLeavesNoFile()
    {
        Fixture f;
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("not-a-folder/notice.pdf"));
        try {
            reports::writeNoticePdf(path, f.notice(NoticeKind::Full));
            QFAIL("the notice was written under a file");
        } catch (const std::runtime_error &error) {
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(message.startsWith(QStringLiteral("Cannot write the notice ")), qPrintable(message));
            QVERIFY(message.contains(path));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("not-a-folder")});
    }

    void aGenerationIsAuditedWithItsHash()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sign.pdf"));
        const QByteArray sha = reports::writeNoticePdf(path, f.notice(NoticeKind::Sign));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sha, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        privacy::recordNoticeGeneration(f.services, NoticeKind::Sign, path, sha, QStringLiteral("dpo"));
        storage::Database &db = f.station.database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT object FROM audit_log WHERE action = 'notice.generate'")).toString(),
                 QStringLiteral("sign"));
        QVERIFY(db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'notice.generate'"))
                    .toString()
                    .contains(QString::fromLatin1(sha.toHex())));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM output_files WHERE path = ?1"), {path}).toString(), QStringLiteral("notice"));
        QVERIFY(f.services.audit.verify().intact);
    }

    /// `portiquectl notice` and `notice set` end to end: who may, what is refused, what is audited.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const QString key = dir.filePath(QStringLiteral("station.key"));
        const QString password = QStringLiteral("admin-pass-2026");
        // The DPO writes notices (ManagePrivacy); the administrator configures, and may not.
        const auto run = [&](QStringList arguments, const QString &login = QStringLiteral("dpo"), const QString &secret = QString()) {
            arguments << QStringLiteral("--db") << db << QStringLiteral("--key-file") << key << QStringLiteral("--user") << login;
            return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), secret.isEmpty() ? password : secret}});
        };
        const test::CliRun init =
            test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key, QStringLiteral("--admin"),
                          QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"),
                          QStringLiteral("Lycée Victor Hugo")},
                         {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), password}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), password}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString out = dir.filePath(QStringLiteral("full.pdf"));

        // Not before the controller is known.
        const test::CliRun early =
            run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("full"), QStringLiteral("--out"), out});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("the head of school")), qPrintable(early.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("poster"), QStringLiteral("--out"), out}).exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("set")}).exitCode, 2);
        const test::CliRun refused = run({QStringLiteral("notice"), QStringLiteral("set"), QStringLiteral("--head"),
                                          QStringLiteral("M. Hugo"), QStringLiteral("--dpo-contact"), QStringLiteral("ask the office")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("e-mail address or a phone number")));
        const test::CliRun set =
            run({QStringLiteral("notice"), QStringLiteral("set"), QStringLiteral("--head"), QStringLiteral("M. Hugo, proviseur"),
                 QStringLiteral("--dpo-contact"), QStringLiteral("dpd@ac-test.fr")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.json[u"head"].toString(), QStringLiteral("M. Hugo, proviseur"));

        const test::CliRun agent = test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"),
                                                 QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--key-file"), key, QStringLiteral("--user"), QStringLiteral("chef")},
                                                {{QStringLiteral("PORTIQUE_PASSWORD"), password},
                                                 {QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("agent-pass-2026")}});
        QVERIFY2(agent.exitCode == 0, qPrintable(agent.err));
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("full"), QStringLiteral("--out"), out},
                     QStringLiteral("accueil"), QStringLiteral("agent-pass-2026"))
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("full"), QStringLiteral("--out"), out},
                     QStringLiteral("chef"))
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("set"), QStringLiteral("--where"), QStringLiteral("the hall")},
                     QStringLiteral("chef"))
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(out));

        for (const NoticeKind kind : privacy::noticeKinds()) {
            const QString path = dir.filePath(privacy::noticeKindId(kind) + QStringLiteral(".pdf"));
            const test::CliRun written =
                run({QStringLiteral("notice"), QStringLiteral("--kind"), privacy::noticeKindId(kind), QStringLiteral("--out"), path});
            QVERIFY2(written.exitCode == 0, qPrintable(written.err));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QCOMPARE(written.json[u"sha256"].toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
        const test::CliRun audit =
            run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("notice.generate")});
        QCOMPARE(audit.json[u"records"].toArray().size(), 4);

        // A changed period, through the station's own connection, and the next notice says it.
        {
            const storage::DatabaseKey databaseKey = storage::KeyFile::read(key);
            const std::unique_ptr<storage::Database> database =
                storage::Database::open(db, databaseKey, storage::Database::OpenMode::Existing);
            common::SystemClock clock;
            station::StationServices services(*database, clock);
            privacy::setRetentionDays(services.settings, privacy::RetentionKind::AccessEvents, 45, QStringLiteral("chef"));
        }
        const test::CliRun again =
            run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("full"), QStringLiteral("--out"), out});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json[u"retention_days"].toObject()[u"access_events"].toInt(), 45);
        if (pdftotextPresent())
            QVERIFY(pdfText(out).contains(QStringLiteral("Deleted 45 days after the passage")));

        const QString unwritable = dir.filePath(QStringLiteral("full.pdf/inside.pdf"));
        const test::CliRun failed =
            run({QStringLiteral("notice"), QStringLiteral("--kind"), QStringLiteral("sign"), QStringLiteral("--out"), unwritable});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("Cannot write the notice")) && failed.err.contains(unwritable), qPrintable(failed.err));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("notice.generate")})
                     .json[u"records"]
                     .toArray()
                     .size(),
                 5);
    }
};

QTEST_MAIN(TestNotices)
#include "test_notices.moc"
