// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "privacy/auditlog.h"
#include "teststation.h"

#include <QTest>

using namespace portique;

class TestAuditLog final : public QObject {
    Q_OBJECT

    static void fill(test::TestStation &station, int count)
    {
        for (int i = 1; i <= count; ++i) {
            station.clock().advance(7);
            station.audit().append(QStringLiteral("agent%1").arg(i % 3), QStringLiteral("test.action"),
                                   QStringLiteral("objet-é-%1").arg(i),
                                   {{QStringLiteral("n"), i}, {QStringLiteral("motif"), QStringLiteral("badge oublié")}});
        }
    }

private Q_SLOTS:
    void emptyTrailIsIntact()
    {
        test::TestStation station;
        const auto result = station.audit().verify();
        QVERIFY(result.intact);
        QCOMPARE(result.checked, 0);
    }

    void appendedTrailVerifies()
    {
        test::TestStation station;
        fill(station, 25);
        const auto result = station.audit().verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
        QCOMPARE(result.checked, 25);
        const auto newest = station.audit().newest(3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.first().seq, 25);
        QCOMPARE(newest.first().details.value(QStringLiteral("motif")).toString(), QStringLiteral("badge oublié"));
        QCOMPARE(newest.first().hash.size(), 32);
    }

    void survivesReopen()
    {
        test::TestStation station;
        fill(station, 5);
        station.close();
        station.reopen();
        fill(station, 5);
        QVERIFY(station.audit().verify().intact);
        QCOMPARE(station.audit().count(), 10);
    }

    void tamperingIsFoundAtTheRightPlace_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("details edited") << QStringLiteral("UPDATE audit_log SET details = '{\"n\":6}' WHERE seq = 6") << qint64(6);
        QTest::newRow("actor edited") << QStringLiteral("UPDATE audit_log SET actor = 'dpo' WHERE seq = 2") << qint64(2);
        QTest::newRow("time edited") << QStringLiteral("UPDATE audit_log SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 9")
                                     << qint64(9);
        QTest::newRow("content hash replaced")
            << QStringLiteral("UPDATE audit_log SET content_hash = randomblob(32) WHERE seq = 4") << qint64(4);
        QTest::newRow("link hash replaced") << QStringLiteral("UPDATE audit_log SET hash = randomblob(32) WHERE seq = 7")
                                            << qint64(7);
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << qint64(5);
        QTest::newRow("first row deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
        QTest::newRow("last row deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 12") << qint64(12);
        QTest::newRow("tail truncated with head rewritten")
            << QStringLiteral("DELETE FROM audit_log WHERE seq > 10; UPDATE audit_head SET last_seq = 10") << qint64(11);
        QTest::newRow("rows swapped")
            << QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 8; "
                              "UPDATE audit_log SET seq = 8 WHERE seq = -1")
            << qint64(3);
        QTest::newRow("rows renumbered after a deletion")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 4; UPDATE audit_log SET seq = seq - 1 WHERE seq > 4")
            << qint64(4);
    }
    void tamperingIsFoundAtTheRightPlace()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        test::TestStation station;
        fill(station, 12);
        for (const QString &statement : sql.split(QStringLiteral("; ")))
            station.database().execute(statement);
        const auto result = station.audit().verify();
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBrokenSeq, brokenAt);
        QVERIFY(!result.problem.isEmpty());
    }

    void chainGoesOnAfterAnIntactVerify()
    {
        test::TestStation station;
        fill(station, 3);
        QVERIFY(station.audit().verify().intact);
        QCOMPARE(station.audit().append(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")), 4);
        QVERIFY(station.audit().verify().intact);
    }

    /// The DPO's audit viewer and the settings history query the whole trail in the database.
    void searchSelectsByGroupTextAndTime()
    {
        test::TestStation station;
        const QDateTime start = station.clock().now();
        auto add = [&station](const QString &actor, const QString &action, const QString &object, const QJsonObject &details = {}) {
            station.clock().advance(60);
            return station.audit().append(actor, action, object, details);
        };
        add(QStringLiteral("accueil"), QStringLiteral("login.ok"), QStringLiteral("accueil"));
        add(QStringLiteral("accueil"), QStringLiteral("login.failed"), QStringLiteral("accueil"));
        add(QStringLiteral("dpo"), QStringLiteral("settings.change"), QStringLiteral("gate.sounds"),
            {{QStringLiteral("before"), QStringLiteral("1")}, {QStringLiteral("after"), QStringLiteral("0")}});
        const qint64 override = add(QStringLiteral("accueil"), QStringLiteral("gate.override"), QStringLiteral("P42"),
                                    {{QStringLiteral("note"), QStringLiteral("100% sûr, badge oublié")}});
        add(QStringLiteral("dpo"), QStringLiteral("loginx.odd"), QStringLiteral("x")); // shares a prefix, not the group

        auto actions = [&station](const privacy::AuditQuery &query) {
            QStringList found;
            for (const privacy::AuditRecord &record : station.audit().search(query))
                found << record.action;
            return found;
        };
        privacy::AuditQuery query;
        QCOMPARE(actions(query).size(), 5);
        query.actions = {QStringLiteral("login")};
        QCOMPARE(actions(query), (QStringList{QStringLiteral("login.failed"), QStringLiteral("login.ok")}));
        query.actions = {QStringLiteral("settings.change"), QStringLiteral("gate")};
        QCOMPARE(actions(query), (QStringList{QStringLiteral("gate.override"), QStringLiteral("settings.change")}));

        // Text in the details, case and accents ignored; % and _ are letters, not wildcards.
        query = {};
        query.text = QStringLiteral("BADGE OUBLIE");
        QCOMPARE(station.audit().search(query).constFirst().seq, override);
        query.text = QStringLiteral("Sûr");
        QCOMPARE(actions(query), QStringList{QStringLiteral("gate.override")});
        query.text = QStringLiteral("100%");
        QCOMPARE(actions(query), QStringList{QStringLiteral("gate.override")});
        query.text = QStringLiteral("1_0");
        QVERIFY(actions(query).isEmpty());
        query.text = QStringLiteral("p42");
        QCOMPARE(actions(query), QStringList{QStringLiteral("gate.override")});

        // A time window: from inclusive, to exclusive; limit and offset page through.
        query = {};
        query.from = start.addSecs(120);
        query.to = start.addSecs(240);
        QCOMPARE(actions(query), (QStringList{QStringLiteral("settings.change"), QStringLiteral("login.failed")}));
        query = {};
        query.limit = 2;
        query.offset = 1;
        QCOMPARE(actions(query), (QStringList{QStringLiteral("gate.override"), QStringLiteral("settings.change")}));
        query.text = QStringLiteral("accueil"); // 3 records name accueil
        QCOMPARE(actions(query), (QStringList{QStringLiteral("login.failed"), QStringLiteral("login.ok")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
