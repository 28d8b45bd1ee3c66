// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The Reports screen over a scripted school day.
#include "common/sodiuminit.h"
#include "i18n/language.h"
#include "reports/experiment.h"
#include "reportspage.h"
#include "screenstation.h"
#include "station/demoday.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

const QDate seededDay(2026, 11, 26);

} // namespace

class TestGuiReports : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        Fixture()
        {
            station::seedDemoDay(station.database(), seededDay);
            station.clock().set(QDateTime(seededDay.addDays(1), QTime(9, 0)));
            writer = test::openForScreens(station, context);
        }
        void declareExperiment()
        {
            const common::Clock *clock = &station.clock();
            writer
                ->submit<int>([clock](storage::Database &db) {
                    station::StationServices services(db, *clock);
                    privacy::ExperimentDefinition definition;
                    definition.name = QStringLiteral("Rentrée 2026");
                    definition.start = seededDay.addDays(-2);
                    definition.end = seededDay.addDays(5);
                    definition.criteria.medianEntryMs = 1500;
                    definition.criteria.fnmrPercent = 2.0;
                    privacy::saveExperiment(services.settings, definition, QStringLiteral("dpo"));
                    return 0;
                })
                .waitForFinished();
        }
    };

private Q_SLOTS:
    void initTestCase() { common::ensureSodium(); }

    void yesterdaysReportIsShownAndSaved()
    {
        Fixture f;
        ui::ReportsPage page(f.context, QStringLiteral("proviseur"));
        QSignalSpy shown(&page, &ui::ReportsPage::shown);
        page.resize(1100, 800);
        page.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        // The default day is yesterday: the seeded day.
        QVERIFY(page.pageCount() >= 2);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("saveReport"))->isEnabled());

        QTemporaryDir dir;
        QSignalSpy saved(&page, &ui::ReportsPage::saved);
        page.saveAs(dir.filePath(QStringLiteral("rapport.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QFile pdf(dir.filePath(QStringLiteral("rapport.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // A day without passages still has its (short) report; a write that fails says why.
        shown.clear();
        page.show(ui::ReportsPage::Kind::Daily, seededDay.addDays(-10));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QVERIFY(page.pageCount() >= 1);
        page.saveAs(QStringLiteral("/nonexistent/folder/r.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(page.message().contains(QStringLiteral("/nonexistent/folder/r.pdf")), 20000);
    }

    void theExperimentNeedsADeclaration()
    {
        Fixture f;
        // The seeded demo day declared the demo's experiment (station::ensureDemoExperiment): a
        // station that declared none is what this test is about.
        f.writer
            ->submit<int>([](storage::Database &db) {
                return db.execute(QStringLiteral("DELETE FROM settings WHERE key = 'experiment.definition'"));
            })
            .waitForFinished();
        ui::ReportsPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::ReportsPage::shown);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        shown.clear();
        page.show(ui::ReportsPage::Kind::Experiment, seededDay);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QCOMPARE(page.pageCount(), 0);
        QVERIFY(page.message().contains(QStringLiteral("experiment set")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("printReport"))->isEnabled());

        f.declareExperiment();
        shown.clear();
        page.show(ui::ReportsPage::Kind::Experiment, seededDay);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QVERIFY(page.pageCount() >= 1);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("printReport"))->isEnabled());
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the Reports screen to be looked at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save screenshots of the Reports screen");
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        Fixture f;
        ui::ReportsPage page(f.context, QStringLiteral("proviseur"));
        QSignalSpy shown(&page, &ui::ReportsPage::shown);
        page.resize(1280, 760);
        page.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/reports-01-daily.png")));
        f.declareExperiment();
        shown.clear();
        page.show(ui::ReportsPage::Kind::Experiment, seededDay);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/reports-02-experiment.png")));
    }
};

QTEST_MAIN(TestGuiReports)
#include "test_gui_reports.moc"
