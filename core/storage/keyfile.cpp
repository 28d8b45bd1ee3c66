// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "keyfile.h"

#include "common/secretbytes.h"
#include "common/sodiuminit.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sodium.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portique::storage {
namespace {


// Layout of a passphrase file: magic, Argon2id limits, salt, nonce, sealed key. Fixed size, so a
// truncated file is recognised before any cryptography runs.
constexpr std::array<unsigned char, 8> wrappedMagic{'P', 'Q', 'K', 'E', 'Y', 'v', '1', '\n'};
constexpr std::size_t limitsSize = 16;
constexpr std::size_t sealedSize = DatabaseKey::size + crypto_secretbox_MACBYTES;
constexpr std::size_t wrappedSize = wrappedMagic.size() + limitsSize + crypto_pwhash_SALTBYTES
                                    + crypto_secretbox_NONCEBYTES + sealedSize;

// MODERATE limits (3 passes, 256 MiB): about a second once at unlock on the station's PC, which is
// what libsodium recommends for secrets that guard data at rest.
const unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
const std::size_t memLimit = crypto_pwhash_MEMLIMIT_MODERATE;

void writeExclusive(const QString &path, const unsigned char *bytes, std::size_t length)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            throw StorageError(StorageErrorKind::AlreadyExists,
                               QCoreApplication::translate("Storage", "The key file %1 already exists; it is never overwritten.").arg(path));
        throw StorageError(StorageErrorKind::Io,
                           QCoreApplication::translate("Storage", "Cannot create the key file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    // The umask cannot widen 0600, but an inherited ACL could: set the mode explicitly.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    std::size_t written = 0;
    while (written < length) {
        const ssize_t n = ::write(fd, bytes + written, length - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(native.constData());
            throw StorageError(err == ENOSPC ? StorageErrorKind::DiskFull : StorageErrorKind::Io,
                               QCoreApplication::translate("Storage", "Cannot write the key file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(native.constData());
        throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "Cannot write the key file %1.").arg(path));
    }
}

QByteArray readChecked(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    if (::stat(native.constData(), &info) != 0)
        throw StorageError(StorageErrorKind::NotFound, QCoreApplication::translate("Storage", "The key file %1 does not exist.").arg(path));
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        throw StorageError(StorageErrorKind::KeyFileUnsafe,
                           QCoreApplication::translate("Storage", "The key file %1 can be read by other users (mode %2); "
                              "run chmod 600 on it before use.")
                               .arg(path)
                               .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "Cannot read the key file %1.").arg(path));
    // Both kinds are small; anything much larger is not a key file.
    return file.read(wrappedSize + 1);
}

bool isWrapped(const QByteArray &content)
{
    return content.size() == static_cast<qsizetype>(wrappedSize)
           && std::memcmp(content.constData(), wrappedMagic.data(), wrappedMagic.size()) == 0;
}

void putLe64(unsigned char *out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

quint64 getLe64(const unsigned char *in)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | in[i];
    return value;
}

// Derives the key-encryption key into locked memory owned by the caller.
bool deriveKek(unsigned char *kek, const QString &passphrase, const unsigned char *salt,
               unsigned long long ops, std::size_t mem)
{
    QByteArray utf8 = passphrase.toUtf8();
    const bool derived = crypto_pwhash(kek, crypto_secretbox_KEYBYTES, utf8.constData(), static_cast<unsigned long long>(utf8.size()), salt,
                                       ops, mem, crypto_pwhash_ALG_ARGON2ID13)
                         == 0;
    common::wipe(utf8);
    return derived;
}

} // namespace

void KeyFile::writeRaw(const QString &path, const DatabaseKey &key)
{
    writeExclusive(path, key.data(), DatabaseKey::size);
}

void KeyFile::writeWrapped(const QString &path, const DatabaseKey &key, const QString &passphrase)
{
    common::ensureSodium();
    if (passphrase.size() < minimumPassphraseLength)
        throw StorageError(StorageErrorKind::KeyFileUnsafe,
                           QCoreApplication::translate("Storage", "The passphrase must have at least %1 characters.").arg(minimumPassphraseLength));
    std::array<unsigned char, wrappedSize> out{};
    unsigned char *cursor = out.data();
    std::memcpy(cursor, wrappedMagic.data(), wrappedMagic.size());
    cursor += wrappedMagic.size();
    putLe64(cursor, opsLimit);
    putLe64(cursor + 8, memLimit);
    cursor += limitsSize;
    unsigned char *salt = cursor;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    cursor += crypto_pwhash_SALTBYTES;
    unsigned char *nonce = cursor;
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    cursor += crypto_secretbox_NONCEBYTES;

    auto *kek = static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES));
    if (!kek || !deriveKek(kek, passphrase, salt, opsLimit, memLimit)) {
        sodium_free(kek);
        throw StorageError(StorageErrorKind::Io, QCoreApplication::translate("Storage", "Not enough memory to derive the key from the passphrase."));
    }
    crypto_secretbox_easy(cursor, key.data(), DatabaseKey::size, nonce, kek);
    sodium_free(kek);
    writeExclusive(path, out.data(), out.size());
}

KeyFileKind KeyFile::inspect(const QString &path)
{
    const QByteArray content = readChecked(path);
    if (isWrapped(content))
        return KeyFileKind::Passphrase;
    if (content.size() == static_cast<qsizetype>(DatabaseKey::size))
        return KeyFileKind::Raw;
    throw StorageError(StorageErrorKind::KeyFileUnsafe,
                       QCoreApplication::translate("Storage", "%1 is not a Portique key file (%2 bytes; a raw key has 32).").arg(path).arg(content.size()));
}

DatabaseKey KeyFile::read(const QString &path, const std::function<QString()> &askPassphrase)
{
    common::ensureSodium();
    QByteArray content = readChecked(path);
    const auto *bytes = reinterpret_cast<const unsigned char *>(content.constData());
    if (!isWrapped(content)) {
        if (content.size() != static_cast<qsizetype>(DatabaseKey::size))
            throw StorageError(StorageErrorKind::KeyFileUnsafe,
                               QCoreApplication::translate("Storage", "%1 is not a Portique key file (%2 bytes; a raw key has 32).").arg(path).arg(content.size()));
        DatabaseKey key = DatabaseKey::fromBytes(bytes, DatabaseKey::size);
        sodium_memzero(content.data(), static_cast<std::size_t>(content.size()));
        return key;
    }
    if (!askPassphrase)
        throw StorageError(StorageErrorKind::WrongKey,
                           QCoreApplication::translate("Storage", "The key file %1 is protected by a passphrase; none was given.").arg(path));
    const unsigned char *cursor = bytes + wrappedMagic.size();
    const quint64 ops = getLe64(cursor);
    const quint64 mem = getLe64(cursor + 8);
    cursor += limitsSize;
    const unsigned char *salt = cursor;
    cursor += crypto_pwhash_SALTBYTES;
    const unsigned char *nonce = cursor;
    cursor += crypto_secretbox_NONCEBYTES;
    // Refuse absurd limits written by a forged file rather than exhausting the station's memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw StorageError(StorageErrorKind::KeyFileUnsafe, QCoreApplication::translate("Storage", "The key file %1 is damaged.").arg(path));

    QString passphrase = askPassphrase();
    auto *kek = static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES));
    auto *plain = static_cast<unsigned char *>(sodium_malloc(DatabaseKey::size));
    const bool derived = kek && plain && deriveKek(kek, passphrase, salt, ops, static_cast<std::size_t>(mem));
    common::wipe(passphrase);
    const bool opened = derived && crypto_secretbox_open_easy(plain, cursor, sealedSize, nonce, kek) == 0;
    if (!opened) {
        sodium_free(kek);
        sodium_free(plain);
        throw StorageError(StorageErrorKind::WrongKey, QCoreApplication::translate("Storage", "Wrong passphrase for the key file %1.").arg(path));
    }
    DatabaseKey key = DatabaseKey::fromBytes(plain, DatabaseKey::size);
    sodium_free(kek);
    sodium_free(plain);
    return key;
}

} // namespace portique::storage
