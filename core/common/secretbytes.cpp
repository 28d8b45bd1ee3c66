// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "secretbytes.h"

#include "sodiuminit.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace portique::common {

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    ensureSodium();
    // sodium_malloc: guard pages around the buffer and mlock (a failing mlock, e.g. under a low
    // RLIMIT_MEMLOCK, still returns usable memory: swap is then the only loss).
    m_bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_bytes)
        throw std::bad_alloc();
    sodium_memzero(m_bytes, size);
}

SecretBytes SecretBytes::take(QByteArray &source)
{
    SecretBytes secret = copyOf(source);
    if (source.isDetached())
        sodium_memzero(source.data(), std::size_t(source.size()));
    return secret;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::copy_n(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(), secret.m_bytes);
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    if (m_bytes)
        sodium_free(m_bytes); // wipes before releasing
}

void wipe(QString &text)
{
    if (text.isDetached() && !text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(std::string &text)
{
    if (!text.empty())
        sodium_memzero(text.data(), text.size());
    text.clear();
}

} // namespace portique::common
