// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// What a scanned code reaches (access/gatecheck.cpp, CredentialStore::verifySignature, the
// visitor pass check): base45 (access/base45.h), the badge layout (access/credential.h), the
// Ed25519 signature and a visitor pass's data (visitors/visitorpass.h).
//
// The first byte picks how the rest is used:
//  - even: as the scanned text itself ("PQ1:" + base45), the way a forger's code arrives;
//  - odd: as the bytes a code signs, signed here with a key pair made once at start, so the
//    fuzzer also reaches everything behind a valid signature (a random text never gets there).

#include "access/base45.h"
#include "access/credential.h"
#include "common/sodiuminit.h"
#include "fuzzsupport.h"
#include "visitors/visitorpass.h"

#include <sodium.h>

using namespace portique;

namespace {

struct KeyPair {
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized};
    QByteArray secretKey{crypto_sign_SECRETKEYBYTES, Qt::Uninitialized};
};

const KeyPair &keys()
{
    static const KeyPair pair = [] {
        common::ensureSodium();
        KeyPair made;
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(made.publicKey.data()),
                            reinterpret_cast<unsigned char *>(made.secretKey.data()));
        return made;
    }();
    return pair;
}

// base45 is canonical (RFC 9285): whatever it accepts is exactly what toBase45 writes back, and
// any bytes survive the trip there and back.
void checkBase45(const QString &text, const QByteArray &bytes)
{
    if (const std::optional<QByteArray> decoded = access::fromBase45(text); decoded && access::toBase45(*decoded) != text)
        fuzz::fail("fromBase45 accepted a text toBase45 does not write");
    if (access::fromBase45(access::toBase45(bytes)) != bytes)
        fuzz::fail("base45 lost bytes on the way there and back");
}

// Everything a verified code is then read for.
void readVerified(const access::DecodedCredential &decoded)
{
    const access::Credential &credential = decoded.credential;
    if (credential.subjectId.isEmpty() || credential.keyId.size() != access::Credential::keyIdSize
        || credential.serial.size() != access::Credential::serialSize || credential.data.size() > access::Credential::maxDataBytes)
        fuzz::fail("a decoded code breaks the layout's limits");
    (void)credential.serialText();
    if (const std::optional<visitors::PassContent> pass = visitors::PassContent::fromCredential(credential)) {
        if (pass->validUntil < pass->validFrom || pass->zones.size() > 255)
            fuzz::fail("a pass was read with an inverted window or too many zones");
        (void)visitors::PassContent::zonesProblem(pass->zones);
    }
}

void scannedText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    checkBase45(text, bytes);
    if (const std::optional<access::DecodedCredential> decoded = access::decodeCredential(text)) {
        // A forged code: readable, but only our own key pair can have signed it.
        if (access::signatureMatches(*decoded, keys().publicKey))
            readVerified(*decoded);
        (void)visitors::PassContent::fromCredential(decoded->credential);
    }
}

void signedBody(const QByteArray &body)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(body.constData()), quint64(body.size()),
                         reinterpret_cast<const unsigned char *>(keys().secretKey.constData()));
    const QString text = access::credentialPrefix + access::toBase45(body + signature);
    const std::optional<access::DecodedCredential> decoded = access::decodeCredential(text);
    if (!decoded)
        return;
    if (decoded->signedBytes != body || !access::signatureMatches(*decoded, keys().publicKey))
        fuzz::fail("a code signed here does not verify");
    readVerified(*decoded);
    // Ed25519 signatures are deterministic: signing what was read must give back the very same
    // code, or the layout reads something it would not write.
    try {
        if (access::signCredential(decoded->credential, keys().secretKey) != text)
            fuzz::fail("a code read and signed again differs from the code read");
    } catch (const std::invalid_argument &) {
        fuzz::fail("a code that was read cannot be written again");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    (void)keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    if (data[0] % 2 == 0)
        scannedText(rest);
    else
        signedBody(rest);
    return 0;
}
