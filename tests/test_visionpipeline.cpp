// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The vision loop on generated videos: a face held still is described once, not every frame;
// people walking up to the gate one after another each get their own track; a gate camera describes
// nobody before a face-lane credential asks, then only the presenting person, fused, then forgets.
#include "scenefixture.h"
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/videoio.hpp>

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

    /// A video of one person blinking at the lane, @p seconds of frames at 15 fps played at @p fps.
    static QString blinkingVideo(const QString &data, FaceEngine &engine, const QTemporaryDir &dir, double seconds, double fps = 15.0)
    {
        std::vector<cv::Mat> shut;
        const auto people = portraits(data, engine, {QStringLiteral("Anthony_Hopkins")}, &shut);
        const QString video = dir.filePath(QStringLiteral("lane.avi"));
        SyntheticScenes::write(video, SyntheticScenes::blinking(people.front(), shut.front(), seconds, 0.5), fps);
        return video;
    }

private Q_SLOTS:
    void aStillFaceIsDescribedOnce()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("still.avi"));
        SyntheticScenes::write(video,
                               SyntheticScenes::heldStill(portraits(data, engine, {QStringLiteral("Anthony_Hopkins")}).front(), 4.0));
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

    void peopleWalkingUpGetTheirOwnTracksAndNoDescriptor()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("gate.avi"));
        std::vector<cv::Mat> shut;
        const auto people =
            portraits(data, engine, {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"), QStringLiteral("Adam_Sandler")}, &shut);
        SyntheticScenes::write(video, SyntheticScenes::approach(people, 2.0, shut));
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video));
        std::set<int> described;
        std::set<int> seen;
        std::set<int> alive;
        connect(
            &pipeline, &VisionPipeline::cameraUpdated, this,
            [&](const CameraView &view) {
                for (const TrackView &track : view.tracks) {
                    seen.insert(track.id);
                    if (track.described)
                        described.insert(track.id);
                    if (track.alive)
                        alive.insert(track.id);
                }
            },
            Qt::QueuedConnection);
        pipeline.start();
        // One pass of the video: 3 people x 2 s + gaps.
        QTest::qWait(7000);
        pipeline.stop();
        QCoreApplication::processEvents();
        // Credential-first (issue 14: the pipeline that landed before described each of them): no
        // credential was presented, so nobody was described, though everyone was tracked.
        QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
        QCOMPARE(described.size(), std::size_t(0));
        // A walker is one track, not one per frame: few tracks for three people.
        QVERIFY2(seen.size() <= 6, qPrintable(QString::number(seen.size())));
        const CameraCounters counters = pipeline.counters(0);
        QCOMPARE(counters.descriptorCalls, 0);
        QCOMPARE(counters.descriptorsWithoutRequest, 0);
        // Each walker blinks on the way: liveness is shown for them.
        QVERIFY2(alive.size() >= 3, qPrintable(QString::number(alive.size())));
    }

    void aRequestDescribesThePresentingPersonThenForgets()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = blinkingVideo(data, engine, dir, 4.0);
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video));
        int request = 0;
        int answered = 0;
        int maxSamples = 0;
        bool describedAfterRelease = false;
        bool released = false;
        connect(
            &pipeline, &VisionPipeline::cameraUpdated, this,
            [&](const CameraView &view) {
                for (const TrackView &track : view.tracks) {
                    if (released && track.descriptor)
                        describedAfterRelease = true;
                    if (request > 0 && track.descriptor && track.request == request) {
                        ++answered;
                        maxSamples = std::max(maxSamples, track.samples);
                    }
                }
            },
            Qt::QueuedConnection);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.counters(0).processed >= 10, 10000);
        QCOMPARE(pipeline.counters(0).descriptorCalls, 0);
        request = pipeline.requestDescriptors(0, DescriptorReason::FaceLaneCredential);
        QVERIFY(request > 0);
        QTRY_VERIFY_WITH_TIMEOUT(maxSamples >= 3, 5000);
        const qint64 duringRequest = pipeline.counters(0).descriptorCalls;
        pipeline.releaseDescriptors(0, request);
        QTest::qWait(300); // frames already in flight may still carry it
        released = true;
        QTest::qWait(1000);
        pipeline.stop();
        QCoreApplication::processEvents();
        const CameraCounters counters = pipeline.counters(0);
        QVERIFY(answered >= 3);
        // The fusion stops at three sights, then re-measures only now and then.
        QVERIFY2(counters.descriptorCalls <= duringRequest + 1, qPrintable(QString::number(counters.descriptorCalls)));
        QCOMPARE(counters.descriptorsByReason[std::size_t(DescriptorReason::FaceLaneCredential)], counters.descriptorCalls);
        QCOMPARE(counters.descriptorsWithoutRequest, 0);
        QVERIFY2(!describedAfterRelease, "a descriptor outlived its request");
    }

    void aCredentialIsAnsweredFromTheFrameInHand()
    {
        // Issue 14: a face-lane credential waited for the camera's next frame (67 ms at 15 fps, plus
        // its detection) before its person was described. It is answered from the last frame
        // processed, the person who stood there when it was read: at 2 frames a second the answer
        // carries the sequence of a frame already shown, not of a new one.
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = blinkingVideo(data, engine, dir, 2.0, 2.0);
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video));
        std::set<qint64> shown;
        int request = 0;
        qint64 answeredSequence = 0;
        bool answeredFromShownFrame = false;
        connect(
            &pipeline, &VisionPipeline::cameraUpdated, this,
            [&](const CameraView &view) {
                const bool answers = std::any_of(view.tracks.cbegin(), view.tracks.cend(),
                                                 [&](const TrackView &t) { return request > 0 && t.request == request && t.descriptor; });
                if (answers && answeredSequence == 0) {
                    answeredSequence = view.sequence;
                    answeredFromShownFrame = shown.contains(view.sequence);
                }
                shown.insert(view.sequence);
            },
            Qt::QueuedConnection);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 10000);
        request = pipeline.requestDescriptors(0, DescriptorReason::FaceLaneCredential);
        QTRY_VERIFY_WITH_TIMEOUT(answeredSequence > 0, 5000);
        pipeline.stop();
        QVERIFY2(answeredFromShownFrame, qPrintable(QString::number(answeredSequence)));
        QCOMPARE(pipeline.counters(0).descriptorsWithoutRequest, 0);
    }

    void anotherPersonInTheSamePlaceSplitsTheTrack()
    {
        // Two people standing in exactly the same place, one after the other, with no gap: the
        // tracker continues the box; the descriptor's jump must split it (issue 14: a track
        // continued across two people lent the first one's liveness and face to the second).
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("swap.avi"));
        std::vector<cv::Mat> shut;
        const auto people = portraits(data, engine, {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu")}, &shut);
        auto frames = SyntheticScenes::blinking(people[0], shut[0], 2.0, 0.5);
        const auto second = SyntheticScenes::blinking(people[1], shut[1], 2.0, 0.5);
        frames.insert(frames.end(), second.begin(), second.end());
        SyntheticScenes::write(video, frames);
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        pipeline.addCamera(QStringLiteral("gate"), CameraSource::create(video));
        std::set<int> describedTracks;
        connect(
            &pipeline, &VisionPipeline::cameraUpdated, this,
            [&](const CameraView &view) {
                for (const TrackView &track : view.tracks) {
                    if (track.descriptor)
                        describedTracks.insert(track.id);
                }
            },
            Qt::QueuedConnection);
        pipeline.start();
        pipeline.requestDescriptors(0, DescriptorReason::FaceLaneCredential);
        QTest::qWait(4500);
        pipeline.stop();
        QCoreApplication::processEvents();
        QVERIFY2(describedTracks.size() >= 2, qPrintable(QString::number(describedTracks.size())));
    }
};

QTEST_GUILESS_MAIN(TestVisionPipeline)
#include "test_visionpipeline.moc"
