// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The lane's decision policy: every rule, its boundaries, and invariants over random inputs.
#include "access/decision.h"

#include <QRandomGenerator>
#include <QTest>

using namespace portique;
using namespace portique::access;

namespace {

const biometrics::Descriptor enrolled = [] {
    biometrics::Descriptor d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = float((int(i) % 9) - 4) * 0.02F;
    return d;
}();

/// A descriptor at exactly @p distance from the enrolled one.
biometrics::Descriptor at(float distance)
{
    biometrics::Descriptor d = enrolled;
    d[0] += distance;
    return d;
}

CredentialCheck faceLanePerson()
{
    CredentialCheck check;
    check.verdict = Verdict::Valid;
    check.person = people::Person{};
    check.faceLane = true;
    check.faceTemplate = biometrics::FaceTemplate{QByteArray(8, 'm'), enrolled};
    return check;
}

CredentialCheck badgeOnlyPerson()
{
    CredentialCheck check;
    check.verdict = Verdict::Valid;
    check.person = people::Person{};
    return check;
}

FaceEvidence face(float distance, bool alive = true, bool usable = true, int sights = 2)
{
    FaceEvidence f;
    f.sights = sights;
    f.present = true;
    f.usable = usable;
    f.alive = alive;
    f.quality = 60;
    if (usable)
        f.descriptor = at(distance);
    return f;
}

} // namespace

Q_DECLARE_METATYPE(portique::access::Verdict)

class TestDecision final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRefusedCredentialIsRefusedWithItsReason_data()
    {
        QTest::addColumn<Verdict>("verdict");
        for (Verdict v : {Verdict::Malformed, Verdict::WrongKind, Verdict::UnknownKey, Verdict::BadSignature, Verdict::NotYetValid,
                          Verdict::Expired, Verdict::UnknownSerial, Verdict::Revoked, Verdict::PersonUnknown, Verdict::PersonInactive})
            QTest::newRow(qPrintable(verdictId(v))) << v;
    }
    void aRefusedCredentialIsRefusedWithItsReason()
    {
        QFETCH(Verdict, verdict);
        CredentialCheck check = faceLanePerson();
        check.verdict = verdict;
        for (CredentialMethod method :
             {CredentialMethod::Scanner, CredentialMethod::CameraQr, CredentialMethod::Typed, CredentialMethod::Manual}) {
            // Even a perfect face does not open a refused credential.
            const Decision d = decide(check, method, face(0.0F), false, {});
            QCOMPARE(d.outcome, Outcome::Refused);
            QCOMPARE(d.reasons, QStringList{verdictId(verdict)});
            QVERIFY(d.final);
            QVERIFY(!reasonText(verdictId(verdict)).isEmpty());
        }
    }

    void badgeOnlyIsGrantedOnTheBadgeWhateverTheCameraSees()
    {
        // Nobody is singled out: no face is compared, and the grant is the same grant.
        for (const FaceEvidence &f : {FaceEvidence{}, face(0.0F), face(0.9F), face(0.3F, false), face(0.0F, true, false)}) {
            const Decision d = decide(badgeOnlyPerson(), CredentialMethod::Scanner, f, false, {});
            QCOMPARE(d.outcome, Outcome::Granted);
            QCOMPARE(d.reasons, QStringList{QStringLiteral("badge")});
            QVERIFY(!d.distance);
            QVERIFY(d.final);
        }
    }

    void theAgentsManualEntryIsRecordedAsSuch()
    {
        const Decision d = decide(badgeOnlyPerson(), CredentialMethod::Manual, {}, false, {});
        QCOMPARE(d.outcome, Outcome::Granted);
        QCOMPARE(d.reasons, QStringList{QStringLiteral("entered_by_agent")});
    }

    void faceLaneRules_data()
    {
        QTest::addColumn<float>("distance");
        QTest::addColumn<bool>("alive");
        QTest::addColumn<bool>("windowElapsed");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QString>("reason");
        const int granted = int(Outcome::Granted), refused = int(Outcome::Refused), byHand = int(Outcome::CheckByHand);
        QTest::newRow("match, alive") << 0.30F << true << false << granted << true << "face_match";
        QTest::newRow("just under the threshold") << 0.519F << true << false << granted << true << "face_match";
        QTest::newRow("match, no liveness yet") << 0.30F << false << false << byHand << false << "waiting_for_face";
        QTest::newRow("match, never alive") << 0.30F << false << true << byHand << true << "liveness_not_shown";
        QTest::newRow("just over") << 0.53F << true << false << byHand << false << "waiting_for_face";
        QTest::newRow("uncertain at the end") << 0.60F << true << true << byHand << true << "uncertain_match";
        QTest::newRow("just under mismatch") << 0.699F << true << true << byHand << true << "uncertain_match";
        QTest::newRow("clear mismatch") << 0.70F << true << false << refused << true << "face_mismatch";
        QTest::newRow("mismatch, not alive") << 0.95F << false << false << refused << true << "face_mismatch";
    }
    void faceLaneRules()
    {
        QFETCH(float, distance);
        QFETCH(bool, alive);
        QFETCH(bool, windowElapsed);
        QFETCH(int, outcome);
        QFETCH(bool, final);
        QFETCH(QString, reason);
        const Decision d = decide(faceLanePerson(), CredentialMethod::Scanner, face(distance, alive), windowElapsed, {});
        QCOMPARE(int(d.outcome), outcome);
        QCOMPARE(d.final, final);
        QCOMPARE(d.reasons, QStringList{reason});
        QVERIFY(d.distance);
        QVERIFY(qAbs(*d.distance - distance) < 1e-4F);
    }

    void aRefusalWaitsForASecondSight_data()
    {
        QTest::addColumn<int>("sights");
        QTest::addColumn<bool>("windowElapsed");
        QTest::addColumn<bool>("final");
        QTest::newRow("one sight: wait") << 1 << false << false;
        QTest::newRow("one sight, window over: refused") << 1 << true << true;
        QTest::newRow("two sights: refused") << 2 << false << true;
        QTest::newRow("three sights: refused") << 3 << false << true;
    }
    void aRefusalWaitsForASecondSight()
    {
        // One poor sight of the right person must not refuse them (issue 14: genuine holders refused).
        QFETCH(int, sights);
        QFETCH(bool, windowElapsed);
        QFETCH(bool, final);
        const Decision d = decide(faceLanePerson(), CredentialMethod::Scanner, face(0.9F, true, true, sights), windowElapsed, {});
        QCOMPARE(d.final, final);
        QCOMPARE(d.outcome, final ? Outcome::Refused : Outcome::CheckByHand);
        QCOMPARE(d.reasons, QStringList{final ? QStringLiteral("face_mismatch") : QStringLiteral("waiting_for_face")});
        // A match on one sight is granted at once: only refusals wait.
        QCOMPARE(decide(faceLanePerson(), CredentialMethod::Scanner, face(0.3F, true, true, 1), false, {}).outcome, Outcome::Granted);
    }

    void anUncertainFaceIsLeftToTheAgentOnceItsSightsAreFused_data()
    {
        QTest::addColumn<float>("distance");
        QTest::addColumn<int>("sights");
        QTest::addColumn<bool>("alive");
        QTest::addColumn<bool>("final");
        QTest::newRow("two sights: wait for a better one") << 0.60F << 2 << true << false;
        QTest::newRow("three sights: the agent looks") << 0.60F << 3 << true << true;
        QTest::newRow("three sights, just over the match threshold") << 0.53F << 3 << true << true;
        QTest::newRow("three sights, not alive") << 0.65F << 3 << false << true;
    }
    void anUncertainFaceIsLeftToTheAgentOnceItsSightsAreFused()
    {
        // Issue 14: look-alikes held their lane for the whole window, blocking the next person.
        QFETCH(float, distance);
        QFETCH(int, sights);
        QFETCH(bool, alive);
        QFETCH(bool, final);
        const Decision d = decide(faceLanePerson(), CredentialMethod::Scanner, face(distance, alive, true, sights), false, {});
        QCOMPARE(d.outcome, Outcome::CheckByHand);
        QCOMPARE(d.final, final);
        QCOMPARE(d.reasons, QStringList{final ? QStringLiteral("uncertain_match") : QStringLiteral("waiting_for_face")});
        // A match on three sights is still granted, and a clear mismatch still refused.
        QCOMPARE(decide(faceLanePerson(), CredentialMethod::Scanner, face(0.3F, true, true, 3), false, {}).outcome, Outcome::Granted);
        QCOMPARE(decide(faceLanePerson(), CredentialMethod::Scanner, face(0.8F, true, true, 3), false, {}).outcome, Outcome::Refused);
    }

    void aPassbackIsLeftToTheAgent()
    {
        CredentialCheck check = faceLanePerson();
        check.passback = true;
        const Decision d = decide(check, CredentialMethod::Scanner, face(0.1F, true, true, 3), false, {});
        QCOMPARE(d.outcome, Outcome::CheckByHand);
        QVERIFY(d.final);
        QCOMPARE(d.reasons, QStringList{QStringLiteral("passback")});
        QCOMPARE(decide(check, CredentialMethod::Manual, {}, false, {}).reasons, QStringList{QStringLiteral("entered_by_agent")});
        check.verdict = Verdict::Revoked; // a refused code stays refused
        QCOMPARE(decide(check, CredentialMethod::Scanner, {}, false, {}).outcome, Outcome::Refused);
    }

    void noUsableFaceMeansCheckByHandAtTheEndOfTheWindow()
    {
        Decision d = decide(faceLanePerson(), CredentialMethod::Scanner, {}, false, {});
        QCOMPARE(d.outcome, Outcome::CheckByHand);
        QVERIFY(!d.final);
        d = decide(faceLanePerson(), CredentialMethod::Scanner, {}, true, {});
        QCOMPARE(d.reasons, QStringList{QStringLiteral("no_face")});
        QVERIFY(d.final);
        d = decide(faceLanePerson(), CredentialMethod::Scanner, face(0.0F, true, false), true, {});
        QCOMPARE(d.reasons, QStringList{QStringLiteral("face_not_usable")});
        CredentialCheck broken = faceLanePerson();
        broken.faceTemplate.reset();
        broken.templateUnavailable = true;
        d = decide(broken, CredentialMethod::Scanner, face(0.0F), false, {});
        QCOMPARE(d.outcome, Outcome::CheckByHand);
        QCOMPARE(d.reasons, QStringList{QStringLiteral("template_unavailable")});
    }

    void livenessCanBeSwitchedOffButThresholdsStillHold()
    {
        LanePolicy policy;
        policy.requireLiveness = false;
        QCOMPARE(decide(faceLanePerson(), CredentialMethod::Scanner, face(0.3F, false), false, policy).outcome, Outcome::Granted);
        policy.matchThreshold = 0.25F;
        QCOMPARE(decide(faceLanePerson(), CredentialMethod::Scanner, face(0.3F, false), true, policy).outcome, Outcome::CheckByHand);
    }

    void invariantsHoldForRandomInputs()
    {
        QRandomGenerator random(6);
        for (int i = 0; i < 20000; ++i) {
            CredentialCheck check = random.bounded(2) ? faceLanePerson() : badgeOnlyPerson();
            if (random.bounded(5) == 0)
                check.verdict = Verdict(random.bounded(11));
            FaceEvidence f;
            if (random.bounded(4) != 0)
                f = face(float(random.generateDouble() * 1.2), random.bounded(2) == 1, random.bounded(5) != 0);
            const bool elapsed = random.bounded(2) == 1;
            const auto method = CredentialMethod(random.bounded(3)); // scanner, camera, typed
            const Decision d = decide(check, method, f, elapsed, {});
            if (check.verdict != Verdict::Valid)
                QCOMPARE(d.outcome, Outcome::Refused);
            // A face lane person is never granted without a live face within the threshold.
            if (check.verdict == Verdict::Valid && check.faceLane && d.outcome == Outcome::Granted) {
                QVERIFY(f.alive && f.usable);
                QVERIFY(d.distance && *d.distance <= 0.52F + 1e-6F);
            }
            // A badge-only person is never refused for their face.
            if (check.verdict == Verdict::Valid && !check.faceLane)
                QCOMPARE(d.outcome, Outcome::Granted);
            // Once the window is over, every decision is final: nothing waits forever.
            if (elapsed)
                QVERIFY(d.final);
            QVERIFY(!d.reasons.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDecision)
#include "test_decision.moc"
