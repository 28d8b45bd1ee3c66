// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The subject scope's matching and SQL (issue 17): an erasure blanks the subject's name in others'
// free text as whole words only (erasing "Ted" leaves "restricted" and "Mr Tedesco" alone), and
// every value of the scope is bound, so a name holding a NUL is exported and erased like any
// other and a failing query never shows a name.
#include "peoplefixture.h"
#include "teststation.h"

#include "common/isotime.h"
#include "privacy/erasure.h"
#include "privacy/subjectexport.h"
#include "privacy/subjectscope.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QTest>

using namespace portique;

namespace {

/// A first name with a real NUL in it, as the CSV import once accepted.
const QString nulFirstName = QStringLiteral("Ab") + QChar(u'\0') + QStringLiteral("cd");
const QString nulFamilyName = QStringLiteral("ZYXWORTEL");

/// A visitor already checked out (an erasure refuses one on site), with the host and purpose given.
void addVisitor(test::TestStation &station, const QString &id, const QString &name, const QString &host, const QString &purpose)
{
    const QString now = common::isoTime(station.clock().now());
    station.database().execute(
        QStringLiteral("INSERT INTO visitors (id, name, folded_name, host, purpose, arrived_at, expected_departure, pass_serial, "
                       "pass_valid_until, registered_by, departed_at, departed_by, departure) "
                       "VALUES (?1, ?2, lower(?2), ?3, ?4, ?5, ?5, ?1 || '-pass', ?5, 'agent', ?5, 'agent', 'desk')"),
        {id, name, host, purpose, now});
}

QString textOf(storage::Database &db, const QString &sql, const QVariant &value)
{
    return db.scalar(sql, {value}).toString();
}

/// The person with the NUL in their first name, saved through the people store (bound values).
void addNulPerson(test::TestStation &station)
{
    people::Person person = test::addPerson(station.database(), QStringLiteral("N1"), QDate(2009, 3, 4));
    person.firstName = nulFirstName;
    person.familyName = nulFamilyName;
    people::PeopleStore(station.database()).save(person, station.clock().now());
}

} // namespace

class TestSubjectScope final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("inside a word") << QStringLiteral("Ted") << QStringLiteral("restricted") << false;
        QTest::newRow("start of a word") << QStringLiteral("Ted") << QStringLiteral("Mr Tedesco") << false;
        QTest::newRow("before a digit") << QStringLiteral("Ted") << QStringLiteral("Ted2") << false;
        QTest::newRow("before an accent") << QStringLiteral("Ted") << QStringLiteral("Tedé") << false;
        QTest::newRow("a word") << QStringLiteral("Ted") << QStringLiteral("ask Ted.") << true;
        QTest::newRow("case") << QStringLiteral("Ted") << QStringLiteral("badge de TED") << true;
        QTest::newRow("hyphen") << QStringLiteral("Ted") << QStringLiteral("Jean-Ted") << true;
        QTest::newRow("unicode case") << QStringLiteral("Élodie Martin") << QStringLiteral("vu élodie  MARTIN ici") << true;
        QTest::newRow("too short") << QStringLiteral("Li") << QStringLiteral("Li") << false;
    }

    void wholeWords()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(text.contains(privacy::wholeWordsPattern({name})), found);
    }

    void erasingTedLeavesOtherWordsAlone()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        addVisitor(station, QStringLiteral("V1"), QStringLiteral("Ted"), QStringLiteral("Accueil"), QString());
        addVisitor(station, QStringLiteral("V2"), QStringLiteral("Ana Lima"), QStringLiteral("Mr Tedesco"),
                   QStringLiteral("restricted area survey"));
        addVisitor(station, QStringLiteral("V3"), QStringLiteral("Bo Ek"), QStringLiteral("Mme Roy"),
                   QStringLiteral("rendez-vous avec Ted, parent"));
        const QJsonObject restricted{{QStringLiteral("key"), QStringLiteral("zones.mode")},
                                     {QStringLiteral("value"), QStringLiteral("restricted")}};
        const QString change = QStringLiteral("settings.change");
        const qint64 setting1 = station.audit().append(QStringLiteral("admin"), change, QStringLiteral("zones.mode"), restricted);
        const qint64 setting2 = station.audit().append(QStringLiteral("admin"), change, QStringLiteral("zones.lab"), restricted);
        const qint64 naming = station.audit().append(QStringLiteral("agent"), QStringLiteral("visitor.note"), QStringLiteral("V3"),
                                                     {{QStringLiteral("note"), QStringLiteral("accompagné par ted")}});

        const privacy::ErasureReport report = privacy::Erasure(db, station.clock()).erase(QStringLiteral("V1"), QStringLiteral("dpo"));
        QCOMPARE(report.notesScrubbed, 1);
        QCOMPARE(textOf(db, QStringLiteral("SELECT host FROM visitors WHERE id = ?1"), QStringLiteral("V2")), QStringLiteral("Mr Tedesco"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT purpose FROM visitors WHERE id = ?1"), QStringLiteral("V2")),
                 QStringLiteral("restricted area survey"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT purpose FROM visitors WHERE id = ?1"), QStringLiteral("V3")),
                 QStringLiteral("rendez-vous avec […], parent"));
        for (const qint64 seq : {setting1, setting2}) {
            QVERIFY(db.scalar(QStringLiteral("SELECT redacted_by IS NULL FROM audit_log WHERE seq = ?1"), {seq}).toBool());
            QVERIFY(textOf(db, QStringLiteral("SELECT details FROM audit_log WHERE seq = ?1"), seq).contains(u"restricted"));
        }
        QVERIFY(!db.scalar(QStringLiteral("SELECT redacted_by IS NULL FROM audit_log WHERE seq = ?1"), {naming}).toBool());
        QVERIFY(station.audit().verify().intact);
    }

    void aNulInANameIsExportedAndErased()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        addNulPerson(station);
        QCOMPARE(textOf(db, QStringLiteral("SELECT first_name FROM people WHERE id = ?1"), QStringLiteral("N1")), nulFirstName);
        const qint64 naming =
            station.audit().append(QStringLiteral("agent"), QStringLiteral("person.note"), QString(),
                                   {{QStringLiteral("note"), QString(QStringLiteral("vu ") + nulFirstName + u' ' + nulFamilyName)}});

        const privacy::SubjectExport exported =
            privacy::SubjectAccess(db, station.clock()).exportSubject(QStringLiteral("N1"), QStringLiteral("dpo"));
        const QJsonArray people = exported.data.value(QStringLiteral("records")).toObject().value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("first_name")).toString(), nulFirstName);
        QCOMPARE(exported.data.value(QStringLiteral("audit")).toArray().size() > 0, true);

        privacy::Erasure(db, station.clock()).erase(QStringLiteral("N1"), QStringLiteral("dpo"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 0);
        QVERIFY(!db.scalar(QStringLiteral("SELECT redacted_by IS NULL FROM audit_log WHERE seq = ?1"), {naming}).toBool());
        QVERIFY(station.audit().verify().intact);
    }

    void aFailingScopePrintsNoName()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        addNulPerson(station);
        // Any failure of the scope's queries: its message holds the SQL, which must hold no name.
        db.execute(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_moved"));
        const QList<std::function<void()>> operations{
            [&] { privacy::SubjectAccess(db, station.clock()).exportSubject(QStringLiteral("N1"), QStringLiteral("dpo")); },
            [&] { privacy::Erasure(db, station.clock()).preview(QStringLiteral("N1")); },
            [&] { privacy::Erasure(db, station.clock()).erase(QStringLiteral("N1"), QStringLiteral("dpo")); },
        };
        for (const auto &operation : operations) {
            try {
                operation();
                QFAIL("the operation should have failed without its audit table");
            } catch (const storage::StorageError &error) {
                QVERIFY2(!error.message().contains(u"Ab") && !error.message().contains(nulFamilyName), qPrintable(error.message()));
            }
        }
    }
};

QTEST_MAIN(TestSubjectScope)
#include "test_subject_scope.moc"
