// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// What every fuzz target shares (docs/fuzzing.md). A target aborts on a broken invariant, which
// libFuzzer reports as a crash with its reproducer; an exception the function documents is the
// expected answer to bad input, any other exception escapes and is a crash too.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace portique::fuzz {

/// @brief The application object the real programs have (QCoreApplication::translate, Qt's
/// locale and codec set-up), made once. It gets an argv of its own so that Qt never eats
/// libFuzzer's flags; it is never destroyed, so nothing of it runs after libFuzzer's exit.
inline void startApplication()
{
    static int argc = 1;
    static char name[] = "portique-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *const application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

/// @brief The input as a QByteArray of its own (the functions under test may keep it).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// @brief Whether people::parseImportData() takes @p bytes for XML: after an optional UTF-8 byte
/// order mark and white space, a '<' (people/importfile.h).
inline bool looksLikeXml(const QByteArray &bytes)
{
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    return (bytes.startsWith(bom) ? bytes.sliced(bom.size()) : bytes).trimmed().startsWith('<');
}

/// @brief A broken invariant: libFuzzer reports the abort as a crash and writes the input.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// @brief A refusal must say why (STYLE: bad input gets a clear message).
inline void checkMessage(const char *message)
{
    if (message == nullptr || *message == '\0')
        fail("an input was refused with an empty message");
}

} // namespace portique::fuzz
