// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditchainhash.h"

#include "common/sodiuminit.h"
#include "storage/database.h"
#include "storage/databasekey.h"

#include <sodium.h>

namespace portique::privacy::chainhash {
namespace {

// crypto_kdf context of the audit chain's key (exactly 8 characters) and its subkey number.
// Changing either makes every keyed link, head and redaction of every station unverifiable.
constexpr char kdfContext[] = "PQauditc";
constexpr std::uint64_t macSubkey = 1;

class Hasher {
public:
    explicit Hasher(QByteArrayView key = {})
    {
        common::ensureSodium();
        crypto_generichash_init(&m_state, reinterpret_cast<const unsigned char *>(key.data()), std::size_t(key.size()), size);
    }
    Hasher &add(QByteArrayView bytes)
    {
        // Length-prefixed, so ("ab","c") and ("a","bc") never hash alike.
        addNumber(static_cast<quint64>(bytes.size()));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.data()),
                                  static_cast<unsigned long long>(bytes.size()));
        return *this;
    }
    Hasher &addNumber(quint64 value)
    {
        unsigned char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<unsigned char>(value >> (8 * i));
        crypto_generichash_update(&m_state, le, sizeof le);
        return *this;
    }
    QByteArray finish()
    {
        QByteArray out(size, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), size);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

Hasher redaction(QByteArrayView key, qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by)
{
    Hasher hasher(key);
    hasher.add(QByteArrayLiteral("portique.audit.redacted"))
        .addNumber(static_cast<quint64>(seq))
        .add(at.toUtf8())
        .add(actor.toUtf8())
        .add(action.toUtf8())
        .addNumber(static_cast<quint64>(by));
    return hasher;
}

} // namespace

storage::DatabaseKey macKey(const storage::Database &database)
{
    return database.derivedKey(macSubkey, kdfContext);
}

QByteArrayView view(const storage::DatabaseKey &key)
{
    return {reinterpret_cast<const char *>(key.data()), qsizetype(storage::DatabaseKey::size)};
}

QByteArray genesis()
{
    return QByteArray(size, '\0');
}

QByteArray content(qint64 seq, const QString &at, const QString &actor, const QString &action, const QString &object,
                   const QByteArray &details)
{
    return Hasher()
        .addNumber(static_cast<quint64>(seq))
        .add(at.toUtf8())
        .add(actor.toUtf8())
        .add(action.toUtf8())
        .add(object.toUtf8())
        .add(details)
        .finish();
}

QByteArray legacyLink(const QByteArray &previous, const QByteArray &content)
{
    return Hasher().add(previous).add(content).finish();
}

QByteArray keyedLink(QByteArrayView key, const QByteArray &previous, const QByteArray &content)
{
    // The same pieces as the legacy link under the key: a record's link says which one wrote it.
    return Hasher(key).add(previous).add(content).finish();
}

QByteArray headMac(QByteArrayView key, qint64 seq, const QByteArray &link)
{
    return Hasher(key).add(QByteArrayLiteral("portique.audit.head")).addNumber(static_cast<quint64>(seq)).add(link).finish();
}

QByteArray unvouchedHead(QByteArrayView key, qint64 seq, const QByteArray &link)
{
    return Hasher(key).add(QByteArrayLiteral("portique.audit.head.unvouched")).addNumber(static_cast<quint64>(seq)).add(link).finish();
}

QByteArray legacyRedaction(qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by)
{
    return redaction({}, seq, at, actor, action, by).finish();
}

QByteArray redactionMac(QByteArrayView key, qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by)
{
    return redaction(key, seq, at, actor, action, by).finish();
}

QByteArray legacyErasureDigest(const QList<qint64> &seqs)
{
    // Before issue 17: the bare numbers, not length-prefixed (kept as written).
    Hasher hasher;
    for (const qint64 seq : seqs)
        hasher.addNumber(static_cast<quint64>(seq));
    return hasher.finish();
}

namespace {

QByteArray listMac(QByteArrayView key, const QByteArray &domain, const QList<std::pair<qint64, QByteArray>> &records)
{
    Hasher hasher(key);
    hasher.add(domain).addNumber(static_cast<quint64>(records.size()));
    for (const auto &[seq, mac] : records)
        hasher.addNumber(static_cast<quint64>(seq)).add(mac);
    return hasher.finish();
}

} // namespace

QByteArray erasureMac(QByteArrayView key, const QList<std::pair<qint64, QByteArray>> &blanked)
{
    return listMac(key, QByteArrayLiteral("portique.audit.erasure"), blanked);
}

QByteArray conversionMac(QByteArrayView key, const QList<std::pair<qint64, QByteArray>> &erased)
{
    return listMac(key, QByteArrayLiteral("portique.audit.rekey"), erased);
}

} // namespace portique::privacy::chainhash
