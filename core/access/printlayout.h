// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// What every printed document of the station draws the same way (badges, visitor passes, the
// evacuation roll call): lengths in millimetres, text fitted to a width, QR codes as vectors,
// photos, and PDF files that replace their target only once complete. Nothing here knows what a
// badge or a pass is.

#include "qrcode.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QImage;
class QPaintDevice;
class QPainter;
class QPdfWriter;

namespace portique::access {

/// @brief The quiet zone around a QR symbol, in modules: 4, what ISO/IEC 18004 asks for.
inline constexpr int qrQuietZoneModules = 4;

/// @brief Millimetres to a device's units, computed once per device.
struct PrintGeometry {
    double unitsPerMm = 1;
    double operator()(double mm) const { return mm * unitsPerMm; }
    QRectF rect(double x, double y, double w, double h) const
    {
        return {x * unitsPerMm, y * unitsPerMm, w * unitsPerMm, h * unitsPerMm};
    }
    /// @brief The geometry of @p device from its logical resolution.
    static PrintGeometry of(const QPaintDevice &device);
};

/// @brief The printed documents' colours: a dark navy band (calm, and it prints well in grey too),
/// near-black text, dark grey for what is secondary.
QColor printBandColour();
QColor printTextColour();
QColor printSecondaryColour();

/// @brief The printed documents' typeface (DejaVu Sans, every French accent) at @p pointSize.
QFont printFont(double pointSize, QFont::Weight weight = QFont::Normal);

/// @brief How a text fits a column: a font size and the lines to draw at it.
struct FittedText {
    QFont font;
    QStringList lines;
    double ascent = 0;
    double lineSpacing = 0;
    double height() const { return double(lines.size()) * lineSpacing; }
};

/// @brief Sizes for fitText(): one line from @c max down to @c oneLine points, then two lines from
/// @c oneLine down to @c min, then three..., up to @c lines lines, then @c lines lines at @c min
/// with the last one elided.
struct TextSizes {
    double max;
    double oneLine;
    double min;
    int lines;
};

/// @brief @p text fitted into @p width (device units of @p device): shrunk, wrapped, elided as a
/// last resort. Never wider than @p width, never more than @c sizes.lines lines.
FittedText fitText(const QString &text, QFont font, double width, TextSizes sizes, QPaintDevice *device);

/// @brief Draws @p fitted with its first line's top at @p topLeft.
void drawFitted(QPainter &painter, const FittedText &fitted, QPointF topLeft);

/// @brief Draws @p qr with its symbol (no quiet zone) in @p symbolMm, black squares on a white
/// quiet zone of qrQuietZoneModules modules around it, as one path of vector runs.
void drawQrCode(QPainter &painter, const PrintGeometry &mm, const QrMatrix &qr, const QRectF &symbolMm);

/// @brief Draws @p photo centre-cropped to the frame @p rectMm, scaled to the device's own pixels,
/// with a thin grey border.
void drawFramedPhoto(QPainter &painter, const PrintGeometry &mm, const QImage &photo, const QRectF &rectMm);

/// @brief Writes a PDF at @p path (600 dpi device units, everything vectors but photos) painted by
/// @p paint, through common::writePrivateFile (0600 from its creation), replacing @p path only once
/// the whole file is written. Throws std::runtime_error with
/// @p failureMessage ("%1": the path, "%2": the reason, translated by the caller) when the file
/// cannot be written; whatever @p paint throws goes through, with nothing written.
void writePdfFile(const QString &path, const QString &title, const QString &failureMessage,
                  const std::function<void(QPdfWriter &writer)> &paint);

/// @brief An image of @p widthMm x @p heightMm at @p dpi, white, with its resolution set so point
/// sizes come out at their physical size; null for @p dpi <= 0.
QImage blankPrintImage(double widthMm, double heightMm, int dpi);

} // namespace portique::access
