// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The People tab and the import dialog, offscreen, through the real database thread: import the
// SIECLE sample, search, filter by class, look at a person, issue badges, withdraw a consent.
#include "badgeprintdialog.h"
#include "i18n/language.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "people/importfile.h"
#include "peoplepage.h"
#include "peopletablemodel.h"
#include "screenstation.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace portique;

namespace {

// The day the sample was exported: the expected counts of the test data are given on it.
const QDateTime sampleDay(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
const QString agent = QStringLiteral("accueil");

} // namespace

class TestGuiPeople final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        Fixture()
        {
            station.clock().set(sampleDay);
            station::StationServices services(station.database(), station.clock());
            services.users.add(QStringLiteral("dpo"), QStringLiteral("Claire Fictive"), accounts::Role::Dpo, QStringLiteral("admin-pass-1"),
                               QStringLiteral("system"));
            services.users.add(agent, QStringLiteral("Karim Fictif"), accounts::Role::Agent, QStringLiteral("agent-pass-1"),
                               QStringLiteral("dpo"));
            services.users.add(QStringLiteral("proviseur"), QStringLiteral("Anne Fictive"), accounts::Role::Principal,
                               QStringLiteral("principal-pass-1"), QStringLiteral("dpo"));
            writer = test::openForScreens(station, context);
        }
        template <typename Result> Result run(std::function<Result(station::StationServices &, storage::Database &)> work)
        {
            const common::Clock *clock = &station.clock();
            return writer
                ->submit<Result>([clock, work](storage::Database &db) {
                    station::StationServices services(db, *clock);
                    return work(services, db);
                })
                .result();
        }
        void import(const QString &path)
        {
            writer
                ->submit<void>([clock = &station.clock(), path](storage::Database &db) {
                    station::StationServices(db, *clock).imports.apply(people::parseImportFile(path), agent);
                })
                .waitForFinished();
        }
        int count(const QString &table)
        {
            return run<int>([table](station::StationServices &, storage::Database &db) {
                return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
            });
        }
        std::optional<access::CredentialRecord> currentBadge(const QString &id)
        {
            return run<std::optional<access::CredentialRecord>>(
                [id](station::StationServices &services, storage::Database &) { return services.credentials.currentBadge(id); });
        }
        /// A consent in force recorded straight in the registry (the wizard's capture needs a camera).
        void consent(const QString &id, access::TemplateArchitecture architecture)
        {
            run<qint64>([id, architecture, clock = &station.clock()](station::StationServices &services, storage::Database &) {
                privacy::Consent consent;
                consent.personId = id;
                consent.purpose = privacy::faceLanePurpose;
                consent.architecture = architecture;
                consent.givenAt = clock->now();
                consent.givenBy = QStringLiteral("Zoé CHIMÈRE");
                consent.guardianName = QStringLiteral("Hélène CHIMÈRE");
                consent.guardianRelationship = QStringLiteral("10");
                consent.agent = agent;
                return services.consents.insert(consent);
            });
        }
    };

    static QString cell(ui::PeoplePage &page, const QString &id, int column)
    {
        const int row = page.model()->rowOf(id);
        return row < 0 ? QString() : page.model()->index(row, column).data().toString();
    }

    static QStringList names(ui::PeoplePage &page)
    {
        QStringList list;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            list << page.model()->index(row, ui::PeopleTableModel::Name).data().toString();
        return list;
    }

    static void confirmAll(ui::PeoplePage &page)
    {
        page.setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
    }

private Q_SLOTS:
    void pageListsThePeopleImportedThroughTheDialog()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        ui::PeoplePage page(f.context, agent);
        page.show();
        page.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        auto *dialog = page.findChild<ui::ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());

        dialog->setFile(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        QTRY_VERIFY(apply->isEnabled());
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("40 new")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("0 leaving")));
        const QString source = dialog->findChild<QLabel *>(QStringLiteral("importSource"))->text();
        QVERIFY2(source.contains(QStringLiteral("ISO-8859-15")) && source.contains(QStringLiteral("0999999Z"))
                     && source.contains(QStringLiteral("27/11/2026")),
                 qPrintable(source));
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("importAdded"))->topLevelItemCount(), 40);
        QCOMPARE(f.count(QStringLiteral("people")), 0); // nothing is written before Apply

        apply->click();
        QTRY_VERIFY(dialog->applied());
        const QString outcome = dialog->findChild<QLabel *>(QStringLiteral("importMessage"))->text();
        QVERIFY2(outcome.contains(QStringLiteral("40 person")) && outcome.contains(QStringLiteral("added")), qPrintable(outcome));
        QVERIFY(!apply->isVisible());
        QCOMPARE(f.count(QStringLiteral("people")), 40);
        QTRY_COMPARE(page.model()->rowCount(), 38);

        // Closing after an import accepts: the task is done.
        dialog->reject();
        QTRY_VERIFY(page.findChild<ui::ImportDialog *>() == nullptr);

        QCOMPARE(cell(page, QStringLiteral("4100508"), ui::PeopleTableModel::Name), QStringLiteral("CŒURVILLE Océane"));
        QCOMPARE(cell(page, QStringLiteral("4100508"), ui::PeopleTableModel::Age), QStringLiteral("15 (minor)"));
        QCOMPARE(cell(page, QStringLiteral("4100508"), ui::PeopleTableModel::Status), QStringLiteral("Active"));
        QCOMPARE(cell(page, QStringLiteral("4100508"), ui::PeopleTableModel::FaceLane), QStringLiteral("—"));
        QCOMPARE(cell(page, QStringLiteral("4100508"), ui::PeopleTableModel::Badge), QStringLiteral("None"));
        QCOMPARE(page.model()->index(page.model()->rowOf(QStringLiteral("4100508")), 0).data(Qt::UserRole).toString(),
                 QStringLiteral("4100508"));
        QVERIFY(page.model()->rowOf(QStringLiteral("4100545")) < 0); // has left

        page.findChild<QCheckBox *>(QStringLiteral("showLeft"))->setChecked(true);
        QTRY_COMPARE(page.model()->rowCount(), 40);
        QVERIFY2(cell(page, QStringLiteral("4100545"), ui::PeopleTableModel::Status).startsWith(QStringLiteral("Left on ")),
                 qPrintable(cell(page, QStringLiteral("4100545"), ui::PeopleTableModel::Status)));
        // The class list came with the import.
        auto *classes = page.findChild<QComboBox *>(QStringLiteral("classFilter"));
        QCOMPARE(classes->count(), 6);
        QCOMPARE(classes->itemText(0), QStringLiteral("All classes"));
    }

    void searchIgnoresAccentsAndCase()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        ui::PeoplePage page(f.context, agent);
        page.show();
        // Shortcuts need an active window; under a bare X server (xvfb-run, no window manager) nobody
        // activates it, so the test does.
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page, 1000))
            QApplication::setActiveWindow(&page);
        QTRY_COMPARE(QApplication::activeWindow(), &page);
        QTRY_COMPARE(page.model()->rowCount(), 38);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
        page.findChild<QTableView *>(QStringLiteral("peopleTable"))->setFocus();
        QVERIFY(!search->hasFocus());
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("coeur"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(names(page), QStringList{QStringLiteral("CŒURVILLE Océane")});
        search->setText(QStringLiteral("ELOISE"));
        QTRY_COMPARE(page.model()->rowCount(), 2); // PLACEBO Eloïse, FICTION Héloïse
        search->clear();
        QTRY_COMPARE(page.model()->rowCount(), 38);
    }

    void classFilterShowsOneClass()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        const int expected = f.run<int>([](station::StationServices &services, storage::Database &) {
            return int(services.people.list({QStringLiteral("2NDE1"), QString(), false, sampleDay.date()}).size());
        });
        QVERIFY(expected > 0 && expected < 38);
        ui::PeoplePage page(f.context, agent);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 38);
        auto *classes = page.findChild<QComboBox *>(QStringLiteral("classFilter"));
        auto *classBadges = page.findChild<QPushButton *>(QStringLiteral("classBadgesButton"));
        QVERIFY(!classBadges->isEnabled());
        classes->setCurrentIndex(classes->findText(QStringLiteral("2NDE1")));
        QTRY_COMPARE(page.model()->rowCount(), expected);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->index(row, ui::PeopleTableModel::Class).data().toString(), QStringLiteral("2NDE1"));
        QVERIFY(classBadges->isEnabled());
        classes->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(), 38);
    }

    void detailShowsTheLegalRepresentatives()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        ui::PeoplePage page(f.context, agent);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 38);

        // The guardians file, through the dialog: its own counts, then Apply.
        ui::ImportDialog dialog(f.context, agent, &page);
        dialog.show();
        dialog.setFile(data + QStringLiteral("/siecle/ResponsablesAvecAdresses.xml"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QTRY_VERIFY(apply->isEnabled());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("legal representative")) && summary.contains(QStringLiteral("ignored")),
                 qPrintable(summary));
        QCOMPARE(f.count(QStringLiteral("guardians")), 0);
        connect(&dialog, &ui::ImportDialog::imported, &page, &ui::PeoplePage::reload);
        apply->click();
        QTRY_VERIFY(dialog.applied());
        QVERIFY(f.count(QStringLiteral("guardians")) > 0);

        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("personDetail"));
        QTRY_VERIFY(page.selectPerson(QStringLiteral("4100286")));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("CHIMÈRE Hélène")));
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CHIMÈRE Olivier")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("AÏEULE"))); // a contact, not a legal representative
        QVERIFY(text.contains(QStringLiteral("2NDE1")));
        QVERIFY(text.contains(QStringLiteral("20/12/2011")));
        QVERIFY(text.contains(QStringLiteral("minor")));
        QVERIFY(text.contains(QStringLiteral("Badge only")));
        QVERIFY(text.contains(QStringLiteral("No badge issued")));
    }

    void brokenFileShowsItsErrorAndAppliesNothing()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        QWidget parent;
        ui::ImportDialog dialog(f.context, agent, &parent);
        dialog.show();
        dialog.setFile(data + QStringLiteral("/siecle/ElevesSansAdresses_broken.xml"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("importMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("ElevesSansAdresses_broken.xml")));
        QVERIFY(message->isVisible());
        QCOMPARE(message->property("role").toString(), QStringLiteral("error"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->isVisible());
        QVERIFY(!dialog.findChild<QTabWidget *>()->isVisible());
        dialog.apply(); // refused without a preview
        QTest::qWait(100);
        QCOMPARE(f.count(QStringLiteral("people")), 0);
        QVERIFY(!dialog.applied());
    }

    void invalidRecordsAreListedWithTheirLines()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        QWidget parent;
        ui::ImportDialog dialog(f.context, agent, &parent);
        dialog.show();
        dialog.setFile(data + QStringLiteral("/siecle/ElevesSansAdresses_invalid_records.xml"));
        auto *errors = dialog.findChild<QTreeWidget *>(QStringLiteral("importErrors"));
        QTRY_VERIFY(errors->topLevelItemCount() > 0);
        QVERIFY(errors->topLevelItem(0)->text(0).toInt() > 0);
        QVERIFY(!errors->topLevelItem(0)->text(2).isEmpty());
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentWidget(), errors); // opened where to look
        QCOMPARE(f.count(QStringLiteral("people")), 0);
    }

    void aMassDepartureNeedsTheConfirmation()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        // The same school's export with one (new) student: everyone else would leave.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES VERSION=\"2.1\">\n"
                   "<PARAMETRES><UAJ>0999999Z</UAJ><DATE_EXPORT>27/11/2026</DATE_EXPORT></PARAMETRES>\n"
                   "<DONNEES>\n<ELEVES>\n<ELEVE ELEVE_ID=\"4199999\"><NOM_DE_FAMILLE>NOUVEAU</NOM_DE_FAMILLE>"
                   "<PRENOM>Jean</PRENOM><DATE_NAISS>01/02/2010</DATE_NAISS></ELEVE>\n</ELEVES>\n<STRUCTURES>\n"
                   "<STRUCTURES_ELEVE ELEVE_ID=\"4199999\"><STRUCTURE><CODE_STRUCTURE>2NDE1</CODE_STRUCTURE>"
                   "<TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>\n</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n");
        file.close();

        QWidget parent;
        ui::ImportDialog dialog(f.context, agent, &parent);
        dialog.show();
        dialog.setFile(path);
        auto *force = dialog.findChild<QCheckBox *>(QStringLiteral("confirmDepartures"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QTRY_VERIFY(force->isVisible());
        QVERIFY(!apply->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importMessage"))->text().contains(QStringLiteral("right file")));
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("importLeaving"))->topLevelItemCount(), 38);
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("importLeaving"))->topLevelItem(0)->text(2),
                 QStringLiteral("absent from the file"));
        force->setChecked(true);
        QVERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY(dialog.applied());
        QCOMPARE(f.run<int>([](station::StationServices &services, storage::Database &) {
            return int(services.people.list({QString(), QString(), false, sampleDay.date()}).size());
        }),
                 1);
    }

    void newBadgeIssuesABadgeOnlyBadge()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        ui::PeoplePage page(f.context, agent);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 38);
        const QString id = QStringLiteral("4100508");
        auto *newBadge = page.findChild<QPushButton *>(QStringLiteral("newBadgeButton"));
        auto *withdraw = page.findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QVERIFY(!newBadge->isEnabled()); // nobody selected
        QVERIFY(page.selectPerson(id));
        QVERIFY(newBadge->isEnabled());
        QVERIFY(!withdraw->isEnabled()); // no consent in force

        // Declining the confirmation issues nothing.
        QString asked;
        page.setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return false;
        });
        newBadge->click();
        QVERIFY(asked.contains(QStringLiteral("CŒURVILLE Océane")));
        QTest::qWait(100);
        QVERIFY(!f.currentBadge(id));

        confirmAll(page);
        newBadge->click();
        QTRY_VERIFY(page.findChild<ui::BadgePrintDialog *>());
        const std::optional<access::CredentialRecord> badge = f.currentBadge(id);
        QVERIFY(badge);
        QCOMPARE(badge->architecture, access::TemplateArchitecture::None);
        QCOMPARE(badge->issuedBy, agent);
        QTRY_VERIFY(cell(page, id, ui::PeopleTableModel::Badge).startsWith(QStringLiteral("valid until ")));
        QCOMPARE(page.selectedId(), id);
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("personDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(badge->serial.left(8)));
        QVERIFY(page.message().contains(QStringLiteral("New badge issued")));
        delete page.findChild<ui::BadgePrintDialog *>();

        // A second one revokes the first; the detail says why.
        page.setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        newBadge->click();
        QVERIFY2(asked.contains(QStringLiteral("revoked")), qPrintable(asked));
        QTRY_VERIFY(f.currentBadge(id) && f.currentBadge(id)->serial != badge->serial);
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("replaced by a new badge")));
    }

    void faceLanePeopleWithdrawAndAreLeftOutOfClassBadges()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        const QString chimere = QStringLiteral("4100286");
        f.consent(chimere, access::TemplateArchitecture::OnBadge);
        ui::PeoplePage page(f.context, agent);
        confirmAll(page);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 38);
        QCOMPARE(cell(page, chimere, ui::PeopleTableModel::FaceLane), QStringLiteral("Yes — type 1 (badge)"));

        // Print the class's badges: everyone of 2NDE1 but the face lane person, in one go.
        auto *classes = page.findChild<QComboBox *>(QStringLiteral("classFilter"));
        classes->setCurrentIndex(classes->findText(QStringLiteral("2NDE1")));
        QTRY_VERIFY(page.model()->rowCount() < 38);
        const int inClass = page.model()->rowCount();
        QString asked;
        page.setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        page.findChild<QPushButton *>(QStringLiteral("classBadgesButton"))->click();
        QVERIFY2(asked.contains(QStringLiteral("the %1 person(s) of 2NDE1").arg(inClass - 1)), qPrintable(asked));
        QTRY_VERIFY(page.findChild<ui::BadgePrintDialog *>());
        QCOMPARE(page.findChild<ui::BadgePrintDialog *>()->windowTitle(), QStringLiteral("%1 new badges").arg(inClass - 1));
        QVERIFY2(page.message().contains(QStringLiteral("left out")), qPrintable(page.message()));
        QCOMPARE(f.count(QStringLiteral("credentials")), inClass - 1);
        QVERIFY(!f.currentBadge(chimere));
        delete page.findChild<ui::BadgePrintDialog *>();

        // The face lane person: no "new badge", but a withdrawal, in one step and with nothing to
        // print (issue 15: it used to issue a new badge-only card).
        QTRY_VERIFY(page.selectPerson(chimere));
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("personDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("type 1")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Hélène CHIMÈRE (mother)")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("newBadgeButton"))->isEnabled());
        auto *withdraw = page.findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QVERIFY(withdraw->isEnabled());
        withdraw->click();
        QTRY_VERIFY(f.run<bool>([chimere](station::StationServices &services, storage::Database &) {
            return !services.consents.current(chimere).has_value();
        }));
        QTRY_COMPARE(cell(page, chimere, ui::PeopleTableModel::FaceLane), QStringLiteral("—"));
        QVERIFY(!page.findChild<ui::BadgePrintDialog *>());
        QVERIFY(!f.currentBadge(chimere)); // no badge issued in its place
        QCOMPARE(f.count(QStringLiteral("credentials")), inClass - 1);
        QTRY_VERIFY(!withdraw->isEnabled());
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Badge only")));
    }

    void peopleTabFollowsTheCamerasTab_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("index");
        QTest::newRow("agent") << agent << 2;
        QTest::newRow("dpo") << QStringLiteral("dpo") << -1; // the DPO does not stand in at the desk (issue 15)
        QTest::newRow("principal") << QStringLiteral("proviseur") << -1;
    }
    void peopleTabFollowsTheCamerasTab()
    {
        QFETCH(QString, login);
        QFETCH(int, index);
        Fixture f;
        const accounts::User user = *f.run<std::optional<accounts::User>>(
            [login](station::StationServices &services, storage::Database &) { return services.users.find(login); });
        ui::MainWindow window(f.context, user, 5);
        window.show();
        QCOMPARE(window.tabTitles().indexOf(QStringLiteral("People")), index);
        QCOMPARE(window.findChildren<ui::PeoplePage *>().size(), index < 0 ? 0 : 1);
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the People page and the import preview
    // as PNG to be looked at (DEVELOPERS.md: every screen is screenshotted and looked at).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save screenshots of the People screens");
        PORTIQUE_REQUIRE_TESTDATA(data);
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        Fixture f;
        auto save = [&](QWidget *widget, const QString &name) {
            QApplication::processEvents();
            QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
        };
        const accounts::User user = *f.run<std::optional<accounts::User>>(
            [](station::StationServices &services, storage::Database &) { return services.users.find(agent); });
        ui::MainWindow window(f.context, user, 5);
        window.resize(1280, 800);
        window.show();
        window.showTab(2);
        QTest::qWait(300);
        save(&window, QStringLiteral("people-01-empty"));

        auto *page = window.findChild<ui::PeoplePage *>();
        page->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        auto *dialog = page->findChild<ui::ImportDialog *>();
        save(dialog, QStringLiteral("people-02-import-start"));
        dialog->setFile(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        save(dialog, QStringLiteral("people-03-import-preview"));
        dialog->apply();
        QTRY_VERIFY(dialog->applied());
        save(dialog, QStringLiteral("people-04-import-applied"));
        dialog->reject();

        auto *guardians = new ui::ImportDialog(f.context, agent, page);
        guardians->setAttribute(Qt::WA_DeleteOnClose);
        connect(guardians, &ui::ImportDialog::imported, page, &ui::PeoplePage::reload);
        guardians->show();
        guardians->setFile(data + QStringLiteral("/siecle/ResponsablesAvecAdresses.xml"));
        QTRY_VERIFY(guardians->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        save(guardians, QStringLiteral("people-05-import-guardians"));
        guardians->apply();
        QTRY_VERIFY(guardians->applied());
        guardians->reject();

        f.consent(QStringLiteral("4100286"), access::TemplateArchitecture::InDatabase);
        f.run<int>([](station::StationServices &services, storage::Database &) {
            services.enrolments.issueBadgeOnly(QStringLiteral("4100101"), agent);
            services.enrolments.issueBadgeOnly(QStringLiteral("4100101"), agent);
            services.enrolments.recordFailure(QStringLiteral("4100101"), QStringLiteral("no_liveness"), people::CaptureMethod::Camera, 40,
                                              agent);
            return 0;
        });
        page->reload();
        QTRY_COMPARE(page->model()->rowCount(), 38);
        QTRY_VERIFY(page->selectPerson(QStringLiteral("4100286")));
        QTest::qWait(300);
        save(&window, QStringLiteral("people-06-face-lane"));
        QVERIFY(page->selectPerson(QStringLiteral("4100101")));
        QTest::qWait(300);
        save(&window, QStringLiteral("people-07-badges"));

        auto *classes = page->findChild<QComboBox *>(QStringLiteral("classFilter"));
        classes->setCurrentIndex(classes->findText(QStringLiteral("2NDE1")));
        page->findChild<QCheckBox *>(QStringLiteral("showLeft"))->setChecked(true);
        QTest::qWait(300);
        page->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        page->findChild<QPushButton *>(QStringLiteral("classBadgesButton"))->click();
        QTRY_VERIFY(page->findChild<ui::BadgePrintDialog *>());
        QTest::qWait(300);
        save(&window, QStringLiteral("people-08-class-badges"));
        delete page->findChild<ui::BadgePrintDialog *>();

        page->findChild<QLineEdit *>(QStringLiteral("peopleSearch"))->setText(QStringLiteral("coeur"));
        classes->setCurrentIndex(0);
        QTest::qWait(500);
        save(&window, QStringLiteral("people-09-search"));

        QWidget holder;
        ui::ImportDialog broken(f.context, agent, &holder);
        broken.show();
        broken.setFile(data + QStringLiteral("/siecle/ElevesSansAdresses_broken.xml"));
        QTRY_VERIFY(!broken.findChild<QLabel *>(QStringLiteral("importMessage"))->text().contains(QStringLiteral("Reading")));
        save(&broken, QStringLiteral("people-10-import-broken"));
        ui::ImportDialog invalid(f.context, agent, &holder);
        invalid.show();
        invalid.setFile(data + QStringLiteral("/siecle/ElevesSansAdresses_invalid_records.xml"));
        QTRY_VERIFY(invalid.findChild<QTreeWidget *>(QStringLiteral("importErrors"))->topLevelItemCount() > 0);
        save(&invalid, QStringLiteral("people-11-import-errors"));
    }
};

QTEST_MAIN(TestGuiPeople)
#include "test_gui_people.moc"
