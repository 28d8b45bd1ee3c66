// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Keyboard-wedge scanner bursts told from typing by timing, with the timings real devices and
// people have: a reader at 8 ms per character, a person at 120 ms.
#include "access/scannerbindings.h"
#include "access/wedgedecoder.h"

#include <QTest>

using namespace portique::access;

namespace {

/// A badge-sized code (150 characters of the Base45 alphabet a Portique badge uses).
QString badgeCode()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    QString code = QStringLiteral("PQ1:");
    for (int i = 0; code.size() < 150; ++i)
        code += alphabet.at((i * 7 + 3) % alphabet.size());
    return code;
}

struct Typist {
    explicit Typist(WedgeDecoder &d)
        : decoder(d)
    {
    }
    WedgeDecoder &decoder;
    qint64 now = 1'000;
    QStringList codes;
    int scanningSteps = 0;

    void type(const QString &text, qint64 perCharMs)
    {
        for (QChar c : text) {
            now += perCharMs;
            scanningSteps += decoder.character(c, now).scanning ? 1 : 0;
        }
    }
    WedgeDecoder::End enter(qint64 afterMs)
    {
        now += afterMs;
        const WedgeDecoder::End end = decoder.enter(now);
        if (end.code)
            codes << *end.code;
        return end;
    }
    void pause(qint64 ms) { now += ms; }
};

} // namespace

class TestWedgeDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timingDecides_data()
    {
        QTest::addColumn<qint64>("perCharMs");
        QTest::addColumn<qint64>("enterAfterMs");
        QTest::addColumn<bool>("isCode");
        QTest::newRow("scanner, 8 ms per character") << qint64(8) << qint64(8) << true;
        QTest::newRow("slow scanner, 30 ms") << qint64(30) << qint64(30) << true;
        QTest::newRow("at the limit, 35 ms") << qint64(35) << qint64(35) << true;
        QTest::newRow("just over, 36 ms") << qint64(36) << qint64(8) << false;
        QTest::newRow("a fast typist, 70 ms") << qint64(70) << qint64(70) << false;
        QTest::newRow("a person, 120 ms") << qint64(120) << qint64(150) << false;
        QTest::newRow("scanner but Enter late") << qint64(8) << qint64(300) << false;
    }
    void timingDecides()
    {
        QFETCH(qint64, perCharMs);
        QFETCH(qint64, enterAfterMs);
        QFETCH(bool, isCode);
        WedgeDecoder decoder;
        Typist typist(decoder);
        typist.type(badgeCode(), perCharMs);
        const WedgeDecoder::End end = typist.enter(enterAfterMs);
        QCOMPARE(end.code.has_value(), isCode);
        if (isCode) {
            QCOMPARE(*end.code, badgeCode());
            QCOMPARE(end.code->size(), 150);
        }
    }

    void aPersonTypingIsNeverAScan()
    {
        WedgeDecoder decoder;
        Typist typist(decoder);
        typist.type(badgeCode(), 120);
        QCOMPARE(typist.scanningSteps, 0); // never swallowed: every key goes to the form
        const WedgeDecoder::End end = typist.enter(120);
        QVERIFY(!end.code);
        QVERIFY(!end.partOfScan); // the person's Enter goes to the form too
        QVERIFY(typist.codes.isEmpty());
    }

    void aScanIsRecognisedFromItsFourthCharacter()
    {
        WedgeDecoder decoder;
        const QList<qint64> times{1000, 1008, 1016, 1024, 1032};
        QVERIFY(decoder.character(u'P', times[0]).newBurst);
        QVERIFY(!decoder.character(u'Q', times[1]).scanning);
        QVERIFY(!decoder.character(u'1', times[2]).scanning); // a three-key roll could be a person
        QVERIFY(decoder.character(u':', times[3]).scanning);
        QVERIFY(!decoder.expired(times[3] + 35));
        QVERIFY(decoder.expired(times[3] + 36));
    }

    void shortBurstsAreNotCodes()
    {
        WedgeDecoder decoder;
        Typist typist(decoder);
        typist.type(QStringLiteral("th"), 20); // a typist's roll: fast, but two keys
        WedgeDecoder::End end = typist.enter(20);
        QVERIFY(!end.code);
        QVERIFY(!end.partOfScan);
        typist.pause(1000);
        typist.type(QStringLiteral("ABCDE"), 8); // five characters: a scan, but not a code
        end = typist.enter(8);
        QVERIFY(!end.code);
        QVERIFY(end.partOfScan);
        typist.pause(1000);
        typist.type(QStringLiteral("ABCDEF"), 8);
        QCOMPARE(typist.enter(8).code, std::optional<QString>(QStringLiteral("ABCDEF")));
    }

    void aBurstInterruptedByAPauseGivesNothing()
    {
        WedgeDecoder decoder;
        Typist typist(decoder);
        const QString code = badgeCode();
        // The reader stalls 100 ms in the middle (a USB hiccup), then sends the rest and Enter.
        typist.type(code.left(75), 8);
        typist.pause(100);
        typist.type(code.mid(75), 8);
        const WedgeDecoder::End end = typist.enter(8);
        QVERIFY(!end.code);          // neither the whole code nor its tail
        QVERIFY(end.partOfScan);     // and the tail is still the scanner's, not a person's
        QCOMPARE(typist.scanningSteps, 150 - 3);
        // The same stall, then the scanner's Enter alone: nothing either.
        typist.pause(2000);
        typist.type(code.left(75), 8);
        QVERIFY(typist.enter(100).partOfScan);
        QVERIFY(typist.codes.isEmpty());
        // Once quiet, the next scan reads normally.
        typist.pause(2000);
        typist.type(code, 8);
        typist.enter(8);
        QCOMPARE(typist.codes, QStringList{code});
    }

    void twoBurstsBackToBackGiveTwoCodes()
    {
        WedgeDecoder decoder;
        Typist typist(decoder);
        const QString first = badgeCode();
        const QString second = QStringLiteral("PQ1:") + QString(146, u'Z');
        typist.type(first, 8);
        typist.enter(8);
        typist.type(second, 8); // the next student's badge, 8 ms after the first Enter
        typist.enter(8);
        QCOMPARE(typist.codes, (QStringList{first, second}));
    }

    void tabEndsACodeAndOtherKeysBreakIt()
    {
        WedgeDecoder decoder;
        Typist typist(decoder);
        typist.type(QStringLiteral("1234567890"), 5);
        typist.now += 5;
        QCOMPARE(decoder.enter(typist.now).code, std::optional<QString>(QStringLiteral("1234567890")));
        typist.type(QStringLiteral("123"), 5);
        decoder.interrupt(); // an arrow key, a shortcut
        typist.type(QStringLiteral("4567890"), 5);
        QCOMPARE(typist.enter(5).code, std::optional<QString>(QStringLiteral("4567890")));
    }

    void scannerBindingsRoundTrip()
    {
        using namespace portique::access;
        ScannerBindings bindings = parseScannerBindings(QStringLiteral(" Honeywell 1900 = Voie 1 ;broken;=x;Zebra DS2208=Voie 2"));
        QCOMPARE(bindings.size(), 2);
        QCOMPARE(bindings.at(0).first, QStringLiteral("Honeywell 1900"));
        QCOMPARE(bindings.at(0).second, QStringLiteral("Voie 1"));
        bindings = withScannerBinding(bindings, QStringLiteral("Honeywell 1900"), QStringLiteral("Voie 3"));
        QCOMPARE(formatScannerBindings(bindings), QStringLiteral("Zebra DS2208=Voie 2;Honeywell 1900=Voie 3"));
        bindings = withScannerBinding(bindings, QStringLiteral("Zebra DS2208"), QString());
        QCOMPARE(formatScannerBindings(bindings), QStringLiteral("Honeywell 1900=Voie 3"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, withScannerBinding(bindings, QStringLiteral("a=b"), QStringLiteral("Voie 1")));
    }
};

QTEST_GUILESS_MAIN(TestWedgeDecoder)
#include "test_wedgedecoder.moc"
