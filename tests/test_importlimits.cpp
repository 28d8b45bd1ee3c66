// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// What an import file may not make the station hold (issue 17): a SIECLE file whose entities
// expand a 200 KB file into a 240-million-character first name (defect 8), any field longer than
// a SIECLE export ever writes, and names carrying control characters (defect 6).
#include "parsedimport.h"
#include "people/importfile.h"
#include "teststation.h"

#include <QTest>

using portique::people::ImportError;
using portique::people::ParsedImport;
using portique::people::parseImportData;
using portique::people::parseImportFile;

using portique::test::allMessages;
using portique::test::errorIdsOf;
using portique::test::errorLinesOf;
using portique::test::idsOf;

namespace {

ParsedImport parseBytes(const QByteArray &data)
{
    return parseImportData(data, QStringLiteral("test.xml"));
}

// The message of the ImportError @p work throws; fails the test when it throws none.
template <typename Work> QString importErrorOf(Work work)
{
    try {
        work();
    } catch (const ImportError &error) {
        return error.message();
    }
    QTest::qFail("expected an ImportError", __FILE__, __LINE__);
    return {};
}

// A BEE_ELEVES document with @p prolog between the XML declaration and the root (line 2 on), and
// one student whose first name is @p firstName and id @p id; each element on its own line so
// that a message's line can be checked.
QByteArray studentsXml(const QByteArray &prolog, const QByteArray &firstName, const QByteArray &id = "4100101",
                       const QByteArray &familyName = "FICTIF")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + "<BEE_ELEVES VERSION=\"2.1\">\n<DONNEES>\n<ELEVES>\n<ELEVE ELEVE_ID=\""
           + id + "\">\n<NOM_DE_FAMILLE>" + familyName + "</NOM_DE_FAMILLE>\n<PRENOM>" + firstName
           + "</PRENOM>\n<DATE_NAISS>14/03/2011</DATE_NAISS>\n</ELEVE>\n</ELEVES>\n<STRUCTURES>\n<STRUCTURES_ELEVE ELEVE_ID=\"" + id
           + "\"><STRUCTURE><CODE_STRUCTURE>2NDE1</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>"
             "</STRUCTURES_ELEVE>\n</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n";
}

QString dtdMessage(int line)
{
    return QStringLiteral("test.xml, line %1: the file declares a document type (<!DOCTYPE>). A SIECLE export never does, and "
                          "the entities a document type declares can make a small file expand beyond any memory; nothing was "
                          "imported.")
        .arg(line);
}

QString tooLongMessage(int line, const QString &field, int length)
{
    return QStringLiteral("test.xml, line %1: %2 is %3 characters long, more than the 100 any field of a SIECLE export holds; "
                          "nothing was imported.")
        .arg(line)
        .arg(field)
        .arg(length);
}

const QByteArray csvHeader = QByteArrayLiteral("id;nom;prenom;classe;date_naissance\n");

} // namespace

class TestImportLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entityExpansionRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");

        // Issue 17's reproduction: one entity just under Qt's limit on a single expansion (4,096
        // characters), referenced 60,000 times: 184 KB that expanded into a 240-million-character
        // PRENOM (2.2 GB of memory, 8.5 s, and an import that succeeded).
        const QByteArray quadratic = "<!DOCTYPE BEE_ELEVES [\n<!ENTITY a \"" + QByteArray(4000, 'A') + "\">\n]>\n";
        QByteArray references;
        for (int i = 0; i < 60000; ++i)
            references += "&a;";
        QTest::newRow("quadratic blow-up") << studentsXml(quadratic, references) << 2;

        // The classic nested form, ten times ten times... ("billion laughs").
        QByteArray laughs = "<!DOCTYPE BEE_ELEVES [\n<!ENTITY l0 \"ha\">\n";
        for (int level = 1; level <= 9; ++level) {
            laughs += "<!ENTITY l" + QByteArray::number(level) + " \"";
            for (int i = 0; i < 10; ++i)
                laughs += "&l" + QByteArray::number(level - 1) + ";";
            laughs += "\">\n";
        }
        laughs += "]>\n";
        QTest::newRow("billion laughs") << studentsXml(laughs, "&l9;") << 2;
        QTest::newRow("entity in an id") << studentsXml("<!DOCTYPE BEE_ELEVES [<!ENTITY n \"4100101\">]>\n", "Léa", "&n;") << 2;
        // No entity at all: a SIECLE export has no document type, so none is read.
        QTest::newRow("document type alone") << studentsXml("<!-- export -->\n<!DOCTYPE BEE_ELEVES>\n", "Léa") << 3;
    }

    void entityExpansionRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        QCOMPARE(importErrorOf([&] { parseBytes(xml); }), dtdMessage(line));
    }

    void tooLongFieldRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message"); // empty: imported

        QTest::newRow("first name of 100") << studentsXml({}, QByteArray(100, 'a')) << QString();
        QTest::newRow("first name of 101") << studentsXml({}, QByteArray(101, 'a')) << tooLongMessage(7, QStringLiteral("PRENOM"), 101);
        QTest::newRow("first name of a million")
            << studentsXml({}, QByteArray(1000000, 'a')) << tooLongMessage(7, QStringLiteral("PRENOM"), 1000000);
        QTest::newRow("family name") << studentsXml({}, "Léa", "4100101", QByteArray(300, 'N'))
                                     << tooLongMessage(6, QStringLiteral("NOM_DE_FAMILLE"), 300);
        // Characters, not bytes: 100 accented letters are 200 bytes of UTF-8 and still fit.
        QTest::newRow("accented first name of 100") << studentsXml({}, QString(100, u'é').toUtf8()) << QString();
        QTest::newRow("id attribute") << studentsXml({}, "Léa", QByteArray(150, '7')) << tooLongMessage(5, QStringLiteral("ELEVE_ID"), 150);
    }

    void tooLongFieldRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        if (message.isEmpty()) {
            const ParsedImport parsed = parseBytes(xml);
            QVERIFY2(parsed.errors.empty(), qPrintable(allMessages(parsed)));
            QCOMPARE(idsOf(parsed), QStringList{QStringLiteral("4100101")});
            return;
        }
        QCOMPARE(importErrorOf([&] { parseBytes(xml); }), message);
    }

    // The limits leave every real export alone: the 40 students of the reference sample (and the
    // guardians' file, with its addresses skipped unread) are imported as before.
    void realExportsStillImported()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        const ParsedImport students = parseImportFile(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        QCOMPARE(students.people.size(), std::size_t(40));
        QVERIFY2(students.errors.empty(), qPrintable(allMessages(students)));
        const ParsedImport guardians = parseImportFile(data + QStringLiteral("/siecle/ResponsablesAvecAdresses.xml"));
        QVERIFY(!guardians.guardians.empty());
        QVERIFY2(guardians.errors.empty(), qPrintable(allMessages(guardians)));
    }

    void csvControlCharactersRefused_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message"); // empty: imported

        const auto message = [](const char *field, const char *code) {
            return QStringLiteral("%1 contains a control character (U+%2, such as a NUL, a bell, an escape or a line break), which no "
                                  "name may hold: this person is not imported.")
                .arg(QLatin1String(field), QLatin1String(code));
        };
        // Issue 17 defect 6: a NUL cut the SQL of every later export and erasure of this person.
        QTest::newRow("NUL in first name") << QByteArray("2;MARTIN;Ab\0cd;2NDE1;01/02/2010\n", 32) << message("prenom", "0000");
        QTest::newRow("ESC in family name") << QByteArray("2;MAR\x1B[31mTIN;Paul;2NDE1;01/02/2010\n") << message("nom", "001B");
        QTest::newRow("BEL in first name") << QByteArray("2;MARTIN;Paul\x07;2NDE1;01/02/2010\n") << message("prenom", "0007");
        QTest::newRow("quoted line break") << QByteArray("2;MARTIN;\"Paul\nJr\";2NDE1;01/02/2010\n") << message("prenom", "000A");
        QTest::newRow("control in class") << QByteArray("2;MARTIN;Paul;2NDE\x01;01/02/2010\n") << message("classe", "0001");
        QTest::newRow("tab inside a name") << QByteArray("2;MARTIN;\"Paul\tAndré\";2NDE1;01/02/2010\n") << QString();
    }

    void csvControlCharactersRefused()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        const QByteArray good = "1;DUPONT;Jean;2NDE1;01/02/2010\n";
        const QByteArray after = "3;DURAND;Léa;2NDE1;01/02/2010\n";
        const ParsedImport parsed = parseImportData(csvHeader + good + row + after, QStringLiteral("test.csv"));
        if (message.isEmpty()) {
            QVERIFY2(parsed.errors.empty(), qPrintable(allMessages(parsed)));
            QCOMPARE(idsOf(parsed), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
            return;
        }
        // The row alone is refused, on its own line, and the rows around it are imported.
        QCOMPARE(allMessages(parsed), QStringLiteral("3: ") + message);
        QCOMPARE(errorIdsOf(parsed), QStringList{QStringLiteral("2")});
        QCOMPARE(idsOf(parsed), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(parsed.rejectedIds, QStringList{QStringLiteral("2")});
        // The row after a refused quoted line break still has its true line.
        if (row.contains(QByteArrayLiteral("\nJr")))
            QCOMPARE(parsed.people[1].line, 5);
    }

    // The same rule for SIECLE names (an XML character reference is the only way to write one).
    void siecleControlCharacterRefused()
    {
        const ParsedImport parsed = parseBytes(studentsXml({}, "L&#xA;a"));
        QCOMPARE(errorLinesOf(parsed), QList<int>{5});
        QVERIFY2(parsed.errors[0].message.startsWith(QStringLiteral("PRENOM contains a control character (U+000A")),
                 qPrintable(parsed.errors[0].message));
        QVERIFY(parsed.people.empty());
        QCOMPARE(parsed.rejectedIds, QStringList{QStringLiteral("4100101")});
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "test_importlimits.moc"
