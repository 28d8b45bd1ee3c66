// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// A lane end to end without a camera: credential lookups on the writer thread, the face fed as
// tracks, the event written before the passage is announced.
#include "access/gate.h"
#include "access/lanecontroller.h"
#include "common/refusal.h"
#include "experimentfixture.h"
#include "peoplefixture.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace portique;
using access::Outcome;

namespace {

const QByteArray modelId = QByteArray::fromHex("a1a2a3a4a5a6a7a8");

biometrics::Descriptor descriptor(float shift)
{
    biometrics::Descriptor d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = float((int(i) % 7) - 3) * 0.03F;
    d[1] += shift;
    return d;
}

vision::TrackView track(const biometrics::Descriptor &d, bool alive)
{
    vision::TrackView view;
    view.id = 1;
    view.box = QRect(100, 80, 160, 160);
    view.quality = 70;
    view.usable = true;
    view.alive = alive;
    view.descriptor = d;
    return view;
}

} // namespace

class TestLaneController final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        QString badgeOnly; // a badge-only student's code
        QString faceLane;  // a face lane student's code (type 1)
        QString faceLane2; // type 2
        Fixture()
        {
            test::addPerson(station.database(), QStringLiteral("1001"), QDate(2010, 5, 5));
            test::addPerson(station.database(), QStringLiteral("1002"), QDate(2010, 6, 6));
            test::addPerson(station.database(), QStringLiteral("1003"), QDate(2000, 6, 6));
            station::StationServices services(station.database(), station.clock());
            test::declareExperiment(services.settings);
            badgeOnly = services.enrolments.issueBadgeOnly(QStringLiteral("1001"), QStringLiteral("t")).payload;
            people::ConsentDetails details;
            details.givenBy = QStringLiteral("x");
            details.guardianName = QStringLiteral("y");
            details.guardianRelationship = QStringLiteral("10");
            faceLane = services.enrolments
                           .enrol(QStringLiteral("1002"), details, {modelId, descriptor(0)}, people::CaptureMethod::Photos, 60, 1,
                                  QStringLiteral("t"))
                           .badge.payload;
            details.architecture = access::TemplateArchitecture::InDatabase;
            faceLane2 = services.enrolments
                            .enrol(QStringLiteral("1003"), details, {modelId, descriptor(0)}, people::CaptureMethod::Photos, 60, 1,
                                   QStringLiteral("t"))
                            .badge.payload;
            station.close();
            writer = std::make_unique<storage::DatabaseThread>(station.databasePath(), station.key().clone());
        }
        std::unique_ptr<access::LaneController> lane(qint64 windowMs = 3000)
        {
            access::LaneController::Options options;
            options.policy.faceWindowMs = windowMs;
            auto controller =
                std::make_unique<access::LaneController>(QStringLiteral("Voie 1"), *writer, station.clock(), modelId, options);
            controller->setAgent(QStringLiteral("accueil"));
            return controller;
        }
        std::optional<access::AccessEvent> event(qint64 id)
        {
            return writer
                ->submit<std::optional<access::AccessEvent>>(
                    [&](storage::Database &db) { return station::StationServices(db, station.clock()).events.find(id); })
                .result();
        }
    };

    static access::Passage waitFor(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(10000))
            return {};
        return spy.takeFirst().at(0).value<access::Passage>();
    }

private Q_SLOTS:
    void badgeOnlyIsGrantedAndWrittenBeforeItIsShown()
    {
        Fixture f;
        auto lane = f.lane();
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        QVERIFY(lane->present(f.badgeOnly, access::CredentialMethod::Scanner));
        const access::Passage p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::Granted);
        QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("badge")});
        QVERIFY(p.eventId > 0);
        const auto event = f.event(p.eventId);
        QVERIFY(event);
        QCOMPARE(event->personId, QStringLiteral("1001"));
        QCOMPARE(event->method, access::CredentialMethod::Scanner);
        QCOMPARE(event->lane, QStringLiteral("Voie 1"));
        QCOMPARE(event->agent, QStringLiteral("accueil"));
        QVERIFY(!event->distance);
        // The same badge again within the window is the same passage.
        QVERIFY(!lane->present(f.badgeOnly, access::CredentialMethod::CameraQr));
    }

    void onlyAFaceLaneBadgeAsksForTheFaceOfWhoeverPresentedIt()
    {
        // Credential-first (issue 14): nothing is described before a face-lane credential, then
        // only the person who stood at the lane, and the request ends with the decision.
        Fixture f;
        auto lane = f.lane();
        QList<int> requestedTracks;
        QList<int> released;
        int nextRequest = 40;
        lane->setDescriptorSource(
            [&](int trackId) {
                requestedTracks << trackId;
                return ++nextRequest;
            },
            [&](int request) { released << request; });
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        vision::TrackView person = track(descriptor(0.05F), true);
        person.id = 7;
        person.descriptor.reset();
        lane->updateFaces({person});
        QVERIFY(lane->present(f.badgeOnly, access::CredentialMethod::Scanner));
        QCOMPARE(waitFor(decided).decision.outcome, Outcome::Granted);
        QVERIFY(requestedTracks.isEmpty()); // a badge-only badge never causes a description

        QVERIFY(lane->present(f.faceLane, access::CredentialMethod::Scanner));
        QTRY_COMPARE(requestedTracks, QList<int>{7});
        const int request = nextRequest;
        // A descriptor that does not answer this request (another lane's, an older one) is not taken.
        vision::TrackView stale = track(descriptor(0.05F), true);
        stale.id = 7;
        stale.request = request - 1;
        stale.samples = 3;
        lane->updateFaces({stale});
        QTest::qWait(100);
        QVERIFY(decided.isEmpty());
        vision::TrackView answer = stale;
        answer.request = request;
        lane->updateFaces({answer});
        const access::Passage p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::Granted);
        QCOMPARE(released, QList<int>{request});
    }

    void aPersonWhoLeavesIsDecidedAtOnceOnWhatWasSeenOfThem()
    {
        // Issue 14: a face-lane person who walked off before showing liveness held the lane for the
        // whole window (3 s), and the next two people could not present their badges.
        Fixture f;
        auto lane = f.lane(30000);
        int nextRequest = 10;
        lane->setDescriptorSource([&](int) { return ++nextRequest; }, [](int) {});
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        vision::TrackView person = track(descriptor(0.05F), false);
        person.descriptor.reset();
        lane->updateFaces({person});
        QVERIFY(lane->present(f.faceLane, access::CredentialMethod::Scanner));
        QTRY_COMPARE(nextRequest, 11);
        vision::TrackView described = track(descriptor(0.05F), false); // matching, never alive
        described.request = 11;
        described.samples = 2;
        lane->updateFaces({described});
        lane->updateFaces({}, 10); // another request's person left: not this one
        QTest::qWait(100);
        QVERIFY(decided.isEmpty());
        QElapsedTimer clock;
        clock.start();
        lane->updateFaces({}, 11);
        const access::Passage p = waitFor(decided);
        QVERIFY(clock.elapsed() < 5000); // long before the 30 s window
        QCOMPARE(p.decision.outcome, Outcome::CheckByHand);
        QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("liveness_not_shown")});
        QVERIFY(p.face.present);
        QCOMPARE(p.face.sights, 2);
        QVERIFY(!lane->busy());
    }

    void aBadgeAtTwoLanesWithinTheRepeatWindowIsAPassback()
    {
        // Issue 17: one badge granted on Voie 1, Voie 2, Voie 1 within 6 s, no alert.
        Fixture f;
        access::Gate gate(nullptr, {{QStringLiteral("Voie 1"), -1}, {QStringLiteral("Voie 2"), -1}}, *f.writer, f.station.clock(), modelId);
        QSignalSpy decided(&gate, &access::Gate::decided);
        const auto next = [&] {
            if (decided.isEmpty())
                decided.wait(10000);
            return decided.isEmpty() ? access::Passage{} : decided.takeFirst().at(1).value<access::Passage>();
        };
        QVERIFY(gate.present(0, f.badgeOnly, access::CredentialMethod::Scanner));
        QCOMPARE(next().decision.outcome, Outcome::Granted);
        QVERIFY(gate.present(1, f.badgeOnly, access::CredentialMethod::Scanner));
        const access::Passage passedBack = next();
        QCOMPARE(passedBack.decision.outcome, Outcome::CheckByHand);
        QCOMPARE(passedBack.decision.reasons, QStringList{QStringLiteral("passback")});
        // Back at the first lane within its repeat window: ignored, never granted a second time.
        QVERIFY(!gate.present(0, f.badgeOnly, access::CredentialMethod::Scanner));
        const auto alerts = f.writer
                                ->submit<std::vector<privacy::Alert>>([&](storage::Database &db) {
                                    return station::StationServices(db, f.station.clock()).alerts.recent(10);
                                })
                                .result();
        QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(), [&](const privacy::Alert &a) {
            return a.kind == u"passback" && a.eventId == passedBack.eventId && a.personId == QStringLiteral("1001");
        }));
        // Another badge at the second lane is not concerned.
        QVERIFY(gate.present(1, f.faceLane2, access::CredentialMethod::Scanner));
        QVERIFY(!next().decision.reasons.contains(QStringLiteral("passback")));
    }

    void newOptionsApplyInPlaceAndKeepTheRepeatWindow()
    {
        // Issue 14: a settings change rebuilt the controller and lost its repeat window.
        Fixture f;
        auto lane = f.lane();
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        QVERIFY(lane->present(f.badgeOnly, access::CredentialMethod::Scanner));
        waitFor(decided);
        access::LaneController::Options options = lane->options();
        options.policy.matchThreshold = 0.45F;
        lane->setOptions(options);
        QCOMPARE(lane->options().policy.matchThreshold, 0.45F);
        QVERIFY(!lane->present(f.badgeOnly, access::CredentialMethod::Scanner)); // still the same passage
    }

    void faceLaneWaitsForALiveMatchingFace()
    {
        Fixture f;
        for (const QString &code : {f.faceLane, f.faceLane2}) {
            auto lane = f.lane();
            QSignalSpy decided(lane.get(), &access::LaneController::decided);
            lane->updateFaces({track(descriptor(0.05F), false)}); // present, matching, not yet alive
            QVERIFY(lane->present(code, access::CredentialMethod::CameraQr));
            QTest::qWait(200);
            QVERIFY(decided.isEmpty());
            QVERIFY(lane->busy());
            lane->updateFaces({track(descriptor(0.05F), true)});
            const access::Passage p = waitFor(decided);
            QCOMPARE(p.decision.outcome, Outcome::Granted);
            QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("face_match")});
            QVERIFY(p.faceLane);
            QVERIFY(!p.face.descriptor); // compared, then forgotten
            const auto event = f.event(p.eventId);
            QVERIFY(event->distance && qAbs(*event->distance - 0.05) < 0.01);
            QCOMPARE(event->liveness.value_or(false), true);
            QVERIFY(event->faceLane);
        }
    }

    void anotherFaceIsRefusedAndNoFaceIsCheckedByHand()
    {
        Fixture f;
        {
            auto lane = f.lane();
            QSignalSpy decided(lane.get(), &access::LaneController::decided);
            lane->updateFaces({track(descriptor(0.9F), true)});
            lane->present(f.faceLane, access::CredentialMethod::Scanner);
            const access::Passage p = waitFor(decided);
            QCOMPARE(p.decision.outcome, Outcome::Refused);
            QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("face_mismatch")});
        }
        {
            auto lane = f.lane(300);
            QSignalSpy decided(lane.get(), &access::LaneController::decided);
            lane->present(f.faceLane, access::CredentialMethod::Scanner);
            const access::Passage p = waitFor(decided);
            QCOMPARE(p.decision.outcome, Outcome::CheckByHand);
            QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("no_face")});
            QVERIFY(p.latencyMs >= 250);
        }
    }

    void forgedCodesAndManualEntries()
    {
        Fixture f;
        auto lane = f.lane();
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        QString forged = f.badgeOnly;
        forged[20] = forged[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        lane->present(forged, access::CredentialMethod::Scanner);
        access::Passage p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::Refused);
        QVERIFY(p.decision.reasons.first() == u"bad_signature" || p.decision.reasons.first() == u"malformed");
        QVERIFY(!p.person);
        QVERIFY(f.event(p.eventId)->personId.isEmpty());
        // A forged code raises an alert, linked to its passage, to be acknowledged with a note.
        const auto alerts = f.writer
                                ->submit<std::vector<privacy::Alert>>([&](storage::Database &db) {
                                    return station::StationServices(db, f.station.clock()).alerts.recent(10);
                                })
                                .result();
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts.front().eventId, p.eventId);
        QCOMPARE(alerts.front().kind, QStringLiteral("invalid_credential"));
        QVERIFY(alerts.front().open());
        QVERIFY_THROWS_EXCEPTION(
            common::Refusal,
            f.writer
                ->submit<int>([&](storage::Database &db) {
                    station::StationServices(db, f.station.clock()).alerts.acknowledge(alerts.front().id, {}, QStringLiteral("accueil"));
                    return 0;
                })
                .result());
        f.writer
            ->submit<int>([&](storage::Database &db) {
                station::StationServices(db, f.station.clock())
                    .alerts.acknowledge(alerts.front().id, QStringLiteral("badge taken back"), QStringLiteral("accueil"));
                return 0;
            })
            .result();
        QCOMPARE(
            f.writer->submit<int>([&](storage::Database &db) { return station::StationServices(db, f.station.clock()).alerts.openCount(); })
                .result(),
            0);

        QVERIFY(lane->presentPerson(QStringLiteral("1003")));
        p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::Granted);
        QCOMPARE(p.method, access::CredentialMethod::Manual);
        // A grant raises nothing.
        QCOMPARE(
            f.writer->submit<int>([&](storage::Database &db) { return station::StationServices(db, f.station.clock()).alerts.openCount(); })
                .result(),
            0);
        QCOMPARE(f.event(p.eventId)->method, access::CredentialMethod::Manual);
        QVERIFY(lane->presentPerson(QStringLiteral("nobody")));
        p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::Refused);
        QCOMPARE(p.decision.reasons, QStringList{QStringLiteral("person_unknown")});
    }

    void overridesAreLinkedAndCounted()
    {
        Fixture f;
        auto lane = f.lane(200);
        QSignalSpy decided(lane.get(), &access::LaneController::decided);
        lane->present(f.faceLane, access::CredentialMethod::Scanner);
        const access::Passage p = waitFor(decided);
        QCOMPARE(p.decision.outcome, Outcome::CheckByHand);
        const auto overrideId = f.writer
                                    ->submit<qint64>([&](storage::Database &db) {
                                        return station::StationServices(db, f.station.clock())
                                            .events.addOverride(p.eventId, Outcome::Granted, access::OverrideReason::KnownPerson, {},
                                                                QStringLiteral("accueil"));
                                    })
                                    .result();
        QVERIFY(overrideId > 0);
        const auto event = f.event(p.eventId);
        QVERIFY(event->override_);
        QCOMPARE(event->finalOutcome(), Outcome::Granted);
        QCOMPARE(event->override_->reason, QStringLiteral("known_person"));
        // One override per passage; "other" needs a note.
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.writer
                                                      ->submit<qint64>([&](storage::Database &db) {
                                                          return station::StationServices(db, f.station.clock())
                                                              .events.addOverride(p.eventId, Outcome::Refused,
                                                                                  access::OverrideReason::Other, {},
                                                                                  QStringLiteral("accueil"));
                                                      })
                                                      .result());
        QCOMPARE(f.writer
                     ->submit<int>([&](storage::Database &db) {
                         return station::StationServices(db, f.station.clock())
                             .events.countSince(QStringLiteral("Voie 1"), f.station.clock().now().addSecs(-60));
                     })
                     .result(),
                 1);
        QVERIFY(
            f.writer
                ->submit<bool>([&](storage::Database &db) { return station::StationServices(db, f.station.clock()).audit.verify().intact; })
                .result());
    }
};

QTEST_GUILESS_MAIN(TestLaneController)
#include "test_lanecontroller.moc"
