// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Printed visitor passes (62 mm label, A6) and the evacuation roll call: page sizes, QR codes read
// back by tools that share no code with ours (poppler renders, zbar decodes), verified by the
// station; forged and expired passes refused; texts that never overflow.
#include "teststation.h"

#include "station/stationservices.h"
#include "visitors/passrender.h"
#include "visitors/rollcall.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <cmath>

#include <ctime>
#include <memory>
#include <stdexcept>

using namespace portique;
using visitors::PassSheet;

namespace {

constexpr int rasterDpi = 300; // a printer's resolution, and what a scan of the pass gives
constexpr double minimumQrMm = 30.0; // the promise
// QPageSize keeps whole points (A6 is 297 x 420 pt): a page is up to 0.6 pt (0.22 mm) off its
// size in millimetres.
constexpr double pageToleranceMm = 0.3;

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    return result;
}

#define REQUIRE_PDF_TOOLS()                                                                                              \
    do {                                                                                                                 \
        for (const char *tool : {"pdftoppm", "pdfinfo", "pdftotext", "zbarimg"}) {                                       \
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {                                   \
                if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                 \
                    QFAIL("poppler-utils (pdftoppm, pdfinfo, pdftotext) or zbar-tools (zbarimg) missing in CI");          \
                QSKIP("poppler-utils or zbar-tools not installed");                                                      \
            }                                                                                                            \
        }                                                                                                                \
    } while (false)

struct PdfInfo {
    int pages = 0;
    QSizeF pageSizeMm;
};

PdfInfo pdfInfo(const QString &pdf)
{
    const QString text = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
    PdfInfo info;
    const auto pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(text);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const auto size =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"), QRegularExpression::MultilineOption).match(text);
    if (size.hasMatch())
        info.pageSizeMm = QSizeF(size.captured(1).toDouble() * 25.4 / 72, size.captured(2).toDouble() * 25.4 / 72);
    return info;
}

/// Page 1 of @p pdf rendered by poppler at @p dpi, as a grey PNG; empty on failure.
QString rasterise(const QString &pdf, const QString &prefix, int dpi = rasterDpi)
{
    const Run r = run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-gray"),
                                                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                   QStringLiteral("-singlefile"), pdf, prefix});
    const QString png = prefix + QStringLiteral(".png");
    return r.exitCode == 0 && QFile::exists(png) ? png : QString();
}

/// Every QR text zbar finds in @p png.
QStringList zbar(const QString &png)
{
    const Run r = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out);
}

/// The side in millimetres of the QR code in @p png (rendered at @p dpi), from the corners ZXing
/// locates; 0 when it finds none. zbar, another implementation, has already read the text:
/// OpenCV 4.6's finder-pattern search was tried first and misses some symbols at every
/// resolution (the pass id, hence the pattern, changes every run), which made this test flaky.
double qrSideMm(const QString &png, int dpi)
{
    const QImage grey = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    if (grey.isNull())
        return 0;
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return 0;
    const ZXing::Position &corners = result.position();
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += std::hypot(corners[i].x - corners[(i + 1) % 4].x, corners[i].y - corners[(i + 1) % 4].y);
    return sum / 4 / dpi * 25.4;
}

QImage samplePhoto()
{
    QImage photo(300, 400, QImage::Format_RGB32);
    photo.fill(QColor(0xc8, 0xa0, 0x80));
    QPainter painter(&photo);
    painter.setBrush(QColor(0x50, 0x30, 0x20));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(75, 70, 150, 190));
    return photo;
}

/// One base45 character of the signature changed (the first of a group, so the group still
/// decodes): the text is still a well-formed code whose signature no longer holds.
QString forged(const QString &payload)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    const qsizetype prefix = 4; // "PQ1:"
    const qsizetype index = prefix + (payload.size() - prefix - 12) / 3 * 3;
    QString text = payload;
    text[index] = alphabet.at((alphabet.indexOf(text.at(index)) + 1) % alphabet.size());
    return text;
}

/// A fresh station (STYLE.md: a fresh encrypted database per test) with its services.
struct Fixture {
    test::TestStation station;
    station::StationServices services{station.database(), station.clock()};

    visitors::RegisteredVisitor registerVisitor(const QString &name, bool escort = false, bool tracking = false)
    {
        visitors::VisitorDraft draft;
        draft.name = name;
        draft.organisation = QStringLiteral("Électricité Fictive SARL");
        draft.host = QStringLiteral("Mme Intendante, gestion");
        draft.purpose = QStringLiteral("Maintenance");
        draft.expectedDeparture = station.clock().now().addSecs(2 * 3600);
        draft.escort = escort;
        draft.zones = {QStringLiteral("Hall"), QStringLiteral("Administration")};
        if (tracking) {
            draft.trackingConsent = true;
            draft.face = biometrics::Descriptor{};
            draft.face->fill(0.05f);
        }
        return services.visitors.registerVisitor(draft, QByteArray(8, 'm'), QStringLiteral("accueil"));
    }
};

} // namespace

class TestPassRender final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // The station's local time is French whatever the machine's: the fake clock's 08:00 UTC is
        // 09:00 in Paris (the POSIX rule needs no tzdata), and the dates print in French.
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
    }

    void pageLayouts()
    {
        const QSizeF label = visitors::passPageLayout(PassSheet::Label62).fullRect(QPageLayout::Millimeter).size();
        QVERIFY2(qAbs(label.width() - 62) < pageToleranceMm && qAbs(label.height() - 100) < pageToleranceMm,
                 qPrintable(QStringLiteral("%1 x %2").arg(label.width()).arg(label.height())));
        const QSizeF a6 = visitors::passPageLayout(PassSheet::A6).fullRect(QPageLayout::Millimeter).size();
        QVERIFY(qAbs(a6.width() - 105) < pageToleranceMm && qAbs(a6.height() - 148) < pageToleranceMm);
        QCOMPARE(visitors::passPageLayout(PassSheet::A6).orientation(), QPageLayout::Portrait);
    }

    void passPdfDecodesAndVerifies_data()
    {
        QTest::addColumn<int>("sheet");
        QTest::addColumn<bool>("escort");
        QTest::addColumn<bool>("photo");
        QTest::addColumn<QSizeF>("pageMm");
        QTest::newRow("label") << int(PassSheet::Label62) << false << false << QSizeF(62, 100);
        QTest::newRow("label, escort, photo") << int(PassSheet::Label62) << true << true << QSizeF(62, 100);
        QTest::newRow("a6") << int(PassSheet::A6) << false << false << QSizeF(105, 148);
        QTest::newRow("a6, escort, photo") << int(PassSheet::A6) << true << true << QSizeF(105, 148);
    }

    void passPdfDecodesAndVerifies()
    {
        REQUIRE_PDF_TOOLS();
        QFETCH(int, sheet);
        QFETCH(bool, escort);
        QFETCH(bool, photo);
        QFETCH(QSizeF, pageMm);
        Fixture f;
        const visitors::RegisteredVisitor registered = f.registerVisitor(QStringLiteral("Jean-Michel Fictif"), escort);
        const visitors::PassCard card = visitors::passCard(registered.visitor, registered.passPayload, QStringLiteral("Lycée Victor Hugo"),
                                                           photo ? samplePhoto() : QImage());
        QCOMPARE(card.visitorId, registered.visitor.id);
        QCOMPARE(card.validUntil, registered.visitor.passValidUntil);

        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        const QString pdf = file(QStringLiteral("pass-%1.pdf").arg(tag));
        visitors::writePassPdf(pdf, card, PassSheet(sheet));

        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, 1);
        QVERIFY2(qAbs(info.pageSizeMm.width() - pageMm.width()) < pageToleranceMm
                     && qAbs(info.pageSizeMm.height() - pageMm.height()) < pageToleranceMm,
                 qPrintable(QStringLiteral("page %1 x %2 mm").arg(info.pageSizeMm.width()).arg(info.pageSizeMm.height())));

        const QString png = rasterise(pdf, file(QStringLiteral("pass-%1").arg(tag)));
        QVERIFY(!png.isEmpty());
        const QStringList codes = zbar(png);
        QCOMPARE(codes, QStringList{registered.passPayload});
        QVERIFY(f.services.visitors.verifyPass(codes.constFirst()).valid());

        // At least 30 mm on the page rendered at 300 dpi.
        const double side = qrSideMm(png, rasterDpi);
        qInfo("QR code: %.1f mm for %d characters", side, int(registered.passPayload.size()));
        QVERIFY2(side >= minimumQrMm - 0.5, qPrintable(QStringLiteral("QR side %1 mm").arg(side)));

        // What the agent and the staff read: the name, the French date, the window, the band.
        const QString text = pdfText(pdf).simplified(); // a name wrapped on two lines reads as one
        QVERIFY2(text.contains(QStringLiteral("Jean-Michel Fictif")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("lundi 30 novembre 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("09:00")) && text.contains(QStringLiteral("18:30")), qPrintable(text));
        QVERIFY2(text.contains(registered.visitor.id), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("ESCORTED VISIT")), escort);
    }

    void forgedAndExpiredPassesAreRefused()
    {
        REQUIRE_PDF_TOOLS();
        Fixture f;
        const visitors::RegisteredVisitor registered = f.registerVisitor(QStringLiteral("Anne Faussaire"));
        const QString fake = forged(registered.passPayload);
        QVERIFY(fake != registered.passPayload);
        // The forged text printed on a pass still reads as a QR code: the refusal is the station's.
        const QString pdf = file(QStringLiteral("forged.pdf"));
        visitors::writePassPdf(pdf, visitors::passCard(registered.visitor, fake, QStringLiteral("Lycée"), QImage()), PassSheet::Label62);
        const QStringList codes = zbar(rasterise(pdf, file(QStringLiteral("forged"))));
        QCOMPARE(codes, QStringList{fake});
        QCOMPARE(f.services.visitors.verifyPass(codes.constFirst()).verdict, access::Verdict::BadSignature);
        QCOMPARE(f.services.visitors.verifyPass(QStringLiteral("PQ1:NOT A PASS")).verdict, access::Verdict::Malformed);

        // Valid to the last minute of its window, expired after it.
        QVERIFY(f.services.visitors.verifyPass(registered.passPayload).valid());
        f.station.clock().set(registered.visitor.passValidUntil.addSecs(30));
        QVERIFY(f.services.visitors.verifyPass(registered.passPayload).valid());
        f.station.clock().set(registered.visitor.passValidUntil.addSecs(61));
        QCOMPARE(f.services.visitors.verifyPass(registered.passPayload).verdict, access::Verdict::Expired);
    }

    void longTextsNeverOverflow_data()
    {
        QTest::addColumn<int>("sheet");
        QTest::addColumn<bool>("photo");
        QTest::newRow("label") << int(PassSheet::Label62) << false;
        QTest::newRow("label, photo") << int(PassSheet::Label62) << true;
        QTest::newRow("a6") << int(PassSheet::A6) << false;
        QTest::newRow("a6, photo") << int(PassSheet::A6) << true;
    }

    void longTextsNeverOverflow()
    {
        REQUIRE_PDF_TOOLS();
        QFETCH(int, sheet);
        QFETCH(bool, photo);
        Fixture f;
        const visitors::RegisteredVisitor registered = f.registerVisitor(
            QStringLiteral("Marie-Amélie-Dorothée-Bénédicte de La Rochefoucauld-Montmorency-Laval-Châteaubriant d'Harcourt"), true);
        visitors::PassCard card = visitors::passCard(registered.visitor, registered.passPayload,
                                                     QStringLiteral("Lycée polyvalent régional Jean-Baptiste Poquelin dit Molière, "
                                                                    "section d'enseignement professionnel"),
                                                     photo ? samplePhoto() : QImage());
        card.organisation = QStringLiteral("Association départementale des parents d'élèves de l'enseignement public "
                                           "et des amis de l'école laïque réunis en assemblée");
        card.host = QStringLiteral("Monsieur le Proviseur adjoint chargé de la vie scolaire et des examens, bâtiment B");
        card.zones = {QStringLiteral("Hall"),      QStringLiteral("Administration"), QStringLiteral("Salles de classe aile nord"),
                      QStringLiteral("Gymnase"),   QStringLiteral("CDI"),            QStringLiteral("Laboratoires de sciences"),
                      QStringLiteral("Cantine"),   QStringLiteral("Infirmerie"),     QStringLiteral("Salle des professeurs")};

        const QImage image = visitors::renderPassImage(card, PassSheet(sheet), rasterDpi);
        const QSizeF pageMm = PassSheet(sheet) == PassSheet::A6 ? QSizeF(105, 148) : QSizeF(62, 100);
        QCOMPARE(image.size(), QSize(qRound(pageMm.width() / 25.4 * rasterDpi), qRound(pageMm.height() / 25.4 * rasterDpi)));
        const QString png = file(QStringLiteral("long-%1-%2.png").arg(sheet).arg(int(photo)));
        QVERIFY(image.save(png));
        QCOMPARE(zbar(png), QStringList{registered.passPayload});

        // Nothing printed in the right-hand margin strip (the last 2 mm) below the bands: every
        // text was shrunk, wrapped or elided within its column.
        const double pxPerMm = rasterDpi / 25.4;
        const int bandsBottom = qRound((PassSheet(sheet) == PassSheet::A6 ? 20.0 + 10.0 : 13.0 + 6.5) * pxPerMm) + 2;
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        int dark = 0;
        for (int y = bandsBottom; y < grey.height(); ++y) {
            const uchar *line = grey.constScanLine(y);
            for (int x = grey.width() - qRound(2 * pxPerMm); x < grey.width(); ++x)
                dark += line[x] < 160 ? 1 : 0;
        }
        QCOMPARE(dark, 0);

        // The same through a PDF: still one page, and its code still reads.
        const QString pdf = file(QStringLiteral("long-%1-%2.pdf").arg(sheet).arg(int(photo)));
        visitors::writePassPdf(pdf, card, PassSheet(sheet));
        QCOMPARE(pdfInfo(pdf).pages, 1);
        QCOMPARE(zbar(rasterise(pdf, file(QStringLiteral("long-pdf-%1-%2").arg(sheet).arg(int(photo))))), QStringList{registered.passPayload});
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves passes of both sheets (short and long
    // texts, with and without photo and escort) and a roll call page as PNG, to be looked at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save pictures of the passes and the roll call");
        QDir().mkpath(dir);
        Fixture f;
        const visitors::RegisteredVisitor shortPass = f.registerVisitor(QStringLiteral("Jean-Michel Fictif"), false);
        const visitors::RegisteredVisitor longPass = f.registerVisitor(
            QStringLiteral("Marie-Amélie-Dorothée de La Rochefoucauld-Montmorency d'Harcourt"), true);
        for (PassSheet sheet : {PassSheet::Label62, PassSheet::A6}) {
            const QString name = sheet == PassSheet::A6 ? QStringLiteral("a6") : QStringLiteral("label62");
            visitors::renderPassImage(visitors::passCard(shortPass.visitor, shortPass.passPayload, QStringLiteral("Lycée Victor Hugo"), QImage()),
                                      sheet, 200)
                .save(dir + QStringLiteral("/pass-%1.png").arg(name));
            visitors::renderPassImage(visitors::passCard(longPass.visitor, longPass.passPayload, QStringLiteral("Lycée Victor Hugo"), samplePhoto()),
                                      sheet, 200)
                .save(dir + QStringLiteral("/pass-%1-long-photo-escort.png").arg(name));
        }
        for (int i = 0; i < 25; ++i)
            f.registerVisitor(QStringLiteral("Visiteur %1 Fictif").arg(i + 1, 2, 10, QLatin1Char('0')), i % 4 == 0, i % 5 == 1);
        f.station.clock().advance(7 * 60);
        for (const visitors::Visitor &visitor : f.services.visitors.onSite())
            if (visitor.tracking)
                f.services.visitors.recordSighting(visitor.id, QStringLiteral("couloir-admin"), QStringLiteral("Administration"), 0.38);
        const QString pdf = file(QStringLiteral("rollcall-screenshot.pdf"));
        visitors::writeRollCallPdf(pdf, visitors::buildRollCall(f.services.visitors, QStringLiteral("Lycée Victor Hugo"), f.station.clock().now()));
        QFile::remove(dir + QStringLiteral("/rollcall.png"));
        rasterise(pdf, dir + QStringLiteral("/rollcall"), 100);
    }

    void writeFailures()
    {
        Fixture f;
        const visitors::RegisteredVisitor registered = f.registerVisitor(QStringLiteral("Paul Fictif"));
        const visitors::PassCard card = visitors::passCard(registered.visitor, registered.passPayload, QStringLiteral("Lycée"), QImage());
        const QString missing = file(QStringLiteral("no/such/folder/pass.pdf"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, visitors::writePassPdf(missing, card, PassSheet::A6));
        QVERIFY(!QFile::exists(missing));
        visitors::PassCard tooLong = card;
        tooLong.payload = QString(5000, QLatin1Char('A'));
        const QString unwritten = file(QStringLiteral("too-long.pdf"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, visitors::writePassPdf(unwritten, tooLong, PassSheet::Label62));
        QVERIFY(!QFile::exists(unwritten));
        QVERIFY(visitors::renderPassImage(card, PassSheet::A6, 0).isNull());
    }

    void rollCall_data()
    {
        QTest::addColumn<int>("visitors");
        QTest::addColumn<int>("pages");
        QTest::newRow("nobody") << 0 << 1;
        QTest::newRow("one page full") << 20 << 1;
        QTest::newRow("forty") << 40 << 2;
    }

    void rollCall()
    {
        REQUIRE_PDF_TOOLS();
        QFETCH(int, visitors);
        QFETCH(int, pages);
        Fixture f;
        for (int i = 0; i < visitors; ++i)
            f.registerVisitor(QStringLiteral("Visiteur %1 Fictif").arg(i + 1, 2, 10, QLatin1Char('0')), i % 3 == 0, i == 1);
        // The second one was followed and seen in the hall five minutes later.
        if (visitors > 1) {
            f.station.clock().advance(5 * 60);
            QVERIFY(f.services.visitors.recordSighting(f.services.visitors.onSite().at(1).id, QStringLiteral("couloir-1"), QStringLiteral("Hall"), 0.41));
        }
        // One of them already gone: not on the roll call.
        if (visitors > 0) {
            f.registerVisitor(QStringLiteral("Parti Avant"));
            f.services.visitors.checkOut(f.services.visitors.onSite().back().id, visitors::Departure::Desk, QStringLiteral("accueil"));
        }
        f.station.clock().set(QDateTime(QDate(2026, 11, 30), QTime(8, 12), Qt::UTC)); // 09:12 in Paris
        const visitors::RollCall call =
            visitors::buildRollCall(f.services.visitors, QStringLiteral("Lycée Victor Hugo"), f.station.clock().now());
        QCOMPARE(int(call.entries.size()), visitors);
        if (visitors > 1)
            QVERIFY(call.entries.front().visitor.name < call.entries.back().visitor.name);
        QCOMPARE(visitors::rollCallPageCount(visitors), pages);

        const QString pdf = file(QStringLiteral("rollcall-%1.pdf").arg(visitors));
        visitors::writeRollCallPdf(pdf, call);
        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, pages);
        QVERIFY(qAbs(info.pageSizeMm.width() - 210) < 0.5 && qAbs(info.pageSizeMm.height() - 297) < 0.5);
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("lundi 30 novembre 2026 · 09:12")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lycée Victor Hugo")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1/%2").arg(pages).arg(pages)), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("Parti Avant")), false);
        if (visitors > 1) {
            QVERIFY2(text.contains(QStringLiteral("Hall")) && text.contains(QStringLiteral("at 09:05 (couloir-1)")), qPrintable(text));
            QCOMPARE(call.entries.at(1).lastSeen->zone, QStringLiteral("Hall"));
            QVERIFY(text.contains(QStringLiteral("Not tracked")));
        }
        for (int i = 0; i < visitors; ++i)
            QVERIFY2(text.contains(QStringLiteral("Visiteur %1 Fictif").arg(i + 1, 2, 10, QLatin1Char('0'))), qPrintable(text));
        if (visitors == 0)
            QVERIFY2(text.contains(QStringLiteral("Nobody is on site.")), qPrintable(text));
    }
};

QTEST_MAIN(TestPassRender)
#include "test_passrender.moc"
