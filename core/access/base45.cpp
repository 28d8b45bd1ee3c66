// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "base45.h"

namespace portique::access {
namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int digitOf(QChar c)
{
    for (int i = 0; i < 45; ++i) {
        if (c == QLatin1Char(alphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

QString toBase45(const QByteArray &bytes)
{
    QString text;
    text.reserve((bytes.size() + 1) / 2 * 3);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int value = quint8(bytes[i]) * 256 + quint8(bytes[i + 1]);
        for (int digit = 0; digit < 3; ++digit) {
            text += QLatin1Char(alphabet[value % 45]);
            value /= 45;
        }
    }
    if (i < bytes.size()) {
        const int value = quint8(bytes[i]);
        text += QLatin1Char(alphabet[value % 45]);
        text += QLatin1Char(alphabet[value / 45]);
    }
    return text;
}

std::optional<QByteArray> fromBase45(QStringView text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype groupSize = std::min<qsizetype>(3, text.size() - i);
        int value = 0;
        int weight = 1;
        for (qsizetype k = 0; k < groupSize; ++k) {
            const int digit = digitOf(text[i + k]);
            if (digit < 0)
                return std::nullopt;
            value += digit * weight;
            weight *= 45;
        }
        if (groupSize == 3) {
            if (value > 0xFFFF)
                return std::nullopt;
            bytes += char(value >> 8);
            bytes += char(value & 0xFF);
        } else {
            if (value > 0xFF)
                return std::nullopt;
            bytes += char(value);
        }
    }
    return bytes;
}

} // namespace portique::access
