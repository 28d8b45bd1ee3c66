// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Rectification, restriction and objection as features (issue 15, "Rights as features"): a
// rectification audited by field, kept by a later SIECLE import and flagged in its preview; a
// restricted person decided on the badge alone and left out of the daily report; an objection
// withdrawing the consent; the three `portiquectl subject` verbs and their refusals.
#include "clirunner.h"
#include "experimentfixture.h"
#include "peoplefixture.h"
#include "teststation.h"

#include "access/gatecheck.h"
#include "access/passage.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "people/importfile.h"
#include "privacy/subjectexport.h"
#include "privacy/subjectrights.h"
#include "reports/dailyreport.h"
#include "station/stationservices.h"
#include "storage/keyfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using access::TemplateArchitecture;

namespace {

const QByteArray modelId = QByteArray::fromHex("0011223344556677");
const QString dpo = QStringLiteral("dpo");
const QString lane = QStringLiteral("Voie 1");

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

const people::ImportPreview::Change *changeOf(const people::ImportPreview &preview, const QString &id)
{
    for (const people::ImportPreview::Change &change : preview.changed) {
        if (change.record.id == id)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestSubjectRights final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        privacy::SubjectRights rights{station.database(), services.audit, station.clock()};
        Fixture()
        {
            test::addPerson(station.database(), QStringLiteral("minor"), QDate(2011, 3, 14));
            test::addPerson(station.database(), QStringLiteral("other"), QDate(2010, 5, 2));
            test::declareExperiment(services.settings);
        }
        qint64 auditCount() { return services.audit.count(); }
    };

private Q_SLOTS:
    void rectificationIsAuditedByFieldOnly()
    {
        Fixture f;
        const people::Person before = *f.services.people.find(QStringLiteral("minor"));
        const QStringList changed = f.rights.rectify(QStringLiteral("minor"),
                                                     {{QStringLiteral("family_name"), QStringLiteral("  CORRIGÉ ")},
                                                      {QStringLiteral("birth_date"), QStringLiteral("2011-04-14")},
                                                      {QStringLiteral("class"), before.className}},
                                                     dpo);
        QCOMPARE(changed, (QStringList{QStringLiteral("family_name"), QStringLiteral("birth_date")}));
        const people::Person after = *f.services.people.find(QStringLiteral("minor"));
        QCOMPARE(after.familyName, QStringLiteral("CORRIGÉ"));
        QCOMPARE(after.birthDate, QDate(2011, 4, 14));
        QCOMPARE(after.className, before.className);
        QCOMPARE(after.source, before.source);
        QCOMPARE(f.services.people.rectifiedFields(QStringLiteral("minor")),
                 (QStringList{QStringLiteral("birth_date"), QStringLiteral("family_name")}));

        const privacy::AuditRecord audited = f.services.audit.newest(1).first();
        QCOMPARE(audited.action, QStringLiteral("subject.rectify"));
        QCOMPARE(audited.object, QStringLiteral("minor"));
        QCOMPARE(audited.actor, dpo);
        QCOMPARE(audited.details[u"fields"].toArray().toVariantList(),
                 (QVariantList{QStringLiteral("family_name"), QStringLiteral("birth_date")}));
        // Neither the old nor the new value spreads into the trail.
        const QByteArray details = QJsonDocument(audited.details).toJson(QJsonDocument::Compact);
        for (const QString &value :
             QStringList{before.familyName, after.familyName, QStringLiteral("2011-04-14"), common::isoDate(before.birthDate)})
            QVERIFY2(!details.contains(value.toUtf8()), details.constData());
        QVERIFY(f.services.audit.verify().intact);
    }

    void accessExportShowsRectificationAndRestriction()
    {
        Fixture f;
        f.rights.rectify(QStringLiteral("minor"), {{QStringLiteral("class"), QStringLiteral("1ERE3")}}, dpo);
        f.rights.restrictProcessing(QStringLiteral("minor"), dpo);
        const privacy::SubjectExport exported =
            privacy::SubjectAccess(f.station.database(), f.station.clock()).exportSubject(QStringLiteral("minor"), dpo);
        const QJsonObject records = exported.data[u"records"].toObject();
        const QJsonArray rectified = records[u"rectified_fields"].toArray();
        QCOMPARE(rectified.size(), 1);
        QCOMPARE(rectified.first()[u"field"].toString(), QStringLiteral("class"));
        QVERIFY(!records[u"people"].toArray().first()[u"restricted_at"].toString().isEmpty());
        QVERIFY(privacy::renderSubjectPages(exported, 48).size() >= 1);
    }

    void badRectificationsAreRefused_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown person") << "nobody"
                                        << "first_name"
                                        << "Léa"
                                        << "nobody";
        QTest::newRow("unknown field") << "minor"
                                       << "address"
                                       << "1 rue"
                                       << "address";
        QTest::newRow("left_on is the registry's") << "minor"
                                                   << "left_on"
                                                   << "2026-01-01"
                                                   << "left_on";
        QTest::newRow("empty name") << "minor"
                                    << "first_name"
                                    << "  "
                                    << "empty";
        QTest::newRow("control character") << "minor"
                                           << "family_name" << QStringLiteral("A\u0007B") << "";
        QTest::newRow("not a date") << "minor"
                                    << "birth_date"
                                    << "14/03/2011"
                                    << "14/03/2011";
        QTest::newRow("future date") << "minor"
                                     << "birth_date"
                                     << "2030-01-01"
                                     << "2030-01-01";
        QTest::newRow("empty class of a student") << "minor"
                                                  << "class"
                                                  << ""
                                                  << "class";
        QTest::newRow("nothing changes") << "minor"
                                         << "birth_date"
                                         << "2011-03-14"
                                         << "Nothing";
    }
    void badRectificationsAreRefused()
    {
        QFETCH(QString, person);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, said);
        Fixture f;
        const qint64 audits = f.auditCount();
        try {
            f.rights.rectify(person, {{field, value}}, dpo);
            QFAIL("refused rectification expected");
        } catch (const common::Refusal &refusal) {
            QVERIFY2(refusal.message().contains(said), qPrintable(refusal.message()));
        }
        QCOMPARE(f.auditCount(), audits);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM rectified_fields")).toInt(), 0);
        QCOMPARE(f.services.people.find(QStringLiteral("minor"))->birthDate, QDate(2011, 3, 14));
    }

    void reimportKeepsARectifiedFieldAndFlagsIt()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        privacy::SubjectRights rights(station.database(), services.audit, station.clock());
        const people::ParsedImport parsed = people::parseImportFile(data + u"/siecle/ElevesSansAdresses.xml");
        services.imports.apply(parsed, QStringLiteral("agent"));
        const QDate today = station.clock().now().toLocalTime().date();
        QStringList active;
        for (const people::PersonRecord &record : parsed.people) {
            if (!record.leftOn.isValid() || record.leftOn > today)
                active << record.id;
        }
        QVERIFY(active.size() >= 2);
        const QString rectified = active[0];
        const QString restricted = active[1];
        const people::Person fromFile = *services.people.find(rectified);

        rights.rectify(rectified,
                       {{QStringLiteral("first_name"), QStringLiteral("Prénom-Corrigé")}, {QStringLiteral("class"), QStringLiteral("TZ9")}},
                       dpo);
        // The restricted person's record differs from the file too (as if the school's record
        // changed): frozen, the import leaves it alone.
        station.database().execute(QStringLiteral("UPDATE people SET class_name = 'GEL1' WHERE id = ?1"), {restricted});
        rights.restrictProcessing(restricted, dpo);

        const people::ImportPreview preview = services.imports.preview(parsed);
        const people::ImportPreview::Change *change = changeOf(preview, rectified);
        QVERIFY(change);
        QCOMPARE(change->fields, (QStringList{QStringLiteral("first_name"), QStringLiteral("class")}));
        QCOMPARE(change->rectified, (QStringList{QStringLiteral("first_name"), QStringLiteral("class")}));
        QVERIFY(!change->restricted);
        const people::ImportPreview::Change *frozen = changeOf(preview, restricted);
        QVERIFY(frozen);
        QVERIFY(frozen->restricted);
        bool flagged = false;
        for (const QJsonValue &entry : preview.toJson()[u"changed"].toArray()) {
            if (entry[u"id"].toString() == rectified)
                flagged = entry[u"rectified"].toArray().size() == 2;
        }
        QVERIFY(flagged);

        // Applied as it is: the rectified values and the frozen record stay.
        services.imports.apply(parsed, QStringLiteral("agent"));
        QCOMPARE(services.people.find(rectified)->firstName, QStringLiteral("Prénom-Corrigé"));
        QCOMPARE(services.people.find(rectified)->className, QStringLiteral("TZ9"));
        QCOMPARE(services.people.find(restricted)->className, QStringLiteral("GEL1"));
        const privacy::AuditRecord imported = services.audit.newest(1).first();
        QCOMPARE(imported.action, QStringLiteral("people.import"));
        QCOMPARE(imported.details[u"rectified_kept"].toInt(), 2);
        QCOMPARE(imported.details[u"restricted_held"].toInt(), 1);

        // Only the DPO may choose the file's values: written, and the rectification forgotten.
        QVERIFY_THROWS_EXCEPTION(people::ImportError, services.imports.apply(parsed, QStringLiteral("agent"), false, true));
        QCOMPARE(services.people.find(rectified)->firstName, QStringLiteral("Prénom-Corrigé"));
        services.users.add(dpo, QStringLiteral("Délégué"), accounts::Role::Dpo, QStringLiteral("dpo-pass-2026-long"),
                           QStringLiteral("system"));
        services.imports.apply(parsed, dpo, false, true);
        QCOMPARE(services.people.find(rectified)->firstName, fromFile.firstName);
        QCOMPARE(services.people.find(rectified)->className, fromFile.className);
        QVERIFY(services.people.rectifiedFields(rectified).isEmpty());
        QCOMPARE(services.audit.newest(1).first().details[u"rectified_overwritten"].toInt(), 2);
        QCOMPARE(services.people.find(restricted)->className, QStringLiteral("GEL1"));
        QVERIFY(!changeOf(services.imports.preview(parsed), rectified));
    }

    void restrictedFaceLaneBadgeIsDecidedOnTheBadge_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("type 1") << int(TemplateArchitecture::OnBadge);
        QTest::newRow("type 2") << int(TemplateArchitecture::InDatabase);
    }
    void restrictedFaceLaneBadgeIsDecidedOnTheBadge()
    {
        QFETCH(int, architecture);
        Fixture f;
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture(architecture)), sampleTemplate(),
                                        people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        QVERIFY(access::checkCredential(f.services, done.badge.payload, modelId, lane).faceLane);

        f.rights.restrictProcessing(QStringLiteral("minor"), dpo);
        QCOMPARE(f.services.audit.newest(1).first().action, QStringLiteral("subject.restrict"));
        // The consent is still in force: only the restriction turns the face lane off.
        QVERIFY(f.services.consents.current(QStringLiteral("minor")).has_value());
        const access::CredentialCheck check = access::checkCredential(f.services, done.badge.payload, modelId, lane);
        QCOMPARE(access::verdictId(check.verdict), QStringLiteral("valid"));
        QVERIFY(!check.faceLane);
        QVERIFY(!check.faceTemplate);
        QVERIFY(!check.templateUnavailable);
        // Someone else's face before the camera: a face-lane decision would refuse it.
        access::FaceEvidence face;
        face.present = face.usable = face.alive = true;
        face.quality = 80;
        face.sights = 3;
        const access::Decision decision = access::decide(check, access::CredentialMethod::Scanner, face, false, access::LanePolicy{});
        QCOMPARE(access::outcomeId(decision.outcome), QStringLiteral("granted"));
        QCOMPARE(decision.reasons, QStringList{QStringLiteral("badge")});
        QVERIFY(!decision.distance);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.rights.restrictProcessing(QStringLiteral("minor"), dpo));

        // Lifted (audited): the face lane is back, the consent never having lapsed.
        f.rights.liftRestriction(QStringLiteral("minor"), dpo);
        QCOMPARE(f.services.audit.newest(1).first().action, QStringLiteral("subject.restrict_lift"));
        QVERIFY(access::checkCredential(f.services, done.badge.payload, modelId, lane).faceLane);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.rights.liftRestriction(QStringLiteral("minor"), dpo));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.rights.restrictProcessing(QStringLiteral("nobody"), dpo));
    }

    void restrictedPersonIsLeftOutOfReportsAndBulkLists()
    {
        Fixture f;
        const QDate day = f.station.clock().now().toLocalTime().date();
        for (const QString &id : {QStringLiteral("minor"), QStringLiteral("other")}) {
            access::Passage passage;
            passage.lane = QStringLiteral("Voie 1");
            passage.at = f.station.clock().now();
            passage.person = f.services.people.find(id);
            passage.decision.outcome = access::Outcome::Granted;
            passage.decision.reasons = {QStringLiteral("badge")};
            f.services.events.record(passage, QStringLiteral("agent"));
        }
        QCOMPARE(reports::buildDailyReport(f.services, day).passages, 2);

        f.rights.restrictProcessing(QStringLiteral("minor"), dpo);
        QCOMPARE(f.services.people.restrictedIds(), QStringList{QStringLiteral("minor")});
        const reports::DailyReport report = reports::buildDailyReport(f.services, day);
        QCOMPARE(report.passages, 1);
        QCOMPARE(report.perLane.at(QStringLiteral("Voie 1")), 1);
        // Kept: the passage is still recorded, and the person still listed in the registry.
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM access_events WHERE person_id = 'minor'")).toInt(), 1);
        people::PeopleFilter filter{QString(), QString(), false, day};
        QCOMPARE(f.services.people.list(filter).size(), std::size_t(2));
        filter.includeRestricted = false;
        QCOMPARE(f.services.people.list(filter).size(), std::size_t(1));
    }

    void objectionWithdrawsTheConsent()
    {
        Fixture f;
        const people::Enrolment done =
            f.services.enrolments.enrol(QStringLiteral("minor"), minorConsent(TemplateArchitecture::InDatabase), sampleTemplate(),
                                        people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        const people::ConsentWithdrawal withdrawal =
            privacy::object(f.station.database(), f.services.enrolments, QStringLiteral("minor"), dpo);
        QCOMPARE(withdrawal.consentId, done.consentId);
        QCOMPARE(withdrawal.templatesDeleted, 1);
        QVERIFY(!f.services.consents.current(QStringLiteral("minor")));
        QVERIFY(!access::checkCredential(f.services, done.badge.payload, modelId, lane).faceLane);
        QCOMPARE(f.services.audit.newest(1).first().action, QStringLiteral("consent.withdraw"));
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 privacy::object(f.station.database(), f.services.enrolments, QStringLiteral("minor"), dpo));
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 privacy::object(f.station.database(), f.services.enrolments, QStringLiteral("nobody"), dpo));
    }

    void cliVerbs()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const QString key = dir.filePath(QStringLiteral("station.key"));
        const QString password = QStringLiteral("admin-pass-2026");
        const test::CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key, QStringLiteral("--admin"),
             QStringLiteral("root"), QStringLiteral("--dpo"), QStringLiteral("chef"), QStringLiteral("--school"), QStringLiteral("Lycée")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), password}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), password}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // Said, not a crash, when the station cannot be prepared (a portiquectl of another schema).
        try {
            const storage::DatabaseKey databaseKey = storage::KeyFile::read(key);
            auto database = storage::Database::open(db, databaseKey, storage::Database::OpenMode::Existing);
            test::addPerson(*database, QStringLiteral("9100100"), QDate(2011, 3, 14));
            common::SystemClock clock;
            station::StationServices services(*database, clock);
            services.enrolments.enrol(QStringLiteral("9100100"), minorConsent(TemplateArchitecture::OnBadge), sampleTemplate(),
                                      people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        // "chef" is the DPO, "root" the station administrator: the rights are the DPO's (ManagePrivacy).
        const auto runAs = [&](const QString &login, QStringList arguments) {
            arguments << QStringLiteral("--db") << db << QStringLiteral("--key-file") << key << QStringLiteral("--user") << login;
            return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), password}});
        };
        const auto run = [&](const QStringList &arguments) { return runAs(QStringLiteral("chef"), arguments); };
        const QString subject = QStringLiteral("subject");
        const test::CliRun notTheDpo = runAs(QStringLiteral("root"), {subject, QStringLiteral("restrict"), QStringLiteral("9100100")});
        QVERIFY2(notTheDpo.exitCode == 1, qPrintable(notTheDpo.err));

        test::CliRun done = run({subject, QStringLiteral("rectify"), QStringLiteral("9100100"), QStringLiteral("--field"),
                                 QStringLiteral("first_name"), QStringLiteral("--value"), QStringLiteral("Léa"), QStringLiteral("--field"),
                                 QStringLiteral("class"), QStringLiteral("--value"), QStringLiteral("1ERE2")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.json[u"rectified"].toArray().size(), 2);
        done = run({subject, QStringLiteral("restrict"), QStringLiteral("9100100")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY(done.json[u"restricted"].toBool());
        done = run({subject, QStringLiteral("restrict"), QStringLiteral("9100100"), QStringLiteral("--lift")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY(!done.json[u"restricted"].toBool());
        done = run({subject, QStringLiteral("object"), QStringLiteral("9100100")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.json[u"badges_badge_only"].toArray().size(), 1);

        // Refusals: said in words, exit 1 (2 for a malformed command), nothing changed.
        const QList<QPair<QStringList, QString>> refused{
            {{subject, QStringLiteral("rectify"), QStringLiteral("9999999"), QStringLiteral("--field"), QStringLiteral("first_name"),
              QStringLiteral("--value"), QStringLiteral("X")},
             QStringLiteral("No person has the id 9999999")},
            {{subject, QStringLiteral("restrict"), QStringLiteral("9999999")}, QStringLiteral("No person has the id 9999999")},
            {{subject, QStringLiteral("object"), QStringLiteral("9999999")}, QStringLiteral("No person has the id 9999999")},
            {{subject, QStringLiteral("object"), QStringLiteral("9100100")}, QStringLiteral("no consent in force")},
            {{subject, QStringLiteral("restrict"), QStringLiteral("9100100"), QStringLiteral("--lift")}, QStringLiteral("not restricted")},
            {{subject, QStringLiteral("rectify"), QStringLiteral("9100100"), QStringLiteral("--field"), QStringLiteral("birth_date"),
              QStringLiteral("--value"), QStringLiteral("demain")},
             QStringLiteral("is not a date")},
        };
        for (const auto &[arguments, said] : refused) {
            const test::CliRun refusal = run(arguments);
            QVERIFY2(refusal.exitCode == 1, qPrintable(arguments.join(u' ') + u": " + refusal.err));
            QVERIFY2(refusal.err.contains(said), qPrintable(refusal.err));
        }
        const test::CliRun unpaired =
            run({subject, QStringLiteral("rectify"), QStringLiteral("9100100"), QStringLiteral("--field"), QStringLiteral("class")});
        QCOMPARE(unpaired.exitCode, 2);
        QVERIFY2(unpaired.err.contains(u"--value"), qPrintable(unpaired.err));
    }
};

QTEST_MAIN(TestSubjectRights)
#include "test_subjectrights.moc"
