// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The face-lane fusion of sights: the mean of the last three, and another person told apart.
#include "vision/sightfusion.h"

#include <QTest>

using namespace portique;
using vision::SightFusion;

namespace {

biometrics::Descriptor sight(float value, float shift = 0.0F)
{
    biometrics::Descriptor d{};
    d.fill(value);
    d[0] += shift;
    return d;
}

} // namespace

class TestSightFusion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fusesTheLastThreeSights()
    {
        SightFusion fusion;
        QVERIFY(!fusion.jumps(sight(0.1F))); // nothing to compare the first sight with
        fusion.add(sight(0.1F));
        fusion.add(sight(0.1F, 0.3F));
        QCOMPARE(fusion.sights(), 2);
        QVERIFY(qAbs(fusion.fused()[0] - 0.25F) < 1e-6F);
        QVERIFY(qAbs(fusion.fused()[1] - 0.1F) < 1e-6F);
        fusion.add(sight(0.1F));
        QVERIFY(fusion.complete());
        fusion.add(sight(0.1F, 0.6F)); // the oldest goes
        QCOMPARE(fusion.sights(), SightFusion::maxSights);
        QVERIFY(qAbs(fusion.fused()[0] - 0.4F) < 1e-6F);
    }

    void anotherPersonJumps_data()
    {
        QTest::addColumn<float>("shift");
        QTest::addColumn<bool>("jumps");
        QTest::newRow("same person, a poor sight") << 0.45F << false;
        QTest::newRow("at the network's own distance") << 0.6F << false;
        QTest::newRow("another person") << 0.75F << true;
    }
    void anotherPersonJumps()
    {
        QFETCH(float, shift);
        QFETCH(bool, jumps);
        SightFusion fusion;
        fusion.add(sight(0.05F));
        QCOMPARE(fusion.jumps(sight(0.05F, shift)), jumps);
        fusion.clear();
        QCOMPARE(fusion.sights(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSightFusion)
#include "test_sightfusion.moc"
