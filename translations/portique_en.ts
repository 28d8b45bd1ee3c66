<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login "%1" is not valid: 2 to 32 letters, digits, dots, dashes or underscores, without spaces or accents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's name cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login "%1" is already taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user has the login "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is the last active DPO/administrator and cannot be disabled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Give the station's database and key (--db PATH --key-file PATH, or PORTIQUE_DB and PORTIQUE_KEY_FILE), or run the demo with --demo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Station created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login locked after failed attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 is missing (the next one found is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 is out of order (found %2 in its place).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 was altered after it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link from record %1 to the one before it is broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trail ends at record %1 but its head says %2: records were removed at the end.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Biometrics</name>
    <message>
        <source>A template needs the 8-byte id of its model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Portique face template (or a version this station does not read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The face template is damaged (wrong length).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The face template was made by another face model (%1, this station uses %2): it cannot be compared; the person must enrol again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The face template is damaged (scale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The face template is damaged (value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template key must be 32 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sealed face template cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sealed face template does not open: wrong key, altered, or made for another face model.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 holds no image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No image for %1 s: reconnecting.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Encrypted database file (or PORTIQUE_DB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file of the database (or PORTIQUE_KEY_FILE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login of the operator (or PORTIQUE_USER); the password is read from PORTIQUE_PASSWORD or typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2 (see --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --%1 is required (see --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database given: use --db PATH or set PORTIQUE_DB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key file given: use --key-file PATH or set PORTIQUE_KEY_FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the database key: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No operator given: use --user LOGIN or set PORTIQUE_USER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 is locked until %2 after too many failed attempts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The role "%1" of %2 does not allow this command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walks the audit hash chain and reports the first broken link (exit 1 when broken).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the newest audit records as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many records (default 50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the audit hash chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the newest audit records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the demo station in DIR (portique.db, portique.key) with the published demo users; does nothing if it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the demo station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the demo station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the encrypted database, its key file (mode 0600) and the first DPO/administrator. The administrator's password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the school.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seal the key under a passphrase (Argon2id), read from PORTIQUE_PASSPHRASE or typed; it is asked at every start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase for the key: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a user. The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name shown on screens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent, principal or dpo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role "%1": use agent, principal or dpo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes a password (anyone their own; the administrator anyone's, which also lifts a lockout). The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the station's users as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disables a user: the login is refused until enabled again; history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a user (agent, principal, dpo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disable a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enable a user again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the versions of Portique and its libraries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the encrypted database, its key and the first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage users: add, passwd, list, disable, enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit trail: verify, list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo station: init</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>versions of Portique and its libraries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each command takes --help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A command is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1" (see --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: portiquectl %1 &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: portiquectl &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faces and descriptors of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compare the faces of two images (1:1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluate labelled pairs: FMR, FNMR, ROC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>convert, check and install the face model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the face model in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face model file (or PORTIQUE_FACE_MODEL; default: the official dlib file if installed, else the converted one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Descriptor: mirror (chip and its mirror averaged, the default) or single (the naive pipeline).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>150x150 face crops: realign (pad, then detect and align, the default) or straight (fed to the network as they are).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--crops takes realign or straight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mode takes mirror or single.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>face model: install, info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faces in images: embed, compare, eval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints, for each image, one JSON line with every face found: box, detector score, quality, whether it is usable, and the 128-D descriptor of usable faces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares the largest usable face of two images (1:1) and prints the distance, the threshold, the decision and the displayed confidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision threshold (default: the station's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--threshold takes a distance between 0 and 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No face found in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable face in %1 (%2 found, none of comparable quality).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the pairs file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: expected fileA, fileB and same (0 or 1), tab-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluates labelled pairs (tab-separated fileA, fileB, same): accuracy, false match and false non-match rates at the threshold, ROC points and failures to acquire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pairs file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder the pairs' paths are relative to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sample photos in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converts the face-api face recognition weights into dlib's format, checks the result on the package's demo photos, and installs it only if it separates people as the network should. With --official, checks and installs dlib's own model file instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>face_recognition_model-weights_manifest.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>face_recognition_model.bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dlib_face_recognition_resnet_model_v1.dat to install instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of group photos for the check (the package's demo/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to install (default: the model folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model failed its accuracy check on %1 faces (separation %2, median distance between different people %3, largest distance of a face to itself %4): it was not installed. This is what a wrong weight layout looks like.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot install the model at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which face model is in use, its id, and the BLAS it runs on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face model file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the vision loop on N simulated 640x480 cameras at 15 fps for S seconds and reports processed fps, dropped frames, descriptor calls, time to a face's first descriptor, CPU time and peak memory. --naive runs the naive pipeline instead (every face of every frame).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of cameras (default 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video each camera plays (default: the demo gate video).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full-frame detection and a descriptor of every face in every frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vision workers (default 2, one per core).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cameras takes 1 to 16, --seconds and --workers a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No video at %1: run portiquectl demo cameras (scripts/setup.sh does).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the vision loop on simulated cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a camera: a V4L2 device (/dev/video0 or 0), a network stream (rtsp://…), a video file or a folder of images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where its images come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gate (an entrance lane, the default) or indoor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone an indoor camera watches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--role takes gate or indoor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the station's cameras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes a camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera is named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove a camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the demo cameras' videos (two gate lanes, one hall) from the face-api demo photos: people walking up to the gate one after another, and a pan across a group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the photos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the videos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too few faces found in %1 to make the demo cameras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the demo cameras' videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cameras: add, list, remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measurements: pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0, 90, 180 or 270: how the camera is mounted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution cap in pixels of width (0: none).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DPO / administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A camera needs a name and a source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two cameras are named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A camera turns by 0, 90, 180 or 270 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A resolution cap is at least 320 pixels wide (or 0 for none).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 already exists; it is never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>binding a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too short to be a Portique database: damaged or not a database. The file was not modified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; Portique only opens encrypted databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher is not active in this build (the plain SQLite library was linked first); refusing to open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 does not open with this key: wrong key, damaged file, or not a Portique database. The file was not modified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full; the last change was cancelled and nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged or does not open with this key (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database key must be exactly %1 bytes, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 already exists; it is never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); run chmod 600 on it before use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Portique key file (%2 bytes; a raw key has 32).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase; none was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for the key file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Portique (%3): update Portique before opening it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Unexpected error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entrance lanes and visitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily and experiment reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consents, retention, subject rights and the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>users and station settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. k.martin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the user's full name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vision</name>
    <message>
        <source>The landmark model %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No face model at %1: run scripts/setup.sh (it converts and checks the model), or give dlib's official file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an image Portique can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the image %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weights manifest is not a face-api manifest (no weight group).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported quantisation in tensor %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weights file ends inside tensor %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weights file has %1 bytes the manifest does not describe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest has too few tensors (stopped at a %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tensor %1 has %2 values where the network's %3 needs %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The face model %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A face chip must be %1x%1 colour pixels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest lists %1 tensors; the face recognition network has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected parameter count in a convolution of the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest has %1 tensors the network does not use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the video %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>official dlib model — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>converted from @vladmandic/face-api 1.7.15 — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::app::StationLauncher</name>
    <message>
        <source>Portique — unlock the station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the database key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portique cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo cameras are not generated yet: run scripts/setup.sh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera is configured. The administrator adds them with portiquectl camera add.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::AboutDialog</name>
    <message>
        <source>About Portique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception station for the entrance of a lycée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge or QR code first; face comparison only with recorded consent, 1:1 against the template the person carries. No video and no student face image is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database cipher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed on this station (badge-only operation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear algebra</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::AuditPage</name>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: user, action, object…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every sign-in, change of user or setting, and later every decision, override, consent, export and erasure is recorded here. Each record is chained to the previous one by a hash: any edit, removal or reordering is detected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✓ Intact trail: %n record(s) checked.</source>
        <translation><numerusform>✓ Intact trail: %n record checked.</numerusform><numerusform>✓ Intact trail: %n records checked.</numerusform></translation>
    </message>
    <message>
        <source>✕ Trail broken at record %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::AuditTableModel</name>
    <message>
        <source>Hash %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::CameraTile</name>
    <message>
        <source>connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live · %1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>! image frozen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ lost — reconnecting (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>! quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No image yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · alive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::CameraWall</name>
    <message>
        <source>1 camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 × 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 × 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::CamerasPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Voie 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/dev/video0, rtsp://…, a video file or a folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entrance lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indoor zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Hall, Administration corridor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add the camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove the selected camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each entrance lane has its camera; indoor cameras watch zones for visitors. Changes take effect at the next start of the station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A camera needs a name and a source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ro&amp;tation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Width cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::LockScreen</name>
    <message>
        <source>Sign in to continue. Another agent may take over the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station locked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::LoginDialog</name>
    <message>
        <source>Portique — sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demonstration station: fictitious data only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; / %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. accueil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed attempts: this login is locked until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::MainWindow</name>
    <message>
        <source>Portique — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Portique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cameras %1/%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the station after &amp;inactivity of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sign-ins before a &amp;lockout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lockout &amp;duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language (at next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Settings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::StatusPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role gives access to: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✓ Encrypted (SQLCipher %1), schema version %2, %n user(s).</source>
        <translation><numerusform>✓ Encrypted (SQLCipher %1), schema version %2, %n user.</numerusform><numerusform>✓ Encrypted (SQLCipher %1), schema version %2, %n users.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); the latest on %1.</source>
        <translation><numerusform>%n record; the latest on %1.</numerusform><numerusform>%n records; the latest on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The station locks itself after %n minute(s) without activity (Ctrl+L locks it now).</source>
        <translation><numerusform>The station locks itself after %n minute without activity (Ctrl+L locks it now).</numerusform><numerusform>The station locks itself after %n minutes without activity (Ctrl+L locks it now).</numerusform></translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::UserTableModel</name>
    <message>
        <source>✕ Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>! Locked until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>portique::ui::UsersPage</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents work at the lanes and with visitors, principals read the reports, the DPO administers the station and its data. A user is disabled, never deleted, so the audit trail keeps its meaning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable %1 (%2)? They will no longer be able to sign in; their history is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
