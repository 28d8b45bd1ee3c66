// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "databasekey.h"

#include "common/sodiuminit.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <sodium.h>

#include <new>
#include <utility>

namespace portique::storage {

DatabaseKey::DatabaseKey()
{
    common::ensureSodium();
    m_bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_bytes)
        throw std::bad_alloc();
}

DatabaseKey DatabaseKey::generate()
{
    DatabaseKey key;
    randombytes_buf(key.m_bytes, size);
    return key;
}

DatabaseKey DatabaseKey::fromBytes(const unsigned char *bytes, std::size_t length)
{
    if (length != size)
        throw StorageError(StorageErrorKind::KeyFileUnsafe,
                           QCoreApplication::translate("Storage", "A database key must be exactly %1 bytes, not %2.")
                               .arg(size)
                               .arg(length));
    DatabaseKey key;
    std::copy(bytes, bytes + size, key.m_bytes);
    return key;
}

DatabaseKey::DatabaseKey(DatabaseKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{
}

DatabaseKey &DatabaseKey::operator=(DatabaseKey &&other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

DatabaseKey::~DatabaseKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // sodium_free wipes the memory before releasing it
}

DatabaseKey DatabaseKey::clone() const
{
    return fromBytes(m_bytes, size);
}

DatabaseKey DatabaseKey::derive(std::uint64_t subkeyId, const char (&context)[9]) const
{
    static_assert(crypto_kdf_CONTEXTBYTES == 8 && crypto_kdf_KEYBYTES == size);
    DatabaseKey subkey;
    crypto_kdf_derive_from_key(subkey.m_bytes, size, subkeyId, context, m_bytes);
    return subkey;
}

} // namespace portique::storage
