// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::access {

/// @brief A QR code as modules: size x size, true = dark. No quiet zone included.
struct QrMatrix {
    int size = 0;
    std::vector<bool> modules; ///< row-major
    bool dark(int x, int y) const { return modules[std::size_t(y) * std::size_t(size) + std::size_t(x)]; }
};

/// @brief Encodes @p text with ZXing-cpp, error correction level M, in the smallest version that
/// holds it. Text made only of QR "alphanumeric" characters (0-9 A-Z space $%*+-./:) is packed
/// 5.5 bits a character (420 such characters: version 13, 69 modules); other Latin-1 text goes
/// in byte mode without an ECI header, anything beyond Latin-1 as UTF-8 with an ECI header.
/// Throws std::invalid_argument (translated) when @p text is empty or fits no QR version (more
/// than 3391 alphanumeric characters at level M). Any thread.
QrMatrix encodeQr(const QString &text);

/// @brief @p matrix as a black-on-white image, @p moduleSize pixels a module, with the 4-module
/// quiet zone the standard asks for.
QImage qrImage(const QrMatrix &matrix, int moduleSize);

/// @brief Every QR code ZXing-cpp finds in @p image (paper, phone screen, PDF render), their texts
/// in reading order (rows top to bottom, left to right within a row); empty when there is none.
/// Any thread.
QStringList decodeQr(const QImage &image);

} // namespace portique::access
