// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <string>

namespace portique::common {

/// @brief A secret (a signing or template key) held in memory libsodium allocates apart, locked
/// out of swap where the system allows it, guarded by inaccessible pages, and wiped when released.
///
/// Move-only, so a key is never copied by accident into ordinary memory. Functions that use a key
/// take a QByteArrayView: a SecretBytes converts to one without copying (issue 17 #17).
class SecretBytes final {
public:
    SecretBytes() = default;
    /// @brief @p size bytes, zero-filled.
    explicit SecretBytes(std::size_t size);
    /// @brief A copy of @p source into protected memory; @p source itself is wiped in place
    /// (its bytes become zeros) when nothing else shares its buffer.
    static SecretBytes take(QByteArray &source);
    /// @brief A copy of @p bytes (public or derived data that is already protected elsewhere).
    static SecretBytes copyOf(QByteArrayView bytes);

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return qsizetype(m_size); }
    unsigned char *data() { return m_bytes; }
    const unsigned char *constData() const { return m_bytes; }
    QByteArrayView view() const { return {m_bytes, qsizetype(m_size)}; }
    operator QByteArrayView() const { return view(); }

private:
    unsigned char *m_bytes = nullptr;
    std::size_t m_size = 0;
};

/// @brief Overwrites the characters of @p text with zeros where it holds the only reference to
/// its buffer, then empties it: for passwords and passphrases once they were used. A buffer shared
/// with another QString cannot be reached and is left to that owner (best effort, documented in
/// docs/accounts.md).
void wipe(QString &text);
/// @brief The same for bytes (a password's UTF-8 form, a key read from a query).
void wipe(QByteArray &bytes);
/// @brief The same for a line read from the terminal.
void wipe(std::string &text);

} // namespace portique::common
