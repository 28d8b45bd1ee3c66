// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "versions.h"

#include <QtGlobal>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
#include <sodium.h>
#include <dlib/revision.h>
#include <opencv2/core/version.hpp>

namespace portique::station {

QList<QPair<QString, QString>> componentVersions()
{
    return {
        {QStringLiteral("Portique"), QStringLiteral(PORTIQUE_VERSION)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        // sqlite3_libversion() answers from whichever library won the symbol lookup; the SQLCipher
        // version proper needs an open connection (Database::cipherVersion).
        {QStringLiteral("SQLite (SQLCipher)"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
        {QStringLiteral("OpenCV"), QString::fromLatin1(CV_VERSION)},
        {QStringLiteral("dlib"), QStringLiteral("%1.%2.%3").arg(DLIB_MAJOR_VERSION).arg(DLIB_MINOR_VERSION).arg(DLIB_PATCH_VERSION)},
    };
}

} // namespace portique::station
