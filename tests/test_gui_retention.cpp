// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The DPO's retention page (issue 9): periods bounded as the rules are and saved with their audit
// record, defaults restored, a refused save losing nothing, the purge previewed without deleting,
// run with and without the station's scheduler, and its history.
#include "common/isotime.h"
#include "common/sodiuminit.h"
#include "i18n/language.h"
#include "privacy/auditlog.h"
#include "privacy/purge.h"
#include "privacy/purgescheduler.h"
#include "privacy/retention.h"
#include "retentionpage.h"
#include "screenstation.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace portique;
using privacy::RetentionKind;

namespace {

/// Seeded past their period at the fake clock's now: three passages (one overridden) of 200 days
/// ago against a 90-day rule, and four audit records of 400 days ago against a 365-day one.
constexpr int oldEvents = 3;
constexpr int oldOverrides = 1;
constexpr int oldAuditRecords = 4;

const QString dpo = QStringLiteral("dpo");

qint64 addEvent(storage::Database &db, const QDateTime &at)
{
    db.execute(QStringLiteral("INSERT INTO access_events (at, lane, method, outcome, reasons, latency_ms) "
                              "VALUES (?1, 'Voie 1', 'scanner', 'granted', '', 120)"),
               {common::isoTime(at)});
    return db.lastInsertId();
}

} // namespace

class TestGuiRetention : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        explicit Fixture(bool seedOldData = false)
        {
            if (seedOldData)
                seed();
            writer = test::openForScreens(station, context);
        }
        void seed()
        {
            storage::Database &db = station.database();
            const QDateTime now = station.clock().now();
            station.clock().set(now.addDays(-400));
            for (int i = 0; i < oldAuditRecords; ++i)
                station.audit().append(QStringLiteral("agent"), QStringLiteral("test.old"), QString::number(i));
            station.clock().set(now);
            for (int i = 0; i < oldEvents; ++i) {
                const qint64 id = addEvent(db, now.addDays(-200).addSecs(i));
                if (i < oldOverrides)
                    db.execute(QStringLiteral("INSERT INTO overrides (event_id, at, agent, outcome, reason, note) "
                                              "VALUES (?1, ?2, 'agent', 'granted', 'known_person', '')"),
                               {id, common::isoTime(now.addDays(-200))});
            }
            addEvent(db, now.addSecs(-3600)); // today's: kept
        }
        template <typename Result> Result query(std::function<Result(storage::Database &, station::StationServices &)> work)
        {
            const common::Clock *clock = &station.clock();
            return writer
                ->submit<Result>([clock, work](storage::Database &db) {
                    station::StationServices services(db, *clock);
                    return work(db, services);
                })
                .result();
        }
        int days(RetentionKind kind)
        {
            return query<int>([kind](storage::Database &, station::StationServices &services) {
                return privacy::retentionRule(services.settings, kind).days;
            });
        }
        qint64 count(const QString &sql)
        {
            return query<qint64>([sql](storage::Database &db, station::StationServices &) { return db.scalar(sql).toLongLong(); });
        }
        qint64 auditCount() { return count(QStringLiteral("SELECT count(*) FROM audit_log")); }
    };

    static QSpinBox *spin(ui::RetentionPage &page, RetentionKind kind)
    {
        return page.findChild<QSpinBox *>(QString(QStringLiteral("retention_") + privacy::retentionKindId(kind)));
    }
    static QPushButton *button(ui::RetentionPage &page, const QString &name) { return page.findChild<QPushButton *>(name); }
    static QTableWidget *table(ui::RetentionPage &page, const QString &name) { return page.findChild<QTableWidget *>(name); }
    /// The detail table's count for @p table in @p column (1 deleted, 2 held), or -1 when not listed.
    static qint64 detailCount(ui::RetentionPage &page, const QString &tableName, int column = 1)
    {
        QTableWidget *detail = table(page, QStringLiteral("purgeDetail"));
        for (int row = 0; row < detail->rowCount(); ++row) {
            if (detail->item(row, 0)->data(Qt::UserRole).toString() == tableName)
                return QLocale().toLongLong(detail->item(row, column)->text());
        }
        return -1;
    }
    static void showAndWait(ui::RetentionPage &page)
    {
        QSignalSpy rules(&page, &ui::RetentionPage::rulesShown);
        QSignalSpy history(&page, &ui::RetentionPage::historyShown);
        page.resize(1150, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(rules.count() >= 1 && history.count() >= 1, 20000);
    }

private Q_SLOTS:
    void initTestCase() { common::ensureSodium(); }

    void periodsAreBoundedAsTheRulesAndSavedWithTheirAudit()
    {
        Fixture f;
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        for (const RetentionKind kind : privacy::retentionKinds()) {
            const station::IntegerSetting *setting = privacy::retentionSetting(kind);
            QSpinBox *box = spin(page, kind);
            if (!setting) {
                // A fixed rule is words, not a field.
                QVERIFY(!box);
                QVERIFY(page.findChild<QLabel *>(QString(QStringLiteral("retention_") + privacy::retentionKindId(kind))));
                continue;
            }
            QVERIFY(box);
            QVERIFY(box->isEnabled());
            QCOMPARE(box->minimum(), int(setting->minimum));
            QCOMPARE(box->maximum(), int(setting->maximum));
            QCOMPARE(box->value(), int(setting->defaultValue));
        }
        QPushButton *save = button(page, QStringLiteral("saveRetention"));
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // Out of bounds cannot be entered, neither set nor typed.
        QSpinBox *events = spin(page, RetentionKind::AccessEvents);
        events->setValue(400);
        QCOMPARE(events->value(), 92); // issue 15: 3 months at most
        events->setValue(1);
        QCOMPARE(events->value(), 7);
        events->setFocus();
        events->selectAll();
        QTest::keyClicks(events, QStringLiteral("999"));
        QTest::keyClick(events, Qt::Key_Enter);
        QCOMPARE(events->value(), 9); // the second 9 (99 days) was refused as typed

        events->setValue(60);
        QVERIFY(save->isEnabled());
        const qint64 auditBefore = f.auditCount();
        QSignalSpy saved(&page, &ui::RetentionPage::saveFinished);
        QSignalSpy rules(&page, &ui::RetentionPage::rulesShown);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(f.days(RetentionKind::AccessEvents), 60);
        QCOMPARE(f.days(RetentionKind::Visitors), 90); // untouched
        // Only the changed period is written, and audited as a settings change by the DPO.
        QCOMPARE(f.auditCount(), auditBefore + 1);
        const privacy::AuditRecord record = f.query<privacy::AuditRecord>(
            [](storage::Database &, station::StationServices &services) { return services.audit.newest(1).first(); });
        QCOMPARE(record.action, QStringLiteral("settings.change"));
        QCOMPARE(record.actor, dpo);
        QCOMPARE(record.object, QStringLiteral("retention.access_events_days"));
        QCOMPARE(record.details.value(QStringLiteral("after")).toString(), QStringLiteral("60"));
        QTRY_VERIFY_WITH_TIMEOUT(rules.count() >= 1, 20000);
        QCOMPARE(events->value(), 60);
        QVERIFY(!save->isEnabled());
        QVERIFY(!page.rulesMessage().isEmpty());

        // A reload shows what is in force, and keeps what is typed and not saved.
        spin(page, RetentionKind::Alerts)->setValue(30);
        rules.clear();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(rules.count() >= 1, 20000);
        QCOMPARE(spin(page, RetentionKind::Alerts)->value(), 30);
        QCOMPARE(events->value(), 60);
        QVERIFY(save->isEnabled());
    }

    void defaultsAreRestoredOnScreenThenSaved()
    {
        Fixture f;
        f.query<int>([](storage::Database &, station::StationServices &services) {
            privacy::setRetentionDays(services.settings, RetentionKind::AccessEvents, 80, QStringLiteral("other"));
            privacy::setRetentionDays(services.settings, RetentionKind::AuditLog, 700, QStringLiteral("other"));
            return 0;
        });
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        QCOMPARE(spin(page, RetentionKind::AccessEvents)->value(), 80);
        QCOMPARE(spin(page, RetentionKind::AuditLog)->value(), 700);
        QPushButton *save = button(page, QStringLiteral("saveRetention"));
        QVERIFY(!save->isEnabled());

        QTest::mouseClick(button(page, QStringLiteral("restoreRetentionDefaults")), Qt::LeftButton);
        QCOMPARE(spin(page, RetentionKind::AccessEvents)->value(), 90);
        QCOMPARE(spin(page, RetentionKind::AuditLog)->value(), 365);
        QVERIFY(save->isEnabled());
        QCOMPARE(f.days(RetentionKind::AccessEvents), 80); // not saved yet

        const qint64 auditBefore = f.auditCount();
        QSignalSpy saved(&page, &ui::RetentionPage::saveFinished);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QCOMPARE(f.days(RetentionKind::AccessEvents), 90);
        QCOMPARE(f.days(RetentionKind::AuditLog), 365);
        QCOMPARE(f.auditCount(), auditBefore + 2);
    }

    void aRefusedSaveSavesNothingAndLosesNothing()
    {
        Fixture f;
        // The database refuses the audit trail's period: the passages' one, written first in the same
        // job, must be undone with it.
        f.query<int>([](storage::Database &db, station::StationServices &) {
            db.execute(QStringLiteral("CREATE TRIGGER refuse_audit_days BEFORE INSERT ON settings WHEN NEW.key = 'retention.audit_days' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
            return 0;
        });
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        spin(page, RetentionKind::AccessEvents)->setValue(60);
        spin(page, RetentionKind::AuditLog)->setValue(500);
        const qint64 auditBefore = f.auditCount();
        QSignalSpy saved(&page, &ui::RetentionPage::saveFinished);
        QTest::mouseClick(button(page, QStringLiteral("saveRetention")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QCOMPARE(saved.first().first().toBool(), false);
        // The agent reads a sentence, never SQLite's text (which goes to the station's log).
        QVERIFY2(!page.rulesMessage().contains(QStringLiteral("refused by the test")), qPrintable(page.rulesMessage()));
        QVERIFY2(!page.rulesMessage().contains(QStringLiteral("INSERT")), qPrintable(page.rulesMessage()));
        QVERIFY2(page.rulesMessage().contains(QStringLiteral("nothing was saved")), qPrintable(page.rulesMessage()));
        QCOMPARE(f.days(RetentionKind::AccessEvents), 90);
        QCOMPARE(f.days(RetentionKind::AuditLog), 365);
        QCOMPARE(f.auditCount(), auditBefore);
        QCOMPARE(spin(page, RetentionKind::AccessEvents)->value(), 60);
        QCOMPARE(spin(page, RetentionKind::AuditLog)->value(), 500);
        QVERIFY(button(page, QStringLiteral("saveRetention"))->isEnabled());
    }

    void previewCountsAndDeletesNothing()
    {
        Fixture f(true);
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        QCOMPARE(table(page, QStringLiteral("purgeHistory"))->rowCount(), 0);
        QSignalSpy finished(&page, &ui::RetentionPage::purgeFinished);
        QTest::mouseClick(button(page, QStringLiteral("purgePreview")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(detailCount(page, QStringLiteral("access_events")), oldEvents);
        QCOMPARE(detailCount(page, QStringLiteral("overrides")), oldOverrides);
        QCOMPARE(detailCount(page, QStringLiteral("audit_log")), oldAuditRecords);
        QCOMPARE(detailCount(page, QStringLiteral("alerts")), -1); // nothing there: not listed
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM access_events")), oldEvents + 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.old'")), oldAuditRecords);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.purge'")), 0);
        QVERIFY(button(page, QStringLiteral("purgeNow"))->isEnabled());
        QVERIFY(!page.purgeMessage().isEmpty());
    }

    void purgeNowWithoutScheduler()
    {
        Fixture f(true);
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        QSignalSpy finished(&page, &ui::RetentionPage::purgeFinished);
        QPushButton *purge = button(page, QStringLiteral("purgeNow"));
        QTest::mouseClick(purge, Qt::LeftButton);
        QVERIFY(!purge->isEnabled());
        QVERIFY(!button(page, QStringLiteral("purgePreview"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(purge->isEnabled());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM access_events")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM overrides")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.old'")), 0);

        // The history gains the run, by the DPO, selected with its counts per table.
        QTableWidget *history = table(page, QStringLiteral("purgeHistory"));
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, 20000);
        QCOMPARE(history->item(0, 1)->text(), dpo);
        QCOMPARE(QLocale().toLongLong(history->item(0, 2)->text()), oldEvents + oldOverrides + oldAuditRecords);
        QCOMPARE(detailCount(page, QStringLiteral("access_events")), oldEvents);
        QCOMPARE(detailCount(page, QStringLiteral("audit_log")), oldAuditRecords);

        // A second run finds nothing; selecting the first again shows its counts.
        finished.clear();
        QTest::mouseClick(purge, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, 20000);
        QCOMPARE(QLocale().toLongLong(history->item(0, 2)->text()), 0);
        QCOMPARE(detailCount(page, QStringLiteral("access_events")), -1);
        history->selectRow(1);
        QCOMPARE(detailCount(page, QStringLiteral("access_events")), oldEvents);
    }

    void purgeNowThroughTheScheduler()
    {
        Fixture f(true);
        // The scheduler goes before the writer (declared after it), the page before the scheduler.
        privacy::PurgeScheduler scheduler(*f.writer, f.station.clock());
        f.context.purge = &scheduler;
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        QSignalSpy finished(&page, &ui::RetentionPage::purgeFinished);
        QSignalSpy schedulerFinished(&scheduler, &privacy::PurgeScheduler::finished);
        QPushButton *purge = button(page, QStringLiteral("purgeNow"));
        QTest::mouseClick(purge, Qt::LeftButton);
        QVERIFY(scheduler.isRunning());
        QVERIFY(!purge->isEnabled());
        QVERIFY(page.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QCOMPARE(schedulerFinished.count(), 1);
        QVERIFY(purge->isEnabled());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM access_events")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.old'")), 0);
        QTableWidget *history = table(page, QStringLiteral("purgeHistory"));
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, 20000);
        QCOMPARE(detailCount(page, QStringLiteral("access_events")), oldEvents);

        // The station's own run (the hourly one) shows in the history without anyone asking.
        finished.clear();
        scheduler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, 20000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(purge->isEnabled());

        // A page opened while a run is going waits for it with its buttons off.
        scheduler.runNow();
        ui::RetentionPage second(f.context, dpo);
        QVERIFY(second.isBusy());
        QVERIFY(!button(second, QStringLiteral("purgeNow"))->isEnabled());
        QSignalSpy secondFinished(&second, &ui::RetentionPage::purgeFinished);
        QTRY_VERIFY_WITH_TIMEOUT(secondFinished.count() == 1, 20000);
        QVERIFY(!second.isBusy());
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the page to be looked at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save a screenshot of the retention page");
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        Fixture f(true);
        ui::RetentionPage page(f.context, dpo);
        showAndWait(page);
        QSignalSpy finished(&page, &ui::RetentionPage::purgeFinished);
        QSignalSpy history(&page, &ui::RetentionPage::historyShown);
        page.purgeNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && history.count() >= 1, 20000);
        f.station.clock().advance(3600);
        history.clear();
        page.purgeNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && history.count() >= 1, 20000);
        table(page, QStringLiteral("purgeHistory"))->selectRow(1);
        spin(page, RetentionKind::Alerts)->setValue(60);
        QApplication::processEvents();
        // The tab area of the main window: the page must not ask for more.
        QVERIFY2(page.minimumSizeHint().width() <= 1150, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().height() <= 700, qPrintable(QString::number(page.minimumSizeHint().height())));
        QVERIFY(page.grab().save(dir + QStringLiteral("/privacy-retention.png")));
    }
};

QTEST_MAIN(TestGuiRetention)
#include "test_gui_retention.moc"
