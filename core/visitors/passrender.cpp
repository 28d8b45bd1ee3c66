// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "passrender.h"

#include "access/printlayout.h"
#include "access/qrcode.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace portique::visitors {
namespace {

using access::FittedText;
using access::PrintGeometry;
using access::TextSizes;

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::visitors", text);
}

// Every length below is in millimetres.

/// One sheet's measures. Both are portrait: the header band on top, the text, the QR code at the
/// bottom where a scanner held by a seated agent finds it first.
struct PassLayout {
    QSizeF page;
    double margin;     ///< of the text; label printers print to about 1.5 mm of the edge
    double bandHeight; ///< school name and "VISITOR"
    double schoolPt;
    double titlePt;
    double escortHeight; ///< the "ESCORTED VISIT" band under the header
    double escortPt;
    double photoWidth; ///< 3:4 like an ID photo
    TextSizes name;
    TextSizes organisation;
    TextSizes body;       ///< host, date, validity
    TextSizes small;      ///< zones, visitor number
    double qrSide;        ///< the symbol, without its quiet zone
    double qrBottomInset; ///< from the quiet zone to the page's bottom edge
};

// The issue asks for a QR code of 30 mm at least. A pass's code is about 170 characters and a few
// more a zone (192 for "Hall" and "Administration": version 8, 49 modules); 32 mm on the label
// keeps such modules at 0.65 mm, read by any 2D scanner at arm's length, and leaves 15 mm of page
// on either side. On A6, 42 mm.
constexpr double minimumQrSide = 30.0;

constexpr PassLayout label62Layout{
    QSizeF(62, 100), 3.0, 13.0, 6.5, 15.0, 6.5, 10.0, 16.0, {15, 11, 8, 3}, {9, 8, 6.5, 2}, {8.5, 7.5, 6.5, 2}, {7.5, 6.5, 6, 2}, 32.0, 1.5,
};
constexpr PassLayout a6Layout{
    QSizeF(105, 148), 6.0, 20.0, 9.0, 24.0, 10.0, 16.0, 26.0, {24, 16, 11, 3}, {13, 11, 9, 2}, {12, 10, 8, 2}, {10, 9, 8, 2}, 42.0, 5.0,
};
static_assert(label62Layout.qrSide >= minimumQrSide && a6Layout.qrSide >= minimumQrSide);

// A text block too tall for the room above the code is laid out again with every size scaled
// down by this step, to this factor at the smallest (then it is clipped, never drawn over the code).
constexpr double scaleStep = 0.05;
constexpr double smallestScale = 0.6;

const QColor escortColour(0xa3, 0x1f, 0x1f); // dark red: "mind this one", still dark in grey

const PassLayout &layoutOf(PassSheet sheet)
{
    return sheet == PassSheet::A6 ? a6Layout : label62Layout;
}

TextSizes scaled(TextSizes sizes, double scale)
{
    return {sizes.max * scale, sizes.oneLine * scale, sizes.min * scale, sizes.lines};
}

/// One piece of the text column: what to draw, how, and the room after it.
struct Block {
    FittedText text;
    QColor colour;
    double gapAfter = 0; // device units
    bool besidePhoto = false;
};

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

/// The pass with its top-left corner at the painter's origin, on a page of @p pageMm.
void paintPassPage(QPainter &painter, const PrintGeometry &mm, const QSizeF &pageMm, const PassCard &card, const access::QrMatrix &qr,
                   const PassLayout &layout)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPaintDevice *device = painter.device();
    const double width = pageMm.width();
    const double inner = width - 2 * layout.margin;

    // Header band: the school on one line, "VISITOR" large under it, both centred.
    painter.fillRect(mm.rect(0, 0, width, layout.bandHeight), access::printBandColour());
    painter.setPen(Qt::white);
    QFont schoolFont = access::printFont(layout.schoolPt);
    schoolFont.setCapitalization(QFont::SmallCaps);
    const FittedText school =
        access::fitText(card.schoolName, schoolFont, mm(inner), {layout.schoolPt, layout.schoolPt - 1.5, layout.schoolPt - 1.5, 1}, device);
    QFont titleFont = access::printFont(layout.titlePt, QFont::Bold);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    const FittedText title =
        access::fitText(tr("VISITOR"), titleFont, mm(inner), {layout.titlePt, layout.titlePt * 0.6, layout.titlePt * 0.6, 1}, device);
    const double headerGap = mm(layout.bandHeight * 0.06);
    double y = (mm(layout.bandHeight) - school.height() - headerGap - title.height()) / 2;
    auto drawCentred = [&](const FittedText &fitted, double top) {
        painter.setFont(fitted.font);
        const QFontMetricsF metrics(fitted.font, device);
        for (const QString &line : fitted.lines) {
            painter.drawText(QPointF((mm(width) - metrics.horizontalAdvance(line)) / 2, top + fitted.ascent), line);
            top += fitted.lineSpacing;
        }
    };
    drawCentred(school, y);
    drawCentred(title, y + school.height() + headerGap);

    double top = layout.bandHeight;
    if (card.escort) {
        painter.fillRect(mm.rect(0, top, width, layout.escortHeight), escortColour);
        const FittedText escort = access::fitText(tr("ESCORTED VISIT"), access::printFont(layout.escortPt, QFont::Bold), mm(inner),
                                                  {layout.escortPt, layout.escortPt * 0.6, layout.escortPt * 0.6, 1}, device);
        painter.setPen(Qt::white);
        drawCentred(escort, mm(top) + (mm(layout.escortHeight) - escort.height()) / 2);
        top += layout.escortHeight;
    }
    top += layout.margin * 0.6;

    // The code at the bottom, centred, its quiet zone clear of the edge: the text ends above it.
    double textBottom = pageMm.height() - layout.margin;
    if (qr.size > 0) {
        const double quiet = layout.qrSide / qr.size * access::qrQuietZoneModules;
        const double symbolTop = pageMm.height() - layout.qrBottomInset - quiet - layout.qrSide;
        access::drawQrCode(painter, mm, qr, QRectF((width - layout.qrSide) / 2, symbolTop, layout.qrSide, layout.qrSide));
        textBottom = symbolTop - quiet;
    }

    const bool photo = !card.photo.isNull();
    const double photoHeight = layout.photoWidth * 4.0 / 3.0;
    const double photoGap = layout.margin * 0.8;
    const double besideWidth = inner - (photo ? layout.photoWidth + photoGap : 0);

    const QLocale locale;
    const QDate day = card.validFrom.toLocalTime().date();
    // Who (beside the photo when there is one), then when and where (across the whole width).
    struct Piece {
        QString text;
        TextSizes sizes;
        QFont::Weight weight;
        QColor colour;
        double gapMm;
        bool identity;
    };
    std::vector<Piece> pieces;
    pieces.push_back({card.visitorName, layout.name, QFont::Bold, access::printTextColour(), 1.0, true});
    if (!card.organisation.trimmed().isEmpty())
        pieces.push_back({card.organisation, layout.organisation, QFont::Normal, access::printSecondaryColour(), 1.2, true});
    if (!card.host.trimmed().isEmpty())
        pieces.push_back({tr("Visiting: %1").arg(card.host), layout.body, QFont::Normal, access::printTextColour(), 1.2, true});
    if (day.isValid())
        pieces.push_back({locale.toString(day, QLocale::LongFormat), layout.body, QFont::Normal, access::printTextColour(), 0.4, false});
    if (card.validFrom.isValid() && card.validUntil.isValid())
        pieces.push_back({tr("Valid from %1 to %2").arg(timeText(card.validFrom), timeText(card.validUntil)), layout.body, QFont::Bold,
                          access::printTextColour(), 1.2, false});
    if (!card.zones.isEmpty())
        pieces.push_back({tr("Zones: %1").arg(card.zones.join(QStringLiteral(", "))), layout.small, QFont::Normal,
                          access::printSecondaryColour(), 0.8, false});
    if (card.tracking)
        // Small, but whole: up to four lines rather than an elided promise.
        pieces.push_back({passTrackingSentence(),
                          {layout.small.min, layout.small.min, layout.small.min * 0.85, 4},
                          QFont::Normal,
                          access::printTextColour(),
                          0.8,
                          false});
    if (!card.visitorId.isEmpty())
        pieces.push_back({tr("Visitor %1").arg(card.visitorId), layout.small, QFont::Normal, access::printSecondaryColour(), 0, false});

    // Lay the column out at full size, then smaller until it fits above the code.
    std::vector<Block> blocks;
    const double available = mm(textBottom - top);
    const double photoBlock = photo ? mm(photoHeight + layout.margin * 0.5) : 0;
    for (double scale = 1.0; scale >= smallestScale - 1e-9; scale -= scaleStep) {
        blocks.clear();
        double identityHeight = 0;
        double restHeight = 0;
        for (const Piece &piece : pieces) {
            const bool beside = photo && piece.identity;
            Block block{access::fitText(piece.text, access::printFont(piece.sizes.max * scale, piece.weight),
                                        mm(beside ? besideWidth : inner), scaled(piece.sizes, scale), device),
                        piece.colour, mm(piece.gapMm * scale), beside};
            (piece.identity ? identityHeight : restHeight) += block.text.height() + block.gapAfter;
            blocks.push_back(block);
        }
        if (std::max(identityHeight, photoBlock) + restHeight <= available)
            break;
    }

    painter.save();
    // Never over the code's quiet zone, whatever the texts: at the smallest scale a text that still
    // does not fit is cut at the bottom of its room.
    painter.setClipRect(mm.rect(0, top, width, textBottom - top));
    if (photo)
        access::drawFramedPhoto(painter, mm, card.photo, QRectF(layout.margin, top, layout.photoWidth, photoHeight));
    double cursor = mm(top);
    bool belowPhoto = !photo;
    for (const Block &block : blocks) {
        if (!block.besidePhoto && !belowPhoto) {
            cursor = std::max(cursor, mm(top) + photoBlock);
            belowPhoto = true;
        }
        const double left = block.besidePhoto ? layout.margin + layout.photoWidth + photoGap : layout.margin;
        painter.setPen(block.colour);
        access::drawFitted(painter, block.text, QPointF(mm(left), cursor));
        cursor += block.text.height() + block.gapAfter;
    }
    painter.restore();
    painter.restore();
}

} // namespace

QString passTrackingSentence()
{
    return tr("You agreed to be located indoors during this visit; you can stop it at any time at the desk.");
}

PassCard passCard(const Visitor &visitor, const QString &payload, const QString &schoolName, const QImage &photo)
{
    PassCard card;
    card.schoolName = schoolName;
    card.visitorId = visitor.id;
    card.visitorName = visitor.name;
    card.organisation = visitor.organisation;
    card.host = visitor.host;
    card.validFrom = visitor.arrivedAt;
    card.validUntil = visitor.passValidUntil;
    card.zones = visitor.zones;
    card.escort = visitor.escort;
    card.tracking = visitor.tracking;
    card.payload = payload;
    card.photo = photo;
    return card;
}

QPageLayout passPageLayout(PassSheet sheet)
{
    if (sheet == PassSheet::A6)
        return QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    // ExactMatch: no standard size may stand in for the label. QPageSize keeps whole points, so
    // the PDF page is 176 x 283 pt (62.1 x 99.8 mm).
    const QPageSize label(label62Layout.page, QPageSize::Millimeter, QStringLiteral("Label 62 x 100 mm"), QPageSize::ExactMatch);
    return QPageLayout(label, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}

void paintPass(QPagedPaintDevice &device, const PassCard &card, PassSheet sheet)
{
    // Encoded before anything is printed: a payload no QR code holds throws with nothing on paper.
    const access::QrMatrix qr = access::encodeQr(card.payload);
    const QPageLayout layout = passPageLayout(sheet);
    if (!device.setPageLayout(layout))
        throw std::runtime_error(tr("The printer does not accept the pass's page size (%1).").arg(layout.pageSize().name()).toStdString());
    QPainter painter;
    if (!painter.begin(&device))
        throw std::runtime_error(tr("Cannot start printing the visitor's pass.").toStdString());
    paintPassPage(painter, access::PrintGeometry::of(device), layout.fullRect(QPageLayout::Millimeter).size(), card, qr, layoutOf(sheet));
    painter.end();
}

void writePassPdf(const QString &path, const PassCard &card, PassSheet sheet)
{
    access::writePdfFile(path, tr("Visitor pass"), tr("Cannot write the pass file %1: %2"),
                         [&](QPdfWriter &writer) { paintPass(writer, card, sheet); });
}

QImage renderPassImage(const PassCard &card, PassSheet sheet, int dpi)
{
    // 1200 dpi: an A6 page of 4960 x 6992 pixels, more than any preview or printer needs.
    constexpr int maximumDpi = 1200;
    const PassLayout &layout = layoutOf(sheet);
    QImage image = access::blankPrintImage(layout.page.width(), layout.page.height(), std::min(dpi, maximumDpi));
    if (image.isNull())
        return image;
    const access::QrMatrix qr = access::encodeQr(card.payload);
    QPainter painter(&image);
    paintPassPage(painter, access::PrintGeometry{std::min(dpi, maximumDpi) / 25.4}, layout.page, card, qr, layout);
    painter.end();
    return image;
}

} // namespace portique::visitors
