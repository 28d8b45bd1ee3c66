// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The vision loop on generated videos: a face held still is described once, not every frame;
// people walking up to the gate one after another each get their own track and a descriptor.
#include "scenefixture.h"
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace portique;
using namespace portique::vision;

class TestVisionPipeline final : public QObject {
    Q_OBJECT

    static std::vector<cv::Mat> portraits(const QString &data, FaceEngine &engine, const QStringList &people,
                                          std::vector<cv::Mat> *shut = nullptr)
    {
        std::vector<cv::Mat> result;
        for (const QString &person : people) {
            cv::Mat closed;
            result.push_back(test::portraitOf(data, engine, person, shut ? &closed : nullptr));
            if (shut)
                shut->push_back(closed);
        }
        return result;
    }

private Q_SLOTS:
    void aStillFaceIsDescribedOnce()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("still.avi"));
        SyntheticScenes::write(video, SyntheticScenes::heldStill(portraits(data, engine, {QStringLiteral("Anthony_Hopkins")}).front(), 4.0));
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        // Without liveness, whose landmarks are followed every frame by design.
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video), {}, std::nullopt, false);
        QSignalSpy updates(&pipeline, &VisionPipeline::cameraUpdated);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.counters(0).processed >= 40, 10000);
        pipeline.stop();
        const CameraCounters counters = pipeline.counters(0);
        // The file loops every 4 s: the track continues across the loop (same place), so one
        // descriptor, one landmark measure, for 40+ processed frames.
        QCOMPARE(counters.descriptorCalls, 1);
        QCOMPARE(counters.landmarkCalls, 1);
        QVERIFY(updates.count() >= 40);
        const auto view = updates.last().first().value<CameraView>();
        QCOMPARE(view.tracks.size(), std::size_t(1));
        QVERIFY(view.tracks.front().described);
        QVERIFY(view.tracks.front().usable);
        QCOMPARE(view.frameSize, QSize(SyntheticScenes::width, SyntheticScenes::height));
        QVERIFY(!view.image.isNull());
    }

    void peopleWalkingUpGetTheirOwnTracks()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("gate.avi"));
        std::vector<cv::Mat> shut;
        const auto people = portraits(data, engine, {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"),
                                                     QStringLiteral("Adam_Sandler")},
                                      &shut);
        SyntheticScenes::write(video, SyntheticScenes::approach(people, 2.0, shut));
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video));
        std::set<int> described;
        std::set<int> seen;
        std::set<int> alive;
        connect(&pipeline, &VisionPipeline::cameraUpdated, this, [&](const CameraView &view) {
            for (const TrackView &track : view.tracks) {
                seen.insert(track.id);
                if (track.described)
                    described.insert(track.id);
                if (track.alive)
                    alive.insert(track.id);
            }
        }, Qt::QueuedConnection);
        pipeline.start();
        // One pass of the video: 3 people x 2 s + gaps.
        QTest::qWait(7000);
        pipeline.stop();
        QCoreApplication::processEvents();
        QVERIFY2(described.size() >= 3, qPrintable(QStringLiteral("%1 described of %2 tracks").arg(described.size()).arg(seen.size())));
        // A walker is one track, not one per frame: few tracks for three people.
        QVERIFY2(seen.size() <= 6, qPrintable(QString::number(seen.size())));
        const CameraCounters counters = pipeline.counters(0);
        QVERIFY(counters.descriptorCalls <= 10);
        QVERIFY(!counters.firstDescriptorMs.empty());
        // Each walker blinks on the way: liveness is shown for them.
        QVERIFY2(alive.size() >= 3, qPrintable(QString::number(alive.size())));
    }
};

QTEST_GUILESS_MAIN(TestVisionPipeline)
#include "test_visionpipeline.moc"
