<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The login "%1" is not valid: 2 to 32 letters, digits, dots, dashes or underscores, without spaces or accents.</source>
        <translation>L’identifiant « %1 » n’est pas valable : de 2 à 32 lettres, chiffres, points, tirets ou soulignés, sans espace ni accent.</translation>
    </message>
    <message>
        <source>The user's name cannot be empty.</source>
        <translation>Le nom de l’utilisateur ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The login "%1" is already taken.</source>
        <translation>L’identifiant « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>No user has the login "%1".</source>
        <translation>Aucun utilisateur n’a l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>"%1" is the last active DPO/administrator and cannot be disabled.</source>
        <translation>« %1 » est le dernier DPO/administrateur actif et ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Give the station's database and key (--db PATH --key-file PATH, or PORTIQUE_DB and PORTIQUE_KEY_FILE), or run the demo with --demo.</source>
        <translation>Indiquez la base de la station et sa clé (--db CHEMIN --key-file CHEMIN, ou PORTIQUE_DB et PORTIQUE_KEY_FILE), ou lancez la démonstration avec --demo.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Station created</source>
        <translation>Station créée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Login locked after failed attempts</source>
        <translation>Identifiant bloqué après des échecs</translation>
    </message>
    <message>
        <source>Station locked</source>
        <translation>Station verrouillée</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Audit trail checked</source>
        <translation>Journal d’audit vérifié</translation>
    </message>
    <message>
        <source>Record %1 is missing (the next one found is %2).</source>
        <translation>L’entrée %1 manque (la suivante trouvée est la %2).</translation>
    </message>
    <message>
        <source>Record %1 is out of order (found %2 in its place).</source>
        <translation>L’entrée %1 est hors d’ordre (la %2 occupe sa place).</translation>
    </message>
    <message>
        <source>Record %1 was altered after it was written.</source>
        <translation>L’entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The link from record %1 to the one before it is broken.</source>
        <translation>Le lien entre l’entrée %1 et la précédente est rompu.</translation>
    </message>
    <message>
        <source>The trail ends at record %1 but its head says %2: records were removed at the end.</source>
        <translation>Le journal s’arrête à l’entrée %1 mais sa tête indique %2 : des entrées ont été supprimées à la fin.</translation>
    </message>
</context>
<context>
    <name>Biometrics</name>
    <message>
        <source>A template needs the 8-byte id of its model.</source>
        <translation>Un gabarit a besoin de l’identifiant de 8 octets de son modèle.</translation>
    </message>
    <message>
        <source>This is not a Portique face template (or a version this station does not read).</source>
        <translation>Ce n’est pas un gabarit biométrique Portique (ou une version que cette station ne lit pas).</translation>
    </message>
    <message>
        <source>The face template is damaged (wrong length).</source>
        <translation>Le gabarit biométrique est endommagé (longueur incorrecte).</translation>
    </message>
    <message>
        <source>The face template was made by another face model (%1, this station uses %2): it cannot be compared; the person must enrol again.</source>
        <translation>Le gabarit biométrique a été calculé par un autre modèle facial (%1 ; cette station utilise %2) : il ne peut pas être comparé ; la personne doit se réenrôler.</translation>
    </message>
    <message>
        <source>The face template is damaged (scale).</source>
        <translation>Le gabarit biométrique est endommagé (échelle).</translation>
    </message>
    <message>
        <source>The face template is damaged (value).</source>
        <translation>Le gabarit biométrique est endommagé (valeur).</translation>
    </message>
    <message>
        <source>A template key must be 32 bytes.</source>
        <translation>Une clé de gabarit fait 32 octets.</translation>
    </message>
    <message>
        <source>The sealed face template cannot be opened.</source>
        <translation>Le gabarit scellé ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The sealed face template does not open: wrong key, altered, or made for another face model.</source>
        <translation>Le gabarit scellé ne s’ouvre pas : clé erronée, gabarit altéré ou fait pour un autre modèle facial.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no image.</source>
        <translation>Le dossier %1 ne contient aucune image.</translation>
    </message>
    <message>
        <source>No image for %1 s: reconnecting.</source>
        <translation>Aucune image depuis %1 s : reconnexion.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Encrypted database file (or PORTIQUE_DB).</source>
        <translation>Fichier de la base chiffrée (ou PORTIQUE_DB).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Key file of the database (or PORTIQUE_KEY_FILE).</source>
        <translation>Fichier de clé de la base (ou PORTIQUE_KEY_FILE).</translation>
    </message>
    <message>
        <source>Login of the operator (or PORTIQUE_USER); the password is read from PORTIQUE_PASSWORD or typed.</source>
        <translation>Identifiant de l’opérateur (ou PORTIQUE_USER) ; le mot de passe est lu dans PORTIQUE_PASSWORD ou saisi.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2</source>
        <translation>Usage : portiquectl %1 [options] %2</translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 [options] %2 (see --help).</source>
        <translation>Usage : portiquectl %1 [options] %2 (voir --help).</translation>
    </message>
    <message>
        <source>The option --%1 is required (see --help).</source>
        <translation>L’option --%1 est obligatoire (voir --help).</translation>
    </message>
    <message>
        <source>No database given: use --db PATH or set PORTIQUE_DB.</source>
        <translation>Aucune base indiquée : utilisez --db CHEMIN ou définissez PORTIQUE_DB.</translation>
    </message>
    <message>
        <source>No key file given: use --key-file PATH or set PORTIQUE_KEY_FILE.</source>
        <translation>Aucun fichier de clé indiqué : utilisez --key-file CHEMIN ou définissez PORTIQUE_KEY_FILE.</translation>
    </message>
    <message>
        <source>Passphrase of the database key: </source>
        <translation>Phrase secrète de la clé de la base : </translation>
    </message>
    <message>
        <source>No operator given: use --user LOGIN or set PORTIQUE_USER.</source>
        <translation>Aucun opérateur indiqué : utilisez --user IDENTIFIANT ou définissez PORTIQUE_USER.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>The login %1 is locked until %2 after too many failed attempts.</source>
        <translation>L’identifiant %1 est bloqué jusqu’à %2 après trop d’échecs.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The role "%1" of %2 does not allow this command.</source>
        <translation>Le rôle « %1 » de %2 ne permet pas cette commande.</translation>
    </message>
    <message>
        <source>Walks the audit hash chain and reports the first broken link (exit 1 when broken).</source>
        <translation>Parcourt la chaîne de hachage du journal d’audit et signale le premier lien rompu (code de sortie 1 s’il est rompu).</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Le journal d’audit est rompu : %1</translation>
    </message>
    <message>
        <source>Prints the newest audit records as JSON.</source>
        <translation>Affiche les entrées les plus récentes du journal d’audit en JSON.</translation>
    </message>
    <message>
        <source>How many records (default 50).</source>
        <translation>Nombre d’entrées (50 par défaut).</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>check the audit hash chain</source>
        <translation>vérifier la chaîne du journal d’audit</translation>
    </message>
    <message>
        <source>print the newest audit records</source>
        <translation>afficher les dernières entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Creates the demo station in DIR (portique.db, portique.key) with the published demo users; does nothing if it exists.</source>
        <translation>Crée la station de démonstration dans DIR (portique.db, portique.key) avec les utilisateurs de démonstration publiés ; ne fait rien si elle existe.</translation>
    </message>
    <message>
        <source>Folder of the demo station.</source>
        <translation>Dossier de la station de démonstration.</translation>
    </message>
    <message>
        <source>create the demo station</source>
        <translation>créer la station de démonstration</translation>
    </message>
    <message>
        <source>Creates the encrypted database, its key file (mode 0600) and the first DPO/administrator. The administrator's password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation>Crée la base chiffrée, son fichier de clé (mode 0600) et le premier DPO/administrateur. Le mot de passe de l’administrateur est lu dans PORTIQUE_NEW_PASSWORD ou saisi.</translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation>Identifiant du premier administrateur.</translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation>Nom complet du premier administrateur.</translation>
    </message>
    <message>
        <source>Name of the school.</source>
        <translation>Nom de l’établissement.</translation>
    </message>
    <message>
        <source>Seal the key under a passphrase (Argon2id), read from PORTIQUE_PASSPHRASE or typed; it is asked at every start.</source>
        <translation>Scelle la clé sous une phrase secrète (Argon2id), lue dans PORTIQUE_PASSPHRASE ou saisie ; elle est demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>New passphrase for the key: </source>
        <translation>Nouvelle phrase secrète de la clé : </translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Adds a user. The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation>Ajoute un utilisateur. Le nouveau mot de passe est lu dans PORTIQUE_NEW_PASSWORD ou saisi.</translation>
    </message>
    <message>
        <source>Full name shown on screens.</source>
        <translation>Nom complet affiché à l’écran.</translation>
    </message>
    <message>
        <source>agent, principal or dpo.</source>
        <translation>agent, principal ou dpo.</translation>
    </message>
    <message>
        <source>Unknown role "%1": use agent, principal or dpo.</source>
        <translation>Rôle inconnu « %1 » : utilisez agent, principal ou dpo.</translation>
    </message>
    <message>
        <source>Changes a password (anyone their own; the administrator anyone's, which also lifts a lockout). The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation>Change un mot de passe (chacun le sien ; l’administrateur celui de tous, ce qui lève aussi un blocage). Le nouveau mot de passe est lu dans PORTIQUE_NEW_PASSWORD ou saisi.</translation>
    </message>
    <message>
        <source>Lists the station's users as JSON.</source>
        <translation>Liste les utilisateurs de la station en JSON.</translation>
    </message>
    <message>
        <source>Disables a user: the login is refused until enabled again; history is kept.</source>
        <translation>Désactive un utilisateur : l’identifiant est refusé jusqu’à sa réactivation ; l’historique est conservé.</translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation>Réactive un utilisateur désactivé.</translation>
    </message>
    <message>
        <source>add a user (agent, principal, dpo)</source>
        <translation>ajouter un utilisateur (agent, principal, dpo)</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>changer un mot de passe</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>disable a user</source>
        <translation>désactiver un utilisateur</translation>
    </message>
    <message>
        <source>enable a user again</source>
        <translation>réactiver un utilisateur</translation>
    </message>
    <message>
        <source>Prints the versions of Portique and its libraries.</source>
        <translation>Affiche les versions de Portique et de ses bibliothèques.</translation>
    </message>
    <message>
        <source>create the encrypted database, its key and the first administrator</source>
        <translation>créer la base chiffrée, sa clé et le premier administrateur</translation>
    </message>
    <message>
        <source>manage users: add, passwd, list, disable, enable</source>
        <translation>gérer les utilisateurs : add, passwd, list, disable, enable</translation>
    </message>
    <message>
        <source>audit trail: verify, list</source>
        <translation>journal d’audit : verify, list</translation>
    </message>
    <message>
        <source>demo station: init</source>
        <translation>station de démonstration : init</translation>
    </message>
    <message>
        <source>versions of Portique and its libraries</source>
        <translation>versions de Portique et de ses bibliothèques</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Each command takes --help.</source>
        <translation>Chaque commande accepte --help.</translation>
    </message>
    <message>
        <source>A command is required.</source>
        <translation>Une commande est nécessaire.</translation>
    </message>
    <message>
        <source>Unknown command "%1" (see --help).</source>
        <translation>Commande inconnue « %1 » (voir --help).</translation>
    </message>
    <message>
        <source>Usage: portiquectl %1 &lt;command&gt; [options]</source>
        <translation>Usage : portiquectl %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Usage: portiquectl &lt;command&gt; [options]</source>
        <translation>Usage : portiquectl &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <source>faces and descriptors of images</source>
        <translation>visages et descripteurs d’images</translation>
    </message>
    <message>
        <source>compare the faces of two images (1:1)</source>
        <translation>comparer les visages de deux images (1:1)</translation>
    </message>
    <message>
        <source>evaluate labelled pairs: FMR, FNMR, ROC</source>
        <translation>évaluer des paires étiquetées : taux de fausses acceptations, de faux rejets, courbe ROC</translation>
    </message>
    <message>
        <source>convert, check and install the face model</source>
        <translation>convertir, vérifier et installer le modèle facial</translation>
    </message>
    <message>
        <source>the face model in use</source>
        <translation>le modèle facial utilisé</translation>
    </message>
    <message>
        <source>Face model file (or PORTIQUE_FACE_MODEL; default: the official dlib file if installed, else the converted one).</source>
        <translation>Fichier du modèle facial (ou PORTIQUE_FACE_MODEL ; par défaut le fichier officiel de dlib s’il est installé, sinon le modèle converti).</translation>
    </message>
    <message>
        <source>Descriptor: mirror (chip and its mirror averaged, the default) or single (the naive pipeline).</source>
        <translation>Descripteur : mirror (moyenne de l’image du visage et de son miroir, par défaut) ou single (chaîne naïve).</translation>
    </message>
    <message>
        <source>150x150 face crops: realign (pad, then detect and align, the default) or straight (fed to the network as they are).</source>
        <translation>Visages recadrés en 150x150 : realign (marge, puis détection et alignement, par défaut) ou straight (donnés tels quels au réseau).</translation>
    </message>
    <message>
        <source>--crops takes realign or straight.</source>
        <translation>--crops attend realign ou straight.</translation>
    </message>
    <message>
        <source>--mode takes mirror or single.</source>
        <translation>--mode attend mirror ou single.</translation>
    </message>
    <message>
        <source>face model: install, info</source>
        <translation>modèle facial : install, info</translation>
    </message>
    <message>
        <source>faces in images: embed, compare, eval</source>
        <translation>visages dans des images : embed, compare, eval</translation>
    </message>
    <message>
        <source>Prints, for each image, one JSON line with every face found: box, detector score, quality, whether it is usable, and the 128-D descriptor of usable faces.</source>
        <translation>Affiche, pour chaque image, une ligne JSON avec chaque visage trouvé : cadre, score du détecteur, qualité, utilisabilité et descripteur 128-D des visages utilisables.</translation>
    </message>
    <message>
        <source>Compares the largest usable face of two images (1:1) and prints the distance, the threshold, the decision and the displayed confidence.</source>
        <translation>Compare le plus grand visage utilisable de deux images (1:1) et affiche la distance, le seuil, la décision et la confiance affichée.</translation>
    </message>
    <message>
        <source>Decision threshold (default: the station's).</source>
        <translation>Seuil de décision (par défaut : celui de la station).</translation>
    </message>
    <message>
        <source>--threshold takes a distance between 0 and 2.</source>
        <translation>--threshold attend une distance entre 0 et 2.</translation>
    </message>
    <message>
        <source>No face found in %1.</source>
        <translation>Aucun visage trouvé dans %1.</translation>
    </message>
    <message>
        <source>No usable face in %1 (%2 found, none of comparable quality).</source>
        <translation>Aucun visage utilisable dans %1 (%2 trouvés, aucun de qualité suffisante).</translation>
    </message>
    <message>
        <source>Cannot read the pairs file %1.</source>
        <translation>Impossible de lire le fichier de paires %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected fileA, fileB and same (0 or 1), tab-separated.</source>
        <translation>%1, ligne %2 : attendu fileA, fileB et same (0 ou 1), séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Evaluates labelled pairs (tab-separated fileA, fileB, same): accuracy, false match and false non-match rates at the threshold, ROC points and failures to acquire.</source>
        <translation>Évalue des paires étiquetées (fileA, fileB, same séparés par des tabulations) : exactitude, taux de fausses acceptations et de faux rejets au seuil, points ROC et échecs d’acquisition.</translation>
    </message>
    <message>
        <source>The pairs file.</source>
        <translation>Le fichier de paires.</translation>
    </message>
    <message>
        <source>Folder the pairs' paths are relative to.</source>
        <translation>Dossier dont partent les chemins des paires.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>No sample photos in %1.</source>
        <translation>Aucune photo d’exemple dans %1.</translation>
    </message>
    <message>
        <source>Converts the face-api face recognition weights into dlib's format, checks the result on the package's demo photos, and installs it only if it separates people as the network should. With --official, checks and installs dlib's own model file instead.</source>
        <translation>Convertit les poids de reconnaissance faciale de face-api au format de dlib, vérifie le résultat sur les photos de démonstration du paquet et ne l’installe que s’il distingue les personnes comme le réseau le doit. Avec --official, vérifie et installe à la place le fichier officiel de dlib.</translation>
    </message>
    <message>
        <source>face_recognition_model-weights_manifest.json</source>
        <translation>face_recognition_model-weights_manifest.json</translation>
    </message>
    <message>
        <source>face_recognition_model.bin</source>
        <translation>face_recognition_model.bin</translation>
    </message>
    <message>
        <source>dlib_face_recognition_resnet_model_v1.dat to install instead.</source>
        <translation>dlib_face_recognition_resnet_model_v1.dat à installer à la place.</translation>
    </message>
    <message>
        <source>Folder of group photos for the check (the package's demo/).</source>
        <translation>Dossier de photos de groupe pour la vérification (demo/ du paquet).</translation>
    </message>
    <message>
        <source>Where to install (default: the model folder).</source>
        <translation>Où installer (par défaut : le dossier des modèles).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The model failed its accuracy check on %1 faces (separation %2, median distance between different people %3, largest distance of a face to itself %4): it was not installed. This is what a wrong weight layout looks like.</source>
        <translation>Le modèle a échoué à sa vérification sur %1 visages (séparation %2, distance médiane entre personnes différentes %3, plus grande distance d’un visage à lui-même %4) : il n’a pas été installé. C’est la signature d’une mauvaise disposition des poids.</translation>
    </message>
    <message>
        <source>Cannot install the model at %1.</source>
        <translation>Impossible d’installer le modèle à %1.</translation>
    </message>
    <message>
        <source>Which face model is in use, its id, and the BLAS it runs on.</source>
        <translation>Le modèle facial utilisé, son identifiant et la bibliothèque BLAS sur laquelle il tourne.</translation>
    </message>
    <message>
        <source>Face model file.</source>
        <translation>Fichier du modèle facial.</translation>
    </message>
    <message>
        <source>Runs the vision loop on N simulated 640x480 cameras at 15 fps for S seconds and reports processed fps, dropped frames, descriptor calls, time to a face's first descriptor, CPU time and peak memory. --naive runs the naive pipeline instead (every face of every frame).</source>
        <translation>Fait tourner la boucle de vision sur N caméras simulées 640x480 à 15 i/s pendant S secondes et rapporte les images traitées par seconde, les images sautées, les calculs de descripteur, le délai jusqu’au premier descripteur d’un visage, le temps processeur et la mémoire maximale. --naive lance à la place la chaîne naïve (chaque visage de chaque image).</translation>
    </message>
    <message>
        <source>Number of cameras (default 4).</source>
        <translation>Nombre de caméras (4 par défaut).</translation>
    </message>
    <message>
        <source>Duration (default 20).</source>
        <translation>Durée (20 par défaut).</translation>
    </message>
    <message>
        <source>Video each camera plays (default: the demo gate video).</source>
        <translation>Vidéo jouée par chaque caméra (par défaut : la vidéo de démonstration d’une voie).</translation>
    </message>
    <message>
        <source>Full-frame detection and a descriptor of every face in every frame.</source>
        <translation>Détection sur l’image entière et descripteur de chaque visage de chaque image.</translation>
    </message>
    <message>
        <source>Vision workers (default 2, one per core).</source>
        <translation>Travailleurs de vision (2 par défaut, un par cœur).</translation>
    </message>
    <message>
        <source>--cameras takes 1 to 16, --seconds and --workers a positive number.</source>
        <translation>--cameras attend 1 à 16, --seconds et --workers un nombre positif.</translation>
    </message>
    <message>
        <source>No video at %1: run portiquectl demo cameras (scripts/setup.sh does).</source>
        <translation>Aucune vidéo à %1 : lancez portiquectl demo cameras (scripts/setup.sh le fait).</translation>
    </message>
    <message>
        <source>the vision loop on simulated cameras</source>
        <translation>la boucle de vision sur des caméras simulées</translation>
    </message>
    <message>
        <source>Adds a camera: a V4L2 device (/dev/video0 or 0), a network stream (rtsp://…), a video file or a folder of images.</source>
        <translation>Ajoute une caméra : un périphérique V4L2 (/dev/video0 ou 0), un flux réseau (rtsp://…), un fichier vidéo ou un dossier d’images.</translation>
    </message>
    <message>
        <source>Where its images come from.</source>
        <translation>D’où viennent ses images.</translation>
    </message>
    <message>
        <source>gate (an entrance lane, the default) or indoor.</source>
        <translation>gate (une voie d’entrée, par défaut) ou indoor (intérieur).</translation>
    </message>
    <message>
        <source>The zone an indoor camera watches.</source>
        <translation>La zone que surveille une caméra intérieure.</translation>
    </message>
    <message>
        <source>--role takes gate or indoor.</source>
        <translation>--role attend gate ou indoor.</translation>
    </message>
    <message>
        <source>Lists the station's cameras.</source>
        <translation>Liste les caméras de la station.</translation>
    </message>
    <message>
        <source>Removes a camera.</source>
        <translation>Retire une caméra.</translation>
    </message>
    <message>
        <source>No camera is named "%1".</source>
        <translation>Aucune caméra ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>add a camera</source>
        <translation>ajouter une caméra</translation>
    </message>
    <message>
        <source>list the cameras</source>
        <translation>lister les caméras</translation>
    </message>
    <message>
        <source>remove a camera</source>
        <translation>retirer une caméra</translation>
    </message>
    <message>
        <source>Writes the demo cameras' videos (two gate lanes, one hall) from the face-api demo photos: people walking up to the gate one after another, and a pan across a group.</source>
        <translation>Écrit les vidéos des caméras de démonstration (deux voies, un hall) à partir des photos de démonstration de face-api : des personnes qui s’approchent de l’entrée l’une après l’autre, et un panoramique sur un groupe.</translation>
    </message>
    <message>
        <source>Folder of the photos.</source>
        <translation>Dossier des photos.</translation>
    </message>
    <message>
        <source>Folder of the videos.</source>
        <translation>Dossier des vidéos.</translation>
    </message>
    <message>
        <source>Too few faces found in %1 to make the demo cameras.</source>
        <translation>Trop peu de visages trouvés dans %1 pour créer les caméras de démonstration.</translation>
    </message>
    <message>
        <source>write the demo cameras' videos</source>
        <translation>écrire les vidéos des caméras de démonstration</translation>
    </message>
    <message>
        <source>cameras: add, list, remove</source>
        <translation>caméras : add, list, remove</translation>
    </message>
    <message>
        <source>measurements: pipeline</source>
        <translation>mesures : pipeline</translation>
    </message>
    <message>
        <source>0, 90, 180 or 270: how the camera is mounted.</source>
        <translation>0, 90, 180 ou 270 : comment la caméra est montée.</translation>
    </message>
    <message>
        <source>Resolution cap in pixels of width (0: none).</source>
        <translation>Largeur maximale des images en pixels (0 : aucune).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception agent</source>
        <translation>Agent d’accueil</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Chef d’établissement</translation>
    </message>
    <message>
        <source>DPO / administrator</source>
        <translation>DPO / administrateur</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit valoir l’une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A camera needs a name and a source.</source>
        <translation>Une caméra a besoin d’un nom et d’une source.</translation>
    </message>
    <message>
        <source>Two cameras are named "%1".</source>
        <translation>Deux caméras s’appellent « %1 ».</translation>
    </message>
    <message>
        <source>A camera turns by 0, 90, 180 or 270 degrees.</source>
        <translation>Une caméra tourne de 0, 90, 180 ou 270 degrés.</translation>
    </message>
    <message>
        <source>A resolution cap is at least 320 pixels wide (or 0 for none).</source>
        <translation>Une largeur maximale fait au moins 320 pixels (ou 0 pour aucune).</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The database %1 already exists; it is never overwritten.</source>
        <translation>La base %1 existe déjà ; elle n’est jamais écrasée.</translation>
    </message>
    <message>
        <source>binding a value</source>
        <translation>la liaison d’une valeur</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is too short to be a Portique database: damaged or not a database. The file was not modified.</source>
        <translation>%1 est trop court pour être une base Portique : fichier endommagé ou qui n’est pas une base. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; Portique only opens encrypted databases.</source>
        <translation>%1 est un fichier SQLite non chiffré ; Portique n’ouvre que des bases chiffrées.</translation>
    </message>
    <message>
        <source>Cannot create the database %1.</source>
        <translation>Impossible de créer la base %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l’ouverture de %1</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>la pose de la clé</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this build (the plain SQLite library was linked first); refusing to open %1.</source>
        <translation>SQLCipher n’est pas actif dans cette version (la bibliothèque SQLite ordinaire a été liée en premier) ; ouverture de %1 refusée.</translation>
    </message>
    <message>
        <source>The database %1 does not open with this key: wrong key, damaged file, or not a Portique database. The file was not modified.</source>
        <translation>La base %1 ne s’ouvre pas avec cette clé : clé erronée, fichier endommagé ou qui n’est pas une base Portique. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>La base %1 ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the last change was cancelled and nothing was lost.</source>
        <translation>Le disque qui contient %1 est plein ; la dernière modification a été annulée et rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Refused by the database: %1</source>
        <translation>Refusé par la base : %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not open with this key (%2).</source>
        <translation>La base %1 est endommagée ou ne s’ouvre pas avec cette clé (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>Impossible d’ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de la base pendant %1 : %2</translation>
    </message>
    <message>
        <source>A database key must be exactly %1 bytes, not %2.</source>
        <translation>Une clé de base fait exactement %1 octets, et non %2.</translation>
    </message>
    <message>
        <source>The key file %1 already exists; it is never overwritten.</source>
        <translation>Le fichier de clé %1 existe déjà ; il n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Impossible de créer le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Impossible d’écrire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>Impossible d’écrire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Le fichier de clé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users (mode %2); run chmod 600 on it before use.</source>
        <translation>Le fichier de clé %1 est lisible par d’autres utilisateurs (mode %2) ; faites chmod 600 dessus avant de l’utiliser.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>%1 is not a Portique key file (%2 bytes; a raw key has 32).</source>
        <translation>%1 n’est pas un fichier de clé Portique (%2 octets ; une clé brute en a 32).</translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase; none was given.</source>
        <translation>Le fichier de clé %1 est protégé par une phrase secrète ; aucune n’a été fournie.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Le fichier de clé %1 est endommagé.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file %1.</source>
        <translation>Phrase secrète incorrecte pour le fichier de clé %1.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Portique (%3): update Portique before opening it.</source>
        <translation>La base %1 est au schéma %2, plus récent que ce Portique (%3) : mettez Portique à jour avant de l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau &amp;mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>entrance lanes and visitors</source>
        <translation>voies d’entrée et visiteurs</translation>
    </message>
    <message>
        <source>daily and experiment reports</source>
        <translation>rapports quotidiens et d’expérimentation</translation>
    </message>
    <message>
        <source>consents, retention, subject rights and the audit trail</source>
        <translation>consentements, durées de conservation, droits des personnes et journal d’audit</translation>
    </message>
    <message>
        <source>users and station settings</source>
        <translation>utilisateurs et paramètres de la station</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>e.g. k.martin</source>
        <translation>ex. k.martin</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Type a login.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <source>Type the user's full name.</source>
        <translation>Saisissez le nom complet de l’utilisateur.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
</context>
<context>
    <name>Vision</name>
    <message>
        <source>The landmark model %1 cannot be read: %2</source>
        <translation>Le modèle de points caractéristiques %1 est illisible : %2</translation>
    </message>
    <message>
        <source>No face model at %1: run scripts/setup.sh (it converts and checks the model), or give dlib's official file.</source>
        <translation>Aucun modèle facial à %1 : lancez scripts/setup.sh (il convertit et vérifie le modèle), ou indiquez le fichier officiel de dlib.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not an image Portique can read.</source>
        <translation>%1 n’est pas une image que Portique sait lire.</translation>
    </message>
    <message>
        <source>Cannot open the image %1.</source>
        <translation>Impossible d’ouvrir l’image %1.</translation>
    </message>
    <message>
        <source>The weights manifest is not a face-api manifest (no weight group).</source>
        <translation>Le manifeste des poids n’est pas un manifeste face-api (aucun groupe de poids).</translation>
    </message>
    <message>
        <source>Unsupported quantisation in tensor %1.</source>
        <translation>Quantification non prise en charge dans le tenseur %1.</translation>
    </message>
    <message>
        <source>The weights file ends inside tensor %1.</source>
        <translation>Le fichier des poids s’arrête au milieu du tenseur %1.</translation>
    </message>
    <message>
        <source>The weights file has %1 bytes the manifest does not describe.</source>
        <translation>Le fichier des poids a %1 octets que le manifeste ne décrit pas.</translation>
    </message>
    <message>
        <source>The manifest has too few tensors (stopped at a %1).</source>
        <translation>Le manifeste a trop peu de tenseurs (arrêt sur : %1).</translation>
    </message>
    <message>
        <source>Tensor %1 has %2 values where the network's %3 needs %4.</source>
        <translation>Le tenseur %1 a %2 valeurs là où le réseau (%3) en attend %4.</translation>
    </message>
    <message>
        <source>The face model %1 cannot be read: %2</source>
        <translation>Le modèle facial %1 est illisible : %2</translation>
    </message>
    <message>
        <source>A face chip must be %1x%1 colour pixels.</source>
        <translation>Une vignette de visage doit faire %1x%1 pixels en couleur.</translation>
    </message>
    <message>
        <source>The manifest lists %1 tensors; the face recognition network has %2.</source>
        <translation>Le manifeste liste %1 tenseurs ; le réseau de reconnaissance faciale en a %2.</translation>
    </message>
    <message>
        <source>Unexpected parameter count in a convolution of the network.</source>
        <translation>Nombre de paramètres inattendu dans une convolution du réseau.</translation>
    </message>
    <message>
        <source>The manifest has %1 tensors the network does not use.</source>
        <translation>Le manifeste a %1 tenseurs que le réseau n’utilise pas.</translation>
    </message>
    <message>
        <source>Cannot write the video %1.</source>
        <translation>Impossible d’écrire la vidéo %1.</translation>
    </message>
    <message>
        <source>official dlib model — %1</source>
        <translation>modèle officiel de dlib — %1</translation>
    </message>
    <message>
        <source>converted from @vladmandic/face-api 1.7.15 — %1</source>
        <translation>converti depuis @vladmandic/face-api 1.7.15 — %1</translation>
    </message>
</context>
<context>
    <name>portique::app::StationLauncher</name>
    <message>
        <source>Portique — unlock the station</source>
        <translation>Portique — déverrouiller la station</translation>
    </message>
    <message>
        <source>Passphrase of the database key:</source>
        <translation>Phrase secrète de la clé de la base :</translation>
    </message>
    <message>
        <source>Portique cannot start</source>
        <translation>Portique ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The demo cameras are not generated yet: run scripts/setup.sh.</source>
        <translation>Les caméras de démonstration ne sont pas encore créées : lancez scripts/setup.sh.</translation>
    </message>
    <message>
        <source>No camera is configured. The administrator adds them with portiquectl camera add.</source>
        <translation>Aucune caméra n’est configurée. L’administrateur les ajoute avec portiquectl camera add.</translation>
    </message>
</context>
<context>
    <name>portique::ui::AboutDialog</name>
    <message>
        <source>About Portique</source>
        <translation>À propos de Portique</translation>
    </message>
    <message>
        <source>Reception station for the entrance of a lycée</source>
        <translation>Poste d’accueil pour l’entrée d’un lycée</translation>
    </message>
    <message>
        <source>Badge or QR code first; face comparison only with recorded consent, 1:1 against the template the person carries. No video and no student face image is kept.</source>
        <translation>Le badge ou le QR code d’abord ; la comparaison faciale seulement avec un consentement enregistré, en 1:1 avec le gabarit que la personne porte. Aucune vidéo ni image du visage des élèves n’est conservée.</translation>
    </message>
    <message>
        <source>Database cipher</source>
        <translation>Chiffrement de la base</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>Modèle facial</translation>
    </message>
    <message>
        <source>not installed on this station (badge-only operation)</source>
        <translation>non installé sur cette station (fonctionnement au badge seul)</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Algèbre linéaire</translation>
    </message>
</context>
<context>
    <name>portique::ui::AuditPage</name>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Vérifier l’intégrité</translation>
    </message>
    <message>
        <source>Filter: user, action, object…</source>
        <translation>Filtrer : utilisateur, action, objet…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every sign-in, change of user or setting, and later every decision, override, consent, export and erasure is recorded here. Each record is chained to the previous one by a hash: any edit, removal or reordering is detected.</source>
        <translation>Chaque connexion, chaque modification d’utilisateur ou de paramètre, puis chaque décision, dérogation, consentement, export et effacement est enregistré ici. Chaque entrée est chaînée à la précédente par une empreinte : toute modification, suppression ou permutation est détectée.</translation>
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact trail: %n record(s) checked.</source>
        <translation><numerusform>✓ Journal intègre : %n entrée vérifiée.</numerusform><numerusform>✓ Journal intègre : %n entrées vérifiées.</numerusform></translation>
    </message>
    <message>
        <source>✕ Trail broken at record %1: %2</source>
        <translation>✕ Journal rompu à l’entrée %1 : %2</translation>
    </message>
</context>
<context>
    <name>portique::ui::AuditTableModel</name>
    <message>
        <source>Hash %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>portique::ui::CameraTile</name>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>live · %1 fps</source>
        <translation>en direct · %1 i/s</translation>
    </message>
    <message>
        <source>! image frozen</source>
        <translation>! image figée</translation>
    </message>
    <message>
        <source>✕ lost — reconnecting (%1)</source>
        <translation>✕ perdue — reconnexion (%1)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ prêt</translation>
    </message>
    <message>
        <source>! quality</source>
        <translation>! qualité</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>Pas encore d’image</translation>
    </message>
    <message>
        <source> · alive</source>
        <translation> · vivant</translation>
    </message>
</context>
<context>
    <name>portique::ui::CameraWall</name>
    <message>
        <source>1 camera</source>
        <translation>1 caméra</translation>
    </message>
    <message>
        <source>2 × 2</source>
        <translation>2 × 2</translation>
    </message>
    <message>
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
</context>
<context>
    <name>portique::ui::CamerasPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>e.g. Voie 1</source>
        <translation>ex. Voie 1</translation>
    </message>
    <message>
        <source>/dev/video0, rtsp://…, a video file or a folder of images</source>
        <translation>/dev/video0, rtsp://…, un fichier vidéo ou un dossier d’images</translation>
    </message>
    <message>
        <source>Entrance lane</source>
        <translation>Voie d’entrée</translation>
    </message>
    <message>
        <source>Indoor zone</source>
        <translation>Zone intérieure</translation>
    </message>
    <message>
        <source>e.g. Hall, Administration corridor</source>
        <translation>ex. Hall, couloir de l’administration</translation>
    </message>
    <message>
        <source>&amp;Add the camera</source>
        <translation>&amp;Ajouter la caméra</translation>
    </message>
    <message>
        <source>&amp;Remove the selected camera</source>
        <translation>&amp;Retirer la caméra sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Each entrance lane has its camera; indoor cameras watch zones for visitors. Changes take effect at the next start of the station.</source>
        <translation>Chaque voie d’entrée a sa caméra ; les caméras intérieures surveillent des zones pour les visiteurs. Les changements prennent effet au prochain démarrage de la station.</translation>
    </message>
    <message>
        <source>A camera needs a name and a source.</source>
        <translation>Une caméra a besoin d’un nom et d’une source.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Width cap</source>
        <translation>Largeur max.</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Ro&amp;tation</source>
        <translation>Ro&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Width cap</source>
        <translation>&amp;Largeur max.</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>portique::ui::LockScreen</name>
    <message>
        <source>Sign in to continue. Another agent may take over the desk.</source>
        <translation>Connectez-vous pour continuer. Un autre agent peut prendre le relais à l’accueil.</translation>
    </message>
    <message>
        <source>Station locked</source>
        <translation>Station verrouillée</translation>
    </message>
</context>
<context>
    <name>portique::ui::LoginDialog</name>
    <message>
        <source>Portique — sign in</source>
        <translation>Portique — connexion</translation>
    </message>
    <message>
        <source>Reception station</source>
        <translation>Poste d’accueil</translation>
    </message>
    <message>
        <source>Demonstration station: fictitious data only.</source>
        <translation>Station de démonstration : données fictives uniquement.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; / %3</source>
        <translation>%1 : &lt;b&gt;%2&lt;/b&gt; / %3</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>portique::ui::LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>e.g. accueil</source>
        <translation>ex. accueil</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many failed attempts: this login is locked until %1.</source>
        <translation>Trop d’échecs : cet identifiant est bloqué jusqu’à %1.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>portique::ui::MainWindow</name>
    <message>
        <source>Portique — %1</source>
        <translation>Portique — %1</translation>
    </message>
    <message>
        <source>encrypted database</source>
        <translation>base chiffrée</translation>
    </message>
    <message>
        <source>SQLCipher %1 — %2</source>
        <translation>SQLCipher %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Portique</source>
        <translation>&amp;À propos de Portique</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>cameras %1/%2</source>
        <translation>caméras %1/%2</translation>
    </message>
</context>
<context>
    <name>portique::ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Paramètres de la station</translation>
    </message>
    <message>
        <source>School &amp;name</source>
        <translation>&amp;Nom de l’établissement</translation>
    </message>
    <message>
        <source>Lock the station after &amp;inactivity of</source>
        <translation>Verrouiller la station après une &amp;inactivité de</translation>
    </message>
    <message>
        <source>Failed sign-ins before a &amp;lockout</source>
        <translation>Échecs de connexion avant &amp;blocage</translation>
    </message>
    <message>
        <source>Lockout &amp;duration</source>
        <translation>&amp;Durée du blocage</translation>
    </message>
    <message>
        <source>Interface &amp;language (at next start)</source>
        <translation>&amp;Langue de l’interface (au prochain démarrage)</translation>
    </message>
    <message>
        <source>✓ Settings saved.</source>
        <translation>✓ Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>portique::ui::StatusPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Your role gives access to: %1.</source>
        <translation>Votre rôle donne accès à : %1.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>✓ Encrypted (SQLCipher %1), schema version %2, %n user(s).</source>
        <translation><numerusform>✓ Chiffrée (SQLCipher %1), schéma version %2, %n utilisateur.</numerusform><numerusform>✓ Chiffrée (SQLCipher %1), schéma version %2, %n utilisateurs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); the latest on %1.</source>
        <translation><numerusform>%n entrée ; la dernière le %1.</numerusform><numerusform>%n entrées ; la dernière le %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The station locks itself after %n minute(s) without activity (Ctrl+L locks it now).</source>
        <translation><numerusform>La station se verrouille après %n minute sans activité (Ctrl+L la verrouille tout de suite).</numerusform><numerusform>La station se verrouille après %n minutes sans activité (Ctrl+L la verrouille tout de suite).</numerusform></translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
</context>
<context>
    <name>portique::ui::UserTableModel</name>
    <message>
        <source>✕ Disabled</source>
        <translation>✕ Désactivé</translation>
    </message>
    <message>
        <source>! Locked until %1</source>
        <translation>! Bloqué jusqu’à %1</translation>
    </message>
    <message>
        <source>✓ Active</source>
        <translation>✓ Actif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>portique::ui::UsersPage</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Agents work at the lanes and with visitors, principals read the reports, the DPO administers the station and its data. A user is disabled, never deleted, so the audit trail keeps its meaning.</source>
        <translation>Les agents d’accueil travaillent aux voies et avec les visiteurs, les chefs d’établissement lisent les rapports, le DPO administre la station et ses données. Un utilisateur est désactivé, jamais supprimé, pour que le journal d’audit garde son sens.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Désactiver un utilisateur</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They will no longer be able to sign in; their history is kept.</source>
        <translation>Désactiver %1 (%2) ? Cette personne ne pourra plus se connecter ; son historique est conservé.</translation>
    </message>
</context>
</TS>
