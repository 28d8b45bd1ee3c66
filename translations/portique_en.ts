<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
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
        <source>The login &quot;%1&quot; is not valid: %2 to %3 lower-case letters, digits, dots, dashes or underscores, starting with a letter (so that it can never be taken for a person&apos;s id or a visitor&apos;s number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active station administrator: add or enable another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active data protection officer: add or enable another DPO first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO and the station administrator need two different logins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Give the station&apos;s database and key (--db PATH --key-file PATH, or PORTIQUE_DB and PORTIQUE_KEY_FILE), or run the demo with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Station created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login locked after failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail checked</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass re-issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist hit confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist hit dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in the face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate decision overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure of a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is marked erased by a record that does not come after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is marked erased but still holds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was altered after its erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure in record %1 does not match the records marked erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is marked erased by record %2, which is not an erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is marked erased by record %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail starts after record %1, but no purge record vouches for that start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoint of the audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail converted to the keyed chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures and revocations done again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget ledger found damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portique audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a checkpoint of format %2, which this Portique cannot read (it reads format %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint %1 is incomplete or damaged: a field is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; a checkpoint never replaces another file. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2 Investigate before taking a checkpoint, which would vouch for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail holds no record yet: there is nothing to vouch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature is not valid: the file was altered after it was signed, or damaged. It proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint is signed, but not with a key of this station (key %1): it was taken on another station, or this database is not the one it vouches for (a copy from before that key was created, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail itself verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention purge&apos;s cut at record %1 does not have the hash the checkpoint signed on %2: the trail was rewritten. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, signed on %2, has since been dropped by the retention purge (the trail now starts after record %3), so its hash can no longer be compared. What can still be checked: the trail holds records %4 to %5, past the checkpoint. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 no longer has the hash the checkpoint signed on %2: the trail was rewritten up to that record (by someone holding the database key), or a backup older than the checkpoint was restored and written to since. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is there with the hash the checkpoint signed on %2, but the trail is broken at record %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is consistent with the checkpoint signed on %1: record %2 is there with the signed hash, and the whole trail (%3 records) verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail ends at record %1 (%2), before record %3 that the checkpoint signed on %4, and it verifies: a backup older than the checkpoint may have been restored (or the end of the trail was cut by someone holding the database key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, which the checkpoint signed on %2, is no longer in the trail (it ends at record %3): records were removed. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion in record %1 does not match the records erased before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail holds no record, but the station has written some: every record and the head were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the trail does not match record %1, the last one: records were removed at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the trail does not vouch for record %1, the last one: records were written after the end of the trail had been changed without the station&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the trail does not vouch for record %1, the last one: the end of the trail was changed without the station&apos;s key (records removed at the end, or the head rewritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts closed at the end of their period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification of a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of a person&apos;s data restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of a person&apos;s data lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment (AIPD) generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Biometrics</name>
    <message>
        <source>A template needs the 8-byte id of its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Portique face template (or a version this station does not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face template is damaged (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face template was made by another face model (%1, this station uses %2): it cannot be compared; the person must enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face template is damaged (scale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face template is damaged (value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed face template cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed face template does not open: wrong key, altered, or made for another face model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image for %1 s: reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>check the audit hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the newest audit records</source>
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
        <source>Adds a user. The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name shown on screens.</source>
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
    <message>
        <source>faces and descriptors of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the faces of two images (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate labelled pairs: FMR, FNMR, ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert, check and install the face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the face model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face model file (or PORTIQUE_FACE_MODEL; default: the official dlib file if installed, else the converted one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor: mirror (chip and its mirror averaged, the default) or single (the naive pipeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>150x150 face crops: realign (pad, then detect and align, the default) or straight (fed to the network as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crops takes realign or straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes mirror or single.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face model: install, info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces in images: embed, compare, eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints, for each image, one JSON line with every face found: box, detector score, quality, whether it is usable, and the 128-D descriptor of usable faces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the largest usable face of two images (1:1) and prints the distance, the threshold, the decision and the displayed confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision threshold (default: the station&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold takes a distance between 0 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face in %1 (%2 found, none of comparable quality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pairs file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected fileA, fileB and same (0 or 1), tab-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates labelled pairs (tab-separated fileA, fileB, same): accuracy, false match and false non-match rates at the threshold, ROC points and failures to acquire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the pairs&apos; paths are relative to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample photos in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converts the face-api face recognition weights into dlib&apos;s format, checks the result on the package&apos;s demo photos, and installs it only if it separates people as the network should. With --official, checks and installs dlib&apos;s own model file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face_recognition_model-weights_manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face_recognition_model.bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlib_face_recognition_resnet_model_v1.dat to install instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of group photos for the check (the package&apos;s demo/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to install (default: the model folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model failed its accuracy check on %1 faces (separation %2, median distance between different people %3, largest distance of a face to itself %4): it was not installed. This is what a wrong weight layout looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the model at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which face model is in use, its id, and the BLAS it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cameras (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video each camera plays (default: the demo gate video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-frame detection and a descriptor of every face in every frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision workers (default 2, one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cameras takes 1 to 16, --seconds and --workers a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video at %1: run portiquectl demo cameras (scripts/setup.sh does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vision loop on simulated cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a camera: a V4L2 device (/dev/video0 or 0), a network stream (rtsp://…), a video file or a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where its images come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone an indoor camera watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the station&apos;s cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few faces found in %1 to make the demo cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo cameras&apos; videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cameras: add, list, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 90, 180 or 270: how the camera is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution cap in pixels of width (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new badge: FILE.pdf or FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new badge: FILE.pdf or FILE.png (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card (one CR80 card a page, the default) or a4 (ten cards a sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet takes card or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues badge-only badges (a first badge, a lost one) to people or to a whole class, and writes them for printing. Earlier badges of those people are revoked. People using the face lane are skipped: enrol them again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active person of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either person ids or --class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active person is in the class %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes a badge (lost, stolen) by its serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: lost, stolen, damaged...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge has the serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a badge from a photo or scan of it, or from the text of its QR code: who, validity, whether it carries a template. Exit 1 when refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the badge (PNG, JPEG...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue and print badge-only badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a badge from an image or its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a minor: the legal representative who consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative&apos;s relationship (SIECLE code or words); taken from the imported guardians when the name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_person (the default) or paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: the template on the badge (default); 2: in the database, locked by the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--architecture takes 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel takes in_person or paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure to enrol (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw a consent to the face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares a SIECLE export (ElevesSansAdresses.xml, ResponsablesAvecAdresses.xml) or a CSV file with the registry and prints what would change; --apply writes it, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the import (without it, nothing is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply even when most people would be marked as having left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the people of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name or an id (accents and case ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also people who have left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one person: guardians, consents, badges and enrolment attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview or apply a SIECLE or CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one person&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people: import, list, show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol a person in the face lane from photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges: issue, revoke, verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate lanes: credential-to-decision latency and passages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lanes (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of photos of faces (default: the face-api demo photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lanes takes 1 to 8, --seconds at least 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few faces found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs one passage headless: the video plays as the lane camera, the credential is presented when the first frame has been processed, and the decision is printed and recorded like any passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane camera: a video file or a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the badge&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the badge (its QR code is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor model file (default: the installed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame came from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run one passage headless from a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists alerts: open ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledges an alert with a note saying what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts: list, ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds a keyboard-wedge scanner (its device name, as `xinput list` shows it) to a lane; an empty LANE unbinds it. Scanners not bound feed the lane selected on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists which scanner feeds which lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind a scanner to a lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the scanners&apos; lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate lanes: simulate, bind-scanner, scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the demo cameras&apos; videos from the face-api demo photos: two gate lanes (people walking up one after another), a hall (a pan across a group), and two indoor cameras (Administration, Cuisine) where the demo visitors walk by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with a scripted school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a visitor pass from a photo or scan of it (PNG, JPEG; not a PDF: render it first, e.g. pdftoppm -png), or from the text of its QR code: signature, validity window, whether the visitor is still on site. Exit 1 when refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the pass (PNG, JPEG...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a visitor pass from an image or its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 past their period kept: in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything held about one person or visitor as DIR/ID.json (every field) and DIR/ID.pdf (readable), for a subject access request. Never a face template. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the two files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases one person or visitor everywhere: revokes their badges, deletes their rows in every table, blanks them from notes and from the audit trail, and leaves one audit record saying an erasure happened. Cannot be undone: without --yes, only shows what would go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing %1 deletes %2 records and cannot be undone: run again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes what is past its retention period (docs/privacy-operations.md), in short batches, and audits the run with its counts; --dry-run only counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what would go; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything held about a person or visitor, as JSON and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a person or visitor everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every figure of the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal&apos;s report of one school day: passages, outcomes, methods, overrides, decision times, refusals, visitors, alerts, camera availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: yesterday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment&apos;s evaluation (ISO/IEC 19795 estimates, criteria met or not) over its declared period and lanes (see `portiquectl experiment set`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment is declared: declare it with portiquectl experiment set FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares the experiment from a JSON file: name, start, end (YYYY-MM-DD), lanes, population, criteria (docs/reports.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the declared experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the database with a scripted school day (passages on every lane, overrides, visitors, alerts, camera outages) through the station&apos;s own services, and prints what it did: the figures that day&apos;s report must show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (the same seed gives the same day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seeded day must be in the past: its script runs until the evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principal&apos;s daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment&apos;s evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare the experiment from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the declared experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face distance %1, within the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the pass: FILE.pdf (to print) or FILE.png (300 dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label (62 x 100 mm label, the default) or a6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pass-out takes a .pdf or .png file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet takes label or a6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the pass file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a watchlist entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a visitor at the desk and writes their pass. The watchlist is checked first: a possible match stops the registration until it is dismissed (--dismiss-hit) or confirmed (--confirm-hit, entry refused). The photo is used for the watchlist, the tracking template (with --consent only) and the printed pass (setting visitors.print_photo), and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company, association, or relationship to a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or service visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected departure today, local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor must be accompanied inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones the pass allows, comma-separated (default: every unrestricted zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, only to check the watchlist (never stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration photo (one usable face).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor consents to be followed by the indoor cameras while on site (needs --photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watchlist match checked and found not to be this visitor (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watchlist match confirmed: entry refused, alert raised, nothing registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent checked, for --dismiss-hit or --confirm-hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a time of today as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent needs --photo: tracking follows the face of the registration photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was checked with --note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be used (%1): %2. Take another photo, or register without --photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist entry %1 does not match this visitor: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist match confirmed: the visitor is refused entry and an alert was raised. Nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible watchlist match; nothing was registered:
%1
Check the person against the entry, then re-run with --dismiss-hit ID --note TEXT, or refuse entry (--confirm-hit ID --note TEXT raises the alert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the visitors on site, with where they were last seen; --all or --date: everyone who arrived that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who arrived today, gone or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who arrived on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a visitor and their trail (while on site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a visitor out, by number or by their pass: the pass stops working, their template and trail are deleted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the pass&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a visitor number, --pass-image or --payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a new pass for a visitor on site (lost or damaged): the previous pass stops working. No photo is printed: it was never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evacuation roll call: everyone on site now, by name, with where they were last seen; --pdf writes it on A4 to tick at the assembly point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the roll call to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the station does every minute: an overstay alert for each visitor past their expected departure, and everyone checked out once the end-of-day time (visitors.auto_checkout_minute) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a visitor and write their pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the visitors on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a visitor and their trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a visitor out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a new pass, the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone on site, for an evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overstay alerts and end-of-day check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow visitors on an indoor camera&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 is not an indoor camera with a zone: give --zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no zone named %1 (zones: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays a video once as an indoor camera and follows the visitors on site who consented to tracking: each sighting is recorded (alerting when the zone is not on the pass) and printed as one JSON line. Strangers give nothing and leave nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone it watches (default: the configured camera&apos;s zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame came from %1 for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person to the watchlist: banned from the school, or a custody restriction. Give a date of birth, a reference photo, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banned or custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference photo of the person&apos;s face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the desk must know (the decision, the student concerned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes banned or custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date takes a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face on the reference photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an entry from the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is the entry&apos;s number (see watchlist list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person to the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a watchlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the zone map in force (made from the indoor cameras&apos; zones until one is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the zone map with a JSON file: {&quot;zones&quot;: [{&quot;name&quot;, &quot;restricted&quot;}], &quot;plan&quot;: IMAGE, &quot;cameras&quot;: {NAME: [x, y]}} (positions 0..1 of the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone map as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass allows it unless the agent ticks it; a visitor seen there raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a zone named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a zone no indoor camera watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; watches zone &quot;%2&quot;: give it another zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the plan image of the school (PNG or JPEG). It is not copied: it must stay readable by the station. An empty IMAGE removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image the station can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places an indoor camera on the plan: X and Y from 0 (left, top) to 1 (right, bottom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X and Y are numbers from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indoor camera is named &quot;%1&quot; (see camera list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the zone map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the zone map with a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the plan image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place an indoor camera on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor passes: verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchlist: add, list, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: daily, experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declared experiment: set, show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete what is past its retention period (--dry-run: count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-filled data protection impact assessment (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones and zone map: show, set, add, remove, plan, place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action or group of actions (settings.change, login...); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose user, object or details contain this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records from this day on (YYYY-MM-DD, local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the consents to the face lane, newest first, with the person, the class, whether a template is held and the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only consents in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only withdrawn consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in-force and --withdrawn exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the consents (the DPO&apos;s register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --%1 or --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face of at least %1 px in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--face-width and --min-face take at least 20 px, --resolution WxH at least 160x120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the vision loop on N simulated 640x480 cameras at 15 fps for S seconds and reports processed fps, dropped frames, descriptor calls, time to a face&apos;s first descriptor, CPU time and peak memory. --naive runs the naive pipeline instead (every face of every frame). --finder compares, on one thread and the same frames, the face finder with a full-resolution detection: cost per frame and faces found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face finder against full-resolution detection, one thread (default: people about 1 m away, made from the face-api demo photos; --video: that video&apos;s frames).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finder: the faces&apos; width in px (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finder: the smallest face to find, px (default 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finder: frame size (default 640x480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finder: folder of photos to take the faces from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs N gate lanes on simulated cameras: a person every second per lane, half of them on the face lane, each badge presented after the person blinked. Reports credential-to-decision latency (p50/p95), passages per minute per lane, outcomes against the ground truth (genuine holders refused, impostors granted: every 8th face-lane presentation is another person&apos;s badge) and descriptors computed. --naive also runs the naive lanes on the same videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run the naive lanes (full-frame detection, every face described, the face taken after the credential) in the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest face to find, in pixels of width (default %1; smaller reaches further and costs more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s horizontal field of view in degrees (default %1, a typical USB webcam), to tell how far the smallest face is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-face takes a number of pixels, --fov a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrols a person in the face lane from photos taken at the desk (at least two): records the consent, keeps the best template if it matches every photo (sealed into the badge, or in the database under a key only the badge carries), discards the images and issues the new badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the person (repeat: at least two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(largest distance from the template to one of its photos %1, at most %2 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on the error output every impostor&apos;s passage and every passage the ground truth says went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the trail with this signed checkpoint instead (exit 1 unless they are consistent: a trail cut, rewritten or restored from an older backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the audit trail and writes a checkpoint of its last record, signed with the station&apos;s key, to a new file (mode 0600). Keep it off the station: `audit verify --checkpoint` later shows a trail cut, rewritten or restored from an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file to create (never replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a signed checkpoint of the audit trail to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an accelerated school day: memory, descriptors, threads, nothing lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays an accelerated school day through the station&apos;s real services: gate lanes on simulated cameras (a person every second per lane), visitors registered and checked out, alerts acknowledged, the retention purge run every simulated hour. Reports memory (RSS) after warm-up and at the end, file descriptors, threads, and what was written against what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real duration in minutes (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of gate lanes, one camera each (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the simulated school day in hours (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes takes at least 1, --cameras 1 to 8, --day-hours more than 0 and at most 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the station wrote that may still hold this person&apos;s data (delete them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements: pipeline, gate, soak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation attacks: APCER per attack type, BPCER, genuine time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the video %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3) on simulated gate lanes: each face-lane student of the bench school is shown as themself (blinking, standing or walking) and by an attacker with their badge and their photo held still, moved, bent and waved, or their video replayed. Reports APCER per attack type (attacks granted), BPCER (genuine holders refused or left to the agent) and the genuine time from the badge to the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lanes (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the scenes of this many face-lane students only (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lanes takes 1 to 8, --students 0 (all) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face-lane student in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every passage on the error output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the figures in the station&apos;s database (--db, --key-file, --user of role dpo) for the experiment report and the AIPD, in place of the previous ones (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws a person&apos;s consent to the face lane, at once and without reprinting: deletes the template kept by the station, and the badge they hold works from now on as a badge-only badge. With --badge-out, a new badge-only badge is also issued (the earlier one is revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes, for each person (or each person present in a class), an information letter for the legal representatives and a consent form to sign, with the badge-only alternative first and a form reference issued for that person alone, printed with its QR code. Only a form issued this way is accepted by `enrol --channel paper`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person present in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the demo station in DIR (portique.db, portique.key) with the published demo users; if it exists, only adds the demo users it lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --channel paper: the reference printed on the returned form (scan its QR code), issued for this person by `consent letter`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form-ref goes with --channel paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the information letters and consent forms (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the encrypted database, its key file (mode 0600), the first station administrator and, with --dpo, the first DPO. The administrator&apos;s password is read from PORTIQUE_NEW_PASSWORD, the DPO&apos;s from PORTIQUE_DPO_PASSWORD, or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the first data protection officer (another person than the administrator; without it, the administrator adds the DPO later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the first DPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO and the station administrator need two different logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records who the controller is and how to reach the DPO, as every notice prints them. The head of school and the DPO&apos;s contact are required before a notice is written. Each change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of school (&quot;Mme Claire Martin, proviseure&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s e-mail address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the full notice can be read (the desk, a web address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set: give --head, --address, --dpo-contact or --where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an information notice (GDPR art. 13) from the station&apos;s configuration: full (the complete notice), minors (plain words for students), parents (a letter for legal representatives) or sign (an A4 sign for the gate). Every period and camera use is read from the settings. Audited with the file&apos;s SHA-256. See also: portiquectl notice set --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full, minors, parents or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: full, minors, parents or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct fields of a person (right to rectification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrict the processing of a person&apos;s data, or lift it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s objection: their consent to the face lane withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the data protection impact assessment (AIPD) pre-filled from the live configuration, with the parts the DPO completes by hand marked; each one gets the next version number and is audited with the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects fields of a person of the registry (right to rectification): --field F --value V, repeated for several fields. A later import keeps the corrected value unless the DPO chooses otherwise. Audited (which fields, not their values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field to correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its correct value (a birth date as yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each --field with its --value (%1 field(s), %2 value(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts the processing of a person&apos;s data (GDPR art. 18): kept, decided at the gate on the badge alone, left out of reports and class lists, their record untouched by imports. --lift ends it. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a person&apos;s objection (right to object): the face lane is the only processing resting on consent, so the consent is withdrawn at once, as `consent withdraw` does; the same badge then works badge-only. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a user another role. The last active administrator and the last active DPO keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user (agent, principal, dpo, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a user another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users: add, passwd, role, list, disable, enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents: letter, list, withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s or visitor&apos;s data: export, erase, rectify, restrict, object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information notices from the configuration (PDF): full, minors, parents, sign; set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate (an entrance lane, the default), indoor, or desk (the reception desk: a visitor&apos;s photo on the agent&apos;s key only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes gate, indoor or desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw the consent to indoor tracking, without checking out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor withdraws their consent to indoor tracking, without checking out: their face template and the sightings of the visit are deleted at once. The visit goes on: same pass, still on site, still on the roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop indoor tracking now: template and sightings deleted, the visit goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors: register, list, show, checkout, reissue, roll-call, sweep, track, consent</source>
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
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station administrator</source>
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
    <message>
        <source>A camera needs a name and a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cameras are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera turns by 0, 90, 180 or 270 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution cap is at least 320 pixels wide (or 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest face is %1 to %2 pixels wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera&apos;s field of view is %1 to %2 degrees.</source>
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
        <source>binding a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short to be a Portique database: damaged or not a database. The file was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; Portique only opens encrypted databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1.</source>
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
        <source>A database key must be exactly %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>The database %1 has schema version %2, newer than this Portique (%3): update Portique before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the database cannot be opened. Free some space and try again; the file was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is saved in %1, but copies of the deleted data remain in the file until the write-ahead log can be emptied (%2: another program or window is still reading the database). Portique empties it again the next time the database is opened or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this change, which would have broken one of its rules; nothing was saved. The detail is in the station&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not open with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file or its folder cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written; nothing was saved. The detail is in the station&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrance lanes and visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily and experiment reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents, retention, subject rights and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users and station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. k.martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but the station could not note it in its list of written files (%2): erasing someone it concerns will not point at it. Delete it once it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vision</name>
    <message>
        <source>The landmark model %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face model at %1: run scripts/setup.sh (it converts and checks the model), or give dlib&apos;s official file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Portique can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights manifest is not a face-api manifest (no weight group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported quantisation in tensor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file ends inside tensor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file has %1 bytes the manifest does not describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has too few tensors (stopped at a %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor %1 has %2 values where the network&apos;s %3 needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face chip must be %1x%1 colour pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists %1 tensors; the face recognition network has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected parameter count in a convolution of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has %1 tensors the network does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the video %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official dlib model — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from @vladmandic/face-api 1.7.15 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2x%3 pixels; Portique reads images of at most %4 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, BMP or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::access</name>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept the badge page size (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no badge to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the badge file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by an unknown key: forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match: altered or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder has left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the school: no badge can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code needs a text to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode %1 characters in a QR code (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY GRANTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK BY HAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matches badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face does not match badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face uncertain: compare with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face not clear enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of a live face (photo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person known to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera misread (light, angle, glasses…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right person, face not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong match: not the badge holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage was already overridden by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanner or lane name cannot hold &apos;=&apos; or &apos;;&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a code of this school, or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong kind of code (a visitor pass is not a badge, a badge is not a pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge just used at another lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of %1 is longer than the %2 bytes a badge can carry: correct it in the school&apos;s file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::app::StationLauncher</name>
    <message>
        <source>Portique — unlock the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the database key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cameras are not generated yet: run scripts/setup.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is configured. The administrator adds them with portiquectl camera add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique — restored database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::people</name>
    <message>
        <source>A PNG file holds one badge; use a PDF for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge file ends in .pdf or .png, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; both give %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: required column(s) missing: %3 (the first non-empty line must name the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored and not stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record: the file has a header but no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after a closing quote: the quoting is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1 appears %2 times (lines %3): none of these rows is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (expected student, staff or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; is not a valid date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date &quot;%1&quot; is not a valid date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student needs a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student needs a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the template is kept: on the badge or in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who consents is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a minor: the legal representative&apos;s consent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal representative&apos;s relationship to the student is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the face lane: enrol again to replace the badge, or withdraw the consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file declares the encoding &quot;%2&quot;; only UTF-8 and ISO-8859-15 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-8 byte order mark but declares the encoding &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: this line is not valid UTF-8, the encoding the XML declaration gives (or implies when it names none); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file starts with a UTF-8 byte order mark but this line is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import file may not exceed %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (a zipped SIECLE export, or an .xlsx or .ods workbook): unzip the export first and import the XML file it holds, or save the workbook as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel workbook: save it as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in UTF-16 or UTF-32; only UTF-8 and ISO-8859-15 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child welfare (ASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is from the school %1, but this station belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid record: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 already belongs to %2, imported from another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 people present would be marked as having left: is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the XML file has no root element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: unknown root element &lt;%3&gt;; a SIECLE export starts with &lt;BEE_ELEVES&gt; (students) or &lt;BEE_RESPONSABLES&gt; (guardians).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record: the file lists no student (ELEVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record: the file lists no guardian link (RESPONSABLE_ELEVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file is not well-formed XML (%3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRUCTURES_ELEVE without an ELEVE_ID attribute: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRUCTURES_ELEVE for ELEVE_ID %1, which matches no ELEVE: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEVE_ID %1 has %2 STRUCTURES_ELEVE blocks (lines %3): its class is ambiguous; the student is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEVE without an ELEVE_ID attribute: the student cannot be identified and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEVE_ID %1 appears %2 times (lines %3): none of these records is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family name (NOM_USAGE, NOM_DE_FAMILLE or NOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first name (PRENOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birth date (DATE_NAISS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; (DATE_NAISS) is not a valid dd/mm/yyyy date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date &quot;%1&quot; (DATE_SORTIE) is not a valid dd/mm/yyyy date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one class (TYPE_STRUCTURE D): %1; the student is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class: the only division is &quot;Inactifs&quot;; the student is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class: no STRUCTURES_ELEVE for this student; the student is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class: only groups (TYPE_STRUCTURE G), no division; the student is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONNE without a PERSONNE_ID attribute: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSABLE_ELEVE without ELEVE_ID: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSABLE_ELEVE without PERSONNE_ID for student %1: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (linked to student %2) matches no PERSONNE: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (linked to student %2) is defined %3 times: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (line %2), legal representative of student %3, has no family name or no first name: ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is %1 bytes long (UTF-8), more than the %2 a badge can carry: this person is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id contains a control character (such as a tab or a line break): this person is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a person&apos;s id: it must be a SIECLE number (digits only) or a capital letter other than V followed by capital letters, digits or hyphens (P-001), so that it can never be taken for a visitor&apos;s number or a login. This person is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2, such as a NUL, a bell, an escape or a line break), which no name may hold: this person is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file declares a document type (&lt;!DOCTYPE&gt;). A SIECLE export never does, and the entities a document type declares can make a small file expand beyond any memory; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 is %4 characters long, more than the %5 any field of a SIECLE export holds; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the data protection officer may replace values a DPO rectified with the file&apos;s; %1 may not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy</name>
    <message>
        <source>No alert has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert was already acknowledged by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment (AIPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The processing and its controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (the head of the school), the DPO&apos;s name and contact, the date the processing starts, the record of processing activities entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Purposes and legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry control at the gate, badge first: the badge or QR code is checked (signature, validity, revocation) and the passage recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors: registration, signed pass, list of people on site for an evacuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor tracking (consent only): indoor cameras compare faces with the visitors on site only; a face that matches none is discarded in memory at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of a bounded experiment from the station&apos;s own records (counts and rates, no individual profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis of each purpose (e.g. public-interest task for entry control; explicit consent, art. 9(2)(a), for the face lane and visitor tracking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Data and people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor records held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, class, date of birth, legal representatives&apos; names (from SIECLE or a staff list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial, type, validity dates, revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database; the signed code on the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1: sealed in the badge&apos;s code only. Type 2: sealed in the database under a key only the badge carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, lane, method, decision and reasons, face distance and quality; never an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, person visited, purpose, times, zones, pass; template and sightings only while on site, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; actions: time, login, action, object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database, hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Architectures in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1 (template in the badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2 (sealed in the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days (default %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge runs at start-up and every hour, writes one audit record per run with its counts, and deletes rows from the file (secure delete), not only flags them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, AES-256, random key in a file readable by the station&apos;s user only or sealed under a passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id; locked for %1 min after %2 failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 min without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAKE2b hash chain, %1 records, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified intact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges and passes signed with Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet (no badge issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XChaCha20-Poly1305, in the badge (type 1) or under the badge&apos;s key (type 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure delete; purge hourly; erasure leaves no trace of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegitimate access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted change of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearance of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misidentification at the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO BE COMPLETED BY THE DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the AIPD %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor face templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of people who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment attempts of people who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face templates of people who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked or expired badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages and overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor face templates and sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and enrolment attempts of people who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the passage, with its override.</source>
        <translation>
            <numerusform>Deleted %n day after the passage, with its override.</numerusform>
            <numerusform>Deleted %n days after the passage, with its override.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the visitor left; never while on site.</source>
        <translation>
            <numerusform>Deleted %n day after the visitor left; never while on site.</numerusform>
            <numerusform>Deleted %n days after the visitor left; never while on site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted at check-out, at the end of the visit&apos;s day at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the person left (a face template goes the day they leave).</source>
        <translation>
            <numerusform>Deleted %n day after the person left (a face template goes the day they leave).</numerusform>
            <numerusform>Deleted %n days after the person left (a face template goes the day they leave).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after revocation or expiry; still refused at the gate afterwards.</source>
        <translation>
            <numerusform>Deleted %n day after revocation or expiry; still refused at the gate afterwards.</numerusform>
            <numerusform>Deleted %n days after revocation or expiry; still refused at the gate afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the outage ended.</source>
        <translation>
            <numerusform>Deleted %n day after the outage ended.</numerusform>
            <numerusform>Deleted %n days after the outage ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the record was written, oldest first.</source>
        <translation>
            <numerusform>Deleted %n day after the record was written, oldest first.</numerusform>
            <numerusform>Deleted %n days after the record was written, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are kept for a fixed time (PRIVACY.md): it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the period must be between %2 and %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control of entry to the school at the gate: badge or QR code, with a one-to-one face comparison only for those who consented (face lane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on the gate&apos;s working for the school&apos;s management and the declared experiment: counts, never a person&apos;s movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration of visitors, their pass, and the list of people on site in case of evacuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the visitor&apos;s consent only: following the visitor inside the school with the indoor cameras while on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one outside the station: the data stays on the school&apos;s station, read only by its reception agents, the principal (counts only) and the data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s records (SIECLE or a staff list), the enrolment at the desk, and the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration at the desk, the gate and the indoor cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, rectification, erasure, restriction and objection: ask the data protection officer. A complaint can be made to the CNIL (www.cnil.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face template is never exported, only whether the station holds one. With a type 1 badge the template is in your badge&apos;s code, not in the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane, template in the badge (type 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane, template in the station sealed by the badge (type 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code read by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code typed by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIECLE (the school&apos;s student records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the school on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent was recorded: badge only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How, agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds a face template of this person, sealed so that it opens only with their badge (type 2). It is not reproduced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds no face template of this person. A type 1 badge carries its own sealed template in its code; the station keeps no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by the indoor cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds a sealed face template of this visitor while on site; it is deleted at check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds no face template of this visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings by the indoor cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Portique holds about %1 (%2) on %3, for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for whom, and your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique — subject access — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the subject access document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists every record the school&apos;s Portique station holds about this person. The same records are in the JSON file that comes with it, every field included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists every record the school&apos;s Portique station holds about this visitor. The same records are in the JSON file that comes with it, every field included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail records about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail records about this visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge used at two lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face model changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older database restored: erasures and revocations done again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget ledger damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget ledger could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The forget ledger %1 could not be written: %2. The %n erasure(s) or revocation(s) not in it are kept in the database and written at the next start; until then, restoring an older copy of the database would bring them back.</source>
        <translation>
            <numerusform>The forget ledger %1 could not be written: %2. The %n erasure or revocation not in it are kept in the database and written at the next start; until then, restoring an older copy of the database would bring them back.</numerusform>
            <numerusform>The forget ledger %1 could not be written: %2. The %n erasures or revocations not in it are kept in the database and written at the next start; until then, restoring an older copy of the database would bring them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output log entries (files written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1 could not be checked out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge %1 could not be revoked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erased visitor could not be checked out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure could not be done again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn consent could not be withdrawn again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UAI %2) — version %3, pre-filled by Portique on %4 for %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique filled in what the station can state from its live configuration and records on the day above: purposes, data, architectures in use, retention, recipients, rights, security measures, cameras and zones, the experiment&apos;s bounds and measured figures, and a proposed level for each risk with its reason. Each part marked &quot;%1&quot; is for the data protection officer and the controller to write; the levels are proposals, the assessment is theirs, not the software&apos;s. Each saved version is recorded in the audit trail with the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control of entry to %1 by badge or QR code, with an optional face lane where the live face is compared one to one with the template of the badge just presented; registration of visitors, their passes, and, with their consent only, their following by indoor cameras while on site. No central readable biometric base (CNIL type 3) exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane (opt-in speed lane, only inside a declared experiment): a one-to-one comparison with the template of the presented badge, for people whose consent is in force; anyone else uses the badge lane, which looks and works the same. The station counts descriptions by reason (Station tab, portiquectl bench gate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist: banned people and custody restrictions entered by the school, checked when a visitor registers; every possible match is decided by an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>128 numbers computed from the face, bound to the model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, when, for what, guardian for a minor, channel, agent, withdrawal or lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned people and custody restrictions entered by the school: %1 entries, %2 with a reference photo (a face image), %3 with a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on the valid badges of people still at the school. Consents in force: %1; ended (withdrawn, objected to or lapsed): %2. Comparison thresholds: a face matches at a distance of %3 or less, is refused at %4 or more, the agent decides in between; indoor sightings need %5 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Recipients and processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the school: none by default. The station transfers nothing by itself: no cloud service, no sub-processor, no transfer outside the European Union. The region, or whoever evaluates the experiment, receives only what the school hands over: the experiment report, which holds figures and no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the school, every signed-in account, whatever its role, sees %1. Besides, from the permissions of its role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s maintainer, if any (the company or the académie&apos;s service that installs and repairs it and may reach its files): name, contract, what they may access. No setting of the station names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Rights of the people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to the DPO or the head of school; the DPO exercises each right at the station (Privacy tab, Subject rights) or on the command line, and each is recorded in the audit trail. Anyone may also complain to the CNIL. Restricted today: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the station does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access (art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about a person or visitor, with the purposes, recipients and retention periods, as JSON and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject rights: Export · portiquectl subject export PERSON_ID --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO corrects names, class or date of birth; a later SIECLE import shows the corrected field and keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject rights: Rectify · portiquectl subject rectify PERSON_ID --field F --value V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data erased everywhere (templates, consents, passages; badges revoked); the audit trail keeps one record without the name; the files the station wrote naming them are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject rights: Erase · portiquectl subject erase PERSON_ID --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction (art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is kept and processed for nothing else: the gate decides on the badge alone, the person is left out of reports; lifted the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject rights: Restrict · portiquectl subject restrict PERSON_ID [--lift]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (art. 21) and withdrawal (art. 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent to the face lane is withdrawn at once, without a reason; the same badge then works badge-only, with no refusal and no alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject rights: Object · portiquectl subject object PERSON_ID; at the desk: People tab, or portiquectl consent withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Security measures present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four roles; the DPO and the administrator cannot do each other&apos;s job; every screen and command checks its permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique — AIPD version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption, roles, session lock, lockout, audit trail, templates sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station holds biometric data (%1 type-2 templates, %2 watchlist templates, %3 visitor templates) and %4 face photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity, badges and passages only: no biometric data, no minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure is missing or the audit chain is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is encrypted and every account is locked after %1 failures and %2 min idle, but the station stands at the desk with its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash-chained audit trail, signed badges and passes, rectification audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed record could wrongly refuse or admit someone; every change is audited and the chain of %1 records was verified intact when this document was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed record could wrongly refuse or admit someone; the audit chain is BROKEN today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single encrypted file; a restore replays the erasures done since the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the database badges cannot be checked and the proof of %1 consents is lost; the station makes no backup itself and cannot know whether the school backs the file up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one only, after the badge; uncertain band decided by the agent; overrides recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face never decides alone: a wrong match also needs the other person&apos;s badge, a wrong rejection sends the person to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face comparison in the experiment&apos;s period yet: FNMR and FMR are not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment is declared: FNMR and FMR are not measured on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in the experiment: FNMR %1 % (%2 of %3 genuine comparisons), FMR %4 % (%5 of %6 face grants overridden as a wrong match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not freely given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge lane by default and equal; consent letter taken home; withdrawal at once, without a reason, leaving no trace at the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students are under the school&apos;s authority (TA Marseille, 27 February 2020); no consent is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students are under the school&apos;s authority (TA Marseille, 27 February 2020). Of %1 consents recorded, %2 (%3 %) were given at the desk and %4 on a paper form returned from home; %5 withdrawn or lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unequal error rates between groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face never decides alone; every rejection goes to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: FNMR and FMR over everyone together (experiment report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: nothing yet on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: any difference by age, sex or skin colour. The station records none of these, and the face model&apos;s published figures are on adults, not on teenagers; the level cannot be lowered until it is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else entering with a replayed video of the badge holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s badge is needed first; a blink within the face window; the agent watches the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid face-lane badge: every entrance is decided on the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured on this station (portiquectl bench pad --record): the worst is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1: a replayed video was granted in %2 % of %3 attempts; it also needs the holder&apos;s badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One station key for every type-1 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key never leaves the encrypted database; badges are revoked by serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid type-1 badge depends on the station&apos;s template key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone taken for a visitor by an indoor camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared only with the consenting visitors on site; a face that matches none is dropped at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indoor camera is configured: nobody is followed indoors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column of the last %1 alerts and %2 passages, with the names of the people, visitors and watchlist entries concerned, hidden while the station is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Station tab: health of the database, cameras and audit chain, descriptions counted by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lanes (the person at the lane, the decision and its reasons), overrides, visitors&apos; registration and who is on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people registry, enrolment, badges, consents collected or withdrawn at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily report: counts and rates, the day&apos;s visitors by name (organisation, person visited, times), the day&apos;s alerts (time, kind, place, reason, the agent who handled it and their note); the experiment report: counts and rates, no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent register, subject rights, retention and purge, the AIPD, notices, the experiment&apos;s declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail&apos;s content and the settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain&apos;s check (counts and hashes, no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings, cameras, thresholds, lanes, zones, and the watchlist (names, dates of birth, reference photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor&apos;s desk photo is printed on their pass and not kept; no video is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor&apos;s desk photo is not kept; no video is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face image is stored: the watchlist holds no reference photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate camera is configured: every entrance is decided on the badge alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the declared experiment (%1 to %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a declared experiment only (none is declared: no face is compared today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured by the station in the experiment&apos;s period and lanes (experiment report, %n day(s) with passages), from the badge or code to the decision:</source>
        <translation>
            <numerusform>Measured by the station in the experiment&apos;s period and lanes (experiment report, %n day with passages), from the badge or code to the decision:</numerusform>
            <numerusform>Measured by the station in the experiment&apos;s period and lanes (experiment report, %n days with passages), from the badge or code to the decision:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a consent form reference issued by this station: print the consent letter from the station and use the form it gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form %1 was issued for someone else, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form %1 was already recorded on %2: a form counts once; print a new letter for a new consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full notice (GDPR art. 13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice for students, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign for the gate (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of school is required: every notice names who represents the controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s contact is required: every notice says how to reach the data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to read the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s contact must hold an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be emptied once set: write the new text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice cannot be printed without: %1. Set them in Privacy &gt; Notices, or with portiquectl notice set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not set: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UAI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPO&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, represented by its head, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, represented by its head, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the school&apos;s reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2, on every lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2, on the lane %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2, on the lanes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate cameras detect and follow everyone in view, only to keep the lanes moving: they identify no one and record no video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane, for volunteers only, %1: when you present your face-lane badge, your face is compared once with the template in that badge, then forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor cameras look only for visitors who agreed to be followed during their visit; any other face is discarded at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr/plaintes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The times you went through the gate: kept %n day(s), then deleted.</source>
        <translation>
            <numerusform>The times you went through the gate: kept %n day, then deleted.</numerusform>
            <numerusform>The times you went through the gate: kept %n days, then deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts about a badge problem: kept %n day(s) after they are dealt with.</source>
        <translation>
            <numerusform>Alerts about a badge problem: kept %n day after they are dealt with.</numerusform>
            <numerusform>Alerts about a badge problem: kept %n days after they are dealt with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your consent form for the face lane: kept %n day(s) after you leave the school, as proof.</source>
        <translation>
            <numerusform>Your consent form for the face lane: kept %n day after you leave the school, as proof.</numerusform>
            <numerusform>Your consent form for the face lane: kept %n days after you leave the school, as proof.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An old badge that no longer works: kept %n day(s), so that it stays refused.</source>
        <translation>
            <numerusform>An old badge that no longer works: kept %n day, so that it stays refused.</numerusform>
            <numerusform>An old badge that no longer works: kept %n days, so that it stays refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of what staff did on the station: kept %n day(s), to check nobody misused it.</source>
        <translation>
            <numerusform>The list of what staff did on the station: kept %n day, to check nobody misused it.</numerusform>
            <numerusform>The list of what staff did on the station: kept %n days, to check nobody misused it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity and class (from the school&apos;s records), badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the person is at the school, updated from the school&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face template (face lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s badge: the station keeps no copy. If kept at the station (sealed under the badge&apos;s key): deleted when the consent is withdrawn or ends, or the day the person leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed in memory and forgotten at once: no video is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice: personal data at the entrance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR art. 13 — written by Portique from the station&apos;s configuration on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer (DPO): %1. Write to them about any question on your data and to use your rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What is processed, why, and on what legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task in the public interest (GDPR art. 6(1)(e)): the head of school ensures the safety of people and premises (Code de l&apos;éducation, art. R421-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry control by badge or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, class and date of birth (from the school&apos;s records), badge number; each passage: time, lane, decision, an agent&apos;s override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images analysed live and not recorded: where faces are in view, to follow the queue; the eyes of the person standing at the lane, to see a blink. No face template of anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane (optional, volunteers only), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face template kept in the volunteer&apos;s own badge, or sealed at the station under a key only the badge carries. Only when the volunteer presents that badge, the live face is compared once with it, then forgotten. Nobody else is ever compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent (GDPR art. 6(1)(a) and 9(2)(a)); for a minor, that of a legal representative and the student&apos;s own agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, reason and person visited, arrival and departure, the signed pass. A photo printed on the pass is never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following visitors indoors (only those who agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face template while the visitor is on site; where and when an indoor camera saw them. A face that matches no visitor on site is discarded at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the visitor (GDPR art. 6(1)(a) and 9(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist (people banned from the premises, custody restrictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, date of birth, a reference photo, the decision. A visitor is compared with it at the desk; a match has an effect only once two staff members confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the experiment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and rates computed from the records above (entry times, errors, overrides); no individual profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tamper-evident record of what each staff account did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation (GDPR art. 6(1)(c), 5(2) and 32): security and accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge is needed to enter the school (school rules). The face lane is optional: without it the badge lane works the same way and as fast, nothing on screen or on the badge shows who chose what, and refusing or withdrawing consent has no consequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge is needed to enter the school (school rules). No face comparison is in use at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These periods are the station&apos;s settings on the date above; the station deletes what is older every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face-lane consent ends by itself at the end of the experiment, at the end of the school year (end of %1) and on the student&apos;s 18th birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only authorised staff of the school, each seeing what their role needs: reception agents (the lanes, the day&apos;s passages, visitors, alerts), the head and deputies (reports), the DPO (consents, rights requests, the audit trail), the station&apos;s administrator (configuration). Authorities entitled by law may receive data on a legal request. Nothing is sold or used for another purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data stays on the school&apos;s station, in an encrypted database. No transfer outside the European Union, no cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station decides automatically whether a badge is valid and, for a volunteer, whether the face matches; an agent watches every lane, decides every doubtful case and can override any decision. No decision with legal effects rests on automated processing alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Your rights and how to use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of everything held about you, in a readable document and a data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong or incomplete data corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data deleted when it is no longer needed, was processed on a consent you withdrew, or unlawfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data frozen while a request is examined: kept, used for nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object, on grounds relating to your situation, to a processing based on the public interest. For the face lane, objecting is withdrawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent (art. 7(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At any time, at the reception desk, without giving a reason: effective at once, the same badge keeps working on the badge lane, with no consequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability (art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you provided on the basis of your consent (face lane, visitor following) handed to you in a structured, machine-readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it gives you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a right, write to the DPO (%1) or ask at the reception desk; a legal representative acts for a minor, and a student may also ask on their own. You may be asked to prove your identity. The answer comes within one month (art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think your rights are not respected, you may lodge a complaint with the French data protection authority: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data at the gate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words — version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in charge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school is in charge of your data. Its head is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data protection officer checks that your data is handled properly. You can write to them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens at the gate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You show your badge. The station checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It writes down that you came in: the time and the lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff watches every lane and can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras at the gate see the people in front of them, to keep the line moving. They do not know who you are. They do not film: nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras inside the school look only for visitors who agreed to it. If your face is not theirs, it is forgotten at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face lane: only if you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face lane is for volunteers only, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use it, the camera compares your face with the one saved in your badge. Only when you show that badge. Then it forgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to use it. Your badge works just the same and just as fast. Nobody can tell who chose what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can stop whenever you want. Say so at the desk. You don&apos;t have to give a reason. Your badge keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also stops by itself: at the end of the school year, at the end of the experiment, and when you turn 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long do we keep it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, class and badge number: while you are at the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only school staff who need it for their job. Nobody outside the school. Your data stays in the school&apos;s computer, never outside Europe. Nobody sells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your data: ask for a copy of everything we keep about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it: if something is wrong, we correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it: in some cases, we erase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause it: while your question is checked, we keep it but use it for nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say no: you can object to how we use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your mind: you can take back your yes at any time. Nothing bad happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it with you: get your face-lane data in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How? Ask at the desk, or write to %1. You can ask a parent or an adult you trust to help you. We answer within one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not happy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can complain to the CNIL, the French authority for personal data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full notice, with every detail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the legal representatives of the students of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school checks who enters with a badge or a QR code. This letter tells you what data about your child the station processes, why, for how long and who sees it, and the rights you and your child have. The full notice gives every detail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each student shows their badge. The station checks it and records the passage (time, lane, decision); an agent supervises every lane and can override the station. This is a task in the public interest: the head of school ensures the safety of people and premises (Code de l&apos;éducation, art. R421-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras at the gate lanes detect and follow the people in view so that the queue moves; they identify no one and no video is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face lane: optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the experiment &quot;%1&quot;, %2, students who wish may use a faster lane: their face is compared once with a template kept in their own badge, only when they present it. It needs your written consent and your child&apos;s own agreement, each signed separately on the form the school gives you (GDPR art. 9(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, your child uses the badge lane, which works the same way and as fast; nothing on screen or on the badge shows who chose what, and nothing is held against anyone who refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You or your child may withdraw consent at any time at the reception desk, without giving a reason: it takes effect at once, the same badge keeps working, and a template kept at the station is deleted. Consent also ends by itself at the end of the experiment, at the end of the school year (end of %1), and on your child&apos;s 18th birthday, when they decide for themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face comparison is in use at the moment: every student enters with their badge. Should an experiment be declared, you would receive a form first, and nothing would happen without your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only authorised staff of the school, each for their job; authorities entitled by law on a legal request. The data stays on the school&apos;s station, encrypted; nothing leaves the European Union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights and your child&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, rectification, erasure, restriction, objection, withdrawal of consent at any time without consequence, and portability of what was given on consent. To use them, write to the data protection officer (%1) or ask at the reception desk; the answer comes within one month. You may also lodge a complaint with the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras at this entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is in use at this entrance: entry is by badge only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: %1. Data protection officer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: safe entry to the school, a task in the public interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any face comparison only with consent, withdrawn at any time without consequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights (access, rectification, erasure, restriction, objection): ask at the desk or write to the DPO. Full notice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent letters and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-lane consents that lapsed (now badge only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts closed at the end of their period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left, erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left, and their legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the alert; one still open then is closed by the station first (audited).</source>
        <translation>
            <numerusform>Deleted %n day after the alert; one still open then is closed by the station first (audited).</numerusform>
            <numerusform>Deleted %n days after the alert; one still open then is closed by the station first (audited).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n day(s) after the person left, as an erasure request erases (audited).</source>
        <translation>
            <numerusform>Erased %n day after the person left, as an erasure request erases (audited).</numerusform>
            <numerusform>Erased %n days after the person left, as an erasure request erases (audited).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the data protection officer for: access (this document); rectification of your names, class or birth date, which a later import of the school&apos;s lists keeps; erasure; restriction (your data kept but used for nothing else: the gate decides on your badge alone and you are left out of reports); objection (your consent to the face lane withdrawn at once, the same badge working badge-only). A complaint can be made to the CNIL (www.cnil.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s class cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as yyyy-mm-dd (2011-03-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field that can be rectified: one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::Erasure</name>
    <message>
        <source>No person or visitor has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still on site: check them out before erasing their record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::ForgetLedger</name>
    <message>
        <source>The forget ledger %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line is not the header of this station&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 was changed, removed or added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 lines where the database wrote %2: it was cut or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing, though the database wrote %1 lines to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first %1 lines are not those the database wrote: it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged forget ledger %1 cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget ledger %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::ReplayReport</name>
    <message>
        <source>This database is older than the station&apos;s forget ledger (a backup was put back): what had been done since was done again before the lanes opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges and passes issued since that backup are unknown to this database: issue them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget ledger is damaged (%1). A new one was started; an alert was raised for the DPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget ledger is damaged (%1). It was kept as %2 for the DPO, and a new one holds its %3 verified line(s); an alert was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erased person(s) or visitor(s) erased again.</source>
        <translation>
            <numerusform>%n erased person or visitor erased again.</numerusform>
            <numerusform>%n erased persons or visitors erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked badge(s) revoked again.</source>
        <translation>
            <numerusform>%n revoked badge revoked again.</numerusform>
            <numerusform>%n revoked badges revoked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) who had left checked out again.</source>
        <translation>
            <numerusform>%n visitor who had left checked out again.</numerusform>
            <numerusform>%n visitors who had left checked out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn consent(s) withdrawn again: their badges work badge-only.</source>
        <translation>
            <numerusform>%n withdrawn consent withdrawn again: their badges work badge-only.</numerusform>
            <numerusform>%n withdrawn consents withdrawn again: their badges work badge-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::privacy::SubjectAccess</name>
    <message>
        <source>Visitor, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person or visitor has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face templates (the sealed bytes) are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::SubjectRights</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to rectify: %1 already holds these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing of %1&apos;s data is already restricted (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing of %1&apos;s data is not restricted: there is nothing to lift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::privacy::aipdpages</name>
    <message>
        <source>%1 at most %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at most %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at least %2 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (no comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Cameras and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is configured: badge only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor cameras: every face in view is compared with the visitors on site who consented to tracking (%1 visitor templates held now); a face that matches none is dropped at once; a match at a distance of %2 or less is recorded as a sighting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: a visitor seen there raises an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Experiment and measured figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment is declared (portiquectl experiment set): the face lane is off on every lane and the station has no measured figure to cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge alone (people off the face lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate (ISO/IEC 19795, from the agents&apos; overrides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False non-match rate (FNMR): the right person not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False match rate (FMR): a face grant overridden as a wrong match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the experiment&apos;s end is decided, who evaluates it, and what happens to the face lane if the criteria are not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11. Necessity and proportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Measured: the face lane&apos;s median entry is %1 ms shorter than the badge alone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Measured: the face lane&apos;s median entry is not shorter than the badge alone&apos;s (%1 ms against %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Whether the face lane is faster than the badge alone is not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts the station can state: the badge lane is the default and needs no consent; the face lane is one-to-one only; people without consent are not singled out; a consent is withdrawn at the desk at once, without a trace at the lane. On the day above, %1 of %2 people with a valid badge use the face lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why badge control with human supervision is not enough on its own; alternatives considered; how consent stays free for students under the school&apos;s authority (CNIL, 29 October 2019; TA Marseille, 27 February 2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12. Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels proposed from the facts on the CNIL&apos;s scale (1 negligible, 2 limited, 3 significant, 4 maximum); the DPO confirms or changes each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 %2
Likelihood: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk: screen replay, cut-out-eyes photos and masks are not detected; a person without a blink in time is always checked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risks and the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13. Opinions and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of students, parents and staff (conseil d&apos;administration, CVL); the DPO&apos;s opinion; the controller&apos;s decision, date and signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor desk: a photo only on the agent&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::reports</name>
    <message>
        <source>False non-matches are counted only when an agent overrode a face refusal or check with the reason &quot;right person, face not recognised&quot;: a person who gave up or went through by hand without an override is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False matches are counted only when an agent noticed and recorded a &quot;wrong match&quot;: an impostor nobody noticed is not counted, so the false match rate is a lower bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of impostor attempts is unknown (nobody is asked to try someone else&apos;s badge), so these are not ISO/IEC 19795 laboratory rates but operational estimates on the volunteers who used the lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput is bounded by how fast people arrive: a quiet lane shows a low peak without being slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the A4 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw on the printer or the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · report made on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the day is not over: figures so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median decision time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile decision time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors (overstays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages per quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision time (from the badge to the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes and methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the agents&apos; overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides and refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (end of day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and how they were handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment evaluation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 · lanes: %3 · population: %4 · report made on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment states no criterion: nothing is judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? NOT JUDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages (transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge only share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure to acquire (FTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False non-match rate (FNMR, estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False match rate (FMR, estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure to acquire: face lane passages left to the agent for want of a usable live face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False non-matches: the right person&apos;s face not matched (agent override &quot;right person&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False matches: face grants the agent overrode as &quot;wrong match&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages in one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods, overrides and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of these estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms (ISO/IEC 19795-1): a transaction is one passage; failure to acquire, a passage where no usable sample was obtained; false non-match, a genuine comparison declared a non-match; false match, an impostor comparison declared a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique — daily report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique — experiment evaluation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code typed by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the agent (no badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False non-match rate (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False match rate (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of passages overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure-to-acquire rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak throughput of every lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment needs a start and an end date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion %1 must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion %1 must be at most %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the presentation attack measurement, %1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the presentation attack measurement, %1 cannot exceed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation attack measurement needs the time it was made (measured_at, ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation attack measurement needs the Portique version that made it (version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation attack measurement is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3), measured with portiquectl bench pad on simulated lanes on %1: a printed photo of the badge holder held still was granted in %2 % of %3 attempts, moved or turned in %4 % of %5, bent and waved in %6 % of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge holders not granted on their face (BPCER): %1 % of %2 simulated passages; median time from badge to decision %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: the holder&apos;s video replayed on a phone screen was granted in %1 % of %2 attempts; no camera image alone can tell it apart. The agent&apos;s eye is the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures were measured with Portique %1; this station now runs Portique %2: measure again with portiquectl bench pad --record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3) have not been measured on this station: run portiquectl bench pad --record to measure them and print the figures here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: a video of the holder replayed on a phone screen; no camera image alone can tell it apart. The agent&apos;s eye is the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder who does not blink before the end of the %1-second window is sent to the agent; how often this happens with real people is read from this station&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation attacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, legal representative(s) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can keep entering the school with the badge only, as today. The badge-only lane is just as fast and looks exactly the same at the gate. Refusing, or not returning the form, has no consequence of any kind: no mark, no delay, no remark, and nobody will ask why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in and sign the form attached, in your part only; %1 decides in their own part, separately: the face lane is used only if both of you sign. Return the form to the school&apos;s desk. It carries a reference printed for %1 alone, which the desk scans; a copy of another student&apos;s form is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form reference, issued for %1 only. The desk scans it when the form comes back; it counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to be returned for the badge only: without this form, %1 keeps entering with the badge, just as fast, with no consequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a legal representative of %1. I agree that a template of their face is used at the entrance, compared only with their badge. I know that I can withdraw this consent at any time at the desk, without giving a reason. Tick one box to agree, and where the template is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. %1, it is your choice too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one present in the class &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the notice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-lane consents given / withdrawn / lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough passages of both kinds to compare: the necessity of the face lane is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face lane&apos;s median entry is %1 faster than the badge alone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face lane&apos;s median entry is not faster than the badge alone&apos;s (%1 slower or equal): the badge under human supervision is enough for entry speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity: badge only against the face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge only (QR code or badge, human supervision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane (badge, then face comparison)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::station</name>
    <message>
        <source>%1 already has passages: a day is seeded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::AboutDialog</name>
    <message>
        <source>About Portique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception station for the entrance of a lycée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge or QR code first; face comparison only with recorded consent, 1:1 against the template the person carries. No video and no student face image is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed on this station (badge-only operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::AipdPage</name>
    <message>
        <source>&amp;Update from the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment (AIPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration and checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data protection impact assessment, pre-filled from what this station really does today: purposes, data, architectures in use, recipients, rights, cameras and zones, retention periods, security measures, the experiment and its measured figures, risks with proposed levels. Each saved PDF gets the next version number and is recorded in the audit trail with its SHA-256. The sections marked for the DPO are completed by hand on the saved PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1 as version %2 (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but its generation could not be recorded in the audit trail: %2. Delete the file and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seen in %2 (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still on site, expected out at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist hit confirmed (entry no. %1, since removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist hit confirmed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done; the alert then leaves the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, e.g. visitor escorted back to the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::AuditPage</name>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-in, change of user or setting, and later every decision, override, consent, export and erasure is recorded here. Each record is chained to the previous one by a hash: any edit, removal or reordering is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact trail: %n record(s) checked.</source>
        <translation>
            <numerusform>✓ Intact trail: %n record checked.</numerusform>
            <numerusform>✓ Intact trail: %n records checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ Trail broken at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, badges, consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports, erasures, purges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: user, object, details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport a signed checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a c&amp;heckpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a signed checkpoint off the station (a USB key, the DPO&apos;s files) to detect later a trail rewritten, cut short or restored from an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a signed checkpoint of the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the audit trail with a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole chain before signing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Checkpoint of record %1 signed and saved in %2. Keep it off the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the whole chain with the checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::AuditTableModel</name>
    <message>
        <source>Hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::BadgePrintDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new badges</source>
        <translation>
            <numerusform>%n new badge</numerusform>
            <numerusform>%n new badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Card printer (CR80, one card a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheets (10 cards a page, to cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the badge now: the station keeps no copy of it, so a badge that is not printed must be issued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badges are ready (the first is shown). The station keeps no copy of them: print them now.</source>
        <translation>
            <numerusform>%n badge is ready (it is shown). The station keeps no copy of it: print it now.</numerusform>
            <numerusform>%n badges are ready (the first is shown). The station keeps no copy of them: print them now.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the badges as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge has been neither printed nor saved. Close anyway? It stays valid, but printing it later means issuing a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::CameraTile</name>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live · %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! image frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ lost — reconnecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · alive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::CamerasPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Voie 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/video0, rtsp://…, a video file or a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hall, Administration corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entrance lane has its camera; indoor cameras watch zones for visitors. Changes take effect at the next start of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera needs a name and a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;tation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces narrower than this are not looked for. Smaller reaches further from the camera but costs more computing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s horizontal angle of view, from its data sheet (about 60° for a usual USB webcam). Only used to show the distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest &amp;face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %L1 m for this camera</source>
        <extracomment>Beside the smallest face: how far from the camera a face of that size is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px (≈ %L2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor desk (photo on the agent&apos;s key only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::CheckoutDialog</name>
    <message>
        <source>&amp;Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the pass or pick the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the pass checks the visitor out at once. You can also type the pass&apos;s code or the visitor&apos;s number (V…), or a name to find them in the list, then press Enter. The pass stops working, and the face template and the trail are deleted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass code, visitor number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the pass, or pick the visitor in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out at %2 — template and trail deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out at %2 — the pass no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ConsentsPage</name>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 2 (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 1 (badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force — left the school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, guardian, form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every consent to the face lane, with who agreed (a legal guardian for a minor), how it was collected and its withdrawal. A withdrawal deletes the template at once; the record itself is kept for the retention period of people who left, as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) listed</source>
        <translation>
            <numerusform>%n consent listed</numerusform>
            <numerusform>%n consents listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in force</source>
        <translation>
            <numerusform>%n in force</numerusform>
            <numerusform>%n in force</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn or lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn or lapsed</source>
        <translation>
            <numerusform>%n withdrawn or lapsed</numerusform>
            <numerusform>%n withdrawn or lapsed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::EnrolmentWizard</name>
    <message>
        <source>Use the &amp;face lane: I consent to the comparison of my face with my badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is running: only a badge-only badge can be issued now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses the face lane: enrolling again replaces the template and the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;person, at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the station, &amp;locked by a key that only the badge carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the template is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an adult and consents alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person to stand in front of the camera, look at it and blink once. No image is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure to enrol: %1 It is recorded; try again, or issue a badge-only badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. Badge %2 is valid until %3; the previous badge is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge-only badge %1 for %2, valid until %3; the previous badge is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge only: no template of my face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;paper form issued by the station, reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;badge: the station keeps no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed as the person gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the QR code of the returned form, or type CF-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s own &amp;agreement, their name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a minor: they agree themselves, and a legal representative consents as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code of the form the station printed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form reference is CF- and 8 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Form %1, issued for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the face lane does.&lt;/b&gt; At the entrance, after you show your badge, a camera compares your face with the template of the person that badge belongs to (one-to-one). It never searches a face among other students.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What is kept.&lt;/b&gt; One template (a list of numbers computed from your face, not a photo), sealed into your badge or locked in the station by a key only your badge carries. No photo or video of you is kept: the images taken now are discarded at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;With a badge only,&lt;/b&gt; no template of your face is ever computed: the lane camera only locates faces and, for the person standing at the lane, follows the eyes for a moment to see a blink; nothing of it is kept. Only a face-lane badge makes the station describe the face of whoever presents it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice.&lt;/b&gt; The face lane is optional. The badge-only lane is just as fast and looks exactly the same at the gate. Refusing changes nothing for you. You can withdraw your consent at any time at this desk, without giving a reason: it takes effect at once, and the same badge keeps working, badge-only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For a minor,&lt;/b&gt; a legal representative must consent as well.&lt;/p&gt;&lt;p&gt;Controller: the school. Contact: its data-protection officer. Legal basis: consent (GDPR art. 9-2-a).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ErasureDialog</name>
    <message>
        <source>Registry entry (identity, class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides of those passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor face templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings by indoor cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the station holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are deleted from the database file itself, not hidden, and the person&apos;s badges stop opening anything. Only one audit record will remain, saying that an erasure happened, by whom and when, but not whom it was about. A student still enrolled comes back at the next SIECLE import as a new entry, without any history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the person&apos;s name or id to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything the station holds about this person will be deleted: %n record(s).</source>
        <translation>
            <numerusform>Everything the station holds about this person will be deleted: %n record.</numerusform>
            <numerusform>Everything the station holds about this person will be deleted: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type the name “%1” or the id “%2” to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be erased now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows deleted in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid badges revoked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid badges revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records to blank (kept, marked erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records blanked (kept, marked erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; notes naming them (name to blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; notes naming them (name blanked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything the station held about this person was deleted: %n record(s).</source>
        <translation>
            <numerusform>Everything the station held about this person was deleted: %n record.</numerusform>
            <numerusform>Everything the station held about this person was deleted: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Erased. The audit trail keeps only record %1, saying that an erasure happened, by %2, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the station wrote about them (badges, passes, exports, reports) cannot be erased by the station: they are listed afterwards, to delete by hand.</source>
        <translation>
            <numerusform>%n file the station wrote about them (badges, passes, exports, reports) cannot be erased by the station: they are listed afterwards, to delete by hand.</numerusform>
            <numerusform>%n files the station wrote about them (badges, passes, exports, reports) cannot be erased by the station: they are listed afterwards, to delete by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station wrote %n file(s) that may still hold this person&apos;s data. Delete them (and any printed copy):</source>
        <translation>
            <numerusform>The station wrote %n file that may still hold this person&apos;s data. Delete them (and any printed copy):</numerusform>
            <numerusform>The station wrote %n files that may still hold this person&apos;s data. Delete them (and any printed copy):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::GatePage</name>
    <message>
        <source>Manual entry… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a person without a badge in, or type a badge&apos;s code (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entrance lane is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera can run on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator adds the lanes&apos; cameras, with the role “Entrance lane”, in Administration › Cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ctrl+%2 selects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate settings unreadable, defaults used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still deciding the previous passage: scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reading a credential: override once it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no decision to override yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last decision is not on record and cannot be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last decision is already overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ImportDialog</name>
    <message>
        <source>family name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving date: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIECLE export of students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIECLE export of legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I c&amp;onfirm these departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! When the import is applied, these people are marked as having left and their badges are revoked at once: they no longer open the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIECLE export (ElevesSansAdresses.xml for the students, ResponsablesAvecAdresses.xml for their legal representatives) or a CSV list of staff and others. The file is compared with the registry first: nothing is written before you click Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIECLE (*.xml);;CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n legal representative(s) kept</source>
        <translation>
            <numerusform>%n legal representative kept</numerusform>
            <numerusform>%n legal representatives kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) ignored (students unknown or who have left)</source>
        <translation>
            <numerusform>%n link ignored (student unknown or who has left)</numerusform>
            <numerusform>%n links ignored (students unknown or who have left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaving</source>
        <translation>
            <numerusform>%n leaving</numerusform>
            <numerusform>%n leaving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaving (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rrors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n legal representative(s) recorded</source>
        <translation>
            <numerusform>%n legal representative recorded</numerusform>
            <numerusform>%n legal representatives recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n student(s)</source>
        <translation>
            <numerusform>for %n student</numerusform>
            <numerusform>for %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as having left (badges revoked)</source>
        <translation>
            <numerusform>%n marked as having left (badge revoked)</numerusform>
            <numerusform>%n marked as having left (badges revoked)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rectified by the DPO: kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted: not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the data protection officer may: the file&apos;s values replace the corrected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n value(s) the DPO rectified with the file&apos;s</source>
        <translation>
            <numerusform>Replace the %n value the DPO rectified with the file&apos;s</numerusform>
            <numerusform>Replace the %n values the DPO rectified with the file&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::LaneTile</name>
    <message>
        <source>scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code seen by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code typed by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the lane&apos;s last decision, with a reason (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present a badge or a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face distance %1 (0 is identical; the lower, the closer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden: %1 by %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ↻ overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the declared experiment: every badge on this lane is decided on the badge alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::LockScreen</name>
    <message>
        <source>Sign in to continue. Another agent may take over the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lanes go on deciding while the station is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in the last minute</source>
        <translation>
            <numerusform>%n passage in the last minute</numerusform>
            <numerusform>%n passages in the last minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::LoginDialog</name>
    <message>
        <source>Portique — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration station: fictitious data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: this login is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::MainWindow</name>
    <message>
        <source>Portique — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cameras %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts: acknowledge them in the column on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) checked out at the end of the day.</source>
        <translation>
            <numerusform>%n visitor checked out at the end of the day.</numerusform>
            <numerusform>%n visitors checked out at the end of the day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors&apos; sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ManualEntryDialog</name>
    <message>
        <source>&amp;Let in on this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name, first name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code printed under the badge&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person without a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the person&apos;s identity before letting them in: the passage is recorded as a manual entry in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last resort: type a badge&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or choose a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found: check the spelling, or the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people found; the first %2 are listed: narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still deciding a passage: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the code: it was just presented, or a passage is still being decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::NoticesPage</name>
    <message>
        <source>Save the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mme Claire Martin, proviseure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address or a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the school&apos;s reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notices written from this station&apos;s configuration: every retention period, camera use and contact is read from the settings when the notice is drawn, so a changed setting changes the next notice. Save and print a new one after each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head of school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to read the notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::OverrideDialog</name>
    <message>
        <source>&amp;Grant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required for “Other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with the original decision, in your name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::PassPrintDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>62 mm label (label printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 sheet (any printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pass now and hand it to the visitor: the station keeps no copy of it (nor of the photo), so a pass that is not printed must be re-issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pass as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass has been neither printed nor saved. Close anyway? It stays valid, but printing it later means re-issuing it (the photo is not kept).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::PeoplePage</name>
    <message>
        <source>left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 1: the sealed template is on the badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 2: the template is in the database, sealed under a key only the badge carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown — treated as a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, leaves on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded (import ResponsablesAvecAdresses.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge only: no consent in force, no template anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! The database still holds a template without a consent in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people who have &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol in the face lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the class&apos;s badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name or an id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their legal representatives, consent, badges and enrolment attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the registry yet: import a list (a SIECLE export or a CSV file) with &quot;Import a list…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person uses the face lane: enrol again to replace the badge, or withdraw the consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new badge for %1?

Their current badge (valid until %2) is revoked at once and no longer opens the gate. The new badge carries no face template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a badge for %1?

Any earlier badge is revoked. The new badge carries no face template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge issued for %1: print it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every person of %1 who is present and does not use the face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) of %1 who are present and do not use the face lane</source>
        <translation>
            <numerusform>the %n person of %1 who is present and does not use the face lane</numerusform>
            <numerusform>the %n people of %1 who are present and do not use the face lane</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the class&apos;s badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new badge for %1?

Their current badges are revoked at once and no longer open the gate. People who use the face lane are left out: their badge carries or unlocks their template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) issued for %1.</source>
        <translation>
            <numerusform>%n badge issued for %1.</numerusform>
            <numerusform>%n badges issued for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who use the face lane were left out: their badge carries or unlocks their template, so only a new enrolment (or withdrawing the consent) replaces it.</source>
        <translation>
            <numerusform>%n person who uses the face lane was left out: their badge carries or unlocks their template, so only a new enrolment (or withdrawing the consent) replaces it.</numerusform>
            <numerusform>%n people who use the face lane were left out: their badge carries or unlocks their template, so only a new enrolment (or withdrawing the consent) replaces it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the consent letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An information letter for the legal representatives and a consent form to sign, with its own reference and QR code, per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students come from the SIECLE exports, staff and others from a CSV list. Everyone gets a badge; the face lane is only for those who consent (a minor&apos;s legal representative too), and anyone may withdraw a consent at any time, without a reason: it takes effect at once and the same badge keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole &amp;class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole &amp;class (choose one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template kept in the station is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template on the badge is never used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s consent to the face lane?

Anyone may withdraw (the student or a legal representative), at any time, without giving a reason.

It takes effect now: %2. The same badge keeps opening the gate, on the badge alone, like any other badge: nothing to print, no new badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn: the template is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn: the template is no longer used, and the same badge keeps working, badge-only. Nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the form references and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent letter(s) saved in %1: print them and hand them over; each form comes back with its own reference, scanned at enrolment.</source>
        <translation>
            <numerusform>%n consent letter saved in %1: print them and hand them over; each form comes back with its own reference, scanned at enrolment.</numerusform>
            <numerusform>%n consent letters saved in %1: print them and hand them over; each form comes back with its own reference, scanned at enrolment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::PeopleTableModel</name>
    <message>
        <source>Yes — type 1 (badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — type 2 (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1, issued on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (leaves on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::PrivacyPage</name>
    <message>
        <source>Subject rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::RectifyDialog</name>
    <message>
        <source>Rectify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected values replace the registry&apos;s at once and are recorded in the audit trail (which fields, not their values). A later import keeps them unless you choose the file&apos;s values in its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ReportsPage</name>
    <message>
        <source>&amp;Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment is declared. The data-protection officer declares it (name, dates, lanes, population, success criteria) with portiquectl experiment set; its evaluation then appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not over: the figures are those of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portique report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::RetentionPage</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic purge stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic purge is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of data is deleted once its period is over, by the purge that runs at start-up and every hour. A shorter period takes effect at the next purge; a longer one cannot bring back what is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes now whatever is past its period, as the hourly purge does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts what a purge would delete now, and deletes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (the last %n run(s))</source>
        <translation>
            <numerusform>&amp;History (the last %n run)</numerusform>
            <numerusform>&amp;History (the last %n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see what it deleted, table by table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“automatic”: the station&apos;s own purge, at start-up and every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounds of docs/privacy-operations.md: PRIVACY.md, the CNIL&apos;s guidance and the Code civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed, not saved yet: %n day(s) in force.</source>
        <translation>
            <numerusform>Changed, not saved yet: %n day in force.</numerusform>
            <numerusform>Changed, not saved yet: %n days in force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed periods (in bold) are applied when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults are entered: Save applies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every period is already its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n period(s) saved. A shorter period takes effect at the next purge.</source>
        <translation>
            <numerusform>✓ %n period saved. A shorter period takes effect at the next purge.</numerusform>
            <numerusform>✓ %n periods saved. A shorter period takes effect at the next purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what a purge would delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: a purge now would delete %n record(s).</source>
        <translation>
            <numerusform>Preview: a purge now would delete %n record.</numerusform>
            <numerusform>Preview: a purge now would delete %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Purge done: %n record(s) deleted in %1.</source>
        <translation>
            <numerusform>✓ Purge done: %n record deleted in %1.</numerusform>
            <numerusform>✓ Purge done: %n records deleted in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because in use.</source>
        <translation>
            <numerusform>%n kept because in use.</numerusform>
            <numerusform>%n kept because in use.</numerusform>
        </translation>
    </message>
    <message>
        <source>What a purge would delete now (preview of %1, nothing deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge stopped: %1 What it had already deleted stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run of %1, %2: %n batch(es) in %3.</source>
        <translation>
            <numerusform>Run of %1, %2: %n batch in %3.</numerusform>
            <numerusform>Run of %1, %2: %n batches in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was past its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::SettingsHistoryPage</name>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change of a setting, newest first, as the audit trail records it: who changed what, when, and the value before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting has been changed since the station was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lock (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins before a lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges expire in (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo printed on badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face wait at the lane (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face match threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face mismatch threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated scan ignored for (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners of the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic visitor check-out time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default visit length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor tracking threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo printed on visitor passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones and floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation attack measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the station after &amp;inactivity of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins before a &amp;lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout &amp;duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language (at next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the enrolment &amp;photo on badges (never kept: used for that print only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the first SIECLE import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;UAI (SIECLE imports of another school are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge &amp;expiry month (end of the school year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the registration photo on visitor &amp;passes (never kept: used for that print only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors still on site are &amp;checked out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;stay proposed for a visitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::StatusPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role gives access to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Encrypted (SQLCipher %1), schema version %2, %n user(s).</source>
        <translation>
            <numerusform>✓ Encrypted (SQLCipher %1), schema version %2, %n user.</numerusform>
            <numerusform>✓ Encrypted (SQLCipher %1), schema version %2, %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); the latest on %1.</source>
        <translation>
            <numerusform>%n record; the latest on %1.</numerusform>
            <numerusform>%n records; the latest on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station locks itself after %n minute(s) without activity (Ctrl+L locks it now).</source>
        <translation>
            <numerusform>The station locks itself after %n minute without activity (Ctrl+L locks it now).</numerusform>
            <numerusform>The station locks itself after %n minutes without activity (Ctrl+L locks it now).</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a face-lane badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor&apos;s desk photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate camera describes a face only after a face-lane badge was presented at its lane, and only the person presenting it; the desk only while it enrols or photographs someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptors computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a face-lane badge presented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::StopTrackingButton</name>
    <message>
        <source>S&amp;top tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops being followed by the indoor cameras, without leaving: their face template and trail are deleted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not followed by the indoor cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visitor on site who agreed to indoor tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following %1 with the indoor cameras?

Their face template and the places they were seen during this visit are deleted now. The visit goes on: same pass, still on the list of people on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer followed by the indoor cameras: face template deleted, %n sighting(s) deleted. The pass still works.</source>
        <translation>
            <numerusform>%1 is no longer followed by the indoor cameras: face template deleted, %n sighting deleted. The pass still works.</numerusform>
            <numerusform>%1 is no longer followed by the indoor cameras: face template deleted, %n sightings deleted. The pass still works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::SubjectPage</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or identifier of a person or visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the selected person, as JSON and as a PDF to hand them (right of access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything held about the selected person (right to erasure); asks for a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of the persons concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person and export what is held about them: the document they receive appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n results: type more of the name to narrow them.</source>
        <translation>
            <numerusform>The first result (%n): type more of the name to narrow the search.</numerusform>
            <numerusform>The first %n results: type more of the name to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting everything held about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %1 (%2), %n page(s)</source>
        <translation>
            <numerusform>Preview: %1 (%2), %n page</numerusform>
            <numerusform>Preview: %1 (%2), %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written into %1: %2
Nothing is lost: choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n record(s) about %1 exported (recorded in the audit trail).</source>
        <translation>
            <numerusform>✓ %n record about %1 exported (recorded in the audit trail).</numerusform>
            <numerusform>✓ %n records about %1 exported (recorded in the audit trail).</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Erased: %n record(s) deleted. One audit record says that an erasure happened.</source>
        <translation>
            <numerusform>✓ Erased: %n record deleted. One audit record says that an erasure happened.</numerusform>
            <numerusform>✓ Erased: %n records deleted. One audit record says that an erasure happened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a person of the registry (even one who left) or a visitor. Export gives them everything the station holds about them (right of access); erasure deletes it (right to erasure). A person&apos;s data can also be corrected (rectification), frozen (restriction) and their face lane consent withdrawn (objection). Each is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::SubjectRightsBar</name>
    <message>
        <source>&amp;Rectify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected person&apos;s names, class or birth date (right to rectification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person objects: their consent to the face lane is withdrawn at once; the same badge works badge-only (right to object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift re&amp;striction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the restriction: the person&apos;s data is processed as before (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the selected person&apos;s data (right to restriction): kept, decided at the gate on the badge alone, left out of reports and class lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 rectified (recorded in the audit trail). A later import keeps the corrected values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The restriction of %1 is lifted (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The processing of %1&apos;s data is restricted: kept, decided at the gate on the badge alone, left out of reports (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects to the processing of their face: their consent is withdrawn at once, their face template deleted, and their badge works badge-only. Record the objection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Objection recorded: the consent of %1 is withdrawn, their badge works badge-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::TonePlayer</name>
    <message>
        <source>No audio output on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sounds could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output refused the sounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::UserTableModel</name>
    <message>
        <source>✕ Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::UsersPage</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will no longer be able to sign in; their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents work at the lanes and with visitors, principals read the reports, the administrator sets up the station, the DPO controls its data (audit trail, consents, rights, retention); neither may do the other&apos;s job. A user is disabled, never deleted, so the audit trail keeps its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorDialog</name>
    <message>
        <source>Must be &amp;escorted inside the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones the pass allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor &amp;agrees to be followed by the indoor cameras while on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company, association, family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or service visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting, delivery, maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to check the watchlist: the date of birth is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, only to check the watchlist; not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking inside the school (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the visitor&apos;s consent, the indoor cameras recognise them while they are on site, so that the desk knows where they were seen (for instance for an evacuation). What is kept: a face template — numbers computed from the photo, not the photo itself — only while they are on site; it is deleted, with the record of where they were seen, as soon as they check out. Without consent the pass works just the same and no camera follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors still on site are checked out automatically at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the latest %1 (automatic check-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is past %1, the end-of-day check-out: registrations are refused until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone map cannot be read (%1): the pass will allow the default zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zones are defined: the pass does not limit where the visitor goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — restricted zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: tick only if the visitor must go there; a sighting there without it raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed by the cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking needs the photo: take it above, or untick the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by the indoor cameras while on site; the template is deleted at check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must read like 14/03/1980, or be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one zone the pass allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the watchlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible watchlist match: decide in the window that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration abandoned: %1 matches the watchlist (%2). Entry refused; an alert was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered (number %2). Print the pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking needs a photo, and no desk camera is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the photo taken, or take it again, before registering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorPhoto</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the pass only, never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space here to take the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is running: the visitor is registered without a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is running (%1): the visitor is registered without a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk camera: the visitor is registered without a photo. The administrator gives a camera the role “Visitor desk” (Administration › Cameras) to take visitors&apos; photos; a gate or indoor camera never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space on the preview or “Take the photo” when the visitor faces the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face: %1 Take the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still: taking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it the visitor? “Use this photo”, or take it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorsPage</name>
    <message>
        <source>Expected departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave at %1: overstaying by %n minute(s).</source>
        <translation>
            <numerusform>Expected to leave at %1: overstaying by %n minute.</numerusform>
            <numerusform>Expected to leave at %1: overstaying by %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed by the indoor cameras (consent given); the face template is deleted at check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed by the cameras: no consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1 — overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show those who &amp;left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visitor (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check out (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-issue pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll c&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a visitor (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, person visited or visitor number; accents and case ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visitor to see their registration, their pass and where they were seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the roll call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the roll call as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone on site now, with where they were last seen, to tick off at the assembly point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors registered at the desk, with their pass. Those who agreed are followed by the indoor cameras while on site; their face template and trail are deleted at check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone map cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on site. Register a visitor with &quot;New visitor&quot; (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pass for %1: the current one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visitor on site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>! %1 — overstay (%n minute(s) late)</source>
        <translation>
            <numerusform>! %1 — overstay (%n minute late)</numerusform>
            <numerusform>! %1 — overstay (%n minutes late)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · expected to leave at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — must be escorted inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restricted zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — followed by the indoor cameras until check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — not followed by the cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1 · serial %2 · registered by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked at departure · registered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, checked out automatically at the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, checked out at the desk by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visitor to see where the indoor cameras saw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed by the cameras (no consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen by the indoor cameras yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s), oldest first; the numbers are those on the map.</source>
        <translation>
            <numerusform>%n sighting; its number is the one on the map.</numerusform>
            <numerusform>%n sightings, oldest first; the numbers are those on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not on the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restricted, allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restricted zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a new pass for %1? The pass they hold stops working at once (lost or damaged pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass for %1: the previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the roll call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll call could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll call saved in %1 (%n visitor(s) on site).</source>
        <translation>
            <numerusform>Roll call saved in %1 (%n visitor on site).</numerusform>
            <numerusform>Roll call saved in %1 (%n visitors on site).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the roll call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the roll call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll call sent to the printer %1 (%n page(s)).</source>
        <translation>
            <numerusform>Roll call sent to the printer %1 (%n page).</numerusform>
            <numerusform>Roll call sent to the printer %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistEntryDialog</name>
    <message>
        <source>Add to the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jean MARTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the desk must know: the decision, the student concerned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name alone matches too many people: give a date of birth, a reference photo, or both. The photo is kept small, only to be shown beside a visitor&apos;s on a possible match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the face on the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face on this photo: %1 Choose another photo, or leave the photo out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistHitDialog</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is required to confirm (what you checked: an identity document, the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: refuse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss: not this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible watchlist match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visitor may be on the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two before anything else. Nothing is registered until you decide; both decisions are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be compared (not known on both sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar face, distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different face, distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared (no usable photo on one side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details were given with the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. identity card checked: same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the two buttons: the registration waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistPage</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People banned from the school, and custody restrictions (someone who must not collect or see a student). Every visitor is checked against this list at registration; a possible match is shown to the agent, who confirms or dismisses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, face usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the watchlist? Visitors of that name will no longer be flagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ZoneMapView</name>
    <message>
        <source>Zone map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan image %1 cannot be read: the zones are drawn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a camera, then click where it is on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in the box of %1&apos;s zone (with a plan image, anywhere on the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the plan where %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone map yet: an administrator defines the zones and where the indoor cameras are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed on the plan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::ui::ZonesPage</name>
    <message>
        <source>&amp;Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;off the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Restricted” for a zone no pass allows unless the agent ticks it at registration: a visitor seen there raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cuisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a schematic of the zones is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoor camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the school the indoor cameras watch. A pass allows the unrestricted zones unless the agent changes them; a visitor seen in a zone their pass does not allow raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not copied: it stays where it is and must remain readable by the station (keep it in a folder the station&apos;s user can read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a camera, then click on the plan where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the plan where %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: the zones are drawn as a schematic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station cannot read this image: the schematic is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan image readable (%1 × %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a zone: add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this zone, or change the camera&apos;s zone in Administration › Cameras: otherwise every visitor seen by this camera raises a restricted-zone alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %, %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indoor camera: add one in Administration › Cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the zone&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a zone named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 watches this zone: give the camera another zone in Administration › Cameras first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Passes already issued keep the zones they allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::vision</name>
    <message>
        <source>Stand in front of the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person at a time, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark: more light on the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright: move away from the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blink once, naturally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: you may step away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several faces were seen: one person at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face was never clear enough (size, pose, light or blur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures do not show the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face was seen only once: at least two pictures are needed to check that the template matches the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does not match all of the person&apos;s own pictures: they could be refused at the face lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of a live person (no blink was seen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portique::visitors</name>
    <message>
        <source>VISITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCORTED VISIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept the pass&apos;s page size (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the visitor&apos;s pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the pass file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call: visitors on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) on site</source>
        <translation>
            <numerusform>%n visitor on site</numerusform>
            <numerusform>%n visitors on site</numerusform>
        </translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the roll call file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned from the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone map is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two zones are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of camera %1 must be two numbers between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom the visitor comes to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors are checked out automatically at %1: the end-of-day time has passed (setting visitors.auto_checkout_minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected departure must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected departure must be at the latest %1, when visitors are checked out automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no zone named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking needs a photo where the face is usable: take the photo again, or register without tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date of birth or a reference photo: a name alone matches too many people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face was found on the reference photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watchlist entry has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor&apos;s pass holds at most %1 zones, not %2: merge or remove zones in the zone map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone name &quot;%1&quot; is too long for a visitor&apos;s pass: %2 bytes, at most %3 (an accented letter takes 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s pass cannot be signed: its content does not fit in a pass&apos;s code. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed to be located indoors during this visit; you can stop it at any time at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already withdrew their consent to indoor tracking: nothing is left to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never agreed to indoor tracking: the cameras do not follow them and nothing about their face is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
