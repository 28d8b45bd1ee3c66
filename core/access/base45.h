// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace portique::access {

/// @brief Base45 (RFC 9285): bytes as text made only of QR "alphanumeric" characters, which a QR
/// code packs at 5.5 bits each — 8.25 bits a byte against 10.7 for base64 in byte mode, so a
/// smaller code for the same payload.
QString toBase45(const QByteArray &bytes);
/// @brief The bytes of @p text, or nothing when it is not canonical base45 (a character outside
/// the alphabet, a dangling character, a group worth more than its bytes can hold).
std::optional<QByteArray> fromBase45(QStringView text);

} // namespace portique::access
