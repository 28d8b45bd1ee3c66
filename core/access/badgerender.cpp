// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgerender.h"

#include "qrcode.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QStringList>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace portique::access {
namespace {

// Every length below is in millimetres; Geometry turns them into device units once per device.

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
constexpr int qrQuietZoneModules = 4;
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

// PDF resolution: only the size of QPdfWriter's device unit, everything being vectors. 600 dpi
// (1/600 inch = 0.04 mm) keeps any rounding to device units far below a printer's dot.
constexpr int pdfResolution = 600;
// renderBadgeImage(): 1200 dpi is 4044 x 2551 pixels, plenty for any preview or card printer.
constexpr int maximumImageDpi = 1200;

const QColor bandColour(0x1f, 0x3a, 0x5f); // dark navy: calm, prints well in grey too
const QColor textColour(0x14, 0x14, 0x14);
const QColor secondaryColour(0x40, 0x40, 0x40);
const QColor cutMarkColour(0x60, 0x60, 0x60);

/// Millimetres to device units for one device.
struct Geometry {
    double unitsPerMm = 1;
    double operator()(double mm) const { return mm * unitsPerMm; }
    QRectF rect(double x, double y, double w, double h) const
    {
        return {x * unitsPerMm, y * unitsPerMm, w * unitsPerMm, h * unitsPerMm};
    }
};

QFont badgeFont(double pointSize, QFont::Weight weight = QFont::Normal)
{
    // DejaVu Sans ships with Debian (fonts-dejavu-core) and has every French accent; the style
    // hint falls back to the system sans-serif where it is missing.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

/// How a text fits a column: a font size and the lines to draw at it.
struct Fitted {
    QFont font;
    QStringList lines;
    double ascent = 0;
    double lineSpacing = 0;
    double height() const { return lines.size() * lineSpacing; }
};

/// @p text word-wrapped at @p font's size into @p width; nothing when a line would be wider (a
/// word longer than the column) or there would be more than @p maxLines lines.
std::optional<Fitted> wrapped(const QString &text, const QFont &font, double width, int maxLines,
                              QPaintDevice *device)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    Fitted fitted{font, {}, 0, 0};
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        fitted.lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
        if (line.naturalTextWidth() > width || fitted.lines.size() > maxLines)
            break;
    }
    layout.endLayout();
    const QFontMetricsF metrics(font, device);
    for (const QString &line : std::as_const(fitted.lines))
        if (metrics.horizontalAdvance(line) > width)
            return std::nullopt;
    if (fitted.lines.size() > maxLines)
        return std::nullopt;
    fitted.ascent = metrics.ascent();
    fitted.lineSpacing = metrics.lineSpacing();
    return fitted;
}

/// Sizes for fitText(): one line from @c max down to @c oneLine points, then two lines from
/// @c oneLine down to @c min, then three..., up to @c lines lines, then @c lines lines at @c min
/// with the last one elided.
struct TextSizes {
    double max;
    double oneLine;
    double min;
    int lines;
};

/// @p text fitted into @p width: shrunk, wrapped, elided as a last resort. Never wider.
Fitted fitText(const QString &text, QFont font, double width, TextSizes sizes, QPaintDevice *device)
{
    // Half a point a step: finer steps change nothing visible and cost layout passes.
    for (double pt = sizes.max; pt >= sizes.oneLine; pt -= 0.5) {
        font.setPointSizeF(pt);
        if (auto fitted = wrapped(text, font, width, 1, device))
            return *fitted;
    }
    // Fewer lines first: two lines at a smaller size read better than three at a larger one.
    for (int lines = 2; lines <= sizes.lines; ++lines) {
        for (double pt = sizes.oneLine; pt >= sizes.min; pt -= 0.5) {
            font.setPointSizeF(pt);
            if (auto fitted = wrapped(text, font, width, lines, device))
                return *fitted;
        }
    }
    // Last resort at the smallest size: full lines (broken anywhere if a word is wider than the
    // column), the rest elided on the last one.
    font.setPointSizeF(sizes.min);
    const QFontMetricsF metrics(font, device);
    Fitted fitted{font, {}, metrics.ascent(), metrics.lineSpacing()};
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int rest = 0;
    while (fitted.lines.size() < sizes.lines - 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        fitted.lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
        rest = line.textStart() + line.textLength();
    }
    layout.endLayout();
    const QString remaining = text.mid(rest).trimmed();
    if (!remaining.isEmpty() || fitted.lines.isEmpty())
        fitted.lines.append(metrics.elidedText(remaining, Qt::ElideRight, width));
    return fitted;
}

/// Draws @p fitted with its first line's top at @p topLeft.
void drawFitted(QPainter &painter, const Fitted &fitted, QPointF topLeft)
{
    painter.setFont(fitted.font);
    for (const QString &line : fitted.lines) {
        painter.drawText(QPointF(topLeft.x(), topLeft.y() + fitted.ascent), line);
        topLeft.ry() += fitted.lineSpacing;
    }
}

void drawQr(QPainter &painter, const Geometry &mm, const QrMatrix &qr, const QRectF &symbolMm)
{
    const double module = symbolMm.width() / qr.size;
    const double quiet = module * qrQuietZoneModules;
    painter.fillRect(mm.rect(symbolMm.x() - quiet, symbolMm.y() - quiet, symbolMm.width() + 2 * quiet,
                             symbolMm.height() + 2 * quiet),
                     Qt::white);
    // One path of horizontal runs of dark modules, filled once: no seams between neighbouring
    // squares (each filled alone, anti-aliased edges would leave hairlines), few PDF operators.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < qr.size; ++y) {
        int x = 0;
        while (x < qr.size) {
            if (!qr.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < qr.size && qr.dark(x, y))
                ++x;
            path.addRect(mm.rect(symbolMm.x() + start * module, symbolMm.y() + y * module,
                                 (x - start) * module, module));
        }
    }
    painter.save();
    // Sharp module edges on raster devices (images, printers); vectors in a PDF either way.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

void drawPhoto(QPainter &painter, const Geometry &mm, const QImage &photo, const QRectF &rectMm)
{
    // Centre crop to the frame's 3:4, then scale to the device's own pixels so a PDF embeds no
    // more than it can print and a preview gets no blur from a second scaling.
    const double frameRatio = rectMm.width() / rectMm.height();
    QRectF source(photo.rect());
    if (source.width() / source.height() > frameRatio) {
        const double w = source.height() * frameRatio;
        source = QRectF(source.x() + (source.width() - w) / 2, source.y(), w, source.height());
    } else {
        const double h = source.width() / frameRatio;
        source = QRectF(source.x(), source.y() + (source.height() - h) / 2, source.width(), h);
    }
    const QRectF target = mm.rect(rectMm.x(), rectMm.y(), rectMm.width(), rectMm.height());
    const QImage scaled =
        photo.copy(source.toAlignedRect())
            .scaled(target.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    painter.drawImage(target, scaled);
    painter.save();
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.15)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    painter.restore();
}

/// One card with its top-left corner at the painter's origin; @p qr is its payload's code (size 0
/// for an empty payload).
void paintCard(QPainter &painter, const Geometry &mm, const BadgeCard &card, const QrMatrix &qr)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPaintDevice *device = painter.device();

    // School band: one line, shrunk then elided, centred on the band's height.
    painter.fillRect(mm.rect(0, 0, cardWidth, bandHeight), bandColour);
    QFont schoolFont = badgeFont(8.5);
    schoolFont.setCapitalization(QFont::SmallCaps);
    schoolFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    const Fitted school =
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
        drawQr(painter, mm, qr, QRectF(boxLeft + quiet, boxTop + quiet, module * qr.size, module * qr.size));
        textRight = boxLeft - columnGap;
    }

    // Text column, right of the photo when there is one.
    double textLeft = margin;
    const double top = bandHeight + columnTop;
    if (!card.photo.isNull()) {
        drawPhoto(painter, mm, card.photo, QRectF(margin, top + 0.5, photoWidth, photoHeight));
        textLeft = margin + photoWidth + photoGap;
    }

    // Names and class, stacked from the top of the column. A long family name goes down to 11 pt
    // on one line, then onto two (then three) lines down to 8 pt, and only then is its end
    // elided: the column never overflows into the quiet zone. Three lines of 11 pt, two of first
    // name and the class end at about 40 mm, above the validity line at 47 mm.
    const double width = mm(textRight - textLeft);
    double y = mm(top);
    painter.setPen(textColour);
    const Fitted family =
        fitText(card.familyName.toUpper(), badgeFont(15, QFont::Bold), width, {15, 11, 8, 3}, device);
    drawFitted(painter, family, QPointF(mm(textLeft), y));
    y += family.height() + mm(0.3);
    // The first name stays a step below the family name, however much that one had to shrink.
    const double firstPt = std::clamp(family.font.pointSizeF() - 1, 7.0, 11.0);
    const Fitted first =
        fitText(card.firstName, badgeFont(firstPt), width, {firstPt, std::min(9.0, firstPt), 7, 2}, device);
    drawFitted(painter, first, QPointF(mm(textLeft), y));
    y += first.height() + mm(2.0);

    const QString group =
        card.className.isEmpty()
            ? card.kindLabel
            : QCoreApplication::translate("portique::access", "Class %1").arg(card.className);
    painter.setPen(secondaryColour);
    // Never larger than the first name above it.
    const double groupPt = std::clamp(first.font.pointSizeF(), 6.5, 9.0);
    drawFitted(painter, fitText(group, badgeFont(groupPt), width, {groupPt, 6.5, 6.5, 1}, device),
               QPointF(mm(textLeft), y));

    // Validity at the bottom, across the whole column (under the photo too).
    if (card.validFrom.isValid() && card.validUntil.isValid()) {
        const QLocale french(QLocale::French);
        const QString dateFormat = QStringLiteral("dd/MM/yyyy");
        const QString validity = QCoreApplication::translate("portique::access", "Valid from %1 to %2")
                                     .arg(french.toString(card.validFrom, dateFormat),
                                          french.toString(card.validUntil, dateFormat));
        const Fitted fitted =
            fitText(validity, badgeFont(6.5), mm(textRight - margin), {6.5, 5.5, 5, 2}, device);
        drawFitted(painter, fitted, QPointF(mm(margin), mm(cardHeight - validityBottom) - fitted.height()));
    }
    painter.restore();
}

/// Thin cut lines in the page margins and in the gutters, along every card edge of the first
/// @p rows rows (a last sheet only half full gets no marks that invite cutting blank cards),
/// never touching a card.
void paintCutMarks(QPainter &painter, const Geometry &mm, const QPointF &gridOrigin, const QSizeF &page,
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

    const Geometry mm{device.logicalDpiX() / 25.4};
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
    auto failure = [&path](const QString &reason) {
        return std::runtime_error(
            QCoreApplication::translate("portique::access", "Cannot write the badge file %1: %2")
                .arg(QDir::toNativeSeparators(path), reason)
                .toStdString());
    };
    // QPdfWriter reports no I/O error of its own: the file is opened here, and a QSaveFile only
    // replaces the target once every byte is written, so a full disk leaves no half PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw failure(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setCreator(QStringLiteral("Portique"));
        writer.setTitle(QCoreApplication::translate("portique::access", "Badges"));
        paintBadges(writer, cards, sheet);
    } // the writer finishes the PDF when the painter ends; it is gone before the commit
    if (file.error() != QFileDevice::NoError)
        throw failure(file.errorString());
    if (!file.commit())
        throw failure(file.errorString());
}

QImage renderBadgeImage(const BadgeCard &card, int dpi)
{
    if (dpi <= 0)
        return {};
    dpi = std::min(dpi, maximumImageDpi);
    const QSize size(int(std::lround(cardWidth / 25.4 * dpi)), int(std::lround(cardHeight / 25.4 * dpi)));
    QImage image(size, QImage::Format_RGB32);
    // The image's own resolution makes point sizes come out at the right physical size.
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    const QrMatrix qr = card.payload.isEmpty() ? QrMatrix{} : encodeQr(card.payload);
    QPainter painter(&image);
    paintCard(painter, Geometry{dpi / 25.4}, card, qr);
    painter.end();
    return image;
}

} // namespace portique::access
