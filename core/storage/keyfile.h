// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "databasekey.h"

#include <QString>
#include <functional>

namespace portique::storage {

/// @brief How a key file holds the database key.
enum class KeyFileKind {
    Raw,        ///< exactly 32 raw bytes (the station's user alone may read the file)
    Passphrase, ///< the key sealed with a key derived from a passphrase by Argon2id
};

/// @brief Reads and writes the file that holds the database key.
///
/// Files are created with mode 0600 and never overwritten; a file that group or others may read is
/// refused when read. Errors are StorageError with a translated message that never contains the key.
class KeyFile final {
public:
    /// @brief Creates @p path holding the raw key.
    static void writeRaw(const QString &path, const DatabaseKey &key);
    /// @brief Creates @p path holding the key sealed under @p passphrase (Argon2id + XSalsa20-Poly1305).
    static void writeWrapped(const QString &path, const DatabaseKey &key, const QString &passphrase);
    /// @brief Which kind of key file @p path is (after the permission check).
    static KeyFileKind inspect(const QString &path);
    /// @brief Loads the key; @p askPassphrase is called only for a passphrase file.
    static DatabaseKey read(const QString &path, const std::function<QString()> &askPassphrase = {});

    /// @brief Minimum passphrase length accepted when wrapping (ANSSI guidance for a secret that
    /// protects data at rest and is typed rarely: at least 12 characters).
    static constexpr int minimumPassphraseLength = 12;
};

} // namespace portique::storage
