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
    // Says what a migration decided for the station's operator to act on (logged once, after its
    // commit); nullptr for the migrations that only change the schema.
    void (*report)(Database &) = nullptr;
};

void reportRoleSplit(Database &database);

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
    {3, "people, guardians, station keys, credentials, consents and templates", R"sql(
CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('student', 'staff', 'other')),
    family_name TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    class_name  TEXT NOT NULL DEFAULT '',
    birth_date  TEXT,
    left_on     TEXT,
    source      TEXT NOT NULL CHECK (source IN ('siecle', 'csv', 'manual')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX people_class ON people(class_name);
CREATE TABLE guardians (
    student_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    guardian_id  TEXT NOT NULL,
    family_name  TEXT NOT NULL,
    first_name   TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (student_id, guardian_id)
);
CREATE TABLE station_keys (
    id         INTEGER PRIMARY KEY,
    purpose    TEXT NOT NULL CHECK (purpose IN ('signing', 'template')),
    key_id     BLOB NOT NULL UNIQUE,
    public_key BLOB,
    secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE credentials (
    serial        TEXT PRIMARY KEY NOT NULL,
    person_id     TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    architecture  INTEGER NOT NULL CHECK (architecture IN (0, 1, 2)),
    issued_on     TEXT NOT NULL,
    expires_on    TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    issued_by     TEXT NOT NULL,
    revoked_at    TEXT,
    revoke_reason TEXT
);
CREATE INDEX credentials_person ON credentials(person_id);
CREATE TABLE consents (
    id                    INTEGER PRIMARY KEY,
    person_id             TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose               TEXT NOT NULL,
    architecture          INTEGER NOT NULL CHECK (architecture IN (1, 2)),
    given_at              TEXT NOT NULL,
    given_by              TEXT NOT NULL,
    guardian_name         TEXT NOT NULL DEFAULT '',
    guardian_relationship TEXT NOT NULL DEFAULT '',
    channel               TEXT NOT NULL CHECK (channel IN ('in_person', 'paper')),
    channel_reference     TEXT NOT NULL DEFAULT '',
    agent                 TEXT NOT NULL,
    withdrawn_at          TEXT,
    withdrawn_by          TEXT
);
CREATE INDEX consents_person ON consents(person_id);
CREATE TABLE face_templates (
    person_id         TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    credential_serial TEXT NOT NULL,
    sealed            BLOB NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE TABLE enrolments (
    id        INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    agent     TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('enrolled', 'failed')),
    reason    TEXT NOT NULL DEFAULT '',
    capture   TEXT NOT NULL CHECK (capture IN ('camera', 'photos')),
    quality   REAL,
    frames    INTEGER NOT NULL DEFAULT 0
)
)sql"},
    {4, "access events and overrides", R"sql(
CREATE TABLE access_events (
    id                INTEGER PRIMARY KEY,
    at                TEXT NOT NULL,
    lane              TEXT NOT NULL,
    method            TEXT NOT NULL CHECK (method IN ('scanner', 'camera_qr', 'typed', 'manual')),
    person_id         TEXT,
    credential_serial TEXT,
    outcome           TEXT NOT NULL CHECK (outcome IN ('granted', 'refused', 'check_by_hand')),
    reasons           TEXT NOT NULL DEFAULT '',
    face_lane         INTEGER NOT NULL DEFAULT 0,
    distance          REAL,
    quality           REAL,
    liveness          INTEGER,
    latency_ms        INTEGER NOT NULL,
    agent             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_events_at ON access_events(at);
CREATE INDEX access_events_person ON access_events(person_id);
CREATE TABLE overrides (
    id       INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES access_events(id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    agent    TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('granted', 'refused', 'check_by_hand')),
    reason   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX overrides_event ON overrides(event_id)
)sql"},
    {5, "alerts", R"sql(
CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    kind            TEXT NOT NULL,
    lane            TEXT NOT NULL DEFAULT '',
    event_id        INTEGER REFERENCES access_events(id) ON DELETE CASCADE,
    person_id       TEXT,
    details         TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alerts_open ON alerts(acknowledged_at)
)sql"},
    {6, "visitors, sightings and watchlist", R"sql(
CREATE TABLE visitors (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    folded_name        TEXT NOT NULL,
    organisation       TEXT NOT NULL DEFAULT '',
    host               TEXT NOT NULL,
    purpose            TEXT NOT NULL DEFAULT '',
    arrived_at         TEXT NOT NULL,
    expected_departure TEXT NOT NULL,
    escort             INTEGER NOT NULL DEFAULT 0,
    zones              TEXT NOT NULL DEFAULT '',
    tracking           INTEGER NOT NULL DEFAULT 0,
    pass_serial        TEXT NOT NULL UNIQUE,
    pass_valid_until   TEXT NOT NULL,
    registered_by      TEXT NOT NULL,
    overstay_alerted   INTEGER NOT NULL DEFAULT 0,
    departed_at        TEXT,
    departed_by        TEXT,
    departure          TEXT CHECK (departure IN ('desk', 'automatic'))
);
CREATE INDEX visitors_departed ON visitors(departed_at);
CREATE TABLE visitor_templates (
    visitor_id TEXT PRIMARY KEY REFERENCES visitors(id) ON DELETE CASCADE,
    sealed     BLOB NOT NULL
);
CREATE TABLE sightings (
    id         INTEGER PRIMARY KEY,
    visitor_id TEXT NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    camera     TEXT NOT NULL,
    zone       TEXT NOT NULL,
    score      REAL NOT NULL
);
CREATE INDEX sightings_visitor ON sightings(visitor_id, at);
CREATE TABLE watchlist (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('banned', 'custody')),
    name        TEXT NOT NULL,
    folded_name TEXT NOT NULL,
    birth_date  TEXT,
    photo       BLOB,
    sealed      BLOB,
    details     TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);
ALTER TABLE alerts ADD COLUMN visitor_id TEXT;
ALTER TABLE access_events ADD COLUMN visitor_id TEXT
)sql"},
    {7, "camera outages", R"sql(
CREATE TABLE camera_outages (
    id         INTEGER PRIMARY KEY,
    camera     TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    state      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX camera_outages_started ON camera_outages(started_at)
)sql"},
    // Erasure blanks an audit record's object and details but keeps its content_hash (the link);
    // redacted_by names the "subject.erase" record that did it and redaction_hash seals what is
    // kept (seq, time, actor, action). The retention purge drops the oldest records and leaves in
    // audit_anchor the last dropped record's seq and link hash, where verify() starts again.
    // docs/privacy-operations.md explains both. The action index serves the purge history and the
    // audit viewer's filter.
    {8, "audit erasure and retention", R"sql(
ALTER TABLE audit_log ADD COLUMN redacted_by INTEGER;
ALTER TABLE audit_log ADD COLUMN redaction_hash BLOB;
CREATE INDEX audit_log_action ON audit_log(action);
CREATE TABLE audit_anchor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
)
)sql"},
    // Visitor ids are V<yyMMdd>-<number of the day>. Counting the day's rows gave an erased
    // visitor's number again (issue 17): the last number given each day (local date, ISO) is kept
    // here instead, and survives the erasure of the row. Only a day and a count: no one's data.
    // Seeded with each day's highest number among the visitors present: only a day's last number,
    // erased before this migration, could still be given again that same day.
    {9, "visitor numbers never given twice", R"sql(
CREATE TABLE visitor_day_counters (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
INSERT INTO visitor_day_counters (day, last)
SELECT '20' || substr(id, 2, 2) || '-' || substr(id, 4, 2) || '-' || substr(id, 6, 2), max(CAST(substr(id, 9) AS INTEGER))
FROM visitors
WHERE id GLOB 'V[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9]*'
GROUP BY substr(id, 2, 6)
)sql"},
    // Issue 17 #18 and #12 (docs/privacy-operations.md, "What survives a restore" and "Files the
    // station wrote"). forget_pending holds what an erasure or a revocation must still append to
    // the forget ledger, a file beside the database (privacy/forgetledger.h): written in the
    // operation's own transaction, deleted once the ledger has it, so a failed or interrupted
    // append is retried. forget_ledger_head remembers how long the ledger was and its last MAC, so
    // a ledger cut short or replaced is found. output_files and output_subjects are the output log
    // (privacy/outputlog.h): every file the station wrote that may hold personal data, and whom it
    // concerns. Subjects and ledger entries are keyed hashes (BLAKE2b under keys derived from the
    // database's key), never ids: no raw id outlives an erasure here.
    {10, "forget ledger and output log", R"sql(
CREATE TABLE forget_pending (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('erase', 'revoke')),
    tag  BLOB NOT NULL,
    at   TEXT NOT NULL
);
CREATE TABLE forget_ledger_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    mac     BLOB NOT NULL
);
CREATE TABLE output_files (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    written_at TEXT NOT NULL
);
CREATE INDEX output_files_path ON output_files(path);
CREATE INDEX output_files_written ON output_files(written_at);
CREATE TABLE output_subjects (
    file_id INTEGER NOT NULL REFERENCES output_files(id) ON DELETE CASCADE,
    subject BLOB NOT NULL,
    PRIMARY KEY (file_id, subject)
);
CREATE INDEX output_subjects_subject ON output_subjects(subject)
)sql"},
    // Issue 15: a consent withdrawal no longer revokes the badge, so it is a ledger kind of its own
    // (a backup put back must not bring the face lane back). SQLite cannot change a CHECK: the
    // table is copied.
    {11, "withdrawal in the forget ledger", R"sql(
CREATE TABLE forget_pending_11 (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('erase', 'revoke', 'withdraw')),
    tag  BLOB NOT NULL,
    at   TEXT NOT NULL
);
INSERT INTO forget_pending_11 (id, kind, tag, at) SELECT id, kind, tag, at FROM forget_pending;
DROP TABLE forget_pending;
ALTER TABLE forget_pending_11 RENAME TO forget_pending
)sql"},
    // Issue 15 "Roles": the DPO and the station administrator become two roles (GDPR art. 38(6)).
    // Existing "dpo" accounts stay DPO: the person named DPO keeps the audit trail and the
    // subjects' requests, and loses the settings and the accounts. No administrator is invented
    // (nobody would know its password): reportRoleSplit says how to create one. SQLite cannot
    // change a CHECK: the table is copied.
    {12, "station administrator role", R"sql(
CREATE TABLE users_12 (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('agent', 'principal', 'dpo', 'admin')),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    last_login_at   TEXT
);
INSERT INTO users_12 SELECT id, login, display_name, role, password_hash, disabled, failed_attempts, locked_until,
    created_at, last_login_at FROM users;
DROP TABLE users;
ALTER TABLE users_12 RENAME TO users
)sql",
     reportRoleSplit},
    // Issue 15 "Consent documents": the form references the station printed on consent letters.
    // A paper consent is accepted only with a reference issued for that person and not used yet
    // (consent_id: the consent it recorded).
    {13, "consent form references", R"sql(
CREATE TABLE consent_forms (
    reference  TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    used_at    TEXT,
    consent_id INTEGER
);
CREATE INDEX consent_forms_person ON consent_forms(person_id)
)sql"},
    // Issue 15 "Rights as features": a restricted person (GDPR art. 18) is kept and processed for
    // nothing else; a field the DPO rectified is not overwritten by a later import unless the DPO
    // says so (docs/privacy-operations.md). Values are never copied here: only which field, when, who.
    {14, "restriction and rectified fields", R"sql(
ALTER TABLE people ADD COLUMN restricted_at TEXT;
ALTER TABLE people ADD COLUMN restricted_by TEXT;
CREATE TABLE rectified_fields (
    person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    rectified_at TEXT NOT NULL,
    rectified_by TEXT NOT NULL,
    PRIMARY KEY (person_id, field)
)
)sql"},
    // Issue 15: a consent ends by withdrawal or lapses (end of the experiment, of the school year,
    // the 18th birthday: privacy/consentlapse.h). end_reason says which; NULL for the withdrawals
    // recorded before.
    {15, "why a consent ended", R"sql(
ALTER TABLE consents ADD COLUMN end_reason TEXT
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

void reportRoleSplit(Database &database)
{
    // Logged, not translated: it goes to the journal of whoever upgrades the station (portiquectl
    // prints it on stderr, beside its JSON).
    Statement dpos = database.prepare(QStringLiteral("SELECT login, disabled FROM users WHERE role = 'dpo' ORDER BY id"));
    while (dpos.next())
        qInfo("migration 12: account \"%s\"%s stays DPO (data protection officer): it keeps the audit trail, consents, "
              "subject rights and retention, and no longer manages users, cameras or settings",
              qUtf8Printable(dpos.toText(0)), dpos.toInt64(1) != 0 ? " (disabled)" : "");
    if (database.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0")).toLongLong() == 0
        && database.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong() > 0)
        qWarning("migration 12: no station administrator account: create one with "
                 "`portiquectl user add LOGIN --role admin` (while there is none, a DPO may create it)");
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
                           QCoreApplication::translate("Storage", "The database %1 has schema version %2, newer than this "
                                                                  "Portique (%3): update Portique before opening it.")
                               .arg(database.path())
                               .arg(current)
                               .arg(latestVersion()));
    for (const Migration &migration : migrations) {
        if (migration.version > current && migration.version <= targetVersion) {
            run(database, migration);
            if (migration.report)
                migration.report(database);
        }
    }
}

} // namespace portique::storage
