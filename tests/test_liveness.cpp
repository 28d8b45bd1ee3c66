// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Liveness from landmarks: a still photo held up (still, panned, zoomed) does not show it; a face
// that blinks does. The blinking videos come from still photos with the eyes closed synthetically.
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/liveness.h"
#include "vision/syntheticscenes.h"

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

LivenessMonitor watch(FaceEngine &engine, const std::vector<cv::Mat> &frames)
{
    LivenessMonitor monitor;
    qint64 ms = 0;
    for (const cv::Mat &frame : frames) {
        ms += 67;
        const auto faces = engine.detector().detect(frame, DetectionOptions::forGate());
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
    void aFlatPictureMovedAboutIsRigid()
    {
        Landmarks reference;
        for (int i = 0; i < 68; ++i)
            reference.emplace_back(100 + 3 * (i % 17) + (i % 5), 120 + 2 * (i / 17) + (i % 3));
        reference[36] = QPointF(90, 100);
        reference[45] = QPointF(150, 100);
        Landmarks moved;
        const double angle = 0.1, scale = 1.2;
        for (const QPointF &p : reference)
            moved.emplace_back(scale * (std::cos(angle) * p.x() - std::sin(angle) * p.y()) + 35,
                               scale * (std::sin(angle) * p.x() + std::cos(angle) * p.y()) - 12);
        QVERIFY(LivenessMonitor::nonRigidResidual(reference, moved) < 1e-6);
        Landmarks bent = moved;
        for (int i = 48; i < 68; ++i)
            bent[std::size_t(i)] += QPointF(0, 12); // the mouth opens: not a moved picture
        QVERIFY(LivenessMonitor::nonRigidResidual(reference, bent) > LivenessMonitor::nonRigidThreshold);
    }

    void aStillPhotoDoesNotShowLiveness_data()
    {
        QTest::addColumn<bool>("moving");
        QTest::newRow("held still") << false;
        QTest::newRow("panned and zoomed") << true;
    }
    void aStillPhotoDoesNotShowLiveness()
    {
        QFETCH(bool, moving);
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        for (const QString &person : {QStringLiteral("Anthony_Hopkins"), QStringLiteral("Lucy_Liu"), QStringLiteral("Adam_Sandler")}) {
            const Subject s = subject(engine, data + QStringLiteral("/faces/photos/") + person + QStringLiteral("/01.jpg"));
            const LivenessMonitor monitor = watch(engine, SyntheticScenes::heldStill(s.open, 4.0, moving));
            QVERIFY(monitor.samples() > 40);
            QVERIFY2(!monitor.shown(), qPrintable(QStringLiteral("%1: %2 blinks, %3 non-rigid frames")
                                                      .arg(person).arg(monitor.blinks()).arg(monitor.nonRigidFrames())));
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
};

QTEST_GUILESS_MAIN(TestLiveness)
#include "test_liveness.moc"
