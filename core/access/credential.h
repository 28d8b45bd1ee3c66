// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

namespace portique::access {

/// @brief What a signed code is for.
enum class CredentialKind : quint8 {
    Badge = 1,       ///< a student's or staff member's badge
    VisitorPass = 2, ///< a visitor's pass (visitors issue)
};

/// @brief Where a face lane person's template lives (PRIVACY.md §2, CNIL types 1 and 2).
enum class TemplateArchitecture : quint8 {
    None = 0,       ///< badge only: no template anywhere
    OnBadge = 1,    ///< type 1: the sealed template is in the code itself
    InDatabase = 2, ///< type 2: the database holds it, sealed under a key the code alone carries
};

/// @brief The content of a signed code (badge or pass), before or after signing.
///
/// Binary layout, version 2 (all integers big-endian):
/// version (1) | kind (1) | key id (4) | serial (8) | issued on (2) | expires on (2) |
/// architecture (1) | subject id length (1) | subject id (UTF-8) | data length (2) | data |
/// padding (zero bytes) | Ed25519 signature (64) of everything before it.
/// Dates are days since 2000-01-01. Data is the sealed template (OnBadge), the badge's 32-byte
/// template secret (InDatabase), or empty. The padding is what lies between the data and the
/// signature (the signature is always the last 64 bytes): zero bytes only, signed, never data.
/// Version 1 (badges printed before padding) is the same without padding; it is still read, and
/// a code read is signed again in its own version. As text: "PQ1:" then base45 (docs/credentials.md).
struct Credential {
    CredentialKind kind = CredentialKind::Badge;
    QByteArray keyId;  ///< 4 bytes naming the station key that signed it
    QByteArray serial; ///< 8 random bytes, the revocation handle
    QDate issuedOn;
    QDate expiresOn; ///< last valid day
    TemplateArchitecture architecture = TemplateArchitecture::None;
    QString subjectId; ///< person id (badge) or pass id (visitor pass), at most maxSubjectBytes of UTF-8
    QByteArray data;
    /// Zero bytes signed after the data, so that a badge-only or type-2 badge's code is as long as
    /// a type-1 one (padToUniformSize) and the printed code does not tell who is on the face lane.
    int padding = 0;
    /// The layout the code is (to be) written in: currentLayout, or 1 for a code read from a badge
    /// printed before padding existed (it has no padding).
    quint8 layout = currentLayout;

    static constexpr quint8 currentLayout = 2;
    static constexpr int keyIdSize = 4;
    static constexpr int serialSize = 8;
    static constexpr int signatureSize = 64;
    /// The layout's limit on a subject id (its length byte could say 255). Ids are short codes (a
    /// SIECLE ELEVE_ID has 7 digits) and every byte of one grows the printed QR code
    /// (docs/credentials.md); the people import refuses longer ids, so every person can get a badge.
    static constexpr int maxSubjectBytes = 64;
    /// The most data a code carries: a type 1 template (185 bytes) with room to spare, and the
    /// bound a visitor pass's zones are sized against (visitorpass.h). The layout's 2-byte length
    /// would allow more, but every byte makes the printed QR code denser.
    static constexpr int maxDataBytes = 1024;
    /// The data area (data + padding) every badge is padded to: a type 1 sealed template, 24 nonce
    /// + 145 Int8 template (biometrics/facetemplate.h) + 16 tag = 185 bytes, the longest data a
    /// badge carries. A badge-only badge (0 bytes) and a type-2 one (32) are padded up to it.
    static constexpr int uniformDataBytes = 185;

    QString serialText() const { return QString::fromLatin1(serial.toHex()); }
};

/// @brief A code read back: its content, and the bytes its signature covers.
struct DecodedCredential {
    Credential credential;
    QByteArray signedBytes;
    QByteArray signature;
};

/// @brief The text prefix of every Portique code; anything else is not ours.
inline constexpr QLatin1StringView credentialPrefix{"PQ1:"};

/// @brief Sets @p credential's padding so that its data area is Credential::uniformDataBytes
/// long (none when the data is already that long). Every badge is padded; visitor passes are not
/// (a pass says nothing about the face lane).
void padToUniformSize(Credential &credential);

/// @brief Signs @p credential with @p secretKey (libsodium Ed25519, 64 bytes) and returns the text
/// to put in a QR code. Throws std::invalid_argument when a field does not fit the layout.
QString signCredential(const Credential &credential, QByteArrayView secretKey);

/// @brief Parses @p text; nothing when it is not a well-formed Portique code (a padding byte
/// other than zero included). Checks no signature. The padding is counted, never returned as data.
std::optional<DecodedCredential> decodeCredential(QStringView text);

/// @brief Whether @p decoded was signed by the holder of @p publicKey (32 bytes).
bool signatureMatches(const DecodedCredential &decoded, const QByteArray &publicKey);

} // namespace portique::access
