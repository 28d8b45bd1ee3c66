// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <stdexcept>

namespace portique::storage {

/// @brief Why a storage operation failed; callers map it to a user message or an exit code.
enum class StorageErrorKind {
    NotFound,          ///< the database or key file does not exist
    AlreadyExists,     ///< refusing to overwrite an existing file
    WrongKey,          ///< the key does not open the file (or the file is not a Portique database)
    NotEncrypted,      ///< the file is a plain SQLite database, or SQLCipher is not the linked library
    KeyFileUnsafe,     ///< the key file is readable by group or others, or malformed
    DiskFull,          ///< the disk (or the database's page limit) is full; the transaction was rolled back
    Constraint,        ///< a uniqueness or foreign-key rule refused the change
    Io,                ///< any other read or write failure
    TooNew,            ///< the file was written by a newer Portique (unknown schema version)
    CleanupIncomplete, ///< the change IS committed, but copies of what it deleted remain in the file or
                       ///< its WAL until the next checkpoint (a reader held an older snapshot)
};

/// @brief Thrown by core/storage; the message is translated and safe to show (never holds the key).
class StorageError final : public std::runtime_error {
public:
    StorageError(StorageErrorKind kind, const QString &message);
    StorageErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    StorageErrorKind m_kind;
    QString m_message;
};

} // namespace portique::storage
