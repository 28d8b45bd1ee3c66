// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "credential.h"

#include "base45.h"
#include "common/sodiuminit.h"

#include <QStringDecoder>

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace portique::access {
namespace {

// Layout 1: no padding (badges printed before issue 15); layout 2: zero padding may follow the data.
constexpr quint8 unpaddedLayout = 1;
const QDate dayZero(2000, 1, 1);

void putUint(QByteArray &out, quint64 value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xFF);
}

quint16 dayNumber(const QDate &date)
{
    const qint64 days = dayZero.daysTo(date);
    if (!date.isValid() || days < 0 || days > 0xFFFF)
        throw std::invalid_argument("credential date out of range");
    return quint16(days);
}

/// Reads the layout front to back; any shortfall or leftover makes the whole code invalid.
class Reader {
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    bool has(qsizetype count) const { return m_position + count <= m_bytes.size(); }
    std::optional<quint64> uint(int bytes)
    {
        if (!has(bytes))
            return std::nullopt;
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(m_bytes[m_position++]);
        return value;
    }
    std::optional<QByteArray> take(qsizetype count)
    {
        if (!has(count))
            return std::nullopt;
        QByteArray part = m_bytes.mid(m_position, count);
        m_position += count;
        return part;
    }
    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_bytes.size() - m_position; }

private:
    const QByteArray &m_bytes;
    qsizetype m_position = 0;
};

} // namespace

void padToUniformSize(Credential &credential)
{
    credential.padding = std::max(0, Credential::uniformDataBytes - int(credential.data.size()));
}

QString signCredential(const Credential &credential, QByteArrayView secretKey)
{
    common::ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw std::invalid_argument("signing key has the wrong size");
    const QByteArray subject = credential.subjectId.toUtf8();
    if (credential.keyId.size() != Credential::keyIdSize || credential.serial.size() != Credential::serialSize || subject.isEmpty()
        || subject.size() > Credential::maxSubjectBytes || credential.data.size() > Credential::maxDataBytes || credential.padding < 0
        || credential.data.size() + credential.padding > Credential::maxDataBytes
        || (credential.layout != Credential::currentLayout && credential.layout != unpaddedLayout)
        || (credential.layout == unpaddedLayout && credential.padding != 0))
        throw std::invalid_argument("credential field does not fit the layout");

    QByteArray bytes;
    bytes += char(credential.layout);
    bytes += char(credential.kind);
    bytes += credential.keyId;
    bytes += credential.serial;
    putUint(bytes, dayNumber(credential.issuedOn), 2);
    putUint(bytes, dayNumber(credential.expiresOn), 2);
    bytes += char(credential.architecture);
    bytes += char(subject.size());
    bytes += subject;
    putUint(bytes, quint64(credential.data.size()), 2);
    bytes += credential.data;
    // Zeros, not random bytes: nothing in a badge-only badge can pass for a template.
    bytes += QByteArray(credential.padding, '\0');

    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.data()));
    return credentialPrefix + toBase45(bytes + signature);
}

std::optional<DecodedCredential> decodeCredential(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(credentialPrefix))
        return std::nullopt;
    const std::optional<QByteArray> bytes = fromBase45(text.mid(credentialPrefix.size()));
    if (!bytes)
        return std::nullopt;

    Reader reader(*bytes);
    DecodedCredential decoded;
    Credential &c = decoded.credential;
    const auto version = reader.uint(1);
    if (!version || (*version != Credential::currentLayout && *version != unpaddedLayout))
        return std::nullopt;
    c.layout = quint8(*version);
    const auto kind = reader.uint(1);
    if (!kind || (*kind != quint8(CredentialKind::Badge) && *kind != quint8(CredentialKind::VisitorPass)))
        return std::nullopt;
    c.kind = CredentialKind(*kind);
    const auto keyId = reader.take(Credential::keyIdSize);
    const auto serial = reader.take(Credential::serialSize);
    const auto issued = reader.uint(2);
    const auto expires = reader.uint(2);
    const auto architecture = reader.uint(1);
    const auto subjectSize = reader.uint(1);
    if (!keyId || !serial || !issued || !expires || !architecture || !subjectSize || *architecture > 2 || *subjectSize == 0
        || *subjectSize > quint64(Credential::maxSubjectBytes))
        return std::nullopt;
    c.keyId = *keyId;
    c.serial = *serial;
    c.issuedOn = dayZero.addDays(qint64(*issued));
    c.expiresOn = dayZero.addDays(qint64(*expires));
    c.architecture = TemplateArchitecture(*architecture);
    const auto subject = reader.take(qsizetype(*subjectSize));
    if (!subject)
        return std::nullopt;
    // A code is made by us: its text is UTF-8, or it is not ours.
    auto toUtf16 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    c.subjectId = toUtf16(*subject);
    if (toUtf16.hasError())
        return std::nullopt;
    const auto dataSize = reader.uint(2);
    if (!dataSize || *dataSize > Credential::maxDataBytes)
        return std::nullopt;
    const auto data = reader.take(qsizetype(*dataSize));
    if (!data)
        return std::nullopt;
    c.data = *data;
    // The signature is the last 64 bytes; what lies before it after the data is padding (layout 2
    // only), zeros only and within the data area's bound, so one code has one spelling and the
    // padding can carry nothing.
    if (reader.remaining() < Credential::signatureSize)
        return std::nullopt;
    const qsizetype paddingSize = reader.remaining() - Credential::signatureSize;
    if (paddingSize > 0 && (c.layout == unpaddedLayout || *dataSize + quint64(paddingSize) > Credential::maxDataBytes))
        return std::nullopt;
    const auto padding = reader.take(paddingSize);
    if (!padding || std::any_of(padding->cbegin(), padding->cend(), [](char byte) { return byte != '\0'; }))
        return std::nullopt;
    c.padding = int(paddingSize);
    const qsizetype signedSize = reader.position();
    const auto signature = reader.take(Credential::signatureSize);
    if (!signature || reader.remaining() != 0)
        return std::nullopt;
    decoded.signedBytes = bytes->left(signedSize);
    decoded.signature = *signature;
    return decoded;
}

bool signatureMatches(const DecodedCredential &decoded, const QByteArray &publicKey)
{
    common::ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || decoded.signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(decoded.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(decoded.signedBytes.constData()),
                                       quint64(decoded.signedBytes.size()), reinterpret_cast<const unsigned char *>(publicKey.constData()))
           == 0;
}

} // namespace portique::access
