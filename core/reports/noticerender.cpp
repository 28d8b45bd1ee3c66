// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "noticerender.h"

#include "access/printlayout.h"
#include "common/privatefiles.h"
#include "reportcanvas.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace portique::reports {
namespace {

using privacy::Notice;
using privacy::NoticeBlock;
using privacy::NoticeKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::reports", text);
}

/// The PDF's resolution: the one access::writePdfFile uses, so notices print like every document.
constexpr int pdfResolution = 600;

/// Text sizes (points). The full notice is a reference document, dense like the AIPD (the canvas's
/// 9 pt); the students' version and the letter are read through, at the size of a school letter.
double bodyPoints(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Minors:
        return 11.0;
    case NoticeKind::Parents:
        return 10.0;
    default:
        return 9.0;
    }
}

double heightMm(QPaintDevice *measure, const QFont &font, double widthMm, const QString &text)
{
    const access::PrintGeometry mm = access::PrintGeometry::of(*measure);
    const QFontMetricsF metrics(font, measure);
    return metrics.boundingRect(QRectF(0, 0, mm(widthMm), 1e9), Qt::TextWordWrap, text).height() / mm.unitsPerMm;
}

/// A paragraph or a bullet at the notice's reading size: @p bullet hangs left of the text.
void textBlock(ReportCanvas &canvas, QPaintDevice *measure, const QString &text, double points, bool bullet, Qt::Alignment align)
{
    const QFont font = access::printFont(points);
    const double indentMm = bullet ? points * 0.55 : 0.0;
    const double widthMm = ReportCanvas::textWidthMm - indentMm;
    // The canvas adds 3 mm under a drawing; a paragraph wants about half a line of air, not more.
    const double height = heightMm(measure, font, widthMm, text) + 0.5;
    canvas.drawing(height, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
        painter.setFont(font);
        painter.setPen(access::printTextColour());
        if (bullet) {
            painter.setPen(access::printBandColour());
            painter.drawText(QRectF(rect.left(), rect.top(), mm(indentMm), rect.height()), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("•"));
            painter.setPen(access::printTextColour());
        }
        painter.drawText(QRectF(rect.left() + mm(indentMm), rect.top(), mm(widthMm), rect.height() + mm(1)), Qt::TextWordWrap | align,
                         text);
    });
}

void paintDocument(ReportCanvas &canvas, QPaintDevice *measure, const Notice &notice)
{
    canvas.title(notice.title, notice.subtitle);
    const double points = bodyPoints(notice.kind);
    for (const NoticeBlock &block : notice.blocks) {
        switch (block.type) {
        case NoticeBlock::Type::Heading:
            canvas.section(block.text);
            break;
        case NoticeBlock::Type::Paragraph:
            if (notice.kind == NoticeKind::Full)
                canvas.paragraph(block.text);
            else
                textBlock(canvas, measure, block.text, points, false, Qt::AlignLeft);
            break;
        case NoticeBlock::Type::Bullet:
            textBlock(canvas, measure, block.text, points, true, Qt::AlignLeft);
            break;
        case NoticeBlock::Type::Signature:
            textBlock(canvas, measure, block.text, points, false, Qt::AlignRight);
            break;
        case NoticeBlock::Type::Table:
            canvas.table(block.headers, block.rows, block.widths);
            break;
        }
    }
}

/// The CNIL-style camera pictogram (a surveillance camera on its wall bracket), black on white in a
/// navy frame, drawn as vectors in @p box.
void paintPictogram(QPainter &painter, const QRectF &box)
{
    painter.save();
    const double unit = std::min(box.width(), box.height()) / 100.0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(access::printBandColour(), 4 * unit));
    painter.setBrush(Qt::white);
    const QRectF frame = QRectF(box.center().x() - 48 * unit, box.center().y() - 48 * unit, 96 * unit, 96 * unit);
    painter.drawRoundedRect(frame, 12 * unit, 12 * unit);
    painter.translate(frame.center());
    painter.scale(unit, unit);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x14, 0x14, 0x14));
    // Units of a 100-unit square centred on the frame. The wall plate on the right, the bracket from
    // it to the camera's underside (drawn first: the body covers its top).
    painter.drawRoundedRect(QRectF(30, -4, 7, 30), 2, 2);
    painter.drawRect(QRectF(6, 2, 7, 15));
    painter.drawRect(QRectF(6, 11, 26, 6));
    // The body, tilted down towards the viewer, its lens hood on the left.
    painter.translate(-4, -8);
    painter.rotate(15);
    painter.drawRoundedRect(QRectF(-24, -10, 48, 20), 3, 3);
    QPainterPath hood;
    hood.moveTo(-23, -10);
    hood.lineTo(-33, -14);
    hood.lineTo(-33, 14);
    hood.lineTo(-23, 10);
    hood.closeSubpath();
    painter.drawPath(hood);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(-12, 0), 5.5, 5.5);
    painter.setBrush(QColor(0x14, 0x14, 0x14));
    painter.drawEllipse(QPointF(-12, 0), 2.5, 2.5);
    painter.restore();
}

/// The sign's one page on @p painter (a page of @p mm geometry). The text shrinks from a little over
/// its base size until everything fits above the bottom margin, never under half of it.
void paintSign(QPainter &painter, const access::PrintGeometry &mm, const Notice &notice)
{
    constexpr double margin = 14.0;
    constexpr double width = ReportCanvas::pageWidthMm - 2 * margin;
    constexpr double pictogramMm = 62.0;
    constexpr double gap = 5.0;
    QPaintDevice *device = painter.device();
    QStringList uses;
    QStringList small;
    for (const NoticeBlock &block : notice.blocks)
        (block.type == NoticeBlock::Type::Bullet ? uses : small) << block.text;
    const auto fonts = [](double scale) {
        return std::array<QFont, 4>{access::printFont(30 * scale, QFont::Bold), access::printFont(15 * scale, QFont::Bold),
                                    access::printFont(17 * scale), access::printFont(11 * scale)};
    };
    const double bulletMm = 9.0;
    const auto layoutHeight = [&](double scale) {
        const auto f = fonts(scale);
        double height =
            pictogramMm + gap + heightMm(device, f[0], width, notice.title) + 2 + heightMm(device, f[1], width, notice.subtitle) + 2 * gap;
        for (const QString &use : uses)
            height += heightMm(device, f[2], width - bulletMm, use) + gap;
        height += gap;
        for (const QString &line : small)
            height += heightMm(device, f[3], width, line) + 2.5;
        return height;
    };
    // From a little over the base sizes (a short sign reads from further away) down to what fits.
    double scale = 1.2;
    while (scale > 0.5 && layoutHeight(scale) > ReportCanvas::pageHeightMm - 2 * margin)
        scale -= 0.05;
    const auto f = fonts(scale);

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // A navy border: the sign reads as one notice from across the hall.
    painter.setPen(QPen(access::printBandColour(), mm(2.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mm.rect(7, 7, ReportCanvas::pageWidthMm - 14, ReportCanvas::pageHeightMm - 14));
    double y = margin;
    paintPictogram(painter, mm.rect(margin + (width - pictogramMm) / 2, y, pictogramMm, pictogramMm));
    y += pictogramMm + gap;
    const auto draw = [&](const QFont &font, const QColor &colour, double x, double w, const QString &text, Qt::Alignment align) {
        const double h = heightMm(device, font, w, text);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(mm.rect(x, y, w, h + 1), Qt::TextWordWrap | align, text);
        return h;
    };
    y += draw(f[0], access::printBandColour(), margin, width, notice.title, Qt::AlignHCenter) + 2;
    y += draw(f[1], access::printSecondaryColour(), margin, width, notice.subtitle, Qt::AlignHCenter) + 2 * gap;
    for (const QString &use : uses) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(access::printBandColour());
        const double square = 4.0 * scale;
        painter.drawRect(mm.rect(margin + 1, y + 2.2 * scale, square, square));
        y += draw(f[2], access::printTextColour(), margin + bulletMm, width - bulletMm, use, Qt::AlignLeft) + gap;
    }
    painter.setPen(QPen(access::printBandColour(), mm(0.4)));
    painter.drawLine(QPointF(mm(margin), mm(y)), QPointF(mm(margin + width), mm(y)));
    y += gap;
    for (const QString &line : small)
        y += draw(f[3], access::printTextColour(), margin, width, line, Qt::AlignLeft) + 2.5;
}

QString footerOf(const Notice &notice)
{
    return notice.title;
}

} // namespace

QByteArray noticePdf(const Notice &notice)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setCreator(QStringLiteral("Portique"));
        writer.setTitle(notice.title);
        if (notice.kind == NoticeKind::Sign) {
            if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF())))
                throw std::runtime_error(tr("The printer refused the A4 page.").toStdString());
            QPainter painter;
            if (!painter.begin(&writer))
                throw std::runtime_error(tr("Cannot draw on the printer or the file.").toStdString());
            paintSign(painter, access::PrintGeometry::of(writer), notice);
            painter.end();
        } else {
            ReportCanvas canvas(writer, footerOf(notice));
            paintDocument(canvas, &writer, notice);
            canvas.finish();
        }
    } // the writer finishes the PDF when the painter ends
    buffer.close();
    return buffer.data();
}

QByteArray writeNoticePdf(const QString &path, const Notice &notice)
{
    const QByteArray bytes = noticePdf(notice);
    // The one writer of private files: a temporary file renamed over the path once complete, so
    // an unwritable folder or a full disk leaves no half notice behind.
    const QString reason = common::writePrivateFile(path, bytes);
    if (!reason.isEmpty())
        throw std::runtime_error(tr("Cannot write the notice %1: %2").arg(QDir::toNativeSeparators(path), reason).toStdString());
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QList<QImage> renderNoticePages(const Notice &notice, int dpi)
{
    if (notice.kind == NoticeKind::Sign) {
        QImage page = access::blankPrintImage(ReportCanvas::pageWidthMm, ReportCanvas::pageHeightMm, std::clamp(dpi, 30, 300));
        QPainter painter(&page);
        paintSign(painter, access::PrintGeometry::of(page), notice);
        painter.end();
        return {page};
    }
    // Text is measured on an image of the pages' own resolution, so what is measured is what is drawn.
    QImage measure = access::blankPrintImage(10, 10, std::clamp(dpi, 30, 300));
    return renderCanvasPages(dpi, footerOf(notice), [&](ReportCanvas &canvas) { paintDocument(canvas, &measure, notice); });
}

} // namespace portique::reports
