// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "people/importfile.h"
#include "peoplefixture.h"
#include "station/demolanes.h"
#include "station/demopeople.h"
#include "station/stationservices.h"
#include "teststation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using people::ParsedImport;
using people::PersonRecord;

namespace {

PersonRecord record(const QString &id, const QString &className = QStringLiteral("2NDE1"), QDate leftOn = {})
{
    PersonRecord r;
    r.id = id;
    r.familyName = QStringLiteral("NOM") + id;
    r.firstName = QStringLiteral("Prénom");
    r.className = className;
    r.birthDate = QDate(2010, 1, 1);
    r.leftOn = leftOn;
    return r;
}

ParsedImport siecle(std::vector<PersonRecord> people, QStringList rejected = {})
{
    ParsedImport parsed;
    parsed.source = ParsedImport::Source::SiecleStudents;
    parsed.schoolUai = QStringLiteral("0999999Z");
    parsed.people = std::move(people);
    parsed.rejectedIds = rejected;
    return parsed;
}

int count(storage::Database &database, const QString &sql)
{
    return database.scalar(sql).toInt();
}

} // namespace

class TestPeopleRegistry : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        const QString actor = QStringLiteral("agent");
        Fixture() { station.clock().set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)); }
        people::PeopleFilter all() const { return {QString(), QString(), true, QDate(2026, 11, 27)}; }
    };

private Q_SLOTS:
    void siecleSampleImportsWithItsCountsMinorsAndLeavers()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        const ParsedImport parsed = people::parseImportFile(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        const people::ImportPreview preview = f.services.imports.preview(parsed);
        QCOMPARE(preview.added.size(), std::size_t(40));
        QVERIFY(preview.blocker.isEmpty());
        QCOMPARE(count(f.station.database(), QStringLiteral("SELECT count(*) FROM people")), 0); // a preview writes nothing

        f.services.imports.apply(parsed, f.actor);
        const QDate day(2026, 11, 27);
        const std::vector<people::Person> everyone = f.services.people.list(f.all());
        QCOMPARE(everyone.size(), std::size_t(40));
        int active = 0, minors = 0, activeMinors = 0;
        for (const people::Person &p : everyone) {
            active += p.activeOn(day);
            minors += p.minorOn(day);
            activeMinors += p.activeOn(day) && p.minorOn(day);
        }
        QCOMPARE(active, 38);
        QCOMPARE(minors, 32);
        QCOMPARE(activeMinors, 31);
        QCOMPARE(f.services.people.list({QString(), QString(), false, day}).size(), std::size_t(38));
        QCOMPARE(f.services.people.classes(), (QStringList{QStringLiteral("1G3"), QStringLiteral("2NDE1"), QStringLiteral("2NDE2"),
                                                           QStringLiteral("BTS1"), QStringLiteral("TG2")}));
        const people::Person ebauche = f.services.people.find(QStringLiteral("4101137")).value();
        QVERIFY(ebauche.minorOn(day));                 // 17 on the export date
        QVERIFY(!ebauche.minorOn(QDate(2026, 12, 1))); // 18 from 1 December
        QCOMPARE(f.services.people.find(QStringLiteral("4100471"))->familyName, QStringLiteral("RÊVERIE"));
        QCOMPARE(f.services.people.find(QStringLiteral("4100508"))->familyName, QStringLiteral("CŒURVILLE"));
        // Searching ignores accents and case.
        QCOMPARE(f.services.people.list({QString(), QStringLiteral("coeurville"), true, day}).size(), std::size_t(1));
        QCOMPARE(f.services.people.list({QString(), QStringLiteral("cœurville"), true, day}).size(), std::size_t(1));
        QCOMPARE(f.services.people.list({QString(), QStringLiteral("eloise"), true, day}).size(),
                 std::size_t(2)); // PLACEBO Eloïse, FICTION Héloïse
        QCOMPARE(f.services.settings.value(station::settings::schoolUai), QStringLiteral("0999999Z"));

        // The same file again changes nothing.
        const people::ImportPreview again = f.services.imports.preview(parsed);
        QCOMPARE(again.unchanged, 40);
        QVERIFY(again.added.empty() && again.changed.empty() && again.leaving.empty());

        // Guardians: legal representatives of current students only.
        const ParsedImport guardians = people::parseImportFile(data + QStringLiteral("/siecle/ResponsablesAvecAdresses.xml"));
        const people::ImportPreview guardianPreview = f.services.imports.apply(guardians, f.actor);
        QVERIFY(guardianPreview.guardianLinksIgnored > 0); // those of 4100545, who has left
        QCOMPARE(f.services.people.guardiansOf(QStringLiteral("4100545")).size(), std::size_t(0));
        QCOMPARE(f.services.people.guardiansOf(QStringLiteral("4100212")).size(), std::size_t(1));
        const auto chimere = f.services.people.guardiansOf(QStringLiteral("4100286"));
        QCOMPARE(chimere.size(), std::size_t(2)); // her parents, not the grandmother in contact
        QCOMPARE(count(f.station.database(), QStringLiteral("SELECT count(*) FROM guardians")), guardianPreview.guardianLinks);
        QVERIFY(f.station.audit().verify().intact);
    }

    void brokenFileImportsNothing()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        QVERIFY_THROWS_EXCEPTION(people::ImportError,
                                 people::parseImportFile(data + QStringLiteral("/siecle/ElevesSansAdresses_broken.xml")));
        QCOMPARE(count(f.station.database(), QStringLiteral("SELECT count(*) FROM people")), 0);
    }

    void reImportMarksLeaversAndRevokesTheirBadges()
    {
        Fixture f;
        f.services.imports.apply(siecle({record(QStringLiteral("1")), record(QStringLiteral("2")), record(QStringLiteral("3"))}), f.actor);
        const auto badge2 = f.services.enrolments.issueBadgeOnly(QStringLiteral("2"), f.actor);
        const auto badge3 = f.services.enrolments.issueBadgeOnly(QStringLiteral("3"), f.actor);

        // 2 is no longer in the file; 3 has a leaving date that has come; 1 changes class.
        const ParsedImport next =
            siecle({record(QStringLiteral("1"), QStringLiteral("1G3")),
                    record(QStringLiteral("3"), QStringLiteral("2NDE1"), QDate(2026, 11, 20)), record(QStringLiteral("4"))});
        const people::ImportPreview preview = f.services.imports.preview(next);
        QCOMPARE(preview.added.size(), std::size_t(1));
        QCOMPARE(preview.changed.size(), std::size_t(1));
        QCOMPARE(preview.changed.front().fields, QStringList{QStringLiteral("class")});
        QCOMPARE(preview.leaving.size(), std::size_t(2));
        f.services.imports.apply(next, f.actor);

        const QDate day(2026, 11, 27);
        QVERIFY(!f.services.people.find(QStringLiteral("2"))->activeOn(day));
        QCOMPARE(f.services.people.find(QStringLiteral("2"))->leftOn, day);
        QCOMPARE(f.services.people.find(QStringLiteral("3"))->leftOn, QDate(2026, 11, 20));
        QCOMPARE(f.services.people.find(QStringLiteral("1"))->className, QStringLiteral("1G3"));
        QCOMPARE(f.services.credentials.verify(badge2.payload).verdict, access::Verdict::Revoked);
        QCOMPARE(f.services.credentials.verify(badge3.payload).verdict, access::Verdict::Revoked);
        QCOMPARE(f.services.credentials.find(badge2.record.serial)->revokeReason, QStringLiteral("left"));
    }

    void aRejectedRecordIsNeverALeaver()
    {
        Fixture f;
        f.services.imports.apply(siecle({record(QStringLiteral("1")), record(QStringLiteral("2"))}), f.actor);
        const auto badge = f.services.enrolments.issueBadgeOnly(QStringLiteral("2"), f.actor);
        ParsedImport next = siecle({record(QStringLiteral("1"))}, {QStringLiteral("2")});
        next.errors.push_back({12, QStringLiteral("2"), QStringLiteral("impossible date")});
        const people::ImportPreview preview = f.services.imports.apply(next, f.actor);
        QVERIFY(preview.leaving.empty());
        QVERIFY(f.services.credentials.verify(badge.payload).valid());
    }

    void anotherSchoolsExportIsRefused()
    {
        Fixture f;
        f.services.imports.apply(siecle({record(QStringLiteral("1"))}), f.actor);
        ParsedImport other = siecle({record(QStringLiteral("9"))});
        other.schoolUai = QStringLiteral("0123456A");
        QVERIFY(!f.services.imports.preview(other).blocker.isEmpty());
        QVERIFY_THROWS_EXCEPTION(people::ImportError, f.services.imports.apply(other, f.actor, true));
        QVERIFY(!f.services.people.find(QStringLiteral("9")));
        QVERIFY(f.services.people.find(QStringLiteral("1"))->activeOn(QDate(2026, 11, 27)));
    }

    void aMassDepartureNeedsForce()
    {
        Fixture f;
        std::vector<PersonRecord> many;
        for (int i = 0; i < 30; ++i)
            many.push_back(record(QString::number(100 + i)));
        f.services.imports.apply(siecle(many), f.actor);
        const ParsedImport oneClass = siecle({many.begin(), many.begin() + 5});
        const people::ImportPreview preview = f.services.imports.preview(oneClass);
        QVERIFY(preview.massDeparture);
        QVERIFY_THROWS_EXCEPTION(people::ImportError, f.services.imports.apply(oneClass, f.actor));
        QCOMPARE(f.services.people.list({QString(), QString(), false, QDate(2026, 11, 27)}).size(), std::size_t(30));
        f.services.imports.apply(oneClass, f.actor, true);
        QCOMPARE(f.services.people.list({QString(), QString(), false, QDate(2026, 11, 27)}).size(), std::size_t(5));
    }

    void aCsvOfStaffNeverTouchesStudents()
    {
        Fixture f;
        f.services.imports.apply(siecle({record(QStringLiteral("1"))}), f.actor);
        ParsedImport staff;
        staff.source = ParsedImport::Source::Csv;
        PersonRecord teacher = record(QStringLiteral("P-001"), QString());
        teacher.kind = people::PersonKind::Staff;
        PersonRecord clash = record(QStringLiteral("1"), QString());
        clash.kind = people::PersonKind::Staff;
        clash.line = 3;
        staff.people = {teacher, clash};
        const people::ImportPreview preview = f.services.imports.apply(staff, f.actor);
        QCOMPARE(preview.added.size(), std::size_t(1));
        QCOMPARE(preview.parsed.errors.size(), std::size_t(1)); // id 1 belongs to a SIECLE student
        QCOMPARE(preview.parsed.errors.front().line, 3);
        QCOMPARE(f.services.people.find(QStringLiteral("1"))->kind, people::PersonKind::Student);
        QCOMPARE(f.services.people.find(QStringLiteral("P-001"))->kind, people::PersonKind::Staff);
        // A later SIECLE import does not see staff as leavers.
        QVERIFY(f.services.imports.preview(siecle({record(QStringLiteral("1"))})).leaving.empty());
    }

    void emptyImportIsRefused()
    {
        Fixture f;
        f.services.imports.apply(siecle({record(QStringLiteral("1"))}), f.actor);
        QVERIFY_THROWS_EXCEPTION(people::ImportError, f.services.imports.apply(siecle({}), f.actor, true));
        QVERIFY(f.services.people.find(QStringLiteral("1"))->activeOn(QDate(2026, 11, 27)));
    }

    void demoSchoolImportsThroughTheSameService()
    {
        Fixture f;
        const QDate day(2026, 11, 27);
        f.services.imports.apply(station::demoStudents(day), f.actor);
        const people::ImportPreview guardians = f.services.imports.apply(station::demoGuardians(day), f.actor);
        f.services.imports.apply(station::demoStaff(), f.actor);
        const auto everyone = f.services.people.list(f.all());
        QCOMPARE(everyone.size(), std::size_t(64)); // 5 classes of 12, 4 staff
        QCOMPARE(f.services.people.list({QString(), QString(), false, day}).size(), std::size_t(62));
        QVERIFY(guardians.guardianLinksIgnored > 0 && guardians.guardianLinksIgnored <= 4); // those of the 2 leavers
        for (const people::Person &p : everyone) {
            if (p.kind == people::PersonKind::Student && p.activeOn(day) && p.minorOn(day))
                QVERIFY2(!f.services.people.guardiansOf(p.id).empty(), qPrintable(p.id));
            if (p.kind == people::PersonKind::Staff)
                QVERIFY(!p.minorOn(day));
        }
        // Importing the demo again changes nothing.
        QCOMPARE(f.services.imports.preview(station::demoStudents(day)).unchanged, 60);
    }

    void demoLanesGetBadgesForThePeopleOfTheVideos()
    {
        Fixture f;
        const QDate day(2026, 11, 27);
        f.services.imports.apply(station::demoStudents(day), f.actor);
        f.services.imports.apply(station::demoGuardians(day), f.actor);
        QTemporaryDir dir;
        std::vector<station::DemoLaneFaces> lanes{{QStringLiteral("Voie 1"), 3.0, {}}};
        for (int i = 0; i < 8; ++i) {
            biometrics::Descriptor d{};
            d[std::size_t(i)] = 0.5F;
            lanes[0].faces.push_back(d);
        }
        station::writeDemoLaneFaces(dir.filePath(QStringLiteral("lanes.json")), lanes);
        QCOMPARE(station::readDemoLaneFaces(dir.filePath(QStringLiteral("lanes.json"))).front().faces.size(), std::size_t(8));
        const QByteArray model = QByteArray::fromHex("0102030405060708");
        const station::DemoWallet wallet = station::prepareDemoWallet(f.services, dir.filePath(QStringLiteral("lanes.json")),
                                                                      dir.filePath(QStringLiteral("wallet.json")), model);
        const QStringList codes = wallet.codes.value(QStringLiteral("Voie 1"));
        QCOMPARE(codes.size(), 8);
        QCOMPARE(f.services.credentials.verify(codes[0]).credential->architecture, access::TemplateArchitecture::None);
        const access::Verification faceLane = f.services.credentials.verify(codes[1]);
        QVERIFY(faceLane.valid());
        QCOMPARE(f.services.enrolments.templateFor(*faceLane.credential, model)->descriptor, lanes[0].faces[1]);
        // Someone shows a face-lane friend's badge: one who passed two places before, not the one
        // just before (3.5 s earlier, within the lane's 5-s repeat window: ignored as a repeat).
        QCOMPARE(codes[3], codes[1]);
        QCOMPARE(f.services.credentials.verify(codes[4]).verdict, access::Verdict::Revoked);
        // Prepared once: the wallet is read back, nothing is issued again.
        const int badges = f.station.database().scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt();
        QCOMPARE(station::prepareDemoWallet(f.services, dir.filePath(QStringLiteral("lanes.json")),
                                            dir.filePath(QStringLiteral("wallet.json")), model)
                     .codes.value(QStringLiteral("Voie 1")),
                 codes);
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), badges);
    }

    void ageCountsBirthdaysRight()
    {
        people::Person leap;
        leap.birthDate = QDate(2008, 2, 29);
        QCOMPARE(leap.ageOn(QDate(2026, 2, 28)).value(), 17);
        QCOMPARE(leap.ageOn(QDate(2026, 3, 1)).value(), 18);
        people::Person unknown;
        QVERIFY(unknown.minorOn(QDate(2026, 1, 1))); // a student without birth date: protected as a minor
        unknown.kind = people::PersonKind::Staff;
        QVERIFY(!unknown.minorOn(QDate(2026, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestPeopleRegistry)
#include "test_peopleregistry.moc"
