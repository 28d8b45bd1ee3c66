// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "descriptor.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace portique::biometrics {

/// @brief Refusal to read a template (damaged, other model, wrong key), with a translated message.
class TemplateError final : public std::runtime_error {
public:
    explicit TemplateError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

/// @brief How the 128 values are stored.
enum class TemplateEncoding : quint8 {
    Int8 = 1,    ///< one byte per value and one scale: 145 bytes, fits a badge's QR code
    Float16 = 2, ///< two bytes per value: 269 bytes, no measurable loss
};

/// @brief A face template: a descriptor bound to the model that made it.
///
/// Binary layout (version 1): "PQ" 'T' 1 | encoding (1 byte) | model id (8 bytes, the first bytes
/// of the model file's SHA-256) | values (Int8: float32 scale + 128 signed bytes; Float16: 128 ×
/// IEEE half). Never contains an image.
struct FaceTemplate {
    QByteArray modelId; ///< 8 bytes
    Descriptor descriptor{};

    static constexpr int modelIdSize = 8;

    QByteArray encode(TemplateEncoding encoding = TemplateEncoding::Int8) const;
    /// @brief Reads @p bytes; throws TemplateError when damaged or made by another model than
    /// @p expectedModelId (8 bytes; empty accepts any model, for inspection only).
    static FaceTemplate decode(const QByteArray &bytes, const QByteArray &expectedModelId);

    /// @brief The encoded template sealed with XChaCha20-Poly1305 under @p key (32 bytes): nonce
    /// (24 bytes) then ciphertext and tag. The model id is authenticated data, so a template cannot
    /// be moved to another model's context undetected.
    QByteArray seal(QByteArrayView key, TemplateEncoding encoding = TemplateEncoding::Int8) const;
    /// @brief Opens a sealed template; throws TemplateError when the key is wrong, the bytes were
    /// altered or the model differs.
    static FaceTemplate unseal(const QByteArray &sealed, QByteArrayView key, const QByteArray &expectedModelId);
};

} // namespace portique::biometrics
