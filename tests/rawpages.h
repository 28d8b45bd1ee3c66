// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The pages of an SQLCipher 3 file decrypted by hand (not through SQLite), so a test can prove
// that deleted rows are gone from the bytes of the file and its WAL: free pages, unused space in
// pages, overflow pages and all, which no SELECT can see.
//
// SQLCipher 3's defaults, as Portique opens its files (core/storage/database.cpp): 1024-byte pages,
// AES-256-CBC under the raw key, 48 reserved bytes at the end of each page (a 16-byte IV, then the
// HMAC). Page 1 starts with the 16-byte salt in clear; its encrypted part starts after it.

#include "storage/databasekey.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <openssl/evp.h>

namespace portique::test {

inline constexpr int sqlcipherPageSize = 1024;
inline constexpr int sqlcipherReserve = 48;

/// One page as stored (@p pageNumber 1-based), decrypted; empty when it cannot be.
inline QByteArray decryptPage(const QByteArray &page, quint32 pageNumber, const storage::DatabaseKey &key)
{
    if (page.size() != sqlcipherPageSize)
        return {};
    const int offset = pageNumber == 1 ? 16 : 0;
    const int size = sqlcipherPageSize - sqlcipherReserve - offset;
    const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + sqlcipherPageSize - sqlcipherReserve);
    QByteArray plain(sqlcipherPageSize, '\0');
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int written = 0;
    int finalWritten = 0;
    const bool ok = EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr, key.data(), iv) == 1 && EVP_CIPHER_CTX_set_padding(context, 0) == 1
                    && EVP_DecryptUpdate(context, reinterpret_cast<unsigned char *>(plain.data() + offset), &written,
                                         reinterpret_cast<const unsigned char *>(page.constData() + offset), size)
                           == 1
                    && EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char *>(plain.data() + offset + written), &finalWritten) == 1;
    EVP_CIPHER_CTX_free(context);
    return ok ? plain : QByteArray();
}

/// Every page of the database file @p path, decrypted and concatenated.
inline QByteArray decryptedDatabase(const QString &path, const storage::DatabaseKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QByteArray plain;
    for (qsizetype at = 0; at + sqlcipherPageSize <= bytes.size(); at += sqlcipherPageSize)
        plain += decryptPage(bytes.mid(at, sqlcipherPageSize), quint32(at / sqlcipherPageSize + 1), key);
    return plain;
}

/// Every frame's page of the WAL file @p path (32-byte header, then 24-byte frame headers each
/// followed by a page), decrypted and concatenated; empty for an empty or missing WAL.
inline QByteArray decryptedWal(const QString &path, const storage::DatabaseKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QByteArray plain;
    for (qsizetype at = 32; at + 24 + sqlcipherPageSize <= bytes.size(); at += 24 + sqlcipherPageSize) {
        const auto *header = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        const quint32 pageNumber = quint32(header[0]) << 24 | quint32(header[1]) << 16 | quint32(header[2]) << 8 | quint32(header[3]);
        plain += decryptPage(bytes.mid(at + 24, sqlcipherPageSize), pageNumber, key);
    }
    return plain;
}

/// Whether @p plain (decryptedDatabase) starts like a real SQLite page 1 decrypted with the right
/// key: page size 1024 at offset 16, payload fractions 64/32/32 at 21..23. Without it a search
/// for a missing string proves nothing.
inline bool looksDecrypted(const QByteArray &plain)
{
    return plain.size() >= 100 && quint8(plain[16]) == 0x04 && quint8(plain[17]) == 0x00 && quint8(plain[21]) == 64
           && quint8(plain[22]) == 32 && quint8(plain[23]) == 32;
}

} // namespace portique::test
