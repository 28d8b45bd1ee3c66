// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "biometrics/matcher.h"
#include "common/refusal.h"
#include "peoplefixture.h"
#include "station/stationservices.h"
#include "teststation.h"
#include "vision/enrolmentcapture.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

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
        details.channelReference = QStringLiteral("AUT-2026-041");
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
        const people::Enrolment done = f.services.enrolments.enrol(
            QStringLiteral("minor"), minorConsent(TemplateArchitecture::OnBadge), original, people::CaptureMethod::Camera,
            61.5, 42, QStringLiteral("agent"));
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
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT outcome || '/' || capture || '/' || frames FROM enrolments")).toString(),
                 QStringLiteral("enrolled/camera/42"));
    }

    void typeTwoNeedsTheBadgeToOpenTheTemplate()
    {
        Fixture f;
        const biometrics::FaceTemplate original = sampleTemplate(11);
        const people::Enrolment done = f.services.enrolments.enrol(
            QStringLiteral("adult"), minorConsent(TemplateArchitecture::InDatabase), original, people::CaptureMethod::Photos,
            70, 2, QStringLiteral("agent"));
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
        const people::Enrolment done = f.services.enrolments.enrol(
            QStringLiteral("minor"), minorConsent(TemplateArchitecture(architecture)), sampleTemplate(),
            people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        const QByteArray sealed = f.station.database()
                                      .scalar(QStringLiteral("SELECT sealed FROM face_templates"))
                                      .toByteArray();
        const access::IssuedBadge badgeOnly = f.services.enrolments.withdraw(QStringLiteral("minor"), QStringLiteral("agent2"));

        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM face_templates")).toInt(), 0);
        if (!sealed.isEmpty())
            QVERIFY(!appearsAnywhere(f.station.database(), sealed));
        QCOMPARE(f.services.credentials.verify(done.badge.payload).verdict, access::Verdict::Revoked);
        QCOMPARE(f.services.credentials.find(done.badge.record.serial)->revokeReason, QStringLiteral("consent_withdrawn"));
        const access::Verification fresh = f.services.credentials.verify(badgeOnly.payload);
        QVERIFY(fresh.valid());
        QCOMPARE(fresh.credential->architecture, TemplateArchitecture::None);
        QVERIFY(fresh.credential->data.isEmpty());
        QVERIFY(!f.services.enrolments.templateFor(*fresh.credential, modelId));
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
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.enrolments.withdraw(QStringLiteral("minor"), QStringLiteral("agent")));
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
        f.services.enrolments.recordFailure(QStringLiteral("adult"), QStringLiteral("no_liveness"), people::CaptureMethod::Camera,
                                            120, QStringLiteral("agent"));
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT outcome || '/' || reason FROM enrolments")).toString(),
                 QStringLiteral("failed/no_liveness"));
        QCOMPARE(f.station.audit().newest(1).first().action, QStringLiteral("enrolment.failed"));
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), 0);
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

    void enrolmentFromTestPhotos()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        vision::FaceEngine engine(model);
        const QString photos = data + QStringLiteral("/faces/photos/");
        auto load = [&](const QString &relative) { return vision::loadImage(photos + relative); };
        const QStringList kingFiles = QDir(photos + QStringLiteral("King_Abdullah_II")).entryList(QDir::Files, QDir::Name);
        QVERIFY(kingFiles.size() >= 3);

        std::vector<cv::Mat> same;
        for (const QString &file : kingFiles.mid(0, 3))
            same.push_back(load(QStringLiteral("King_Abdullah_II/") + file));
        const vision::CaptureResult ok = vision::captureFromPhotos(engine, same);
        QVERIFY2(ok.ok(), ok.failure ? qPrintable(ok.failure->text) : "");
        QCOMPARE(ok.samples, 3);

        const QString lucy = QDir(photos + QStringLiteral("Lucy_Liu")).entryList(QDir::Files, QDir::Name).first();
        std::vector<cv::Mat> mixed{same[0], load(QStringLiteral("Lucy_Liu/") + lucy)};
        QCOMPARE(vision::captureFromPhotos(engine, mixed).failure->id, QStringLiteral("inconsistent"));

        std::vector<cv::Mat> group{vision::loadImage(data + QStringLiteral("/faces/group/faceapi_bbt1.jpg"))};
        QCOMPARE(vision::captureFromPhotos(engine, group).failure->id, QStringLiteral("several_faces"));

        // And the template it keeps opens from the badge and matches another photo of the person.
        Fixture f;
        const biometrics::FaceTemplate kept{model.sha256.left(8), *ok.descriptor};
        const auto done = f.services.enrolments.enrol(QStringLiteral("adult"), minorConsent(TemplateArchitecture::OnBadge), kept,
                                                      people::CaptureMethod::Photos, ok.quality, ok.samples, QStringLiteral("agent"));
        const access::Verification v = f.services.credentials.verify(done.badge.payload);
        const auto opened = f.services.enrolments.templateFor(*v.credential, model.sha256.left(8));
        const auto other = engine.analyze(load(QStringLiteral("King_Abdullah_II/") + kingFiles.last()),
                                          vision::DetectionOptions::forPhoto({250, 250}));
        QVERIFY(!other.empty() && other.front().descriptor);
        QVERIFY(biometrics::compare(opened->descriptor, *other.front().descriptor).same);
    }
};

QTEST_GUILESS_MAIN(TestEnrolment)
#include "test_enrolment.moc"
