// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace portique::storage {

/// @brief The 32-byte raw SQLCipher key, held in locked memory that is wiped on destruction.
/// Never converted to text except inside Database::open, and never logged.
class DatabaseKey final {
public:
    static constexpr std::size_t size = 32;

    /// @brief A fresh key from the operating system's CSPRNG (libsodium).
    static DatabaseKey generate();
    /// @brief Takes exactly 32 bytes; anything else throws StorageError(KeyFileUnsafe).
    static DatabaseKey fromBytes(const unsigned char *bytes, std::size_t length);

    DatabaseKey(DatabaseKey &&other) noexcept;
    DatabaseKey &operator=(DatabaseKey &&other) noexcept;
    DatabaseKey(const DatabaseKey &) = delete;
    DatabaseKey &operator=(const DatabaseKey &) = delete;
    ~DatabaseKey();

    /// @brief An explicit copy, for handing the key to another connection's thread.
    DatabaseKey clone() const;
    /// @brief A subkey of this key for one purpose (libsodium crypto_kdf): @p context names the
    /// purpose in exactly 8 characters, @p subkeyId tells keys of one purpose apart. Neither the
    /// subkey nor its uses tell anything about this key.
    DatabaseKey derive(std::uint64_t subkeyId, const char (&context)[9]) const;
    const unsigned char *data() const { return m_bytes; }

private:
    DatabaseKey();
    unsigned char *m_bytes = nullptr;
};

} // namespace portique::storage
