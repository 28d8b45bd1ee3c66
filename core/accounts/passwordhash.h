// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::accounts {

/// @brief Argon2id password hashing (libsodium's crypto_pwhash_str), encoded with its parameters.
class PasswordHash final {
public:
    /// @brief Encoded hash of @p password; throws std::bad_alloc when the memory limit cannot be met.
    static QString hash(const QString &password);
    /// @brief Constant-time check of @p password against @p encoded.
    static bool verify(const QString &encoded, const QString &password);
    /// @brief A hash of a random password, verified against when the login is unknown so that an
    /// unknown login takes as long as a wrong password (no login enumeration by timing).
    static const QString &decoy();

    /// @brief Shortest password accepted for a user (CNIL recommendation 2022 for a password with
    /// lockout after failed attempts: 8 characters at least).
    static constexpr int minimumLength = 8;
};

} // namespace portique::accounts
