// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "stationkeys.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "common/sodiuminit.h"
#include "privacy/auditlog.h"
#include "storage/database.h"

#include <QJsonObject>

#include <sodium.h>

namespace portique::access {
namespace {

QByteArray keyIdOf(const QByteArray &material)
{
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(material.constData()),
                       quint64(material.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), 4);
}

unsigned char *bytes(QByteArray &array) { return reinterpret_cast<unsigned char *>(array.data()); }

} // namespace

StationKeys::StationKeys(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
    common::ensureSodium();
}

SigningKey StationKeys::signingKey()
{
    SigningKey key;
    m_database.transaction([&] {
        auto row = m_database.prepare(QStringLiteral(
            "SELECT key_id, public_key, secret_key FROM station_keys WHERE purpose = 'signing' ORDER BY id DESC LIMIT 1"));
        if (row.next()) {
            key.keyId = row.toBlob(0);
            key.publicKey = row.toBlob(1);
            QByteArray secret = row.toBlob(2);
            key.secretKey = common::SecretBytes::take(secret);
            return;
        }
        key.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        key.secretKey = common::SecretBytes(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(bytes(key.publicKey), key.secretKey.data());
        key.keyId = keyIdOf(key.publicKey);
        QByteArray stored = key.secretKey.view().toByteArray(); // the query's copy shares this buffer: wiped below
        m_database.execute(QStringLiteral("INSERT INTO station_keys (purpose, key_id, public_key, secret_key, created_at) "
                                          "VALUES ('signing', ?1, ?2, ?3, ?4)"),
                           {key.keyId, key.publicKey, stored, common::isoTime(m_clock.now())});
        common::wipe(stored);
        m_audit.append(QStringLiteral("system"), QStringLiteral("keys.create"), QString::fromLatin1(key.keyId.toHex()),
                       QJsonObject{{QStringLiteral("purpose"), QStringLiteral("signing")}});
    });
    return key;
}

common::SecretBytes StationKeys::templateKey()
{
    common::SecretBytes key;
    m_database.transaction([&] {
        const QVariant existing = m_database.scalar(QStringLiteral(
            "SELECT secret_key FROM station_keys WHERE purpose = 'template' ORDER BY id DESC LIMIT 1"));
        if (existing.isValid() && !existing.isNull()) {
            QByteArray stored = existing.toByteArray();
            key = common::SecretBytes::take(stored);
            return;
        }
        key = common::SecretBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
        crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
        // The id of a secret key must not reveal it: hash a derived value, never the key itself.
        QByteArray material = QByteArrayLiteral("portique template key id");
        material.append(key.view());
        const QByteArray keyId = keyIdOf(material);
        common::wipe(material);
        QByteArray stored = key.view().toByteArray(); // the query's copy shares this buffer: wiped below
        m_database.execute(QStringLiteral("INSERT INTO station_keys (purpose, key_id, secret_key, created_at) "
                                          "VALUES ('template', ?1, ?2, ?3)"),
                           {keyId, stored, common::isoTime(m_clock.now())});
        common::wipe(stored);
        m_audit.append(QStringLiteral("system"), QStringLiteral("keys.create"), QString::fromLatin1(keyId.toHex()),
                       QJsonObject{{QStringLiteral("purpose"), QStringLiteral("template")}});
    });
    return key;
}

std::optional<QByteArray> StationKeys::publicKey(const QByteArray &keyId)
{
    const QVariant key = m_database.scalar(
        QStringLiteral("SELECT public_key FROM station_keys WHERE purpose = 'signing' AND key_id = ?1"), {keyId});
    if (!key.isValid() || key.isNull())
        return std::nullopt;
    return key.toByteArray();
}

common::SecretBytes StationKeys::badgeTemplateKey(const QByteArray &badgeSecret)
{
    const common::SecretBytes station = templateKey();
    common::SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash(key.data(), quint64(key.size()), reinterpret_cast<const unsigned char *>(badgeSecret.constData()),
                       quint64(badgeSecret.size()), station.constData(), quint64(station.size()));
    return key;
}

} // namespace portique::access
