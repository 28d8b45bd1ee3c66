// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// One syntax per id namespace (issue 17, defect 5): people, visitors and logins never share an
// id. New ids are checked where they are made (import, user creation); a subject access export or
// an erasure reaches a visitor through a visitor number only, a person through a person id only,
// and never an agent's sign-in records, whatever an older database already holds.
#include "clirunner.h"
#include "parsedimport.h"
#include "peoplefixture.h"
#include "teststation.h"

#include "accounts/userstore.h"
#include "common/isotime.h"
#include "common/subjectid.h"
#include "people/importfile.h"
#include "privacy/erasure.h"
#include "privacy/subjectexport.h"
#include "privacy/subjectscope.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using common::SubjectIdKind;

Q_DECLARE_METATYPE(portique::common::SubjectIdKind)

namespace {

const QString visitorNumber = QStringLiteral("V261207-01");

QString namespaceMessage(const QString &id)
{
    return QStringLiteral("The id \"%1\" is not a person's id: it must be a SIECLE number (digits only) or a capital letter other "
                          "than V followed by capital letters, digits or hyphens (P-001), so that it can never be taken for a "
                          "visitor's number or a login. This person is not imported.")
        .arg(id);
}

/// A visitor already checked out (an erasure refuses one on site).
void addVisitor(test::TestStation &station, const QString &id, const QString &name, const QString &host = QStringLiteral("Mme Roy"))
{
    const QString now = common::isoTime(station.clock().now());
    station.database().execute(
        QStringLiteral("INSERT INTO visitors (id, name, folded_name, host, purpose, arrived_at, expected_departure, pass_serial, "
                       "pass_valid_until, registered_by, departed_at, departed_by, departure) "
                       "VALUES (?1, ?2, lower(?2), ?4, '', ?3, ?3, ?1 || '-pass', ?3, 'accueil', ?3, 'accueil', 'desk')"),
        {id, name, now, host});
}

qint64 count(storage::Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return db.scalar(sql, values).toLongLong();
}

} // namespace

class TestIdNamespaces final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindOf_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<SubjectIdKind>("kind");
        // Every id the sample exports, the demo station and the import tests use is a person's.
        for (const char *id : {"4100101", "5300001", "9100100", "1", "P-001", "P1", "P00042", "A1", "OK1", "LEFT-TODAY"})
            QTest::newRow(id) << QString::fromLatin1(id) << SubjectIdKind::Person;
        QTest::newRow("64 digits") << QString(64, u'7') << SubjectIdKind::Person;
        QTest::newRow("65 digits") << QString(65, u'7') << SubjectIdKind::Invalid;
        for (const char *id : {"V261207-01", "V261207-123", "V000000-99"})
            QTest::newRow(id) << QString::fromLatin1(id) << SubjectIdKind::Visitor;
        for (const char *id : {"accueil", "dpo", "dpo2", "vie-scolaire", "j.martin", "a_b", "chef", "p-001"})
            QTest::newRow(id) << QString::fromLatin1(id) << SubjectIdKind::Login;
        // V is the visitors' letter: V alone, or V with a wrong shape, is no one's.
        for (const char *id : {"V1", "V261207-1", "V26120-01", "V-OUT", "", "Accueil", "1abc", "a", "é1", "P 1", "P.1", "-P1", "4100101 "})
            QTest::newRow(id[0] ? id : "empty") << QString::fromUtf8(id) << SubjectIdKind::Invalid;
        QTest::newRow("33-character login") << QString(33, u'a') << SubjectIdKind::Invalid;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662") << SubjectIdKind::Invalid;
    }

    void kindOf()
    {
        QFETCH(QString, id);
        QFETCH(SubjectIdKind, kind);
        QCOMPARE(common::kindOf(id), kind);
    }

    void visitorNumbersAreMintedInTheirNamespace()
    {
        QCOMPARE(common::visitorId(QDate(2026, 12, 7), 1), visitorNumber);
        QCOMPARE(common::visitorId(QDate(2026, 12, 7), 123), QStringLiteral("V261207-123"));
        QCOMPARE(common::kindOf(common::visitorId(QDate(2099, 1, 31), 99999)), SubjectIdKind::Visitor);
    }

    void importRefusesIdsOfOtherNamespaces_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("SIECLE number") << QStringLiteral("4100101") << true;
        QTest::newRow("staff code") << QStringLiteral("P-001") << true;
        QTest::newRow("capital and digits") << QStringLiteral("A12") << true;
        QTest::newRow("a login") << QStringLiteral("accueil") << false;
        QTest::newRow("a visitor number") << visitorNumber << false;
        QTest::newRow("V prefix") << QStringLiteral("V12") << false;
        QTest::newRow("lower case") << QStringLiteral("p-001") << false;
        QTest::newRow("dot") << QStringLiteral("P.001") << false;
        QTest::newRow("accent") << QStringLiteral("É1") << false;
    }

    void importRefusesIdsOfOtherNamespaces()
    {
        QFETCH(QString, id);
        QFETCH(bool, accepted);

        const QByteArray csv =
            "id;nom;prenom;type\n1;DUPONT;Jean;personnel\n" + id.toUtf8() + ";MARTIN;Paul;personnel\n3;DURAND;Léa;personnel\n";
        const people::ParsedImport fromCsv = people::parseImportData(csv, QStringLiteral("staff.csv"));
        const QByteArray xml = "<BEE_ELEVES><DONNEES><ELEVES>\n<ELEVE ELEVE_ID=\"" + id.toUtf8()
                               + "\"><NOM_DE_FAMILLE>MARTIN</NOM_DE_FAMILLE><PRENOM>Paul</PRENOM><DATE_NAISS>01/01/2010</DATE_NAISS>"
                                 "</ELEVE>\n</ELEVES><STRUCTURES><STRUCTURES_ELEVE ELEVE_ID=\""
                               + id.toUtf8()
                               + "\"><STRUCTURE><CODE_STRUCTURE>2NDE1</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE>"
                                 "</STRUCTURE></STRUCTURES_ELEVE></STRUCTURES></DONNEES></BEE_ELEVES>\n";
        const people::ParsedImport fromSiecle = people::parseImportData(xml, QStringLiteral("ElevesSansAdresses.xml"));
        if (accepted) {
            QVERIFY2(fromCsv.errors.empty(), qPrintable(test::allMessages(fromCsv)));
            QCOMPARE(test::idsOf(fromCsv), (QStringList{QStringLiteral("1"), id, QStringLiteral("3")}));
            QVERIFY2(fromSiecle.errors.empty(), qPrintable(test::allMessages(fromSiecle)));
            QCOMPARE(test::idsOf(fromSiecle), QStringList{id});
            return;
        }
        // The row alone is refused (its id kept from being taken for a leaver), the others imported.
        QCOMPARE(test::allMessages(fromCsv), QStringLiteral("3: ") + namespaceMessage(id));
        QCOMPARE(test::idsOf(fromCsv), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(fromCsv.rejectedIds, QStringList{id});
        QCOMPARE(test::allMessages(fromSiecle), QStringLiteral("2: ") + namespaceMessage(id));
        QVERIFY(fromSiecle.people.empty());
    }

    void loginsCannotLookLikeSubjectIds_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("accepted");
        for (const char *login : {"accueil", "vie-scolaire", "dpo2", "j.martin", "cpe_2"})
            QTest::newRow(login) << QString::fromLatin1(login) << true;
        // A person's id, a visitor's number, or what the old rule allowed and either could become.
        for (const char *login : {"4100101", "V261207-01", "P-001", "Accueil", "1abc", "a", "jean martin"})
            QTest::newRow(login) << QString::fromLatin1(login) << false;
    }

    void loginsCannotLookLikeSubjectIds()
    {
        QFETCH(QString, login);
        QFETCH(bool, accepted);
        test::TestStation station;
        accounts::UserStore users(station.database(), station.audit(), station.clock());
        const auto add = [&] {
            users.add(login, QStringLiteral("Karim"), accounts::Role::Agent, QStringLiteral("agent-pass-1"), QStringLiteral("dpo"));
        };
        if (accepted) {
            add();
            QVERIFY(users.find(login));
            return;
        }
        try {
            add();
            QFAIL("the login was accepted");
        } catch (const accounts::AccountError &error) {
            QCOMPARE(error.message(),
                     QStringLiteral("The login \"%1\" is not valid: 2 to 32 lower-case letters, digits, dots, dashes or underscores, "
                                    "starting with a letter (so that it can never be taken for a person's id or a visitor's number).")
                         .arg(login));
        }
        QVERIFY(!users.find(login));
    }

    // Issue 17's reproduction: a person imported (before ids were checked) with the id
    // V261207-01 made `subject export/erase V261207-01` reach that person, not the visitor.
    void visitorNumberReachesTheVisitorOnly()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        addVisitor(station, visitorNumber, QStringLiteral("Jean Visiteur"));
        test::addPerson(db, visitorNumber, QDate(2010, 2, 1)); // what an older database may hold

        const std::optional<privacy::SubjectScope> scope = privacy::SubjectScope::resolve(db, visitorNumber);
        QVERIFY(scope);
        QCOMPARE(scope->kind(), privacy::SubjectKind::Visitor);
        const privacy::SubjectExport exported =
            privacy::SubjectAccess(db, station.clock()).exportSubject(visitorNumber, QStringLiteral("dpo"));
        QCOMPARE(exported.kind, privacy::SubjectKind::Visitor);
        QCOMPARE(exported.displayName, QStringLiteral("Jean Visiteur"));

        privacy::Erasure(db, station.clock()).erase(visitorNumber, QStringLiteral("dpo"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM visitors WHERE id = ?1"), {visitorNumber}), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {visitorNumber}), 1);
        // Erased, the visitor is gone: the number never falls through to the person.
        QVERIFY(!privacy::SubjectScope::resolve(db, visitorNumber));
    }

    // A person id reaches people only, even when a visitor row carries the same id.
    void personIdReachesThePersonOnly()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        addVisitor(station, QStringLiteral("4100101"), QStringLiteral("Jean Visiteur"));
        QVERIFY(!privacy::SubjectScope::resolve(db, QStringLiteral("4100101")));
        test::addPerson(db, QStringLiteral("4100101"), QDate(2010, 2, 1));
        QCOMPARE(privacy::SubjectScope::resolve(db, QStringLiteral("4100101"))->kind(), privacy::SubjectKind::Person);
    }

    // Issue 17's reproduction: a person with the id "accueil" (imported before ids were checked)
    // made an erasure blank the 8 `login.ok` records of the agent "accueil". The person is still
    // found and erased (an older database keeps working); the agent's records, and the word
    // "Accueil" in another visitor's host, stay.
    void erasingALegacyPersonLeavesTheLoginsRecords()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        accounts::UserStore users(db, station.audit(), station.clock());
        users.add(QStringLiteral("accueil"), QStringLiteral("Karim"), accounts::Role::Agent, QStringLiteral("agent-pass-1"),
                  QStringLiteral("system"));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status,
                     accounts::LoginResult::Status::Ok);
        test::addPerson(db, QStringLiteral("accueil"), QDate(1980, 5, 6), QString(), people::PersonSource::Csv);
        // "accueil" is also a word of others' notes: the front desk a visitor came to see.
        addVisitor(station, QStringLiteral("V261130-01"), QStringLiteral("Jean Visiteur"), QStringLiteral("Accueil, bureau 2"));
        const QString signIns = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.ok' AND object = 'accueil'");
        QCOMPARE(count(db, signIns), 8);

        const privacy::ErasureReport report =
            privacy::Erasure(db, station.clock()).erase(QStringLiteral("accueil"), QStringLiteral("system"));
        QCOMPARE(report.kind, privacy::SubjectKind::Person);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = 'accueil'")), 0);
        QCOMPARE(count(db, signIns), 8);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.add' AND object = 'accueil'")), 1);
        QCOMPARE(report.auditRecordsBlanked, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT host FROM visitors WHERE id = 'V261130-01'")).toString(),
                 QStringLiteral("Accueil, bureau 2"));
    }

    // The same two reproductions through portiquectl, as the review ran them: the CSV rows are
    // refused, so nothing named "accueil" or "V261207-01" can be erased as a person.
    void cliRefusesTheReproductions()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const QString key = dir.filePath(QStringLiteral("station.key"));
        const QString password = QStringLiteral("admin-pass-2026");
        const auto as = [&](const QString &user, const QString &userPassword, QStringList arguments) {
            arguments << QStringLiteral("--db") << db << QStringLiteral("--key-file") << key << QStringLiteral("--user") << user;
            return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), userPassword}});
        };
        const auto asAdmin = [&](const QStringList &arguments) { return as(QStringLiteral("chef"), password, arguments); };
        // Erasure and the audit trail are the DPO's (issue 15: two roles).
        const auto asDpo = [&](const QStringList &arguments) { return as(QStringLiteral("dpo"), password, arguments); };
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key,
                               QStringLiteral("--admin"), QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"),
                               QStringLiteral("--school"), QStringLiteral("Lycée Victor Hugo")},
                              {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), password}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), password}})
                     .exitCode,
                 0);
        QCOMPARE(test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"), QStringLiteral("--role"),
                               QStringLiteral("agent"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key,
                               QStringLiteral("--user"), QStringLiteral("chef")},
                              {{QStringLiteral("PORTIQUE_PASSWORD"), password},
                               {QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("agent-pass-2026")}})
                     .exitCode,
                 0);
        for (int i = 0; i < 3; ++i)
            as(QStringLiteral("accueil"), QStringLiteral("agent-pass-2026"), {QStringLiteral("visitor"), QStringLiteral("list")});

        const QString csv = dir.filePath(QStringLiteral("staff.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "id;nom;prenom;type\naccueil;ACCUEIL;Agent;personnel\nV261207-01;VISITE;Fausse;personnel\nP-001;MARTIN;Anne;personnel\n");
        file.close();
        const test::CliRun imported = asAdmin({QStringLiteral("people"), QStringLiteral("import"), csv, QStringLiteral("--apply")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray errors = imported.json[u"errors"].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].toObject()[u"message"].toString(), namespaceMessage(QStringLiteral("accueil")));
        QCOMPARE(errors[1].toObject()[u"message"].toString(), namespaceMessage(visitorNumber));
        QCOMPARE(imported.json[u"new"].toArray().size(), 1);

        for (const QString &id : {QStringLiteral("accueil"), visitorNumber}) {
            const test::CliRun erased = asDpo({QStringLiteral("subject"), QStringLiteral("erase"), id, QStringLiteral("--yes")});
            QCOMPARE(erased.exitCode, 1);
            QVERIFY2(erased.err.contains(QStringLiteral("No person or visitor has the id %1.").arg(id)), qPrintable(erased.err));
        }
        const test::CliRun trail =
            asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("login.ok")});
        int agentSignIns = 0;
        for (const QJsonValue &record : trail.json[u"records"].toArray())
            agentSignIns += record.toObject()[u"object"].toString() == u"accueil" ? 1 : 0;
        QCOMPARE(agentSignIns, 3);
    }
};

QTEST_GUILESS_MAIN(TestIdNamespaces)
#include "test_idnamespaces.moc"
