// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgerender.h"

#include "printlayout.h"
#include "qrcode.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace portique::access {
namespace {

// Every length below is in millimetres; PrintGeometry turns them into device units once per device.

// ISO/IEC 7810 ID-1 ("CR80"), the size of a bank card and of what card printers take.
constexpr double cardWidth = 85.6;
constexpr double cardHeight = 54.0;
// Card printers do not print reliably closer than about 1-2 mm to the edge, and text that close
// looks cramped: 4 mm is the margin of the text column.
constexpr double margin = 4.0;
constexpr double bandHeight = 9.0;

// The QR code takes a square box of constant size at the right, symbol and 4-module quiet zone
// (ISO/IEC 18004) together: every card of a sheet has the same layout whatever its payload's
// version, and the symbol is box * n / (n + 8) for n modules: 30.2 mm for version 6 (a
// 140-character credential), 32.3 mm for version 13 (420 characters), 26.1 mm at the very least
// (version 1). 36 mm is what the card holds next to a name column of about 42 mm.
constexpr double qrBoxSide = 36.0;
// The promise of badgerender.h: 25 mm keeps a version 13 module at 0.36 mm, which phones and 2D
// scanners read at 15-20 cm.
constexpr double qrMinimumSide = 25.0;
constexpr int qrSmallestModules = 21; // version 1
static_assert(qrBoxSide * qrSmallestModules / (qrSmallestModules + 2 * qrQuietZoneModules) >= qrMinimumSide);
// The box keeps this far from the card's right and bottom edges and from the band.
constexpr double qrBoxInset = 2.0;
constexpr double qrBoxBandGap = 1.0;
static_assert(qrBoxSide <= cardHeight - bandHeight - qrBoxBandGap - qrBoxInset);
// Room between the QR box and the text column.
constexpr double columnGap = 1.5;

// Photo: 3:4 portrait like an ID photo, only when the station prints one.
constexpr double photoWidth = 17.0;
constexpr double photoHeight = photoWidth * 4.0 / 3.0;
constexpr double photoGap = 2.5;
// The text column starts this far under the band; the validity line ends this far above the
// card's bottom edge.
constexpr double columnTop = 3.5;
constexpr double validityBottom = 3.5;

// A4 sheet: 2 x 5 cards, 3 mm gutters (room for the cut marks, and a cut a little off the line
// does not eat into the next card).
constexpr int sheetColumns = 2;
constexpr int sheetRows = 5;
constexpr int cardsPerSheet = sheetColumns * sheetRows;
constexpr double gutter = 3.0;
// Cut marks stay this far from any card so a mark never prints on one.
constexpr double cutMarkClearance = 0.75;
constexpr double cutMarkOuterLength = 5.0;
constexpr double cutMarkWidth = 0.1;

// renderBadgeImage(): 1200 dpi is 4044 x 2551 pixels, plenty for any preview or card printer.
constexpr int maximumImageDpi = 1200;

const QColor cutMarkColour(0x60, 0x60, 0x60);

/// One card with its top-left corner at the painter's origin; @p qr is its payload's code (size 0
/// for an empty payload).
void paintCard(QPainter &painter, const PrintGeometry &mm, const BadgeCard &card, const QrMatrix &qr)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPaintDevice *device = painter.device();

    // School band: one line, shrunk then elided, centred on the band's height.
    painter.fillRect(mm.rect(0, 0, cardWidth, bandHeight), printBandColour());
    QFont schoolFont = printFont(8.5);
    schoolFont.setCapitalization(QFont::SmallCaps);
    schoolFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    const FittedText school =
        fitText(card.schoolName, schoolFont, mm(cardWidth - 2 * margin), {8.5, 6, 6, 1}, device);
    painter.setPen(Qt::white);
    drawFitted(painter, school, QPointF(mm(margin), (mm(bandHeight) - school.height()) / 2));

    // QR on the right, vertically centred below the band. An empty payload leaves the place
    // empty rather than printing a code that scans as nothing; the names then take the width.
    double textRight = cardWidth - margin;
    if (qr.size > 0) {
        const double module = qrBoxSide / (qr.size + 2 * qrQuietZoneModules);
        const double quiet = module * qrQuietZoneModules;
        const double boxTop =
            bandHeight + qrBoxBandGap + (cardHeight - bandHeight - qrBoxBandGap - qrBoxInset - qrBoxSide) / 2;
        const double boxLeft = cardWidth - qrBoxInset - qrBoxSide;
        drawQrCode(painter, mm, qr,
                   QRectF(boxLeft + quiet, boxTop + quiet, module * qr.size, module * qr.size));
        textRight = boxLeft - columnGap;
    }

    // Text column, right of the photo when there is one.
    double textLeft = margin;
    const double top = bandHeight + columnTop;
    if (!card.photo.isNull()) {
        drawFramedPhoto(painter, mm, card.photo, QRectF(margin, top + 0.5, photoWidth, photoHeight));
        textLeft = margin + photoWidth + photoGap;
    }

    // Names and class, stacked from the top of the column. A long family name goes down to 11 pt
    // on one line, then onto two (then three) lines down to 8 pt, and only then is its end
    // elided: the column never overflows into the quiet zone. Three lines of 11 pt, two of first
    // name and the class end at about 40 mm, above the validity line at 47 mm.
    const double width = mm(textRight - textLeft);
    double y = mm(top);
    painter.setPen(printTextColour());
    const FittedText family =
        fitText(card.familyName.toUpper(), printFont(15, QFont::Bold), width, {15, 11, 8, 3}, device);
    drawFitted(painter, family, QPointF(mm(textLeft), y));
    y += family.height() + mm(0.3);
    // The first name stays a step below the family name, however much that one had to shrink.
    const double firstPt = std::clamp(family.font.pointSizeF() - 1, 7.0, 11.0);
    const FittedText first =
        fitText(card.firstName, printFont(firstPt), width, {firstPt, std::min(9.0, firstPt), 7, 2}, device);
    drawFitted(painter, first, QPointF(mm(textLeft), y));
    y += first.height() + mm(2.0);

    const QString group =
        card.className.isEmpty()
            ? card.kindLabel
            : QCoreApplication::translate("portique::access", "Class %1").arg(card.className);
    painter.setPen(printSecondaryColour());
    // Never larger than the first name above it.
    const double groupPt = std::clamp(first.font.pointSizeF(), 6.5, 9.0);
    drawFitted(painter, fitText(group, printFont(groupPt), width, {groupPt, 6.5, 6.5, 1}, device),
               QPointF(mm(textLeft), y));

    // Validity at the bottom, across the whole column (under the photo too).
    if (card.validFrom.isValid() && card.validUntil.isValid()) {
        const QLocale french(QLocale::French);
        const QString dateFormat = QStringLiteral("dd/MM/yyyy");
        const QString validity = QCoreApplication::translate("portique::access", "Valid from %1 to %2")
                                     .arg(french.toString(card.validFrom, dateFormat),
                                          french.toString(card.validUntil, dateFormat));
        const FittedText fitted =
            fitText(validity, printFont(6.5), mm(textRight - margin), {6.5, 5.5, 5, 2}, device);
        drawFitted(painter, fitted, QPointF(mm(margin), mm(cardHeight - validityBottom) - fitted.height()));
    }
    painter.restore();
}

/// Thin cut lines in the page margins and in the gutters, along every card edge of the first
/// @p rows rows (a last sheet only half full gets no marks that invite cutting blank cards),
/// never touching a card.
void paintCutMarks(QPainter &painter, const PrintGeometry &mm, const QPointF &gridOrigin, const QSizeF &page,
                   int rows)
{
    const double gridWidth = sheetColumns * cardWidth + (sheetColumns - 1) * gutter;
    const double gridHeight = rows * cardHeight + (rows - 1) * gutter;
    std::vector<double> xs;
    std::vector<double> ys;
    for (int c = 0; c < sheetColumns; ++c) {
        xs.push_back(gridOrigin.x() + c * (cardWidth + gutter));
        xs.push_back(xs.back() + cardWidth);
    }
    for (int r = 0; r < rows; ++r) {
        ys.push_back(gridOrigin.y() + r * (cardHeight + gutter));
        ys.push_back(ys.back() + cardHeight);
    }
    // The free spans along a cut line: the outer margins and the gutters between cards.
    auto spans = [](double gridStart, double gridLength, double pageLength, int cards, double cardLength) {
        std::vector<std::pair<double, double>> result;
        result.emplace_back(std::max(0.0, gridStart - cutMarkClearance - cutMarkOuterLength),
                            gridStart - cutMarkClearance);
        for (int i = 1; i < cards; ++i) {
            const double gutterStart = gridStart + i * cardLength + (i - 1) * gutter;
            if (gutter > 2 * cutMarkClearance)
                result.emplace_back(gutterStart + cutMarkClearance, gutterStart + gutter - cutMarkClearance);
        }
        const double gridEnd = gridStart + gridLength;
        result.emplace_back(gridEnd + cutMarkClearance,
                            std::min(pageLength, gridEnd + cutMarkClearance + cutMarkOuterLength));
        return result;
    };
    const auto ySpans = spans(gridOrigin.y(), gridHeight, page.height(), rows, cardHeight);
    const auto xSpans = spans(gridOrigin.x(), gridWidth, page.width(), sheetColumns, cardWidth);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(cutMarkColour, mm(cutMarkWidth));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    for (double x : xs)
        for (const auto &[from, to] : ySpans)
            if (to > from)
                painter.drawLine(QPointF(mm(x), mm(from)), QPointF(mm(x), mm(to)));
    for (double y : ys)
        for (const auto &[from, to] : xSpans)
            if (to > from)
                painter.drawLine(QPointF(mm(from), mm(y)), QPointF(mm(to), mm(y)));
    painter.restore();
}

} // namespace

QPageLayout badgePageLayout(BadgeSheet sheet)
{
    if (sheet == BadgeSheet::A4Sheet)
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                           QPageLayout::Millimeter);
    // Defined portrait (QPageSize's convention) and turned: the PDF page is 85.6 x 54 mm
    // landscape, which is how card printers feed CR80 cards. ExactMatch: no standard size may
    // stand in for it.
    const QPageSize cr80(QSizeF(cardHeight, cardWidth), QPageSize::Millimeter, QStringLiteral("CR80"),
                         QPageSize::ExactMatch);
    return QPageLayout(cr80, QPageLayout::Landscape, QMarginsF(), QPageLayout::Millimeter);
}

int paintBadges(QPagedPaintDevice &device, const std::vector<BadgeCard> &cards, BadgeSheet sheet)
{
    if (cards.empty())
        return 0;
    // Every code is encoded before the first page: a payload too long for a QR code throws here,
    // not halfway through a print job.
    std::vector<QrMatrix> codes;
    codes.reserve(cards.size());
    for (const BadgeCard &card : cards)
        codes.push_back(card.payload.isEmpty() ? QrMatrix{} : encodeQr(card.payload));

    const QPageLayout layout = badgePageLayout(sheet);
    if (!device.setPageLayout(layout))
        throw std::runtime_error(
            QCoreApplication::translate("portique::access",
                                        "The printer does not accept the badge page size (%1).")
                .arg(layout.pageSize().name())
                .toStdString());
    QPainter painter;
    if (!painter.begin(&device))
        throw std::runtime_error(
            QCoreApplication::translate("portique::access", "Cannot start printing the badges.")
                .toStdString());

    const PrintGeometry mm = PrintGeometry::of(device);
    const QSizeF page = layout.fullRect(QPageLayout::Millimeter).size();
    int pages = 0;
    if (sheet == BadgeSheet::Card) {
        for (std::size_t i = 0; i < cards.size(); ++i) {
            if (pages > 0)
                device.newPage();
            paintCard(painter, mm, cards[i], codes[i]);
            ++pages;
        }
    } else {
        const double gridWidth = sheetColumns * cardWidth + (sheetColumns - 1) * gutter;
        const double gridHeight = sheetRows * cardHeight + (sheetRows - 1) * gutter;
        const QPointF origin((page.width() - gridWidth) / 2, (page.height() - gridHeight) / 2);
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const int slot = int(i % cardsPerSheet);
            if (slot == 0) {
                if (pages > 0)
                    device.newPage();
                const int onPage = int(std::min<std::size_t>(cardsPerSheet, cards.size() - i));
                paintCutMarks(painter, mm, origin, page, (onPage + sheetColumns - 1) / sheetColumns);
                ++pages;
            }
            const int row = slot / sheetColumns;
            const int column = slot % sheetColumns;
            painter.save();
            painter.translate(mm(origin.x() + column * (cardWidth + gutter)),
                              mm(origin.y() + row * (cardHeight + gutter)));
            paintCard(painter, mm, cards[i], codes[i]);
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

void writeBadgesPdf(const QString &path, const std::vector<BadgeCard> &cards, BadgeSheet sheet)
{
    if (cards.empty())
        throw std::invalid_argument(
            QCoreApplication::translate("portique::access", "There is no badge to write.").toStdString());
    writePdfFile(path, QCoreApplication::translate("portique::access", "Badges"),
                 QCoreApplication::translate("portique::access", "Cannot write the badge file %1: %2"),
                 [&](QPdfWriter &writer) { paintBadges(writer, cards, sheet); });
}

QImage renderBadgeImage(const BadgeCard &card, int dpi)
{
    if (dpi <= 0)
        return {};
    dpi = std::min(dpi, maximumImageDpi);
    QImage image = blankPrintImage(cardWidth, cardHeight, dpi);
    const QrMatrix qr = card.payload.isEmpty() ? QrMatrix{} : encodeQr(card.payload);
    QPainter painter(&image);
    paintCard(painter, PrintGeometry{dpi / 25.4}, card, qr);
    painter.end();
    return image;
}

} // namespace portique::access
