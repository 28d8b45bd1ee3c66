// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "access/badgerender.h"
#include "access/qrcode.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <optional>
#include <stdexcept>

using namespace portique::access;

namespace {

// The QR "alphanumeric" set: what base45 credentials are made of.
const QString alphanumeric = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");

// The 420-character credential at level M fits version 13 (69 modules) in alphanumeric mode;
// in byte mode it needs version 16 (81). At most version 14 (73 modules): alphanumeric mode only.
constexpr int maxModulesFor420 = 73;
// What the badge promises (badgerender.h), and the printer resolution the PDF is rasterised at.
constexpr double minimumQrMm = 25.0;
constexpr int rasterDpi = 300;
// OpenCV 4.6's detector, tuned for camera frames, finds codes only in a window of module sizes:
// it misses a version 13 code (0.47 mm modules) at 300 dpi and a version 1 code (1.24 mm) at
// 600 dpi. Geometry is measured at the first of these resolutions where it finds the code.
constexpr std::array<int, 4> measurementDpis{400, 600, 300, 200};
constexpr double cardWidthMm = 85.6;
constexpr double cardHeightMm = 54.0;
constexpr double a4WidthMm = 210.0;
constexpr double a4HeightMm = 297.0;
constexpr double gutterMm = 3.0; // between cards on the A4 sheet, see badgerender.cpp
// The QR box (symbol and quiet zone): 36 mm square, 2 mm from the card's right edge.
constexpr double qrBoxLeftMm = cardWidthMm - 2.0 - 36.0;
// QPageSize keeps sizes as whole points, so the CR80 PDF page is 243 x 153 pt, not
// 242.65 x 153.07: up to half a point (2 px at 300 dpi) off the exact card.
constexpr double pageRoundingPx = 0.5 / 72 * rasterDpi + 1;

/// "PQ1:" and pseudo-random alphanumeric characters up to @p length, different for each @p seed.
QString credential(int length, unsigned seed)
{
    QString text = QStringLiteral("PQ1:");
    unsigned state = seed * 2654435761u + 12345u;
    while (text.size() < length) {
        state = state * 1103515245u + 12345u;
        text.append(alphanumeric.at(qsizetype((state >> 16) % unsigned(alphanumeric.size()))));
    }
    return text;
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

BadgeCard sampleCard(const QString &payload)
{
    BadgeCard card;
    card.schoolName = QStringLiteral("Lycée Jean Fictif — Villeneuve");
    card.familyName = QStringLiteral("Fictif");
    card.firstName = QStringLiteral("Léa");
    card.className = QStringLiteral("2NDE1");
    card.kindLabel = QStringLiteral("Élève");
    card.validFrom = QDate(2026, 9, 1);
    card.validUntil = QDate(2027, 8, 31);
    card.payload = payload;
    return card;
}

/// The error correction level written in the format information next to the top-left finder
/// (ISO/IEC 18004 7.9), read without ZXing: 0 = M, 1 = L, 2 = H, 3 = Q.
int eccBits(const QrMatrix &qr)
{
    int bits = 0;
    auto take = [&](int x, int y) { bits = (bits << 1) | (qr.dark(x, y) ? 1 : 0); };
    for (int x = 0; x < 6; ++x)
        take(x, 8);
    take(7, 8);
    take(8, 8);
    take(8, 7);
    for (int y = 5; y >= 0; --y)
        take(8, y);
    return ((bits ^ 0x5412) >> 13) & 3;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
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
    result.err = process.readAllStandardError();
    return result;
}

bool toolMissing(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

// The PDF checks use tools that share no code with ZXing: poppler renders, zbar decodes, OpenCV
// locates. Missing tools skip the test on a developer's machine and fail it in CI.
#define REQUIRE_PDF_TOOLS()                                                                                  \
    do {                                                                                                     \
        if (toolMissing("pdftoppm") || toolMissing("pdfinfo") || toolMissing("zbarimg")) {                   \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("pdftoppm/pdfinfo (poppler-utils) or zbarimg (zbar-tools) missing in CI");             \
            QSKIP("pdftoppm/pdfinfo (poppler-utils) or zbarimg (zbar-tools) not installed");                 \
        }                                                                                                    \
    } while (false)

/// Page @p page (1-based) of @p pdf as a grey PNG at @p dpi, by poppler, cropped to @p crop (pixels
/// at that resolution) when it is not null; empty on failure.
QString rasterise(const QString &pdf, int page, const QString &prefix, int dpi = rasterDpi, QRect crop = {})
{
    QStringList arguments{QStringLiteral("-r"),    QString::number(dpi),  QStringLiteral("-png"),
                          QStringLiteral("-gray"), QStringLiteral("-f"),  QString::number(page),
                          QStringLiteral("-l"),    QString::number(page), QStringLiteral("-singlefile")};
    if (!crop.isNull())
        arguments << QStringLiteral("-x") << QString::number(crop.x()) << QStringLiteral("-y")
                  << QString::number(crop.y()) << QStringLiteral("-W") << QString::number(crop.width())
                  << QStringLiteral("-H") << QString::number(crop.height());
    arguments << pdf << prefix;
    const Run r = run(QStringLiteral("pdftoppm"), arguments);
    const QString png = prefix + QStringLiteral(".png");
    return r.exitCode == 0 && QFile::exists(png) ? png : QString();
}

/// Every QR text zbar finds in @p png, sorted (zbar's order is its own).
QStringList zbar(const QString &png)
{
    const Run r = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QStringList texts = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    texts.sort();
    return texts;
}

/// "Pages:" and "Page size:" (points) from poppler's pdfinfo.
struct PdfInfo {
    int pages = 0;
    QSizeF pageSizePt;
};

PdfInfo pdfInfo(const QString &pdf)
{
    const QString text = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
    PdfInfo info;
    const auto pages =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(text);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const auto size = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption)
                          .match(text);
    if (size.hasMatch())
        info.pageSizePt = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

/// A QR symbol's four outer corners, in pixels, as OpenCV's detector (its own finder-pattern
/// search, no ZXing code) sees them. Debian's OpenCV 4.6 is built without quirc, so its
/// QRCodeDetector locates codes but cannot decode them ("Library QUIRC is not linked"): text
/// comes from zbar and ZXing, geometry from OpenCV.
struct Located {
    std::vector<cv::Point2f> corners;
    double sidePx() const
    {
        if (corners.size() != 4)
            return 0;
        double sum = 0;
        for (std::size_t i = 0; i < 4; ++i)
            sum += double(cv::norm(corners[i] - corners[(i + 1) % 4]));
        return sum / 4;
    }
    QRectF bounds() const
    {
        if (corners.empty())
            return {};
        auto [left, right] = std::minmax_element(corners.begin(), corners.end(),
                                                 [](cv::Point2f a, cv::Point2f b) { return a.x < b.x; });
        auto [top, bottom] = std::minmax_element(corners.begin(), corners.end(),
                                                 [](cv::Point2f a, cv::Point2f b) { return a.y < b.y; });
        return QRectF(QPointF(left->x, top->y), QPointF(right->x, bottom->y));
    }
};

cv::Mat greyMat(const QImage &grey)
{
    return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                   std::size_t(grey.bytesPerLine()));
}

/// The one QR code in @p image, or no corners.
Located opencvLocate(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    Located located;
    if (!cv::QRCodeDetector().detect(greyMat(grey), located.corners))
        located.corners.clear();
    return located;
}

/// A QR code located by OpenCV in @p render(dpi) at the first resolution of measurementDpis
/// where it is found, and its side in millimetres.
struct Measured {
    Located qr;
    int dpi = 0;
    QImage image;
    bool found() const { return qr.corners.size() == 4; }
    double sideMm() const { return dpi > 0 ? qr.sidePx() / dpi * 25.4 : 0; }
};

Measured measure(const std::function<QImage(int dpi)> &render)
{
    for (int dpi : measurementDpis) {
        Measured m{{}, dpi, render(dpi)};
        m.qr = opencvLocate(m.image);
        if (m.found())
            return m;
    }
    return {};
}

/// zbar's reading of @p image (written to a PNG first); nothing when zbarimg is not installed.
std::optional<QStringList> zbarImage(const QImage &image, const QString &png)
{
    if (toolMissing("zbarimg") || !image.save(png))
        return std::nullopt;
    return zbar(png);
}

/// True when every pixel between 0.5 and 3.5 modules outside the symbol is white: the quiet zone
/// is clear (nothing of the layout has crept into it).
bool quietZoneIsWhite(const QImage &image, const QRectF &symbol, int modules)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const double module = symbol.width() / modules;
    const QRect outer = symbol.adjusted(-3.5 * module, -3.5 * module, 3.5 * module, 3.5 * module).toRect();
    const QRect inner = symbol.adjusted(-0.5 * module, -0.5 * module, 0.5 * module, 0.5 * module).toRect();
    if (!grey.rect().contains(outer))
        return false;
    for (int y = outer.top(); y <= outer.bottom(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = outer.left(); x <= outer.right(); ++x)
            if (!inner.contains(x, y) && line[x] < 200)
                return false;
    }
    return true;
}

} // namespace

class TestBadgeRender final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void qrRoundTrip_data();
    void qrRoundTrip();
    void alphanumericModeIsUsed();
    void encodeRejectsTooLongOrEmpty();
    void pageCount_data();
    void pageCount();
    void cardPdfReadsBackWithIndependentReaders();
    void sheetPdfReadsBackAllCodes();
    void imageHasCardSize_data();
    void imageHasCardSize();
    void qrIsAtLeast25mm_data();
    void qrIsAtLeast25mm();
    void photoChangesTheCardButNotTheCode();
    void longNamesNeverReachTheCode();
    void unwritablePathThrows_data();
    void unwritablePathThrows();

private:
    QTemporaryDir m_dir;
};

void TestBadgeRender::qrRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << QStringLiteral("PQ1:HELLO");
    QTest::newRow("latin-1 bytes") << QStringLiteral("Léa Fictif, 2nde 1");
    QTest::newRow("utf-8 with eci") << QStringLiteral("Zoë € 日本");
    for (int length : {90, 140, 280, 420})
        QTest::newRow(qPrintable(QStringLiteral("base45 %1").arg(length)))
            << credential(length, unsigned(length));
}

void TestBadgeRender::qrRoundTrip()
{
    QFETCH(QString, text);
    const QrMatrix qr = encodeQr(text);
    QVERIFY(qr.size >= 21);
    QCOMPARE((qr.size - 17) % 4, 0);
    QCOMPARE(qr.modules.size(), std::size_t(qr.size) * std::size_t(qr.size));
    QCOMPARE(eccBits(qr), 0); // level M
    qInfo("%lld characters -> %d modules, version %d", qlonglong(text.size()), qr.size, (qr.size - 17) / 4);

    const QImage image = qrImage(qr, 4);
    QCOMPARE(image.width(), (qr.size + 8) * 4);
    QCOMPARE(decodeQr(image), QStringList{text});
}

void TestBadgeRender::alphanumericModeIsUsed()
{
    const QString upper = credential(420, 7);
    QCOMPARE(upper.size(), 420);
    const QrMatrix qr = encodeQr(upper);
    QVERIFY2(qr.size <= maxModulesFor420, qPrintable(QStringLiteral("%1 modules").arg(qr.size)));
    // The bound discriminates: the same length in byte mode (lower case) does not meet it.
    const QrMatrix bytes = encodeQr(upper.toLower());
    QVERIFY2(bytes.size > maxModulesFor420, qPrintable(QStringLiteral("%1 modules").arg(bytes.size)));
}

void TestBadgeRender::encodeRejectsTooLongOrEmpty()
{
    // Version 40-M holds 3391 alphanumeric characters.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodeQr(credential(5000, 1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodeQr(QString()));
    QCOMPARE(decodeQr(QImage()), QStringList());

    // A card whose payload cannot be encoded produces no file at all.
    const QString path = m_dir.filePath(QStringLiteral("too-long.pdf"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             writeBadgesPdf(path, {sampleCard(credential(5000, 2))}, BadgeSheet::Card));
    QVERIFY(!QFile::exists(path));
}

void TestBadgeRender::pageCount_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("pages");
    QTest::newRow("no card") << 0 << int(BadgeSheet::A4Sheet) << 0;
    QTest::newRow("3 cards") << 3 << int(BadgeSheet::Card) << 3;
    QTest::newRow("1 on A4") << 1 << int(BadgeSheet::A4Sheet) << 1;
    QTest::newRow("10 on A4") << 10 << int(BadgeSheet::A4Sheet) << 1;
    QTest::newRow("11 on A4") << 11 << int(BadgeSheet::A4Sheet) << 2;
    QTest::newRow("21 on A4") << 21 << int(BadgeSheet::A4Sheet) << 3;
}

void TestBadgeRender::pageCount()
{
    QFETCH(int, cards);
    QFETCH(int, sheet);
    QFETCH(int, pages);
    std::vector<BadgeCard> list;
    for (int i = 0; i < cards; ++i)
        list.push_back(sampleCard(credential(90, unsigned(i))));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        QCOMPARE(paintBadges(writer, list, BadgeSheet(sheet)), pages);
        QCOMPARE(writer.pageLayout().fullRect(QPageLayout::Millimeter).size().toSize(),
                 badgePageLayout(BadgeSheet(sheet)).fullRect(QPageLayout::Millimeter).size().toSize());
    }
    // The PDF holds as many page objects ("/Type /Page", not "/Type /Pages").
    const QString pdf = QString::fromLatin1(buffer.data());
    QCOMPARE(int(pdf.count(QRegularExpression(QStringLiteral("/Type /Page(?!s)")))), pages);
}

void TestBadgeRender::cardPdfReadsBackWithIndependentReaders()
{
    REQUIRE_PDF_TOOLS();
    const QString payload = credential(420, 42);
    const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
    writeBadgesPdf(pdf, {sampleCard(payload)}, BadgeSheet::Card);

    const PdfInfo info = pdfInfo(pdf);
    QCOMPARE(info.pages, 1);
    // 85.6 x 54 mm landscape, in points (rounded to whole points, see pageRoundingPx).
    QVERIFY2(std::abs(info.pageSizePt.width() - cardWidthMm / 25.4 * 72) < 0.5,
             qPrintable(QString::number(info.pageSizePt.width())));
    QVERIFY2(std::abs(info.pageSizePt.height() - cardHeightMm / 25.4 * 72) < 0.5,
             qPrintable(QString::number(info.pageSizePt.height())));

    const QString png = rasterise(pdf, 1, m_dir.filePath(QStringLiteral("card")));
    QVERIFY(!png.isEmpty());
    QCOMPARE(zbar(png), QStringList{payload});

    const QImage page(png);
    QVERIFY(!page.isNull());
    QVERIFY(std::abs(page.width() - cardWidthMm / 25.4 * rasterDpi) <= pageRoundingPx);
    QVERIFY(std::abs(page.height() - cardHeightMm / 25.4 * rasterDpi) <= pageRoundingPx);

    // ZXing (our own reader) agrees on the same raster.
    QCOMPARE(decodeQr(page), QStringList{payload});

    // The printed symbol, measured from OpenCV's corners at a known resolution.
    const Measured m = measure([&](int dpi) {
        return QImage(rasterise(pdf, 1, m_dir.filePath(QStringLiteral("card-%1dpi").arg(dpi)), dpi));
    });
    QVERIFY(m.found());
    qInfo("QR on the card PDF: %.2f mm wide (measured at %d dpi), %d modules", m.sideMm(), m.dpi,
          encodeQr(payload).size);
    QVERIFY2(m.sideMm() >= minimumQrMm, qPrintable(QStringLiteral("QR only %1 mm wide").arg(m.sideMm())));
    QVERIFY(quietZoneIsWhite(m.image, m.qr.bounds(), encodeQr(payload).size));
    // The symbol sits entirely on the right half of the card, clear of the text column.
    QVERIFY(m.qr.bounds().left() > m.image.width() / 2.0);
}

void TestBadgeRender::sheetPdfReadsBackAllCodes()
{
    REQUIRE_PDF_TOOLS();
    std::vector<BadgeCard> cards;
    QStringList payloads;
    for (int i = 0; i < 12; ++i) {
        // 90 to 420 characters: versions 4 to 13 on one sheet.
        payloads.append(credential(90 + 30 * i, unsigned(100 + i)));
        BadgeCard card = sampleCard(payloads.back());
        card.familyName = QStringLiteral("Fictif-%1").arg(i + 1);
        cards.push_back(card);
    }
    QCOMPARE(QSet<QString>(payloads.cbegin(), payloads.cend()).size(), 12);

    const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
    writeBadgesPdf(pdf, cards, BadgeSheet::A4Sheet);
    const PdfInfo info = pdfInfo(pdf);
    QCOMPARE(info.pages, 2);
    QVERIFY(std::abs(info.pageSizePt.width() - 595.276) < 1 &&
            std::abs(info.pageSizePt.height() - 841.89) < 1);

    QStringList found;
    for (int page = 1; page <= 2; ++page) {
        const QString png = rasterise(pdf, page, m_dir.filePath(QStringLiteral("sheet-%1").arg(page)));
        QVERIFY(!png.isEmpty());
        const QStringList first = page == 1 ? payloads.mid(0, 10) : payloads.mid(10);
        QStringList expected = first;
        expected.sort();
        QCOMPARE(zbar(png), expected);
        found += zbar(png);

        const QImage image(png);
        // ZXing, in reading order: row by row, left to right, as the cards were given.
        QCOMPARE(decodeQr(image), first);
        // OpenCV finds one symbol in each card's cell of the 2 x 5 grid (3 mm gutters, centred),
        // none narrower than the minimum. (Its detectMulti() misses codes on a full page.)
        const QPointF grid((a4WidthMm - 2 * cardWidthMm - gutterMm) / 2,
                           (a4HeightMm - 5 * cardHeightMm - 4 * gutterMm) / 2);
        for (int slot = 0; slot < first.size(); ++slot) {
            const QRectF cellMm(grid.x() + (slot % 2) * (cardWidthMm + gutterMm),
                                grid.y() + (slot / 2) * (cardHeightMm + gutterMm), cardWidthMm, cardHeightMm);
            const Measured m = measure([&](int dpi) {
                const double pxPerMm = dpi / 25.4;
                const QRect cell =
                    QRectF(cellMm.topLeft() * pxPerMm, cellMm.size() * pxPerMm).toAlignedRect();
                const QString name = QStringLiteral("cell-%1-%2-%3dpi").arg(page).arg(slot).arg(dpi);
                return QImage(rasterise(pdf, page, m_dir.filePath(name), dpi, cell));
            });
            QVERIFY2(m.found(), qPrintable(QStringLiteral("no QR in cell %1").arg(slot)));
            QVERIFY2(m.sideMm() >= minimumQrMm,
                     qPrintable(QStringLiteral("QR only %1 mm wide").arg(m.sideMm())));
            QVERIFY(quietZoneIsWhite(m.image, m.qr.bounds(), encodeQr(first.at(slot)).size));
        }

        if (page == 1) {
            // Centred: the cut marks reach as far out on every side, so the ink's bounding box
            // has equal margins left/right and top/bottom (2 px at 300 dpi = 0.17 mm).
            const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
            int left = grey.width(), right = -1, top = grey.height(), bottom = -1;
            for (int y = 0; y < grey.height(); ++y) {
                const uchar *line = grey.constScanLine(y);
                for (int x = 0; x < grey.width(); ++x) {
                    if (line[x] < 250) {
                        left = std::min(left, x);
                        right = std::max(right, x);
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                    }
                }
            }
            QVERIFY2(std::abs(left - (grey.width() - 1 - right)) <= 2,
                     qPrintable(QStringLiteral("left %1, right %2").arg(left).arg(grey.width() - 1 - right)));
            QVERIFY2(
                std::abs(top - (grey.height() - 1 - bottom)) <= 2,
                qPrintable(QStringLiteral("top %1, bottom %2").arg(top).arg(grey.height() - 1 - bottom)));
        }
    }
    found.sort();
    QStringList all = payloads;
    all.sort();
    QCOMPARE(found, all);
}

void TestBadgeRender::imageHasCardSize_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("150 dpi") << 150;
    QTest::newRow("300 dpi") << 300;
    QTest::newRow("600 dpi") << 600;
}

void TestBadgeRender::imageHasCardSize()
{
    QFETCH(int, dpi);
    const QString payload = credential(140, 3);
    const QImage image = renderBadgeImage(sampleCard(payload), dpi);
    QVERIFY(std::abs(image.width() - cardWidthMm / 25.4 * dpi) <= 1.0);
    QVERIFY(std::abs(image.height() - cardHeightMm / 25.4 * dpi) <= 1.0);
    // White background: the bottom-right corner (under no band, text or code) is paper.
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), QColor(Qt::white));
    QCOMPARE(decodeQr(image), QStringList{payload});

    if (const auto read = zbarImage(image, m_dir.filePath(QStringLiteral("image-%1.png").arg(dpi))))
        QCOMPARE(*read, QStringList{payload});
}

void TestBadgeRender::qrIsAtLeast25mm_data()
{
    QTest::addColumn<QString>("payload");
    // From version 1 (the largest quiet zone for the box) to a payload past any real credential.
    for (int length : {10, 90, 140, 280, 420, 1000})
        QTest::newRow(qPrintable(QStringLiteral("%1 characters").arg(length)))
            << credential(length, unsigned(length));
}

void TestBadgeRender::qrIsAtLeast25mm()
{
    QFETCH(QString, payload);
    const int modules = encodeQr(payload).size;
    for (bool photo : {false, true}) {
        BadgeCard card = sampleCard(payload);
        if (photo)
            card.photo = samplePhoto();
        const Measured m = measure([&](int dpi) { return renderBadgeImage(card, dpi); });
        QVERIFY(m.found());
        qInfo("%lld characters, %d modules: QR %.2f mm wide (measured at %d dpi)", qlonglong(payload.size()),
              modules, m.sideMm(), m.dpi);
        QVERIFY2(m.sideMm() >= minimumQrMm, qPrintable(QStringLiteral("QR only %1 mm wide").arg(m.sideMm())));
        QVERIFY(quietZoneIsWhite(m.image, m.qr.bounds(), modules));
        const QImage image = m.image;
        QCOMPARE(decodeQr(image), QStringList{payload});
    }
}

void TestBadgeRender::photoChangesTheCardButNotTheCode()
{
    const QString payload = credential(420, 5);
    BadgeCard card = sampleCard(payload);
    const QImage without = renderBadgeImage(card);
    card.photo = samplePhoto();
    const QImage with = renderBadgeImage(card);
    QCOMPARE(with.size(), without.size());
    QVERIFY(with != without);
    QCOMPARE(decodeQr(with), QStringList{payload});
    if (const auto read = zbarImage(with, m_dir.filePath(QStringLiteral("with-photo.png"))))
        QCOMPARE(*read, QStringList{payload});
    // The photo is on the left: the code's box (symbol and quiet zone) is the same pixels with
    // or without it.
    const int boxLeft = int(qrBoxLeftMm / 25.4 * 300);
    const QRect right(boxLeft, 0, with.width() - boxLeft, with.height());
    QCOMPARE(with.copy(right), without.copy(right));
}

void TestBadgeRender::longNamesNeverReachTheCode()
{
    // Whatever the names, the QR box (symbol and quiet zone) is the same pixels: a long name is
    // shrunk and elided inside its column, it never spills over the code.
    const QString payload = credential(280, 9);
    BadgeCard shortNames = sampleCard(payload);
    BadgeCard longNames = shortNames;
    longNames.familyName = QStringLiteral("de La Tour d'Auvergne-Wolkenstein-Montmorency-Laval-Beauharnais");
    longNames.firstName = QStringLiteral("Marie-Élisabeth-Clothilde-Bénédicte-Wilhelmine");
    longNames.className = QStringLiteral("TERMINALE GÉNÉRALE SPÉCIALITÉ MATHS-PHYSIQUE-CHIMIE WWWWWW");
    longNames.schoolName =
        QStringLiteral("Lycée polyvalent régional Marguerite-Yourcenar et lycée des métiers de l'hôtellerie");
    for (bool photo : {false, true}) {
        shortNames.photo = photo ? samplePhoto() : QImage();
        longNames.photo = shortNames.photo;
        const QImage a = renderBadgeImage(shortNames);
        const QImage b = renderBadgeImage(longNames);
        QVERIFY(a != b);
        // Below the band (which legitimately spans the card): the QR box, everything right of
        // it and the last millimetre of the gap before it are the same pixels.
        const int bandBottom = int(std::ceil(9.0 / 25.4 * 300)) + 1;
        const int left = int((qrBoxLeftMm - 1.0) / 25.4 * 300);
        const QRect region(left, bandBottom, a.width() - left, a.height() - bandBottom);
        QCOMPARE(a.copy(region), b.copy(region));
        QCOMPARE(decodeQr(b), QStringList{payload});
    }
}

void TestBadgeRender::unwritablePathThrows_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/badges.pdf"));
    QTest::newRow("a folder") << m_dir.path();
}

void TestBadgeRender::unwritablePathThrows()
{
    QFETCH(QString, path);
    try {
        writeBadgesPdf(path, {sampleCard(credential(90, 1))}, BadgeSheet::Card);
        QFAIL("no exception");
    } catch (const std::runtime_error &error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    }
    QVERIFY(!QFileInfo(path).isFile());
}

QTEST_MAIN(TestBadgeRender)
#include "test_badgerender.moc"
