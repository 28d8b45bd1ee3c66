// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Liveness from landmarks, and the presentation attacks of issue 24 (ISO/IEC 30107-3 vocabulary):
// a printed photo held still, moved, turned, or bent and waved does not show it; a face that
// blinks does; a replay of that face on a screen does too (the documented limit of RGB alone). The
// blinking videos come from still photos with the eyes closed synthetically. The faces here are
// the face test set's, which the liveness thresholds were never tuned on (bench pad's demo photos
// were).
#include "access/gate.h"
#include "experimentfixture.h"
#include "peoplefixture.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/liveness.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using namespace portique::vision;

namespace {

struct Subject {
    cv::Mat open;
    cv::Mat closed;
};

Subject subject(FaceEngine &engine, const QString &photoPath)
{
    const cv::Mat photo = loadImage(photoPath);
    const FaceBox face = engine.detector().detect(photo, DetectionOptions::forPhoto(photo.size())).front();
    const cv::Mat portrait = SyntheticScenes::portrait(photo, cv::Rect(face.box.x(), face.box.y(), face.box.width(), face.box.height()));
    const FaceBox inPortrait = engine.detector().detect(portrait, DetectionOptions::forPhoto(portrait.size())).front();
    std::vector<cv::Point2f> points;
    for (const QPointF &p : engine.aligner().landmarks(portrait, inPortrait.box))
        points.emplace_back(float(p.x()), float(p.y()));
    return {portrait, SyntheticScenes::closeEyes(portrait, points)};
}

/// 68 points laid out like a face (jaw, brows, nose, eyes 20 px wide and 8 px open, mouth).
Landmarks face()
{
    Landmarks p(68);
    for (int i = 0; i <= 16; ++i) // jaw, ear to ear under the eyes
        p[std::size_t(i)] = QPointF(70 + 100 * i / 16.0, 110 + 60 * std::sin(M_PI * i / 16.0));
    for (int i = 0; i < 5; ++i) { // brows
        p[std::size_t(17 + i)] = QPointF(78 + 6 * i, 86 - (i == 2 ? 3 : 0));
        p[std::size_t(22 + i)] = QPointF(138 + 6 * i, 86 - (i == 2 ? 3 : 0));
    }
    for (int i = 0; i < 9; ++i) // nose: bridge then base
        p[std::size_t(27 + i)] = i < 4 ? QPointF(120, 100 + 8 * i) : QPointF(110 + 5 * (i - 4), 134 + (i == 6 ? 2 : 0));
    for (int first : {36, 42}) {
        const double x = first == 36 ? 80 : 140;
        const QPointF eye[6] = {{x, 100}, {x + 6, 96}, {x + 14, 96}, {x + 20, 100}, {x + 14, 104}, {x + 6, 104}};
        for (int i = 0; i < 6; ++i)
            p[std::size_t(first + i)] = eye[i];
    }
    for (int i = 0; i < 20; ++i) // mouth, an ellipse
        p[std::size_t(48 + i)] =
            QPointF(120 + (i < 12 ? 20 : 12) * std::cos(2 * M_PI * i / 12.0), 150 + (i < 12 ? 8 : 3) * std::sin(2 * M_PI * i / 12.0));
    return p;
}

/// @p landmarks with the eyelids of @p eyes eyes (1: the right one only) brought together.
Landmarks closed(const Landmarks &landmarks, int eyes)
{
    Landmarks p = landmarks;
    for (int first : {36, 42}) {
        if (first == 42 && eyes < 2)
            continue;
        for (int i : {1, 2, 4, 5})
            p[std::size_t(first + i)].setY(100 + (i < 3 ? 1 : -1));
    }
    return p;
}

/// @p landmarks with both eyes' opening scaled by @p factor (the predictor's eyelid noise).
Landmarks widened(const Landmarks &landmarks, double factor)
{
    Landmarks p = landmarks;
    for (int first : {36, 42}) {
        for (int i : {1, 2, 4, 5})
            p[std::size_t(first + i)].setY(100 + (p[std::size_t(first + i)].y() - 100) * factor);
    }
    return p;
}

LivenessMonitor watch(FaceEngine &engine, const std::vector<cv::Mat> &frames)
{
    LivenessMonitor monitor;
    qint64 ms = 0;
    for (const cv::Mat &frame : frames) {
        ms += 67;
        const auto faces = engine.detector().detect(frame, DetectionOptions::forLane());
        if (!faces.empty()) {
            const Landmarks landmarks = engine.aligner().landmarks(frame, faces.front().box);
            if (qEnvironmentVariableIsSet("PORTIQUE_LIVENESS_TRACE"))
                qInfo("%lld ear %.3f", ms, LivenessMonitor::eyeAspectRatio(landmarks));
            monitor.add(ms, landmarks);
        }
    }
    return monitor;
}

} // namespace

class TestLiveness final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPictureMovedOrBentKeepsItsEyelidsWhereTheWarpPutsThem()
    {
        const Landmarks reference = face();
        // Moved, zoomed and turned: a similarity, which the quadratic warp contains.
        Landmarks moved;
        const double angle = 0.1, scale = 1.2;
        for (const QPointF &p : reference)
            moved.emplace_back(scale * (std::cos(angle) * p.x() - std::sin(angle) * p.y()) + 35,
                               scale * (std::sin(angle) * p.x() + std::cos(angle) * p.y()) - 12);
        QVERIFY(std::abs(LivenessMonitor::eyelidOpening(reference, moved) - 1.0) < 1e-6);
        // Bent: every point displaced by a smooth field that squeezes the eyes' rows by 30 %; the
        // eyelids moved with the rest of the sheet, so nothing closed.
        Landmarks bent;
        for (const QPointF &p : reference)
            bent.emplace_back(p.x() + 0.002 * (p.y() - 100) * (p.y() - 100),
                              100 + 0.7 * (p.y() - 100) + 0.003 * (p.x() - 120) * (p.x() - 120));
        QVERIFY(LivenessMonitor::eyeAspectRatio(bent) < 0.8 * LivenessMonitor::eyeAspectRatio(reference)); // the former rule's blink
        QVERIFY(std::abs(LivenessMonitor::eyelidOpening(reference, bent) - 1.0) < 1e-6);
        // Both eyelids closing while the rest stays: a blink.
        QVERIFY(LivenessMonitor::eyelidOpening(reference, closed(reference, 2)) < LivenessMonitor::closedOpening);
        // One eye only (a wink, or the shape predictor slipping on one eye): not a blink.
        QVERIFY(LivenessMonitor::eyelidOpening(reference, closed(reference, 1)) > LivenessMonitor::reopened);
    }

    void aBlinkIsCountedOnAQuietFaceOnly()
    {
        const Landmarks open = face();
        const Landmarks shut = closed(open, 2);
        LivenessMonitor quiet;
        qint64 ms = 0;
        for (int i = 0; i < 10; ++i)
            quiet.add(ms += 67, open);
        quiet.add(ms += 67, shut);
        quiet.add(ms += 67, shut);
        QCOMPARE(quiet.blinks(), 0); // not until the eyes open again
        quiet.add(ms += 67, open);
        QCOMPARE(quiet.blinks(), 1);
        QVERIFY(quiet.shown());

        // Eyes shut for longer than a blink: not a blink.
        LivenessMonitor shutEyes;
        for (int i = 0; i < 10; ++i)
            shutEyes.add(ms += 67, open);
        for (int i = 0; i < 8; ++i)
            shutEyes.add(ms += 67, shut);
        shutEyes.add(ms += 67, open);
        QVERIFY(!shutEyes.shown());

        // Eyelids the predictor cannot place (their opening jumps by 40 % from frame to frame, as
        // on some photos turned a few degrees): the same dip says nothing.
        LivenessMonitor noisy;
        for (int i = 0; i < 20; ++i)
            noisy.add(ms += 67, widened(open, i % 2 == 0 ? 1.4 : 0.8));
        noisy.add(ms += 67, shut);
        noisy.add(ms += 67, open);
        QVERIFY(!noisy.shown());
    }

    void aStillPhotoDoesNotShowLiveness_data()
    {
        QTest::addColumn<bool>("moving");
        QTest::addColumn<double>("turn"); // degrees each way
        QTest::newRow("held still") << false << 0.0;
        QTest::newRow("panned and zoomed") << true << 0.0;
        // The former rule took a photo turned a few degrees for a living face on some faces (the
        // shape predictor's landmarks do not turn rigidly with it).
        QTest::newRow("panned, zoomed and turned") << true << 8.0;
    }
    void aStillPhotoDoesNotShowLiveness()
    {
        QFETCH(bool, moving);
        QFETCH(double, turn);
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        PhotoAttack attack;
        attack.seconds = 3.0;
        if (moving) {
            attack.panPx = 40;
            attack.zoom = 0.15;
            attack.rotationDeg = turn;
            attack.motionHz = 0.5;
        }
        for (const QString &person : {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"), QStringLiteral("Adam_Sandler")}) {
            const Subject s = subject(engine, data + QStringLiteral("/faces/photos/") + person + QStringLiteral("/01.jpg"));
            const LivenessMonitor monitor = watch(engine, SyntheticScenes::photoAttack(s.open, attack));
            QVERIFY(monitor.samples() > 30);
            QVERIFY2(!monitor.shown(),
                     qPrintable(QStringLiteral("a still photo is not alive (%1: %2 blinks)").arg(person).arg(monitor.blinks())));
        }
    }

    void aWavedPhotoIsNotAlive_data()
    {
        // Issue 24: a printed photo gently bent and waved (a smooth non-rigid 2-D warp of a few
        // pixels, as paper flexes in a hand) gave the "non-rigid motion" the former rule took for
        // a living face, and was granted.
        QTest::addColumn<double>("amplitude");  // frame px, the face ~136 px wide
        QTest::addColumn<double>("waveLength"); // face widths
        QTest::addColumn<bool>("ripple");
        QTest::addColumn<bool>("moving");
        QTest::newRow("bent 2 px, 1 face") << 2.0 << 1.0 << false << false;
        QTest::newRow("bent 4 px, 2 faces, moved") << 4.0 << 2.0 << false << true;
        QTest::newRow("bent 8 px, 4 faces") << 8.0 << 4.0 << false << false;
        QTest::newRow("rippled 4 px, 1 face") << 4.0 << 1.0 << true << false;
        QTest::newRow("rippled 8 px, 2 faces, moved") << 8.0 << 2.0 << true << true;
    }
    void aWavedPhotoIsNotAlive()
    {
        QFETCH(double, amplitude);
        QFETCH(double, waveLength);
        QFETCH(bool, ripple);
        QFETCH(bool, moving);
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        PhotoAttack attack;
        attack.seconds = 3.0;
        attack.waveAmplitudePx = amplitude;
        attack.waveLengthFaces = waveLength;
        attack.ripple = ripple;
        if (moving) {
            attack.panPx = 20;
            attack.zoom = 0.05;
            attack.rotationDeg = 4;
        }
        for (const QString &person : {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"), QStringLiteral("Adam_Sandler")}) {
            const Subject s = subject(engine, data + QStringLiteral("/faces/photos/") + person + QStringLiteral("/01.jpg"));
            const LivenessMonitor monitor = watch(engine, SyntheticScenes::photoAttack(s.open, attack));
            QVERIFY(monitor.samples() > 30);
            QVERIFY2(!monitor.shown(),
                     qPrintable(QStringLiteral("a waved photo is not alive (%1: %2 blinks)").arg(person).arg(monitor.blinks())));
        }
    }

    void aBlinkingFaceShowsLiveness()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        for (const QString &person : {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"), QStringLiteral("Adam_Sandler")}) {
            const Subject s = subject(engine, data + QStringLiteral("/faces/photos/") + person + QStringLiteral("/01.jpg"));
            const LivenessMonitor monitor = watch(engine, SyntheticScenes::blinking(s.open, s.closed, 4.0));
            QVERIFY2(monitor.blinks() >= 2, qPrintable(QStringLiteral("%1: %2 blinks").arg(person).arg(monitor.blinks())));
            QVERIFY(monitor.shown());
        }
    }

    void aReplayShowsLivenessTheDocumentedLimit()
    {
        // A replay of the person's own video on a phone held up to the camera shows their blinks:
        // from RGB frames alone nothing tells it from the person (docs/face-engine.md
        // "Presentation attacks": out of reach, the agent's eye is the control; bench pad measures
        // it). Should this start failing, the replay became detectable: say so in the docs.
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        const Subject s = subject(engine, data + QStringLiteral("/faces/photos/Lucy_Liu/01.jpg"));
        const LivenessMonitor monitor = watch(engine, SyntheticScenes::replay(SyntheticScenes::blinking(s.open, s.closed, 3.0)));
        QVERIFY(monitor.shown());
    }

    void atTheLaneAWavedPhotoIsCheckedByHand_data()
    {
        QTest::addColumn<bool>("attack");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("the holder's photo, bent and waved")
            << true << QStringLiteral("check_by_hand") << QStringLiteral("liveness_not_shown");
        QTest::newRow("the holder, blinking") << false << QStringLiteral("granted") << QStringLiteral("face_match");
    }
    void atTheLaneAWavedPhotoIsCheckedByHand()
    {
        // Issue 24 through the station's own lane (Gate + VisionPipeline, as bench pad runs it):
        // the stolen badge and a bent photo of its holder were granted in about half a second.
        QFETCH(bool, attack);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("lane.avi"));
        biometrics::Descriptor enrolled{};
        {
            FaceEngine engine(model);
            const Subject s = subject(engine, data + QStringLiteral("/faces/photos/Anthony_Hopkins/01.jpg"));
            const auto seen = engine.analyze(s.open, DetectionOptions::forPhoto(s.open.size()));
            QVERIFY(!seen.empty() && seen.front().descriptor);
            enrolled = *seen.front().descriptor;
            PhotoAttack waved;
            waved.seconds = 6.0;
            waved.waveAmplitudePx = 4.0;
            waved.waveLengthFaces = 2.0;
            waved.panPx = 20;
            waved.rotationDeg = 4;
            SyntheticScenes::write(video, attack ? SyntheticScenes::photoAttack(s.open, waved)
                                                 : SyntheticScenes::blinking(s.open, s.closed, 6.0, 1.3));
        }
        test::TestStation station;
        test::addPerson(station.database(), QStringLiteral("1002"), QDate(2000, 6, 6));
        const QByteArray modelId = model.sha256.left(biometrics::FaceTemplate::modelIdSize);
        people::ConsentDetails consent;
        consent.givenBy = QStringLiteral("x");
        station::StationServices services(station.database(), station.clock());
        test::declareExperiment(services.settings);
        const QString badge =
            services.enrolments
                .enrol(QStringLiteral("1002"), consent, {modelId, enrolled}, people::CaptureMethod::Photos, 60, 1, QStringLiteral("t"))
                .badge.payload;
        station.close();
        storage::DatabaseThread writer(station.databasePath(), station.key().clone());
        VisionPipeline::Options options;
        options.workers = 1;
        VisionPipeline pipeline(model, options);
        const int camera = pipeline.addCamera(QStringLiteral("Voie 1"), CameraSource::create(video));
        access::Gate gate(&pipeline, {access::GateLane{QStringLiteral("Voie 1"), camera}}, writer, station.clock(), modelId);
        QSignalSpy decided(&gate, &access::Gate::decided);
        bool presented = false;
        connect(&pipeline, &VisionPipeline::cameraUpdated, &gate, [&](const CameraView &view) {
            // The badge comes half a second after the face is there, as a person holds it out.
            if (!presented && view.sequence >= 8 && !view.tracks.empty())
                presented = gate.present(0, badge, access::CredentialMethod::Scanner);
        });
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(decided.count() == 1, 15000);
        pipeline.stop();
        const auto passage = decided.first().at(1).value<access::Passage>();
        QCOMPARE(access::outcomeId(passage.decision.outcome), outcome);
        QCOMPARE(passage.decision.reasons.value(0), reason);
    }
};

QTEST_GUILESS_MAIN(TestLiveness)
#include "test_liveness.moc"
