// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The DPO console: the consent register, the settings history, the audit viewer's kinds and search,
// the AIPD preview, and the tab that holds them.
#include "aipdpage.h"
#include "auditpage.h"
#include "common/sodiuminit.h"
#include "consentspage.h"
#include "i18n/language.h"
#include "peoplefixture.h"
#include "privacy/consentstore.h"
#include "privacy/retention.h"
#include "privacypage.h"
#include "screenstation.h"
#include "settingshistorypage.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

/// Three consents: one in force given on paper by a guardian, one withdrawn, one whose template
/// (type 2) is held at the station.
struct Fixture {
    test::TestStation station;
    std::unique_ptr<storage::DatabaseThread> writer;
    ui::StationContext context;

    Fixture()
    {
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("A1"), QDate(2010, 3, 1), QStringLiteral("2NDE1"));
        test::addPerson(db, QStringLiteral("B2"), QDate(2010, 4, 1), QStringLiteral("2NDE2"));
        test::addPerson(db, QStringLiteral("C3"), QDate(2009, 5, 1), QStringLiteral("2NDE1"));
        privacy::ConsentStore consents(db);
        privacy::Consent paper;
        paper.personId = QStringLiteral("A1");
        paper.purpose = QString(privacy::faceLanePurpose);
        paper.givenAt = station.clock().now().addDays(-3);
        paper.givenBy = QStringLiteral("Élève A1");
        paper.guardianName = QStringLiteral("Claire Fictive");
        paper.guardianRelationship = QStringLiteral("mère");
        paper.channel = privacy::ConsentChannel::Paper;
        paper.channelReference = QStringLiteral("F-2026-017; verso");
        paper.agent = QStringLiteral("accueil");
        consents.insert(paper);
        privacy::Consent withdrawn = paper;
        withdrawn.personId = QStringLiteral("B2");
        withdrawn.channel = privacy::ConsentChannel::InPerson;
        withdrawn.channelReference.clear();
        withdrawn.givenAt = station.clock().now().addDays(-2);
        consents.markEnded(consents.insert(withdrawn), station.clock().now().addDays(-1), QStringLiteral("dpo"));
        privacy::Consent held = paper;
        held.personId = QStringLiteral("C3");
        held.architecture = access::TemplateArchitecture::InDatabase;
        held.givenAt = station.clock().now().addDays(-1);
        consents.insert(held);
        db.execute(QStringLiteral("INSERT INTO face_templates (person_id, credential_serial, sealed, created_at) "
                                  "VALUES ('C3', 'S-1', x'00', '2026-11-28T08:00:00.000Z')"));
        writer = test::openForScreens(station, context);
    }

    template <typename Work> void onWriter(Work work)
    {
        writer
            ->submit<int>([&work, this](storage::Database &db) {
                station::StationServices services(db, station.clock());
                work(services);
                return 0;
            })
            .waitForFinished();
    }
};

QStringList column(const QTableView *table, int column)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

} // namespace

class TestGuiPrivacy : public QObject {
    Q_OBJECT

    /// The consent register as the page saves it, once loaded (empty when it could not be saved).
    static QByteArray savedRegister(ui::ConsentsPage &page)
    {
        QSignalSpy loaded(&page, &ui::ConsentsPage::loaded);
        page.show();
        if (loaded.isEmpty() && !loaded.wait(10000))
            return {};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("registre.csv"));
        if (!page.saveCsv(path).isEmpty())
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { common::ensureSodium(); }

    void aLapsedConsentSaysWhy()
    {
        // Issue 15: a consent that lapsed (here on the 18th birthday) is told apart from a withdrawal.
        Fixture f;
        f.onWriter([](station::StationServices &services) {
            services.consents.markEnded(services.consents.current(QStringLiteral("A1"))->id, services.clock.now(), QStringLiteral("system"),
                                        privacy::ConsentEnd::CameOfAge);
        });
        ui::ConsentsPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy loaded(&page, &ui::ConsentsPage::loaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        const QStringList states = column(page.findChild<QTableView *>(QStringLiteral("consentTable")), ui::ConsentsPage::State);
        QVERIFY2(states.at(2).startsWith(QStringLiteral("lapsed")) && states.at(2).contains(QStringLiteral("18th birthday")),
                 qPrintable(states.at(2)));
        QVERIFY(states.at(1).startsWith(QStringLiteral("withdrawn")));
    }

    void consentRegisterFiltersByClassAndState()
    {
        Fixture f;
        ui::ConsentsPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy loaded(&page, &ui::ConsentsPage::loaded);
        page.resize(1150, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("consentTable"));
        QCOMPARE(page.rowCount(), 3);
        // Newest first; the withdrawal and the template held are shown in words.
        QCOMPARE(column(table, ui::ConsentsPage::Person),
                 (QStringList{QStringLiteral("TESTEUR Élève C3"), QStringLiteral("TESTEUR Élève B2"), QStringLiteral("TESTEUR Élève A1")}));
        QCOMPARE(column(table, ui::ConsentsPage::Template),
                 (QStringList{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("no")}));
        QVERIFY(column(table, ui::ConsentsPage::State).at(1).startsWith(QStringLiteral("withdrawn")));
        QVERIFY(column(table, ui::ConsentsPage::State).at(1).contains(QStringLiteral("dpo")));
        QCOMPARE(column(table, ui::ConsentsPage::Guardian).at(2), QStringLiteral("Claire Fictive (mère)"));
        QVERIFY(column(table, ui::ConsentsPage::Channel).at(2).contains(QStringLiteral("F-2026-017")));

        auto *classes = page.findChild<QComboBox *>(QStringLiteral("consentClass"));
        QCOMPARE(classes->count(), 3); // all, 2NDE1, 2NDE2
        classes->setCurrentIndex(classes->findData(QStringLiteral("2NDE1")));
        Q_EMIT classes->activated(classes->currentIndex());
        QTRY_COMPARE(page.rowCount(), 2);
        auto *state = page.findChild<QComboBox *>(QStringLiteral("consentState"));
        state->setCurrentIndex(state->findData(int(privacy::ConsentState::Withdrawn)));
        Q_EMIT state->activated(state->currentIndex());
        QTRY_COMPARE(page.rowCount(), 0);
        classes->setCurrentIndex(0);
        Q_EMIT classes->activated(0);
        QTRY_COMPARE(page.rowCount(), 1);
        QCOMPARE(column(table, ui::ConsentsPage::Class), QStringList{QStringLiteral("2NDE2")});

        // The text filter works on what is listed.
        state->setCurrentIndex(0);
        Q_EMIT state->activated(0);
        QTRY_COMPARE(page.rowCount(), 3);
        page.findChild<QLineEdit *>(QStringLiteral("consentSearch"))->setText(QStringLiteral("claire"));
        QCOMPARE(page.rowCount(), 3);
        page.findChild<QLineEdit *>(QStringLiteral("consentSearch"))->setText(QStringLiteral("testeur élève b2"));
        QCOMPARE(page.rowCount(), 1);
    }

    void consentRegisterSavesAsCsv()
    {
        Fixture f;
        ui::ConsentsPage page(f.context, QStringLiteral("dpo"));
        const QByteArray bytes = savedRegister(page);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Person;Class;")));
        // A reference holding the separator is quoted, so the row keeps its columns.
        QVERIFY2(lines.at(3).contains(QStringLiteral("\"paper form F-2026-017; verso\"")), qPrintable(lines.at(3)));
        QVERIFY(lines.at(3).contains(QStringLiteral("Claire Fictive (mère)")));
        // A folder that cannot be written is said, and nothing is half-written.
        QVERIFY(page.saveCsv(QStringLiteral("/nonexistent/registre.csv")).contains(QStringLiteral("/nonexistent/registre.csv")));
    }

    // Issue 17: a name imported from a school's file must not become a live formula in the DPO's
    // spreadsheet; the page writes through core's CSV writer.
    void consentRegisterCsvKeepsFormulasAsText()
    {
        Fixture f;
        f.onWriter([&f](station::StationServices &services) {
            people::Person person = test::addPerson(services.database, QStringLiteral("D4"), QDate(2010, 6, 1));
            person.familyName = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
            services.people.save(person, f.station.clock().now());
            privacy::Consent consent;
            consent.personId = person.id;
            consent.purpose = QString(privacy::faceLanePurpose);
            consent.givenAt = f.station.clock().now();
            consent.givenBy = QStringLiteral("+33 6 12 34 56 78");
            consent.agent = QStringLiteral("accueil");
            services.consents.insert(consent);
        });
        ui::ConsentsPage page(f.context, QStringLiteral("dpo"));
        const QString text = QString::fromUtf8(savedRegister(page).mid(3));
        // The newest consent comes first, right after the header.
        const QString row = text.split(QStringLiteral("\r\n")).at(1);
        QVERIFY2(row.startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") Élève D4\";2NDE1;")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral(";'+33 6 12 34 56 78;")), qPrintable(row));
    }

    void settingsHistoryNamesEachChange()
    {
        Fixture f;
        f.onWriter([](station::StationServices &services) {
            privacy::setRetentionDays(services.settings, privacy::RetentionKind::AccessEvents, 30, QStringLiteral("dpo"));
            services.settings.set(station::settings::autoLockMinutes, 7, QStringLiteral("dpo2"));
            services.audit.append(QStringLiteral("dpo"), QStringLiteral("login.ok"), QStringLiteral("dpo"));
        });
        ui::SettingsHistoryPage page(f.context);
        QSignalSpy loaded(&page, &ui::SettingsHistoryPage::loaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("settingsHistoryTable"));
        QCOMPARE(page.rowCount(), 2); // the sign-in is not a settings change
        QCOMPARE(column(table, ui::SettingsHistoryPage::Who), (QStringList{QStringLiteral("dpo2"), QStringLiteral("dpo")}));
        QCOMPARE(column(table, ui::SettingsHistoryPage::Setting).at(0), QStringLiteral("Automatic lock (minutes)"));
        QCOMPARE(column(table, ui::SettingsHistoryPage::Setting).at(1),
                 QStringLiteral("Retention: %1").arg(privacy::retentionKindLabel(privacy::RetentionKind::AccessEvents)));
        QCOMPARE(column(table, ui::SettingsHistoryPage::Before).at(1), QStringLiteral("(default)"));
        QCOMPARE(column(table, ui::SettingsHistoryPage::After).at(1), QStringLiteral("30"));
        QCOMPARE(column(table, ui::SettingsHistoryPage::After).at(0), QStringLiteral("7"));
    }

    void auditViewerFiltersByKindAndSearch()
    {
        Fixture f;
        f.onWriter([](station::StationServices &services) {
            services.audit.append(QStringLiteral("accueil"), QStringLiteral("login.ok"), QStringLiteral("accueil"));
            services.audit.append(QStringLiteral("accueil"), QStringLiteral("gate.override"), QStringLiteral("A1"),
                                  {{QStringLiteral("note"), QStringLiteral("badge oublié")}});
            services.settings.set(station::settings::autoLockMinutes, 7, QStringLiteral("dpo"));
        });
        ui::AuditPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy loaded(&page, &ui::AuditPage::loaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("auditTable"));
        const int all = table->model()->rowCount();
        QVERIFY(all >= 3);
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("auditGroup"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Settings")));
        loaded.clear();
        Q_EMIT kind->activated(kind->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        kind->setCurrentIndex(0);
        Q_EMIT kind->activated(0);
        // The search runs in the database once typing pauses, over the details too.
        loaded.clear();
        page.findChild<QLineEdit *>(QStringLiteral("auditFilter"))->setText(QStringLiteral("OUBLIÉ"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && table->model()->rowCount() == 1, 10000);
    }

    /// The DPO exports a signed checkpoint from the audit page and later compares the trail with
    /// it, off the GUI thread; a trail cut by hand since is named in the page's message.
    void auditCheckpointIsExportedAndCompared()
    {
        Fixture f;
        f.onWriter([](station::StationServices &services) {
            for (int i = 0; i < 6; ++i)
                services.audit.append(QStringLiteral("accueil"), QStringLiteral("login.ok"), QStringLiteral("accueil"));
        });
        ui::AuditPage page(f.context, QStringLiteral("dpo"));
        page.show();
        auto *message = page.findChild<QLabel *>(QStringLiteral("auditVerdict"));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportCheckpoint")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("verifyCheckpoint")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checkpoint.json"));
        page.exportCheckpoint(path);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("saved in")), 10000);
        QVERIFY(QFile::exists(path));
        page.exportCheckpoint(path);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("already exists")), 10000);

        page.verifyCheckpoint(path);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("consistent")), 10000);
        QCOMPARE(message->property("role").toString(), QStringLiteral("ok"));

        f.writer
            ->submit<int>([](storage::Database &db) {
                const qint64 last = db.scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong();
                return db.execute(QStringLiteral("DELETE FROM audit_log WHERE seq > ?1"), {last - 4});
            })
            .waitForFinished();
        page.verifyCheckpoint(path);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("records were removed")), 10000);
        QCOMPARE(message->property("role").toString(), QStringLiteral("error"));
        page.verifyCheckpoint(dir.filePath(QStringLiteral("absent.json")));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("absent.json")), 10000);
    }

    void aipdIsPreviewedAndSaved()
    {
        Fixture f;
        ui::AipdPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::AipdPage::shown);
        page.resize(1150, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QVERIFY(page.pageCount() >= 2);
        QTemporaryDir dir;
        QSignalSpy saved(&page, &ui::AipdPage::saved);
        page.saveAs(dir.filePath(QStringLiteral("aipd.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QFile pdf(dir.filePath(QStringLiteral("aipd.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Issue 15: saved as version 1, audited with the file's SHA-256.
        QVERIFY2(page.message().contains(QStringLiteral("version 1")), qPrintable(page.message()));
        const auto audited = [&f](const QString &sql) {
            QVariant value;
            f.onWriter([&](station::StationServices &services) { value = services.database.scalar(sql); });
            return value;
        };
        const auto aipdRecords = [&] {
            return audited(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'aipd.generate'")).toInt();
        };
        QCOMPARE(aipdRecords(), 1);
        QVERIFY(audited(QStringLiteral("SELECT details FROM audit_log WHERE action = 'aipd.generate'"))
                    .toString()
                    .contains(QString::fromLatin1(test::fileDigest(pdf.fileName()).toHex())));
        page.saveAs(QStringLiteral("/nonexistent/folder/aipd.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(page.message().contains(QStringLiteral("/nonexistent/folder/aipd.pdf")), 20000);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(aipdRecords(), 1); // nothing written, nothing recorded
        page.saveAs(dir.filePath(QStringLiteral("aipd-2.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 2, 20000);
        QVERIFY2(page.message().contains(QStringLiteral("version 2")), qPrintable(page.message()));
        QCOMPARE(aipdRecords(), 2);
    }

    void theConsoleHoldsEveryDpoPage()
    {
        Fixture f;
        ui::PrivacyPage page(f.context, QStringLiteral("dpo"));
        QStringList titles;
        for (int i = 0; i < page.count(); ++i)
            titles << page.tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("Subject rights"), QStringLiteral("Consents"), QStringLiteral("Retention and purge"),
                                      QStringLiteral("Audit trail"), QStringLiteral("Settings history"), QStringLiteral("AIPD"),
                                      QStringLiteral("Notices")}));
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the console's lead-built pages to be looked at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save screenshots of the privacy console");
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        Fixture f;
        f.onWriter([](station::StationServices &services) {
            privacy::setRetentionDays(services.settings, privacy::RetentionKind::AccessEvents, 30, QStringLiteral("dpo"));
            services.settings.set(station::settings::autoLockMinutes, 7, QStringLiteral("dpo"));
        });
        ui::PrivacyPage page(f.context, QStringLiteral("dpo"));
        page.resize(1150, 700);
        page.show();
        const QStringList names{QStringLiteral("subject"), QStringLiteral("consents"),         QStringLiteral("retention"),
                                QStringLiteral("audit"),   QStringLiteral("settings-history"), QStringLiteral("aipd"),
                                QStringLiteral("notices")};
        for (int i = 0; i < page.count(); ++i) {
            page.setCurrentIndex(i);
            QTest::qWait(i == page.count() - 1 ? 4000 : 1000);
            QVERIFY(page.grab().save(QStringLiteral("%1/privacy-%2-%3.png").arg(dir).arg(i + 1).arg(names.at(i))));
        }
    }
};

QTEST_MAIN(TestGuiPrivacy)
#include "test_gui_privacy.moc"
