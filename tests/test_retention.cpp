// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Retention and purge (issue 9): every rule moved through time with a fake clock (just inside its
// period kept, just outside deleted), data in use never touched, the audit trail cut at its start
// and still verifiable, batches short and interleaved with other writer jobs, and deleted rows gone
// from the bytes of the file.
#include "peoplefixture.h"
#include "rawpages.h"
#include "teststation.h"

#include "common/isotime.h"
#include "privacy/purge.h"
#include "privacy/purgescheduler.h"
#include "privacy/retention.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "storage/databasejob.h"
#include "storage/databasethread.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace portique;
using privacy::Purge;
using privacy::PurgeCount;
using privacy::PurgeReport;
using privacy::RetentionKind;

namespace {

QString iso(const QDateTime &time)
{
    return common::isoTime(time);
}

qint64 addEvent(storage::Database &db, const QDateTime &at, const QString &reasons = QString(), const QString &personId = QString())
{
    db.execute(QStringLiteral("INSERT INTO access_events (at, lane, method, person_id, outcome, reasons, latency_ms) "
                              "VALUES (?1, 'Voie 1', 'scanner', ?2, 'granted', ?3, 120)"),
               {iso(at), storage::nullIfEmpty(personId), reasons});
    return db.lastInsertId();
}

void addOverride(storage::Database &db, qint64 eventId, const QDateTime &at, const QString &note = QString())
{
    db.execute(
        QStringLiteral(
            "INSERT INTO overrides (event_id, at, agent, outcome, reason, note) VALUES (?1, ?2, 'agent', 'granted', 'known_person', ?3)"),
        {eventId, iso(at), note});
}

qint64 addAlert(storage::Database &db, const QDateTime &at, bool acknowledged, qint64 eventId = 0)
{
    db.execute(QStringLiteral("INSERT INTO alerts (at, kind, lane, event_id, acknowledged_at, acknowledged_by, note) "
                              "VALUES (?1, 'invalid_credential', 'Voie 1', ?2, ?3, ?4, ?5)"),
               {iso(at), eventId > 0 ? QVariant(eventId) : QVariant(), acknowledged ? QVariant(iso(at.addSecs(60))) : QVariant(),
                acknowledged ? QVariant(QStringLiteral("agent")) : QVariant(), acknowledged ? QStringLiteral("vu") : QString()});
    return db.lastInsertId();
}

void addVisitor(storage::Database &db, const QString &id, const QDateTime &arrived, const QDateTime &departed)
{
    db.execute(
        QStringLiteral(
            "INSERT INTO visitors (id, name, folded_name, host, arrived_at, expected_departure, pass_serial, pass_valid_until, "
            "registered_by, departed_at, departed_by, departure) VALUES (?1, ?2, ?3, 'Accueil', ?4, ?5, ?6, ?5, 'agent', ?7, ?8, ?9)"),
        {id, QString(QStringLiteral("Visiteur ") + id), QString(QStringLiteral("visiteur ") + id.toLower()), iso(arrived),
         iso(arrived.addSecs(7200)), QString(QStringLiteral("serial-") + id), departed.isValid() ? QVariant(iso(departed)) : QVariant(),
         departed.isValid() ? QVariant(QStringLiteral("agent")) : QVariant(),
         departed.isValid() ? QVariant(QStringLiteral("desk")) : QVariant()});
}

void addTraces(storage::Database &db, const QString &visitorId, const QDateTime &seenAt)
{
    db.execute(QStringLiteral("INSERT INTO visitor_templates (visitor_id, sealed) VALUES (?1, x'0102')"), {visitorId});
    db.execute(QStringLiteral("INSERT INTO sightings (visitor_id, at, camera, zone, score) VALUES (?1, ?2, 'Hall', 'Hall', 0.3)"),
               {visitorId, iso(seenAt)});
}

void addCredential(storage::Database &db, const QString &serial, const QString &personId, const QDate &expires, const QDateTime &revoked)
{
    db.execute(
        QStringLiteral("INSERT INTO credentials (serial, person_id, architecture, issued_on, expires_on, issued_at, issued_by, revoked_at, "
                       "revoke_reason) VALUES (?1, ?2, 2, ?3, ?4, ?5, 'agent', ?6, ?7)"),
        {serial, personId, common::isoDate(expires.addYears(-1)), common::isoDate(expires),
         iso(QDateTime(expires.addYears(-1), QTime(8, 0), Qt::UTC)), revoked.isValid() ? QVariant(iso(revoked)) : QVariant(),
         revoked.isValid() ? QVariant(QStringLiteral("lost")) : QVariant()});
}

void addConsentHistory(storage::Database &db, const QString &personId, const QDateTime &at)
{
    db.execute(QStringLiteral("INSERT INTO consents (person_id, purpose, architecture, given_at, given_by, channel, agent) "
                              "VALUES (?1, 'gate_face_lane', 2, ?2, 'Élève', 'in_person', 'agent')"),
               {personId, iso(at)});
    db.execute(
        QStringLiteral("INSERT INTO enrolments (person_id, at, agent, outcome, capture) VALUES (?1, ?2, 'agent', 'enrolled', 'camera')"),
        {personId, iso(at)});
}

void addTemplate(storage::Database &db, const QString &personId, const QString &serial, const QDateTime &at)
{
    db.execute(QStringLiteral("INSERT INTO face_templates (person_id, credential_serial, sealed, created_at) VALUES (?1, ?2, x'0a0b', ?3)"),
               {personId, serial, iso(at)});
}

void addOutage(storage::Database &db, const QString &camera, const QDateTime &start, const QDateTime &end)
{
    db.execute(QStringLiteral("INSERT INTO camera_outages (camera, started_at, ended_at, state) VALUES (?1, ?2, ?3, 'lost')"),
               {camera, iso(start), end.isValid() ? QVariant(iso(end)) : QVariant()});
}

bool exists(storage::Database &db, const QString &table, const QString &where, std::initializer_list<QVariant> values)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), values).toLongLong() > 0;
}

qint64 rows(storage::Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

/// Every retention setting at its minimum: the harshest purge the DPO can ask for.
void harshest(test::TestStation &station)
{
    station::SettingsStore settings(station.database(), station.audit());
    for (const RetentionKind kind : privacy::retentionKinds()) {
        if (const station::IntegerSetting *setting = privacy::retentionSetting(kind))
            settings.set(*setting, setting->minimum, QStringLiteral("dpo"));
    }
}

} // namespace

class TestRetention final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rulesHaveThePrivacyDefaultsAndBounds()
    {
        test::TestStation station;
        station::SettingsStore settings(station.database(), station.audit());
        const QList<privacy::RetentionRule> rules = privacy::retentionRules(settings);
        QCOMPARE(rules.size(), 9);
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::Leavers).days, 365);     // issue 15: 1 year after leaving
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::AccessEvents).days, 90); // PRIVACY.md §4: 3 months
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::Visitors).days, 90);     // 3 months after the visit
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::AuditLog).days, 365);    // 1 year
        const privacy::RetentionRule traces = privacy::retentionRule(settings, RetentionKind::VisitorTraces);
        QVERIFY(!traces.editable);
        QVERIFY(traces.settingKey.isEmpty());
        for (const privacy::RetentionRule &rule : rules) {
            QVERIFY(!privacy::retentionKindLabel(rule.kind).isEmpty());
            QVERIFY(!privacy::retentionRuleText(rule).isEmpty());
            QCOMPARE(privacy::retentionKindFromId(privacy::retentionKindId(rule.kind)), std::optional<RetentionKind>(rule.kind));
            if (rule.editable)
                QVERIFY(rule.minimumDays <= rule.defaultDays && rule.defaultDays <= rule.maximumDays);
        }

        const qint64 before = station.audit().count();
        privacy::setRetentionDays(settings, RetentionKind::AccessEvents, 60, QStringLiteral("dpo"));
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::AccessEvents).days, 60);
        QCOMPARE(station.audit().count(), before + 1);
        QCOMPARE(station.audit().newest(1).first().action, QStringLiteral("settings.change"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 privacy::setRetentionDays(settings, RetentionKind::AccessEvents, 400, QStringLiteral("dpo")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 privacy::setRetentionDays(settings, RetentionKind::AuditLog, 30, QStringLiteral("dpo")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 privacy::setRetentionDays(settings, RetentionKind::VisitorTraces, 1, QStringLiteral("dpo")));
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::AccessEvents).days, 60);
    }

    void accessEventsAndOverrides()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime now = station.clock().now();
        const QDateTime cut = now.addDays(-90);
        const qint64 outside = addEvent(db, cut.addSecs(-1));
        addOverride(db, outside, cut.addSecs(-1));
        const qint64 inside = addEvent(db, cut.addSecs(1));
        addOverride(db, inside, cut.addSecs(1));
        const qint64 today = addEvent(db, now.addSecs(-60));

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {outside}));
        QVERIFY(!exists(db, QStringLiteral("overrides"), QStringLiteral("event_id = ?1"), {outside}));
        QVERIFY(exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {inside}));
        QVERIFY(exists(db, QStringLiteral("overrides"), QStringLiteral("event_id = ?1"), {inside}));
        QVERIFY(exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {today}));
        QCOMPARE(report.deleted(QStringLiteral("access_events")), 1);
        QCOMPARE(report.deleted(QStringLiteral("overrides")), 1);

        // A week later the second one is out too.
        station.clock().advance(7 * 86400);
        QCOMPARE(Purge(db, station.clock()).run(false).deleted(QStringLiteral("access_events")), 1);
        QVERIFY(!exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {inside}));
    }

    void alertsGoAtTheEndOfTheirPeriodOpenOrNot()
    {
        // Issue 15: an open alert was kept forever, with the passage it points to. Past its period
        // it is now closed by the station (audited) and deleted with its passage.
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime cut = station.clock().now().addDays(-90);
        const qint64 outside = addAlert(db, cut.addSecs(-1), true);
        const qint64 inside = addAlert(db, cut.addSecs(1), true);
        const qint64 event = addEvent(db, cut.addDays(-30));
        const qint64 open = addAlert(db, cut.addDays(-30), false, event);
        // Open and inside its period: an agent still has to see it, and the passage it is about.
        const qint64 recentEvent = addEvent(db, cut.addDays(-30));
        const qint64 recentOpen = addAlert(db, cut.addDays(1), false, recentEvent);

        const PurgeReport dry = Purge(db, station.clock()).run(true);
        QCOMPARE(dry.deleted(QStringLiteral("alerts_closed")), 1);
        QCOMPARE(dry.deleted(QStringLiteral("alerts")), 2);
        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("alerts"), QStringLiteral("id = ?1"), {outside}));
        QVERIFY(exists(db, QStringLiteral("alerts"), QStringLiteral("id = ?1"), {inside}));
        QVERIFY(!exists(db, QStringLiteral("alerts"), QStringLiteral("id = ?1"), {open}));
        QVERIFY(!exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {event}));
        QVERIFY(exists(db, QStringLiteral("alerts"), QStringLiteral("id = ?1 AND acknowledged_at IS NULL"), {recentOpen}));
        QVERIFY(exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {recentEvent}));
        QCOMPARE(report.deleted(QStringLiteral("alerts_closed")), 1);
        QCOMPARE(report.deleted(QStringLiteral("alerts")), 2);
        QCOMPARE(report.held(QStringLiteral("access_events")), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'alert.close_expired'")).toInt(), 1);
        QVERIFY(station.audit().verify().intact);
    }

    void visitorRecordsThreeMonthsAfterTheVisit()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime cut = station.clock().now().addDays(-90);
        addVisitor(db, QStringLiteral("V-OUT"), cut.addSecs(-3600), cut.addSecs(-1));
        addVisitor(db, QStringLiteral("V-IN"), cut.addSecs(-3600), cut.addSecs(1)); // arrived before the cut, left after it
        addVisitor(db, QStringLiteral("V-STAYED"), cut.addDays(-10), QDateTime());  // never checked out: held, not deleted

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("visitors"), QStringLiteral("id = 'V-OUT'"), {}));
        QVERIFY(exists(db, QStringLiteral("visitors"), QStringLiteral("id = 'V-IN'"), {}));
        QVERIFY(exists(db, QStringLiteral("visitors"), QStringLiteral("id = 'V-STAYED'"), {}));
        QCOMPARE(report.deleted(QStringLiteral("visitors")), 1);
        QCOMPARE(report.held(QStringLiteral("visitors")), 1);
    }

    void visitorTracesGoAtTheEndOfTheDay()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime now = station.clock().now();
        const QDateTime startOfToday = now.toLocalTime().date().startOfDay().toUTC();
        // On site today: in use.
        addVisitor(db, QStringLiteral("V-HERE"), startOfToday.addSecs(1), QDateTime());
        addTraces(db, QStringLiteral("V-HERE"), startOfToday.addSecs(2));
        // Checked out today but something was left behind (a crash between the two writes).
        addVisitor(db, QStringLiteral("V-LEFT"), startOfToday.addSecs(1), startOfToday.addSecs(600));
        addTraces(db, QStringLiteral("V-LEFT"), startOfToday.addSecs(300));
        // Arrived yesterday, never checked out (the station was off at the evening sweep).
        addVisitor(db, QStringLiteral("V-YESTERDAY"), startOfToday.addSecs(-1), QDateTime());
        addTraces(db, QStringLiteral("V-YESTERDAY"), startOfToday.addSecs(-1));

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(exists(db, QStringLiteral("visitor_templates"), QStringLiteral("visitor_id = 'V-HERE'"), {}));
        QVERIFY(exists(db, QStringLiteral("sightings"), QStringLiteral("visitor_id = 'V-HERE'"), {}));
        for (const QString &gone : {QStringLiteral("V-LEFT"), QStringLiteral("V-YESTERDAY")}) {
            QVERIFY(!exists(db, QStringLiteral("visitor_templates"), QStringLiteral("visitor_id = ?1"), {gone}));
            QVERIFY(!exists(db, QStringLiteral("sightings"), QStringLiteral("visitor_id = ?1"), {gone}));
            QVERIFY(exists(db, QStringLiteral("visitors"), QStringLiteral("id = ?1"), {gone})); // the record has its own rule
        }
        QCOMPARE(report.deleted(QStringLiteral("visitor_templates")), 2);
        QCOMPARE(report.deleted(QStringLiteral("sightings")), 2);

        // The next morning, today's visitor's traces go too.
        station.clock().set(startOfToday.addDays(1).addSecs(1));
        Purge(db, station.clock()).run(false);
        QCOMPARE(rows(db, QStringLiteral("visitor_templates")), 0);
        QCOMPARE(rows(db, QStringLiteral("sightings")), 0);
    }

    void consentsOfPeopleWhoLeft()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime now = station.clock().now();
        const QDate today = now.toLocalTime().date();
        const QDateTime longAgo = now.addDays(-800);
        // The people themselves are erased a year after leaving (test_retentiongaps): not here.
        station::SettingsStore(db, station.audit()).set(station::settings::retentionLeaversDays, 1826, QStringLiteral("dpo"));
        for (const QString &id :
             {QStringLiteral("LEFT-OUT"), QStringLiteral("LEFT-IN"), QStringLiteral("ACTIVE"), QStringLiteral("LEAVING")}) {
            test::addPerson(db, id, QDate(2009, 3, 4));
            // Those still at school consented this school year (an older consent has lapsed).
            addConsentHistory(db, id, id.startsWith(u"LEFT") ? longAgo : now.addDays(-30));
        }
        db.execute(QStringLiteral("UPDATE people SET left_on = ?1 WHERE id = 'LEFT-OUT'"), {common::isoDate(today.addDays(-365))});
        db.execute(QStringLiteral("UPDATE people SET left_on = ?1 WHERE id = 'LEFT-IN'"), {common::isoDate(today.addDays(-364))});
        db.execute(QStringLiteral("UPDATE people SET left_on = ?1 WHERE id = 'LEAVING'"), {common::isoDate(today.addDays(1))});
        // Face templates: a leaver's goes the day they leave; one leaving tomorrow is still active.
        test::addPerson(db, QStringLiteral("LEFT-TODAY"), QDate(2009, 3, 4));
        db.execute(QStringLiteral("UPDATE people SET left_on = ?1 WHERE id = 'LEFT-TODAY'"), {common::isoDate(today)});
        addTemplate(db, QStringLiteral("LEFT-TODAY"), QStringLiteral("s-left-today"), longAgo);
        addTemplate(db, QStringLiteral("LEAVING"), QStringLiteral("s-leaving"), longAgo);
        addTemplate(db, QStringLiteral("ACTIVE"), QStringLiteral("s-active"), longAgo);

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("consents"), QStringLiteral("person_id = 'LEFT-OUT'"), {}));
        QVERIFY(!exists(db, QStringLiteral("enrolments"), QStringLiteral("person_id = 'LEFT-OUT'"), {}));
        for (const QString &kept : {QStringLiteral("LEFT-IN"), QStringLiteral("ACTIVE"), QStringLiteral("LEAVING")}) {
            QVERIFY(exists(db, QStringLiteral("consents"), QStringLiteral("person_id = ?1"), {kept}));
            QVERIFY(exists(db, QStringLiteral("enrolments"), QStringLiteral("person_id = ?1"), {kept}));
        }
        QVERIFY(!exists(db, QStringLiteral("face_templates"), QStringLiteral("person_id = 'LEFT-TODAY'"), {}));
        QVERIFY(exists(db, QStringLiteral("face_templates"), QStringLiteral("person_id = 'LEAVING'"), {}));
        QVERIFY(exists(db, QStringLiteral("face_templates"), QStringLiteral("person_id = 'ACTIVE'"), {}));
        QCOMPARE(report.deleted(QStringLiteral("consents")), 1);
        QCOMPARE(report.deleted(QStringLiteral("enrolments")), 1);
        QCOMPARE(report.deleted(QStringLiteral("face_templates")), 1);
        QVERIFY(exists(db, QStringLiteral("people"), QStringLiteral("id = 'LEFT-OUT'"), {})); // the registry follows the school's records
    }

    void revokedAndExpiredCredentials()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime now = station.clock().now();
        const QDate today = now.toLocalTime().date();
        const QDateTime cut = now.addDays(-365);
        test::addPerson(db, QStringLiteral("P1"), QDate(2009, 3, 4));
        addCredential(db, QStringLiteral("revoked-out"), QStringLiteral("P1"), today.addYears(1), cut.addSecs(-1));
        addCredential(db, QStringLiteral("revoked-in"), QStringLiteral("P1"), today.addYears(1), cut.addSecs(1));
        addCredential(db, QStringLiteral("expired-out"), QStringLiteral("P1"), today.addDays(-366), QDateTime());
        addCredential(db, QStringLiteral("expired-in"), QStringLiteral("P1"), today.addDays(-365), QDateTime());
        addCredential(db, QStringLiteral("current"), QStringLiteral("P1"), today.addDays(200), QDateTime());
        // Revoked long ago, but a type-2 template is still bound to it: kept while the template is.
        addCredential(db, QStringLiteral("bound"), QStringLiteral("P1"), today.addYears(1), cut.addDays(-10));
        addTemplate(db, QStringLiteral("P1"), QStringLiteral("bound"), cut.addDays(-20));

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("credentials"), QStringLiteral("serial = 'revoked-out'"), {}));
        QVERIFY(!exists(db, QStringLiteral("credentials"), QStringLiteral("serial = 'expired-out'"), {}));
        for (const QString &kept :
             {QStringLiteral("revoked-in"), QStringLiteral("expired-in"), QStringLiteral("current"), QStringLiteral("bound")})
            QVERIFY2(exists(db, QStringLiteral("credentials"), QStringLiteral("serial = ?1"), {kept}), qPrintable(kept));
        QCOMPARE(report.deleted(QStringLiteral("credentials")), 2);
        QCOMPARE(report.held(QStringLiteral("credentials")), 1);
    }

    void cameraOutages()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime cut = station.clock().now().addDays(-365);
        addOutage(db, QStringLiteral("out"), cut.addSecs(-600), cut.addSecs(-1));
        addOutage(db, QStringLiteral("in"), cut.addSecs(-600), cut.addSecs(1));
        addOutage(db, QStringLiteral("open"), cut.addDays(-30), QDateTime());

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(!exists(db, QStringLiteral("camera_outages"), QStringLiteral("camera = 'out'"), {}));
        QVERIFY(exists(db, QStringLiteral("camera_outages"), QStringLiteral("camera = 'in'"), {}));
        QVERIFY(exists(db, QStringLiteral("camera_outages"), QStringLiteral("camera = 'open'"), {}));
        QCOMPARE(report.held(QStringLiteral("camera_outages")), 1);
    }

    void auditTrailIsCutAtItsStartAndStillVerifies()
    {
        test::TestStation station;
        const QDateTime now = station.clock().now();
        const QDateTime cut = now.addDays(-365);
        station.clock().set(cut.addDays(-30));
        for (int i = 0; i < 5; ++i)
            station.audit().append(QStringLiteral("agent"), QStringLiteral("test.old"), QString::number(i));
        station.clock().set(cut.addSecs(-1));
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.old"), QStringLiteral("last out"));
        station.clock().set(cut.addSecs(1));
        const qint64 firstKept = station.audit().append(QStringLiteral("agent"), QStringLiteral("test.kept"), QStringLiteral("first in"));
        station.clock().set(now);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.kept"), QStringLiteral("today"));

        const PurgeReport report = Purge(station.database(), station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("audit_log")), 6);
        QCOMPARE(station.database().scalar(QStringLiteral("SELECT min(seq) FROM audit_log")).toLongLong(), firstKept);
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        QCOMPARE(verified.checked, 3); // the two kept records and the purge's own
        const std::optional<privacy::AuditAnchor> anchor = station.audit().anchor();
        QVERIFY(anchor);
        QCOMPARE(anchor->seq, firstKept - 1);
        const privacy::AuditRecord purgeRecord = station.audit().newest(1).first();
        QCOMPARE(purgeRecord.action, QStringLiteral("retention.purge"));
        QCOMPARE(purgeRecord.details[u"anchor_seq"].toInteger(), anchor->seq);
        QCOMPARE(purgeRecord.details[u"deleted"].toObject()[u"audit_log"].toInteger(), 6);

        // Later runs keep vouching for the same start; the chain goes on.
        station.clock().advance(3600);
        Purge(station.database(), station.clock()).run(false);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.after"), QString());
        QVERIFY(station.audit().verify().intact);
    }

    void auditStartTamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        // Records 1..6 purged (anchor 6), 7 and 8 kept, 9 the purge record.
        QTest::newRow("anchor removed") << QStringLiteral("DELETE FROM audit_anchor") << qint64(1);
        QTest::newRow("first kept record removed, anchor moved onto it") << QStringLiteral(
            "DELETE FROM audit_log WHERE seq = 7; UPDATE audit_anchor SET seq = 7, hash = (SELECT hash FROM audit_log WHERE seq = 8)")
                                                                         << qint64(8);
        QTest::newRow("anchor hash replaced") << QStringLiteral("UPDATE audit_anchor SET hash = randomblob(32)") << qint64(7);
    }
    void auditStartTamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        test::TestStation station;
        const QDateTime now = station.clock().now();
        station.clock().set(now.addDays(-400));
        for (int i = 0; i < 6; ++i)
            station.audit().append(QStringLiteral("agent"), QStringLiteral("test.old"), QString::number(i));
        station.clock().set(now.addDays(-10));
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.kept"), QStringLiteral("7"));
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.kept"), QStringLiteral("8"));
        station.clock().set(now);
        QCOMPARE(Purge(station.database(), station.clock()).run(false).auditSeq, 9);
        QVERIFY(station.audit().verify().intact);
        for (const QString &statement : sql.split(QStringLiteral("; ")))
            station.database().execute(statement);
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY(!verified.intact);
        QCOMPARE(verified.firstBrokenSeq, brokenAt);
    }

    void aLongAuditBacklogGoesOverSeveralRuns()
    {
        test::TestStation station;
        const QDateTime now = station.clock().now();
        station.clock().set(now.addDays(-500));
        station.database().transaction([&] {
            for (int i = 0; i < Purge::auditRowsPerRun + 300; ++i)
                station.audit().append(QStringLiteral("agent"), QStringLiteral("test.old"), QString::number(i));
        });
        station.clock().set(now);
        QCOMPARE(Purge(station.database(), station.clock()).run(true).deleted(QStringLiteral("audit_log")), Purge::auditRowsPerRun + 300);
        QCOMPARE(Purge(station.database(), station.clock()).run(false).deleted(QStringLiteral("audit_log")), Purge::auditRowsPerRun);
        QVERIFY(station.audit().verify().intact);
        QCOMPARE(Purge(station.database(), station.clock()).run(false).deleted(QStringLiteral("audit_log")), 300);
        QVERIFY(station.audit().verify().intact);
        QCOMPARE(station.audit().count(), 2); // the two purge records
    }

    void dryRunCountsAndChangesNothing()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime old = station.clock().now().addDays(-200);
        for (int i = 0; i < 7; ++i)
            addOverride(db, addEvent(db, old.addSecs(i)), old);
        addAlert(db, old, true);
        // What one stage frees for a later one: an old acknowledged alert's passage, a leaver's
        // template's revoked badge. The dry run counts them as the real run deletes them.
        addAlert(db, old, true, addEvent(db, old));
        test::addPerson(db, QStringLiteral("LEFT"), QDate(2009, 3, 4));
        db.execute(QStringLiteral("UPDATE people SET left_on = ?1"), {common::isoDate(old.date())});
        addCredential(db, QStringLiteral("left-badge"), QStringLiteral("LEFT"), old.date().addYears(1), old.addDays(-400));
        addTemplate(db, QStringLiteral("LEFT"), QStringLiteral("left-badge"), old.addDays(-500));
        const qint64 auditBefore = station.audit().count();

        const PurgeReport dry = Purge(db, station.clock()).run(true);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.deleted(QStringLiteral("access_events")), 8);
        QCOMPARE(dry.deleted(QStringLiteral("overrides")), 7);
        QCOMPARE(dry.deleted(QStringLiteral("alerts")), 2);
        QCOMPARE(dry.deleted(QStringLiteral("face_templates")), 1);
        QCOMPARE(dry.deleted(QStringLiteral("credentials")), 1);
        QCOMPARE(dry.auditSeq, 0);
        QCOMPARE(rows(db, QStringLiteral("access_events")), 8);
        QCOMPARE(station.audit().count(), auditBefore);

        const PurgeReport real = Purge(db, station.clock()).run(false);
        for (const PurgeCount &count : dry.counts) {
            QCOMPARE(real.deleted(count.table), count.deleted);
            QCOMPARE(real.held(count.table), count.held);
        }
        QCOMPARE(station.audit().count(), auditBefore + 1);

        // One audit record per run, read back as the history the DPO console shows.
        Purge(db, station.clock()).run(false);
        const std::vector<PurgeReport> history = Purge(db, station.clock()).history(10);
        QCOMPARE(history.size(), std::size_t(2));
        QVERIFY(history[0].auditSeq > history[1].auditSeq);
        QCOMPARE(history[1].deleted(QStringLiteral("access_events")), 8);
        QCOMPARE(history[1].deleted(QStringLiteral("overrides")), 7);
        QCOMPARE(history[0].totalDeleted(), 0);
        QCOMPARE(history[1].actor, QStringLiteral("system"));
    }

    void neverTouchesDataInUse()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        harshest(station);
        const QDateTime now = station.clock().now();
        const QDate today = now.toLocalTime().date();
        const QDateTime longAgo = now.addDays(-2000);
        // An active student enrolled years ago, type 2, with the badge of this school year.
        test::addPerson(db, QStringLiteral("ACTIVE"), QDate(2009, 3, 4));
        addConsentHistory(db, QStringLiteral("ACTIVE"), now.addDays(-30)); // this school year's: in force
        addCredential(db, QStringLiteral("current-badge"), QStringLiteral("ACTIVE"), today.addDays(250), QDateTime());
        addTemplate(db, QStringLiteral("ACTIVE"), QStringLiteral("current-badge"), longAgo);
        // A visitor on site now, tracked, seen an hour ago.
        const QDateTime arrival = std::max(now.addSecs(-2 * 3600), today.startOfDay().toUTC());
        addVisitor(db, QStringLiteral("V-ONSITE"), arrival, QDateTime());
        addTraces(db, QStringLiteral("V-ONSITE"), now.addSecs(-60));
        // An open alert of yesterday about an old passage, and a camera still down.
        const qint64 event = addEvent(db, longAgo, QString(), QStringLiteral("ACTIVE"));
        addAlert(db, now.addDays(-1), false, event);
        addOutage(db, QStringLiteral("Voie 2"), longAgo, QDateTime());

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QVERIFY(exists(db, QStringLiteral("consents"), QStringLiteral("person_id = 'ACTIVE'"), {}));
        QVERIFY(exists(db, QStringLiteral("enrolments"), QStringLiteral("person_id = 'ACTIVE'"), {}));
        QVERIFY(exists(db, QStringLiteral("credentials"), QStringLiteral("serial = 'current-badge'"), {}));
        QVERIFY(exists(db, QStringLiteral("face_templates"), QStringLiteral("person_id = 'ACTIVE'"), {}));
        QVERIFY(exists(db, QStringLiteral("visitors"), QStringLiteral("id = 'V-ONSITE'"), {}));
        QVERIFY(exists(db, QStringLiteral("visitor_templates"), QStringLiteral("visitor_id = 'V-ONSITE'"), {}));
        QVERIFY(exists(db, QStringLiteral("sightings"), QStringLiteral("visitor_id = 'V-ONSITE'"), {}));
        QVERIFY(exists(db, QStringLiteral("access_events"), QStringLiteral("id = ?1"), {event}));
        QCOMPARE(rows(db, QStringLiteral("alerts")), 1);
        QCOMPARE(rows(db, QStringLiteral("camera_outages")), 1);
        QCOMPARE(report.totalDeleted(), 0);
    }

    void deletedRowsAreGoneFromTheFile()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QByteArray marker = "PURGE-MARKER-7f3a9c";
        const QDateTime old = station.clock().now().addDays(-200);
        db.transaction([&] {
            for (int i = 0; i < 40; ++i) {
                const qint64 id = addEvent(db, old.addSecs(i), QString::fromLatin1(marker) + QString::number(i));
                addOverride(db, id, old, QString::fromLatin1(marker) + QStringLiteral(" note ") + QString(600, u'x')); // overflow-sized
            }
            for (int i = 0; i < 200; ++i)
                addEvent(db, station.clock().now().addSecs(-i), QStringLiteral("recent"));
        });
        db.forgetDeleted(); // fold the WAL so the marker is in the main file
        const QByteArray before = test::decryptedDatabase(station.databasePath(), station.key());
        QVERIFY2(test::looksDecrypted(before), "the test's own SQLCipher decryption does not work: it would prove nothing");
        QVERIFY(before.contains(marker)); // the search finds what is there

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("access_events")), 40);
        const QByteArray walNow = test::decryptedWal(station.databasePath() + QStringLiteral("-wal"), station.key());
        QVERIFY(!walNow.contains(marker));
        station.close();
        const QByteArray after = test::decryptedDatabase(station.databasePath(), station.key());
        QVERIFY(test::looksDecrypted(after));
        QVERIFY2(!after.contains(marker), "a purged row is still in the file's bytes");
        QVERIFY(!test::decryptedWal(station.databasePath() + QStringLiteral("-wal"), station.key()).contains(marker));
        QVERIFY(after.contains("recent"));
    }

    void schedulerRunsInBatchesBetweenOtherJobs()
    {
        test::TestStation station;
        const int events = 3 * Purge::batchRows + 17;
        const QDateTime old = station.clock().now().addDays(-200);
        station.database().transaction([&] {
            for (int i = 0; i < events; ++i)
                addEvent(station.database(), old.addSecs(i));
        });
        storage::DatabaseThread writer(station.databasePath(), station.key().clone());
        privacy::PurgeScheduler scheduler(writer, station.clock());
        QSignalSpy finished(&scheduler, &privacy::PurgeScheduler::finished);
        QSignalSpy failed(&scheduler, &privacy::PurgeScheduler::failed);

        scheduler.start(std::chrono::hours(1));
        QVERIFY(scheduler.isRunning());
        scheduler.runNow(); // not doubled
        // A passage submitted now is written while the purge is still going, not after it.
        bool wroteWhilePurging = false;
        storage::submitJob<qint64>(
            writer, this,
            std::function<qint64(storage::Database &)>([&](storage::Database &db) { return addEvent(db, station.clock().now()); }),
            [&](qint64) { wroteWhilePurging = scheduler.isRunning(); }, [](const QString &message) { QFAIL(qPrintable(message)); });
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(wroteWhilePurging);
        const PurgeReport report = finished.first().first().value<PurgeReport>();
        QCOMPARE(report.deleted(QStringLiteral("access_events")), events);
        QVERIFY(report.batches >= 4 + 10); // four batches of passages, one step per other table and the audit
        QVERIFY(report.auditSeq > 0);
        QCOMPARE(writer.submit<qint64>([](storage::Database &db) { return rows(db, QStringLiteral("access_events")); }).result(), 1);
        QVERIFY(!scheduler.isRunning());
    }

    void purgeTimeOfManyEvents()
    {
        // The figures of docs/privacy-operations.md: PORTIQUE_PURGE_ROWS=100000 for the large run.
        const int events = qEnvironmentVariableIsSet("PORTIQUE_PURGE_ROWS") ? qEnvironmentVariableIntValue("PORTIQUE_PURGE_ROWS") : 20000;
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime old = station.clock().now().addDays(-200);
        db.transaction([&] {
            for (int i = 0; i < events; ++i) {
                const qint64 id = addEvent(db, old.addSecs(i), QStringLiteral("face_matches"), QStringLiteral("9100100"));
                if (i % 20 == 0)
                    addOverride(db, id, old.addSecs(i), QStringLiteral("note"));
            }
            for (int i = 0; i < 200; ++i)
                addAlert(db, station.clock().now().addSecs(-i), false);
        });
        db.forgetDeleted();
        QElapsedTimer timer;
        timer.start();
        const PurgeReport report = Purge(db, station.clock()).run(false);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(report.deleted(QStringLiteral("access_events")), events);
        qInfo("purge of %d passages: %lld ms in %d batches, longest batch %lld ms", events, elapsed, report.batches, report.longestBatchMs);
        // A batch holds the writer a few milliseconds on a desktop; a second would be a regression
        // the lanes would feel.
        QVERIFY2(report.longestBatchMs < 1000, qPrintable(QString::number(report.longestBatchMs)));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
