<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>check the audit hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the newest audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the demo station in DIR (portique.db, portique.key) with the published demo users; does nothing if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the demo station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the encrypted database, its key file (mode 0600) and the first DPO/administrator. The administrator&apos;s password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the key under a passphrase (Argon2id), read from PORTIQUE_PASSPHRASE or typed; it is asked at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user (agent, principal, dpo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a user again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the versions of Portique and its libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the encrypted database, its key and the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users: add, passwd, list, disable, enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail: verify, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo station: init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions of Portique and its libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portiquectl &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO / administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already exists; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database key must be exactly %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Portique (%3): update Portique before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::accounts::UserStore</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: 2 to 32 letters, digits, dots, dashes or underscores, without spaces or accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active DPO/administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::cli</name>
    <message>
        <source>Walks the audit hash chain and reports the first broken link (exit 1 when broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the newest audit records as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user. The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name shown on screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, principal or dpo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use agent, principal or dpo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a password (anyone their own; the administrator anyone&apos;s, which also lifts a lockout). The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the station&apos;s users as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables a user: the login is refused until enabled again; history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::cli::CliContext</name>
    <message>
        <source>Encrypted database file (or PORTIQUE_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file of the database (or PORTIQUE_KEY_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the operator (or PORTIQUE_USER); the password is read from PORTIQUE_PASSWORD or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: use --db PATH or set PORTIQUE_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file given: use --key-file PATH or set PORTIQUE_KEY_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the database key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator given: use --user LOGIN or set PORTIQUE_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is locked until %2 after too many failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; of %2 does not allow this command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::AuditLog</name>
    <message>
        <source>Record %1 is missing (the next one found is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is out of order (found %2 in its place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link from record %1 to the one before it is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail ends at record %1 but its head says %2: records were removed at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::storage</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); run chmod 600 on it before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::storage::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already exists; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; Portique only opens encrypted databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not active in this build (the plain SQLite library was linked first); refusing to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not open with this key: wrong key, damaged file, or not a Portique database. The file was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the last change was cancelled and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not open with this key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::storage::KeyFile</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portique key file (%2 bytes; a raw key has 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::storage::Statement</name>
    <message>
        <source>binding a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>The key file %1 already exists; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
