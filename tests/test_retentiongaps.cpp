// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "common/isotime.h"
#include "peoplefixture.h"
#include "privacy/purge.h"
#include "privacy/retention.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "teststation.h"

#include <QTest>

#include <stdexcept>

// Issue 15, "Retention gaps": people and guardians who left were kept forever, and passages and
// visitors could be kept 183 days although the CNIL's reference is 3 months. (Open alerts closed
// at the end of their period: test_retention, alertsGoAtTheEndOfTheirPeriodOpenOrNot.)

using namespace portique;
using privacy::Purge;
using privacy::PurgeReport;
using privacy::RetentionKind;

namespace {

int count(storage::Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return db.scalar(sql, values).toInt();
}

void leave(storage::Database &db, const QString &id, const QDate &on)
{
    db.execute(QStringLiteral("UPDATE people SET left_on = ?2 WHERE id = ?1"), {id, common::isoDate(on)});
}

void addGuardian(storage::Database &db, const QString &studentId)
{
    db.execute(QStringLiteral("INSERT INTO guardians (student_id, guardian_id, family_name, first_name, relationship) "
                              "VALUES (?1, ?2, 'PARENT', 'Alex', '10')"),
               {studentId, QString(QStringLiteral("G-") + studentId)});
}

void addPassage(storage::Database &db, const QString &personId, const QDateTime &at)
{
    db.execute(QStringLiteral("INSERT INTO access_events (at, lane, method, outcome, person_id, reasons, latency_ms) "
                              "VALUES (?1, 'Voie 1', 'scanner', 'granted', ?2, 'badge', 120)"),
               {common::isoTime(at), personId});
}

} // namespace

class TestRetentionGaps final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void peopleWhoLeftAreErasedAYearLater()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDate today = station.clock().now().toLocalTime().date();
        for (const QString &id : {QStringLiteral("GONE"), QStringLiteral("RECENT"), QStringLiteral("HERE")}) {
            test::addPerson(db, id, QDate(2008, 3, 4));
            addGuardian(db, id);
            addPassage(db, id, station.clock().now().addDays(-2));
        }
        leave(db, QStringLiteral("GONE"), today.addDays(-365));
        leave(db, QStringLiteral("RECENT"), today.addDays(-364));

        const PurgeReport dry = Purge(db, station.clock()).run(true);
        QCOMPARE(dry.deleted(QStringLiteral("people")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people")), 3);

        const PurgeReport report = Purge(db, station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("people")), 1);
        // Erased as an erasure request erases: the person, their guardians' records, their passages.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = 'GONE'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM guardians WHERE student_id = 'GONE'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM access_events WHERE person_id = 'GONE'")), 0);
        for (const QString &kept : {QStringLiteral("RECENT"), QStringLiteral("HERE")}) {
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {kept}), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM guardians WHERE student_id = ?1"), {kept}), 1);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.erase' AND actor = 'system'")), 1);
        QVERIFY(station.audit().verify().intact);
        // The period is the DPO's to set, within its bounds.
        station::SettingsStore settings(db, station.audit());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 privacy::setRetentionDays(settings, RetentionKind::Leavers, 10, QStringLiteral("dpo")));
        privacy::setRetentionDays(settings, RetentionKind::Leavers, 30, QStringLiteral("dpo"));
        station.clock().advance(86400);
        QCOMPARE(Purge(db, station.clock()).run(false).deleted(QStringLiteral("people")), 1); // RECENT
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people")), 1);
    }

    void aRestrictedLeaverIsHeld()
    {
        // A restriction (GDPR art. 18) is often asked to keep the data for a claim: not erased.
        test::TestStation station;
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("KEPT"), QDate(2008, 3, 4));
        leave(db, QStringLiteral("KEPT"), station.clock().now().toLocalTime().date().addDays(-400));
        db.execute(QStringLiteral("UPDATE people SET restricted_at = '2026-10-01T08:00:00.000Z', restricted_by = 'dpo' WHERE id = 'KEPT'"));
        const PurgeReport report = Purge(db, station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("people")), 0);
        QCOMPARE(report.held(QStringLiteral("people")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = 'KEPT'")), 1);
    }

    void manyLeaversGoInSeveralBatches()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        const QDate longAgo = station.clock().now().toLocalTime().date().addDays(-400);
        const int leavers = Purge::leaverErasuresPerBatch * 2 + 3;
        for (int i = 0; i < leavers; ++i) {
            const QString id = QStringLiteral("L%1").arg(i, 3, 10, QLatin1Char('0'));
            test::addPerson(db, id, QDate(2008, 3, 4));
            leave(db, id, longAgo);
        }
        const PurgeReport report = Purge(db, station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("people")), leavers);
        QVERIFY(report.batches > 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people")), 0);
    }

    void passagesAndVisitorsAtMostThreeMonths()
    {
        test::TestStation station;
        station::SettingsStore settings(station.database(), station.audit());
        for (const RetentionKind kind : {RetentionKind::AccessEvents, RetentionKind::Visitors}) {
            QCOMPARE(privacy::retentionRule(settings, kind).maximumDays, 92);
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, privacy::setRetentionDays(settings, kind, 93, QStringLiteral("dpo")));
            privacy::setRetentionDays(settings, kind, 92, QStringLiteral("dpo"));
            QCOMPARE(privacy::retentionRule(settings, kind).days, 92);
        }
        // A period stored before the bound came down (183 was allowed) reads as the default.
        station.database().execute(QStringLiteral("UPDATE settings SET value = '183' WHERE key = 'retention.access_events_days'"));
        QCOMPARE(privacy::retentionRule(settings, RetentionKind::AccessEvents).days, 90);
    }
};

QTEST_GUILESS_MAIN(TestRetentionGaps)
#include "test_retentiongaps.moc"
