// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 17: `model install` needs no login and writes no audit line, so a swapped face model sent
// every face-lane holder to "check by hand" with nothing saying why. The station records the model
// it runs at each start: a change is audited and raises an alert.
#include "station/facemodelwatch.h"
#include "station/stationservices.h"
#include "teststation.h"

#include <QTest>

using namespace portique;

class TestFaceModelWatch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aChangedModelIsAuditedAndAlerted()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        const QByteArray first = QByteArray::fromHex("a1a2a3a4a5a6a7a8");
        const QByteArray second = QByteArray::fromHex("b1b2b3b4b5b6b7b8");

        QVERIFY(!station::noteFaceModel(services, first)); // the first start only records it
        QCOMPARE(services.alerts.openCount(), 0);
        QVERIFY(!station::noteFaceModel(services, first)); // the same model again: nothing
        QCOMPARE(services.alerts.openCount(), 0);

        const auto change = station::noteFaceModel(services, second);
        QVERIFY(change);
        QCOMPARE(change->previous, QStringLiteral("a1a2a3a4a5a6a7a8"));
        QCOMPARE(change->current, QStringLiteral("b1b2b3b4b5b6b7b8"));
        const auto alerts = services.alerts.recent(5);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts.front().kind, QStringLiteral("face_model_changed"));
        QVERIFY(alerts.front().details.contains(QStringLiteral("a1a2a3a4a5a6a7a8")));
        // The audit trail says it, with the model before and after, and still verifies.
        bool audited = false;
        for (const auto &record : services.audit.newest(10))
            audited = audited
                      || (record.action == u"settings.change" && record.object == u"face.model_id"
                          && record.details.value(u"before").toString() == u"a1a2a3a4a5a6a7a8"
                          && record.details.value(u"after").toString() == u"b1b2b3b4b5b6b7b8");
        QVERIFY(audited);
        QVERIFY(services.audit.verify().intact);
        QVERIFY(!station::noteFaceModel(services, second));
    }
};

QTEST_GUILESS_MAIN(TestFaceModelWatch)
#include "test_facemodelwatch.moc"
