// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Person ids at import (issue 17): an id no badge can carry is refused with its row, and a file of
// many refused rows reports each refused id exactly once.
#include "access/credential.h"
#include "parsedimport.h"
#include "people/importfile.h"

#include <QSet>
#include <QTest>

using portique::access::Credential;
using portique::people::ParsedImport;
using portique::people::parseImportData;
using portique::people::PersonRecord;
using portique::people::RowError;

using portique::test::allMessages;
using portique::test::idsOf;

namespace {

ParsedImport parseBytes(const QByteArray &data)
{
    return parseImportData(data, QStringLiteral("test.dat"));
}

// The English sentences personIdProblem() gives (the tests run untranslated).
QString tooLongMessage(int bytes)
{
    return QStringLiteral("The id is %1 bytes long (UTF-8), more than the %2 a badge can carry: this person is not "
                          "imported.")
        .arg(bytes)
        .arg(Credential::maxSubjectBytes);
}

QString namespaceMessage(const QString &id)
{
    return QStringLiteral("The id \"%1\" is not a person's id: it must be a SIECLE number (digits only) or a capital letter other "
                          "than V followed by capital letters, digits or hyphens (P-001), so that it can never be taken for a "
                          "visitor's number or a login. This person is not imported.")
        .arg(id);
}

const QString controlMessage =
    QStringLiteral("The id contains a control character (such as a tab or a line break): this person is not imported.");

// One student row of the CSV below, the id always quoted so that it may hold anything.
QByteArray csvRow(const QString &id)
{
    QString quoted = id;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return "\"" + quoted.toUtf8() + "\";DUPONT;Jean;2NDE1;01/02/2010\n";
}

const QByteArray csvHeader = QByteArrayLiteral("id;nom;prenom;classe;date_naissance\n");

// A BEE_ELEVES document: one student with a class for each id.
QByteArray studentsXml(const QList<QByteArray> &ids)
{
    QByteArray students;
    QByteArray structures;
    for (const QByteArray &id : ids) {
        students += "<ELEVE ELEVE_ID=\"" + id
                    + "\"><NOM_DE_FAMILLE>DUPONT</NOM_DE_FAMILLE><PRENOM>Jean</PRENOM>"
                      "<DATE_NAISS>01/01/2010</DATE_NAISS></ELEVE>\n";
        structures += "<STRUCTURES_ELEVE ELEVE_ID=\"" + id
                      + "\"><STRUCTURE><CODE_STRUCTURE>2NDE1</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE>"
                        "</STRUCTURE></STRUCTURES_ELEVE>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES VERSION=\"2.1\">\n<DONNEES>\n<ELEVES>\n" + students
           + "</ELEVES>\n<STRUCTURES>\n" + structures + "</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n";
}

} // namespace

class ImportIdsTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvIdMustFitABadge_data();
    void csvIdMustFitABadge();
    void siecleIdMustFitABadge();
    void manyRefusedCsvRowsReportEachIdOnce();
    void manyRefusedStudentsReportEachIdOnce();
};

void ImportIdsTest::csvIdMustFitABadge_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message"); // empty: the row is imported

    // The limit is the badge's own, in UTF-8 bytes: 64 today (docs/credentials.md).
    const int limit = Credential::maxSubjectBytes;
    QTest::newRow("64 ASCII bytes") << QString(limit, u'A') << QString();
    QTest::newRow("65 ASCII bytes") << QString(limit + 1, u'A') << tooLongMessage(limit + 1);
    // Bytes, not characters: 'é' is two bytes in UTF-8.
    // An accented letter is in no id namespace (common/subjectid.h): refused for that first.
    QTest::newRow("32 accented letters, 64 bytes") << QString(limit / 2, u'é') << namespaceMessage(QString(limit / 2, u'é'));
    QTest::newRow("33 accented letters, 66 bytes") << QString(limit / 2 + 1, u'é') << tooLongMessage(limit + 2);
    QTest::newRow("tab inside") << QStringLiteral("12\t34") << controlMessage;
    QTest::newRow("line break inside") << QStringLiteral("12\n34") << controlMessage;
    QTest::newRow("C1 control inside") << QStringLiteral("12\u008934") << controlMessage;
}

void ImportIdsTest::csvIdMustFitABadge()
{
    QFETCH(QString, id);
    QFETCH(QString, message);

    const ParsedImport parsed = parseBytes(csvHeader + csvRow(QStringLiteral("1")) + csvRow(id) + csvRow(QStringLiteral("3")));
    if (message.isEmpty()) {
        QVERIFY2(parsed.errors.empty(), qPrintable(allMessages(parsed)));
        QCOMPARE(idsOf(parsed), (QStringList{QStringLiteral("1"), id, QStringLiteral("3")}));
        QVERIFY(parsed.rejectedIds.isEmpty());
        return;
    }
    // The row is refused alone, with one error on its own line; the rows around it are imported.
    QCOMPARE(parsed.errors.size(), std::size_t(1));
    QCOMPARE(parsed.errors[0].line, 3);
    QCOMPARE(parsed.errors[0].recordId, id);
    QCOMPARE(parsed.errors[0].message, message);
    QCOMPARE(idsOf(parsed), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(parsed.rejectedIds, QStringList{id});
}

void ImportIdsTest::siecleIdMustFitABadge()
{
    const QByteArray fits(Credential::maxSubjectBytes, '7');
    const QByteArray tooLong(Credential::maxSubjectBytes + 1, '8');
    const ParsedImport parsed = parseBytes(studentsXml({fits, tooLong}));
    QCOMPARE(idsOf(parsed), QStringList{QString::fromLatin1(fits)});
    QCOMPARE(parsed.errors.size(), std::size_t(1));
    QCOMPARE(parsed.errors[0].line, 6); // the second <ELEVE
    QCOMPARE(parsed.errors[0].recordId, QString::fromLatin1(tooLong));
    QCOMPARE(parsed.errors[0].message, tooLongMessage(Credential::maxSubjectBytes + 1));
    QCOMPARE(parsed.rejectedIds, QStringList{QString::fromLatin1(tooLong)});
}

// 50,000 refused rows (issue 17 measured 60,000 taking seconds): 40,000 students without class or
// birth date (two errors each), then 10,000 rows of the wrong width repeating the first 10,000
// ids, then one good row. Each refused id is listed once, in the order first refused.
void ImportIdsTest::manyRefusedCsvRowsReportEachIdOnce()
{
    constexpr int distinct = 40000;
    constexpr int repeated = 10000;
    QByteArray csv = csvHeader;
    QStringList expected;
    for (int i = 0; i < distinct; ++i) {
        const QString id = QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0'));
        expected.append(id);
        csv += id.toLatin1() + ";NOM;Prenom;;\n";
    }
    for (int i = 0; i < repeated; ++i)
        csv += expected[i].toLatin1() + ";NOM\n";
    csv += "OK1;NOM;Prenom;2NDE1;01/02/2010\n";

    const ParsedImport parsed = parseBytes(csv);
    QCOMPARE(parsed.rejectedIds.size(), expected.size());
    QCOMPARE(parsed.rejectedIds, expected);
    QCOMPARE(idsOf(parsed), QStringList{QStringLiteral("OK1")});
    // Two for each student, one "appears 2 times" and one width error for each repeated id.
    QCOMPARE(parsed.errors.size(), std::size_t(2 * distinct + 2 * repeated));
}

// The SIECLE reader refuses an id from two places (an ambiguous class, then the student): still
// once in rejectedIds.
void ImportIdsTest::manyRefusedStudentsReportEachIdOnce()
{
    constexpr int students = 20000;
    QByteArray eleves;
    QByteArray structures;
    QSet<QString> expected;
    for (int i = 0; i < students; ++i) {
        const QByteArray id = QByteArray::number(1000000 + i);
        expected.insert(QString::fromLatin1(id));
        eleves += "<ELEVE ELEVE_ID=\"" + id
                  + "\"><NOM_DE_FAMILLE>N</NOM_DE_FAMILLE><PRENOM>P</PRENOM><DATE_NAISS>01/01/2010</DATE_NAISS>"
                    "</ELEVE>\n";
        // Odd ids: two STRUCTURES_ELEVE (ambiguous class); even ids: none (no class).
        if (i % 2 == 1) {
            for (const char *code : {"2NDE1", "2NDE2"})
                structures += "<STRUCTURES_ELEVE ELEVE_ID=\"" + id + "\"><STRUCTURE><CODE_STRUCTURE>" + code
                              + "</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>"
                                "</STRUCTURES_ELEVE>\n";
        }
    }
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES>\n<DONNEES>\n<ELEVES>\n" + eleves
                           + "</ELEVES>\n<STRUCTURES>\n" + structures + "</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n";

    const ParsedImport parsed = parseBytes(xml);
    QVERIFY(parsed.people.empty());
    QCOMPARE(parsed.rejectedIds.size(), qsizetype(students));
    QCOMPARE(QSet<QString>(parsed.rejectedIds.cbegin(), parsed.rejectedIds.cend()), expected);
    QCOMPARE(parsed.errors.size(), std::size_t(students));
}

QTEST_GUILESS_MAIN(ImportIdsTest)
#include "test_importids.moc"
