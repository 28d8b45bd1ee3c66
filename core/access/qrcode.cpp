// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "qrcode.h"

#include <QCoreApplication>
#include <QPointF>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <stdexcept>

namespace portique::access {
namespace {

// MultiFormatWriter::setEccLevel takes ZXing's 0-8 scale, mapped for QR as (level - 1) / 2 onto
// L, M, Q, H: 3 and 4 give M. Without a call the QR writer uses L. M (15 % of the symbol
// recoverable) is the usual choice for printed cards that get scratched and bent. Checked with
// ZXing 1.4 (3 and 4 decode as "M", no call as "L"); tests/test_badgerender.cpp reads the level
// back from the symbol's format bits.
constexpr int eccLevelM = 4;

// ISO/IEC 18004 asks for a 4-module light margin around the symbol.
constexpr int quietZoneModules = 4;

// With no character set given, ZXing 1.4 writes byte mode as ISO-8859-1 without an ECI header
// and picks alphanumeric (5.5 bits a character) or numeric mode when every character allows it.
// Setting UTF-8 for such text would add an ECI header in byte mode and nothing else, so UTF-8 is
// asked for only when the text cannot be written in Latin-1 at all (the writer throws otherwise).
ZXing::CharacterSet characterSetFor(const QString &text)
{
    const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= 0xff; });
    return latin1 ? ZXing::CharacterSet::Unknown : ZXing::CharacterSet::UTF8;
}

struct Found {
    QString text;
    QPointF centre;
    double height = 0;
};

// Reading order: top to bottom by rows, left to right within a row. Two codes are in the same
// row when their centres are less than half a code's height apart vertically.
void sortInReadingOrder(std::vector<Found> &found)
{
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.centre.y() < b.centre.y(); });
    auto rowStart = found.begin();
    while (rowStart != found.end()) {
        const double limit = rowStart->centre.y() + rowStart->height / 2;
        auto rowEnd =
            std::find_if(rowStart, found.end(), [limit](const Found &f) { return f.centre.y() > limit; });
        std::sort(rowStart, rowEnd,
                  [](const Found &a, const Found &b) { return a.centre.x() < b.centre.x(); });
        rowStart = rowEnd;
    }
}

} // namespace

QrMatrix encodeQr(const QString &text)
{
    if (text.isEmpty())
        throw std::invalid_argument(
            QCoreApplication::translate("portique::access", "A QR code needs a text to encode.")
                .toStdString());
    ZXing::BitMatrix bits;
    try {
        // Size 0 x 0 and margin 0: one matrix cell a module, no quiet zone (qrImage() and the
        // badge painter add it).
        bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                   .setEncoding(characterSetFor(text))
                   .setEccLevel(eccLevelM)
                   .setMargin(0)
                   .encode(text.toStdWString(), 0, 0);
    } catch (const std::invalid_argument &error) {
        // "Data too big" and the like: ZXing's English text, kept for the log after ours.
        throw std::invalid_argument(
            QCoreApplication::translate("portique::access", "Cannot encode %1 characters in a QR code (%2).")
                .arg(text.size())
                .arg(QString::fromUtf8(error.what()))
                .toStdString());
    }

    QrMatrix matrix;
    matrix.size = bits.width();
    matrix.modules.resize(std::size_t(matrix.size) * std::size_t(matrix.size));
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            matrix.modules[std::size_t(y) * std::size_t(matrix.size) + std::size_t(x)] = bits.get(x, y);
    return matrix;
}

QImage qrImage(const QrMatrix &matrix, int moduleSize)
{
    if (matrix.size <= 0 || moduleSize <= 0)
        return {};
    const int side = (matrix.size + 2 * quietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.dark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + quietZoneModules) * moduleSize + dy);
                std::fill_n(line + (x + quietZoneModules) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

QStringList decodeQr(const QImage &image)
{
    if (image.isNull())
        return {};
    // 8-bit grey is what ZXing binarises anyway; converting once keeps the view simple for every
    // QImage format (indexed, ARGB premultiplied, mono...). bytesPerLine() carries the padding.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);

    std::vector<Found> found;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        const ZXing::Position &p = result.position();
        const QPointF centre((p[0].x + p[1].x + p[2].x + p[3].x) / 4.0,
                             (p[0].y + p[1].y + p[2].y + p[3].y) / 4.0);
        const double height =
            std::max({p[0].y, p[1].y, p[2].y, p[3].y}) - std::min({p[0].y, p[1].y, p[2].y, p[3].y});
        found.push_back({QString::fromStdString(result.text()), centre, height});
    }
    sortInReadingOrder(found);

    QStringList texts;
    texts.reserve(qsizetype(found.size()));
    for (const Found &f : found)
        texts.append(f.text);
    return texts;
}

} // namespace portique::access
