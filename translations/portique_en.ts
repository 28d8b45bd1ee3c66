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
        <source>Runs the vision loop on N simulated 640x480 cameras at 15 fps for S seconds and reports processed fps, dropped frames, descriptor calls, time to a face&apos;s first descriptor, CPU time and peak memory. --naive runs the naive pipeline instead (every face of every frame).</source>
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
        <source>gate (an entrance lane, the default) or indoor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone an indoor camera watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes gate or indoor.</source>
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
        <source>Writes the demo cameras&apos; videos (two gate lanes, one hall) from the face-api demo photos: people walking up to the gate one after another, and a pan across a group.</source>
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
        <source>measurements: pipeline</source>
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
        <source>Give either --image or --payload.</source>
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
        <source>Enrols a person in the face lane from photos taken at the desk: records the consent, keeps the best template (sealed into the badge, or in the database under a key only the badge carries), discards the images and issues the new badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the person (repeat for several).</source>
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
        <source>The paper form&apos;s reference.</source>
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
        <source>Withdraws a person&apos;s consent to the face lane, at once: deletes the template, revokes the badge that held or unlocked it and issues a badge-only one.</source>
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
        <source>consents: withdraw</source>
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
        <source>Runs N gate lanes on simulated cameras: a person every second per lane, half of them on the face lane, each badge presented after the person blinked. Reports credential-to-decision latency (p50/p95), passages per minute per lane and outcomes. --naive describes the face only after the credential.</source>
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
        <source>The naive lane: full-frame detection, every face described, and the face taken after the credential.</source>
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
        <source>Give either --credential or --credential-image.</source>
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
        <source>Valid badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a badge of this school, or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong kind of code (a visitor pass is not a badge)</source>
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
        <source>A consent on paper needs the form&apos;s reference.</source>
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
    <name>portique::ui::AuditPage</name>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: user, action, object…</source>
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
    <name>portique::ui::CameraWall</name>
    <message>
        <source>1 camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 × 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
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
</context>
<context>
    <name>portique::ui::EnrolmentWizard</name>
    <message>
        <source>Use the &amp;face lane: I consent to the comparison of my face with my badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge only: no face data at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the face lane does.&lt;/b&gt; At the entrance, after you show your badge, a camera compares your face with the template of the person that badge belongs to (one-to-one). It never searches a face among other students.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What is kept.&lt;/b&gt; One template (a list of numbers computed from your face, not a photo), sealed into your badge or locked in the station by a key only your badge carries. No photo or video of you is kept: the images taken now are discarded at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice.&lt;/b&gt; The face lane is optional. The badge-only lane is just as fast and looks exactly the same at the gate. Refusing changes nothing for you. You can withdraw your consent at any time at this desk: the template is deleted at once and you receive a badge without it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For a minor,&lt;/b&gt; a legal representative must consent as well.&lt;/p&gt;&lt;p&gt;Controller: the school. Contact: its data-protection officer. Legal basis: consent (GDPR art. 9-2-a).&lt;/p&gt;</source>
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
        <source>&amp;Paper form, reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;badge (recommended): the station keeps no template</source>
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
        <source>%1 is a minor: a legal representative consents as well.</source>
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
        <source>Students come from the SIECLE exports, staff and others from a CSV list. Everyone gets a badge; the face lane is only for those who consent (a minor&apos;s legal representative too), and a consent can be withdrawn at any time: the template goes at once.</source>
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
        <source>the template kept in the database is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template, which exists only on the badge, stops being usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s consent to the face lane?

Now, at once: %2, and the current badge is revoked: it no longer opens the gate.

A badge-only badge is issued in its place: print it and hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn: the template is gone and the new badge-only badge is ready to print.</source>
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
        <source>Agents work at the lanes and with visitors, principals read the reports, the DPO administers the station and its data. A user is disabled, never deleted, so the audit trail keeps its meaning.</source>
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
        <source>No sign of a live person (no blink or movement).</source>
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
</context>
</TS>
