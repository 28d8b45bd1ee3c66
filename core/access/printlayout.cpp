// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "printlayout.h"

#include "common/privatefiles.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPen>
#include <QTextLayout>

#include <cmath>
#include <optional>
#include <stdexcept>

namespace portique::access {
namespace {

// PDF resolution: only the size of QPdfWriter's device unit, everything being vectors. 600 dpi
// (1/600 inch = 0.04 mm) keeps any rounding to device units far below a printer's dot.
constexpr int pdfResolution = 600;

/// @p text word-wrapped at @p font's size into @p width; nothing when a line would be wider (a
/// word longer than the column) or there would be more than @p maxLines lines.
std::optional<FittedText> wrapped(const QString &text, const QFont &font, double width, int maxLines, QPaintDevice *device)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    FittedText fitted{font, {}, 0, 0};
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

} // namespace

PrintGeometry PrintGeometry::of(const QPaintDevice &device)
{
    return PrintGeometry{device.logicalDpiX() / 25.4};
}

QColor printBandColour()
{
    return {0x1f, 0x3a, 0x5f};
}

QColor printTextColour()
{
    return {0x14, 0x14, 0x14};
}

QColor printSecondaryColour()
{
    return {0x40, 0x40, 0x40};
}

QFont printFont(double pointSize, QFont::Weight weight)
{
    // DejaVu Sans ships with Debian (fonts-dejavu-core) and has every French accent; the style
    // hint falls back to the system sans-serif where it is missing.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

FittedText fitText(const QString &text, QFont font, double width, TextSizes sizes, QPaintDevice *device)
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
    FittedText fitted{font, {}, metrics.ascent(), metrics.lineSpacing()};
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

void drawFitted(QPainter &painter, const FittedText &fitted, QPointF topLeft)
{
    painter.setFont(fitted.font);
    for (const QString &line : fitted.lines) {
        painter.drawText(QPointF(topLeft.x(), topLeft.y() + fitted.ascent), line);
        topLeft.ry() += fitted.lineSpacing;
    }
}

void drawQrCode(QPainter &painter, const PrintGeometry &mm, const QrMatrix &qr, const QRectF &symbolMm)
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
            path.addRect(mm.rect(symbolMm.x() + start * module, symbolMm.y() + y * module, (x - start) * module, module));
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

void drawFramedPhoto(QPainter &painter, const PrintGeometry &mm, const QImage &photo, const QRectF &rectMm)
{
    // Centre crop to the frame's ratio, then scale to the device's own pixels so a PDF embeds no
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
        photo.copy(source.toAlignedRect()).scaled(target.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    painter.drawImage(target, scaled);
    painter.save();
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.15)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    painter.restore();
}

void writePdfFile(const QString &path, const QString &title, const QString &failureMessage,
                  const std::function<void(QPdfWriter &writer)> &paint)
{
    auto failure = [&](const QString &reason) {
        return std::runtime_error(failureMessage.arg(QDir::toNativeSeparators(path), reason).toStdString());
    };
    // The PDF is made in memory, then written by the one writer of private files: created 0600,
    // replacing @p path only once every byte is on disk (a full disk leaves no half PDF behind).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setCreator(QStringLiteral("Portique"));
        writer.setTitle(title);
        paint(writer);
    } // the writer finishes the PDF when the painter ends
    buffer.close();
    const QString reason = common::writePrivateFile(path, buffer.data());
    if (!reason.isEmpty())
        throw failure(reason);
}

QImage blankPrintImage(double widthMm, double heightMm, int dpi)
{
    if (dpi <= 0)
        return {};
    const QSize size(int(std::lround(widthMm / 25.4 * dpi)), int(std::lround(heightMm / 25.4 * dpi)));
    QImage image(size, QImage::Format_RGB32);
    // The image's own resolution makes point sizes come out at the right physical size.
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    return image;
}

} // namespace portique::access
