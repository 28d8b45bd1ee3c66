// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "common/secretbytes.h"

#include <QByteArray>

#include <optional>

namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
}
namespace portique::storage {
class Database;
}

namespace portique::access {

/// @brief The station's Ed25519 key pair that signs badges and passes.
struct SigningKey {
    QByteArray keyId;     ///< 4 bytes: the first bytes of BLAKE2b(public key), printed in every code
    QByteArray publicKey; ///< 32 bytes
    common::SecretBytes secretKey; ///< 64 bytes, in protected memory wiped on release
};

/// @brief The station's own secrets, kept only inside the encrypted database: the signing key and
/// the template key (XChaCha20-Poly1305, 32 bytes) that seals type-1 templates and, mixed with a
/// badge's own secret, type-2 ones. Each is created at first use, and its creation audited.
class StationKeys final {
public:
    StationKeys(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock);

    SigningKey signingKey();
    common::SecretBytes templateKey();
    /// @brief The public key of any signing key this station ever had, by its id.
    std::optional<QByteArray> publicKey(const QByteArray &keyId);

    /// @brief The key that opens a type-2 template: BLAKE2b keyed with the template key over the
    /// badge's secret, so neither the database (without the badge) nor the badge (without the
    /// station) can open it.
    common::SecretBytes badgeTemplateKey(const QByteArray &badgeSecret);

private:
    storage::Database &m_database;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::access
