// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

namespace portique::storage {

class Database;

/// @brief The numbered schema migrations. Each runs in its own transaction and sets PRAGMA
/// user_version; they are never edited once released, only appended.
class Migrations final {
public:
    /// @brief The schema version this build writes.
    static int latestVersion();
    /// @brief Applies every migration above the file's version up to @p targetVersion.
    /// A file newer than this build throws StorageError(TooNew) and is left untouched.
    static void apply(Database &database, int targetVersion);
};

} // namespace portique::storage
