// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "access/gatecheck.h"
#include "common/schoolyear.h"
#include "experimentfixture.h"
#include "peoplefixture.h"
#include "privacy/consentlapse.h"
#include "privacy/purge.h"
#include "reports/dailyreport.h"
#include "station/stationservices.h"
#include "teststation.h"

#include <QRandomGenerator>
#include <QTest>

// Issue 15: consent that lapses (end of the experiment, of the school year, the 18th birthday),
// and a face lane that runs only inside the declared experiment's dates and lanes. Outside, the
// same badge is decided on the badge alone: granted like any badge, no refusal, no alert.

using namespace portique;
using access::TemplateArchitecture;
using privacy::ConsentEnd;

namespace {

const QByteArray modelId = QByteArray::fromHex("0011223344556677");

biometrics::FaceTemplate sampleTemplate()
{
    QRandomGenerator random(7);
    biometrics::Descriptor d{};
    for (float &v : d)
        v = float(random.generateDouble() * 0.5 - 0.25);
    return {modelId, d};
}

people::ConsentDetails consentDetails(TemplateArchitecture architecture)
{
    people::ConsentDetails details;
    details.givenBy = QStringLiteral("Élève TESTEUR");
    details.guardianName = QStringLiteral("Parent TESTEUR");
    details.guardianRelationship = QStringLiteral("10");
    details.architecture = architecture;
    return details;
}

QDateTime morningOf(const QDate &day)
{
    return QDateTime(day, QTime(8, 0), Qt::UTC);
}

int countOf(storage::Database &database, const QString &sql)
{
    return database.scalar(sql).toInt();
}

} // namespace

class TestConsentLapse final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        /// "minor" turns 18 on 2027-01-15; "adult" was 18 when consenting.
        Fixture()
        {
            test::addPerson(station.database(), QStringLiteral("minor"), QDate(2009, 1, 15));
            test::addPerson(station.database(), QStringLiteral("adult"), QDate(2006, 5, 2), QStringLiteral("BTS1"));
        }
        QString enrol(const QString &personId, TemplateArchitecture architecture)
        {
            return services.enrolments
                .enrol(personId, consentDetails(architecture), sampleTemplate(), people::CaptureMethod::Photos, 60, 3,
                       QStringLiteral("agent"))
                .badge.payload;
        }
        bool faceLane(const QString &code, const QString &lane = QStringLiteral("Voie 1"))
        {
            const access::CredentialCheck check = access::checkCredential(services, code, modelId, lane);
            if (check.verdict != access::Verdict::Valid)
                QTest::qFail("the badge should stay valid", __FILE__, __LINE__);
            return check.faceLane;
        }
    };

private Q_SLOTS:
    void schoolYearEndIsTheBadgesRule()
    {
        QCOMPARE(common::schoolYearEnd(QDate(2026, 11, 30), 8), QDate(2027, 8, 31));
        QCOMPARE(common::schoolYearEnd(QDate(2026, 6, 1), 8), QDate(2026, 8, 31));
        // Given in the summer: for the school year starting in September.
        QCOMPARE(common::schoolYearEnd(QDate(2026, 7, 10), 8), QDate(2027, 8, 31));
        QCOMPARE(common::schoolYearEnd(QDate(2026, 11, 30), 6), QDate(2027, 6, 30));
    }

    void lapseRule_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("given");
        QTest::addColumn<QDate>("experimentEnd"); // invalid: none declared
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected"); // empty: still in force

        const QDate adult(2006, 5, 2);
        QTest::newRow("in force on the school year's last day")
            << adult << QDate(2026, 11, 30) << QDate() << QDate(2027, 8, 31) << QString();
        QTest::newRow("end of the school year")
            << adult << QDate(2026, 11, 30) << QDate() << QDate(2027, 9, 1) << QStringLiteral("school_year_end");
        QTest::newRow("end of the experiment") << adult << QDate(2026, 11, 30) << QDate(2027, 6, 30) << QDate(2027, 7, 1)
                                               << QStringLiteral("experiment_end");
        QTest::newRow("in force on the experiment's last day")
            << adult << QDate(2026, 11, 30) << QDate(2027, 6, 30) << QDate(2027, 6, 30) << QString();
        QTest::newRow("given after an experiment ended: for the next one")
            << adult << QDate(2026, 11, 30) << QDate(2026, 10, 1) << QDate(2026, 12, 1) << QString();
        QTest::newRow("the day before the 18th birthday")
            << QDate(2009, 1, 15) << QDate(2026, 11, 30) << QDate() << QDate(2027, 1, 14) << QString();
        QTest::newRow("18th birthday") << QDate(2009, 1, 15) << QDate(2026, 11, 30) << QDate() << QDate(2027, 1, 15)
                                       << QStringLiteral("majority");
        // Person::ageOn: a 29 February birthday is reached on 1 March in a common year.
        QTest::newRow("29 February, on 28 February")
            << QDate(2012, 2, 29) << QDate(2029, 11, 30) << QDate() << QDate(2030, 2, 28) << QString();
        QTest::newRow("29 February, on 1 March")
            << QDate(2012, 2, 29) << QDate(2029, 11, 30) << QDate() << QDate(2030, 3, 1) << QStringLiteral("majority");
        QTest::newRow("an adult's own consent has no birthday to lapse on")
            << adult << QDate(2026, 11, 30) << QDate() << QDate(2027, 5, 2) << QString();
        QTest::newRow("the first reason reached wins")
            << QDate(2009, 3, 1) << QDate(2026, 11, 30) << QDate(2027, 6, 30) << QDate(2027, 9, 2) << QStringLiteral("majority");
    }
    void lapseRule()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, given);
        QFETCH(QDate, experimentEnd);
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        people::Person person;
        person.kind = people::PersonKind::Student;
        person.birthDate = birth;
        privacy::Consent consent;
        consent.givenAt = morningOf(given);
        privacy::LapseContext context;
        context.today = today;
        if (experimentEnd.isValid()) {
            privacy::ExperimentDefinition experiment;
            experiment.name = QStringLiteral("x");
            experiment.start = QDate(2026, 9, 1);
            experiment.end = experimentEnd;
            context.experiment = experiment;
        }
        const std::optional<ConsentEnd> lapse = privacy::consentLapse(consent, person, context);
        QCOMPARE(lapse ? privacy::consentEndId(*lapse) : QString(), expected);
    }

    void faceLaneRunsOnlyInsideTheExperiment_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("type 1") << int(TemplateArchitecture::OnBadge);
        QTest::newRow("type 2") << int(TemplateArchitecture::InDatabase);
    }
    void faceLaneRunsOnlyInsideTheExperiment()
    {
        QFETCH(int, architecture);
        Fixture f;
        const QString code = f.enrol(QStringLiteral("adult"), TemplateArchitecture(architecture));
        // None declared: no face lane anywhere, the badge alone decides.
        QVERIFY(!f.faceLane(code));
        test::declareExperiment(f.services.settings, {QStringLiteral("Voie 1")});
        QVERIFY(f.faceLane(code, QStringLiteral("Voie 1")));
        QVERIFY(!f.faceLane(code, QStringLiteral("Voie 2")));
        // Before it starts and after it ends.
        test::declareExperiment(f.services.settings, {}, QDate(2026, 12, 1), QDate(2027, 1, 31));
        QVERIFY(!f.faceLane(code));
        f.station.clock().set(morningOf(QDate(2026, 12, 1)));
        QVERIFY(f.faceLane(code, QStringLiteral("Voie 2")));
        f.station.clock().set(morningOf(QDate(2027, 2, 1)));
        QVERIFY(!f.faceLane(code));

        // Decided like any badge: granted on the badge, nothing compared, whatever face is there.
        access::FaceEvidence stranger;
        stranger.present = stranger.usable = stranger.alive = true;
        stranger.quality = 80;
        stranger.descriptor = biometrics::Descriptor{};
        stranger.sights = 3;
        const access::CredentialCheck check = access::checkCredential(f.services, code, modelId, QStringLiteral("Voie 1"));
        const access::Decision decision = access::decide(check, access::CredentialMethod::Scanner, stranger, false, {});
        QCOMPARE(access::outcomeId(decision.outcome), QStringLiteral("granted"));
        QCOMPARE(decision.reasons, QStringList{QStringLiteral("badge")});
        QVERIFY(!decision.distance);
        QVERIFY(!check.faceTemplate);
    }

    void lapsedConsentIsBadgeOnlyAtOnceThenRecorded_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("type 1") << int(TemplateArchitecture::OnBadge);
        QTest::newRow("type 2") << int(TemplateArchitecture::InDatabase);
    }
    void lapsedConsentIsBadgeOnlyAtOnceThenRecorded()
    {
        QFETCH(int, architecture);
        Fixture f;
        test::declareExperiment(f.services.settings);
        const QString code = f.enrol(QStringLiteral("minor"), TemplateArchitecture(architecture));
        const QString other = f.enrol(QStringLiteral("adult"), TemplateArchitecture(architecture));
        QVERIFY(f.faceLane(code));
        const int alertsBefore = countOf(f.station.database(), QStringLiteral("SELECT count(*) FROM alerts"));

        // The 18th birthday: the gate stops using the template that very day, before any run.
        f.station.clock().set(morningOf(QDate(2027, 1, 15)));
        QVERIFY(!f.faceLane(code));
        QVERIFY(f.faceLane(other));
        QCOMPARE(privacy::dueLapses(f.station.database(), f.station.clock()).size(), std::size_t(1));

        // The retention purge records it: consent ended with its reason, type-2 template deleted,
        // badge recorded badge-only, audited; the other person's consent untouched.
        const privacy::PurgeReport report = privacy::Purge(f.station.database(), f.station.clock()).run(false);
        QCOMPARE(report.deleted(QStringLiteral("consent_lapses")), 1);
        QVERIFY(!f.services.consents.current(QStringLiteral("minor")));
        QVERIFY(f.services.consents.current(QStringLiteral("adult")));
        const privacy::Consent ended = f.services.consents.ofPerson(QStringLiteral("minor")).front();
        QCOMPARE(ended.endReason, ConsentEnd::CameOfAge);
        QCOMPARE(ended.withdrawnBy, QStringLiteral("system"));
        QCOMPARE(countOf(f.station.database(), QStringLiteral("SELECT count(*) FROM face_templates WHERE person_id = 'minor'")), 0);
        const access::Verification kept = f.services.credentials.verify(code);
        QVERIFY(kept.valid());
        QCOMPARE(kept.record->architecture, TemplateArchitecture::None);
        QVERIFY(!f.faceLane(code));
        bool audited = false;
        for (const privacy::AuditRecord &record : f.station.audit().newest(20))
            audited = audited
                      || (record.action == u"consent.lapse" && record.object == u"minor"
                          && record.details.value(QStringLiteral("reason")).toString() == u"majority");
        QVERIFY(audited);
        QVERIFY(f.station.audit().verify().intact);
        // The principal's daily report counts it, apart from withdrawals (counts, no names).
        if (QTest::currentDataTag() == QByteArray("type 1")) {
            const reports::DailyReport day = reports::buildDailyReport(f.services, QDate(2027, 1, 15));
            QCOMPARE(day.consentsLapsed, 1);
            QCOMPARE(day.consentsWithdrawn, 0);
            QCOMPARE(day.toJson()[QStringLiteral("consents")][QStringLiteral("lapsed")].toInt(), 1);
            QCOMPARE(reports::buildDailyReport(f.services, QDate(2026, 11, 30)).consentsGiven, 2);
        }
        // No refusal, no alert for the lapse; nothing more to lapse.
        QCOMPARE(countOf(f.station.database(), QStringLiteral("SELECT count(*) FROM alerts")), alertsBefore);
        QVERIFY(privacy::dueLapses(f.station.database(), f.station.clock()).empty());
        QCOMPARE(privacy::Purge(f.station.database(), f.station.clock()).run(false).deleted(QStringLiteral("consent_lapses")), 0);
    }

    void experimentEndLapsesEveryConsentItCovered()
    {
        Fixture f;
        test::declareExperiment(f.services.settings, {}, QDate(2026, 9, 1), QDate(2026, 12, 18));
        f.enrol(QStringLiteral("minor"), TemplateArchitecture::InDatabase);
        f.enrol(QStringLiteral("adult"), TemplateArchitecture::OnBadge);
        // A dry run counts without changing anything.
        f.station.clock().set(morningOf(QDate(2026, 12, 19)));
        QCOMPARE(privacy::Purge(f.station.database(), f.station.clock()).run(true).deleted(QStringLiteral("consent_lapses")), 2);
        QCOMPARE(f.services.consents.consenting().size(), 2);
        const std::vector<privacy::LapsedConsent> lapsed = privacy::lapseConsents(f.station.database(), f.station.clock());
        QCOMPARE(lapsed.size(), std::size_t(2));
        for (const privacy::LapsedConsent &entry : lapsed) {
            QCOMPARE(entry.reason, ConsentEnd::ExperimentEnded);
            QCOMPARE(entry.badges.size(), 1);
        }
        QVERIFY(f.services.consents.consenting().isEmpty());
        QCOMPARE(countOf(f.station.database(), QStringLiteral("SELECT count(*) FROM face_templates")), 0);
        QCOMPARE(countOf(f.station.database(), QStringLiteral("SELECT count(*) FROM consents WHERE end_reason = 'experiment_end'")), 2);
    }

    void withdrawalIsRecordedAsSuch()
    {
        Fixture f;
        f.enrol(QStringLiteral("adult"), TemplateArchitecture::OnBadge);
        f.services.enrolments.withdrawConsent(QStringLiteral("adult"), QStringLiteral("agent"));
        QCOMPARE(f.services.consents.ofPerson(QStringLiteral("adult")).front().endReason, ConsentEnd::Withdrawn);
        QCOMPARE(privacy::consentEndFromId(QStringLiteral("majority")), std::optional(ConsentEnd::CameOfAge));
        QVERIFY(!privacy::consentEndFromId(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestConsentLapse)
#include "test_consentlapse.moc"
