// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "migrations.h"

#include "database.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QStringList>

#include <span>

namespace portique::storage {
namespace {

struct Migration {
    int version;
    const char *purpose;
    const char *sql; // statements separated by ";\n"
};

// Dates are ISO 8601 UTC text with milliseconds ("2026-11-29T08:12:03.120Z"): sortable as text and
// readable in an export.
constexpr Migration migrations[] = {
    {1, "settings and the audit chain", R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object       TEXT NOT NULL,
    details      TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    hash         BLOB NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TABLE audit_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    hash     BLOB NOT NULL
)
)sql"},
    {2, "users and roles", R"sql(
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('agent', 'principal', 'dpo')),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    last_login_at   TEXT
)
)sql"},
};

void run(Database &database, const Migration &migration)
{
    database.transaction([&] {
        const QStringList statements = QString::fromUtf8(migration.sql).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty())
                database.execute(statement);
        }
        database.execute(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    });
}

} // namespace

int Migrations::latestVersion()
{
    return std::span(migrations).back().version;
}

void Migrations::apply(Database &database, int targetVersion)
{
    const int current = database.schemaVersion();
    if (current > latestVersion())
        throw StorageError(StorageErrorKind::TooNew,
                           QCoreApplication::translate("Storage",
                                                       "The database %1 has schema version %2, newer than this "
                                                       "Portique (%3): update Portique before opening it.")
                               .arg(database.path())
                               .arg(current)
                               .arg(latestVersion()));
    for (const Migration &migration : migrations) {
        if (migration.version > current && migration.version <= targetVersion)
            run(database, migration);
    }
}

} // namespace portique::storage
