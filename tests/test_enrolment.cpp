// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "access/gatecheck.h"
#include "access/passage.h"
#include "biometrics/matcher.h"
#include "common/refusal.h"
#include "experimentfixture.h"
#include "peoplefixture.h"
#include "privacy/consentforms.h"
#include "scenefixture.h"
#include "station/demolanes.h"
#include "station/demopeople.h"
#include "station/stationservices.h"
#include "teststation.h"
#include "vision/enrolmentcapture.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace portique;
using access::TemplateArchitecture;

namespace {

const QByteArray modelId = QByteArray::fromHex("0011223344556677");

biometrics::FaceTemplate sampleTemplate(quint32 seed = 7)
{
    QRandomGenerator random(seed);
    biometrics::Descriptor d{};
    for (float &v : d)
        v = float(random.generateDouble() * 0.5 - 0.25);
    return {modelId, d};
}

people::ConsentDetails minorConsent(TemplateArchitecture architecture)
{
    people::ConsentDetails details;
    details.givenBy = QStringLiteral("Léa FICTIF");
    details.guardianName = QStringLiteral("Sophie FICTIF");
    details.guardianRelationship = QStringLiteral("10");
    details.architecture = architecture;
    return details;
}

/// Every value of every row of every table, as bytes, to prove something is nowhere in the file's
/// tables (not only in the one where it was put).
bool appearsAnywhere(storage::Database &database, const QByteArray &needle)
{
    auto tables = database.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names << tables.toText(0);
    for (const QString &table : names) {
        auto rows = database.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.next()) {
            for (int column = 0; column < 64; ++column) {
                const QByteArray blob = rows.toBlob(column);
                if (!blob.isEmpty() && (blob.contains(needle) || blob.toHex().contains(needle.toHex())))
                    return true;
            }
        }
    }
    return false;
}

/// @p base moved by @p distance in a direction of its own (@p seed): another sight of one face.
biometrics::Descriptor movedBy(const biometrics::Descriptor &base, float distance, quint32 seed)
{
    QRandomGenerator random(seed);
    biometrics::Descriptor step{};
    for (float &v : step)
        v = float(random.generateDouble() - 0.5);
    const float length = biometrics::distance(step, biometrics::Descriptor{});
    biometrics::Descriptor moved = base;
    for (std::size_t i = 0; i < moved.size(); ++i)
        moved[i] += step[i] * distance / length;
    return moved;
}

/// Records a capture's failure as the CLI and the wizard do, and returns the enrolments row.
QString recordedFailure(test::TestStation &station, station::StationServices &services, const vision::CaptureResult &capture)
{
    const auto distance = capture.selfCheck ? std::optional<double>(capture.selfCheck->largest) : std::nullopt;
    services.enrolments.recordFailure(QStringLiteral("adult"), capture.failure->id, people::CaptureMethod::Photos, capture.samples,
                                      QStringLiteral("agent"), distance);
    return station.database().scalar(QStringLiteral("SELECT outcome || '/' || reason FROM enrolments ORDER BY id DESC LIMIT 1")).toString();
}

vision::TrackView track(int id, int width, bool usable, bool alive, std::optional<biometrics::Descriptor> descriptor = {},
                        QStringList problems = {})
{
    vision::TrackView view;
    view.id = id;
    view.box = QRect(100, 100, width, width);
    view.usable = usable;
    view.alive = alive;
    view.quality = width;
    view.descriptor = descriptor;
    view.problems = problems;
    return view;
}

} // namespace

class TestEnrolment : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        Fixture()
        {
            test::addPerson(station.database(), QStringLiteral("minor"), QDate(2011, 3, 14));
            test::addPerson(station.database(), QStringLiteral("adult"), QDate(2006, 5, 2), QStringLiteral("BTS1"));
            test::declareExperiment(services.settings);
        }
    };

private Q_SLOTS:
    void consentOfAMinorNeedsTheirLegalRepresentative()
    {
        Fixture f;
        people::ConsentDetails details = minorConsent(TemplateArchitecture::OnBadge);
        details.guardianName.clear();
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("minor"), details));
        details.guardianName = QStringLiteral("Sophie FICTIF");
        details.guardianRelationship.clear();
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("minor"), details));
        details.guardianRelationship = QStringLiteral("10");
        f.services.enrolments.checkConsent(QStringLiteral("minor"), details);
        details.channel = privacy::ConsentChannel::Paper;
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("minor"), details));
        // Issue 15: only a form the station issued for this person (tests/test_consentforms.cpp).
        details.channelReference = QStringLiteral("AUT-2026-041");
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("minor"), details));
        details.channelReference = privacy::ConsentFormStore(f.station.database(), f.station.clock())
                                       .issue(QStringLiteral("minor"), QStringLiteral("agent"), f.services.audit)
                                       .reference;
        f.services.enrolments.checkConsent(QStringLiteral("minor"), details);
        details.architecture = TemplateArchitecture::None;
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("minor"), details));

        // An adult consents alone.
        people::ConsentDetails adult;
        adult.givenBy = QStringLiteral("Gaëlle FAUXSEMBLANT");
        f.services.enrolments.checkConsent(QStringLiteral("adult"), adult);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.checkConsent(QStringLiteral("nobody"), adult));
        // A refused consent writes nothing.
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 f.services.enrolments.enrol(QStringLiteral("minor"), people::ConsentDetails{}, sampleTemplate(),
                                                             people::CaptureMethod::Camera, 50, 10, QStringLiteral("agent")));
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM consents")).toInt(), 0);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), 0);
    }

    void typeOneKeepsTheTemplateOnTheBadgeOnly()
    {
        Fixture f;
        const biometrics::FaceTemplate original = sampleTemplate();
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture::OnBadge), original,
                                        people::CaptureMethod::Camera, 61.5, 42, QStringLiteral("agent"));
        const access::Verification v = f.services.credentials.verify(done.badge.payload);
        QVERIFY(v.valid());
        QCOMPARE(v.credential->architecture, TemplateArchitecture::OnBadge);
        QCOMPARE(v.credential->data.size(), 185);
        const auto opened = f.services.enrolments.templateFor(*v.credential, modelId);
        QVERIFY(opened);
        QVERIFY(biometrics::compare(opened->descriptor, original.descriptor).distance < 0.01F);
        // The station holds no copy: no template row, and the sealed bytes are in no table.
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM face_templates")).toInt(), 0);
        QVERIFY(!appearsAnywhere(f.station.database(), v.credential->data));
        // Another model cannot use it.
        QVERIFY_THROWS_EXCEPTION(biometrics::TemplateError,
                                 f.services.enrolments.templateFor(*v.credential, QByteArray::fromHex("ffeeddccbbaa9988")));
        // Consent recorded with everything PRIVACY.md §3 asks for.
        const privacy::Consent consent = f.services.consents.current(QStringLiteral("minor")).value();
        QCOMPARE(consent.guardianName, QStringLiteral("Sophie FICTIF"));
        QCOMPARE(consent.guardianRelationship, QStringLiteral("10"));
        QCOMPARE(consent.agent, QStringLiteral("agent"));
        QCOMPARE(consent.architecture, TemplateArchitecture::OnBadge);
        QCOMPARE(consent.purpose, QStringLiteral("gate_face_lane"));
        QCOMPARE(
            f.station.database().scalar(QStringLiteral("SELECT outcome || '/' || capture || '/' || frames FROM enrolments")).toString(),
            QStringLiteral("enrolled/camera/42"));
    }

    void typeTwoNeedsTheBadgeToOpenTheTemplate()
    {
        Fixture f;
        const biometrics::FaceTemplate original = sampleTemplate(11);
        const people::Enrolment done = f.services.enrolments.enrol(QStringLiteral("adult"), minorConsent(TemplateArchitecture::InDatabase),
                                                                   original, people::CaptureMethod::Photos, 70, 2, QStringLiteral("agent"));
        const access::Verification v = f.services.credentials.verify(done.badge.payload);
        QVERIFY(v.valid());
        QCOMPARE(v.credential->architecture, TemplateArchitecture::InDatabase);
        QCOMPARE(v.credential->data.size(), 32);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM face_templates")).toInt(), 1);
        const auto opened = f.services.enrolments.templateFor(*v.credential, modelId);
        QVERIFY(opened);
        QVERIFY(biometrics::compare(opened->descriptor, original.descriptor).distance < 0.001F);
        // The badge's secret is not in the database, and without it the row opens with nothing.
        QVERIFY(!appearsAnywhere(f.station.database(), v.credential->data));
        access::Credential wrong = *v.credential;
        wrong.data = QByteArray(32, '\x5a');
        QVERIFY_THROWS_EXCEPTION(biometrics::TemplateError, f.services.enrolments.templateFor(wrong, modelId));
    }

    void withdrawalRemovesEveryTraceOfTheTemplate_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("type 1") << int(TemplateArchitecture::OnBadge);
        QTest::newRow("type 2") << int(TemplateArchitecture::InDatabase);
    }
    void withdrawalRemovesEveryTraceOfTheTemplate()
    {
        QFETCH(int, architecture);
        Fixture f;
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture(architecture)), sampleTemplate(),
                                        people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        const QByteArray sealed = f.station.database().scalar(QStringLiteral("SELECT sealed FROM face_templates")).toByteArray();
        const people::ConsentWithdrawal withdrawal =
            f.services.enrolments.withdrawConsent(QStringLiteral("minor"), QStringLiteral("agent2"));

        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM face_templates")).toInt(), 0);
        if (!sealed.isEmpty())
            QVERIFY(!appearsAnywhere(f.station.database(), sealed));
        // Issue 15: no badge is revoked nor reprinted; the withdrawal is recorded against the badge
        // the person holds, which the station now uses as a badge-only badge.
        QCOMPARE(withdrawal.badges, QStringList{done.badge.record.serial});
        QCOMPARE(withdrawal.templatesDeleted, architecture == int(TemplateArchitecture::InDatabase) ? 1 : 0);
        const access::Verification kept = f.services.credentials.verify(done.badge.payload);
        QVERIFY(kept.valid());
        QCOMPARE(kept.record->architecture, TemplateArchitecture::None);
        QCOMPARE(f.services.credentials.ofPerson(QStringLiteral("minor")).size(), std::size_t(1));
        // No template usable: type 2's is deleted; type 1's, still printed on the badge, is ignored
        // because no consent is in force.
        const access::CredentialCheck check = access::checkCredential(f.services, done.badge.payload, modelId, QStringLiteral("Voie 1"));
        QVERIFY(!check.faceLane);
        QVERIFY(!check.faceTemplate);
        if (architecture == int(TemplateArchitecture::InDatabase))
            QVERIFY(!f.services.enrolments.templateFor(*kept.credential, modelId));
        QVERIFY(!f.services.consents.current(QStringLiteral("minor")));
        const privacy::Consent past = f.services.consents.ofPerson(QStringLiteral("minor")).front();
        QCOMPARE(past.withdrawnBy, QStringLiteral("agent2"));
        QVERIFY(past.withdrawnAt.isValid());
        // Audited, and the chain still holds.
        bool found = false;
        for (const privacy::AuditRecord &record : f.station.audit().newest(10))
            found = found || (record.action == u"consent.withdraw" && record.object == u"minor");
        QVERIFY(found);
        QVERIFY(f.station.audit().verify().intact);
        // Nothing left to withdraw.
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.withdrawConsent(QStringLiteral("minor"), QStringLiteral("agent")));
    }

    void withdrawnBadgeIsDecidedLikeAnyBadge_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("type 1") << int(TemplateArchitecture::OnBadge);
        QTest::newRow("type 2") << int(TemplateArchitecture::InDatabase);
    }
    void withdrawnBadgeIsDecidedLikeAnyBadge()
    {
        // Issue 15: the old badge of someone who withdrew was refused as revoked at the lane, with an
        // invalid_credential alert naming them. It is now granted on the badge alone, exactly as a
        // badge-only badge is: no face compared, no refusal, no alert.
        QFETCH(int, architecture);
        Fixture f;
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture(architecture)), sampleTemplate(),
                                        people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        QVERIFY(access::checkCredential(f.services, done.badge.payload, modelId, QStringLiteral("Voie 1")).faceLane);
        const QString badgeOnly = f.services.enrolments.issueBadgeOnly(QStringLiteral("adult"), QStringLiteral("agent")).payload;
        f.services.enrolments.withdrawConsent(QStringLiteral("minor"), QStringLiteral("agent"));

        // Someone else's live face in front of the camera: a face lane decision would refuse it.
        access::FaceEvidence face;
        face.present = face.usable = face.alive = true;
        face.quality = 80;
        face.descriptor = movedBy(sampleTemplate().descriptor, 1.0F, 99);
        face.sights = 3;
        const access::LanePolicy policy;
        std::vector<access::Decision> decisions;
        for (const QString &code : {done.badge.payload, badgeOnly}) {
            const access::CredentialCheck check = access::checkCredential(f.services, code, modelId, QStringLiteral("Voie 1"));
            QCOMPARE(access::verdictId(check.verdict), QStringLiteral("valid"));
            QVERIFY(!check.faceLane);
            QVERIFY(!check.faceTemplate);
            QVERIFY(!check.templateUnavailable);
            const access::Decision decision = access::decide(check, access::CredentialMethod::Scanner, face, false, policy);
            QCOMPARE(access::outcomeId(decision.outcome), QStringLiteral("granted"));
            QCOMPARE(decision.reasons, QStringList{QStringLiteral("badge")});
            QVERIFY(!decision.distance); // nothing compared
            QVERIFY(decision.final);
            access::Passage passage;
            passage.lane = QStringLiteral("Voie 1");
            passage.person = check.person;
            passage.serial = check.credential->serialText();
            passage.faceLane = check.faceLane;
            passage.decision = decision;
            f.services.events.record(passage, QStringLiteral("agent"));
            decisions.push_back(decision);
        }
        QCOMPARE(decisions[0].outcome, decisions[1].outcome);
        QCOMPARE(decisions[0].reasons, decisions[1].reasons);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 0);
        QCOMPARE(f.station.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM access_events WHERE outcome = 'granted' "
                                            "AND face_lane = 0 AND reasons = 'badge'"))
                     .toInt(),
                 2);
    }

    void withdrawingWithANewCardReissues()
    {
        // The desk may still hand a new badge-only card over (the enrolment wizard's "badge only"
        // for a face lane person): the withdrawal, then an ordinary re-issue.
        Fixture f;
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture::OnBadge), sampleTemplate(),
                                        people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        const access::IssuedBadge fresh = f.services.enrolments.withdraw(QStringLiteral("minor"), QStringLiteral("agent"));
        QVERIFY(!f.services.consents.current(QStringLiteral("minor")));
        QCOMPARE(f.services.credentials.find(done.badge.record.serial)->revokeReason, QStringLiteral("reissued"));
        const access::Verification v = f.services.credentials.verify(fresh.payload);
        QVERIFY(v.valid());
        QCOMPARE(v.credential->architecture, TemplateArchitecture::None);
        QVERIFY(v.credential->data.isEmpty());
    }

    void reEnrolmentReplacesTheBadgeAndTheConsent()
    {
        Fixture f;
        const auto first = f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture::InDatabase),
                                                       sampleTemplate(1), people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        const auto second = f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture::OnBadge),
                                                        sampleTemplate(2), people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        QCOMPARE(f.services.credentials.verify(first.badge.payload).verdict, access::Verdict::Revoked);
        QVERIFY(f.services.credentials.verify(second.badge.payload).valid());
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM face_templates")).toInt(), 0);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NULL")).toInt(), 1);
        // A face lane person's badge is replaced by enrolling again, never silently made badge-only.
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.issueBadgeOnly(QStringLiteral("minor"), QStringLiteral("agent")));
        QVERIFY(f.services.enrolments.issueBadgeOnly(QStringLiteral("adult"), QStringLiteral("agent")).payload.startsWith(u"PQ1:"));
    }

    void failureToEnrolIsRecorded()
    {
        Fixture f;
        f.services.enrolments.recordFailure(QStringLiteral("adult"), QStringLiteral("no_liveness"), people::CaptureMethod::Camera, 120,
                                            QStringLiteral("agent"));
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT outcome || '/' || reason FROM enrolments")).toString(),
                 QStringLiteral("failed/no_liveness"));
        QCOMPARE(f.station.audit().newest(1).first().action, QStringLiteral("enrolment.failed"));
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), 0);
        // A template refused by the self-check: the distance that exceeded the bound is audited.
        f.services.enrolments.recordFailure(QStringLiteral("adult"), QStringLiteral("self_mismatch"), people::CaptureMethod::Photos, 2,
                                            QStringLiteral("agent"), 0.4781);
        QCOMPARE(f.station.audit().newest(1).first().details.value(QStringLiteral("self_distance")).toDouble(), 0.478);
    }

    void liveCaptureAsksForWhatIsMissing()
    {
        vision::EnrolmentCapture capture;
        const biometrics::Descriptor d = sampleTemplate().descriptor;
        QCOMPARE(capture.add(0, {}), vision::CaptureHint::NoFace);
        QCOMPARE(capture.add(100, {track(1, 40, false, false, {}, {QStringLiteral("too_small")})}), vision::CaptureHint::ComeCloser);
        QCOMPARE(capture.add(200, {track(1, 90, false, false, {}, {QStringLiteral("turned")})}), vision::CaptureHint::FaceCamera);
        QCOMPARE(capture.add(300, {track(1, 90, false, false, {}, {QStringLiteral("too_dark")})}), vision::CaptureHint::TooDark);
        QCOMPARE(capture.add(400, {track(1, 90, true, false, d), track(2, 80, true, false)}), vision::CaptureHint::SeveralFaces);
        // A small face far behind is a bystander, not a second person at the desk.
        QCOMPARE(capture.add(500, {track(1, 90, true, false, d), track(2, 30, true, false)}), vision::CaptureHint::Blink);
        QVERIFY(!capture.complete());
        QCOMPARE(capture.add(900, {track(1, 90, true, true, d)}), vision::CaptureHint::HoldStill);
        QVERIFY(!capture.complete()); // alive, but seen for less than 1.5 s
        QCOMPARE(capture.add(1700, {track(1, 92, true, true, d)}), vision::CaptureHint::Done);
        const vision::CaptureResult result = capture.result();
        QVERIFY(result.ok());
        QVERIFY(result.liveness);
        QCOMPARE(result.samples, 8);
    }

    void liveCaptureFailsWithTheRightReason()
    {
        const biometrics::Descriptor d = sampleTemplate().descriptor;
        {
            vision::EnrolmentCapture capture; // a photo held up: usable, described, never alive
            for (qint64 t = 0; t <= 21000; t += 500)
                capture.add(t, {track(1, 90, true, false, d)});
            QVERIFY(capture.timedOut(21000));
            QCOMPARE(capture.result().failure->id, QStringLiteral("no_liveness"));
        }
        {
            vision::EnrolmentCapture capture;
            for (qint64 t = 0; t <= 21000; t += 500)
                capture.add(t, {track(1, 20, false, true, {}, {QStringLiteral("too_small")})});
            QCOMPARE(capture.result().failure->id, QStringLiteral("not_usable"));
        }
        {
            vision::EnrolmentCapture capture;
            capture.add(0, {});
            QCOMPARE(capture.result().failure->id, QStringLiteral("no_face"));
        }
    }

    void liveCaptureChecksTheTemplateAgainstItsSights_data()
    {
        QTest::addColumn<QList<float>>("drifts"); // each described frame's sight, at this distance from the first
        QTest::addColumn<QString>("failure");     // empty: enrolled
        QTest::newRow("one person, sights close") << QList<float>{0.0F, 0.15F, 0.25F, 0.3F} << QString();
        QTest::newRow("the same sight all along") << QList<float>{0.0F, 0.0F, 0.0F} << QString();
        QTest::newRow("someone else on the track (a friend)") << QList<float>{0.0F, 0.1F, 0.9F, 0.1F} << QStringLiteral("self_mismatch");
        QTest::newRow("a sight past the bound")
            << QList<float>{0.0F, 0.1F, vision::selfMatchBound + 0.03F} << QStringLiteral("self_mismatch");
        QTest::newRow("described once") << QList<float>{0.0F} << QStringLiteral("too_few_sights");
    }
    void liveCaptureChecksTheTemplateAgainstItsSights()
    {
        QFETCH(QList<float>, drifts);
        QFETCH(QString, failure);
        const biometrics::Descriptor first = sampleTemplate().descriptor;
        vision::EnrolmentCapture capture;
        qint64 t = 0;
        // Alive and described from the start; the sight described last is the best one, kept.
        for (qsizetype i = 0; i < drifts.size(); ++i, t += 600)
            capture.add(t, {track(1, 90 + int(i), true, true, movedBy(first, drifts[i], quint32(i + 10)))});
        // Frames without a descriptor (not captures); a failing capture goes on until the timeout.
        for (; t <= (failure.isEmpty() ? 2000 : 21000); t += 600)
            capture.add(t, {track(1, 80, false, true, {}, {QStringLiteral("turned")})});
        const vision::CaptureResult result = capture.result();
        QCOMPARE(capture.complete(), failure.isEmpty());
        QCOMPARE(result.ok(), failure.isEmpty());
        if (failure.isEmpty()) { // the largest distance to a distinct sight, under a bound with a margin
            QVERIFY(result.selfCheck && result.selfCheck->compared == int(std::set<float>(drifts.cbegin(), drifts.cend()).size()));
            QVERIFY(result.selfCheck->ok() && vision::selfMatchBound < biometrics::defaultThreshold - 0.05F);
            return;
        }
        QVERIFY(capture.timedOut(t));
        QCOMPARE(result.failure->id, failure);
        QVERIFY(!result.failure->text.isEmpty());
    }

    void enrolmentFromPhotosChecksTheTemplateAgainstEveryPhoto_data()
    {
        QTest::addColumn<QStringList>("photos"); // under faces/
        QTest::addColumn<QString>("failure");    // empty: enrolled
        // Measured distances to the template (docs/credentials.md), each 0.028 or more from a bound.
        const QString lfw = QStringLiteral("photos/");
        const QString king = lfw + u"King_Abdullah_II/";
        QTest::newRow("one person, two photos (0.32)") << QStringList{king + u"01.jpg", king + u"05.jpg"} << QString();
        QTest::newRow("one person, three photos (0.36)") << QStringList{king + u"01.jpg", king + u"03.jpg", king + u"05.jpg"} << QString();
        QTest::newRow("a single photo") << QStringList{king + u"01.jpg"} << QStringLiteral("too_few_sights");
        QTest::newRow("a group photo") << QStringList{QStringLiteral("group/faceapi_bbt1.jpg"), king + u"01.jpg"}
                                       << QStringLiteral("several_faces");
        QTest::newRow("two people") << QStringList{king + u"01.jpg", lfw + u"Lucy_Liu/01.jpg"} << QStringLiteral("inconsistent");
        // Two different people within the lane's threshold of each other (the look-alike pair of
        // the test set, 0.478): enrolled before issue 14, refused now.
        QTest::newRow("two look-alikes (0.48)")
            << QStringList{lfw + u"Chen_Shui-bian/04.jpg", lfw + u"Lee_Hoi-chang/03.jpg"} << QStringLiteral("self_mismatch");
    }
    void enrolmentFromPhotosChecksTheTemplateAgainstEveryPhoto()
    {
        QFETCH(QStringList, photos);
        QFETCH(QString, failure);
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        vision::FaceEngine engine(model);
        std::vector<cv::Mat> images;
        for (const QString &photo : photos)
            images.push_back(vision::loadImage(data + QStringLiteral("/faces/") + photo));
        const vision::CaptureResult capture = vision::enrolmentFromPhotos(engine, images);
        QCOMPARE(capture.samples, int(photos.size()));
        Fixture f;
        if (failure.isEmpty()) {
            QVERIFY2(capture.ok(), capture.failure ? qPrintable(capture.failure->text) : "");
            QVERIFY(capture.selfCheck->largest <= vision::selfMatchBound && capture.selfCheck->compared == int(photos.size()));
            // The template kept opens from the badge and matches another photo of the person.
            const auto done = f.services.enrolments.enrol(
                QStringLiteral("adult"), minorConsent(TemplateArchitecture::OnBadge), {model.sha256.left(8), *capture.descriptor},
                people::CaptureMethod::Photos, capture.quality, capture.samples, QStringLiteral("agent"), capture.selfCheck->largest);
            QCOMPARE(f.station.audit().newest(1).first().details.value(QStringLiteral("self_distance")).toDouble(),
                     std::round(double(capture.selfCheck->largest) * 1000) / 1000);
            const access::Verification v = f.services.credentials.verify(done.badge.payload);
            const auto opened = f.services.enrolments.templateFor(*v.credential, model.sha256.left(8));
            const QString fourth = data + QStringLiteral("/faces/photos/King_Abdullah_II/04.jpg");
            const auto other =
                vision::describeLargestFace(engine, vision::loadImage(fourth), vision::DetectionOptions::forPhoto({250, 250}));
            QVERIFY(other && biometrics::compare(opened->descriptor, other->descriptor).same);
            return;
        }
        QVERIFY(!capture.ok());
        QCOMPARE(capture.failure->id, failure);
        QVERIFY(!capture.failure->text.isEmpty());
        if (photos.size() == 1) // a visitor's or a watchlist photo is one photo, as before
            QVERIFY(vision::captureFromPhotos(engine, images).ok());
        // Recorded as a failure to enrol, with its reason (and the distance, when there is one).
        QCOMPARE(recordedFailure(f.station, f.services, capture), QStringLiteral("failed/") + failure);
        QCOMPARE(f.station.audit().newest(1).first().details.contains(QStringLiteral("self_distance")), failure == u"self_mismatch");
    }

    void demoWalletGivesAFailedSelfCheckABadgeOnlyBadge()
    {
        Fixture f;
        const QDate day = f.station.clock().now().date();
        f.services.imports.apply(station::demoStudents(day), QStringLiteral("agent"));
        f.services.imports.apply(station::demoGuardians(day), QStringLiteral("agent"));
        QTemporaryDir dir;
        const QString lanesPath = dir.filePath(QStringLiteral("lanes.json"));
        const QString walletPath = dir.filePath(QStringLiteral("wallet.json"));
        // Faces 1 and 2 would enrol (face 0 is badge-only by design); 2 failed its self-check.
        station::DemoLaneFaces lane{QStringLiteral("Voie 1"), 3.0, {}, {}};
        for (int i = 0; i < 3; ++i) {
            lane.faces.push_back(movedBy(sampleTemplate().descriptor, 1.0F, quint32(i)));
            lane.checks.push_back({10, i == 2 ? 0.562 : 0.2});
        }
        station::writeDemoLaneFaces(lanesPath, {lane});
        QCOMPARE(station::readDemoLaneFaces(lanesPath).front().checks[2].selfDistance, 0.562);
        // A wallet prepared before the self-check (no bound in it) is prepared again.
        QFile legacy(walletPath);
        QVERIFY(legacy.open(QIODevice::WriteOnly) && legacy.write(R"({"lanes": {"Voie 1": {"codes": ["a", "b", "c"]}}})") > 0);
        legacy.close();
        const station::DemoWallet wallet = station::prepareDemoWallet(f.services, lanesPath, walletPath, modelId);
        const QStringList codes = wallet.codes.value(QStringLiteral("Voie 1"));
        QVERIFY(codes.size() == 3 && codes[0].startsWith(u"PQ1:"));
        const auto architecture = [&](const QString &code) { return f.services.credentials.verify(code).credential->architecture; };
        QVERIFY(architecture(codes[1]) != TemplateArchitecture::None);
        QCOMPARE(architecture(codes[2]), TemplateArchitecture::None);
        const QString failed = f.services.credentials.verify(codes[2]).credential->subjectId;
        const std::vector<people::EnrolmentAttempt> attempts = f.services.enrolments.attempts(failed);
        QVERIFY(attempts.size() == 1 && !attempts.front().enrolled && !f.services.consents.current(failed));
        QCOMPARE(attempts.front().reason, QStringLiteral("self_mismatch"));

        // This one is read back as it is.
        QCOMPARE(station::prepareDemoWallet(f.services, lanesPath, walletPath, modelId).codes.value(QStringLiteral("Voie 1")), codes);
    }

    /// Issue 14's reproduction: `demo cameras` enrolled each lane person from their portrait alone;
    /// the second of "Voie 1" (2nd face of the face-api demo photo sample1.jpg) has a sight at the
    /// lane 0.57 from that template. Checked as `demo cameras` now checks it: refused, and the
    /// first person passes (one loop, not data rows: staging the photos is the slow part).
    void theDemoHolderWhoseTemplateMissesTheirOwnSightsIsRefused()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        vision::FaceEngine engine(model, vision::DescriptorMode::Single);
        const std::vector<vision::StagedFace> staged = test::stageDemoPhotos(data, engine);
        QVERIFY(staged.size() >= 2);
        // The first two people of the lane's video, then each person's frames in it.
        const std::vector<cv::Mat> video =
            vision::SyntheticScenes::approach({staged[0].open, staged[1].open}, 3.0, {staged[0].shut, staged[1].shut});
        const auto slot = long(std::lround(vision::SyntheticScenes::approachSlotSeconds(3.0) * vision::SyntheticScenes::fps));
        vision::FaceEngine describer(model); // the pipeline's mode, as `demo cameras` describes
        for (const long person : {0L, 1L}) {
            const std::vector<cv::Mat> frames(video.begin() + person * slot, video.begin() + (person + 1) * slot);
            const std::vector<vision::Sight> seen = vision::describeFrames(describer, frames, vision::DetectionOptions::forGate(), 3);
            const cv::Mat &open = staged[std::size_t(person)].open;
            const auto portrait = vision::describeLargestFace(describer, open, vision::DetectionOptions::forPhoto(open.size()));
            QVERIFY(portrait && seen.size() >= 5);
            std::vector<biometrics::Descriptor> descriptors(seen.size());
            std::transform(seen.cbegin(), seen.cend(), descriptors.begin(), [](const vision::Sight &sight) { return sight.descriptor; });
            // Before issue 14 the portrait was the template; now it and the lane's sights are the captures.
            const vision::SelfMatch before = vision::selfMatch(portrait->descriptor, descriptors);
            std::vector<vision::Sight> captures = seen;
            captures.push_back(*portrait);
            const vision::CaptureResult now = vision::enrolmentFromSights(captures);
            qInfo("person %ld: portrait template %.3f from its farthest lane sight; kept template %.3f (%d captures)", person + 1,
                  double(before.largest), double(now.selfCheck->largest), now.samples);
            QCOMPARE(now.ok(), person == 0);
            if (person == 0)
                QVERIFY(before.ok());
            else // from one sight of them, beyond the lane's threshold itself
                QVERIFY(before.largest > biometrics::defaultThreshold && now.failure->id == u"self_mismatch");
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrolment)
#include "test_enrolment.moc"
