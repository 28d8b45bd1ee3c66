// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The one CSV writer of the product's exports (issue 17): RFC 4180 quoting, and no cell a
// spreadsheet would run as a formula.
#include "common/csvwriter.h"

#include <QTest>

using portique::common::csvCell;
using portique::common::csvDocument;

class CsvWriterTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cell_data();
    void cell();
    void recordWithFormulaNamesIsExportedAsText();
};

void CsvWriterTest::cell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain name") << QStringLiteral("Élodie Martin") << QStringLiteral("Élodie Martin");
    QTest::newRow("hyphen inside") << QStringLiteral("Marie-Claire") << QStringLiteral("Marie-Claire");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("formula with quotes") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("'+33 6 12 34 56 78");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab first") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    // A carriage return is a line break too: prefixed, then quoted.
    QTest::newRow("carriage return first") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("separator") << QStringLiteral("F-2026-017; verso") << QStringLiteral("\"F-2026-017; verso\"");
    QTest::newRow("quote") << QStringLiteral("dit \"Jo\"") << QStringLiteral("\"dit \"\"Jo\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("lone carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
}

void CsvWriterTest::cell()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(csvCell(text), expected);
}

// The consent register's case: names imported from a school's file, one of them a formula.
void CsvWriterTest::recordWithFormulaNamesIsExportedAsText()
{
    const QByteArray document = csvDocument({QStringLiteral("Person"), QStringLiteral("Class")},
                                            {{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("2NDE1")},
                                             {QStringLiteral("+Jean"), QStringLiteral("2NDE1")},
                                             {QStringLiteral("-Jean"), QStringLiteral("2NDE2")},
                                             {QStringLiteral("@Jean"), QStringLiteral("2NDE2")},
                                             {QStringLiteral("Dupont Marie"), QStringLiteral("2NDE1")}});
    QVERIFY(document.startsWith("\xEF\xBB\xBF"));
    const QString expected = QStringLiteral("Person;Class\r\n"
                                            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";2NDE1\r\n"
                                            "'+Jean;2NDE1\r\n"
                                            "'-Jean;2NDE2\r\n"
                                            "'@Jean;2NDE2\r\n"
                                            "Dupont Marie;2NDE1\r\n");
    QCOMPARE(QString::fromUtf8(document.mid(3)), expected);
    // Another delimiter is quoted instead of ';'.
    QCOMPARE(csvDocument({QStringLiteral("a,b"), QStringLiteral("c;d")}, {}, u','), QByteArray("\xEF\xBB\xBF\"a,b\",c;d\r\n"));
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "test_csvwriter.moc"
