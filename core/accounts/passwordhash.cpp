// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "passwordhash.h"

#include "common/secretbytes.h"
#include "common/sodiuminit.h"

#include <QByteArray>
#include <sodium.h>

#include <new>

namespace portique::accounts {
namespace {

// INTERACTIVE limits (2 passes, 64 MiB): about 0.1 s per login on the station's PC, libsodium's
// recommendation for online logins; the lockout, not the hash cost, is what stops guessing at the desk.
const unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const std::size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHash::hash(const QString &password)
{
    common::ensureSodium();
    QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    const bool hashed = crypto_pwhash_str_alg(encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit,
                                              crypto_pwhash_ALG_ARGON2ID13)
                        == 0;
    common::wipe(utf8);
    if (!hashed)
        throw std::bad_alloc();
    return QString::fromLatin1(encoded);
}

bool PasswordHash::verify(const QString &encoded, const QString &password)
{
    common::ensureSodium();
    const QByteArray hashBytes = encoded.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool matches =
        crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
    common::wipe(utf8);
    return matches;
}

const QString &PasswordHash::decoy()
{
    static const QString value = [] {
        common::ensureSodium();
        unsigned char random[16];
        randombytes_buf(random, sizeof random);
        return hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex()));
    }();
    return value;
}

} // namespace portique::accounts
