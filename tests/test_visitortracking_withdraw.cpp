// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 16, "Visitors' own choice": a visitor withdraws their consent to indoor tracking at the
// desk without checking out. The service (template and the visit's sightings deleted at once, the
// visit going on, audited with counts only; translated refusals), a sighting after the withdrawal,
// the sentence printed on a tracked visitor's pass, `portiquectl visitor consent withdraw`, and the
// Visitors tab's "Stop tracking…" button through the real writer thread.
#include "clirunner.h"
#include "common/refusal.h"
#include "privacy/auditlog.h"
#include "screenstation.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "storage/keyfile.h"
#include "teststation.h"
#include "visitors/passrender.h"
#include "visitors/rollcall.h"
#include "visitorspage.h"
#include "visitortracking.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace portique;
using test::CliRun;

namespace {

const QString agent = QStringLiteral("accueil");
const QDateTime morning(QDate(2026, 11, 30), QTime(9, 0));
const QByteArray modelId(8, '\x11');
const QString adminPassword = QStringLiteral("admin-pass-2026");

biometrics::Descriptor descriptor(float sign)
{
    biometrics::Descriptor d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = sign * float((int(i) % 7) - 3) * 0.03F;
    return d;
}

visitors::RegisteredVisitor registerVisitor(station::StationServices &services, const common::Clock &clock, const QString &name,
                                            bool tracked)
{
    visitors::VisitorDraft draft;
    draft.name = name;
    draft.host = QStringLiteral("Intendance");
    draft.expectedDeparture = clock.now().addSecs(2 * 3600);
    if (tracked)
        draft.face = descriptor(name.size() % 2 ? 1.0F : -1.0F);
    draft.trackingConsent = tracked;
    return services.visitors.registerVisitor(draft, modelId, agent);
}

qint64 count(storage::Database &db, const QString &sql, const QString &id = {})
{
    return (id.isEmpty() ? db.scalar(sql) : db.scalar(sql, {id})).toLongLong();
}

QString templatesOf()
{
    return QStringLiteral("SELECT count(*) FROM visitor_templates WHERE visitor_id = ?1");
}
QString sightingsOf()
{
    return QStringLiteral("SELECT count(*) FROM sightings WHERE visitor_id = ?1");
}

/// Every visitor.tracking_withdraw record's details, as JSON text.
QStringList withdrawRecords(storage::Database &db)
{
    QStringList records;
    auto rows = db.prepare(QStringLiteral("SELECT object, details FROM audit_log WHERE action = 'visitor.tracking_withdraw' ORDER BY seq"));
    while (rows.next())
        records << rows.toText(0) + u' ' + rows.toText(1);
    return records;
}

} // namespace

class TestVisitorTrackingWithdraw final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withdrawalDeletesTemplateAndSightingsAndTheVisitGoesOn()
    {
        test::TestStation station;
        station.clock().set(morning);
        station::StationServices services(station.database(), station.clock());
        const auto ann = registerVisitor(services, station.clock(), QStringLiteral("Ann Withdraws"), true);
        const auto bob = registerVisitor(services, station.clock(), QStringLiteral("Bob Stays"), true);
        const QString id = ann.visitor.id;
        QVERIFY(services.visitors.recordSighting(id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.2));
        QVERIFY(services.visitors.recordSighting(id, QStringLiteral("Cuisine"), QStringLiteral("Cuisine"), 0.2));
        QVERIFY(services.visitors.recordSighting(bob.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.2));
        QCOMPARE(count(station.database(), templatesOf(), id), 1);
        QCOMPARE(count(station.database(), sightingsOf(), id), 2);
        QCOMPARE(services.visitors.gallery(modelId).size(), std::size_t(2));

        station.clock().advance(600);
        const visitors::TrackingWithdrawal withdrawal = services.visitors.withdrawTracking(id, agent);
        QCOMPARE(withdrawal.templatesDeleted, 1);
        QCOMPARE(withdrawal.sightingsDeleted, 2);
        QVERIFY(!withdrawal.visitor.tracking);
        // At once, in the raw tables: nothing of Ann's face or trail; Bob untouched.
        QCOMPARE(count(station.database(), templatesOf(), id), 0);
        QCOMPARE(count(station.database(), sightingsOf(), id), 0);
        QCOMPARE(count(station.database(), templatesOf(), bob.visitor.id), 1);
        QCOMPARE(count(station.database(), sightingsOf(), bob.visitor.id), 1);
        const auto gallery = services.visitors.gallery(modelId);
        QCOMPARE(gallery.size(), std::size_t(1));
        QCOMPARE(gallery.front().visitorId, bob.visitor.id);

        // The visit goes on: still on site, same pass valid, on the evacuation roll call.
        const auto now = services.visitors.find(id);
        QVERIFY(now && now->onSite() && !now->tracking);
        QCOMPARE(now->passSerial, ann.visitor.passSerial);
        QVERIFY(services.visitors.verifyPass(ann.passPayload).valid());
        const visitors::RollCall call = visitors::buildRollCall(services.visitors, QStringLiteral("Lycée"), station.clock().now());
        QCOMPARE(call.entries.size(), std::size_t(2));

        // Audited by visitor id, with counts and nothing about the face.
        const QStringList records = withdrawRecords(station.database());
        QCOMPARE(records.size(), 1);
        QVERIFY2(records.constFirst().startsWith(id + u' '), qPrintable(records.constFirst()));
        const QJsonObject details = QJsonDocument::fromJson(records.constFirst().mid(id.size() + 1).toUtf8()).object();
        QCOMPARE(details.value(u"templates_deleted").toInt(), 1);
        QCOMPARE(details.value(u"sightings_deleted").toInt(), 2);
        QCOMPARE(details.keys(), (QStringList{QStringLiteral("sightings_deleted"), QStringLiteral("templates_deleted")}));

        // An indoor camera that still had the face in memory: the sighting writes nothing, alerts nothing.
        const QString alertsOf = QStringLiteral("SELECT count(*) FROM alerts WHERE visitor_id = ?1");
        const qint64 alerts = count(station.database(), alertsOf, id);
        QVERIFY(!services.visitors.recordSighting(id, QStringLiteral("Hall"), QStringLiteral("Loge secrète"), 0.2));
        QCOMPARE(count(station.database(), sightingsOf(), id), 0);
        QCOMPARE(count(station.database(), alertsOf, id), alerts);

        // Checking out later still works and deletes what is left (nothing).
        services.visitors.checkOut(id, visitors::Departure::Desk, agent);
        QVERIFY(!services.visitors.find(id)->onSite());
    }

    void refusalsAreTranslatedAndChangeNothing()
    {
        test::TestStation station;
        station.clock().set(morning);
        station::StationServices services(station.database(), station.clock());
        const auto tracked = registerVisitor(services, station.clock(), QStringLiteral("Carl Tracked"), true);
        const auto declined = registerVisitor(services, station.clock(), QStringLiteral("Dina Declined"), false);
        const auto gone = registerVisitor(services, station.clock(), QStringLiteral("Eve Gone"), true);
        services.visitors.checkOut(gone.visitor.id, visitors::Departure::Desk, agent);

        const auto refusal = [&](const QString &id) {
            try {
                services.visitors.withdrawTracking(id, agent);
            } catch (const common::Refusal &refused) {
                return refused.message();
            }
            return QString();
        };
        QVERIFY2(refusal(QStringLiteral("V000000-99")).contains(QStringLiteral("No visitor has the number V000000-99")),
                 qPrintable(refusal(QStringLiteral("V000000-99"))));
        QVERIFY2(refusal(gone.visitor.id).contains(QStringLiteral("already left")), qPrintable(refusal(gone.visitor.id)));
        QVERIFY2(refusal(declined.visitor.id).contains(QStringLiteral("never agreed to indoor tracking")),
                 qPrintable(refusal(declined.visitor.id)));
        QVERIFY(withdrawRecords(station.database()).isEmpty());

        services.visitors.withdrawTracking(tracked.visitor.id, agent);
        QVERIFY2(refusal(tracked.visitor.id).contains(QStringLiteral("already withdrew")), qPrintable(refusal(tracked.visitor.id)));
        QCOMPARE(withdrawRecords(station.database()).size(), 1);
    }

    void thePassOfATrackedVisitorSaysHowToStop()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        test::TestStation station;
        station.clock().set(morning);
        station::StationServices services(station.database(), station.clock());
        const auto tracked = registerVisitor(services, station.clock(), QStringLiteral("Fay Tracked"), true);
        const auto declined = registerVisitor(services, station.clock(), QStringLiteral("Gus Declined"), false);
        QTemporaryDir dir;
        const auto textOf = [&](const visitors::RegisteredVisitor &registered, visitors::PassSheet sheet) {
            const QString pdf = dir.filePath(registered.visitor.id + QStringLiteral(".pdf"));
            visitors::writePassPdf(pdf, visitors::passCard(registered.visitor, registered.passPayload, QStringLiteral("Lycée"), QImage()),
                                   sheet);
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            text.waitForFinished(30000);
            return QString::fromUtf8(text.readAllStandardOutput()).simplified();
        };
        const QString sentence = visitors::passTrackingSentence();
        // Not a check: with PORTIQUE_SCREENSHOT_DIR set, the tracked visitor's label to be looked at.
        if (const QString shots = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR"); !shots.isEmpty())
            visitors::renderPassImage(visitors::passCard(tracked.visitor, tracked.passPayload, QStringLiteral("Lycée"), QImage()),
                                      visitors::PassSheet::Label62)
                .save(QDir(shots).filePath(QStringLiteral("visitors-13-pass-tracking.png")));
        for (const auto sheet : {visitors::PassSheet::Label62, visitors::PassSheet::A6}) {
            const QString printed = textOf(tracked, sheet);
            QVERIFY2(printed.contains(sentence), qPrintable(printed));
            QVERIFY2(!textOf(declined, sheet).contains(QStringLiteral("located indoors")), qPrintable(textOf(declined, sheet)));
        }
    }

    void cliWithdrawsAndRefusesWithExitOne()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.db"));
        const QString key = dir.filePath(QStringLiteral("s.key"));
        const auto ctl = [&](QStringList arguments) {
            arguments << QStringLiteral("--db") << db << QStringLiteral("--key-file") << key << QStringLiteral("--user")
                      << QStringLiteral("chef");
            return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
        };
        const CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key, QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"),
             QStringLiteral("Lycée Victor Hugo")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), adminPassword}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QString tracked;
        QString declined;
        {
            // Registered at a fixed morning through the service (the withdrawal itself needs no time of day).
            test::FakeClock clock(morning);
            const storage::DatabaseKey databaseKey = storage::KeyFile::read(key);
            const auto database = storage::Database::open(db, databaseKey, storage::Database::OpenMode::Existing);
            station::StationServices services(*database, clock);
            tracked = registerVisitor(services, clock, QStringLiteral("Hal Tracked"), true).visitor.id;
            declined = registerVisitor(services, clock, QStringLiteral("Ida Declined"), false).visitor.id;
            QVERIFY(services.visitors.recordSighting(tracked, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.2));
        }
        const QStringList withdraw{QStringLiteral("visitor"), QStringLiteral("consent"), QStringLiteral("withdraw")};

        const CliRun unknown = ctl(withdraw + QStringList{QStringLiteral("V000000-99")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("No visitor has the number V000000-99")), qPrintable(unknown.err));
        const CliRun notConsenting = ctl(withdraw + QStringList{declined});
        QCOMPARE(notConsenting.exitCode, 1);
        QVERIFY2(notConsenting.err.contains(QStringLiteral("never agreed to indoor tracking")), qPrintable(notConsenting.err));

        const CliRun done = ctl(withdraw + QStringList{tracked});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.json[u"visitor"].toString(), tracked);
        QCOMPARE(done.json[u"tracking"].toBool(true), false);
        QCOMPARE(done.json[u"on_site"].toBool(), true);
        QCOMPARE(done.json[u"templates_deleted"].toInt(), 1);
        QCOMPARE(done.json[u"sightings_deleted"].toInt(), 1);

        const CliRun again = ctl(withdraw + QStringList{tracked});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already withdrew")), qPrintable(again.err));
        const CliRun shown = ctl({QStringLiteral("visitor"), QStringLiteral("show"), tracked});
        QCOMPARE(shown.json[u"visitor"].toObject()[u"on_site"].toBool(), true);
        QCOMPARE(shown.json[u"visitor"].toObject()[u"tracking"].toBool(true), false);
        QVERIFY(shown.json[u"trail"].toArray().isEmpty());
    }

    void stopTrackingButtonOnTheVisitorsTab()
    {
        test::TestStation station;
        station.clock().set(morning);
        QString tracked;
        QString declined;
        {
            station::StationServices services(station.database(), station.clock());
            tracked = registerVisitor(services, station.clock(), QStringLiteral("Jo Tracked"), true).visitor.id;
            declined = registerVisitor(services, station.clock(), QStringLiteral("Kim Declined"), false).visitor.id;
            QVERIFY(services.visitors.recordSighting(tracked, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.2));
        }
        ui::StationContext context;
        const std::unique_ptr<storage::DatabaseThread> writer = test::openForScreens(station, context);
        const auto raw = [&](const QString &sql) {
            return writer->submit<qint64>([sql, tracked](storage::Database &db) { return count(db, sql, tracked); }).result();
        };

        ui::VisitorsPage page(context, agent);
        int asked = 0;
        bool answer = false;
        page.setConfirmation([&](QWidget *, const QString &, const QString &) {
            ++asked;
            return answer;
        });
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        auto *button = page.findChild<ui::StopTrackingButton *>(QStringLiteral("stopTrackingButton"));
        QVERIFY(button);
        QVERIFY(page.selectVisitor(declined));
        QVERIFY(!button->isEnabled()); // nothing to withdraw
        QVERIFY(page.selectVisitor(tracked));
        QVERIFY(button->isEnabled());

        // Cancelled: nothing changes.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(raw(templatesOf()), 1);

        answer = true;
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QTRY_VERIFY2(page.message().contains(QStringLiteral("no longer followed")), qPrintable(page.message()));
        QCOMPARE(raw(templatesOf()), 0);
        QCOMPARE(raw(sightingsOf()), 0);
        // The row shows tracking off, the visitor still listed on site, the button off.
        const int row = [&] {
            for (int r = 0; r < page.model()->rowCount(); ++r)
                if (page.model()->index(r, 0).data(Qt::UserRole).toString() == tracked)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QTRY_COMPARE(page.model()->index(row, ui::VisitorsPage::Tracking).data().toString(), QStringLiteral("No"));
        QCOMPARE(page.selectedId(), tracked);
        QTRY_VERIFY(!button->isEnabled());
        QTRY_VERIFY(
            page.findChild<QTextBrowser *>(QStringLiteral("visitorDetail"))->toPlainText().contains(QStringLiteral("not followed")));
    }
};

QTEST_MAIN(TestVisitorTrackingWithdraw)
#include "test_visitortracking_withdraw.moc"
