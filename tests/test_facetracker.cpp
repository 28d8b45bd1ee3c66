// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "vision/facetracker.h"

#include <QTest>

using namespace portique::vision;

namespace {

FaceBox box(int x, int y, int size = 120)
{
    return {QRect(x, y, size, size), 1.0};
}

} // namespace

class TestFaceTracker final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idsStayStableOnScriptedMotion()
    {
        // Two people walking towards the gate at 15 fps (67 ms per frame): one left to right at
        // 12 px/frame, one right to left at 9 px/frame and growing as they come closer.
        FaceTracker tracker;
        int left = 0;
        int right = 0;
        for (int frame = 0; frame < 60; ++frame) {
            const qint64 now = frame * 67;
            const std::vector<int> ids = tracker.update({box(40 + 12 * frame, 100), box(560 - 9 * frame, 120, 100 + frame)}, now);
            if (frame == 0) {
                left = ids[0];
                right = ids[1];
                QVERIFY(left != right);
            }
            QCOMPARE(ids[0], left);
            QCOMPARE(ids[1], right);
        }
        QCOMPARE(tracker.tracks().size(), std::size_t(2));
        QCOMPARE(tracker.track(left)->framesSeen, 60);
    }

    void aFastMoverIsFollowedThanksToItsVelocity()
    {
        // 50 px per frame on a 100 px face: consecutive boxes barely overlap, the prediction does.
        FaceTracker tracker;
        const int id = tracker.update({box(0, 0, 100)}, 0).front();
        tracker.update({box(30, 0, 100)}, 67);
        for (int frame = 2; frame < 12; ++frame)
            QCOMPARE(tracker.update({box(30 + 50 * (frame - 1), 0, 100)}, frame * 67).front(), id);
    }

    void aBriefOcclusionKeepsTheIdALongOneDoesNot()
    {
        FaceTracker tracker;
        const int id = tracker.update({box(100, 100)}, 0).front();
        tracker.update({}, 130);
        tracker.update({}, 260);
        QCOMPARE(tracker.update({box(102, 101)}, 390).front(), id); // a few missed frames: the same face
        tracker.update({}, 600);
        tracker.update({}, 800);
        QVERIFY(tracker.tracks().empty());
        // Found again at the same place after 0.4 s: maybe the next person, so a new track.
        QVERIFY(tracker.update({box(102, 101)}, 900).front() != id);
    }

    void aNewFaceGetsANewId()
    {
        FaceTracker tracker;
        const int first = tracker.update({box(0, 0)}, 0).front();
        const std::vector<int> ids = tracker.update({box(2, 0), box(400, 0)}, 67);
        QCOMPARE(ids[0], first);
        QVERIFY(ids[1] != first);
    }

    void aStationaryFaceIsDescribedOnce()
    {
        FaceTracker tracker;
        const int id = tracker.update({box(100, 100)}, 0).front();
        QVERIFY(tracker.needsDescriptor(id, 40.0));
        tracker.setDescriptor(id, {}, 40.0);
        int described = 1;
        for (int frame = 1; frame < 100; ++frame) {
            tracker.update({box(100 + frame % 2, 100)}, frame * 67);
            // The same quality, give or take the detector's jitter: no new descriptor.
            if (tracker.needsDescriptor(id, 40.0 + (frame % 3)))
                ++described;
        }
        QCOMPARE(described, 1);
        // A clearly better view (closer, more frontal) earns a new descriptor.
        QVERIFY(tracker.needsDescriptor(id, 55.0));
        QVERIFY(!tracker.needsDescriptor(9999, 55.0));
    }

    void iouIsRight()
    {
        QCOMPARE(intersectionOverUnion(QRectF(0, 0, 10, 10), QRectF(0, 0, 10, 10)), 1.0);
        QCOMPARE(intersectionOverUnion(QRectF(0, 0, 10, 10), QRectF(20, 0, 10, 10)), 0.0);
        QCOMPARE(intersectionOverUnion(QRectF(0, 0, 10, 10), QRectF(5, 0, 10, 10)), 50.0 / 150.0);
    }
};

QTEST_GUILESS_MAIN(TestFaceTracker)
#include "test_facetracker.moc"
