// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The demo's face lane and the liveness rule of issue 24 (a blink seen in the eye region): the demo
// gives a face-lane badge only to the people of its gate videos whose staged blink that rule sees,
// as the benches choose theirs (SyntheticScenes::stagedBlink). Before, 5 of its 11 face-lane
// holders (of 16 gate people) had painted-shut eyes the landmarks do not see shut and went to "check
// by hand" at every passage. The people are the face-api demo photos' faces, walking up as `demo
// cameras` films them.
#include "biometrics/facetemplate.h"
#include "scenefixture.h"
#include "station/demolanes.h"
#include "station/demopeople.h"
#include "station/stationservices.h"
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/facefinder.h"
#include "vision/liveness.h"
#include "vision/syntheticscenes.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace portique;

namespace {

/// The liveness rule over @p frames as a lane follows its presenting person: faces found by the
/// lane's FaceFinder, the landmarks of the largest each frame, at 15 fps.
vision::LivenessMonitor watch(vision::FaceEngine &engine, const std::vector<cv::Mat> &frames)
{
    vision::FaceFinder finder(vision::DetectionOptions::forLane());
    vision::LivenessMonitor monitor;
    std::vector<QRect> known;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const std::vector<vision::FaceBox> faces = finder.find(engine.detector(), frames[i], known);
        known.clear();
        for (const vision::FaceBox &face : faces)
            known.push_back(face.box);
        const auto largest =
            std::max_element(faces.cbegin(), faces.cend(), [](const auto &a, const auto &b) { return a.box.width() < b.box.width(); });
        if (largest != faces.cend())
            monitor.add(qint64(double(i) * 1000.0 / vision::SyntheticScenes::fps), engine.aligner().landmarks(frames[i], largest->box));
    }
    return monitor;
}

} // namespace

class TestDemoLanes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyDemoFaceLaneHolderShowsABlinkTheLaneAccepts()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        vision::FaceEngine engine(model, vision::DescriptorMode::Single);
        const std::vector<vision::StagedFace> staged = test::stageDemoPhotos(data, engine);
        // As `demo cameras` splits them: the last three are the visitors, the rest walk up two lanes.
        QVERIFY(staged.size() >= 8);
        const std::size_t gateFaces = staged.size() - 3;
        const std::size_t half = gateFaces / 2;
        std::vector<station::DemoLaneFaces> lanes{{QStringLiteral("Voie 1"), 3.0, {}}, {QStringLiteral("Voie 2"), 3.0, {}}};
        std::vector<std::vector<std::size_t>> faceOf(2);
        for (std::size_t i = 0; i < gateFaces; ++i) {
            station::DemoLaneFaces &lane = lanes[i < half ? 0 : 1];
            biometrics::Descriptor d{};
            d[i] = 0.5F; // the templates play no part here; every self-check passes
            lane.faces.push_back(d);
            lane.checks.push_back({10, 0.2, vision::SyntheticScenes::stagedBlink(engine, staged[i]).visible});
            faceOf[i < half ? 0 : 1].push_back(i);
        }

        test::TestStation school;
        station::StationServices services(school.database(), school.clock());
        const QDate day = school.clock().now().date();
        services.imports.apply(station::demoStudents(day), QStringLiteral("agent"));
        services.imports.apply(station::demoGuardians(day), QStringLiteral("agent"));
        QTemporaryDir dir;
        station::writeDemoLaneFaces(dir.filePath(QStringLiteral("lanes.json")), lanes);
        const station::DemoWallet wallet =
            station::prepareDemoWallet(services, dir.filePath(QStringLiteral("lanes.json")), dir.filePath(QStringLiteral("wallet.json")),
                                       model.sha256.left(biometrics::FaceTemplate::modelIdSize));

        int faceLane = 0;
        QStringList unseen;
        for (std::size_t l = 0; l < lanes.size(); ++l) {
            const QStringList codes = wallet.codes.value(lanes[l].lane);
            QCOMPARE(std::size_t(codes.size()), faceOf[l].size());
            for (qsizetype place = 0; place < codes.size(); ++place) {
                const access::Verification verified = services.credentials.verify(codes[place]);
                // Everyone keeps a badge (those without the face lane pass on it), but place 4's was
                // revoked; place 3 shows a face-lane friend's badge, never the one just before it.
                QVERIFY(place == 4 || verified.valid());
                const std::optional<access::Credential> &badge = verified.credential;
                if (place == 3) {
                    QVERIFY(badge && badge->architecture != access::TemplateArchitecture::None && codes[3] != codes[2]);
                    continue;
                }
                if (!badge || badge->architecture == access::TemplateArchitecture::None)
                    continue;
                ++faceLane;
                // Their scene, as `demo cameras` films it: walking up from afar, blinking every 1.3 s.
                const vision::StagedFace &face = staged[faceOf[l][std::size_t(place)]];
                const vision::LivenessMonitor monitor = watch(engine, vision::SyntheticScenes::approach({face.open}, 3.0, {face.shut}));
                qInfo("%s, place %lld: %d blinks seen, lowest eyelid opening %.2f, %d frames", qPrintable(lanes[l].lane), qlonglong(place),
                      monitor.blinks(), monitor.lowestOpening(), monitor.samples());
                if (!monitor.shown())
                    unseen << QStringLiteral("%1 place %2").arg(lanes[l].lane).arg(place);
            }
        }
        qInfo("%d face-lane holders in the demo", faceLane);
        QVERIFY(faceLane > 0);
        QVERIFY2(unseen.isEmpty(), qPrintable(QStringLiteral("face-lane holders who never show liveness: ") + unseen.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestDemoLanes)
#include "test_demolanes.moc"
