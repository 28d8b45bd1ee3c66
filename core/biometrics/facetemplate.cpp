// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facetemplate.h"

#include "common/sodiuminit.h"

#include <QCoreApplication>
#include <QtEndian>
#include <QtNumeric>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace portique::biometrics {
namespace {

constexpr char magic[] = {'P', 'Q', 'T', 1};
constexpr int headerSize = 4 + 1 + FaceTemplate::modelIdSize;
constexpr int int8Size = headerSize + 4 + int(descriptorSize);
constexpr int float16Size = headerSize + 2 * int(descriptorSize);
const QByteArray associatedPrefix("portique face template v1");


} // namespace

QByteArray FaceTemplate::encode(TemplateEncoding encoding) const
{
    if (modelId.size() != modelIdSize)
        throw TemplateError(QCoreApplication::translate("Biometrics", "A template needs the 8-byte id of its model."));
    QByteArray out(magic, 4);
    out.append(char(encoding));
    out.append(modelId);
    if (encoding == TemplateEncoding::Int8) {
        float largest = 0.0F;
        for (float value : descriptor)
            largest = std::max(largest, std::abs(value));
        const float scale = largest > 0 ? largest / 127.0F : 1.0F;
        quint32 scaleBits;
        std::memcpy(&scaleBits, &scale, 4);
        char le[4];
        qToLittleEndian(scaleBits, le);
        out.append(le, 4);
        for (float value : descriptor)
            out.append(char(static_cast<qint8>(std::lround(std::clamp(value / scale, -127.0F, 127.0F)))));
    } else {
        for (float value : descriptor) {
            char le[2];
            qToLittleEndian(qfloat16(value), le);
            out.append(le, 2);
        }
    }
    return out;
}

FaceTemplate FaceTemplate::decode(const QByteArray &bytes, const QByteArray &expectedModelId)
{
    if (bytes.size() < headerSize || std::memcmp(bytes.constData(), magic, 4) != 0)
        throw TemplateError(QCoreApplication::translate("Biometrics", "This is not a Portique face template (or a version this station does not read)."));
    const auto encoding = static_cast<TemplateEncoding>(quint8(bytes.at(4)));
    const int expectedSize = encoding == TemplateEncoding::Int8 ? int8Size : encoding == TemplateEncoding::Float16 ? float16Size : -1;
    if (bytes.size() != expectedSize)
        throw TemplateError(QCoreApplication::translate("Biometrics", "The face template is damaged (wrong length)."));
    FaceTemplate result;
    result.modelId = bytes.mid(5, modelIdSize);
    if (!expectedModelId.isEmpty() && result.modelId != expectedModelId)
        throw TemplateError(QCoreApplication::translate("Biometrics", "The face template was made by another face model (%1, this station uses %2): it cannot be "
                               "compared; the person must enrol again.")
                                .arg(QString::fromLatin1(result.modelId.toHex()), QString::fromLatin1(expectedModelId.toHex())));
    const char *values = bytes.constData() + headerSize;
    if (encoding == TemplateEncoding::Int8) {
        const quint32 scaleBits = qFromLittleEndian<quint32>(values);
        float scale;
        std::memcpy(&scale, &scaleBits, 4);
        if (!std::isfinite(scale) || scale <= 0.0F || scale > 1.0F)
            throw TemplateError(QCoreApplication::translate("Biometrics", "The face template is damaged (scale)."));
        for (std::size_t i = 0; i < descriptorSize; ++i)
            result.descriptor[i] = float(static_cast<qint8>(values[4 + i])) * scale;
    } else {
        for (std::size_t i = 0; i < descriptorSize; ++i) {
            result.descriptor[i] = float(qFromLittleEndian<qfloat16>(values + 2 * i));
            if (!std::isfinite(result.descriptor[i]))
                throw TemplateError(QCoreApplication::translate("Biometrics", "The face template is damaged (value)."));
        }
    }
    return result;
}

QByteArray FaceTemplate::seal(QByteArrayView key, TemplateEncoding encoding) const
{
    common::ensureSodium();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        throw TemplateError(QCoreApplication::translate("Biometrics", "A template key must be 32 bytes."));
    const QByteArray plain = encode(encoding);
    const QByteArray associated = associatedPrefix + modelId;
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                               reinterpret_cast<const unsigned char *>(plain.constData()), plain.size(),
                                               reinterpret_cast<const unsigned char *>(associated.constData()), associated.size(), nullptr,
                                               nonce, reinterpret_cast<const unsigned char *>(key.data()));
    return out;
}

FaceTemplate FaceTemplate::unseal(const QByteArray &sealed, QByteArrayView key, const QByteArray &expectedModelId)
{
    common::ensureSodium();
    constexpr int overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || sealed.size() <= overhead
        || expectedModelId.size() != modelIdSize)
        throw TemplateError(QCoreApplication::translate("Biometrics", "The sealed face template cannot be opened."));
    const QByteArray associated = associatedPrefix + expectedModelId;
    QByteArray plain(sealed.size() - overhead, '\0');
    unsigned long long length = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, reinterpret_cast<const unsigned char *>(associated.constData()),
            associated.size(), nonce, reinterpret_cast<const unsigned char *>(key.data()))
        != 0)
        throw TemplateError(QCoreApplication::translate("Biometrics", "The sealed face template does not open: wrong key, altered, or made for another face model."));
    return decode(plain, expectedModelId);
}

} // namespace portique::biometrics
