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
        <source>The user&apos;s name cannot be empty.</source>
        <translation>Le nom de l’utilisateur ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>L’identifiant « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>No user has the login &quot;%1&quot;.</source>
        <translation>Aucun utilisateur n’a l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: %2 to %3 lower-case letters, digits, dots, dashes or underscores, starting with a letter (so that it can never be taken for a person&apos;s id or a visitor&apos;s number).</source>
        <translation>L’identifiant « %1 » n’est pas valable : de %2 à %3 lettres minuscules, chiffres, points, tirets ou soulignés, en commençant par une lettre (pour qu’il ne puisse jamais être pris pour l’identifiant d’une personne ou le numéro d’un visiteur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active station administrator: add or enable another administrator first.</source>
        <translation>« %1 » est le dernier administrateur actif de la station : ajoutez ou réactivez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active data protection officer: add or enable another DPO first.</source>
        <translation>« %1 » est le dernier délégué à la protection des données actif : ajoutez ou réactivez d’abord un autre DPO.</translation>
    </message>
    <message>
        <source>The DPO and the station administrator need two different logins.</source>
        <translation>Le DPO et l’administrateur de la station doivent avoir deux identifiants différents.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Give the station&apos;s database and key (--db PATH --key-file PATH, or PORTIQUE_DB and PORTIQUE_KEY_FILE), or run the demo with --demo.</source>
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
    <message>
        <source>Alert raised</source>
        <translation>Alerte déclenchée</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alerte acquittée</translation>
    </message>
    <message>
        <source>Visitor registered</source>
        <translation>Visiteur enregistré</translation>
    </message>
    <message>
        <source>Visitor pass re-issued</source>
        <translation>Laissez-passer visiteur réédité</translation>
    </message>
    <message>
        <source>Visitor checked out</source>
        <translation>Sortie du visiteur enregistrée</translation>
    </message>
    <message>
        <source>Watchlist entry added</source>
        <translation>Fiche ajoutée à la liste de vigilance</translation>
    </message>
    <message>
        <source>Watchlist entry removed</source>
        <translation>Fiche retirée de la liste de vigilance</translation>
    </message>
    <message>
        <source>Watchlist hit confirmed</source>
        <translation>Correspondance avec la liste de vigilance confirmée</translation>
    </message>
    <message>
        <source>Watchlist hit dismissed</source>
        <translation>Correspondance avec la liste de vigilance écartée</translation>
    </message>
    <message>
        <source>Station key created</source>
        <translation>Clé de la station créée</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personnes importées</translation>
    </message>
    <message>
        <source>Badge issued</source>
        <translation>Badge émis</translation>
    </message>
    <message>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Enrolled in the face lane</source>
        <translation>Inscription à la voie visage</translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation>Échec d’inscription</translation>
    </message>
    <message>
        <source>Gate decision</source>
        <translation>Décision à l’entrée</translation>
    </message>
    <message>
        <source>Gate decision overridden</source>
        <translation>Dérogation à une décision d’entrée</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Purge (durées de conservation)</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export au titre du droit d’accès</translation>
    </message>
    <message>
        <source>Erasure of a person&apos;s data</source>
        <translation>Effacement des données d’une personne</translation>
    </message>
    <message>
        <source>Record %1 is marked erased by a record that does not come after it.</source>
        <translation>L’entrée %1 est marquée comme effacée par une entrée qui ne vient pas après elle.</translation>
    </message>
    <message>
        <source>Record %1 is marked erased but still holds text.</source>
        <translation>L’entrée %1 est marquée comme effacée mais contient encore du texte.</translation>
    </message>
    <message>
        <source>Record %1 was altered after its erasure.</source>
        <translation>L’entrée %1 a été modifiée après son effacement.</translation>
    </message>
    <message>
        <source>The erasure in record %1 does not match the records marked erased.</source>
        <translation>L’effacement de l’entrée %1 ne correspond pas aux entrées marquées comme effacées.</translation>
    </message>
    <message>
        <source>Record %1 is marked erased by record %2, which is not an erasure.</source>
        <translation>L’entrée %1 est marquée comme effacée par l’entrée %2, qui n’est pas un effacement.</translation>
    </message>
    <message>
        <source>Record %1 is marked erased by record %2, which does not exist.</source>
        <translation>L’entrée %1 est marquée comme effacée par l’entrée %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>The trail starts after record %1, but no purge record vouches for that start.</source>
        <translation>Le journal commence après l’entrée %1, mais aucune entrée de purge ne justifie ce début.</translation>
    </message>
    <message>
        <source>Signed checkpoint of the audit trail exported</source>
        <translation>Point de contrôle signé du journal d’audit exporté</translation>
    </message>
    <message>
        <source>Audit trail converted to the keyed chain</source>
        <translation>Journal d’audit converti à la chaîne à clé</translation>
    </message>
    <message>
        <source>Erasures and revocations done again after a restore</source>
        <translation>Effacements et révocations refaits après une restauration</translation>
    </message>
    <message>
        <source>Forget ledger found damaged</source>
        <translation>Registre d’oubli trouvé endommagé</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>Impossible de lire le point de contrôle %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Portique audit checkpoint.</source>
        <translation>%1 n’est pas un point de contrôle d’audit Portique.</translation>
    </message>
    <message>
        <source>%1 is a checkpoint of format %2, which this Portique cannot read (it reads format %3).</source>
        <translation>%1 est un point de contrôle au format %2, que ce Portique ne sait pas lire (il lit le format %3).</translation>
    </message>
    <message>
        <source>The checkpoint %1 is incomplete or damaged: a field is missing or malformed.</source>
        <translation>Le point de contrôle %1 est incomplet ou endommagé : un champ manque ou est mal formé.</translation>
    </message>
    <message>
        <source>The file %1 already exists; a checkpoint never replaces another file. Choose a new name.</source>
        <translation>Le fichier %1 existe déjà ; un point de contrôle ne remplace jamais un autre fichier. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Impossible d’écrire le point de contrôle %1 : %2</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2 Investigate before taking a checkpoint, which would vouch for it.</source>
        <translation>Le journal d’audit est rompu à l’enregistrement %1 : %2 Enquêtez avant de prendre un point de contrôle, qui s’en porterait garant.</translation>
    </message>
    <message>
        <source>The audit trail holds no record yet: there is nothing to vouch for.</source>
        <translation>Le journal d’audit ne contient encore aucun enregistrement : il n’y a rien à garantir.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature is not valid: the file was altered after it was signed, or damaged. It proves nothing.</source>
        <translation>La signature du point de contrôle n’est pas valable : le fichier a été modifié après sa signature, ou endommagé. Il ne prouve rien.</translation>
    </message>
    <message>
        <source>The checkpoint is signed, but not with a key of this station (key %1): it was taken on another station, or this database is not the one it vouches for (a copy from before that key was created, for instance).</source>
        <translation>Le point de contrôle est signé, mais pas avec une clé de ce poste (clé %1) : il a été pris sur un autre poste, ou cette base n’est pas celle qu’il garantit (une copie antérieure à la création de cette clé, par exemple).</translation>
    </message>
    <message>
        <source>The trail itself verifies.</source>
        <translation>Le journal lui-même se vérifie.</translation>
    </message>
    <message>
        <source>The trail is broken: %1</source>
        <translation>Le journal est rompu : %1</translation>
    </message>
    <message>
        <source>The retention purge&apos;s cut at record %1 does not have the hash the checkpoint signed on %2: the trail was rewritten. %3</source>
        <translation>La coupure de la purge de conservation à l’enregistrement %1 n’a pas l’empreinte signée par le point de contrôle le %2 : le journal a été réécrit. %3</translation>
    </message>
    <message>
        <source>Record %1, signed on %2, has since been dropped by the retention purge (the trail now starts after record %3), so its hash can no longer be compared. What can still be checked: the trail holds records %4 to %5, past the checkpoint. %6</source>
        <translation>L’enregistrement %1, signé le %2, a depuis été supprimé par la purge de conservation (le journal commence désormais après l’enregistrement %3) : son empreinte ne peut plus être comparée. Ce qui peut encore être vérifié : le journal contient les enregistrements %4 à %5, postérieurs au point de contrôle. %6</translation>
    </message>
    <message>
        <source>Record %1 no longer has the hash the checkpoint signed on %2: the trail was rewritten up to that record (by someone holding the database key), or a backup older than the checkpoint was restored and written to since. %3</source>
        <translation>L’enregistrement %1 n’a plus l’empreinte signée par le point de contrôle le %2 : le journal a été réécrit jusqu’à cet enregistrement (par quelqu’un qui détient la clé de la base), ou une sauvegarde antérieure au point de contrôle a été restaurée puis modifiée depuis. %3</translation>
    </message>
    <message>
        <source>Record %1 is there with the hash the checkpoint signed on %2, but the trail is broken at record %3: %4</source>
        <translation>L’enregistrement %1 est présent avec l’empreinte signée par le point de contrôle le %2, mais le journal est rompu à l’enregistrement %3 : %4</translation>
    </message>
    <message>
        <source>The trail is consistent with the checkpoint signed on %1: record %2 is there with the signed hash, and the whole trail (%3 records) verifies.</source>
        <translation>Le journal est cohérent avec le point de contrôle signé le %1 : l’enregistrement %2 est présent avec l’empreinte signée, et tout le journal (%3 enregistrements) se vérifie.</translation>
    </message>
    <message>
        <source>The trail ends at record %1 (%2), before record %3 that the checkpoint signed on %4, and it verifies: a backup older than the checkpoint may have been restored (or the end of the trail was cut by someone holding the database key).</source>
        <translation>Le journal s’arrête à l’enregistrement %1 (%2), avant l’enregistrement %3 signé par le point de contrôle le %4, et il se vérifie : une sauvegarde antérieure au point de contrôle a peut-être été restaurée (ou la fin du journal a été coupée par quelqu’un qui détient la clé de la base).</translation>
    </message>
    <message>
        <source>Record %1, which the checkpoint signed on %2, is no longer in the trail (it ends at record %3): records were removed. %4</source>
        <translation>L’enregistrement %1, signé par le point de contrôle le %2, n’est plus dans le journal (il s’arrête à l’enregistrement %3) : des enregistrements ont été supprimés. %4</translation>
    </message>
    <message>
        <source>The conversion in record %1 does not match the records erased before it.</source>
        <translation>La conversion de l’enregistrement %1 ne correspond pas aux enregistrements effacés avant lui.</translation>
    </message>
    <message>
        <source>The trail holds no record, but the station has written some: every record and the head were removed.</source>
        <translation>Le journal ne contient aucun enregistrement, mais le poste en a écrit : tous les enregistrements et la tête ont été supprimés.</translation>
    </message>
    <message>
        <source>The head of the trail does not match record %1, the last one: records were removed at the end.</source>
        <translation>La tête du journal ne correspond pas à l’enregistrement %1, le dernier : des enregistrements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>The head of the trail does not vouch for record %1, the last one: records were written after the end of the trail had been changed without the station&apos;s key.</source>
        <translation>La tête du journal ne garantit pas l’enregistrement %1, le dernier : des enregistrements ont été écrits après que la fin du journal a été modifiée sans la clé du poste.</translation>
    </message>
    <message>
        <source>The head of the trail does not vouch for record %1, the last one: the end of the trail was changed without the station&apos;s key (records removed at the end, or the head rewritten).</source>
        <translation>La tête du journal ne garantit pas l’enregistrement %1, le dernier : la fin du journal a été modifiée sans la clé du poste (enregistrements supprimés à la fin, ou tête réécrite).</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>Rôle d’un utilisateur modifié</translation>
    </message>
    <message>
        <source>Open alerts closed at the end of their period</source>
        <translation>Alertes encore ouvertes fermées en fin de durée de conservation</translation>
    </message>
    <message>
        <source>Consent lapsed</source>
        <translation>Consentement arrivé à échéance</translation>
    </message>
    <message>
        <source>Consent form issued</source>
        <translation>Formulaire de consentement émis</translation>
    </message>
    <message>
        <source>Rectification of a person&apos;s data</source>
        <translation>Rectification des données d’une personne</translation>
    </message>
    <message>
        <source>Processing of a person&apos;s data restricted</source>
        <translation>Traitement des données d’une personne limité</translation>
    </message>
    <message>
        <source>Restriction of a person&apos;s data lifted</source>
        <translation>Limitation du traitement des données d’une personne levée</translation>
    </message>
    <message>
        <source>Information notice generated</source>
        <translation>Notice d’information générée</translation>
    </message>
    <message>
        <source>Impact assessment (AIPD) generated</source>
        <translation>Analyse d’impact (AIPD) générée</translation>
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
        <source>The role &quot;%1&quot; of %2 does not allow this command.</source>
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
        <source>Folder of the demo station.</source>
        <translation>Dossier de la station de démonstration.</translation>
    </message>
    <message>
        <source>create the demo station</source>
        <translation>créer la station de démonstration</translation>
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
        <source>Changes a password (anyone their own; the administrator anyone&apos;s, which also lifts a lockout). The new password is read from PORTIQUE_NEW_PASSWORD or typed.</source>
        <translation>Change un mot de passe (chacun le sien ; l’administrateur celui de tous, ce qui lève aussi un blocage). Le nouveau mot de passe est lu dans PORTIQUE_NEW_PASSWORD ou saisi.</translation>
    </message>
    <message>
        <source>Lists the station&apos;s users as JSON.</source>
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
        <source>Unknown command &quot;%1&quot; (see --help).</source>
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
        <source>Decision threshold (default: the station&apos;s).</source>
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
        <source>Folder the pairs&apos; paths are relative to.</source>
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
        <source>Converts the face-api face recognition weights into dlib&apos;s format, checks the result on the package&apos;s demo photos, and installs it only if it separates people as the network should. With --official, checks and installs dlib&apos;s own model file instead.</source>
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
        <source>Folder of group photos for the check (the package&apos;s demo/).</source>
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
        <source>The zone an indoor camera watches.</source>
        <translation>La zone que surveille une caméra intérieure.</translation>
    </message>
    <message>
        <source>Lists the station&apos;s cameras.</source>
        <translation>Liste les caméras de la station.</translation>
    </message>
    <message>
        <source>Removes a camera.</source>
        <translation>Retire une caméra.</translation>
    </message>
    <message>
        <source>No camera is named &quot;%1&quot;.</source>
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
        <source>write the demo cameras&apos; videos</source>
        <translation>écrire les vidéos des caméras de démonstration</translation>
    </message>
    <message>
        <source>cameras: add, list, remove</source>
        <translation>caméras : add, list, remove</translation>
    </message>
    <message>
        <source>0, 90, 180 or 270: how the camera is mounted.</source>
        <translation>0, 90, 180 ou 270 : comment la caméra est montée.</translation>
    </message>
    <message>
        <source>Resolution cap in pixels of width (0: none).</source>
        <translation>Largeur maximale des images en pixels (0 : aucune).</translation>
    </message>
    <message>
        <source>Where to write the new badge: FILE.pdf or FILE.png.</source>
        <translation>Où écrire le nouveau badge : FICHIER.pdf ou FICHIER.png.</translation>
    </message>
    <message>
        <source>Where to write the new badge: FILE.pdf or FILE.png (optional).</source>
        <translation>Où écrire le nouveau badge : FICHIER.pdf ou FICHIER.png (facultatif).</translation>
    </message>
    <message>
        <source>card (one CR80 card a page, the default) or a4 (ten cards a sheet).</source>
        <translation>card (une carte CR80 par page, par défaut) ou a4 (dix cartes par feuille).</translation>
    </message>
    <message>
        <source>--sheet takes card or a4.</source>
        <translation>--sheet attend card ou a4.</translation>
    </message>
    <message>
        <source>Issues badge-only badges (a first badge, a lost one) to people or to a whole class, and writes them for printing. Earlier badges of those people are revoked. People using the face lane are skipped: enrol them again instead.</source>
        <translation>Émet des badges sans biométrie (un premier badge, un badge perdu) pour des personnes ou pour toute une classe, et les écrit pour l’impression. Les badges antérieurs de ces personnes sont révoqués. Les personnes qui utilisent la voie visage sont ignorées : refaites plutôt leur inscription.</translation>
    </message>
    <message>
        <source>Every active person of this class.</source>
        <translation>Toutes les personnes actives de cette classe.</translation>
    </message>
    <message>
        <source>Give either person ids or --class.</source>
        <translation>Indiquez soit des identifiants de personnes, soit --class.</translation>
    </message>
    <message>
        <source>No active person is in the class %1.</source>
        <translation>Aucune personne active dans la classe %1.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Aucune personne n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Revokes a badge (lost, stolen) by its serial.</source>
        <translation>Révoque un badge (perdu, volé) d’après son numéro de série.</translation>
    </message>
    <message>
        <source>Why: lost, stolen, damaged...</source>
        <translation>Motif : perdu, volé, abîmé...</translation>
    </message>
    <message>
        <source>No badge has the serial %1.</source>
        <translation>Aucun badge n’a le numéro de série %1.</translation>
    </message>
    <message>
        <source>Checks a badge from a photo or scan of it, or from the text of its QR code: who, validity, whether it carries a template. Exit 1 when refused.</source>
        <translation>Vérifie un badge à partir d’une photo ou d’un scan, ou du texte de son QR code : titulaire, validité, présence d’un gabarit. Code de sortie 1 en cas de refus.</translation>
    </message>
    <message>
        <source>A picture of the badge (PNG, JPEG...).</source>
        <translation>Une image du badge (PNG, JPEG...).</translation>
    </message>
    <message>
        <source>The text of the QR code.</source>
        <translation>Le texte du QR code.</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>Impossible de lire l’image %1.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Aucun QR code n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>issue and print badge-only badges</source>
        <translation>émettre et imprimer des badges sans biométrie</translation>
    </message>
    <message>
        <source>revoke a badge</source>
        <translation>révoquer un badge</translation>
    </message>
    <message>
        <source>check a badge from an image or its text</source>
        <translation>vérifier un badge à partir d’une image ou de son texte</translation>
    </message>
    <message>
        <source>The name of the person who consents.</source>
        <translation>Le nom de la personne qui donne son consentement.</translation>
    </message>
    <message>
        <source>For a minor: the legal representative who consents.</source>
        <translation>Pour une personne mineure : le représentant légal qui donne son consentement.</translation>
    </message>
    <message>
        <source>The representative&apos;s relationship (SIECLE code or words); taken from the imported guardians when the name matches.</source>
        <translation>Le lien du représentant avec l’élève (code SIECLE ou en toutes lettres) ; repris des représentants légaux importés quand le nom correspond.</translation>
    </message>
    <message>
        <source>in_person (the default) or paper.</source>
        <translation>in_person (en personne, par défaut) ou paper (formulaire papier).</translation>
    </message>
    <message>
        <source>1: the template on the badge (default); 2: in the database, locked by the badge.</source>
        <translation>1 : le gabarit sur le badge (par défaut) ; 2 : dans la base, verrouillé par le badge.</translation>
    </message>
    <message>
        <source>Give at least one --image.</source>
        <translation>Indiquez au moins une --image.</translation>
    </message>
    <message>
        <source>--architecture takes 1 or 2.</source>
        <translation>--architecture attend 1 ou 2.</translation>
    </message>
    <message>
        <source>--channel takes in_person or paper.</source>
        <translation>--channel attend in_person ou paper.</translation>
    </message>
    <message>
        <source>Failure to enrol (%1): %2</source>
        <translation>Échec d’inscription (%1) : %2</translation>
    </message>
    <message>
        <source>withdraw a consent to the face lane</source>
        <translation>retirer un consentement à la voie visage</translation>
    </message>
    <message>
        <source>Compares a SIECLE export (ElevesSansAdresses.xml, ResponsablesAvecAdresses.xml) or a CSV file with the registry and prints what would change; --apply writes it, in one transaction.</source>
        <translation>Compare un export SIECLE (ElevesSansAdresses.xml, ResponsablesAvecAdresses.xml) ou un fichier CSV avec le registre et affiche ce qui changerait ; --apply l’écrit, en une seule transaction.</translation>
    </message>
    <message>
        <source>Apply the import (without it, nothing is written).</source>
        <translation>Applique l’import (sans cette option, rien n’est écrit).</translation>
    </message>
    <message>
        <source>Apply even when most people would be marked as having left.</source>
        <translation>Applique même si la plupart des personnes seraient marquées comme sorties de l’établissement.</translation>
    </message>
    <message>
        <source>Lists the people of the registry.</source>
        <translation>Liste les personnes du registre.</translation>
    </message>
    <message>
        <source>Only this class.</source>
        <translation>Seulement cette classe.</translation>
    </message>
    <message>
        <source>Part of a name or an id (accents and case ignored).</source>
        <translation>Une partie d’un nom ou d’un identifiant (sans tenir compte des accents ni des majuscules).</translation>
    </message>
    <message>
        <source>Also people who have left.</source>
        <translation>Inclut aussi les personnes sorties de l’établissement.</translation>
    </message>
    <message>
        <source>Shows one person: guardians, consents, badges and enrolment attempts.</source>
        <translation>Affiche une personne : représentants légaux, consentements, badges et tentatives d’inscription.</translation>
    </message>
    <message>
        <source>preview or apply a SIECLE or CSV import</source>
        <translation>afficher l’aperçu d’un import SIECLE ou CSV, ou l’appliquer</translation>
    </message>
    <message>
        <source>list the people</source>
        <translation>lister les personnes</translation>
    </message>
    <message>
        <source>show one person&apos;s records</source>
        <translation>afficher le dossier d’une personne</translation>
    </message>
    <message>
        <source>people: import, list, show</source>
        <translation>personnes : import, list, show</translation>
    </message>
    <message>
        <source>enrol a person in the face lane from photos</source>
        <translation>inscrire une personne à la voie visage à partir de photos</translation>
    </message>
    <message>
        <source>badges: issue, revoke, verify</source>
        <translation>badges : issue, revoke, verify</translation>
    </message>
    <message>
        <source>gate lanes: credential-to-decision latency and passages per minute</source>
        <translation>voies d’entrée : délai entre badge et décision, et passages par minute</translation>
    </message>
    <message>
        <source>Number of lanes (default 4).</source>
        <translation>Nombre de voies (4 par défaut).</translation>
    </message>
    <message>
        <source>Duration (default 30).</source>
        <translation>Durée (30 par défaut).</translation>
    </message>
    <message>
        <source>Folder of photos of faces (default: the face-api demo photos).</source>
        <translation>Dossier de photos de visages (par défaut : les photos de démonstration de face-api).</translation>
    </message>
    <message>
        <source>--lanes takes 1 to 8, --seconds at least 5.</source>
        <translation>--lanes attend 1 à 8, --seconds au moins 5.</translation>
    </message>
    <message>
        <source>Too few faces found in %1.</source>
        <translation>Trop peu de visages trouvés dans %1.</translation>
    </message>
    <message>
        <source>Runs one passage headless: the video plays as the lane camera, the credential is presented when the first frame has been processed, and the decision is printed and recorded like any passage.</source>
        <translation>Simule un passage sans interface graphique : la vidéo tient lieu de caméra de la voie, le badge est présenté une fois la première image traitée, et la décision est affichée et enregistrée comme pour tout passage.</translation>
    </message>
    <message>
        <source>The lane&apos;s name.</source>
        <translation>Le nom de la voie.</translation>
    </message>
    <message>
        <source>The lane camera: a video file or a folder of images.</source>
        <translation>La caméra de la voie : un fichier vidéo ou un dossier d’images.</translation>
    </message>
    <message>
        <source>The text of the badge&apos;s QR code.</source>
        <translation>Le texte du QR code du badge.</translation>
    </message>
    <message>
        <source>A picture of the badge (its QR code is read).</source>
        <translation>Une image du badge (son QR code est lu).</translation>
    </message>
    <message>
        <source>The descriptor model file (default: the installed one).</source>
        <translation>Le fichier du modèle de descripteur (par défaut : celui qui est installé).</translation>
    </message>
    <message>
        <source>No frame came from %1.</source>
        <translation>Aucune image n’est venue de %1.</translation>
    </message>
    <message>
        <source>run one passage headless from a video</source>
        <translation>simuler un passage sans interface à partir d’une vidéo</translation>
    </message>
    <message>
        <source>Lists alerts: open ones first.</source>
        <translation>Liste les alertes : les alertes ouvertes d’abord.</translation>
    </message>
    <message>
        <source>How many (default 50).</source>
        <translation>Combien (50 par défaut).</translation>
    </message>
    <message>
        <source>Acknowledges an alert with a note saying what was done.</source>
        <translation>Acquitte une alerte avec une note qui dit ce qui a été fait.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Ce qui a été fait.</translation>
    </message>
    <message>
        <source>list the alerts</source>
        <translation>lister les alertes</translation>
    </message>
    <message>
        <source>acknowledge an alert</source>
        <translation>acquitter une alerte</translation>
    </message>
    <message>
        <source>alerts: list, ack</source>
        <translation>alertes : list, ack</translation>
    </message>
    <message>
        <source>Binds a keyboard-wedge scanner (its device name, as `xinput list` shows it) to a lane; an empty LANE unbinds it. Scanners not bound feed the lane selected on screen.</source>
        <translation>Associe un lecteur de badges (émulation clavier ; son nom de périphérique, tel que `xinput list` l’affiche) à une voie ; une VOIE vide supprime l’association. Les lecteurs non associés alimentent la voie sélectionnée à l’écran.</translation>
    </message>
    <message>
        <source>Lists which scanner feeds which lane.</source>
        <translation>Indique quel lecteur alimente quelle voie.</translation>
    </message>
    <message>
        <source>bind a scanner to a lane</source>
        <translation>associer un lecteur à une voie</translation>
    </message>
    <message>
        <source>list the scanners&apos; lanes</source>
        <translation>lister les voies des lecteurs</translation>
    </message>
    <message>
        <source>gate lanes: simulate, bind-scanner, scanners</source>
        <translation>voies d’entrée : simulate, bind-scanner, scanners</translation>
    </message>
    <message>
        <source>Writes the demo cameras&apos; videos from the face-api demo photos: two gate lanes (people walking up one after another), a hall (a pan across a group), and two indoor cameras (Administration, Cuisine) where the demo visitors walk by.</source>
        <translation>Écrit les vidéos des caméras de démonstration à partir des photos de démonstration de face-api : deux voies d’entrée (des personnes qui s’avancent l’une après l’autre), un hall (un panoramique sur un groupe) et deux caméras intérieures (Administration, Cuisine) devant lesquelles passent les visiteurs de démonstration.</translation>
    </message>
    <message>
        <source>fill the database with a scripted school day</source>
        <translation>remplir la base avec une journée scolaire scénarisée</translation>
    </message>
    <message>
        <source>Checks a visitor pass from a photo or scan of it (PNG, JPEG; not a PDF: render it first, e.g. pdftoppm -png), or from the text of its QR code: signature, validity window, whether the visitor is still on site. Exit 1 when refused.</source>
        <translation>Vérifie un laissez-passer visiteur à partir d’une photo ou d’un scan (PNG, JPEG ; pas un PDF : convertissez-le d’abord, par ex. pdftoppm -png), ou du texte de son QR code : signature, plage de validité, présence du visiteur sur le site. Code de sortie 1 en cas de refus.</translation>
    </message>
    <message>
        <source>A picture of the pass (PNG, JPEG...).</source>
        <translation>Une image du laissez-passer (PNG, JPEG...).</translation>
    </message>
    <message>
        <source>check a visitor pass from an image or its text</source>
        <translation>vérifier un laissez-passer visiteur à partir d’une image ou de son texte</translation>
    </message>
    <message>
        <source>Would delete:</source>
        <translation>Serait supprimé :</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimé :</translation>
    </message>
    <message>
        <source>(%1 past their period kept: in use)</source>
        <translation>(%1 conservés au-delà de leur durée : en cours d’utilisation)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Writes everything held about one person or visitor as DIR/ID.json (every field) and DIR/ID.pdf (readable), for a subject access request. Never a face template. Audited.</source>
        <translation>Écrit tout ce qui est détenu sur une personne ou un visiteur dans DIR/ID.json (tous les champs) et DIR/ID.pdf (lisible), pour une demande de droit d’accès. Jamais de gabarit biométrique. Inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>The folder to write the two files in.</source>
        <translation>Le dossier où écrire les deux fichiers.</translation>
    </message>
    <message>
        <source>Erases one person or visitor everywhere: revokes their badges, deletes their rows in every table, blanks them from notes and from the audit trail, and leaves one audit record saying an erasure happened. Cannot be undone: without --yes, only shows what would go.</source>
        <translation>Efface une personne ou un visiteur partout : révoque ses badges, supprime ses lignes dans toutes les tables, l’efface des notes et du journal d’audit, et laisse une seule entrée d’audit indiquant qu’un effacement a eu lieu. Irréversible : sans --yes, affiche seulement ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>Erase for good.</source>
        <translation>Effacer définitivement.</translation>
    </message>
    <message>
        <source>Erasing %1 deletes %2 records and cannot be undone: run again with --yes.</source>
        <translation>Effacer %1 supprime %2 enregistrements et est irréversible : relancez avec --yes.</translation>
    </message>
    <message>
        <source>Deletes what is past its retention period (docs/privacy-operations.md), in short batches, and audits the run with its counts; --dry-run only counts.</source>
        <translation>Supprime ce qui a dépassé sa durée de conservation (docs/privacy-operations.md), par petits lots, et inscrit l’exécution et ses décomptes au journal d’audit ; --dry-run se contente de compter.</translation>
    </message>
    <message>
        <source>Count what would go; change nothing.</source>
        <translation>Compter ce qui serait supprimé, sans rien modifier.</translation>
    </message>
    <message>
        <source>everything held about a person or visitor, as JSON and PDF</source>
        <translation>tout ce qui est détenu sur une personne ou un visiteur, en JSON et en PDF</translation>
    </message>
    <message>
        <source>erase a person or visitor everywhere</source>
        <translation>effacer une personne ou un visiteur partout</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Write the report as PDF to this file.</source>
        <translation>Écrire le rapport en PDF dans ce fichier.</translation>
    </message>
    <message>
        <source>Print every figure of the report as JSON.</source>
        <translation>Afficher tous les chiffres du rapport en JSON.</translation>
    </message>
    <message>
        <source>The principal&apos;s report of one school day: passages, outcomes, methods, overrides, decision times, refusals, visitors, alerts, camera availability.</source>
        <translation>Le rapport d’une journée scolaire pour le chef d’établissement : passages, décisions, modes d’identification, dérogations, temps de décision, refus, visiteurs, alertes, disponibilité des caméras.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: yesterday).</source>
        <translation>Le jour, AAAA-MM-JJ (par défaut : hier).</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation>--date doit être un jour écrit AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The experiment&apos;s evaluation (ISO/IEC 19795 estimates, criteria met or not) over its declared period and lanes (see `portiquectl experiment set`).</source>
        <translation>L’évaluation de l’expérimentation (estimations ISO/IEC 19795, critères atteints ou non) sur sa période et ses voies déclarées (voir `portiquectl experiment set`).</translation>
    </message>
    <message>
        <source>No experiment is declared: declare it with portiquectl experiment set FILE.json.</source>
        <translation>Aucune expérimentation n’est déclarée : déclarez-la avec portiquectl experiment set FICHIER.json.</translation>
    </message>
    <message>
        <source>Declares the experiment from a JSON file: name, start, end (YYYY-MM-DD), lanes, population, criteria (docs/reports.md).</source>
        <translation>Déclare l’expérimentation à partir d’un fichier JSON : nom, début, fin (AAAA-MM-JJ), voies, population, critères (docs/reports.md).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Shows the declared experiment.</source>
        <translation>Affiche l’expérimentation déclarée.</translation>
    </message>
    <message>
        <source>Fills the database with a scripted school day (passages on every lane, overrides, visitors, alerts, camera outages) through the station&apos;s own services, and prints what it did: the figures that day&apos;s report must show.</source>
        <translation>Remplit la base avec une journée scolaire scénarisée (passages sur chaque voie, dérogations, visiteurs, alertes, pannes de caméra) au moyen des services de la station elle-même, et affiche ce qui a été fait : les chiffres que le rapport de ce jour doit montrer.</translation>
    </message>
    <message>
        <source>The random seed (the same seed gives the same day).</source>
        <translation>La graine aléatoire (la même graine donne la même journée).</translation>
    </message>
    <message>
        <source>A seeded day must be in the past: its script runs until the evening.</source>
        <translation>Une journée générée doit être passée : son scénario se déroule jusqu’au soir.</translation>
    </message>
    <message>
        <source>the principal&apos;s daily report</source>
        <translation>le rapport quotidien du chef d’établissement</translation>
    </message>
    <message>
        <source>the experiment&apos;s evaluation report</source>
        <translation>le rapport d’évaluation de l’expérimentation</translation>
    </message>
    <message>
        <source>declare the experiment from a JSON file</source>
        <translation>déclarer l’expérimentation à partir d’un fichier JSON</translation>
    </message>
    <message>
        <source>show the declared experiment</source>
        <translation>afficher l’expérimentation déclarée</translation>
    </message>
    <message>
        <source>same name (%1)</source>
        <translation>même nom (%1)</translation>
    </message>
    <message>
        <source>same date of birth (%1)</source>
        <translation>même date de naissance (%1)</translation>
    </message>
    <message>
        <source>face distance %1, within the threshold</source>
        <translation>distance du visage %1, sous le seuil</translation>
    </message>
    <message>
        <source>face distance %1</source>
        <translation>distance du visage %1</translation>
    </message>
    <message>
        <source>  entry %1 (%2): %3</source>
        <translation>  fiche %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Where to write the pass: FILE.pdf (to print) or FILE.png (300 dpi).</source>
        <translation>Où écrire le laissez-passer : FICHIER.pdf (à imprimer) ou FICHIER.png (300 dpi).</translation>
    </message>
    <message>
        <source>label (62 x 100 mm label, the default) or a6.</source>
        <translation>label (étiquette de 62 x 100 mm, par défaut) ou a6.</translation>
    </message>
    <message>
        <source>--pass-out takes a .pdf or .png file.</source>
        <translation>--pass-out attend un fichier .pdf ou .png.</translation>
    </message>
    <message>
        <source>--sheet takes label or a6.</source>
        <translation>--sheet attend label ou a6.</translation>
    </message>
    <message>
        <source>Cannot write the pass file %1: %2</source>
        <translation>Impossible d’écrire le fichier du laissez-passer %1 : %2</translation>
    </message>
    <message>
        <source>--%1 takes a watchlist entry number.</source>
        <translation>--%1 attend un numéro de fiche de la liste de vigilance.</translation>
    </message>
    <message>
        <source>Registers a visitor at the desk and writes their pass. The watchlist is checked first: a possible match stops the registration until it is dismissed (--dismiss-hit) or confirmed (--confirm-hit, entry refused). The photo is used for the watchlist, the tracking template (with --consent only) and the printed pass (setting visitors.print_photo), and is never stored.</source>
        <translation>Enregistre un visiteur à l’accueil et écrit son laissez-passer. La liste de vigilance est vérifiée d’abord : une correspondance possible arrête l’enregistrement jusqu’à ce qu’elle soit écartée (--dismiss-hit) ou confirmée (--confirm-hit, entrée refusée). La photo sert à la liste de vigilance, au gabarit de suivi (avec --consent seulement) et au laissez-passer imprimé (paramètre visitors.print_photo), et n’est jamais conservée.</translation>
    </message>
    <message>
        <source>The visitor&apos;s name.</source>
        <translation>Le nom du visiteur.</translation>
    </message>
    <message>
        <source>Company, association, or relationship to a student.</source>
        <translation>Entreprise, association, ou lien avec un élève.</translation>
    </message>
    <message>
        <source>The person or service visited.</source>
        <translation>La personne ou le service visité.</translation>
    </message>
    <message>
        <source>Why they come.</source>
        <translation>Le motif de la visite.</translation>
    </message>
    <message>
        <source>Expected departure today, local time.</source>
        <translation>Départ prévu aujourd’hui, heure locale.</translation>
    </message>
    <message>
        <source>The visitor must be accompanied inside.</source>
        <translation>Le visiteur doit être accompagné dans l’établissement.</translation>
    </message>
    <message>
        <source>Zones the pass allows, comma-separated (default: every unrestricted zone).</source>
        <translation>Zones autorisées par le laissez-passer, séparées par des virgules (par défaut : toutes les zones non réservées).</translation>
    </message>
    <message>
        <source>Date of birth, only to check the watchlist (never stored).</source>
        <translation>Date de naissance, seulement pour vérifier la liste de vigilance (jamais conservée).</translation>
    </message>
    <message>
        <source>The registration photo (one usable face).</source>
        <translation>La photo d’enregistrement (un seul visage utilisable).</translation>
    </message>
    <message>
        <source>The visitor consents to be followed by the indoor cameras while on site (needs --photo).</source>
        <translation>Le visiteur consent à être suivi par les caméras intérieures pendant sa présence (nécessite --photo).</translation>
    </message>
    <message>
        <source>A watchlist match checked and found not to be this visitor (repeat for several).</source>
        <translation>Une correspondance avec la liste de vigilance vérifiée, qui n’est pas ce visiteur (répétez l’option pour plusieurs).</translation>
    </message>
    <message>
        <source>A watchlist match confirmed: entry refused, alert raised, nothing registered.</source>
        <translation>Une correspondance avec la liste de vigilance confirmée : entrée refusée, alerte déclenchée, rien n’est enregistré.</translation>
    </message>
    <message>
        <source>What the agent checked, for --dismiss-hit or --confirm-hit.</source>
        <translation>Ce que l’agent a vérifié, pour --dismiss-hit ou --confirm-hit.</translation>
    </message>
    <message>
        <source>--until takes a time of today as HH:MM.</source>
        <translation>--until attend une heure d’aujourd’hui au format HH:MM.</translation>
    </message>
    <message>
        <source>--birth-date takes a date as YYYY-MM-DD.</source>
        <translation>--birth-date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--consent needs --photo: tracking follows the face of the registration photo.</source>
        <translation>--consent nécessite --photo : le suivi reconnaît le visage de la photo d’enregistrement.</translation>
    </message>
    <message>
        <source>Say what was checked with --note.</source>
        <translation>Indiquez ce qui a été vérifié avec --note.</translation>
    </message>
    <message>
        <source>The photo cannot be used (%1): %2. Take another photo, or register without --photo.</source>
        <translation>La photo est inutilisable (%1) : %2. Prenez une autre photo, ou enregistrez sans --photo.</translation>
    </message>
    <message>
        <source>Watchlist entry %1 does not match this visitor: nothing was recorded.</source>
        <translation>La fiche %1 de la liste de vigilance ne correspond pas à ce visiteur : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Watchlist match confirmed: the visitor is refused entry and an alert was raised. Nothing was registered.</source>
        <translation>Correspondance avec la liste de vigilance confirmée : l’entrée est refusée au visiteur et une alerte a été déclenchée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Possible watchlist match; nothing was registered:
%1
Check the person against the entry, then re-run with --dismiss-hit ID --note TEXT, or refuse entry (--confirm-hit ID --note TEXT raises the alert).</source>
        <translation>Correspondance possible avec la liste de vigilance ; rien n’a été enregistré :
%1
Comparez la personne avec la fiche, puis relancez avec --dismiss-hit ID --note TEXTE, ou refusez l’entrée (--confirm-hit ID --note TEXTE déclenche l’alerte).</translation>
    </message>
    <message>
        <source>Lists the visitors on site, with where they were last seen; --all or --date: everyone who arrived that day.</source>
        <translation>Liste les visiteurs présents, avec l’endroit où ils ont été vus en dernier ; --all ou --date : tous ceux arrivés ce jour-là.</translation>
    </message>
    <message>
        <source>Everyone who arrived today, gone or not.</source>
        <translation>Tous ceux arrivés aujourd’hui, partis ou non.</translation>
    </message>
    <message>
        <source>Everyone who arrived on that day.</source>
        <translation>Tous ceux arrivés ce jour-là.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Shows a visitor and their trail (while on site).</source>
        <translation>Affiche un visiteur et son parcours (pendant sa présence).</translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation>Aucun visiteur ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Checks a visitor out, by number or by their pass: the pass stops working, their template and trail are deleted at once.</source>
        <translation>Enregistre la sortie d’un visiteur, par son numéro ou par son laissez-passer : le laissez-passer cesse d’être valable, son gabarit et son parcours sont supprimés immédiatement.</translation>
    </message>
    <message>
        <source>The text of the pass&apos;s QR code.</source>
        <translation>Le texte du QR code du laissez-passer.</translation>
    </message>
    <message>
        <source>Give a visitor number, --pass-image or --payload.</source>
        <translation>Indiquez un numéro de visiteur, --pass-image ou --payload.</translation>
    </message>
    <message>
        <source>Writes a new pass for a visitor on site (lost or damaged): the previous pass stops working. No photo is printed: it was never kept.</source>
        <translation>Écrit un nouveau laissez-passer pour un visiteur présent (perdu ou abîmé) : le précédent cesse d’être valable. Aucune photo n’est imprimée : elle n’a jamais été conservée.</translation>
    </message>
    <message>
        <source>The evacuation roll call: everyone on site now, by name, with where they were last seen; --pdf writes it on A4 to tick at the assembly point.</source>
        <translation>L’appel d’évacuation : toutes les personnes présentes, par nom, avec l’endroit où elles ont été vues en dernier ; --pdf l’écrit sur A4 pour cocher au point de rassemblement.</translation>
    </message>
    <message>
        <source>Where to write the roll call to print.</source>
        <translation>Où écrire l’appel d’évacuation à imprimer.</translation>
    </message>
    <message>
        <source>What the station does every minute: an overstay alert for each visitor past their expected departure, and everyone checked out once the end-of-day time (visitors.auto_checkout_minute) has passed.</source>
        <translation>Ce que la station fait chaque minute : une alerte de dépassement d’horaire pour chaque visiteur qui a dépassé son départ prévu, et la sortie de tous une fois passée l’heure de fin de journée (visitors.auto_checkout_minute).</translation>
    </message>
    <message>
        <source>register a visitor and write their pass</source>
        <translation>enregistrer un visiteur et écrire son laissez-passer</translation>
    </message>
    <message>
        <source>list the visitors on site</source>
        <translation>lister les visiteurs présents</translation>
    </message>
    <message>
        <source>show a visitor and their trail</source>
        <translation>afficher un visiteur et son parcours</translation>
    </message>
    <message>
        <source>check a visitor out</source>
        <translation>enregistrer la sortie d’un visiteur</translation>
    </message>
    <message>
        <source>write a new pass, the old one stops working</source>
        <translation>écrire un nouveau laissez-passer, l’ancien cesse d’être valable</translation>
    </message>
    <message>
        <source>everyone on site, for an evacuation</source>
        <translation>toutes les personnes présentes, pour une évacuation</translation>
    </message>
    <message>
        <source>overstay alerts and end-of-day check-out</source>
        <translation>alertes de dépassement d’horaire et sortie de fin de journée</translation>
    </message>
    <message>
        <source>follow visitors on an indoor camera&apos;s video</source>
        <translation>suivre les visiteurs sur la vidéo d’une caméra intérieure</translation>
    </message>
    <message>
        <source>The video %1 has ended.</source>
        <translation>La vidéo %1 est terminée.</translation>
    </message>
    <message>
        <source>The camera %1 is not an indoor camera with a zone: give --zone.</source>
        <translation>La caméra %1 n’est pas une caméra intérieure avec une zone : indiquez --zone.</translation>
    </message>
    <message>
        <source>There is no zone named %1 (zones: %2).</source>
        <translation>Aucune zone ne s’appelle %1 (zones : %2).</translation>
    </message>
    <message>
        <source>Plays a video once as an indoor camera and follows the visitors on site who consented to tracking: each sighting is recorded (alerting when the zone is not on the pass) and printed as one JSON line. Strangers give nothing and leave nothing.</source>
        <translation>Lit une vidéo une fois comme caméra intérieure et suit les visiteurs présents qui ont consenti au suivi : chaque détection est enregistrée (avec une alerte si la zone n’est pas sur le laissez-passer) et affichée sur une ligne JSON. Les inconnus ne donnent rien et ne laissent rien.</translation>
    </message>
    <message>
        <source>The camera&apos;s name.</source>
        <translation>Le nom de la caméra.</translation>
    </message>
    <message>
        <source>The camera&apos;s video file.</source>
        <translation>Le fichier vidéo de la caméra.</translation>
    </message>
    <message>
        <source>The zone it watches (default: the configured camera&apos;s zone).</source>
        <translation>La zone qu’elle surveille (par défaut : la zone de la caméra configurée).</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 n’est pas un fichier vidéo.</translation>
    </message>
    <message>
        <source>No frame came from %1 for %2 s.</source>
        <translation>Aucune image n’est venue de %1 pendant %2 s.</translation>
    </message>
    <message>
        <source>Adds a person to the watchlist: banned from the school, or a custody restriction. Give a date of birth, a reference photo, or both.</source>
        <translation>Ajoute une personne à la liste de vigilance : interdite d’accès à l’établissement, ou restriction de garde. Indiquez une date de naissance, une photo de référence, ou les deux.</translation>
    </message>
    <message>
        <source>banned or custody.</source>
        <translation>banned (interdiction d’accès) ou custody (restriction de garde).</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Date de naissance, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>A reference photo of the person&apos;s face.</source>
        <translation>Une photo de référence du visage de la personne.</translation>
    </message>
    <message>
        <source>What the desk must know (the decision, the student concerned).</source>
        <translation>Ce que l’accueil doit savoir (la décision, l’élève concerné).</translation>
    </message>
    <message>
        <source>--kind takes banned or custody.</source>
        <translation>--kind attend banned ou custody.</translation>
    </message>
    <message>
        <source>--birth-date takes a date written YYYY-MM-DD.</source>
        <translation>--birth-date attend une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No usable face on the reference photo: %1</source>
        <translation>Aucun visage utilisable sur la photo de référence : %1</translation>
    </message>
    <message>
        <source>Lists the watchlist.</source>
        <translation>Liste les fiches de la liste de vigilance.</translation>
    </message>
    <message>
        <source>Removes an entry from the watchlist.</source>
        <translation>Retire une fiche de la liste de vigilance.</translation>
    </message>
    <message>
        <source>ID is the entry&apos;s number (see watchlist list).</source>
        <translation>ID est le numéro de la fiche (voir watchlist list).</translation>
    </message>
    <message>
        <source>add a person to the watchlist</source>
        <translation>ajouter une personne à la liste de vigilance</translation>
    </message>
    <message>
        <source>list the watchlist</source>
        <translation>lister la liste de vigilance</translation>
    </message>
    <message>
        <source>remove a watchlist entry</source>
        <translation>retirer une fiche de la liste de vigilance</translation>
    </message>
    <message>
        <source>Prints the zone map in force (made from the indoor cameras&apos; zones until one is set).</source>
        <translation>Affiche le plan des zones en vigueur (établi d’après les zones des caméras intérieures tant qu’aucun n’est défini).</translation>
    </message>
    <message>
        <source>Replaces the zone map with a JSON file: {&quot;zones&quot;: [{&quot;name&quot;, &quot;restricted&quot;}], &quot;plan&quot;: IMAGE, &quot;cameras&quot;: {NAME: [x, y]}} (positions 0..1 of the plan).</source>
        <translation>Remplace le plan des zones par un fichier JSON : {&quot;zones&quot;: [{&quot;name&quot;, &quot;restricted&quot;}], &quot;plan&quot;: IMAGE, &quot;cameras&quot;: {NOM: [x, y]}} (positions de 0 à 1 sur le plan).</translation>
    </message>
    <message>
        <source>The zone map as JSON.</source>
        <translation>Le plan des zones en JSON.</translation>
    </message>
    <message>
        <source>Adds a zone.</source>
        <translation>Ajoute une zone.</translation>
    </message>
    <message>
        <source>No pass allows it unless the agent ticks it; a visitor seen there raises an alert.</source>
        <translation>Aucun laissez-passer ne l’autorise sauf si l’agent la coche ; un visiteur vu dans cette zone déclenche une alerte.</translation>
    </message>
    <message>
        <source>There already is a zone named &quot;%1&quot;.</source>
        <translation>Il existe déjà une zone nommée « %1 ».</translation>
    </message>
    <message>
        <source>Removes a zone no indoor camera watches.</source>
        <translation>Retire une zone qu’aucune caméra intérieure ne surveille.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; watches zone &quot;%2&quot;: give it another zone first.</source>
        <translation>La caméra « %1 » surveille la zone « %2 » : attribuez-lui d’abord une autre zone.</translation>
    </message>
    <message>
        <source>No zone is named &quot;%1&quot;.</source>
        <translation>Aucune zone ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Sets the plan image of the school (PNG or JPEG). It is not copied: it must stay readable by the station. An empty IMAGE removes it.</source>
        <translation>Définit l’image du plan de l’établissement (PNG ou JPEG). Elle n’est pas copiée : elle doit rester lisible par la station. Une IMAGE vide la retire.</translation>
    </message>
    <message>
        <source>%1 is not an image the station can read.</source>
        <translation>%1 n’est pas une image que la station sait lire.</translation>
    </message>
    <message>
        <source>Places an indoor camera on the plan: X and Y from 0 (left, top) to 1 (right, bottom).</source>
        <translation>Place une caméra intérieure sur le plan : X et Y de 0 (gauche, haut) à 1 (droite, bas).</translation>
    </message>
    <message>
        <source>X and Y are numbers from 0 to 1.</source>
        <translation>X et Y sont des nombres de 0 à 1.</translation>
    </message>
    <message>
        <source>No indoor camera is named &quot;%1&quot; (see camera list).</source>
        <translation>Aucune caméra intérieure ne s’appelle « %1 » (voir camera list).</translation>
    </message>
    <message>
        <source>print the zone map</source>
        <translation>afficher le plan des zones</translation>
    </message>
    <message>
        <source>replace the zone map with a JSON file</source>
        <translation>remplacer le plan des zones par un fichier JSON</translation>
    </message>
    <message>
        <source>add a zone</source>
        <translation>ajouter une zone</translation>
    </message>
    <message>
        <source>remove a zone</source>
        <translation>retirer une zone</translation>
    </message>
    <message>
        <source>set the plan image</source>
        <translation>définir l’image du plan</translation>
    </message>
    <message>
        <source>place an indoor camera on the plan</source>
        <translation>placer une caméra intérieure sur le plan</translation>
    </message>
    <message>
        <source>visitor passes: verify</source>
        <translation>laissez-passer visiteurs : verify</translation>
    </message>
    <message>
        <source>watchlist: add, list, remove</source>
        <translation>liste de vigilance : add, list, remove</translation>
    </message>
    <message>
        <source>reports: daily, experiment</source>
        <translation>rapports : daily, experiment</translation>
    </message>
    <message>
        <source>the declared experiment: set, show</source>
        <translation>l’expérimentation déclarée : set, show</translation>
    </message>
    <message>
        <source>delete what is past its retention period (--dry-run: count only)</source>
        <translation>supprimer ce qui a dépassé sa durée de conservation (--dry-run : compter seulement)</translation>
    </message>
    <message>
        <source>the pre-filled data protection impact assessment (PDF)</source>
        <translation>l’analyse d’impact (AIPD) préremplie (PDF)</translation>
    </message>
    <message>
        <source>zones and zone map: show, set, add, remove, plan, place</source>
        <translation>zones et plan des zones : show, set, add, remove, plan, place</translation>
    </message>
    <message>
        <source>Only this action or group of actions (settings.change, login...); repeatable.</source>
        <translation>Seulement cette action ou ce groupe d’actions (settings.change, login...) ; répétable.</translation>
    </message>
    <message>
        <source>Only records whose user, object or details contain this text.</source>
        <translation>Seulement les entrées dont l’utilisateur, l’objet ou les détails contiennent ce texte.</translation>
    </message>
    <message>
        <source>Only records from this day on (YYYY-MM-DD, local).</source>
        <translation>Seulement les entrées à partir de ce jour (AAAA-MM-JJ, heure locale).</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD.</source>
        <translation>--since attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Lists the consents to the face lane, newest first, with the person, the class, whether a template is held and the withdrawal.</source>
        <translation>Liste les consentements à la voie visage, du plus récent au plus ancien, avec la personne, la classe, la présence d’un gabarit biométrique et le retrait.</translation>
    </message>
    <message>
        <source>Only consents in force.</source>
        <translation>Seulement les consentements en vigueur.</translation>
    </message>
    <message>
        <source>Only withdrawn consents.</source>
        <translation>Seulement les consentements retirés.</translation>
    </message>
    <message>
        <source>--in-force and --withdrawn exclude each other.</source>
        <translation>--in-force et --withdrawn s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>list the consents (the DPO&apos;s register)</source>
        <translation>lister les consentements (le registre du DPO)</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2.</source>
        <translation>Donnez soit --%1, soit --%2.</translation>
    </message>
    <message>
        <source>No face of at least %1 px in %2.</source>
        <translation>Aucun visage d’au moins %1 px dans %2.</translation>
    </message>
    <message>
        <source>--face-width and --min-face take at least 20 px, --resolution WxH at least 160x120.</source>
        <translation>--face-width et --min-face valent au moins 20 px, --resolution LxH au moins 160x120.</translation>
    </message>
    <message>
        <source>No frame to measure.</source>
        <translation>Aucune image à mesurer.</translation>
    </message>
    <message>
        <source>Runs the vision loop on N simulated 640x480 cameras at 15 fps for S seconds and reports processed fps, dropped frames, descriptor calls, time to a face&apos;s first descriptor, CPU time and peak memory. --naive runs the naive pipeline instead (every face of every frame). --finder compares, on one thread and the same frames, the face finder with a full-resolution detection: cost per frame and faces found.</source>
        <translation>Fait tourner la chaîne de vision sur N caméras simulées 640x480 à 15 i/s pendant S secondes et indique les images traitées par seconde, les images perdues, les calculs de descripteurs, le délai jusqu’au premier descripteur d’un visage, le temps processeur et la mémoire maximale. --naive lance la chaîne naïve à la place (chaque visage de chaque image). --finder compare, sur un seul fil et les mêmes images, le chercheur de visages à une détection en pleine résolution : coût par image et visages trouvés.</translation>
    </message>
    <message>
        <source>Face finder against full-resolution detection, one thread (default: people about 1 m away, made from the face-api demo photos; --video: that video&apos;s frames).</source>
        <translation>Chercheur de visages contre détection en pleine résolution, sur un fil (par défaut : des personnes à environ 1 m, faites des photos de démonstration de face-api ; --video : les images de cette vidéo).</translation>
    </message>
    <message>
        <source>--finder: the faces&apos; width in px (default 90).</source>
        <translation>--finder : la largeur des visages en px (90 par défaut).</translation>
    </message>
    <message>
        <source>--finder: the smallest face to find, px (default 80).</source>
        <translation>--finder : le plus petit visage à trouver, en px (80 par défaut).</translation>
    </message>
    <message>
        <source>--finder: frame size (default 640x480).</source>
        <translation>--finder : taille d’image (640x480 par défaut).</translation>
    </message>
    <message>
        <source>--finder: folder of photos to take the faces from.</source>
        <translation>--finder : dossier des photos d’où prendre les visages.</translation>
    </message>
    <message>
        <source>Runs N gate lanes on simulated cameras: a person every second per lane, half of them on the face lane, each badge presented after the person blinked. Reports credential-to-decision latency (p50/p95), passages per minute per lane, outcomes against the ground truth (genuine holders refused, impostors granted: every 8th face-lane presentation is another person&apos;s badge) and descriptors computed. --naive also runs the naive lanes on the same videos.</source>
        <translation>Fait tourner N voies d’entrée sur des caméras simulées : une personne par seconde et par voie, la moitié sur la voie visage, chaque badge présenté après un clignement. Indique le délai du badge à la décision (p50/p95), les passages par minute et par voie, les issues comparées à la vérité (titulaires refusés, imposteurs autorisés : une présentation sur 8 de la voie visage est le badge d’une autre personne) et les descripteurs calculés. --naive fait aussi tourner les voies naïves sur les mêmes vidéos.</translation>
    </message>
    <message>
        <source>Also run the naive lanes (full-frame detection, every face described, the face taken after the credential) in the same run.</source>
        <translation>Faire aussi tourner les voies naïves (détection sur toute l’image, chaque visage décrit, le visage pris après le badge) dans la même exécution.</translation>
    </message>
    <message>
        <source>The smallest face to find, in pixels of width (default %1; smaller reaches further and costs more).</source>
        <translation>Le plus petit visage à trouver, en pixels de largeur (%1 par défaut ; plus petit voit plus loin et coûte plus).</translation>
    </message>
    <message>
        <source>The camera&apos;s horizontal field of view in degrees (default %1, a typical USB webcam), to tell how far the smallest face is.</source>
        <translation>Le champ horizontal de la caméra en degrés (%1 par défaut, une webcam USB courante), pour dire à quelle distance se trouve le plus petit visage.</translation>
    </message>
    <message>
        <source>--min-face takes a number of pixels, --fov a number of degrees.</source>
        <translation>--min-face prend un nombre de pixels, --fov un nombre de degrés.</translation>
    </message>
    <message>
        <source>Enrols a person in the face lane from photos taken at the desk (at least two): records the consent, keeps the best template if it matches every photo (sealed into the badge, or in the database under a key only the badge carries), discards the images and issues the new badge.</source>
        <translation>Inscrit une personne à la voie visage à partir de photos prises à l’accueil (au moins deux) : enregistre le consentement, garde le meilleur gabarit s’il correspond à chaque photo (scellé dans le badge, ou en base sous une clé que seul le badge porte), efface les images et délivre le nouveau badge.</translation>
    </message>
    <message>
        <source>A photo of the person (repeat: at least two).</source>
        <translation>Une photo de la personne (à répéter : au moins deux).</translation>
    </message>
    <message>
        <source>(largest distance from the template to one of its photos %1, at most %2 allowed)</source>
        <translation>(plus grande distance entre le gabarit et l’une de ses photos %1, au plus %2 admis)</translation>
    </message>
    <message>
        <source>Print on the error output every impostor&apos;s passage and every passage the ground truth says went wrong.</source>
        <translation>Afficher sur la sortie d’erreur chaque passage d’imposteur et chaque passage que la vérité terrain dit erroné.</translation>
    </message>
    <message>
        <source>Compare the trail with this signed checkpoint instead (exit 1 unless they are consistent: a trail cut, rewritten or restored from an older backup).</source>
        <translation>Comparer plutôt le journal avec ce point de contrôle signé (code de sortie 1 s’ils ne sont pas cohérents : journal coupé, réécrit ou restauré depuis une sauvegarde plus ancienne).</translation>
    </message>
    <message>
        <source>Verifies the audit trail and writes a checkpoint of its last record, signed with the station&apos;s key, to a new file (mode 0600). Keep it off the station: `audit verify --checkpoint` later shows a trail cut, rewritten or restored from an older backup.</source>
        <translation>Vérifie le journal d’audit et écrit un point de contrôle de son dernier enregistrement, signé avec la clé du poste, dans un nouveau fichier (mode 0600). Conservez-le hors du poste : `audit verify --checkpoint` montrera plus tard un journal coupé, réécrit ou restauré depuis une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>The checkpoint file to create (never replaced).</source>
        <translation>Le fichier de point de contrôle à créer (jamais remplacé).</translation>
    </message>
    <message>
        <source>write a signed checkpoint of the audit trail to a file</source>
        <translation>écrire dans un fichier un point de contrôle signé du journal d’audit</translation>
    </message>
    <message>
        <source>an accelerated school day: memory, descriptors, threads, nothing lost</source>
        <translation>une journée de lycée accélérée : mémoire, descripteurs, fils d’exécution, rien de perdu</translation>
    </message>
    <message>
        <source>Plays an accelerated school day through the station&apos;s real services: gate lanes on simulated cameras (a person every second per lane), visitors registered and checked out, alerts acknowledged, the retention purge run every simulated hour. Reports memory (RSS) after warm-up and at the end, file descriptors, threads, and what was written against what was asked.</source>
        <translation>Joue une journée de lycée accélérée à travers les vrais services du poste : voies d’entrée sur caméras simulées (une personne par seconde et par voie), visiteurs enregistrés puis sortis, alertes acquittées, purge de conservation lancée à chaque heure simulée. Indique la mémoire (RSS) après la mise en route et à la fin, les descripteurs de fichiers, les fils d’exécution, et ce qui a été écrit par rapport à ce qui a été demandé.</translation>
    </message>
    <message>
        <source>Real duration in minutes (default 10).</source>
        <translation>Durée réelle en minutes (10 par défaut).</translation>
    </message>
    <message>
        <source>Number of gate lanes, one camera each (default 4).</source>
        <translation>Nombre de voies d’entrée, une caméra chacune (4 par défaut).</translation>
    </message>
    <message>
        <source>Length of the simulated school day in hours (default 8).</source>
        <translation>Durée de la journée simulée en heures (8 par défaut).</translation>
    </message>
    <message>
        <source>--minutes takes at least 1, --cameras 1 to 8, --day-hours more than 0 and at most 12.</source>
        <translation>--minutes vaut au moins 1, --cameras de 1 à 8, --day-hours plus de 0 et au plus 12.</translation>
    </message>
    <message>
        <source>Files the station wrote that may still hold this person&apos;s data (delete them):</source>
        <translation>Fichiers écrits par le poste qui peuvent encore contenir des données de cette personne (supprimez-les) :</translation>
    </message>
    <message>
        <source>measurements: pipeline, gate, soak</source>
        <translation>mesures : pipeline, voies, endurance</translation>
    </message>
    <message>
        <source>presentation attacks: APCER per attack type, BPCER, genuine time to decision</source>
        <translation>attaques par présentation : APCER par type d’attaque, BPCER, délai de décision des vrais porteurs</translation>
    </message>
    <message>
        <source>Cannot write the video %1.</source>
        <translation>Impossible d’écrire la vidéo %1.</translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3) on simulated gate lanes: each face-lane student of the bench school is shown as themself (blinking, standing or walking) and by an attacker with their badge and their photo held still, moved, bent and waved, or their video replayed. Reports APCER per attack type (attacks granted), BPCER (genuine holders refused or left to the agent) and the genuine time from the badge to the decision.</source>
        <translation>Attaques par présentation (ISO/IEC 30107-3) sur des voies simulées : chaque élève de la voie visage de l’école de mesure se présente lui-même (clignant des yeux, immobile ou en marchant), puis un attaquant se présente avec son badge et sa photo tenue immobile, déplacée, pliée et agitée, ou sa vidéo rejouée. Indique l’APCER par type d’attaque (attaques acceptées), le BPCER (vrais porteurs refusés ou laissés à l’agent) et le délai du badge à la décision pour les vrais porteurs.</translation>
    </message>
    <message>
        <source>Number of lanes (default 2).</source>
        <translation>Nombre de voies (2 par défaut).</translation>
    </message>
    <message>
        <source>Play the scenes of this many face-lane students only (default: all).</source>
        <translation>Ne jouer les scènes que de ce nombre d’élèves de la voie visage (par défaut : tous).</translation>
    </message>
    <message>
        <source>--lanes takes 1 to 8, --students 0 (all) or more.</source>
        <translation>--lanes vaut de 1 à 8, --students 0 (tous) ou plus.</translation>
    </message>
    <message>
        <source>No face-lane student in %1.</source>
        <translation>Aucun élève de la voie visage dans %1.</translation>
    </message>
    <message>
        <source>Print every passage on the error output.</source>
        <translation>Afficher chaque passage sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Keep the figures in the station&apos;s database (--db, --key-file, --user of role dpo) for the experiment report and the AIPD, in place of the previous ones (audited).</source>
        <translation>Conserver les chiffres dans la base du poste (--db, --key-file, --user de rôle dpo) pour le rapport d&apos;expérimentation et l&apos;AIPD, à la place des précédents (tracé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>The figures were not recorded: %1</source>
        <translation>Les chiffres n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Withdraws a person&apos;s consent to the face lane, at once and without reprinting: deletes the template kept by the station, and the badge they hold works from now on as a badge-only badge. With --badge-out, a new badge-only badge is also issued (the earlier one is revoked).</source>
        <translation>Retire le consentement d&apos;une personne à la voie visage, immédiatement et sans réimpression : supprime le gabarit conservé par le poste, et le badge qu&apos;elle détient fonctionne désormais comme un badge simple. Avec --badge-out, un nouveau badge simple est aussi émis (le précédent est révoqué).</translation>
    </message>
    <message>
        <source>Writes, for each person (or each person present in a class), an information letter for the legal representatives and a consent form to sign, with the badge-only alternative first and a form reference issued for that person alone, printed with its QR code. Only a form issued this way is accepted by `enrol --channel paper`.</source>
        <translation>Écrit, pour chaque personne (ou chaque membre actuel d’une classe), une lettre d’information destinée aux représentants légaux et un formulaire de consentement à signer, qui présente d’abord l’option badge seul et porte une référence de formulaire émise pour cette seule personne, imprimée avec son QR code. Seul un formulaire émis de cette façon est accepté par `enrol --channel paper`.</translation>
    </message>
    <message>
        <source>Every person present in this class.</source>
        <translation>Tous les membres actuels de cette classe.</translation>
    </message>
    <message>
        <source>Creates the demo station in DIR (portique.db, portique.key) with the published demo users; if it exists, only adds the demo users it lacks.</source>
        <translation>Crée la station de démonstration dans DIR (portique.db, portique.key) avec les utilisateurs de démonstration publiés ; si elle existe déjà, ajoute seulement les utilisateurs de démonstration qui lui manquent.</translation>
    </message>
    <message>
        <source>With --channel paper: the reference printed on the returned form (scan its QR code), issued for this person by `consent letter`.</source>
        <translation>Avec --channel paper : la référence imprimée sur le formulaire rendu (scannez son QR code), émise pour cette personne par `consent letter`.</translation>
    </message>
    <message>
        <source>--form-ref goes with --channel paper.</source>
        <translation>--form-ref s’utilise avec --channel paper.</translation>
    </message>
    <message>
        <source>write the information letters and consent forms (PDF)</source>
        <translation>écrire les lettres d’information et les formulaires de consentement (PDF)</translation>
    </message>
    <message>
        <source>Creates the encrypted database, its key file (mode 0600), the first station administrator and, with --dpo, the first DPO. The administrator&apos;s password is read from PORTIQUE_NEW_PASSWORD, the DPO&apos;s from PORTIQUE_DPO_PASSWORD, or typed.</source>
        <translation>Crée la base chiffrée, son fichier de clé (mode 0600), le premier administrateur de la station et, avec --dpo, le premier DPO. Le mot de passe de l’administrateur est lu dans PORTIQUE_NEW_PASSWORD, celui du DPO dans PORTIQUE_DPO_PASSWORD, ou saisi.</translation>
    </message>
    <message>
        <source>Login of the first data protection officer (another person than the administrator; without it, the administrator adds the DPO later).</source>
        <translation>Identifiant du premier délégué à la protection des données (une autre personne que l’administrateur ; sans cette option, l’administrateur ajoutera le DPO plus tard).</translation>
    </message>
    <message>
        <source>Full name of the first DPO.</source>
        <translation>Nom complet du premier DPO.</translation>
    </message>
    <message>
        <source>The DPO and the station administrator need two different logins.</source>
        <translation>Le DPO et l’administrateur de la station doivent avoir deux identifiants différents.</translation>
    </message>
    <message>
        <source>Records who the controller is and how to reach the DPO, as every notice prints them. The head of school and the DPO&apos;s contact are required before a notice is written. Each change is audited.</source>
        <translation>Enregistre qui est le responsable du traitement et comment joindre le DPO, tels que chaque notice les imprime. Le chef d’établissement et le contact du DPO doivent être renseignés avant qu’une notice puisse être écrite. Chaque modification est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>The head of school (&quot;Mme Claire Martin, proviseure&quot;).</source>
        <translation>Le chef d’établissement (« Mme Claire Martin, proviseure »).</translation>
    </message>
    <message>
        <source>The school&apos;s postal address.</source>
        <translation>L’adresse postale de l’établissement.</translation>
    </message>
    <message>
        <source>The DPO&apos;s e-mail address or phone number.</source>
        <translation>L’adresse électronique ou le numéro de téléphone du DPO.</translation>
    </message>
    <message>
        <source>Where the full notice can be read (the desk, a web address).</source>
        <translation>Où la notice complète peut être consultée (l’accueil, une adresse web).</translation>
    </message>
    <message>
        <source>Nothing to set: give --head, --address, --dpo-contact or --where.</source>
        <translation>Rien à enregistrer : indiquez --head, --address, --dpo-contact ou --where.</translation>
    </message>
    <message>
        <source>Writes an information notice (GDPR art. 13) from the station&apos;s configuration: full (the complete notice), minors (plain words for students), parents (a letter for legal representatives) or sign (an A4 sign for the gate). Every period and camera use is read from the settings. Audited with the file&apos;s SHA-256. See also: portiquectl notice set --help.</source>
        <translation>Écrit une notice d’information (RGPD, art. 13) à partir de la configuration de la station : full (la notice complète), minors (en mots simples, pour les élèves), parents (une lettre aux représentants légaux) ou sign (un panneau A4 pour l’entrée). Chaque durée et chaque usage des caméras sont lus dans les paramètres. Inscrit au journal d’audit avec l’empreinte SHA-256 du fichier. Voir aussi : portiquectl notice set --help.</translation>
    </message>
    <message>
        <source>full, minors, parents or sign.</source>
        <translation>full, minors, parents ou sign.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: full, minors, parents or sign.</source>
        <translation>Type inconnu « %1 » : full, minors, parents ou sign.</translation>
    </message>
    <message>
        <source>correct fields of a person (right to rectification)</source>
        <translation>corriger des champs d’une personne (droit de rectification)</translation>
    </message>
    <message>
        <source>restrict the processing of a person&apos;s data, or lift it</source>
        <translation>limiter le traitement des données d’une personne, ou lever la limitation</translation>
    </message>
    <message>
        <source>a person&apos;s objection: their consent to the face lane withdrawn</source>
        <translation>opposition d’une personne : retrait de son consentement à la voie visage</translation>
    </message>
    <message>
        <source>Writes the data protection impact assessment (AIPD) pre-filled from the live configuration, with the parts the DPO completes by hand marked; each one gets the next version number and is audited with the file&apos;s SHA-256.</source>
        <translation>Écrit l’analyse d’impact relative à la protection des données (AIPD), préremplie à partir de la configuration en vigueur, en signalant les parties que le DPO complète à la main ; chaque analyse reçoit le numéro de version suivant et est inscrite au journal d’audit avec l’empreinte SHA-256 du fichier.</translation>
    </message>
    <message>
        <source>Corrects fields of a person of the registry (right to rectification): --field F --value V, repeated for several fields. A later import keeps the corrected value unless the DPO chooses otherwise. Audited (which fields, not their values).</source>
        <translation>Corrige des champs d’une personne du registre (droit de rectification) : --field F --value V, répétés pour plusieurs champs. Un import ultérieur conserve la valeur corrigée, sauf si le DPO en décide autrement. Inscrit au journal d’audit (les champs concernés, pas leurs valeurs).</translation>
    </message>
    <message>
        <source>The field to correct: %1.</source>
        <translation>Le champ à corriger : %1.</translation>
    </message>
    <message>
        <source>Its correct value (a birth date as yyyy-mm-dd).</source>
        <translation>Sa valeur correcte (une date de naissance au format aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>Give each --field with its --value (%1 field(s), %2 value(s)).</source>
        <translation>Donnez chaque --field avec sa --value (%1 champ(s), %2 valeur(s)).</translation>
    </message>
    <message>
        <source>Restricts the processing of a person&apos;s data (GDPR art. 18): kept, decided at the gate on the badge alone, left out of reports and class lists, their record untouched by imports. --lift ends it. Audited.</source>
        <translation>Limite le traitement des données d’une personne (RGPD, art. 18) : elles sont conservées, l’entrée est décidée sur le seul badge, la personne est exclue des rapports et des listes de classe, et les imports ne modifient plus sa fiche. --lift lève la limitation. Inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Lift the restriction.</source>
        <translation>Lever la limitation.</translation>
    </message>
    <message>
        <source>Records a person&apos;s objection (right to object): the face lane is the only processing resting on consent, so the consent is withdrawn at once, as `consent withdraw` does; the same badge then works badge-only. Audited.</source>
        <translation>Enregistre l’opposition d’une personne (droit d’opposition) : la voie visage étant le seul traitement fondé sur le consentement, celui-ci est retiré immédiatement, comme le fait `consent withdraw` ; le même badge fonctionne ensuite en badge seul. Inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Rôle inconnu « %1 » : utilisez %2.</translation>
    </message>
    <message>
        <source>Gives a user another role. The last active administrator and the last active DPO keep theirs.</source>
        <translation>Donne un autre rôle à un utilisateur. Le dernier administrateur actif et le dernier DPO actif gardent le leur.</translation>
    </message>
    <message>
        <source>add a user (agent, principal, dpo, admin)</source>
        <translation>ajouter un utilisateur (agent, principal, dpo, admin)</translation>
    </message>
    <message>
        <source>give a user another role</source>
        <translation>donner un autre rôle à un utilisateur</translation>
    </message>
    <message>
        <source>manage users: add, passwd, role, list, disable, enable</source>
        <translation>gérer les utilisateurs : add, passwd, role, list, disable, enable</translation>
    </message>
    <message>
        <source>consents: letter, list, withdraw</source>
        <translation>consentements : letter, list, withdraw</translation>
    </message>
    <message>
        <source>a person&apos;s or visitor&apos;s data: export, erase, rectify, restrict, object</source>
        <translation>données d’une personne ou d’un visiteur : export, erase, rectify, restrict, object</translation>
    </message>
    <message>
        <source>information notices from the configuration (PDF): full, minors, parents, sign; set</source>
        <translation>notices d’information issues de la configuration (PDF) : full, minors, parents, sign ; set</translation>
    </message>
    <message>
        <source>gate (an entrance lane, the default), indoor, or desk (the reception desk: a visitor&apos;s photo on the agent&apos;s key only).</source>
        <translation>gate (une voie d’entrée, par défaut), indoor (intérieure) ou desk (l’accueil : la photo d’un visiteur, seulement sur la touche de l’agent).</translation>
    </message>
    <message>
        <source>--role takes gate, indoor or desk.</source>
        <translation>--role accepte gate, indoor ou desk.</translation>
    </message>
    <message>
        <source>withdraw the consent to indoor tracking, without checking out</source>
        <translation>retirer le consentement au suivi intérieur, sans enregistrer la sortie</translation>
    </message>
    <message>
        <source>The visitor withdraws their consent to indoor tracking, without checking out: their face template and the sightings of the visit are deleted at once. The visit goes on: same pass, still on site, still on the roll call.</source>
        <translation>Le visiteur retire son consentement au suivi intérieur, sans enregistrer sa sortie : son gabarit de visage et les détections de la visite sont supprimés immédiatement. La visite continue : même laissez-passer, toujours sur place, toujours sur la liste d’appel.</translation>
    </message>
    <message>
        <source>stop indoor tracking now: template and sightings deleted, the visit goes on</source>
        <translation>arrêter le suivi intérieur maintenant : gabarit et détections supprimés, la visite continue</translation>
    </message>
    <message>
        <source>visitors: register, list, show, checkout, reissue, roll-call, sweep, track, consent</source>
        <translation>visiteurs : register, list, show, checkout, reissue, roll-call, sweep, track, consent</translation>
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
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Station administrator</source>
        <translation>Administrateur de la station</translation>
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
        <source>Two cameras are named &quot;%1&quot;.</source>
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
    <message>
        <source>The smallest face is %1 to %2 pixels wide.</source>
        <translation>Le plus petit visage mesure de %1 à %2 pixels de large.</translation>
    </message>
    <message>
        <source>A camera&apos;s field of view is %1 to %2 degrees.</source>
        <translation>Le champ d’une caméra est de %1 à %2 degrés.</translation>
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
    <message>
        <source>The disk holding %1 is full, so the database cannot be opened. Free some space and try again; the file was not modified.</source>
        <translation>Le disque qui contient %1 est plein : la base ne peut pas être ouverte. Libérez de la place et réessayez ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2).</source>
        <translation>La base %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>The change is saved in %1, but copies of the deleted data remain in the file until the write-ahead log can be emptied (%2: another program or window is still reading the database). Portique empties it again the next time the database is opened or closed.</source>
        <translation>La modification est enregistrée dans %1, mais des copies des données supprimées restent dans le fichier tant que le journal d’écriture anticipée ne peut pas être vidé (%2 : un autre programme ou une autre fenêtre lit encore la base). Portique le vide de nouveau à la prochaine ouverture ou fermeture de la base.</translation>
    </message>
    <message>
        <source>The database refused this change, which would have broken one of its rules; nothing was saved. The detail is in the station&apos;s log.</source>
        <translation>La base a refusé cette modification, qui aurait enfreint l’une de ses règles ; rien n’a été enregistré. Le détail figure dans le journal du poste.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not open with this key.</source>
        <translation>La base %1 est endommagée ou ne s’ouvre pas avec cette clé.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file or its folder cannot be reached.</source>
        <translation>Impossible d’ouvrir %1 : le fichier ou son dossier est inaccessible.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written; nothing was saved. The detail is in the station&apos;s log.</source>
        <translation>La base %1 n’a pas pu être lue ou écrite ; rien n’a été enregistré. Le détail figure dans le journal du poste.</translation>
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
        <source>Type the user&apos;s full name.</source>
        <translation>Saisissez le nom complet de l’utilisateur.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>File not noted</source>
        <translation>Fichier non noté</translation>
    </message>
    <message>
        <source>%1 was written, but the station could not note it in its list of written files (%2): erasing someone it concerns will not point at it. Delete it once it is no longer needed.</source>
        <translation>%1 a été écrit, mais le poste n’a pas pu le noter dans sa liste des fichiers écrits (%2) : l’effacement d’une personne qu’il concerne ne le signalera pas. Supprimez-le dès qu’il n’est plus utile.</translation>
    </message>
    <message>
        <source>station settings</source>
        <translation>paramètres de la station</translation>
    </message>
</context>
<context>
    <name>Vision</name>
    <message>
        <source>The landmark model %1 cannot be read: %2</source>
        <translation>Le modèle de points caractéristiques %1 est illisible : %2</translation>
    </message>
    <message>
        <source>No face model at %1: run scripts/setup.sh (it converts and checks the model), or give dlib&apos;s official file.</source>
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
        <source>Tensor %1 has %2 values where the network&apos;s %3 needs %4.</source>
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
    <message>
        <source>%1 is %2x%3 pixels; Portique reads images of at most %4 megapixels.</source>
        <translation>%1 mesure %2x%3 pixels ; Portique lit des images de %4 mégapixels au plus.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, BMP or WebP image.</source>
        <translation>%1 n’est pas une image JPEG, PNG, BMP ou WebP.</translation>
    </message>
</context>
<context>
    <name>portique::access</name>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valable du %1 au %2</translation>
    </message>
    <message>
        <source>The printer does not accept the badge page size (%1).</source>
        <translation>L’imprimante n’accepte pas le format de page des badges (%1).</translation>
    </message>
    <message>
        <source>Cannot start printing the badges.</source>
        <translation>Impossible de lancer l’impression des badges.</translation>
    </message>
    <message>
        <source>There is no badge to write.</source>
        <translation>Il n’y a aucun badge à écrire.</translation>
    </message>
    <message>
        <source>Cannot write the badge file %1: %2</source>
        <translation>Impossible d’écrire le fichier de badges %1 : %2</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Signed by an unknown key: forged</source>
        <translation>Signé par une clé inconnue : contrefait</translation>
    </message>
    <message>
        <source>Signature does not match: altered or forged</source>
        <translation>Signature non conforme : modifié ou contrefait</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Unknown to this station</source>
        <translation>Inconnu de cette station</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Holder unknown</source>
        <translation>Titulaire inconnu</translation>
    </message>
    <message>
        <source>Holder has left the school</source>
        <translation>Titulaire sorti de l’établissement</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Aucune personne n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 has left the school: no badge can be issued.</source>
        <translation>%1 est sorti(e) de l’établissement : aucun badge ne peut être émis.</translation>
    </message>
    <message>
        <source>A QR code needs a text to encode.</source>
        <translation>Un QR code a besoin d’un texte à encoder.</translation>
    </message>
    <message>
        <source>Cannot encode %1 characters in a QR code (%2).</source>
        <translation>Impossible d’encoder %1 caractères dans un QR code (%2).</translation>
    </message>
    <message>
        <source>ENTRY GRANTED</source>
        <translation>ENTRÉE AUTORISÉE</translation>
    </message>
    <message>
        <source>ENTRY REFUSED</source>
        <translation>ENTRÉE REFUSÉE</translation>
    </message>
    <message>
        <source>CHECK BY HAND</source>
        <translation>CONTRÔLE MANUEL</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Face matches badge</source>
        <translation>Le visage correspond au badge</translation>
    </message>
    <message>
        <source>Entered by the agent</source>
        <translation>Identité vérifiée par l’agent</translation>
    </message>
    <message>
        <source>Face does not match badge</source>
        <translation>Le visage ne correspond pas au badge</translation>
    </message>
    <message>
        <source>Face uncertain: compare with the person</source>
        <translation>Visage incertain : comparez avec la personne</translation>
    </message>
    <message>
        <source>No face seen</source>
        <translation>Aucun visage vu</translation>
    </message>
    <message>
        <source>Face not clear enough</source>
        <translation>Visage pas assez net</translation>
    </message>
    <message>
        <source>No sign of a live face (photo?)</source>
        <translation>Aucun signe de visage vivant (photo ?)</translation>
    </message>
    <message>
        <source>Badge template unreadable</source>
        <translation>Gabarit du badge illisible</translation>
    </message>
    <message>
        <source>Looking for the face…</source>
        <translation>Recherche du visage…</translation>
    </message>
    <message>
        <source>Badge forgotten</source>
        <translation>Badge oublié</translation>
    </message>
    <message>
        <source>Person known to the agent</source>
        <translation>Personne connue de l’agent</translation>
    </message>
    <message>
        <source>Camera misread (light, angle, glasses…)</source>
        <translation>Mauvaise lecture de la caméra (lumière, angle, lunettes…)</translation>
    </message>
    <message>
        <source>Right person, face not recognised</source>
        <translation>Bonne personne, visage non reconnu</translation>
    </message>
    <message>
        <source>Wrong match: not the badge holder</source>
        <translation>Erreur de correspondance : ce n’est pas le titulaire du badge</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Autre (précisez)</translation>
    </message>
    <message>
        <source>No passage has the number %1.</source>
        <translation>Aucun passage ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This passage was already overridden by %1.</source>
        <translation>Ce passage a déjà fait l’objet d’une dérogation de %1.</translation>
    </message>
    <message>
        <source>Say why in a few words.</source>
        <translation>Indiquez le motif en quelques mots.</translation>
    </message>
    <message>
        <source>A scanner or lane name cannot hold &apos;=&apos; or &apos;;&apos;: %1</source>
        <translation>Un nom de lecteur ou de voie ne peut pas contenir « = » ni « ; » : %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Not a code of this school, or damaged</source>
        <translation>Code d’un autre établissement, ou endommagé</translation>
    </message>
    <message>
        <source>Wrong kind of code (a visitor pass is not a badge, a badge is not a pass)</source>
        <translation>Mauvais type de code (un laissez-passer visiteur n’est pas un badge, un badge n’est pas un laissez-passer)</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Laissez-passer visiteur</translation>
    </message>
    <message>
        <source>Badge just used at another lane</source>
        <translation>Badge utilisé à l’instant à une autre voie</translation>
    </message>
    <message>
        <source>The id of %1 is longer than the %2 bytes a badge can carry: correct it in the school&apos;s file and import it again.</source>
        <translation>L’identifiant de %1 dépasse les %2 octets qu’un badge peut porter : corrigez-le dans le fichier de l’établissement et importez-le de nouveau.</translation>
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
    <message>
        <source>Portique — restored database</source>
        <translation>Portique — base restaurée</translation>
    </message>
</context>
<context>
    <name>portique::people</name>
    <message>
        <source>A PNG file holds one badge; use a PDF for several.</source>
        <translation>Un fichier PNG ne contient qu’un badge ; utilisez un PDF pour plusieurs.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>A badge file ends in .pdf or .png, not &quot;%1&quot;.</source>
        <translation>Un fichier de badges se termine par .pdf ou .png, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; nothing was imported.</source>
        <translation>%1, ligne %2 : un champ entre guillemets n’est jamais refermé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: no record: the file is empty.</source>
        <translation>%1 : aucun enregistrement : le fichier est vide.</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(colonne %1, sans nom)</translation>
    </message>
    <message>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; both give %5.</source>
        <translation>%1, ligne %2 : les colonnes « %3 » et « %4 » donnent toutes deux %5.</translation>
    </message>
    <message>
        <source>%1, line %2: required column(s) missing: %3 (the first non-empty line must name the columns).</source>
        <translation>%1, ligne %2 : colonne(s) obligatoire(s) manquante(s) : %3 (la première ligne non vide doit nommer les colonnes).</translation>
    </message>
    <message>
        <source>Columns ignored and not stored: %1.</source>
        <translation>Colonnes ignorées et non conservées : %1.</translation>
    </message>
    <message>
        <source>%1: no record: the file has a header but no row.</source>
        <translation>%1 : aucun enregistrement : le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>Text after a closing quote: the quoting is broken.</source>
        <translation>Texte après un guillemet fermant : les guillemets sont mal placés.</translation>
    </message>
    <message>
        <source>Empty id.</source>
        <translation>Identifiant vide.</translation>
    </message>
    <message>
        <source>Id %1 appears %2 times (lines %3): none of these rows is imported.</source>
        <translation>L’identifiant %1 apparaît %2 fois (lignes %3) : aucune de ces lignes n’est importée.</translation>
    </message>
    <message>
        <source>Empty family name.</source>
        <translation>Nom de famille vide.</translation>
    </message>
    <message>
        <source>Empty first name.</source>
        <translation>Prénom vide.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (expected student, staff or other).</source>
        <translation>Type « %1 » inconnu (attendu : élève, personnel ou autre).</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; is not a valid date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>La date de naissance « %1 » n’est pas une date valide (jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>Leaving date &quot;%1&quot; is not a valid date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>La date de sortie « %1 » n’est pas une date valide (jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>A student needs a class.</source>
        <translation>Un élève doit avoir une classe.</translation>
    </message>
    <message>
        <source>A student needs a birth date.</source>
        <translation>Un élève doit avoir une date de naissance.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Aucune personne n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 has left the school.</source>
        <translation>%1 est sorti(e) de l’établissement.</translation>
    </message>
    <message>
        <source>Choose where the template is kept: on the badge or in the database.</source>
        <translation>Choisissez où le gabarit est conservé : sur le badge ou dans la base.</translation>
    </message>
    <message>
        <source>The name of the person who consents is missing.</source>
        <translation>Le nom de la personne qui donne son consentement manque.</translation>
    </message>
    <message>
        <source>%1 is a minor: the legal representative&apos;s consent is required.</source>
        <translation>%1 est mineur(e) : le consentement du représentant légal est obligatoire.</translation>
    </message>
    <message>
        <source>The legal representative&apos;s relationship to the student is missing.</source>
        <translation>Le lien du représentant légal avec l’élève manque.</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw for %1.</source>
        <translation>%1 n’a aucun consentement en vigueur à retirer.</translation>
    </message>
    <message>
        <source>%1 uses the face lane: enrol again to replace the badge, or withdraw the consent first.</source>
        <translation>%1 utilise la voie visage : refaites l’inscription pour remplacer le badge, ou retirez d’abord le consentement.</translation>
    </message>
    <message>
        <source>%1: the file declares the encoding &quot;%2&quot;; only UTF-8 and ISO-8859-15 are supported.</source>
        <translation>%1 : le fichier déclare l’encodage « %2 » ; seuls UTF-8 et ISO-8859-15 sont pris en charge.</translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-8 byte order mark but declares the encoding &quot;%2&quot;.</source>
        <translation>%1 : le fichier commence par une marque d’ordre des octets (BOM) UTF-8 mais déclare l’encodage « %2 ».</translation>
    </message>
    <message>
        <source>%1, line %2: this line is not valid UTF-8, the encoding the XML declaration gives (or implies when it names none); nothing was imported.</source>
        <translation>%1, ligne %2 : cette ligne n’est pas en UTF-8 valide, l’encodage qu’indique la déclaration XML (ou qu’elle implique quand elle n’en nomme aucun) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2: the file starts with a UTF-8 byte order mark but this line is not valid UTF-8.</source>
        <translation>%1, ligne %2 : le fichier commence par une marque d’ordre des octets (BOM) UTF-8 mais cette ligne n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import file may not exceed %3 MB.</source>
        <translation>%1 fait %2 Mo ; un fichier d’import ne peut pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (a zipped SIECLE export, or an .xlsx or .ods workbook): unzip the export first and import the XML file it holds, or save the workbook as CSV.</source>
        <translation>%1 est une archive ZIP (un export SIECLE compressé, ou un classeur .xlsx ou .ods) : décompressez d’abord l’export et importez le fichier XML qu’il contient, ou enregistrez le classeur au format CSV.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook: save it as CSV and import that.</source>
        <translation>%1 est un classeur Excel : enregistrez-le au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is in UTF-16 or UTF-32; only UTF-8 and ISO-8859-15 are supported.</source>
        <translation>%1 est en UTF-16 ou UTF-32 ; seuls UTF-8 et ISO-8859-15 sont pris en charge.</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mère</translation>
    </message>
    <message>
        <source>father</source>
        <translation>père</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>frère ou sœur</translation>
    </message>
    <message>
        <source>ascendant</source>
        <translation>ascendant</translation>
    </message>
    <message>
        <source>other family member</source>
        <translation>autre membre de la famille</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>éducateur</translation>
    </message>
    <message>
        <source>foster carer</source>
        <translation>assistant familial</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <source>child welfare (ASE)</source>
        <translation>aide sociale à l’enfance (ASE)</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>l’élève</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>This export is from the school %1, but this station belongs to %2.</source>
        <translation>Cet export provient de l’établissement %1, mais cette station appartient à %2.</translation>
    </message>
    <message>
        <source>The file has no valid record: nothing can be imported.</source>
        <translation>Le fichier ne contient aucun enregistrement valide : rien ne peut être importé.</translation>
    </message>
    <message>
        <source>The id %1 already belongs to %2, imported from another source.</source>
        <translation>L’identifiant %1 appartient déjà à %2, importé(e) d’une autre source.</translation>
    </message>
    <message>
        <source>%1 of the %2 people present would be marked as having left: is this the right file?</source>
        <translation>%1 des %2 personnes présentes seraient marquées comme sorties de l’établissement : est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1: the XML file has no root element.</source>
        <translation>%1 : le fichier XML n’a pas d’élément racine.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown root element &lt;%3&gt;; a SIECLE export starts with &lt;BEE_ELEVES&gt; (students) or &lt;BEE_RESPONSABLES&gt; (guardians).</source>
        <translation>%1, ligne %2 : élément racine &lt;%3&gt; inconnu ; un export SIECLE commence par &lt;BEE_ELEVES&gt; (élèves) ou &lt;BEE_RESPONSABLES&gt; (représentants légaux).</translation>
    </message>
    <message>
        <source>%1: no record: the file lists no student (ELEVE).</source>
        <translation>%1 : aucun enregistrement : le fichier ne liste aucun élève (ELEVE).</translation>
    </message>
    <message>
        <source>%1: no record: the file lists no guardian link (RESPONSABLE_ELEVE).</source>
        <translation>%1 : aucun enregistrement : le fichier ne liste aucun lien élève-représentant (RESPONSABLE_ELEVE).</translation>
    </message>
    <message>
        <source>%1, line %2: the file is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1, ligne %2 : le fichier n’est pas du XML bien formé (%3) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>STRUCTURES_ELEVE without an ELEVE_ID attribute: ignored.</source>
        <translation>STRUCTURES_ELEVE sans attribut ELEVE_ID : ignoré.</translation>
    </message>
    <message>
        <source>STRUCTURES_ELEVE for ELEVE_ID %1, which matches no ELEVE: ignored.</source>
        <translation>STRUCTURES_ELEVE pour l’ELEVE_ID %1, qui ne correspond à aucun ELEVE : ignoré.</translation>
    </message>
    <message>
        <source>ELEVE_ID %1 has %2 STRUCTURES_ELEVE blocks (lines %3): its class is ambiguous; the student is not imported.</source>
        <translation>L’ELEVE_ID %1 a %2 blocs STRUCTURES_ELEVE (lignes %3) : sa classe est ambiguë ; l’élève n’est pas importé.</translation>
    </message>
    <message>
        <source>ELEVE without an ELEVE_ID attribute: the student cannot be identified and is not imported.</source>
        <translation>ELEVE sans attribut ELEVE_ID : l’élève ne peut pas être identifié et n’est pas importé.</translation>
    </message>
    <message>
        <source>ELEVE_ID %1 appears %2 times (lines %3): none of these records is imported.</source>
        <translation>L’ELEVE_ID %1 apparaît %2 fois (lignes %3) : aucun de ces enregistrements n’est importé.</translation>
    </message>
    <message>
        <source>No family name (NOM_USAGE, NOM_DE_FAMILLE or NOM).</source>
        <translation>Pas de nom de famille (NOM_USAGE, NOM_DE_FAMILLE ou NOM).</translation>
    </message>
    <message>
        <source>No first name (PRENOM).</source>
        <translation>Pas de prénom (PRENOM).</translation>
    </message>
    <message>
        <source>No birth date (DATE_NAISS).</source>
        <translation>Pas de date de naissance (DATE_NAISS).</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; (DATE_NAISS) is not a valid dd/mm/yyyy date.</source>
        <translation>La date de naissance « %1 » (DATE_NAISS) n’est pas une date jj/mm/aaaa valide.</translation>
    </message>
    <message>
        <source>Leaving date &quot;%1&quot; (DATE_SORTIE) is not a valid dd/mm/yyyy date.</source>
        <translation>La date de sortie « %1 » (DATE_SORTIE) n’est pas une date jj/mm/aaaa valide.</translation>
    </message>
    <message>
        <source>More than one class (TYPE_STRUCTURE D): %1; the student is not imported.</source>
        <translation>Plus d’une classe (TYPE_STRUCTURE D) : %1 ; l’élève n’est pas importé.</translation>
    </message>
    <message>
        <source>No class: the only division is &quot;Inactifs&quot;; the student is not imported.</source>
        <translation>Pas de classe : la seule division est « Inactifs » ; l’élève n’est pas importé.</translation>
    </message>
    <message>
        <source>No class: no STRUCTURES_ELEVE for this student; the student is not imported.</source>
        <translation>Pas de classe : aucun STRUCTURES_ELEVE pour cet élève ; l’élève n’est pas importé.</translation>
    </message>
    <message>
        <source>No class: only groups (TYPE_STRUCTURE G), no division; the student is not imported.</source>
        <translation>Pas de classe : seulement des groupes (TYPE_STRUCTURE G), aucune division ; l’élève n’est pas importé.</translation>
    </message>
    <message>
        <source>PERSONNE without a PERSONNE_ID attribute: ignored.</source>
        <translation>PERSONNE sans attribut PERSONNE_ID : ignorée.</translation>
    </message>
    <message>
        <source>RESPONSABLE_ELEVE without ELEVE_ID: ignored.</source>
        <translation>RESPONSABLE_ELEVE sans ELEVE_ID : ignoré.</translation>
    </message>
    <message>
        <source>RESPONSABLE_ELEVE without PERSONNE_ID for student %1: ignored.</source>
        <translation>RESPONSABLE_ELEVE sans PERSONNE_ID pour l’élève %1 : ignoré.</translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (linked to student %2) matches no PERSONNE: ignored.</source>
        <translation>Le PERSONNE_ID %1 (lié à l’élève %2) ne correspond à aucune PERSONNE : ignoré.</translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (linked to student %2) is defined %3 times: ignored.</source>
        <translation>Le PERSONNE_ID %1 (lié à l’élève %2) est défini %3 fois : ignoré.</translation>
    </message>
    <message>
        <source>PERSONNE_ID %1 (line %2), legal representative of student %3, has no family name or no first name: ignored.</source>
        <translation>Le PERSONNE_ID %1 (ligne %2), représentant légal de l’élève %3, n’a pas de nom de famille ou pas de prénom : ignoré.</translation>
    </message>
    <message>
        <source>The id is %1 bytes long (UTF-8), more than the %2 a badge can carry: this person is not imported.</source>
        <translation>L’identifiant fait %1 octets (UTF-8), plus que les %2 qu’un badge peut porter : cette personne n’est pas importée.</translation>
    </message>
    <message>
        <source>The id contains a control character (such as a tab or a line break): this person is not imported.</source>
        <translation>L’identifiant contient un caractère de contrôle (tabulation, saut de ligne…) : cette personne n’est pas importée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a person&apos;s id: it must be a SIECLE number (digits only) or a capital letter other than V followed by capital letters, digits or hyphens (P-001), so that it can never be taken for a visitor&apos;s number or a login. This person is not imported.</source>
        <translation>L’identifiant « %1 » n’est pas celui d’une personne : il doit être un numéro SIECLE (chiffres seulement) ou une majuscule autre que V suivie de majuscules, de chiffres ou de tirets (P-001), pour ne jamais être pris pour le numéro d’un visiteur ou un identifiant de connexion. Cette personne n’est pas importée.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2, such as a NUL, a bell, an escape or a line break), which no name may hold: this person is not imported.</source>
        <translation>%1 contient un caractère de contrôle (U+%2, comme un NUL, une sonnerie, un échappement ou un saut de ligne), qu’aucun nom ne peut contenir : cette personne n’est pas importée.</translation>
    </message>
    <message>
        <source>%1, line %2: the file declares a document type (&lt;!DOCTYPE&gt;). A SIECLE export never does, and the entities a document type declares can make a small file expand beyond any memory; nothing was imported.</source>
        <translation>%1, ligne %2 : le fichier déclare un type de document (&lt;!DOCTYPE&gt;). Un export SIECLE ne le fait jamais, et les entités qu’un type de document déclare peuvent faire gonfler un petit fichier au-delà de toute mémoire ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 is %4 characters long, more than the %5 any field of a SIECLE export holds; nothing was imported.</source>
        <translation>%1, ligne %2 : %3 compte %4 caractères, plus que les %5 que contient tout champ d’un export SIECLE ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Only the data protection officer may replace values a DPO rectified with the file&apos;s; %1 may not.</source>
        <translation>Seul le délégué à la protection des données peut remplacer par celles du fichier des valeurs rectifiées par un DPO ; %1 ne le peut pas.</translation>
    </message>
</context>
<context>
    <name>portique::privacy</name>
    <message>
        <source>No alert has the number %1.</source>
        <translation>Aucune alerte ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This alert was already acknowledged by %1.</source>
        <translation>Cette alerte a déjà été acquittée par %1.</translation>
    </message>
    <message>
        <source>Say in a note what was done.</source>
        <translation>Dites dans une note ce qui a été fait.</translation>
    </message>
    <message>
        <source>Data protection impact assessment (AIPD)</source>
        <translation>Analyse d’impact relative à la protection des données (AIPD)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>1. The processing and its controller</source>
        <translation>1. Le traitement et son responsable</translation>
    </message>
    <message>
        <source>Controller (the head of the school), the DPO&apos;s name and contact, the date the processing starts, the record of processing activities entry.</source>
        <translation>Responsable du traitement (le chef d’établissement), nom et coordonnées du DPO, date de début du traitement, fiche du registre des activités de traitement.</translation>
    </message>
    <message>
        <source>2. Purposes and legal bases</source>
        <translation>2. Finalités et bases légales</translation>
    </message>
    <message>
        <source>Entry control at the gate, badge first: the badge or QR code is checked (signature, validity, revocation) and the passage recorded.</source>
        <translation>Contrôle de l’entrée, le badge d’abord : le badge ou le QR code est vérifié (signature, validité, révocation) et le passage est enregistré.</translation>
    </message>
    <message>
        <source>Visitors: registration, signed pass, list of people on site for an evacuation.</source>
        <translation>Visiteurs : enregistrement, laissez-passer signé, liste des personnes présentes en cas d’évacuation.</translation>
    </message>
    <message>
        <source>Visitor tracking (consent only): indoor cameras compare faces with the visitors on site only; a face that matches none is discarded in memory at once.</source>
        <translation>Suivi des visiteurs (sur consentement uniquement) : les caméras intérieures comparent les visages aux seuls visiteurs présents ; un visage qui ne correspond à aucun est aussitôt effacé de la mémoire.</translation>
    </message>
    <message>
        <source>Evaluation of a bounded experiment from the station&apos;s own records (counts and rates, no individual profile).</source>
        <translation>Évaluation d’une expérimentation limitée dans le temps, à partir des enregistrements de la station (décomptes et taux, aucun profil individuel).</translation>
    </message>
    <message>
        <source>Legal basis of each purpose (e.g. public-interest task for entry control; explicit consent, art. 9(2)(a), for the face lane and visitor tracking).</source>
        <translation>Base légale de chaque finalité (par ex. mission d’intérêt public pour le contrôle de l’entrée ; consentement explicite, art. 9.2.a, pour la voie visage et le suivi des visiteurs).</translation>
    </message>
    <message>
        <source>3. Data and people concerned</source>
        <translation>3. Données et personnes concernées</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>of whom minors</source>
        <translation>dont mineurs</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Visitor records held</source>
        <translation>Fiches de visiteurs détenues</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Where it is held</source>
        <translation>Lieu de conservation</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name, class, date of birth, legal representatives&apos; names (from SIECLE or a staff list)</source>
        <translation>Nom, classe, date de naissance, noms des représentants légaux (issus de SIECLE ou d’une liste du personnel)</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Serial, type, validity dates, revocation</source>
        <translation>Numéro de série, type, dates de validité, révocation</translation>
    </message>
    <message>
        <source>Encrypted database; the signed code on the badge</source>
        <translation>Base chiffrée ; le code signé sur le badge</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Gabarits biométriques</translation>
    </message>
    <message>
        <source>Type 1: sealed in the badge&apos;s code only. Type 2: sealed in the database under a key only the badge carries</source>
        <translation>Type 1 : scellé uniquement dans le code du badge. Type 2 : scellé dans la base sous une clé que seul le badge porte</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Time, lane, method, decision and reasons, face distance and quality; never an image</source>
        <translation>Heure, voie, mode d’identification, décision et motifs, distance et qualité du visage ; jamais d’image</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Name, organisation, person visited, purpose, times, zones, pass; template and sightings only while on site, with consent</source>
        <translation>Nom, organisme, personne visitée, motif, heures, zones, laissez-passer ; gabarit et détections seulement pendant la présence, avec consentement</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Liste de vigilance</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Agents&apos; actions: time, login, action, object</source>
        <translation>Actions des agents : heure, identifiant, action, objet</translation>
    </message>
    <message>
        <source>Encrypted database, hash chain</source>
        <translation>Base chiffrée, chaîne d’empreintes</translation>
    </message>
    <message>
        <source>4. Architectures in use</source>
        <translation>4. Architectures utilisées</translation>
    </message>
    <message>
        <source>Type 1 (template in the badge)</source>
        <translation>Type 1 (gabarit dans le badge)</translation>
    </message>
    <message>
        <source>Type 2 (sealed in the station)</source>
        <translation>Type 2 (scellé dans la station)</translation>
    </message>
    <message>
        <source>Badge only</source>
        <translation>Badge seul</translation>
    </message>
    <message>
        <source>No valid badge</source>
        <translation>Sans badge valable</translation>
    </message>
    <message>
        <source>5. Retention</source>
        <translation>5. Durées de conservation</translation>
    </message>
    <message>
        <source>%1 to %2 days (default %3)</source>
        <translation>de %1 à %2 jours (%3 par défaut)</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Rule in force</source>
        <translation>Règle en vigueur</translation>
    </message>
    <message>
        <source>Bounds</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>The purge runs at start-up and every hour, writes one audit record per run with its counts, and deletes rows from the file (secure delete), not only flags them.</source>
        <translation>La purge s’exécute au démarrage puis toutes les heures, écrit une entrée d’audit par exécution avec ses décomptes, et supprime les lignes du fichier (suppression sécurisée), au lieu de seulement les marquer.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Voit</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>On this station</source>
        <translation>Sur cette station</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>Chiffrement de la base</translation>
    </message>
    <message>
        <source>SQLCipher %1, AES-256, random key in a file readable by the station&apos;s user only or sealed under a passphrase (Argon2id)</source>
        <translation>SQLCipher %1, AES-256, clé aléatoire dans un fichier lisible par le seul utilisateur de la station ou scellée sous une phrase secrète (Argon2id)</translation>
    </message>
    <message>
        <source>Roles and accounts</source>
        <translation>Rôles et comptes</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Argon2id; locked for %1 min after %2 failures</source>
        <translation>Argon2id ; blocage de %1 min après %2 échecs</translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation>Verrouillage de session</translation>
    </message>
    <message>
        <source>After %1 min without activity</source>
        <translation>Après %1 min d’inactivité</translation>
    </message>
    <message>
        <source>BLAKE2b hash chain, %1 records, %2</source>
        <translation>Chaîne d’empreintes BLAKE2b, %1 entrées, %2</translation>
    </message>
    <message>
        <source>verified intact today</source>
        <translation>vérifiée intègre aujourd’hui</translation>
    </message>
    <message>
        <source>BROKEN: investigate</source>
        <translation>ROMPUE : à examiner</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Badges and passes signed with Ed25519</source>
        <translation>Badges et laissez-passer signés avec Ed25519</translation>
    </message>
    <message>
        <source>No signing key yet (no badge issued)</source>
        <translation>Pas encore de clé de signature (aucun badge émis)</translation>
    </message>
    <message>
        <source>Sealed templates</source>
        <translation>Gabarits scellés</translation>
    </message>
    <message>
        <source>XChaCha20-Poly1305, in the badge (type 1) or under the badge&apos;s key (type 2)</source>
        <translation>XChaCha20-Poly1305, dans le badge (type 1) ou sous la clé du badge (type 2)</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Secure delete; purge hourly; erasure leaves no trace of the person</source>
        <translation>Suppression sécurisée ; purge toutes les heures ; l’effacement ne laisse aucune trace de la personne</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Illegitimate access to data</source>
        <translation>Accès illégitime aux données</translation>
    </message>
    <message>
        <source>Unwanted change of data</source>
        <translation>Modification non désirée des données</translation>
    </message>
    <message>
        <source>Disappearance of data</source>
        <translation>Disparition des données</translation>
    </message>
    <message>
        <source>Misidentification at the lane</source>
        <translation>Erreur d’identification à la voie</translation>
    </message>
    <message>
        <source>TO BE COMPLETED BY THE DPO</source>
        <translation>À COMPLÉTER PAR LE DPO</translation>
    </message>
    <message>
        <source>Cannot write the AIPD %1: %2</source>
        <translation>Impossible d’écrire l’AIPD %1 : %2</translation>
    </message>
    <message>
        <source>Invalid badge</source>
        <translation>Badge non valable</translation>
    </message>
    <message>
        <source>Invalid visitor pass</source>
        <translation>Laissez-passer visiteur non valable</translation>
    </message>
    <message>
        <source>Restricted zone</source>
        <translation>Zone réservée</translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation>Dépassement d’horaire</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Visitor records</source>
        <translation>Fiches des visiteurs</translation>
    </message>
    <message>
        <source>Visitor face templates</source>
        <translation>Gabarits biométriques des visiteurs</translation>
    </message>
    <message>
        <source>Visitor sightings</source>
        <translation>Détections des visiteurs</translation>
    </message>
    <message>
        <source>Consents of people who left</source>
        <translation>Consentements des personnes sorties de l’établissement</translation>
    </message>
    <message>
        <source>Enrolment attempts of people who left</source>
        <translation>Tentatives d’inscription des personnes sorties de l’établissement</translation>
    </message>
    <message>
        <source>Face templates of people who left</source>
        <translation>Gabarits biométriques des personnes sorties de l’établissement</translation>
    </message>
    <message>
        <source>Revoked or expired badges</source>
        <translation>Badges révoqués ou expirés</translation>
    </message>
    <message>
        <source>Camera outages</source>
        <translation>Pannes de caméra</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Passages and overrides</source>
        <translation>Passages et dérogations</translation>
    </message>
    <message>
        <source>Visitor face templates and sightings</source>
        <translation>Gabarits biométriques et détections des visiteurs</translation>
    </message>
    <message>
        <source>Consents and enrolment attempts of people who left</source>
        <translation>Consentements et tentatives d’inscription des personnes sorties de l’établissement</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the passage, with its override.</source>
        <translation>
            <numerusform>Supprimé %n jour après le passage, avec sa dérogation.</numerusform>
            <numerusform>Supprimé %n jours après le passage, avec sa dérogation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the visitor left; never while on site.</source>
        <translation>
            <numerusform>Supprimé %n jour après le départ du visiteur ; jamais pendant sa présence.</numerusform>
            <numerusform>Supprimé %n jours après le départ du visiteur ; jamais pendant sa présence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted at check-out, at the end of the visit&apos;s day at the latest.</source>
        <translation>Supprimé à la sortie du visiteur, au plus tard à la fin du jour de la visite.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the person left (a face template goes the day they leave).</source>
        <translation>
            <numerusform>Supprimé %n jour après la sortie de la personne (un gabarit biométrique est supprimé le jour de sa sortie).</numerusform>
            <numerusform>Supprimé %n jours après la sortie de la personne (un gabarit biométrique est supprimé le jour de sa sortie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after revocation or expiry; still refused at the gate afterwards.</source>
        <translation>
            <numerusform>Supprimé %n jour après la révocation ou l’expiration ; toujours refusé à l’entrée ensuite.</numerusform>
            <numerusform>Supprimé %n jours après la révocation ou l’expiration ; toujours refusé à l’entrée ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the outage ended.</source>
        <translation>
            <numerusform>Supprimé %n jour après la fin de la panne.</numerusform>
            <numerusform>Supprimé %n jours après la fin de la panne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the record was written, oldest first.</source>
        <translation>
            <numerusform>Supprimé %n jour après l’écriture de l’entrée, les plus anciennes d’abord.</numerusform>
            <numerusform>Supprimé %n jours après l’écriture de l’entrée, les plus anciennes d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are kept for a fixed time (PRIVACY.md): it cannot be changed.</source>
        <translation>%1 : durée de conservation fixe (PRIVACY.md), elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>%1: the period must be between %2 and %3 days.</source>
        <translation>%1 : la durée doit être comprise entre %2 et %3 jours.</translation>
    </message>
    <message>
        <source>Control of entry to the school at the gate: badge or QR code, with a one-to-one face comparison only for those who consented (face lane).</source>
        <translation>Contrôle de l’entrée dans l’établissement : badge ou QR code, avec une comparaison faciale en un contre un uniquement pour les personnes qui ont consenti (voie visage).</translation>
    </message>
    <message>
        <source>Reports on the gate&apos;s working for the school&apos;s management and the declared experiment: counts, never a person&apos;s movements.</source>
        <translation>Rapports sur le fonctionnement de l’entrée pour la direction de l’établissement et pour l’expérimentation déclarée : des décomptes, jamais les déplacements d’une personne.</translation>
    </message>
    <message>
        <source>Registration of visitors, their pass, and the list of people on site in case of evacuation.</source>
        <translation>Enregistrement des visiteurs, leur laissez-passer, et la liste des personnes présentes en cas d’évacuation.</translation>
    </message>
    <message>
        <source>With the visitor&apos;s consent only: following the visitor inside the school with the indoor cameras while on site.</source>
        <translation>Avec le seul consentement du visiteur : son suivi dans l’établissement par les caméras intérieures pendant sa présence.</translation>
    </message>
    <message>
        <source>No one outside the station: the data stays on the school&apos;s station, read only by its reception agents, the principal (counts only) and the data protection officer.</source>
        <translation>Personne en dehors de la station : les données restent sur la station de l’établissement, consultées uniquement par ses agents d’accueil, le chef d’établissement (décomptes seulement) et le délégué à la protection des données.</translation>
    </message>
    <message>
        <source>The school&apos;s records (SIECLE or a staff list), the enrolment at the desk, and the gate.</source>
        <translation>Les fichiers de l’établissement (SIECLE ou une liste du personnel), l’inscription à l’accueil et l’entrée.</translation>
    </message>
    <message>
        <source>The registration at the desk, the gate and the indoor cameras.</source>
        <translation>L’enregistrement à l’accueil, l’entrée et les caméras intérieures.</translation>
    </message>
    <message>
        <source>Access, rectification, erasure, restriction and objection: ask the data protection officer. A complaint can be made to the CNIL (www.cnil.fr).</source>
        <translation>Accès, rectification, effacement, limitation et opposition : adressez-vous au délégué à la protection des données. Une réclamation peut être adressée à la CNIL (www.cnil.fr).</translation>
    </message>
    <message>
        <source>A face template is never exported, only whether the station holds one. With a type 1 badge the template is in your badge&apos;s code, not in the station.</source>
        <translation>Un gabarit biométrique n’est jamais exporté : seule est indiquée sa présence dans la station. Avec un badge de type 1, le gabarit est dans le code de votre badge, pas dans la station.</translation>
    </message>
    <message>
        <source>Face lane, template in the badge (type 1)</source>
        <translation>Voie visage, gabarit dans le badge (type 1)</translation>
    </message>
    <message>
        <source>Face lane, template in the station sealed by the badge (type 2)</source>
        <translation>Voie visage, gabarit dans la station scellé par le badge (type 2)</translation>
    </message>
    <message>
        <source>Badge scanner</source>
        <translation>Lecteur de badges</translation>
    </message>
    <message>
        <source>Code read by the camera</source>
        <translation>Code lu par la caméra</translation>
    </message>
    <message>
        <source>Code typed by the agent</source>
        <translation>Code saisi par l’agent</translation>
    </message>
    <message>
        <source>Entered by the agent</source>
        <translation>Identité vérifiée par l’agent</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>In person at the desk</source>
        <translation>En personne à l’accueil</translation>
    </message>
    <message>
        <source>SIECLE (the school&apos;s student records)</source>
        <translation>SIECLE (le fichier des élèves de l’établissement)</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>Liste du personnel</translation>
    </message>
    <message>
        <source>Entered at the desk</source>
        <translation>Saisi à l’accueil</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Donnée détenue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Left the school on</source>
        <translation>Sortie de l’établissement le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Last updated on</source>
        <translation>Dernière mise à jour le</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Revoked %1 (%2)</source>
        <translation>Révoqué le %1 (%2)</translation>
    </message>
    <message>
        <source>No badge was issued.</source>
        <translation>Aucun badge n’a été émis.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>No consent was recorded: badge only.</source>
        <translation>Aucun consentement n’a été enregistré : badge seul.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>How, agent</source>
        <translation>Mode de recueil, agent</translation>
    </message>
    <message>
        <source>Face template</source>
        <translation>Gabarit biométrique</translation>
    </message>
    <message>
        <source>The station holds a face template of this person, sealed so that it opens only with their badge (type 2). It is not reproduced here.</source>
        <translation>La station détient un gabarit biométrique de cette personne, scellé pour ne s’ouvrir qu’avec son badge (type 2). Il n’est pas reproduit ici.</translation>
    </message>
    <message>
        <source>The station holds no face template of this person. A type 1 badge carries its own sealed template in its code; the station keeps no copy.</source>
        <translation>La station ne détient aucun gabarit biométrique de cette personne. Un badge de type 1 porte son propre gabarit scellé dans son code ; la station n’en garde aucune copie.</translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation>Tentatives d’inscription</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Personne visitée</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Expected departure</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Zones allowed</source>
        <translation>Zones autorisées</translation>
    </message>
    <message>
        <source>Followed by the indoor cameras</source>
        <translation>Suivi par les caméras intérieures</translation>
    </message>
    <message>
        <source>Yes, with consent</source>
        <translation>Oui, avec consentement</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>The station holds a sealed face template of this visitor while on site; it is deleted at check-out.</source>
        <translation>La station détient un gabarit biométrique scellé de ce visiteur pendant sa présence ; il est supprimé à sa sortie.</translation>
    </message>
    <message>
        <source>The station holds no face template of this visitor.</source>
        <translation>La station ne détient aucun gabarit biométrique de ce visiteur.</translation>
    </message>
    <message>
        <source>Sightings by the indoor cameras</source>
        <translation>Détections par les caméras intérieures</translation>
    </message>
    <message>
        <source>Subject access — %1</source>
        <translation>Droit d’accès — %1</translation>
    </message>
    <message>
        <source>Everything Portique holds about %1 (%2) on %3, for %4</source>
        <translation>Tout ce que Portique détient sur %1 (%2) le %3, pour %4</translation>
    </message>
    <message>
        <source>Passages at the gate</source>
        <translation>Passages à l’entrée</translation>
    </message>
    <message>
        <source>, face lane</source>
        <translation>, voie visage</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Agent&apos;s override</source>
        <translation>Dérogation de l’agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How long each is kept</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Why, for whom, and your rights</source>
        <translation>Pourquoi, pour qui, et vos droits</translation>
    </message>
    <message>
        <source>Portique — subject access — %1</source>
        <translation>Portique — droit d’accès — %1</translation>
    </message>
    <message>
        <source>Cannot write the subject access document %1: %2</source>
        <translation>Impossible d’écrire le document du droit d’accès %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>This document lists every record the school&apos;s Portique station holds about this person. The same records are in the JSON file that comes with it, every field included.</source>
        <translation>Ce document liste tous les enregistrements que la station Portique de l&apos;établissement détient sur cette personne. Les mêmes enregistrements figurent, avec tous leurs champs, dans le fichier JSON qui l&apos;accompagne.</translation>
    </message>
    <message>
        <source>This document lists every record the school&apos;s Portique station holds about this visitor. The same records are in the JSON file that comes with it, every field included.</source>
        <translation>Ce document liste tous les enregistrements que la station Portique de l&apos;établissement détient sur ce visiteur. Les mêmes enregistrements figurent, avec tous leurs champs, dans le fichier JSON qui l&apos;accompagne.</translation>
    </message>
    <message>
        <source>Audit trail records about this person</source>
        <translation>Enregistrements du journal d&apos;audit concernant cette personne</translation>
    </message>
    <message>
        <source>Audit trail records about this visitor</source>
        <translation>Enregistrements du journal d&apos;audit concernant ce visiteur</translation>
    </message>
    <message>
        <source>Badge used at two lanes</source>
        <translation>Badge utilisé à deux voies</translation>
    </message>
    <message>
        <source>Face model changed</source>
        <translation>Modèle facial changé</translation>
    </message>
    <message>
        <source>Older database restored: erasures and revocations done again</source>
        <translation>Base plus ancienne restaurée : effacements et révocations refaits</translation>
    </message>
    <message>
        <source>Forget ledger damaged</source>
        <translation>Registre d’oubli endommagé</translation>
    </message>
    <message>
        <source>Forget ledger could not be written</source>
        <translation>Le registre d’oubli n’a pas pu être écrit</translation>
    </message>
    <message numerus="yes">
        <source>The forget ledger %1 could not be written: %2. The %n erasure(s) or revocation(s) not in it are kept in the database and written at the next start; until then, restoring an older copy of the database would bring them back.</source>
        <translation>
            <numerusform>Le registre d’oubli %1 n’a pas pu être écrit : %2. L’effacement ou la révocation qui n’y figure pas est gardé dans la base et écrit au prochain démarrage ; d’ici là, restaurer une copie plus ancienne de la base le ferait revenir.</numerusform>
            <numerusform>Le registre d’oubli %1 n’a pas pu être écrit : %2. Les %n effacements ou révocations qui n’y figurent pas sont gardés dans la base et écrits au prochain démarrage ; d’ici là, restaurer une copie plus ancienne de la base les ferait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Laissez-passer visiteur</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel d’évacuation</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Rapport quotidien</translation>
    </message>
    <message>
        <source>Experiment report</source>
        <translation>Rapport d’expérimentation</translation>
    </message>
    <message>
        <source>AIPD</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export du droit d’accès</translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Output log entries (files written)</source>
        <translation>Entrées du journal des fichiers écrits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Visitor %1 could not be checked out again</source>
        <translation>Le visiteur %1 n’a pas pu être sorti à nouveau</translation>
    </message>
    <message>
        <source>Badge %1 could not be revoked again</source>
        <translation>Le badge %1 n’a pas pu être révoqué à nouveau</translation>
    </message>
    <message>
        <source>An erased visitor could not be checked out again</source>
        <translation>Un visiteur effacé n’a pas pu être sorti à nouveau</translation>
    </message>
    <message>
        <source>An erasure could not be done again</source>
        <translation>Un effacement n’a pas pu être refait</translation>
    </message>
    <message>
        <source>A withdrawn consent could not be withdrawn again</source>
        <translation>Un consentement retiré n&apos;a pas pu être retiré à nouveau</translation>
    </message>
    <message>
        <source>%1 (UAI %2) — version %3, pre-filled by Portique on %4 for %5</source>
        <translation>%1 (UAI %2) — version %3, préremplie par Portique le %4 pour %5</translation>
    </message>
    <message>
        <source>Portique filled in what the station can state from its live configuration and records on the day above: purposes, data, architectures in use, retention, recipients, rights, security measures, cameras and zones, the experiment&apos;s bounds and measured figures, and a proposed level for each risk with its reason. Each part marked &quot;%1&quot; is for the data protection officer and the controller to write; the levels are proposals, the assessment is theirs, not the software&apos;s. Each saved version is recorded in the audit trail with the file&apos;s SHA-256.</source>
        <translation>Portique a rempli ce que la station peut établir à partir de sa configuration et de ses enregistrements à la date ci-dessus : finalités, données, architectures utilisées, durées de conservation, destinataires, droits, mesures de sécurité, caméras et zones, cadre et chiffres mesurés de l’expérimentation, ainsi qu’un niveau proposé pour chaque risque, avec sa justification. Chaque partie marquée « %1 » est à rédiger par le délégué à la protection des données et le responsable du traitement ; les niveaux sont des propositions : l’analyse leur appartient, pas au logiciel. Chaque version enregistrée est inscrite au journal d’audit avec l’empreinte SHA-256 du fichier.</translation>
    </message>
    <message>
        <source>Control of entry to %1 by badge or QR code, with an optional face lane where the live face is compared one to one with the template of the badge just presented; registration of visitors, their passes, and, with their consent only, their following by indoor cameras while on site. No central readable biometric base (CNIL type 3) exists.</source>
        <translation>Contrôle de l’accès à l’établissement %1 par badge ou QR code, avec une voie visage facultative où le visage en direct est comparé en un contre un au gabarit du badge qui vient d’être présenté ; enregistrement des visiteurs, leurs laissez-passer et, avec leur seul consentement, leur suivi par les caméras intérieures pendant leur présence. Il n’existe aucune base biométrique centrale lisible (type 3 au sens de la CNIL).</translation>
    </message>
    <message>
        <source>Face lane (opt-in speed lane, only inside a declared experiment): a one-to-one comparison with the template of the presented badge, for people whose consent is in force; anyone else uses the badge lane, which looks and works the same. The station counts descriptions by reason (Station tab, portiquectl bench gate).</source>
        <translation>Voie visage (voie rapide sur la base du volontariat, uniquement dans le cadre d’une expérimentation déclarée) : une comparaison en un contre un avec le gabarit du badge présenté, pour les personnes dont le consentement est en vigueur ; toutes les autres utilisent la voie badge, qui a la même apparence et fonctionne de la même façon. La station compte les descriptions de visages par motif (onglet Station, portiquectl bench gate).</translation>
    </message>
    <message>
        <source>Watchlist: banned people and custody restrictions entered by the school, checked when a visitor registers; every possible match is decided by an agent.</source>
        <translation>Liste de vigilance : personnes interdites d’accès et restrictions de garde saisies par l’établissement, vérifiées lors de l’enregistrement d’un visiteur ; chaque correspondance possible est tranchée par un agent.</translation>
    </message>
    <message>
        <source>128 numbers computed from the face, bound to the model version</source>
        <translation>128 nombres calculés à partir du visage, liés à la version du modèle</translation>
    </message>
    <message>
        <source>Who, when, for what, guardian for a minor, channel, agent, withdrawal or lapse</source>
        <translation>Qui, quand, pour quoi, représentant légal pour un mineur, mode de recueil, agent, retrait ou échéance</translation>
    </message>
    <message>
        <source>Banned people and custody restrictions entered by the school: %1 entries, %2 with a reference photo (a face image), %3 with a template</source>
        <translation>Personnes interdites d’accès et restrictions de garde saisies par l’établissement : %1 fiches, dont %2 avec une photo de référence (une image du visage) et %3 avec un gabarit</translation>
    </message>
    <message>
        <source>Counted on the valid badges of people still at the school. Consents in force: %1; ended (withdrawn, objected to or lapsed): %2. Comparison thresholds: a face matches at a distance of %3 or less, is refused at %4 or more, the agent decides in between; indoor sightings need %5 or less.</source>
        <translation>Décompte établi sur les badges valables des personnes encore présentes dans l’établissement. Consentements en vigueur : %1 ; terminés (retirés, objets d’une opposition ou arrivés à échéance) : %2. Seuils de comparaison : un visage correspond à une distance de %3 ou moins, il est refusé à %4 ou plus, et l’agent décide entre les deux ; une détection intérieure exige %5 ou moins.</translation>
    </message>
    <message>
        <source>6. Recipients and processors</source>
        <translation>6. Destinataires et sous-traitants</translation>
    </message>
    <message>
        <source>Outside the school: none by default. The station transfers nothing by itself: no cloud service, no sub-processor, no transfer outside the European Union. The region, or whoever evaluates the experiment, receives only what the school hands over: the experiment report, which holds figures and no name.</source>
        <translation>Hors de l’établissement : aucun par défaut. La station ne transmet rien d’elle-même : aucun service cloud, aucun sous-traitant ultérieur, aucun transfert hors de l’Union européenne. La région, ou quiconque évalue l’expérimentation, ne reçoit que ce que l’établissement lui remet : le rapport d’expérimentation, qui contient des chiffres et aucun nom.</translation>
    </message>
    <message>
        <source>Inside the school, every signed-in account, whatever its role, sees %1. Besides, from the permissions of its role:</source>
        <translation>Dans l’établissement, tout compte connecté, quel que soit son rôle, voit %1. En outre, selon les permissions de son rôle :</translation>
    </message>
    <message>
        <source>The station&apos;s maintainer, if any (the company or the académie&apos;s service that installs and repairs it and may reach its files): name, contract, what they may access. No setting of the station names one.</source>
        <translation>Le prestataire de maintenance de la station, s’il y en a un (l’entreprise ou le service de l’académie qui l’installe, la répare et peut accéder à ses fichiers) : nom, contrat, ce à quoi il peut accéder. Aucun paramètre de la station ne le désigne.</translation>
    </message>
    <message>
        <source>7. Rights of the people concerned</source>
        <translation>7. Droits des personnes concernées</translation>
    </message>
    <message>
        <source>Requests go to the DPO or the head of school; the DPO exercises each right at the station (Privacy tab, Subject rights) or on the command line, and each is recorded in the audit trail. Anyone may also complain to the CNIL. Restricted today: %1.</source>
        <translation>Les demandes sont adressées au DPO ou au chef d’établissement ; le DPO met en œuvre chaque droit sur la station (onglet Confidentialité, Droits des personnes) ou en ligne de commande, et chaque demande traitée est inscrite au journal d’audit. Toute personne peut aussi adresser une réclamation à la CNIL. Personnes dont le traitement est limité à ce jour : %1.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>What the station does</source>
        <translation>Ce que fait la station</translation>
    </message>
    <message>
        <source>Access (art. 15)</source>
        <translation>Accès (art. 15)</translation>
    </message>
    <message>
        <source>Everything held about a person or visitor, with the purposes, recipients and retention periods, as JSON and PDF</source>
        <translation>Tout ce qui est détenu sur une personne ou un visiteur, avec les finalités, les destinataires et les durées de conservation, en JSON et en PDF</translation>
    </message>
    <message>
        <source>Subject rights: Export · portiquectl subject export PERSON_ID --out DIR</source>
        <translation>Droits des personnes : Exporter · portiquectl subject export PERSON_ID --out DIR</translation>
    </message>
    <message>
        <source>Rectification (art. 16)</source>
        <translation>Rectification (art. 16)</translation>
    </message>
    <message>
        <source>The DPO corrects names, class or date of birth; a later SIECLE import shows the corrected field and keeps it</source>
        <translation>Le DPO corrige les noms, la classe ou la date de naissance ; un import SIECLE ultérieur signale le champ corrigé et le conserve</translation>
    </message>
    <message>
        <source>Subject rights: Rectify · portiquectl subject rectify PERSON_ID --field F --value V</source>
        <translation>Droits des personnes : Rectifier · portiquectl subject rectify PERSON_ID --field F --value V</translation>
    </message>
    <message>
        <source>Erasure (art. 17)</source>
        <translation>Effacement (art. 17)</translation>
    </message>
    <message>
        <source>The person&apos;s data erased everywhere (templates, consents, passages; badges revoked); the audit trail keeps one record without the name; the files the station wrote naming them are listed</source>
        <translation>Les données de la personne effacées partout (gabarits, consentements, passages ; badges révoqués) ; le journal d’audit garde une entrée sans le nom ; les fichiers écrits par la station qui la nomment sont listés</translation>
    </message>
    <message>
        <source>Subject rights: Erase · portiquectl subject erase PERSON_ID --yes</source>
        <translation>Droits des personnes : Effacer · portiquectl subject erase PERSON_ID --yes</translation>
    </message>
    <message>
        <source>Restriction (art. 18)</source>
        <translation>Limitation (art. 18)</translation>
    </message>
    <message>
        <source>The data is kept and processed for nothing else: the gate decides on the badge alone, the person is left out of reports; lifted the same way</source>
        <translation>Les données sont conservées mais ne servent à rien d’autre : l’entrée est décidée sur le seul badge, la personne est exclue des rapports ; la limitation se lève de la même façon</translation>
    </message>
    <message>
        <source>Subject rights: Restrict · portiquectl subject restrict PERSON_ID [--lift]</source>
        <translation>Droits des personnes : Limiter · portiquectl subject restrict PERSON_ID [--lift]</translation>
    </message>
    <message>
        <source>Objection (art. 21) and withdrawal (art. 7)</source>
        <translation>Opposition (art. 21) et retrait du consentement (art. 7)</translation>
    </message>
    <message>
        <source>The consent to the face lane is withdrawn at once, without a reason; the same badge then works badge-only, with no refusal and no alert</source>
        <translation>Le consentement à la voie visage est retiré immédiatement, sans motif à donner ; le même badge fonctionne ensuite en badge seul, sans refus ni alerte</translation>
    </message>
    <message>
        <source>Subject rights: Object · portiquectl subject object PERSON_ID; at the desk: People tab, or portiquectl consent withdraw</source>
        <translation>Droits des personnes : S’opposer · portiquectl subject object PERSON_ID ; à l’accueil : onglet Personnes, ou portiquectl consent withdraw</translation>
    </message>
    <message>
        <source>8. Security measures present</source>
        <translation>8. Mesures de sécurité en place</translation>
    </message>
    <message>
        <source>Four roles; the DPO and the administrator cannot do each other&apos;s job; every screen and command checks its permission</source>
        <translation>Quatre rôles ; le DPO et l’administrateur ne peuvent pas faire le travail l’un de l’autre ; chaque écran et chaque commande vérifient la permission requise</translation>
    </message>
    <message>
        <source>Portique — AIPD version %1 — %2</source>
        <translation>Portique — AIPD version %1 — %2</translation>
    </message>
    <message>
        <source>Encryption, roles, session lock, lockout, audit trail, templates sealed</source>
        <translation>Chiffrement, rôles, verrouillage de session, blocage des comptes, journal d’audit, gabarits scellés</translation>
    </message>
    <message>
        <source>the station holds biometric data (%1 type-2 templates, %2 watchlist templates, %3 visitor templates) and %4 face photos</source>
        <translation>la station détient des données biométriques (%1 gabarits de type 2, %2 gabarits de la liste de vigilance, %3 gabarits de visiteurs) et %4 photos de visages</translation>
    </message>
    <message>
        <source>identity, badges and passages only: no biometric data, no minor</source>
        <translation>identité, badges et passages seulement : aucune donnée biométrique, aucun mineur</translation>
    </message>
    <message>
        <source>a measure is missing or the audit chain is broken</source>
        <translation>une mesure manque ou la chaîne du journal d’audit est rompue</translation>
    </message>
    <message>
        <source>the database is encrypted and every account is locked after %1 failures and %2 min idle, but the station stands at the desk with its key file</source>
        <translation>la base est chiffrée et chaque compte est bloqué après %1 échecs et verrouillé après %2 min d’inactivité, mais la station se trouve à l’accueil avec son fichier de clé</translation>
    </message>
    <message>
        <source>Hash-chained audit trail, signed badges and passes, rectification audited</source>
        <translation>Journal d’audit chaîné par empreintes, badges et laissez-passer signés, rectifications journalisées</translation>
    </message>
    <message>
        <source>A changed record could wrongly refuse or admit someone; every change is audited and the chain of %1 records was verified intact when this document was made.</source>
        <translation>Un enregistrement modifié pourrait faire refuser ou admettre quelqu’un à tort ; chaque modification est journalisée et la chaîne de %1 entrées a été vérifiée intègre lors de l’établissement de ce document.</translation>
    </message>
    <message>
        <source>A changed record could wrongly refuse or admit someone; the audit chain is BROKEN today.</source>
        <translation>Un enregistrement modifié pourrait faire refuser ou admettre quelqu’un à tort ; la chaîne du journal d’audit est ROMPUE à ce jour.</translation>
    </message>
    <message>
        <source>Single encrypted file; a restore replays the erasures done since the backup</source>
        <translation>Fichier chiffré unique ; une restauration refait les effacements effectués depuis la sauvegarde</translation>
    </message>
    <message>
        <source>Without the database badges cannot be checked and the proof of %1 consents is lost; the station makes no backup itself and cannot know whether the school backs the file up.</source>
        <translation>Sans la base, les badges ne peuvent plus être vérifiés et la preuve de %1 consentements est perdue ; la station ne fait elle-même aucune sauvegarde et ne peut pas savoir si l’établissement sauvegarde le fichier.</translation>
    </message>
    <message>
        <source>One-to-one only, after the badge; uncertain band decided by the agent; overrides recorded</source>
        <translation>Comparaison en un contre un seulement, après le badge ; zone d’incertitude tranchée par l’agent ; dérogations enregistrées</translation>
    </message>
    <message>
        <source>The face never decides alone: a wrong match also needs the other person&apos;s badge, a wrong rejection sends the person to the agent.</source>
        <translation>Le visage ne décide jamais seul : une fausse correspondance suppose aussi le badge de l’autre personne, un faux rejet renvoie la personne vers l’agent.</translation>
    </message>
    <message>
        <source>No face comparison in the experiment&apos;s period yet: FNMR and FMR are not measured.</source>
        <translation>Aucune comparaison de visage n’a encore eu lieu pendant la période de l’expérimentation : le FNMR et le FMR ne sont pas mesurés.</translation>
    </message>
    <message>
        <source>No experiment is declared: FNMR and FMR are not measured on this station.</source>
        <translation>Aucune expérimentation n’est déclarée : le FNMR et le FMR ne sont pas mesurés sur cette station.</translation>
    </message>
    <message>
        <source>Measured in the experiment: FNMR %1 % (%2 of %3 genuine comparisons), FMR %4 % (%5 of %6 face grants overridden as a wrong match).</source>
        <translation>Mesuré pendant l’expérimentation : FNMR %1 % (%2 sur %3 comparaisons authentiques), FMR %4 % (%5 sur %6 entrées autorisées par le visage, annulées par dérogation pour erreur de correspondance).</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Consent not freely given</source>
        <translation>Consentement non libre</translation>
    </message>
    <message>
        <source>Badge lane by default and equal; consent letter taken home; withdrawal at once, without a reason, leaving no trace at the lane</source>
        <translation>Voie badge par défaut et équivalente ; lettre de consentement emportée à la maison ; retrait immédiat, sans motif, sans aucune trace à la voie</translation>
    </message>
    <message>
        <source>Students are under the school&apos;s authority (TA Marseille, 27 February 2020); no consent is recorded yet.</source>
        <translation>Les élèves sont placés sous l’autorité de l’établissement (TA Marseille, 27 février 2020) ; aucun consentement n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Students are under the school&apos;s authority (TA Marseille, 27 February 2020). Of %1 consents recorded, %2 (%3 %) were given at the desk and %4 on a paper form returned from home; %5 withdrawn or lapsed.</source>
        <translation>Les élèves sont placés sous l’autorité de l’établissement (TA Marseille, 27 février 2020). Sur %1 consentements enregistrés, %2 (%3 %) ont été donnés à l’accueil et %4 sur un formulaire papier rapporté de la maison ; %5 retirés ou arrivés à échéance.</translation>
    </message>
    <message>
        <source>Unequal error rates between groups</source>
        <translation>Taux d’erreur inégaux selon les groupes</translation>
    </message>
    <message>
        <source>The face never decides alone; every rejection goes to the agent</source>
        <translation>Le visage ne décide jamais seul ; chaque rejet est renvoyé à l’agent</translation>
    </message>
    <message>
        <source>Measured: FNMR and FMR over everyone together (experiment report).</source>
        <translation>Mesuré : FNMR et FMR sur l’ensemble des personnes, sans distinction (rapport d’expérimentation).</translation>
    </message>
    <message>
        <source>Measured: nothing yet on this station.</source>
        <translation>Mesuré : rien encore sur cette station.</translation>
    </message>
    <message>
        <source>Not measured: any difference by age, sex or skin colour. The station records none of these, and the face model&apos;s published figures are on adults, not on teenagers; the level cannot be lowered until it is measured.</source>
        <translation>Non mesuré : toute différence selon l’âge, le sexe ou la couleur de peau. La station n’enregistre aucune de ces données, et les chiffres publiés du modèle facial portent sur des adultes, non sur des adolescents ; le niveau ne peut pas être abaissé tant que cela n’est pas mesuré.</translation>
    </message>
    <message>
        <source>Someone else entering with a replayed video of the badge holder</source>
        <translation>Entrée d’une autre personne avec une vidéo rejouée du titulaire du badge</translation>
    </message>
    <message>
        <source>The holder&apos;s badge is needed first; a blink within the face window; the agent watches the lane</source>
        <translation>Le badge du titulaire est exigé d’abord ; un clignement dans la fenêtre du visage ; l’agent surveille la voie</translation>
    </message>
    <message>
        <source>No valid face-lane badge: every entrance is decided on the badge.</source>
        <translation>Aucun badge voie visage valable : chaque entrée est décidée sur le badge.</translation>
    </message>
    <message>
        <source>Not measured on this station (portiquectl bench pad --record): the worst is assumed.</source>
        <translation>Non mesuré sur cette station (portiquectl bench pad --record) : le pire est supposé.</translation>
    </message>
    <message>
        <source>Measured on %1: a replayed video was granted in %2 % of %3 attempts; it also needs the holder&apos;s badge.</source>
        <translation>Mesuré le %1 : une vidéo rejouée a été acceptée dans %2 % de %3 tentatives ; il faut aussi le badge du titulaire.</translation>
    </message>
    <message>
        <source>One station key for every type-1 badge</source>
        <translation>Une seule clé de station pour tous les badges de type 1</translation>
    </message>
    <message>
        <source>The key never leaves the encrypted database; badges are revoked by serial</source>
        <translation>La clé ne quitte jamais la base chiffrée ; les badges sont révoqués par numéro de série</translation>
    </message>
    <message>
        <source>No valid type-1 badge depends on the station&apos;s template key.</source>
        <translation>Aucun badge de type 1 valable ne dépend de la clé de gabarits de la station.</translation>
    </message>
    <message>
        <source>Someone taken for a visitor by an indoor camera</source>
        <translation>Une personne prise pour un visiteur par une caméra intérieure</translation>
    </message>
    <message>
        <source>Compared only with the consenting visitors on site; a face that matches none is dropped at once</source>
        <translation>Comparaison avec les seuls visiteurs présents qui ont consenti ; un visage qui ne correspond à aucun est aussitôt écarté</translation>
    </message>
    <message>
        <source>No indoor camera is configured: nobody is followed indoors.</source>
        <translation>Aucune caméra intérieure n’est configurée : personne n’est suivi à l’intérieur.</translation>
    </message>
    <message>
        <source>negligible</source>
        <translation>négligeable</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limitée</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximale</translation>
    </message>
    <message>
        <source>the column of the last %1 alerts and %2 passages, with the names of the people, visitors and watchlist entries concerned, hidden while the station is locked</source>
        <translation>la colonne des %1 dernières alertes et des %2 derniers passages, avec les noms des personnes, des visiteurs et des fiches de la liste de vigilance concernés, masquée quand la station est verrouillée</translation>
    </message>
    <message>
        <source>the Station tab: health of the database, cameras and audit chain, descriptions counted by reason</source>
        <translation>l’onglet Station : état de la base, des caméras et de la chaîne du journal d’audit, descriptions de visages comptées par motif</translation>
    </message>
    <message>
        <source>the lanes (the person at the lane, the decision and its reasons), overrides, visitors&apos; registration and who is on site</source>
        <translation>les voies (la personne à la voie, la décision et ses motifs), les dérogations, l’enregistrement des visiteurs et la liste des personnes présentes</translation>
    </message>
    <message>
        <source>the people registry, enrolment, badges, consents collected or withdrawn at the desk</source>
        <translation>le registre des personnes, l’inscription, les badges, les consentements recueillis ou retirés à l’accueil</translation>
    </message>
    <message>
        <source>the daily report: counts and rates, the day&apos;s visitors by name (organisation, person visited, times), the day&apos;s alerts (time, kind, place, reason, the agent who handled it and their note); the experiment report: counts and rates, no name</source>
        <translation>le rapport quotidien : décomptes et taux, les visiteurs du jour nommément (organisme, personne visitée, heures), les alertes du jour (heure, type, lieu, motif, l’agent qui l’a traitée et sa note) ; le rapport d’expérimentation : décomptes et taux, aucun nom</translation>
    </message>
    <message>
        <source>the consent register, subject rights, retention and purge, the AIPD, notices, the experiment&apos;s declaration</source>
        <translation>le registre des consentements, les droits des personnes, les durées de conservation et la purge, l’AIPD, les notices, la déclaration de l’expérimentation</translation>
    </message>
    <message>
        <source>the audit trail&apos;s content and the settings history</source>
        <translation>le contenu du journal d’audit et l’historique des paramètres</translation>
    </message>
    <message>
        <source>the audit chain&apos;s check (counts and hashes, no content)</source>
        <translation>la vérification de la chaîne du journal d’audit (décomptes et empreintes, sans le contenu)</translation>
    </message>
    <message>
        <source>the accounts</source>
        <translation>les comptes</translation>
    </message>
    <message>
        <source>settings, cameras, thresholds, lanes, zones, and the watchlist (names, dates of birth, reference photos)</source>
        <translation>les paramètres, les caméras, les seuils, les voies, les zones et la liste de vigilance (noms, dates de naissance, photos de référence)</translation>
    </message>
    <message>
        <source>A visitor&apos;s desk photo is printed on their pass and not kept; no video is recorded.</source>
        <translation>La photo d’un visiteur prise à l’accueil est imprimée sur son laissez-passer et n’est pas conservée ; aucune vidéo n’est enregistrée.</translation>
    </message>
    <message>
        <source>A visitor&apos;s desk photo is not kept; no video is recorded.</source>
        <translation>La photo d’un visiteur prise à l’accueil n’est pas conservée ; aucune vidéo n’est enregistrée.</translation>
    </message>
    <message>
        <source>No face image is stored: the watchlist holds no reference photo.</source>
        <translation>Aucune image de visage n’est conservée : la liste de vigilance ne contient aucune photo de référence.</translation>
    </message>
    <message>
        <source>No gate camera is configured: every entrance is decided on the badge alone.</source>
        <translation>Aucune caméra d’entrée n’est configurée : chaque entrée est décidée sur le seul badge.</translation>
    </message>
    <message>
        <source>inside the declared experiment (%1 to %2, %3)</source>
        <translation>dans le cadre de l’expérimentation déclarée (du %1 au %2, %3)</translation>
    </message>
    <message>
        <source>every lane</source>
        <translation>toutes les voies</translation>
    </message>
    <message>
        <source>inside a declared experiment only (none is declared: no face is compared today)</source>
        <translation>uniquement dans le cadre d’une expérimentation déclarée (aucune ne l’est : aucun visage n’est comparé aujourd’hui)</translation>
    </message>
    <message numerus="yes">
        <source>Measured by the station in the experiment&apos;s period and lanes (experiment report, %n day(s) with passages), from the badge or code to the decision:</source>
        <translation>
            <numerusform>Mesuré par la station sur la période et les voies de l’expérimentation (rapport d’expérimentation, %n jour avec passages), du badge ou du code jusqu’à la décision :</numerusform>
            <numerusform>Mesuré par la station sur la période et les voies de l’expérimentation (rapport d’expérimentation, %n jours avec passages), du badge ou du code jusqu’à la décision :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a consent form reference issued by this station: print the consent letter from the station and use the form it gives.</source>
        <translation>%1 n’est pas une référence de formulaire de consentement émise par cette station : imprimez la lettre de consentement depuis la station et utilisez le formulaire qu’elle fournit.</translation>
    </message>
    <message>
        <source>The consent form %1 was issued for someone else, not for %2.</source>
        <translation>Le formulaire de consentement %1 a été émis pour une autre personne, pas pour %2.</translation>
    </message>
    <message>
        <source>The consent form %1 was already recorded on %2: a form counts once; print a new letter for a new consent.</source>
        <translation>Le formulaire de consentement %1 a déjà été enregistré le %2 : un formulaire ne compte qu’une fois ; imprimez une nouvelle lettre pour un nouveau consentement.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>end of the experiment</source>
        <translation>fin de l&apos;expérimentation</translation>
    </message>
    <message>
        <source>end of the school year</source>
        <translation>fin de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>18th birthday</source>
        <translation>18 ans</translation>
    </message>
    <message>
        <source>Full notice (GDPR art. 13)</source>
        <translation>Notice complète (RGPD, art. 13)</translation>
    </message>
    <message>
        <source>Notice for students, in plain words</source>
        <translation>Notice pour les élèves, en mots simples</translation>
    </message>
    <message>
        <source>Letter to legal representatives</source>
        <translation>Lettre aux représentants légaux</translation>
    </message>
    <message>
        <source>Sign for the gate (A4)</source>
        <translation>Panneau pour l’entrée (A4)</translation>
    </message>
    <message>
        <source>The head of school is required: every notice names who represents the controller.</source>
        <translation>Le chef d’établissement doit être renseigné : chaque notice nomme qui représente le responsable du traitement.</translation>
    </message>
    <message>
        <source>The DPO&apos;s contact is required: every notice says how to reach the data protection officer.</source>
        <translation>Le contact du DPO doit être renseigné : chaque notice indique comment joindre le délégué à la protection des données.</translation>
    </message>
    <message>
        <source>The head of school</source>
        <translation>Chef d’établissement</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>Adresse de l’établissement</translation>
    </message>
    <message>
        <source>The DPO&apos;s contact</source>
        <translation>Contact du DPO</translation>
    </message>
    <message>
        <source>Where to read the notice</source>
        <translation>Où consulter la notice</translation>
    </message>
    <message>
        <source>%1 must be written on one line.</source>
        <translation>Le champ « %1 » doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>Le champ « %1 » est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>The DPO&apos;s contact must hold an e-mail address or a phone number.</source>
        <translation>Le contact du DPO doit comporter une adresse électronique ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied once set: write the new text instead.</source>
        <translation>Le champ « %1 » ne peut plus être vidé une fois renseigné : écrivez plutôt le nouveau texte.</translation>
    </message>
    <message>
        <source>The notice cannot be printed without: %1. Set them in Privacy &gt; Notices, or with portiquectl notice set.</source>
        <translation>Il manque, pour imprimer la notice : %1. Renseignez ces informations dans Confidentialité &gt; Notices, ou avec portiquectl notice set.</translation>
    </message>
    <message>
        <source>[not set: %1]</source>
        <translation>[non renseigné : %1]</translation>
    </message>
    <message>
        <source>%1 (UAI %2)</source>
        <translation>%1 (UAI %2)</translation>
    </message>
    <message>
        <source>the head of school</source>
        <translation>le chef d’établissement</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact</source>
        <translation>le contact du DPO</translation>
    </message>
    <message>
        <source>%1, represented by its head, %2</source>
        <translation>%1, représenté par son chef d’établissement, %2</translation>
    </message>
    <message>
        <source>%1, %2, represented by its head, %3</source>
        <translation>%1, %2, représenté par son chef d’établissement, %3</translation>
    </message>
    <message>
        <source>at the school&apos;s reception desk</source>
        <translation>à l’accueil de l’établissement</translation>
    </message>
    <message>
        <source>from %1 to %2, on every lane</source>
        <translation>du %1 au %2, sur toutes les voies</translation>
    </message>
    <message>
        <source>from %1 to %2, on the lane %3</source>
        <translation>du %1 au %2, sur la voie %3</translation>
    </message>
    <message>
        <source>from %1 to %2, on the lanes %3</source>
        <translation>du %1 au %2, sur les voies %3</translation>
    </message>
    <message>
        <source>Gate cameras detect and follow everyone in view, only to keep the lanes moving: they identify no one and record no video.</source>
        <translation>Les caméras de l’entrée détectent et suivent les personnes dans leur champ, uniquement pour fluidifier le passage : elles n’identifient personne et n’enregistrent aucune vidéo.</translation>
    </message>
    <message>
        <source>Face lane, for volunteers only, %1: when you present your face-lane badge, your face is compared once with the template in that badge, then forgotten.</source>
        <translation>Voie visage, réservée aux volontaires, %1 : quand vous présentez votre badge voie visage, votre visage est comparé une seule fois au gabarit contenu dans ce badge, puis oublié.</translation>
    </message>
    <message>
        <source>Indoor cameras look only for visitors who agreed to be followed during their visit; any other face is discarded at once.</source>
        <translation>Les caméras intérieures ne recherchent que les visiteurs qui ont accepté d’être suivis pendant leur visite ; tout autre visage est aussitôt écarté.</translation>
    </message>
    <message>
        <source>CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr/plaintes</source>
        <translation>CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr/plaintes</translation>
    </message>
    <message numerus="yes">
        <source>The times you went through the gate: kept %n day(s), then deleted.</source>
        <translation>
            <numerusform>Les heures de tes passages à l’entrée : gardées %n jour, puis effacées.</numerusform>
            <numerusform>Les heures de tes passages à l’entrée : gardées %n jours, puis effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts about a badge problem: kept %n day(s) after they are dealt with.</source>
        <translation>
            <numerusform>Les alertes sur un problème de badge : gardées %n jour après avoir été traitées.</numerusform>
            <numerusform>Les alertes sur un problème de badge : gardées %n jours après avoir été traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your consent form for the face lane: kept %n day(s) after you leave the school, as proof.</source>
        <translation>
            <numerusform>Ton formulaire de consentement pour la voie visage : gardé %n jour après ton départ du lycée, comme preuve.</numerusform>
            <numerusform>Ton formulaire de consentement pour la voie visage : gardé %n jours après ton départ du lycée, comme preuve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An old badge that no longer works: kept %n day(s), so that it stays refused.</source>
        <translation>
            <numerusform>Un ancien badge qui ne marche plus : gardé %n jour, pour qu’il reste refusé.</numerusform>
            <numerusform>Un ancien badge qui ne marche plus : gardé %n jours, pour qu’il reste refusé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of what staff did on the station: kept %n day(s), to check nobody misused it.</source>
        <translation>
            <numerusform>La liste de ce que le personnel a fait sur la station : gardée %n jour, pour vérifier que personne n’en a abusé.</numerusform>
            <numerusform>La liste de ce que le personnel a fait sur la station : gardée %n jours, pour vérifier que personne n’en a abusé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity and class (from the school&apos;s records), badge number</source>
        <translation>Identité et classe (issues des fichiers de l’établissement), numéro de badge</translation>
    </message>
    <message>
        <source>While the person is at the school, updated from the school&apos;s records.</source>
        <translation>Tant que la personne fait partie de l’établissement ; mises à jour à partir des fichiers de l’établissement.</translation>
    </message>
    <message>
        <source>Face template (face lane)</source>
        <translation>Gabarit biométrique (voie visage)</translation>
    </message>
    <message>
        <source>In the person&apos;s badge: the station keeps no copy. If kept at the station (sealed under the badge&apos;s key): deleted when the consent is withdrawn or ends, or the day the person leaves.</source>
        <translation>Dans le badge de la personne : la station n’en garde aucune copie. S’il est conservé dans la station (scellé sous la clé du badge) : supprimé au retrait ou à la fin du consentement, ou le jour où la personne quitte l’établissement.</translation>
    </message>
    <message>
        <source>Camera images</source>
        <translation>Images des caméras</translation>
    </message>
    <message>
        <source>Analysed in memory and forgotten at once: no video is recorded.</source>
        <translation>Analysées en mémoire et aussitôt oubliées : aucune vidéo n’est enregistrée.</translation>
    </message>
    <message>
        <source>Information notice: personal data at the entrance of %1</source>
        <translation>Notice d’information : les données personnelles traitées à l’entrée — %1</translation>
    </message>
    <message>
        <source>GDPR art. 13 — written by Portique from the station&apos;s configuration on %1</source>
        <translation>RGPD, art. 13 — rédigée par Portique à partir de la configuration de la station le %1</translation>
    </message>
    <message>
        <source>1. Who is responsible</source>
        <translation>1. Qui est responsable</translation>
    </message>
    <message>
        <source>The controller is %1.</source>
        <translation>Responsable du traitement : %1.</translation>
    </message>
    <message>
        <source>Data protection officer (DPO): %1. Write to them about any question on your data and to use your rights.</source>
        <translation>Délégué à la protection des données (DPO) : %1. Écrivez-lui pour toute question sur vos données et pour exercer vos droits.</translation>
    </message>
    <message>
        <source>2. What is processed, why, and on what legal basis</source>
        <translation>2. Quelles données sont traitées, pourquoi et sur quelle base légale</translation>
    </message>
    <message>
        <source>Task in the public interest (GDPR art. 6(1)(e)): the head of school ensures the safety of people and premises (Code de l&apos;éducation, art. R421-10).</source>
        <translation>Mission d’intérêt public (RGPD, art. 6.1.e) : le chef d’établissement assure la sécurité des personnes et des biens (Code de l’éducation, art. R421-10).</translation>
    </message>
    <message>
        <source>Entry control by badge or QR code</source>
        <translation>Contrôle de l’entrée par badge ou QR code</translation>
    </message>
    <message>
        <source>Name, class and date of birth (from the school&apos;s records), badge number; each passage: time, lane, decision, an agent&apos;s override.</source>
        <translation>Nom, classe et date de naissance (issus des fichiers de l’établissement), numéro de badge ; pour chaque passage : heure, voie, décision, dérogation éventuelle d’un agent.</translation>
    </message>
    <message>
        <source>Gate cameras</source>
        <translation>Caméras de l’entrée</translation>
    </message>
    <message>
        <source>Images analysed live and not recorded: where faces are in view, to follow the queue; the eyes of the person standing at the lane, to see a blink. No face template of anyone.</source>
        <translation>Images analysées en direct et non enregistrées : la position des visages dans le champ, pour suivre la file d’attente ; les yeux de la personne qui se tient à la voie, pour détecter un clignement. Aucun gabarit biométrique de qui que ce soit.</translation>
    </message>
    <message>
        <source>Face lane (optional, volunteers only), %1</source>
        <translation>Voie visage (facultative, réservée aux volontaires), %1</translation>
    </message>
    <message>
        <source>A face template kept in the volunteer&apos;s own badge, or sealed at the station under a key only the badge carries. Only when the volunteer presents that badge, the live face is compared once with it, then forgotten. Nobody else is ever compared.</source>
        <translation>Un gabarit biométrique conservé dans le badge même du volontaire, ou scellé dans la station sous une clé que seul ce badge porte. Uniquement quand le volontaire présente ce badge, son visage en direct est comparé une fois à ce gabarit, puis oublié. Personne d’autre n’est jamais comparé.</translation>
    </message>
    <message>
        <source>Explicit consent (GDPR art. 6(1)(a) and 9(2)(a)); for a minor, that of a legal representative and the student&apos;s own agreement.</source>
        <translation>Consentement explicite (RGPD, art. 6.1.a et 9.2.a) ; pour un mineur, celui d’un représentant légal et l’accord de l’élève lui-même.</translation>
    </message>
    <message>
        <source>Name, reason and person visited, arrival and departure, the signed pass. A photo printed on the pass is never kept.</source>
        <translation>Nom, motif et personne visitée, arrivée et départ, le laissez-passer signé. Une photo imprimée sur le laissez-passer n’est jamais conservée.</translation>
    </message>
    <message>
        <source>Following visitors indoors (only those who agree)</source>
        <translation>Suivi des visiteurs à l’intérieur (seulement ceux qui l’acceptent)</translation>
    </message>
    <message>
        <source>A face template while the visitor is on site; where and when an indoor camera saw them. A face that matches no visitor on site is discarded at once.</source>
        <translation>Un gabarit biométrique pendant la présence du visiteur ; où et quand une caméra intérieure l’a vu. Un visage qui ne correspond à aucun visiteur présent est aussitôt écarté.</translation>
    </message>
    <message>
        <source>Consent of the visitor (GDPR art. 6(1)(a) and 9(2)(a)).</source>
        <translation>Consentement du visiteur (RGPD, art. 6.1.a et 9.2.a).</translation>
    </message>
    <message>
        <source>Watchlist (people banned from the premises, custody restrictions)</source>
        <translation>Liste de vigilance (personnes interdites d’accès à l’établissement, restrictions de garde)</translation>
    </message>
    <message>
        <source>Name, date of birth, a reference photo, the decision. A visitor is compared with it at the desk; a match has an effect only once two staff members confirmed it.</source>
        <translation>Nom, date de naissance, une photo de référence, la décision. Chaque visiteur y est comparé à l’accueil ; une correspondance n’a d’effet qu’une fois confirmée par deux membres du personnel.</translation>
    </message>
    <message>
        <source>Evaluation of the experiment &quot;%1&quot;</source>
        <translation>Évaluation de l’expérimentation « %1 »</translation>
    </message>
    <message>
        <source>Counts and rates computed from the records above (entry times, errors, overrides); no individual profile.</source>
        <translation>Décomptes et taux calculés à partir des données ci-dessus (temps d’entrée, erreurs, dérogations) ; aucun profil individuel.</translation>
    </message>
    <message>
        <source>Security of the station</source>
        <translation>Sécurité de la station</translation>
    </message>
    <message>
        <source>A tamper-evident record of what each staff account did.</source>
        <translation>Un enregistrement des actions de chaque compte du personnel, dont toute altération est détectable.</translation>
    </message>
    <message>
        <source>Legal obligation (GDPR art. 6(1)(c), 5(2) and 32): security and accountability.</source>
        <translation>Obligation légale (RGPD, art. 6.1.c, 5.2 et 32) : sécurité et principe de responsabilité.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>A badge is needed to enter the school (school rules). The face lane is optional: without it the badge lane works the same way and as fast, nothing on screen or on the badge shows who chose what, and refusing or withdrawing consent has no consequence.</source>
        <translation>Un badge est nécessaire pour entrer dans l’établissement (règlement intérieur). La voie visage est facultative : sans elle, la voie badge fonctionne de la même façon et aussi vite, rien à l’écran ni sur le badge ne montre qui a choisi quoi, et refuser ou retirer son consentement n’a aucune conséquence.</translation>
    </message>
    <message>
        <source>A badge is needed to enter the school (school rules). No face comparison is in use at the moment.</source>
        <translation>Un badge est nécessaire pour entrer dans l’établissement (règlement intérieur). Aucune comparaison de visage n’est utilisée actuellement.</translation>
    </message>
    <message>
        <source>3. How long data is kept</source>
        <translation>3. Durée de conservation des données</translation>
    </message>
    <message>
        <source>These periods are the station&apos;s settings on the date above; the station deletes what is older every hour.</source>
        <translation>Ces durées sont celles paramétrées sur la station à la date ci-dessus ; la station supprime toutes les heures ce qui est plus ancien.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>A face-lane consent ends by itself at the end of the experiment, at the end of the school year (end of %1) and on the student&apos;s 18th birthday.</source>
        <translation>Un consentement à la voie visage prend fin de lui-même à la fin de l’expérimentation, à la fin de l’année scolaire (fin %1) et le jour des 18 ans de l’élève.</translation>
    </message>
    <message>
        <source>4. Who receives it</source>
        <translation>4. Qui reçoit les données</translation>
    </message>
    <message>
        <source>Only authorised staff of the school, each seeing what their role needs: reception agents (the lanes, the day&apos;s passages, visitors, alerts), the head and deputies (reports), the DPO (consents, rights requests, the audit trail), the station&apos;s administrator (configuration). Authorities entitled by law may receive data on a legal request. Nothing is sold or used for another purpose.</source>
        <translation>Seuls les personnels habilités de l’établissement, chacun voyant ce dont son rôle a besoin : les agents d’accueil (les voies, les passages du jour, les visiteurs, les alertes), le chef d’établissement et ses adjoints (les rapports), le DPO (les consentements, les demandes d’exercice des droits, le journal d’audit), l’administrateur de la station (la configuration). Les autorités habilitées par la loi peuvent recevoir des données sur réquisition légale. Rien n’est vendu ni utilisé à une autre fin.</translation>
    </message>
    <message>
        <source>The data stays on the school&apos;s station, in an encrypted database. No transfer outside the European Union, no cloud service.</source>
        <translation>Les données restent sur la station de l’établissement, dans une base chiffrée. Aucun transfert hors de l’Union européenne, aucun service cloud.</translation>
    </message>
    <message>
        <source>The station decides automatically whether a badge is valid and, for a volunteer, whether the face matches; an agent watches every lane, decides every doubtful case and can override any decision. No decision with legal effects rests on automated processing alone.</source>
        <translation>La station décide automatiquement si un badge est valable et, pour un volontaire, si le visage correspond ; un agent surveille chaque voie, tranche chaque cas douteux et peut déroger à toute décision. Aucune décision produisant des effets juridiques ne repose sur un traitement exclusivement automatisé.</translation>
    </message>
    <message>
        <source>5. Your rights and how to use them</source>
        <translation>5. Vos droits et comment les exercer</translation>
    </message>
    <message>
        <source>A copy of everything held about you, in a readable document and a data file.</source>
        <translation>Une copie de tout ce qui est détenu sur vous, dans un document lisible et un fichier de données.</translation>
    </message>
    <message>
        <source>Wrong or incomplete data corrected.</source>
        <translation>La correction des données inexactes ou incomplètes.</translation>
    </message>
    <message>
        <source>Your data deleted when it is no longer needed, was processed on a consent you withdrew, or unlawfully.</source>
        <translation>L’effacement de vos données lorsqu’elles ne sont plus nécessaires, qu’elles ont été traitées sur la base d’un consentement que vous avez retiré, ou de manière illicite.</translation>
    </message>
    <message>
        <source>Your data frozen while a request is examined: kept, used for nothing else.</source>
        <translation>Le gel de vos données pendant l’examen d’une demande : elles sont conservées, mais ne servent à rien d’autre.</translation>
    </message>
    <message>
        <source>Objection (art. 21)</source>
        <translation>Opposition (art. 21)</translation>
    </message>
    <message>
        <source>Object, on grounds relating to your situation, to a processing based on the public interest. For the face lane, objecting is withdrawing.</source>
        <translation>Vous opposer, pour des raisons tenant à votre situation particulière, à un traitement fondé sur l’intérêt public. Pour la voie visage, s’opposer revient à retirer son consentement.</translation>
    </message>
    <message>
        <source>Withdrawal of consent (art. 7(3))</source>
        <translation>Retrait du consentement (art. 7.3)</translation>
    </message>
    <message>
        <source>At any time, at the reception desk, without giving a reason: effective at once, the same badge keeps working on the badge lane, with no consequence.</source>
        <translation>À tout moment, à l’accueil, sans avoir à donner de motif : effet immédiat, le même badge continue de fonctionner en badge seul, sans aucune conséquence.</translation>
    </message>
    <message>
        <source>Portability (art. 20)</source>
        <translation>Portabilité (art. 20)</translation>
    </message>
    <message>
        <source>What you provided on the basis of your consent (face lane, visitor following) handed to you in a structured, machine-readable file.</source>
        <translation>Les données que vous avez fournies sur la base de votre consentement (voie visage, suivi des visiteurs), remises dans un fichier structuré et lisible par machine.</translation>
    </message>
    <message>
        <source>What it gives you</source>
        <translation>Ce qu’il vous apporte</translation>
    </message>
    <message>
        <source>To use a right, write to the DPO (%1) or ask at the reception desk; a legal representative acts for a minor, and a student may also ask on their own. You may be asked to prove your identity. The answer comes within one month (art. 12(3)).</source>
        <translation>Pour exercer un droit, écrivez au DPO (%1) ou adressez-vous à l’accueil ; le représentant légal agit pour un élève mineur, qui peut aussi faire la demande lui-même. Une preuve de votre identité peut vous être demandée. La réponse vous est apportée dans un délai d’un mois (art. 12.3).</translation>
    </message>
    <message>
        <source>6. Complaint</source>
        <translation>6. Réclamation</translation>
    </message>
    <message>
        <source>If you think your rights are not respected, you may lodge a complaint with the French data protection authority: %1.</source>
        <translation>Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de l’autorité française de protection des données : %1.</translation>
    </message>
    <message>
        <source>Your data at the gate of %1</source>
        <translation>Tes données à l’entrée — %1</translation>
    </message>
    <message>
        <source>In plain words — version of %1</source>
        <translation>En termes simples — version du %1</translation>
    </message>
    <message>
        <source>Who is in charge?</source>
        <translation>Qui est responsable ?</translation>
    </message>
    <message>
        <source>Your school is in charge of your data. Its head is %1.</source>
        <translation>Ton établissement est responsable de tes données. Il est dirigé par %1.</translation>
    </message>
    <message>
        <source>A data protection officer checks that your data is handled properly. You can write to them: %1.</source>
        <translation>Un délégué à la protection des données vérifie que tes données sont traitées correctement. Tu peux lui écrire : %1.</translation>
    </message>
    <message>
        <source>What happens at the gate?</source>
        <translation>Que se passe-t-il à l’entrée ?</translation>
    </message>
    <message>
        <source>You show your badge. The station checks it.</source>
        <translation>Tu montres ton badge. La station le vérifie.</translation>
    </message>
    <message>
        <source>It writes down that you came in: the time and the lane.</source>
        <translation>Elle note ton entrée : l’heure et la voie.</translation>
    </message>
    <message>
        <source>A member of staff watches every lane and can help.</source>
        <translation>Un membre du personnel surveille chaque voie et peut t’aider.</translation>
    </message>
    <message>
        <source>Cameras at the gate see the people in front of them, to keep the line moving. They do not know who you are. They do not film: nothing is recorded.</source>
        <translation>Des caméras à l’entrée voient les personnes devant elles, pour que la file avance. Elles ne savent pas qui tu es. Elles ne filment pas : rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Cameras inside the school look only for visitors who agreed to it. If your face is not theirs, it is forgotten at once.</source>
        <translation>Les caméras à l’intérieur de l’établissement cherchent seulement les visiteurs qui l’ont accepté. Si ton visage n’est pas le leur, il est oublié tout de suite.</translation>
    </message>
    <message>
        <source>The face lane: only if you want</source>
        <translation>La voie visage : seulement si tu le veux</translation>
    </message>
    <message>
        <source>The face lane is for volunteers only, %1.</source>
        <translation>La voie visage est réservée aux volontaires, %1.</translation>
    </message>
    <message>
        <source>If you use it, the camera compares your face with the one saved in your badge. Only when you show that badge. Then it forgets.</source>
        <translation>Si tu l’utilises, la caméra compare ton visage avec celui enregistré dans ton badge. Seulement quand tu montres ce badge. Ensuite, elle oublie.</translation>
    </message>
    <message>
        <source>You don&apos;t have to use it. Your badge works just the same and just as fast. Nobody can tell who chose what.</source>
        <translation>Rien ne t’oblige à l’utiliser. Ton badge marche exactement pareil, et tout aussi vite. Personne ne peut savoir qui a choisi quoi.</translation>
    </message>
    <message>
        <source>You can stop whenever you want. Say so at the desk. You don&apos;t have to give a reason. Your badge keeps working.</source>
        <translation>Tu peux arrêter quand tu veux. Dis-le à l’accueil. Tu n’as pas à dire pourquoi. Ton badge continue de marcher.</translation>
    </message>
    <message>
        <source>It also stops by itself: at the end of the school year, at the end of the experiment, and when you turn 18.</source>
        <translation>Ton accord prend aussi fin tout seul : à la fin de l’année scolaire, à la fin de l’expérimentation et le jour de tes 18 ans.</translation>
    </message>
    <message>
        <source>How long do we keep it?</source>
        <translation>Combien de temps gardons-nous tes données ?</translation>
    </message>
    <message>
        <source>Your name, class and badge number: while you are at the school.</source>
        <translation>Ton nom, ta classe et ton numéro de badge : tant que tu es dans l’établissement.</translation>
    </message>
    <message>
        <source>Who can see it?</source>
        <translation>Qui peut les voir ?</translation>
    </message>
    <message>
        <source>Only school staff who need it for their job. Nobody outside the school. Your data stays in the school&apos;s computer, never outside Europe. Nobody sells it.</source>
        <translation>Seulement les personnels de l’établissement qui en ont besoin pour leur travail. Personne en dehors de l’établissement. Tes données restent dans l’ordinateur de l’établissement, jamais hors d’Europe. Personne ne les vend.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Tes droits</translation>
    </message>
    <message>
        <source>See your data: ask for a copy of everything we keep about you.</source>
        <translation>Voir tes données : demande une copie de tout ce que nous gardons sur toi.</translation>
    </message>
    <message>
        <source>Fix it: if something is wrong, we correct it.</source>
        <translation>Les corriger : si quelque chose est faux, nous le corrigeons.</translation>
    </message>
    <message>
        <source>Delete it: in some cases, we erase it.</source>
        <translation>Les effacer : dans certains cas, nous les supprimons.</translation>
    </message>
    <message>
        <source>Pause it: while your question is checked, we keep it but use it for nothing else.</source>
        <translation>Les mettre en pause : pendant que nous examinons ta demande, nous les gardons, mais nous ne nous en servons pour rien d’autre.</translation>
    </message>
    <message>
        <source>Say no: you can object to how we use it.</source>
        <translation>Dire non : tu peux t’opposer à la façon dont nous les utilisons.</translation>
    </message>
    <message>
        <source>Change your mind: you can take back your yes at any time. Nothing bad happens.</source>
        <translation>Changer d’avis : tu peux retirer ton accord à tout moment. Cela n’a aucune conséquence pour toi.</translation>
    </message>
    <message>
        <source>Take it with you: get your face-lane data in a file.</source>
        <translation>Les emporter : récupère tes données de la voie visage dans un fichier.</translation>
    </message>
    <message>
        <source>How? Ask at the desk, or write to %1. You can ask a parent or an adult you trust to help you. We answer within one month.</source>
        <translation>Comment ? Demande à l’accueil, ou écris à %1. Tu peux demander à un parent ou à un adulte de confiance de t’aider. Nous répondons dans un délai d’un mois.</translation>
    </message>
    <message>
        <source>Not happy?</source>
        <translation>Tu n’es pas d’accord ?</translation>
    </message>
    <message>
        <source>You can complain to the CNIL, the French authority for personal data: %1.</source>
        <translation>Tu peux te plaindre auprès de la CNIL, l’autorité française chargée des données personnelles : %1.</translation>
    </message>
    <message>
        <source>The full notice, with every detail: %1.</source>
        <translation>La notice complète, avec tous les détails : %1.</translation>
    </message>
    <message>
        <source>Letter to the legal representatives of the students of %1</source>
        <translation>Lettre aux représentants légaux des élèves — %1</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>The school checks who enters with a badge or a QR code. This letter tells you what data about your child the station processes, why, for how long and who sees it, and the rights you and your child have. The full notice gives every detail: %1.</source>
        <translation>L’établissement contrôle les entrées au moyen d’un badge ou d’un QR code. Ce courrier vous indique quelles données concernant votre enfant la station traite, pourquoi, pendant combien de temps et qui y a accès, ainsi que les droits dont vous et votre enfant disposez. La notice complète donne tous les détails : %1.</translation>
    </message>
    <message>
        <source>At the gate</source>
        <translation>À l’entrée</translation>
    </message>
    <message>
        <source>Each student shows their badge. The station checks it and records the passage (time, lane, decision); an agent supervises every lane and can override the station. This is a task in the public interest: the head of school ensures the safety of people and premises (Code de l&apos;éducation, art. R421-10).</source>
        <translation>Chaque élève présente son badge. La station le vérifie et enregistre le passage (heure, voie, décision) ; un agent surveille chaque voie et peut déroger à la décision de la station. Il s’agit d’une mission d’intérêt public : le chef d’établissement assure la sécurité des personnes et des biens (code de l’éducation, art. R. 421-10).</translation>
    </message>
    <message>
        <source>Cameras at the gate lanes detect and follow the people in view so that the queue moves; they identify no one and no video is recorded.</source>
        <translation>Des caméras aux voies d’entrée détectent et suivent les personnes présentes dans leur champ pour que la file avance ; elles n’identifient personne et aucune vidéo n’est enregistrée.</translation>
    </message>
    <message>
        <source>The face lane: optional</source>
        <translation>La voie visage : facultative</translation>
    </message>
    <message>
        <source>During the experiment &quot;%1&quot;, %2, students who wish may use a faster lane: their face is compared once with a template kept in their own badge, only when they present it. It needs your written consent and your child&apos;s own agreement, each signed separately on the form the school gives you (GDPR art. 9(2)(a)).</source>
        <translation>Pendant l’expérimentation « %1 », %2, les élèves qui le souhaitent peuvent emprunter une voie plus rapide : leur visage est comparé une seule fois à un gabarit conservé dans leur propre badge, uniquement lorsqu’ils le présentent. Cela nécessite votre consentement écrit et l’accord de votre enfant lui-même, chacun signé séparément sur le formulaire que l’établissement vous remet (RGPD, art. 9.2.a).</translation>
    </message>
    <message>
        <source>Without it, your child uses the badge lane, which works the same way and as fast; nothing on screen or on the badge shows who chose what, and nothing is held against anyone who refuses.</source>
        <translation>Sans ce consentement, votre enfant entre avec son badge seul, de la même façon et aussi vite ; rien à l’écran ni sur le badge ne montre qui a choisi quoi, et aucun refus n’est reproché à quiconque.</translation>
    </message>
    <message>
        <source>You or your child may withdraw consent at any time at the reception desk, without giving a reason: it takes effect at once, the same badge keeps working, and a template kept at the station is deleted. Consent also ends by itself at the end of the experiment, at the end of the school year (end of %1), and on your child&apos;s 18th birthday, when they decide for themself.</source>
        <translation>Vous-même ou votre enfant pouvez retirer le consentement à tout moment, à l’accueil, sans avoir à donner de motif : le retrait prend effet immédiatement, le même badge continue de fonctionner, et un gabarit conservé par la station est supprimé. Le consentement prend aussi fin de lui-même à la fin de l’expérimentation, à la fin de l’année scolaire (fin %1) et le jour des 18 ans de votre enfant, qui décide alors seul.</translation>
    </message>
    <message>
        <source>No face comparison is in use at the moment: every student enters with their badge. Should an experiment be declared, you would receive a form first, and nothing would happen without your consent.</source>
        <translation>Aucune comparaison faciale n’est utilisée actuellement : chaque élève entre avec son badge. Si une expérimentation était déclarée, vous recevriez d’abord un formulaire, et rien ne se ferait sans votre consentement.</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>Durée de conservation des données</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Qui y a accès</translation>
    </message>
    <message>
        <source>Only authorised staff of the school, each for their job; authorities entitled by law on a legal request. The data stays on the school&apos;s station, encrypted; nothing leaves the European Union.</source>
        <translation>Seuls les personnels habilités de l’établissement, chacun pour ce qui relève de ses fonctions ; les autorités habilitées par la loi, sur réquisition légale. Les données restent chiffrées sur la station de l’établissement ; rien ne sort de l’Union européenne.</translation>
    </message>
    <message>
        <source>Your rights and your child&apos;s</source>
        <translation>Vos droits et ceux de votre enfant</translation>
    </message>
    <message>
        <source>Access, rectification, erasure, restriction, objection, withdrawal of consent at any time without consequence, and portability of what was given on consent. To use them, write to the data protection officer (%1) or ask at the reception desk; the answer comes within one month. You may also lodge a complaint with the %2.</source>
        <translation>Droits d’accès, de rectification, d’effacement, de limitation du traitement et d’opposition, retrait du consentement à tout moment et sans conséquence, et portabilité des données fournies sur la base du consentement. Pour les exercer, écrivez au délégué à la protection des données (%1) ou adressez-vous à l’accueil ; la réponse vous parvient dans un délai d’un mois. Vous pouvez aussi introduire une réclamation auprès de la %2.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.</translation>
    </message>
    <message>
        <source>Cameras at this entrance</source>
        <translation>Caméras à cette entrée</translation>
    </message>
    <message>
        <source>No camera is in use at this entrance: entry is by badge only.</source>
        <translation>Aucune caméra n’est utilisée à cette entrée : l’accès se fait uniquement par badge.</translation>
    </message>
    <message>
        <source>Controller: %1. Data protection officer: %2.</source>
        <translation>Responsable du traitement : %1. Délégué à la protection des données : %2.</translation>
    </message>
    <message>
        <source>Purpose: safe entry to the school, a task in the public interest.</source>
        <translation>Finalité : sécuriser l’entrée dans l’établissement, mission d’intérêt public.</translation>
    </message>
    <message>
        <source>Any face comparison only with consent, withdrawn at any time without consequence.</source>
        <translation>Toute comparaison faciale se fait uniquement avec consentement, retirable à tout moment sans conséquence.</translation>
    </message>
    <message>
        <source>Your rights (access, rectification, erasure, restriction, objection): ask at the desk or write to the DPO. Full notice: %1.</source>
        <translation>Vos droits (accès, rectification, effacement, limitation, opposition) : adressez-vous à l’accueil ou écrivez au DPO. Notice complète : %1.</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Réclamation : %1</translation>
    </message>
    <message>
        <source>Consent letters and forms</source>
        <translation>Lettres et formulaires de consentement</translation>
    </message>
    <message>
        <source>Information notice</source>
        <translation>Notice d’information</translation>
    </message>
    <message>
        <source>Face-lane consents that lapsed (now badge only)</source>
        <translation>Consentements voie visage arrivés à échéance (badge seul désormais)</translation>
    </message>
    <message>
        <source>Open alerts closed at the end of their period</source>
        <translation>Alertes encore ouvertes fermées en fin de durée de conservation</translation>
    </message>
    <message>
        <source>People who left, erased</source>
        <translation>Personnes parties, effacées</translation>
    </message>
    <message>
        <source>People who left, and their legal representatives</source>
        <translation>Personnes parties de l&apos;établissement, et leurs représentants légaux</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n day(s) after the alert; one still open then is closed by the station first (audited).</source>
        <translation>
            <numerusform>Supprimée %n jour après l&apos;alerte ; une alerte encore ouverte est d&apos;abord fermée par le poste (journalisé).</numerusform>
            <numerusform>Supprimée %n jours après l&apos;alerte ; une alerte encore ouverte est d&apos;abord fermée par le poste (journalisé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n day(s) after the person left, as an erasure request erases (audited).</source>
        <translation>
            <numerusform>Effacée %n jour après son départ, comme pour une demande d&apos;effacement (journalisé).</numerusform>
            <numerusform>Effacée %n jours après son départ, comme pour une demande d&apos;effacement (journalisé).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the data protection officer for: access (this document); rectification of your names, class or birth date, which a later import of the school&apos;s lists keeps; erasure; restriction (your data kept but used for nothing else: the gate decides on your badge alone and you are left out of reports); objection (your consent to the face lane withdrawn at once, the same badge working badge-only). A complaint can be made to the CNIL (www.cnil.fr).</source>
        <translation>Vous pouvez demander au délégué à la protection des données : l’accès (le présent document) ; la rectification de vos nom et prénom, de votre classe ou de votre date de naissance, qu’un import ultérieur des listes de l’établissement conserve ; l’effacement ; la limitation du traitement (vos données sont conservées mais ne servent à rien d’autre : l’entrée est décidée sur votre seul badge et vous n’apparaissez plus dans les rapports) ; l’opposition (votre consentement à la voie visage est retiré immédiatement, et le même badge fonctionne en badge seul). Une réclamation peut être adressée à la CNIL (www.cnil.fr).</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Traitement limité</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>Rectifié le</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>Le champ « %1 » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A student&apos;s class cannot be empty.</source>
        <translation>La classe d’un élève ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as yyyy-mm-dd (2011-03-14).</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme aaaa-mm-jj (2011-03-14).</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>La date de naissance %1 est dans le futur.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be rectified: one of %2.</source>
        <translation>« %1 » n’est pas un champ rectifiable : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Aucune personne n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>portique::privacy::Erasure</name>
    <message>
        <source>No person or visitor has the id %1.</source>
        <translation>Aucune personne ni aucun visiteur n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is still on site: check them out before erasing their record.</source>
        <translation>%1 est encore sur place : enregistrez sa sortie avant d’effacer sa fiche.</translation>
    </message>
</context>
<context>
    <name>portique::privacy::ForgetLedger</name>
    <message>
        <source>The forget ledger %1 could not be written: %2.</source>
        <translation>Le registre d’oubli %1 n’a pas pu être écrit : %2.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>its first line is not the header of this station&apos;s ledger</source>
        <translation>sa première ligne n’est pas l’en-tête du registre de ce poste</translation>
    </message>
    <message>
        <source>line %1 was changed, removed or added by hand</source>
        <translation>la ligne %1 a été modifiée, supprimée ou ajoutée à la main</translation>
    </message>
    <message>
        <source>it holds %1 lines where the database wrote %2: it was cut or replaced</source>
        <translation>il contient %1 lignes là où la base en a écrit %2 : il a été coupé ou remplacé</translation>
    </message>
    <message>
        <source>it is missing, though the database wrote %1 lines to it</source>
        <translation>il manque, alors que la base y a écrit %1 lignes</translation>
    </message>
    <message>
        <source>its first %1 lines are not those the database wrote: it was replaced</source>
        <translation>ses %1 premières lignes ne sont pas celles que la base a écrites : il a été remplacé</translation>
    </message>
    <message>
        <source>The damaged forget ledger %1 cannot be moved aside.</source>
        <translation>Le registre d’oubli endommagé %1 ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The forget ledger %1 cannot be written: %2.</source>
        <translation>Le registre d’oubli %1 ne peut pas être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>portique::privacy::ReplayReport</name>
    <message>
        <source>This database is older than the station&apos;s forget ledger (a backup was put back): what had been done since was done again before the lanes opened.</source>
        <translation>Cette base est plus ancienne que le registre d’oubli du poste (une sauvegarde a été remise en place) : ce qui avait été fait depuis a été refait avant l’ouverture des voies.</translation>
    </message>
    <message>
        <source>Badges and passes issued since that backup are unknown to this database: issue them again.</source>
        <translation>Les badges et laissez-passer émis depuis cette sauvegarde sont inconnus de cette base : émettez-les à nouveau.</translation>
    </message>
    <message>
        <source>The forget ledger is damaged (%1). A new one was started; an alert was raised for the DPO.</source>
        <translation>Le registre d’oubli est endommagé (%1). Un nouveau a été commencé ; une alerte a été levée pour le DPO.</translation>
    </message>
    <message>
        <source>The forget ledger is damaged (%1). It was kept as %2 for the DPO, and a new one holds its %3 verified line(s); an alert was raised.</source>
        <translation>Le registre d’oubli est endommagé (%1). Il a été conservé sous %2 pour le DPO, et un nouveau contient ses %3 ligne(s) vérifiée(s) ; une alerte a été levée.</translation>
    </message>
    <message numerus="yes">
        <source>%n erased person(s) or visitor(s) erased again.</source>
        <translation>
            <numerusform>%n personne ou visiteur effacé a été effacé à nouveau.</numerusform>
            <numerusform>%n personnes ou visiteurs effacés ont été effacés à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked badge(s) revoked again.</source>
        <translation>
            <numerusform>%n badge révoqué a été révoqué à nouveau.</numerusform>
            <numerusform>%n badges révoqués ont été révoqués à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) who had left checked out again.</source>
        <translation>
            <numerusform>%n visiteur déjà parti a été sorti à nouveau.</numerusform>
            <numerusform>%n visiteurs déjà partis ont été sortis à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn consent(s) withdrawn again: their badges work badge-only.</source>
        <translation>
            <numerusform>%n consentement retiré a été retiré à nouveau : ses badges fonctionnent en badge simple.</numerusform>
            <numerusform>%n consentements retirés ont été retirés à nouveau : leurs badges fonctionnent en badge simple.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::privacy::SubjectAccess</name>
    <message>
        <source>Visitor, %1</source>
        <translation>Visiteur, %1</translation>
    </message>
    <message>
        <source>No person or visitor has the id %1.</source>
        <translation>Aucune personne ni aucun visiteur n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Face templates (the sealed bytes) are never exported.</source>
        <translation>Les gabarits biométriques (les octets scellés) ne sont jamais exportés.</translation>
    </message>
</context>
<context>
    <name>portique::privacy::SubjectRights</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nothing to rectify: %1 already holds these values.</source>
        <translation>Rien à rectifier : la fiche de %1 contient déjà ces valeurs.</translation>
    </message>
    <message>
        <source>The processing of %1&apos;s data is already restricted (since %2).</source>
        <translation>Le traitement des données de %1 est déjà limité (depuis le %2).</translation>
    </message>
    <message>
        <source>The processing of %1&apos;s data is not restricted: there is nothing to lift.</source>
        <translation>Le traitement des données de %1 n’est pas limité : il n’y a aucune limitation à lever.</translation>
    </message>
</context>
<context>
    <name>portique::privacy::aipdpages</name>
    <message>
        <source>%1 at most %2 ms</source>
        <translation>%1 : au plus %2 ms</translation>
    </message>
    <message>
        <source>%1 at most %2 %</source>
        <translation>%1 : au plus %2 %</translation>
    </message>
    <message>
        <source>%1 at least %2 per minute</source>
        <translation>%1 : au moins %2 par minute</translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation>Aucun critère énoncé.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>not measured (no comparison)</source>
        <translation>non mesuré (aucune comparaison)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>9. Cameras and zones</source>
        <translation>9. Caméras et zones</translation>
    </message>
    <message>
        <source>Gate lane</source>
        <translation>Voie d’entrée</translation>
    </message>
    <message>
        <source>Indoor</source>
        <translation>Intérieure</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No camera is configured: badge only.</source>
        <translation>Aucune caméra n’est configurée : badge seul.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Zone watched</source>
        <translation>Zone surveillée</translation>
    </message>
    <message>
        <source>Indoor cameras: every face in view is compared with the visitors on site who consented to tracking (%1 visitor templates held now); a face that matches none is dropped at once; a match at a distance of %2 or less is recorded as a sighting.</source>
        <translation>Caméras intérieures : chaque visage dans le champ est comparé aux visiteurs présents qui ont consenti au suivi (%1 gabarits de visiteurs détenus actuellement) ; un visage qui ne correspond à aucun d’eux est aussitôt écarté ; une correspondance à une distance inférieure ou égale à %2 est enregistrée comme détection.</translation>
    </message>
    <message>
        <source>Restricted: a visitor seen there raises an alert</source>
        <translation>Réservée : un visiteur qui y est vu déclenche une alerte</translation>
    </message>
    <message>
        <source>Open to visitors</source>
        <translation>Ouverte aux visiteurs</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>10. Experiment and measured figures</source>
        <translation>10. Expérimentation et chiffres mesurés</translation>
    </message>
    <message>
        <source>No experiment is declared (portiquectl experiment set): the face lane is off on every lane and the station has no measured figure to cite.</source>
        <translation>Aucune expérimentation n’est déclarée (portiquectl experiment set) : la voie visage est désactivée sur toutes les voies et la station n’a aucun chiffre mesuré à citer.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>Every lane</source>
        <translation>Toutes les voies</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Badge alone (people off the face lane)</source>
        <translation>Badge seul (personnes hors voie visage)</translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation>Voie visage</translation>
    </message>
    <message>
        <source>Error rate (ISO/IEC 19795, from the agents&apos; overrides)</source>
        <translation>Taux d’erreur (ISO/IEC 19795, d’après les dérogations des agents)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>False non-match rate (FNMR): the right person not matched</source>
        <translation>Taux de faux rejets (FNMR) : la bonne personne non reconnue</translation>
    </message>
    <message>
        <source>False match rate (FMR): a face grant overridden as a wrong match</source>
        <translation>Taux de fausses acceptations (FMR) : une entrée autorisée par le visage à laquelle l’agent a dérogé pour erreur de correspondance</translation>
    </message>
    <message>
        <source>How the experiment&apos;s end is decided, who evaluates it, and what happens to the face lane if the criteria are not met.</source>
        <translation>Comment la fin de l’expérimentation est décidée, qui l’évalue, et ce que devient la voie visage si les critères ne sont pas atteints.</translation>
    </message>
    <message>
        <source>11. Necessity and proportionality</source>
        <translation>11. Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source> Measured: the face lane&apos;s median entry is %1 ms shorter than the badge alone&apos;s.</source>
        <translation> Mesuré : l’entrée médiane par la voie visage est plus courte de %1 ms que celle par badge seul.</translation>
    </message>
    <message>
        <source> Measured: the face lane&apos;s median entry is not shorter than the badge alone&apos;s (%1 ms against %2 ms).</source>
        <translation> Mesuré : l’entrée médiane par la voie visage n’est pas plus courte que celle par badge seul (%1 ms contre %2 ms).</translation>
    </message>
    <message>
        <source> Whether the face lane is faster than the badge alone is not measured yet.</source>
        <translation> La question de savoir si la voie visage est plus rapide que le badge seul n’est pas encore mesurée.</translation>
    </message>
    <message>
        <source>Facts the station can state: the badge lane is the default and needs no consent; the face lane is one-to-one only; people without consent are not singled out; a consent is withdrawn at the desk at once, without a trace at the lane. On the day above, %1 of %2 people with a valid badge use the face lane.</source>
        <translation>Faits que la station peut établir : le badge seul est le mode par défaut et ne demande aucun consentement ; la voie visage fonctionne uniquement en un contre un ; les personnes sans consentement ne sont pas distinguées des autres ; un consentement se retire immédiatement à l’accueil, sans laisser de trace à la voie. À la date ci-dessus, %1 personnes sur %2 titulaires d’un badge valable utilisent la voie visage.</translation>
    </message>
    <message>
        <source>Why badge control with human supervision is not enough on its own; alternatives considered; how consent stays free for students under the school&apos;s authority (CNIL, 29 October 2019; TA Marseille, 27 February 2020).</source>
        <translation>Pourquoi le contrôle par badge sous supervision humaine ne suffit pas à lui seul ; alternatives envisagées ; comment le consentement reste libre pour des élèves placés sous l’autorité de l’établissement (CNIL, 29 octobre 2019 ; TA Marseille, 27 février 2020).</translation>
    </message>
    <message>
        <source>12. Risks</source>
        <translation>12. Risques</translation>
    </message>
    <message>
        <source>Levels proposed from the facts on the CNIL&apos;s scale (1 negligible, 2 limited, 3 significant, 4 maximum); the DPO confirms or changes each one.</source>
        <translation>Niveaux proposés à partir des faits, sur l’échelle de la CNIL (1 négligeable, 2 limitée, 3 importante, 4 maximale) ; le DPO confirme ou modifie chacun d’eux.</translation>
    </message>
    <message>
        <source>Severity: %1 %2
Likelihood: %3 %4</source>
        <translation>Gravité : %1 %2
Vraisemblance : %3 %4</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Measures in place</source>
        <translation>Mesures existantes</translation>
    </message>
    <message>
        <source>Levels proposed</source>
        <translation>Niveaux proposés</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Residual risk: screen replay, cut-out-eyes photos and masks are not detected; a person without a blink in time is always checked by hand.</source>
        <translation>Risque résiduel : la vidéo rejouée sur un écran, les photos aux yeux découpés et les masques ne sont pas détectés ; une personne qui ne cligne pas à temps est toujours vérifiée à la main.</translation>
    </message>
    <message>
        <source>Residual risks and the action plan.</source>
        <translation>Risques résiduels et plan d’action.</translation>
    </message>
    <message>
        <source>13. Opinions and decision</source>
        <translation>13. Avis et décision</translation>
    </message>
    <message>
        <source>Consultation of students, parents and staff (conseil d&apos;administration, CVL); the DPO&apos;s opinion; the controller&apos;s decision, date and signature.</source>
        <translation>Consultation des élèves, des parents et des personnels (conseil d’administration, CVL) ; avis du DPO ; décision du responsable du traitement, date et signature.</translation>
    </message>
    <message>
        <source>Visitor desk: a photo only on the agent&apos;s key</source>
        <translation>Accueil des visiteurs : une photo seulement sur la touche de l’agent</translation>
    </message>
</context>
<context>
    <name>portique::reports</name>
    <message>
        <source>False non-matches are counted only when an agent overrode a face refusal or check with the reason &quot;right person, face not recognised&quot;: a person who gave up or went through by hand without an override is not counted.</source>
        <translation>Les faux rejets ne sont comptés que lorsqu’un agent a dérogé à un refus ou à un contrôle manuel du visage avec le motif « bonne personne, visage non reconnu » : une personne qui a renoncé ou qui est passée par un contrôle manuel sans dérogation n’est pas comptée.</translation>
    </message>
    <message>
        <source>False matches are counted only when an agent noticed and recorded a &quot;wrong match&quot;: an impostor nobody noticed is not counted, so the false match rate is a lower bound.</source>
        <translation>Les fausses acceptations ne sont comptées que lorsqu’un agent a remarqué et enregistré une « erreur de correspondance » : un imposteur que personne n’a remarqué n’est pas compté, le taux de fausses acceptations est donc une borne inférieure.</translation>
    </message>
    <message>
        <source>The number of impostor attempts is unknown (nobody is asked to try someone else&apos;s badge), so these are not ISO/IEC 19795 laboratory rates but operational estimates on the volunteers who used the lanes.</source>
        <translation>Le nombre de tentatives d’imposture est inconnu (personne n’est invité à essayer le badge d’un autre) : ce ne sont donc pas des taux de laboratoire au sens de l’ISO/IEC 19795, mais des estimations opérationnelles sur les volontaires qui ont utilisé les voies.</translation>
    </message>
    <message>
        <source>Throughput is bounded by how fast people arrive: a quiet lane shows a low peak without being slow.</source>
        <translation>Le débit est limité par le rythme d’arrivée des personnes : une voie peu fréquentée montre un pic bas sans être lente.</translation>
    </message>
    <message>
        <source>The printer refused the A4 page.</source>
        <translation>L’imprimante a refusé la page A4.</translation>
    </message>
    <message>
        <source>Cannot draw on the printer or the file.</source>
        <translation>Impossible de dessiner sur l’imprimante ou dans le fichier.</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>%1 · report made on %2</source>
        <translation>%1 · rapport établi le %2</translation>
    </message>
    <message>
        <source> · the day is not over: figures so far</source>
        <translation> · la journée n’est pas finie : chiffres provisoires</translation>
    </message>
    <message>
        <source>Daily report — %1</source>
        <translation>Rapport quotidien — %1</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Median decision time</source>
        <translation>Temps de décision médian</translation>
    </message>
    <message>
        <source>95th percentile decision time</source>
        <translation>Temps de décision au 95e centile</translation>
    </message>
    <message>
        <source>Visitors (overstays)</source>
        <translation>Visiteurs (dépassements d’horaire)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alerts (still open)</source>
        <translation>Alertes (encore ouvertes)</translation>
    </message>
    <message>
        <source>Passages per quarter hour</source>
        <translation>Passages par quart d’heure</translation>
    </message>
    <message>
        <source>No passage on this day.</source>
        <translation>Aucun passage ce jour-là.</translation>
    </message>
    <message>
        <source>Decision time (from the badge to the decision)</source>
        <translation>Temps de décision (de la présentation du badge à la décision)</translation>
    </message>
    <message>
        <source>Lanes and methods</source>
        <translation>Voies et modes d’identification</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode d’identification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decided by the lane</source>
        <translation>Décision de la voie</translation>
    </message>
    <message>
        <source>After the agents&apos; overrides</source>
        <translation>Après les dérogations des agents</translation>
    </message>
    <message>
        <source>Overrides and refusals</source>
        <translation>Dérogations et refus</translation>
    </message>
    <message>
        <source>No decision was overridden.</source>
        <translation>Aucune décision n’a fait l’objet d’une dérogation.</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No credential was refused.</source>
        <translation>Aucun badge ni laissez-passer n’a été refusé.</translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>No visitor on this day.</source>
        <translation>Aucun visiteur ce jour-là.</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>%1 (end of day)</source>
        <translation>%1 (fin de journée)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Personne visitée</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Expected out</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation>Dépassement d’horaire</translation>
    </message>
    <message>
        <source>Alerts and how they were handled</source>
        <translation>Alertes et leur traitement</translation>
    </message>
    <message>
        <source>No alert on this day.</source>
        <translation>Aucune alerte ce jour-là.</translation>
    </message>
    <message>
        <source>expected out at %1</source>
        <translation>départ prévu à %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED</source>
        <translation>NON ACQUITTÉE</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Camera availability</source>
        <translation>Disponibilité des caméras</translation>
    </message>
    <message>
        <source>No camera is configured.</source>
        <translation>Aucune caméra n’est configurée.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Minutes lost</source>
        <translation>Minutes perdues</translation>
    </message>
    <message>
        <source>Experiment evaluation — %1</source>
        <translation>Évaluation de l’expérimentation — %1</translation>
    </message>
    <message>
        <source>From %1 to %2 · lanes: %3 · population: %4 · report made on %5</source>
        <translation>Du %1 au %2 · voies : %3 · population : %4 · rapport établi le %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>The experiment states no criterion: nothing is judged.</source>
        <translation>L’expérimentation ne fixe aucun critère : rien n’est évalué.</translation>
    </message>
    <message>
        <source>%1 / min</source>
        <translation>%1 / min</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>non mesurable</translation>
    </message>
    <message>
        <source>? NOT JUDGED</source>
        <translation>? NON ÉVALUÉ</translation>
    </message>
    <message>
        <source>✓ MET</source>
        <translation>✓ ATTEINT</translation>
    </message>
    <message>
        <source>✕ NOT MET</source>
        <translation>✕ NON ATTEINT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Passages (transactions)</source>
        <translation>Passages (transactions)</translation>
    </message>
    <message>
        <source>Days with passages</source>
        <translation>Jours avec des passages</translation>
    </message>
    <message>
        <source>Face lane passages</source>
        <translation>Passages en voie visage</translation>
    </message>
    <message>
        <source>Badge only share</source>
        <translation>Part du badge seul</translation>
    </message>
    <message>
        <source>Failure to acquire (FTA)</source>
        <translation>Échec d’acquisition (FTA)</translation>
    </message>
    <message>
        <source>False non-match rate (FNMR, estimated)</source>
        <translation>Taux de faux rejets (FNMR, estimé)</translation>
    </message>
    <message>
        <source>False match rate (FMR, estimated)</source>
        <translation>Taux de fausses acceptations (FMR, estimé)</translation>
    </message>
    <message>
        <source>Overridden passages</source>
        <translation>Passages avec dérogation</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>Consentements donnés</translation>
    </message>
    <message>
        <source>Consents withdrawn</source>
        <translation>Consentements retirés</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Failure to acquire: face lane passages left to the agent for want of a usable live face</source>
        <translation>Échec d’acquisition : passages en voie visage laissés à l’agent faute de visage vivant utilisable</translation>
    </message>
    <message>
        <source>False non-matches: the right person&apos;s face not matched (agent override &quot;right person&quot;)</source>
        <translation>Faux rejets : visage de la bonne personne non reconnu (dérogation de l’agent « bonne personne »)</translation>
    </message>
    <message>
        <source>False matches: face grants the agent overrode as &quot;wrong match&quot;</source>
        <translation>Fausses acceptations : entrées autorisées par le visage auxquelles l’agent a dérogé pour « erreur de correspondance »</translation>
    </message>
    <message>
        <source>Decision time</source>
        <translation>Temps de décision</translation>
    </message>
    <message>
        <source>Throughput at peak</source>
        <translation>Débit de pointe</translation>
    </message>
    <message>
        <source>%1 passages in one minute</source>
        <translation>%1 passages en une minute</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation>Minute la plus chargée</translation>
    </message>
    <message>
        <source>Methods, overrides and incidents</source>
        <translation>Modes d’identification, dérogations et incidents</translation>
    </message>
    <message>
        <source>No alert in the period.</source>
        <translation>Aucune alerte sur la période.</translation>
    </message>
    <message>
        <source>Limits of these estimates</source>
        <translation>Limites de ces estimations</translation>
    </message>
    <message>
        <source>Terms (ISO/IEC 19795-1): a transaction is one passage; failure to acquire, a passage where no usable sample was obtained; false non-match, a genuine comparison declared a non-match; false match, an impostor comparison declared a match.</source>
        <translation>Termes (ISO/IEC 19795-1) : une transaction est un passage ; un échec d’acquisition, un passage où aucun échantillon utilisable n’a été obtenu ; un faux rejet, une comparaison authentique déclarée non concordante ; une fausse acceptation, une comparaison d’imposteur déclarée concordante.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d’écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Portique — daily report — %1</source>
        <translation>Portique — rapport quotidien — %1</translation>
    </message>
    <message>
        <source>Portique — experiment evaluation — %1</source>
        <translation>Portique — évaluation de l’expérimentation — %1</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Entrée autorisée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation>Contrôle manuel</translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation>Voie visage</translation>
    </message>
    <message>
        <source>Badge only</source>
        <translation>Badge seul</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Laissez-passer visiteur</translation>
    </message>
    <message>
        <source>Code typed by the agent</source>
        <translation>Code saisi par l’agent</translation>
    </message>
    <message>
        <source>Entered by the agent (no badge)</source>
        <translation>Identité vérifiée par l’agent (sans badge)</translation>
    </message>
    <message>
        <source>False non-match rate (estimated)</source>
        <translation>Taux de faux rejets (estimé)</translation>
    </message>
    <message>
        <source>False match rate (estimated)</source>
        <translation>Taux de fausses acceptations (estimé)</translation>
    </message>
    <message>
        <source>Share of passages overridden</source>
        <translation>Part des passages avec dérogation</translation>
    </message>
    <message>
        <source>Failure-to-acquire rate</source>
        <translation>Taux d’échec d’acquisition</translation>
    </message>
    <message>
        <source>Peak throughput of every lane</source>
        <translation>Débit de pointe de chaque voie</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>The experiment is not valid JSON: %1.</source>
        <translation>L’expérimentation n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The experiment needs a name.</source>
        <translation>L’expérimentation doit avoir un nom.</translation>
    </message>
    <message>
        <source>The experiment needs a start and an end date (YYYY-MM-DD).</source>
        <translation>L’expérimentation doit avoir une date de début et une date de fin (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The experiment ends before it starts.</source>
        <translation>L’expérimentation se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The criterion %1 must be a number, 0 or more.</source>
        <translation>Le critère %1 doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>Unknown criterion %1.</source>
        <translation>Critère inconnu : %1.</translation>
    </message>
    <message>
        <source>The criterion %1 must be at most %2 ms.</source>
        <translation>Le critère %1 doit valoir au plus %2 ms.</translation>
    </message>
    <message>
        <source>In the presentation attack measurement, %1 must be a whole number from %2 to %3.</source>
        <translation>Dans la mesure des attaques par présentation, %1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>In the presentation attack measurement, %1 cannot exceed %2.</source>
        <translation>Dans la mesure des attaques par présentation, %1 ne peut pas dépasser %2.</translation>
    </message>
    <message>
        <source>The presentation attack measurement needs the time it was made (measured_at, ISO 8601).</source>
        <translation>La mesure des attaques par présentation doit indiquer quand elle a été faite (measured_at, ISO 8601).</translation>
    </message>
    <message>
        <source>The presentation attack measurement needs the Portique version that made it (version).</source>
        <translation>La mesure des attaques par présentation doit indiquer la version de Portique qui l&apos;a faite (version).</translation>
    </message>
    <message>
        <source>The presentation attack measurement is not valid JSON: %1.</source>
        <translation>La mesure des attaques par présentation n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3), measured with portiquectl bench pad on simulated lanes on %1: a printed photo of the badge holder held still was granted in %2 % of %3 attempts, moved or turned in %4 % of %5, bent and waved in %6 % of %7.</source>
        <translation>Attaques par présentation (ISO/IEC 30107-3), mesurées avec portiquectl bench pad sur des voies simulées le %1 : une photo imprimée du titulaire du badge tenue immobile a été acceptée dans %2 % de %3 tentatives, déplacée ou tournée dans %4 % de %5, courbée et agitée dans %6 % de %7.</translation>
    </message>
    <message>
        <source>Badge holders not granted on their face (BPCER): %1 % of %2 simulated passages; median time from badge to decision %3 ms.</source>
        <translation>Titulaires non acceptés sur leur visage (BPCER) : %1 % de %2 passages simulés ; temps médian du badge à la décision : %3 ms.</translation>
    </message>
    <message>
        <source>Not covered: the holder&apos;s video replayed on a phone screen was granted in %1 % of %2 attempts; no camera image alone can tell it apart. The agent&apos;s eye is the control.</source>
        <translation>Non couvert : la vidéo du titulaire rejouée sur l&apos;écran d&apos;un téléphone a été acceptée dans %1 % de %2 tentatives ; aucune image de caméra seule ne permet de la distinguer. Le contrôle, c&apos;est l&apos;œil de l&apos;agent.</translation>
    </message>
    <message>
        <source>These figures were measured with Portique %1; this station now runs Portique %2: measure again with portiquectl bench pad --record.</source>
        <translation>Ces chiffres ont été mesurés avec Portique %1 ; ce poste fonctionne désormais avec Portique %2 : mesurez à nouveau avec portiquectl bench pad --record.</translation>
    </message>
    <message>
        <source>Presentation attacks (ISO/IEC 30107-3) have not been measured on this station: run portiquectl bench pad --record to measure them and print the figures here.</source>
        <translation>Les attaques par présentation (ISO/IEC 30107-3) n&apos;ont pas été mesurées sur ce poste : lancez portiquectl bench pad --record pour les mesurer et imprimer les chiffres ici.</translation>
    </message>
    <message>
        <source>Not covered: a video of the holder replayed on a phone screen; no camera image alone can tell it apart. The agent&apos;s eye is the control.</source>
        <translation>Non couvert : une vidéo du titulaire rejouée sur l&apos;écran d&apos;un téléphone ; aucune image de caméra seule ne permet de la distinguer. Le contrôle, c&apos;est l&apos;œil de l&apos;agent.</translation>
    </message>
    <message>
        <source>A holder who does not blink before the end of the %1-second window is sent to the agent; how often this happens with real people is read from this station&apos;s events.</source>
        <translation>Un titulaire qui ne cligne pas des yeux avant la fin de la fenêtre de %1 secondes est renvoyé à l&apos;agent ; la fréquence de ce cas avec de vraies personnes se lit dans les événements de ce poste.</translation>
    </message>
    <message>
        <source>Presentation attacks</source>
        <translation>Attaques par présentation</translation>
    </message>
    <message>
        <source>To %1, legal representative(s) of %2</source>
        <translation>À %1, représentant(s) légal(aux) de %2</translation>
    </message>
    <message>
        <source>%1 can keep entering the school with the badge only, as today. The badge-only lane is just as fast and looks exactly the same at the gate. Refusing, or not returning the form, has no consequence of any kind: no mark, no delay, no remark, and nobody will ask why.</source>
        <translation>%1 peut continuer à entrer dans l’établissement avec son badge seul, comme aujourd’hui. La voie badge seul est tout aussi rapide et, à l’entrée, rien ne la distingue de l’autre. Refuser, ou ne pas rendre le formulaire, n’a aucune conséquence d’aucune sorte : aucune mention, aucun retard, aucune remarque, et personne ne demandera pourquoi.</translation>
    </message>
    <message>
        <source>Fill in and sign the form attached, in your part only; %1 decides in their own part, separately: the face lane is used only if both of you sign. Return the form to the school&apos;s desk. It carries a reference printed for %1 alone, which the desk scans; a copy of another student&apos;s form is refused.</source>
        <translation>Remplissez et signez le formulaire ci-joint, uniquement dans la partie qui vous concerne ; %1 décide séparément, dans sa propre partie : la voie visage n’est utilisée que si vous signez tous les deux. Rapportez le formulaire à l’accueil de l’établissement. Il porte une référence imprimée pour %1 uniquement, que l’accueil scanne ; la copie du formulaire d’un autre élève est refusée.</translation>
    </message>
    <message>
        <source>Form reference, issued for %1 only. The desk scans it when the form comes back; it counts once.</source>
        <translation>Référence du formulaire, émise pour %1 uniquement. L’accueil la scanne au retour du formulaire ; elle ne compte qu’une fois.</translation>
    </message>
    <message>
        <source>Nothing needs to be returned for the badge only: without this form, %1 keeps entering with the badge, just as fast, with no consequence.</source>
        <translation>Rien n’est à rendre pour le badge seul : sans ce formulaire, %1 continue d’entrer avec son badge, tout aussi vite, sans aucune conséquence.</translation>
    </message>
    <message>
        <source>I am a legal representative of %1. I agree that a template of their face is used at the entrance, compared only with their badge. I know that I can withdraw this consent at any time at the desk, without giving a reason. Tick one box to agree, and where the template is kept:</source>
        <translation>Je suis représentant(e) légal(e) de %1. J’accepte qu’un gabarit de son visage soit utilisé à l’entrée, comparé uniquement à son badge. Je sais que je peux retirer ce consentement à tout moment à l’accueil, sans avoir à donner de motif. Pour donner votre accord, cochez la case et choisissez où le gabarit est conservé :</translation>
    </message>
    <message>
        <source>2. %1, it is your choice too</source>
        <translation>2. %1, c’est aussi ton choix</translation>
    </message>
    <message>
        <source>No one present in the class &quot;%1&quot;.</source>
        <translation>Aucune personne présente dans la classe « %1 ».</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Aucune personne n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 has left the school.</source>
        <translation>%1 a quitté l’établissement.</translation>
    </message>
    <message>
        <source>Cannot write the notice %1: %2</source>
        <translation>Impossible d’écrire la notice %1 : %2</translation>
    </message>
    <message>
        <source>Face-lane consents given / withdrawn / lapsed</source>
        <translation>Consentements voie visage donnés / retirés / arrivés à échéance</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Not enough passages of both kinds to compare: the necessity of the face lane is not shown.</source>
        <translation>Pas assez de passages des deux sortes pour comparer : la nécessité de la voie visage n&apos;est pas démontrée.</translation>
    </message>
    <message>
        <source>The face lane&apos;s median entry is %1 faster than the badge alone&apos;s.</source>
        <translation>L&apos;entrée médiane par la voie visage est plus rapide de %1 que celle par badge seul.</translation>
    </message>
    <message>
        <source>The face lane&apos;s median entry is not faster than the badge alone&apos;s (%1 slower or equal): the badge under human supervision is enough for entry speed.</source>
        <translation>L&apos;entrée médiane par la voie visage n&apos;est pas plus rapide que celle par badge seul (%1 de plus ou autant) : le badge sous supervision humaine suffit pour la rapidité d&apos;entrée.</translation>
    </message>
    <message>
        <source>Consents lapsed</source>
        <translation>Consentements arrivés à échéance</translation>
    </message>
    <message>
        <source>Necessity: badge only against the face lane</source>
        <translation>Nécessité : badge seul face à la voie visage</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Badge only (QR code or badge, human supervision)</source>
        <translation>Badge seul (QR code ou badge, sous supervision humaine)</translation>
    </message>
    <message>
        <source>Face lane (badge, then face comparison)</source>
        <translation>Voie visage (badge, puis comparaison du visage)</translation>
    </message>
</context>
<context>
    <name>portique::station</name>
    <message>
        <source>%1 already has passages: a day is seeded once.</source>
        <translation>%1 a déjà des passages : une journée n’est générée qu’une fois.</translation>
    </message>
    <message>
        <source>restricted zone</source>
        <translation>zone réservée</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
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
    <name>portique::ui::AipdPage</name>
    <message>
        <source>&amp;Update from the configuration</source>
        <translation>&amp;Mettre à jour depuis la configuration</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Impact assessment (AIPD)</source>
        <translation>Analyse d’impact (AIPD)</translation>
    </message>
    <message>
        <source>Reading the configuration and checking the audit trail…</source>
        <translation>Lecture de la configuration et vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Save the impact assessment</source>
        <translation>Enregistrer l’analyse d’impact</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The data protection impact assessment, pre-filled from what this station really does today: purposes, data, architectures in use, recipients, rights, cameras and zones, retention periods, security measures, the experiment and its measured figures, risks with proposed levels. Each saved PDF gets the next version number and is recorded in the audit trail with its SHA-256. The sections marked for the DPO are completed by hand on the saved PDF.</source>
        <translation>L’analyse d’impact relative à la protection des données, pré-remplie d’après ce que fait réellement cette station aujourd’hui : finalités, données, architectures utilisées, destinataires, droits, caméras et zones, durées de conservation, mesures de sécurité, l’expérimentation et ses chiffres mesurés, risques avec des niveaux proposés. Chaque PDF enregistré reçoit le numéro de version suivant et est inscrit au journal d’audit avec son empreinte SHA-256. Les sections réservées au DPO se complètent à la main sur le PDF enregistré.</translation>
    </message>
    <message>
        <source>Saved in %1 as version %2 (recorded in the audit trail).</source>
        <translation>Enregistré dans %1, version %2 (inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>%1 was written, but its generation could not be recorded in the audit trail: %2. Delete the file and save again.</source>
        <translation>%1 a été écrit, mais sa génération n’a pas pu être inscrite au journal d’audit : %2. Supprimez le fichier et enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>portique::ui::AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Recent passages</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <source>%1 · visitor</source>
        <translation>%1 · visiteur</translation>
    </message>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation>Les alertes sont illisibles : %1</translation>
    </message>
    <message>
        <source>Alerts (%1 open)</source>
        <translation>Alertes (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Unknown holder</source>
        <translation>Titulaire inconnu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 seen in %2 (restricted)</source>
        <translation>%1 vu(e) dans %2 (zone réservée)</translation>
    </message>
    <message>
        <source>%1 still on site, expected out at %2</source>
        <translation>%1 encore sur place, départ prévu à %2</translation>
    </message>
    <message>
        <source>Watchlist hit confirmed (entry no. %1, since removed)</source>
        <translation>Correspondance avec la liste de vigilance confirmée (fiche n° %1, retirée depuis)</translation>
    </message>
    <message>
        <source>Watchlist hit confirmed: %1 — %2</source>
        <translation>Correspondance avec la liste de vigilance confirmée : %1 — %2</translation>
    </message>
    <message>
        <source>No alert.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Say what was done; the alert then leaves the open ones.</source>
        <translation>Indiquez ce qui a été fait ; l’alerte quitte alors les alertes ouvertes.</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Acquittée par %1 à %2 : %3</translation>
    </message>
    <message>
        <source>No passage yet.</source>
        <translation>Aucun passage pour l’instant.</translation>
    </message>
    <message>
        <source>%1 · %2 · &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;</source>
        <translation>%1 · %2 · &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (dérogation)</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Acquitter l’alerte</translation>
    </message>
    <message>
        <source>What was done, e.g. visitor escorted back to the hall</source>
        <translation>Ce qui a été fait, par ex. visiteur raccompagné au hall</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Handled at the reception desk.</source>
        <translation>Traitée par l’accueil.</translation>
    </message>
</context>
<context>
    <name>portique::ui::AuditPage</name>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Vérifier l’intégrité</translation>
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
        <translation>
            <numerusform>✓ Journal intègre : %n entrée vérifiée.</numerusform>
            <numerusform>✓ Journal intègre : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ Trail broken at record %1: %2</source>
        <translation>✕ Journal rompu à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Sign-ins and sessions</source>
        <translation>Connexions et sessions</translation>
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
        <source>Decisions and overrides</source>
        <translation>Décisions et dérogations</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Visitors and watchlist</source>
        <translation>Visiteurs et liste de vigilance</translation>
    </message>
    <message>
        <source>People, badges, consents</source>
        <translation>Personnes, badges, consentements</translation>
    </message>
    <message>
        <source>Exports, erasures, purges</source>
        <translation>Exports, effacements, purges</translation>
    </message>
    <message>
        <source>Search: user, object, details…</source>
        <translation>Rechercher : utilisateur, objet, détails…</translation>
    </message>
    <message>
        <source>E&amp;xport a signed checkpoint…</source>
        <translation>E&amp;xporter un point de contrôle signé…</translation>
    </message>
    <message>
        <source>Compare with a c&amp;heckpoint…</source>
        <translation>Comparer avec un point de &amp;contrôle…</translation>
    </message>
    <message>
        <source>Keep a signed checkpoint off the station (a USB key, the DPO&apos;s files) to detect later a trail rewritten, cut short or restored from an older backup.</source>
        <translation>Conservez un point de contrôle signé hors du poste (une clé USB, les dossiers du DPO) pour déceler plus tard un journal réécrit, écourté ou restauré depuis une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>Save a signed checkpoint of the audit trail</source>
        <translation>Enregistrer un point de contrôle signé du journal d’audit</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json)</source>
        <translation>Points de contrôle d’audit (*.json)</translation>
    </message>
    <message>
        <source>Compare the audit trail with a checkpoint</source>
        <translation>Comparer le journal d’audit avec un point de contrôle</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json);;All files (*)</source>
        <translation>Points de contrôle d’audit (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the whole chain before signing it…</source>
        <translation>Vérification de toute la chaîne avant de la signer…</translation>
    </message>
    <message>
        <source>✓ Checkpoint of record %1 signed and saved in %2. Keep it off the station.</source>
        <translation>✓ Point de contrôle de l’enregistrement %1 signé et enregistré dans %2. Conservez-le hors du poste.</translation>
    </message>
    <message>
        <source>Comparing the whole chain with the checkpoint…</source>
        <translation>Comparaison de toute la chaîne avec le point de contrôle…</translation>
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
    <name>portique::ui::BadgePrintDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nouveau badge</translation>
    </message>
    <message numerus="yes">
        <source>%n new badges</source>
        <translation>
            <numerusform>%n nouveau badge</numerusform>
            <numerusform>%n nouveaux badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Card printer (CR80, one card a page)</source>
        <translation>Imprimante à cartes (CR80, une carte par page)</translation>
    </message>
    <message>
        <source>A4 sheets (10 cards a page, to cut)</source>
        <translation>Feuilles A4 (10 cartes par page, à découper)</translation>
    </message>
    <message>
        <source>Print the badge now: the station keeps no copy of it, so a badge that is not printed must be issued again.</source>
        <translation>Imprimez le badge maintenant : la station n’en garde aucune copie, et un badge non imprimé doit être émis de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n badges are ready (the first is shown). The station keeps no copy of them: print them now.</source>
        <translation>
            <numerusform>%n badge est prêt (il est affiché). La station n’en garde aucune copie : imprimez-le maintenant.</numerusform>
            <numerusform>%n badges sont prêts (le premier est affiché). La station n’en garde aucune copie : imprimez-les maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>The printer refused the badges: %1</source>
        <translation>L’imprimante a refusé les badges : %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Envoyé à l’imprimante %1.</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The badge has been neither printed nor saved. Close anyway? It stays valid, but printing it later means issuing a new one.</source>
        <translation>Le badge n’a été ni imprimé ni enregistré. Fermer quand même ? Il reste valide, mais pour l’imprimer plus tard il faudra en émettre un nouveau.</translation>
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
    <message>
        <source>Smallest face</source>
        <translation>Plus petit visage</translation>
    </message>
    <message>
        <source>Field of view</source>
        <translation>Champ de vision</translation>
    </message>
    <message>
        <source>Faces narrower than this are not looked for. Smaller reaches further from the camera but costs more computing time.</source>
        <translation>Les visages plus étroits ne sont pas cherchés. Plus petit voit plus loin de la caméra mais coûte plus de calcul.</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>The camera&apos;s horizontal angle of view, from its data sheet (about 60° for a usual USB webcam). Only used to show the distance.</source>
        <translation>L’angle de vue horizontal de la caméra, d’après sa fiche technique (environ 60° pour une webcam USB courante). Sert seulement à afficher la distance.</translation>
    </message>
    <message>
        <source>Smallest &amp;face</source>
        <translation>Plus petit &amp;visage</translation>
    </message>
    <message>
        <source>&amp;Field of view</source>
        <translation>&amp;Champ de vision</translation>
    </message>
    <message>
        <source>≈ %L1 m for this camera</source>
        <extracomment>Beside the smallest face: how far from the camera a face of that size is.</extracomment>
        <translation>≈ %L1 m pour cette caméra</translation>
    </message>
    <message>
        <source>%1 px (≈ %L2 m)</source>
        <translation>%1 px (≈ %L2 m)</translation>
    </message>
    <message>
        <source>Visitor desk (photo on the agent&apos;s key only)</source>
        <translation>Accueil des visiteurs (photo seulement sur la touche de l’agent)</translation>
    </message>
    <message>
        <source>Visitor desk</source>
        <translation>Accueil des visiteurs</translation>
    </message>
</context>
<context>
    <name>portique::ui::CheckoutDialog</name>
    <message>
        <source>&amp;Check out</source>
        <translation>Enregistrer la &amp;sortie</translation>
    </message>
    <message>
        <source>Visitor check-out</source>
        <translation>Sortie d’un visiteur</translation>
    </message>
    <message>
        <source>Scan the pass or pick the visitor</source>
        <translation>Scannez le laissez-passer ou choisissez le visiteur</translation>
    </message>
    <message>
        <source>Scanning the pass checks the visitor out at once. You can also type the pass&apos;s code or the visitor&apos;s number (V…), or a name to find them in the list, then press Enter. The pass stops working, and the face template and the trail are deleted at once.</source>
        <translation>Scanner le laissez-passer enregistre aussitôt la sortie du visiteur. Vous pouvez aussi saisir le code du laissez-passer ou le numéro du visiteur (V…), ou un nom pour le trouver dans la liste, puis appuyer sur Entrée. Le laissez-passer cesse d’être valable, et le gabarit biométrique et le parcours sont supprimés immédiatement.</translation>
    </message>
    <message>
        <source>Pass code, visitor number or name</source>
        <translation>Code du laissez-passer, numéro du visiteur ou nom</translation>
    </message>
    <message>
        <source>&amp;Pass:</source>
        <translation>&amp;Laissez-passer :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Personne visitée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>On site:</source>
        <translation>Sur place :</translation>
    </message>
    <message>
        <source>Scan the pass, or pick the visitor in the list.</source>
        <translation>Scannez le laissez-passer, ou choisissez le visiteur dans la liste.</translation>
    </message>
    <message>
        <source>%1 checked out at %2 — template and trail deleted.</source>
        <translation>Sortie de %1 à %2 — gabarit et parcours supprimés.</translation>
    </message>
    <message>
        <source>%1 checked out at %2 — the pass no longer works.</source>
        <translation>Sortie de %1 à %2 — le laissez-passer n’est plus valable.</translation>
    </message>
</context>
<context>
    <name>portique::ui::ConsentsPage</name>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>paper form %1</source>
        <translation>formulaire papier %1</translation>
    </message>
    <message>
        <source>in person at the desk</source>
        <translation>en personne à l’accueil</translation>
    </message>
    <message>
        <source>type 2 (database)</source>
        <translation>type 2 (base de données)</translation>
    </message>
    <message>
        <source>type 1 (badge)</source>
        <translation>type 1 (badge)</translation>
    </message>
    <message>
        <source>withdrawn %1 by %2</source>
        <translation>retiré le %1 par %2</translation>
    </message>
    <message>
        <source>in force — left the school %1</source>
        <translation>en vigueur — a quitté l’établissement le %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All consents</source>
        <translation>Tous les consentements</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Filter: name, guardian, form…</source>
        <translation>Filtrer : nom, représentant légal, formulaire…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Held at the station</source>
        <translation>Détenu par la station</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Consent register</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Every consent to the face lane, with who agreed (a legal guardian for a minor), how it was collected and its withdrawal. A withdrawal deletes the template at once; the record itself is kept for the retention period of people who left, as proof.</source>
        <translation>Chaque consentement à la voie visage, avec qui l’a donné (un représentant légal pour un mineur), comment il a été recueilli et son retrait. Un retrait du consentement supprime aussitôt le gabarit biométrique ; l’entrée elle-même est conservée comme preuve, pendant la durée de conservation des personnes sorties de l’établissement.</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lasse :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) listed</source>
        <translation>
            <numerusform>%n consentement listé</numerusform>
            <numerusform>%n consentements listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in force</source>
        <translation>
            <numerusform>%n en vigueur</numerusform>
            <numerusform>%n en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the consent register</source>
        <translation>Enregistrer le registre des consentements</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>lapsed %1 (%2)</source>
        <translation>arrivé à échéance le %1 (%2)</translation>
    </message>
    <message>
        <source>Withdrawn or lapsed</source>
        <translation>Retirés ou arrivés à échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn or lapsed</source>
        <translation>
            <numerusform>%n retiré ou arrivé à échéance</numerusform>
            <numerusform>%n retirés ou arrivés à échéance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::EnrolmentWizard</name>
    <message>
        <source>Use the &amp;face lane: I consent to the comparison of my face with my badge</source>
        <translation>Utiliser la &amp;voie visage : je consens à la comparaison de mon visage avec mon badge</translation>
    </message>
    <message>
        <source>Information before consent</source>
        <translation>Information avant le consentement</translation>
    </message>
    <message>
        <source>No camera is running: only a badge-only badge can be issued now (%1).</source>
        <translation>Aucune caméra ne fonctionne : seul un badge sans biométrie peut être émis pour l’instant (%1).</translation>
    </message>
    <message>
        <source>%1 already uses the face lane: enrolling again replaces the template and the badge.</source>
        <translation>%1 utilise déjà la voie visage : une nouvelle inscription remplace le gabarit et le badge.</translation>
    </message>
    <message>
        <source>In &amp;person, at this desk</source>
        <translation>&amp;En personne, à cet accueil</translation>
    </message>
    <message>
        <source>In the station, &amp;locked by a key that only the badge carries</source>
        <translation>Dans la station, &amp;verrouillé par une clé que seul le badge porte</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent given &amp;by:</source>
        <translation>Consentement &amp;donné par :</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>&amp;Représentant légal :</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Lien avec l’élève :</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <source>Where the template is kept</source>
        <translation>Lieu de conservation du gabarit</translation>
    </message>
    <message>
        <source>%1 is an adult and consents alone.</source>
        <translation>%1 est majeur(e) et donne seul(e) son consentement.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Ask the person to stand in front of the camera, look at it and blink once. No image is kept.</source>
        <translation>Demandez à la personne de se placer devant la caméra, de la regarder et de cligner des yeux une fois. Aucune image n’est conservée.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <source>Failure to enrol: %1 It is recorded; try again, or issue a badge-only badge.</source>
        <translation>Échec d’inscription : %1 Cet échec est enregistré ; réessayez, ou émettez un badge sans biométrie.</translation>
    </message>
    <message>
        <source>&amp;Print the badge…</source>
        <translation>&amp;Imprimer le badge…</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nouveau badge</translation>
    </message>
    <message>
        <source>Issuing the badge…</source>
        <translation>Émission du badge…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Badge %2 is valid until %3; the previous badge is revoked.</source>
        <translation>%1 est inscrit(e). Le badge %2 est valable jusqu’au %3 ; le badge précédent est révoqué.</translation>
    </message>
    <message>
        <source>Badge-only badge %1 for %2, valid until %3; the previous badge is revoked.</source>
        <translation>Badge sans biométrie %1 pour %2, valable jusqu’au %3 ; le badge précédent est révoqué.</translation>
    </message>
    <message>
        <source>Enrolment — %1</source>
        <translation>Inscription — %1</translation>
    </message>
    <message>
        <source>&amp;Badge only: no template of my face</source>
        <translation>&amp;Badge seul : aucun gabarit de mon visage</translation>
    </message>
    <message>
        <source>On a &amp;paper form issued by the station, reference:</source>
        <translation>Sur un formulaire &amp;papier émis par la station, référence :</translation>
    </message>
    <message>
        <source>On the &amp;badge: the station keeps no template</source>
        <translation>Sur le &amp;badge : la station ne garde aucun gabarit</translation>
    </message>
    <message>
        <source>typed as the person gives it</source>
        <translation>saisi tel que la personne l’indique</translation>
    </message>
    <message>
        <source>scan the QR code of the returned form, or type CF-…</source>
        <translation>scannez le QR code du formulaire rendu, ou tapez CF-…</translation>
    </message>
    <message>
        <source>The student&apos;s own &amp;agreement, their name:</source>
        <translation>&amp;Accord de l’élève lui-même, son nom :</translation>
    </message>
    <message>
        <source>%1 is a minor: they agree themselves, and a legal representative consents as well.</source>
        <translation>%1 est mineur(e) : l’élève donne son propre accord, et un représentant légal consent également.</translation>
    </message>
    <message>
        <source>Scan the QR code of the form the station printed for %1.</source>
        <translation>Scannez le QR code du formulaire que la station a imprimé pour %1.</translation>
    </message>
    <message>
        <source>A form reference is CF- and 8 letters or digits.</source>
        <translation>Une référence de formulaire se compose de CF- suivi de 8 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>✓ Form %1, issued for %2.</source>
        <translation>✓ Formulaire %1, émis pour %2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the face lane does.&lt;/b&gt; At the entrance, after you show your badge, a camera compares your face with the template of the person that badge belongs to (one-to-one). It never searches a face among other students.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What is kept.&lt;/b&gt; One template (a list of numbers computed from your face, not a photo), sealed into your badge or locked in the station by a key only your badge carries. No photo or video of you is kept: the images taken now are discarded at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;With a badge only,&lt;/b&gt; no template of your face is ever computed: the lane camera only locates faces and, for the person standing at the lane, follows the eyes for a moment to see a blink; nothing of it is kept. Only a face-lane badge makes the station describe the face of whoever presents it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice.&lt;/b&gt; The face lane is optional. The badge-only lane is just as fast and looks exactly the same at the gate. Refusing changes nothing for you. You can withdraw your consent at any time at this desk, without giving a reason: it takes effect at once, and the same badge keeps working, badge-only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For a minor,&lt;/b&gt; a legal representative must consent as well.&lt;/p&gt;&lt;p&gt;Controller: the school. Contact: its data-protection officer. Legal basis: consent (GDPR art. 9-2-a).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que fait la voie visage.&lt;/b&gt; À l’entrée, après la présentation de votre badge, une caméra compare votre visage au gabarit de la personne à qui appartient ce badge (comparaison en un contre un). Elle ne recherche jamais un visage parmi les autres élèves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qui est conservé.&lt;/b&gt; Un gabarit (une liste de nombres calculée à partir de votre visage, pas une photo), scellé dans votre badge ou verrouillé dans la station par une clé que seul votre badge porte. Aucune photo ni vidéo de vous n’est conservée : les images prises maintenant sont aussitôt supprimées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avec un badge seul,&lt;/b&gt; aucun gabarit de votre visage n’est jamais calculé : la caméra de la voie se contente de repérer les visages et, pour la personne qui se tient à la voie, suit ses yeux un instant pour détecter un clignement ; rien n’en est conservé. Seul un badge de la voie visage conduit la station à calculer une description du visage de la personne qui le présente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Votre choix.&lt;/b&gt; La voie visage est facultative. La voie badge seul est tout aussi rapide et, à l’entrée, rien ne la distingue de l’autre. Refuser ne change rien pour vous. Vous pouvez retirer votre consentement à tout moment, à cet accueil, sans avoir à donner de motif : le retrait prend effet immédiatement, et le même badge continue de fonctionner, en badge seul.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pour une personne mineure,&lt;/b&gt; un représentant légal doit également donner son consentement.&lt;/p&gt;&lt;p&gt;Responsable du traitement : l’établissement. Contact : son délégué à la protection des données. Base légale : consentement (RGPD, art. 9.2.a).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>portique::ui::ErasureDialog</name>
    <message>
        <source>Registry entry (identity, class)</source>
        <translation>Fiche du registre (identité, classe)</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Consents and withdrawals</source>
        <translation>Consentements et retraits</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Gabarits biométriques</translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation>Tentatives d’inscription</translation>
    </message>
    <message>
        <source>Passages at the gate</source>
        <translation>Passages à l’entrée</translation>
    </message>
    <message>
        <source>Overrides of those passages</source>
        <translation>Dérogations sur ces passages</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Visitor record</source>
        <translation>Fiche du visiteur</translation>
    </message>
    <message>
        <source>Visitor face templates</source>
        <translation>Gabarits biométriques des visiteurs</translation>
    </message>
    <message>
        <source>Sightings by indoor cameras</source>
        <translation>Détections par les caméras intérieures</translation>
    </message>
    <message>
        <source>⚠ This cannot be undone.</source>
        <translation>⚠ Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase a person&apos;s data</source>
        <translation>Effacer les données d’une personne</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Erase %1 (%2)</source>
        <translation>Effacer %1 (%2)</translation>
    </message>
    <message>
        <source>Counting what the station holds…</source>
        <translation>Décompte de ce que détient la station…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>The rows are deleted from the database file itself, not hidden, and the person&apos;s badges stop opening anything. Only one audit record will remain, saying that an erasure happened, by whom and when, but not whom it was about. A student still enrolled comes back at the next SIECLE import as a new entry, without any history.</source>
        <translation>Les lignes sont supprimées du fichier de la base de données lui-même, et non masquées, et les badges de la personne n’ouvrent plus rien. Une seule entrée d’audit restera, indiquant qu’un effacement a eu lieu, par qui et quand, mais pas qui il concernait. Un élève encore scolarisé revient au prochain import SIECLE comme une nouvelle fiche, sans aucun historique.</translation>
    </message>
    <message>
        <source>&amp;Type the person&apos;s name or id to confirm:</source>
        <translation>&amp;Saisissez le nom ou l’identifiant de la personne pour confirmer :</translation>
    </message>
    <message numerus="yes">
        <source>Everything the station holds about this person will be deleted: %n record(s).</source>
        <translation>
            <numerusform>Tout ce que la station détient sur cette personne sera supprimé : %n enregistrement.</numerusform>
            <numerusform>Tout ce que la station détient sur cette personne sera supprimé : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type the name “%1” or the id “%2” to confirm:</source>
        <translation>&amp;Saisissez le nom « %1 » ou l’identifiant « %2 » pour confirmer :</translation>
    </message>
    <message>
        <source>Nothing can be erased now.</source>
        <translation>Rien ne peut être effacé pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Rows deleted in all</source>
        <translation>Lignes supprimées en tout</translation>
    </message>
    <message>
        <source>Rows deleted</source>
        <translation>Lignes supprimées</translation>
    </message>
    <message>
        <source>Valid badges revoked first</source>
        <translation>Badges valables révoqués d’abord</translation>
    </message>
    <message>
        <source>Valid badges revoked</source>
        <translation>Badges valables révoqués</translation>
    </message>
    <message>
        <source>Audit records to blank (kept, marked erased)</source>
        <translation>Entrées d’audit à vider (conservées, marquées effacées)</translation>
    </message>
    <message>
        <source>Audit records blanked (kept, marked erased)</source>
        <translation>Entrées d’audit vidées (conservées, marquées effacées)</translation>
    </message>
    <message>
        <source>Agents&apos; notes naming them (name to blank)</source>
        <translation>Notes d’agents qui la nomment (nom à effacer)</translation>
    </message>
    <message>
        <source>Agents&apos; notes naming them (name blanked)</source>
        <translation>Notes d’agents qui la nomment (nom effacé)</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n’a été effacé : %1</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message numerus="yes">
        <source>Everything the station held about this person was deleted: %n record(s).</source>
        <translation>
            <numerusform>Tout ce que la station détenait sur cette personne a été supprimé : %n enregistrement.</numerusform>
            <numerusform>Tout ce que la station détenait sur cette personne a été supprimé : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Erased. The audit trail keeps only record %1, saying that an erasure happened, by %2, and when.</source>
        <translation>✓ Effacé. Le journal d’audit ne garde que l’entrée %1, qui indique qu’un effacement a eu lieu, par %2, et quand.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the station wrote about them (badges, passes, exports, reports) cannot be erased by the station: they are listed afterwards, to delete by hand.</source>
        <translation>
            <numerusform>%n fichier écrit par le poste à son sujet (badge, laissez-passer, export, rapport) ne peut pas être effacé par le poste : il est indiqué ensuite, à supprimer à la main.</numerusform>
            <numerusform>%n fichiers écrits par le poste à son sujet (badges, laissez-passer, exports, rapports) ne peuvent pas être effacés par le poste : ils sont indiqués ensuite, à supprimer à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station wrote %n file(s) that may still hold this person&apos;s data. Delete them (and any printed copy):</source>
        <translation>
            <numerusform>Le poste a écrit %n fichier qui peut encore contenir des données de cette personne. Supprimez-le (ainsi que toute copie imprimée) :</numerusform>
            <numerusform>Le poste a écrit %n fichiers qui peuvent encore contenir des données de cette personne. Supprimez-les (ainsi que toute copie imprimée) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::GatePage</name>
    <message>
        <source>Manual entry… (Ctrl+M)</source>
        <translation>Entrée manuelle… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Let a person without a badge in, or type a badge&apos;s code (Ctrl+M)</source>
        <translation>Faire entrer une personne sans badge, ou saisir le code d’un badge (Ctrl+M)</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>No entrance lane is configured.</source>
        <translation>Aucune voie d’entrée n’est configurée.</translation>
    </message>
    <message>
        <source>No camera can run on this station.</source>
        <translation>Aucune caméra ne peut fonctionner sur cette station.</translation>
    </message>
    <message>
        <source>An administrator adds the lanes&apos; cameras, with the role “Entrance lane”, in Administration › Cameras.</source>
        <translation>Un administrateur ajoute les caméras des voies, avec le rôle « Voie d’entrée », dans Administration › Caméras.</translation>
    </message>
    <message>
        <source>%1 — Ctrl+%2 selects it</source>
        <translation>%1 — Ctrl+%2 la sélectionne</translation>
    </message>
    <message>
        <source>Sounds off</source>
        <translation>Sons coupés</translation>
    </message>
    <message>
        <source>Gate settings unreadable, defaults used: %1</source>
        <translation>Réglages des voies illisibles, valeurs par défaut utilisées : %1</translation>
    </message>
    <message>
        <source>%1 is still deciding the previous passage: scan again in a moment.</source>
        <translation>%1 décide encore du passage précédent : scannez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>%1 is reading a credential: override once it is decided.</source>
        <translation>%1 lit un badge : dérogation possible une fois la décision prise.</translation>
    </message>
    <message>
        <source>%1: no decision to override yet.</source>
        <translation>%1 : pas encore de décision à laquelle déroger.</translation>
    </message>
    <message>
        <source>%1: the last decision is not on record and cannot be overridden.</source>
        <translation>%1 : la dernière décision n’est pas enregistrée et ne peut pas faire l’objet d’une dérogation.</translation>
    </message>
    <message>
        <source>%1: the last decision is already overridden.</source>
        <translation>%1 : la dernière décision a déjà fait l’objet d’une dérogation.</translation>
    </message>
    <message>
        <source>Sounds on</source>
        <translation>Sons activés</translation>
    </message>
</context>
<context>
    <name>portique::ui::ImportDialog</name>
    <message>
        <source>family name: %1 → %2</source>
        <translation>nom de famille : %1 → %2</translation>
    </message>
    <message>
        <source>first name: %1 → %2</source>
        <translation>prénom : %1 → %2</translation>
    </message>
    <message>
        <source>class: %1 → %2</source>
        <translation>classe : %1 → %2</translation>
    </message>
    <message>
        <source>birth date: %1 → %2</source>
        <translation>date de naissance : %1 → %2</translation>
    </message>
    <message>
        <source>leaving date: %1 → %2</source>
        <translation>date de sortie : %1 → %2</translation>
    </message>
    <message>
        <source>kind: %1 → %2</source>
        <translation>type : %1 → %2</translation>
    </message>
    <message>
        <source>SIECLE export of students</source>
        <translation>Export SIECLE des élèves</translation>
    </message>
    <message>
        <source>SIECLE export of legal representatives</source>
        <translation>Export SIECLE des représentants légaux</translation>
    </message>
    <message>
        <source>CSV list</source>
        <translation>Liste CSV</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>I c&amp;onfirm these departures</source>
        <translation>Je c&amp;onfirme ces départs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Import a list of people</source>
        <translation>Importer une liste de personnes</translation>
    </message>
    <message>
        <source>! When the import is applied, these people are marked as having left and their badges are revoked at once: they no longer open the gate.</source>
        <translation>! Dès que l’import est appliqué, ces personnes sont marquées comme sorties de l’établissement et leurs badges sont révoqués : ils ne permettent plus d’entrer.</translation>
    </message>
    <message>
        <source>A SIECLE export (ElevesSansAdresses.xml for the students, ResponsablesAvecAdresses.xml for their legal representatives) or a CSV list of staff and others. The file is compared with the registry first: nothing is written before you click Apply.</source>
        <translation>Un export SIECLE (ElevesSansAdresses.xml pour les élèves, ResponsablesAvecAdresses.xml pour leurs représentants légaux) ou une liste CSV du personnel et des autres personnes. Le fichier est d’abord comparé au registre : rien n’est écrit avant que vous cliquiez sur Appliquer.</translation>
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation>Choisir une liste à importer</translation>
    </message>
    <message>
        <source>SIECLE (*.xml);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>SIECLE (*.xml);;CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Comparing with the registry…</source>
        <translation>Comparaison avec le registre…</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>school %1</source>
        <translation>établissement %1</translation>
    </message>
    <message>
        <source>exported on %1</source>
        <translation>exporté le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n legal representative(s) kept</source>
        <translation>
            <numerusform>%n représentant légal retenu</numerusform>
            <numerusform>%n représentants légaux retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) ignored (students unknown or who have left)</source>
        <translation>
            <numerusform>%n lien ignoré (élève inconnu ou sorti de l’établissement)</numerusform>
            <numerusform>%n liens ignorés (élèves inconnus ou sortis de l’établissement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaving</source>
        <translation>
            <numerusform>%n départ</numerusform>
            <numerusform>%n départs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <source>absent from the file</source>
        <translation>absence du fichier</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>sortie le %1</translation>
    </message>
    <message>
        <source>&amp;New (%1)</source>
        <translation>A&amp;jouts (%1)</translation>
    </message>
    <message>
        <source>C&amp;hanged (%1)</source>
        <translation>&amp;Modifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Leaving (%1)</source>
        <translation>&amp;Départs (%1)</translation>
    </message>
    <message>
        <source>E&amp;rrors (%1)</source>
        <translation>E&amp;rreurs (%1)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n legal representative(s) recorded</source>
        <translation>
            <numerusform>%n représentant légal enregistré</numerusform>
            <numerusform>%n représentants légaux enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n student(s)</source>
        <translation>
            <numerusform>pour %n élève</numerusform>
            <numerusform>pour %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applied: %1.</source>
        <translation>Import appliqué : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n personne ajoutée</numerusform>
            <numerusform>%n personnes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as having left (badges revoked)</source>
        <translation>
            <numerusform>%n marquée comme sortie de l’établissement (badges révoqués)</numerusform>
            <numerusform>%n marquées comme sorties de l’établissement (badges révoqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source> (rectified by the DPO: kept)</source>
        <translation> (rectifié par le DPO : conservé)</translation>
    </message>
    <message>
        <source>restricted: not updated</source>
        <translation>traitement limité : non mis à jour</translation>
    </message>
    <message>
        <source>Only the data protection officer may: the file&apos;s values replace the corrected ones</source>
        <translation>Réservé au délégué à la protection des données : les valeurs du fichier remplacent les valeurs corrigées</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n value(s) the DPO rectified with the file&apos;s</source>
        <translation>
            <numerusform>Remplacer %n valeur rectifiée par le DPO par celle du fichier</numerusform>
            <numerusform>Remplacer les %n valeurs rectifiées par le DPO par celles du fichier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::LaneTile</name>
    <message>
        <source>scanner</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>QR code seen by the camera</source>
        <translation>QR code vu par la caméra</translation>
    </message>
    <message>
        <source>code typed by the agent</source>
        <translation>code saisi par l’agent</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>entrée manuelle</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>entrée autorisée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>entrée refusée</translation>
    </message>
    <message>
        <source>checked by hand</source>
        <translation>contrôle manuel</translation>
    </message>
    <message>
        <source>▶ selected</source>
        <translation>▶ sélectionnée</translation>
    </message>
    <message>
        <source>Override (F2)</source>
        <translation>Dérogation (F2)</translation>
    </message>
    <message>
        <source>Override the lane&apos;s last decision, with a reason (F2)</source>
        <translation>Déroger à la dernière décision de la voie, avec un motif (F2)</translation>
    </message>
    <message>
        <source>Last passages</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Present a badge or a QR code</source>
        <translation>Présentez un badge ou un QR code</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>match %1 %</source>
        <translation>correspondance %1&#xa0;%</translation>
    </message>
    <message>
        <source>Face distance %1 (0 is identical; the lower, the closer)</source>
        <translation>Distance du visage %1 (0 : identique ; plus elle est faible, plus les visages se ressemblent)</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>face checked</source>
        <translation>visage vérifié</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Overridden: %1 by %2 — %3</source>
        <translation>Dérogation de %2 : %1 — %3</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message>
        <source>   ↻ overridden: %1</source>
        <translation>   ↻ dérogation : %1</translation>
    </message>
    <message>
        <source>%1 passages / min</source>
        <translation>%1 passages / min</translation>
    </message>
    <message>
        <source>%1 · visitor</source>
        <translation>%1 · visiteur</translation>
    </message>
    <message>
        <source>Unknown visitor pass</source>
        <translation>Laissez-passer visiteur inconnu</translation>
    </message>
    <message>
        <source>%1 · badge only</source>
        <translation>%1 · badge seul</translation>
    </message>
    <message>
        <source>Outside the declared experiment: every badge on this lane is decided on the badge alone.</source>
        <translation>Hors de l&apos;expérimentation déclarée : sur cette voie, chaque badge est décidé sur le badge seul.</translation>
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
    <message>
        <source>granted</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation>contrôle manuel</translation>
    </message>
    <message>
        <source>Entrance lanes</source>
        <translation>Voies d’entrée</translation>
    </message>
    <message>
        <source>The lanes go on deciding while the station is locked.</source>
        <translation>Les voies continuent de décider pendant que le poste est verrouillé.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>calme</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in the last minute</source>
        <translation>
            <numerusform>%n passage dans la dernière minute</numerusform>
            <numerusform>%n passages dans la dernière minute</numerusform>
        </translation>
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
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Liste de vigilance</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts: acknowledge them in the column on the right.</source>
        <translation>Alertes ouvertes : acquittez-les dans la colonne de droite.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) checked out at the end of the day.</source>
        <translation>
            <numerusform>%n visiteur sorti automatiquement en fin de journée.</numerusform>
            <numerusform>%n visiteurs sortis automatiquement en fin de journée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitors&apos; sweep failed: %1</source>
        <translation>Échec du contrôle périodique des visiteurs : %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>portique::ui::ManualEntryDialog</name>
    <message>
        <source>&amp;Let in on this lane</source>
        <translation>Faire &amp;entrer sur cette voie</translation>
    </message>
    <message>
        <source>&amp;Present the code</source>
        <translation>&amp;Présenter le code</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Entrée manuelle</translation>
    </message>
    <message>
        <source>Family name, first name or number</source>
        <translation>Nom, prénom ou numéro</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>The code printed under the badge&apos;s QR code</source>
        <translation>Le code imprimé sous le QR code du badge</translation>
    </message>
    <message>
        <source>A person without a badge</source>
        <translation>Une personne sans badge</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>Check the person&apos;s identity before letting them in: the passage is recorded as a manual entry in your name.</source>
        <translation>Vérifiez l’identité de la personne avant de la faire entrer : le passage est enregistré comme entrée manuelle à votre nom.</translation>
    </message>
    <message>
        <source>Last resort: type a badge&apos;s code</source>
        <translation>En dernier recours : saisir le code d’un badge</translation>
    </message>
    <message>
        <source>La&amp;ne</source>
        <translation>&amp;Voie</translation>
    </message>
    <message>
        <source>Type a name or choose a class.</source>
        <translation>Saisissez un nom ou choisissez une classe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling, or the class.</source>
        <translation>Personne n’a été trouvé : vérifiez l’orthographe, ou la classe.</translation>
    </message>
    <message>
        <source>%1 people found; the first %2 are listed: narrow the search.</source>
        <translation>%1 personnes trouvées ; seules les %2 premières sont affichées : précisez la recherche.</translation>
    </message>
    <message>
        <source>%1 is still deciding a passage: try again in a moment.</source>
        <translation>%1 décide encore d’un passage : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 did not take the code: it was just presented, or a passage is still being decided.</source>
        <translation>%1 n’a pas pris le code : il vient d’être présenté, ou un passage est encore en cours de décision.</translation>
    </message>
</context>
<context>
    <name>portique::ui::NoticesPage</name>
    <message>
        <source>Save the &amp;details</source>
        <translation>Enregistrer les &amp;informations</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>e.g. Mme Claire Martin, proviseure</source>
        <translation>ex. : Mme Claire Martin, proviseure</translation>
    </message>
    <message>
        <source>an e-mail address or a phone number</source>
        <translation>une adresse électronique ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>at the school&apos;s reception desk</source>
        <translation>à l’accueil de l’établissement</translation>
    </message>
    <message>
        <source>Information notices written from this station&apos;s configuration: every retention period, camera use and contact is read from the settings when the notice is drawn, so a changed setting changes the next notice. Save and print a new one after each change.</source>
        <translation>Notices d’information rédigées à partir de la configuration de cette station : chaque durée de conservation, usage des caméras et contact est lu dans les paramètres au moment où la notice est produite ; un paramètre modifié change donc la notice suivante. Enregistrez et imprimez une nouvelle notice après chaque modification.</translation>
    </message>
    <message>
        <source>&amp;Head of school:</source>
        <translation>&amp;Chef d’établissement :</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Adresse de l’établissement :</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;contact:</source>
        <translation>Coordonnées du &amp;DPO :</translation>
    </message>
    <message>
        <source>&amp;Where to read the notice:</source>
        <translation>&amp;Où consulter la notice :</translation>
    </message>
    <message>
        <source>Information notices</source>
        <translation>Notices d’information</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Notice :</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Informations enregistrées.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1 was written but could not be recorded in the audit trail: %2</source>
        <translation>%1 a été écrit, mais n’a pas pu être inscrit au journal d’audit : %2</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Enregistrer la notice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>portique::ui::OverrideDialog</name>
    <message>
        <source>&amp;Grant entry</source>
        <translation>&amp;Autoriser l’entrée</translation>
    </message>
    <message>
        <source>&amp;Refuse entry</source>
        <translation>&amp;Refuser l’entrée</translation>
    </message>
    <message>
        <source>Override — %1</source>
        <translation>Dérogation — %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note (required for “Other”)</source>
        <translation>Note (obligatoire pour « Autre »)</translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation>Enregistrer la dérogation</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Recorded with the original decision, in your name (%1).</source>
        <translation>Enregistrée avec la décision d’origine, à votre nom (%1).</translation>
    </message>
    <message>
        <source>Say why in a few words.</source>
        <translation>Indiquez le motif en quelques mots.</translation>
    </message>
</context>
<context>
    <name>portique::ui::PassPrintDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Visitor pass — %1</source>
        <translation>Laissez-passer visiteur — %1</translation>
    </message>
    <message>
        <source>62 mm label (label printer)</source>
        <translation>Étiquette de 62 mm (imprimante d’étiquettes)</translation>
    </message>
    <message>
        <source>A6 sheet (any printer)</source>
        <translation>Feuille A6 (toute imprimante)</translation>
    </message>
    <message>
        <source>Print the pass now and hand it to the visitor: the station keeps no copy of it (nor of the photo), so a pass that is not printed must be re-issued.</source>
        <translation>Imprimez le laissez-passer maintenant et remettez-le au visiteur : la station n’en garde aucune copie (ni de la photo), et un laissez-passer non imprimé doit être réédité.</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Laissez-passer visiteur</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>The printer refused the pass: %1</source>
        <translation>L’imprimante a refusé le laissez-passer : %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Envoyé à l’imprimante %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the pass as PDF</source>
        <translation>Enregistrer le laissez-passer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The pass has been neither printed nor saved. Close anyway? It stays valid, but printing it later means re-issuing it (the photo is not kept).</source>
        <translation>Le laissez-passer n’a été ni imprimé ni enregistré. Fermer quand même ? Il reste valable, mais pour l’imprimer plus tard il faudra le rééditer (la photo n’est pas conservée).</translation>
    </message>
</context>
<context>
    <name>portique::ui::PeoplePage</name>
    <message>
        <source>left the school</source>
        <translation>sortie de l’établissement</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>retrait du consentement</translation>
    </message>
    <message>
        <source>replaced by a new badge</source>
        <translation>remplacé par un nouveau badge</translation>
    </message>
    <message>
        <source>type 1: the sealed template is on the badge only</source>
        <translation>type 1 : le gabarit scellé est uniquement sur le badge</translation>
    </message>
    <message>
        <source>type 2: the template is in the database, sealed under a key only the badge carries</source>
        <translation>type 2 : le gabarit est dans la base, scellé sous une clé que seul le badge porte</translation>
    </message>
    <message>
        <source>badge only</source>
        <translation>badge seul</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · identifiant %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>%1 — minor</source>
        <translation>%1 ans — mineur</translation>
    </message>
    <message>
        <source>%1 — adult</source>
        <translation>%1 ans — majeur</translation>
    </message>
    <message>
        <source>unknown — treated as a minor</source>
        <translation>inconnu — considéré comme mineur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>active, leaves on %1</source>
        <translation>actif, sortie prévue le %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>sortie le %1</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <source>None recorded (import ResponsablesAvecAdresses.xml).</source>
        <translation>Aucun enregistré (importez ResponsablesAvecAdresses.xml).</translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation>Voie visage</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <source>paper form %1</source>
        <translation>formulaire papier %1</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Badge only: no consent in force, no template anywhere.</source>
        <translation>Badge seul : aucun consentement en vigueur, aucun gabarit nulle part.</translation>
    </message>
    <message>
        <source>! The database still holds a template without a consent in force.</source>
        <translation>! La base contient encore un gabarit sans consentement en vigueur.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>No badge issued.</source>
        <translation>Aucun badge émis.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <translation>révoqué le %1 (%2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Enrolment attempts</source>
        <translation>Tentatives d’inscription</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>✓ enrolled</source>
        <translation>✓ inscrit</translation>
    </message>
    <message>
        <source>✕ failed: %1</source>
        <translation>✕ échec : %1</translation>
    </message>
    <message>
        <source>Show people who have &amp;left</source>
        <translation>Afficher les personnes &amp;sorties de l’établissement</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>&amp;Enrol in the face lane…</source>
        <translation>Inscrire à la &amp;voie visage…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <source>New &amp;badge…</source>
        <translation>Nouveau &amp;badge…</translation>
    </message>
    <message>
        <source>&amp;Print the class&apos;s badges…</source>
        <translation>Imprimer les badges de la &amp;classe…</translation>
    </message>
    <message>
        <source>Find a name or an id (Ctrl+F)</source>
        <translation>Rechercher un nom ou un identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Select a person to see their legal representatives, consent, badges and enrolment attempts.</source>
        <translation>Sélectionnez une personne pour voir ses représentants légaux, son consentement, ses badges et ses tentatives d’inscription.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No one in the registry yet: import a list (a SIECLE export or a CSV file) with &quot;Import a list…&quot;.</source>
        <translation>Le registre est encore vide : importez une liste (un export SIECLE ou un fichier CSV) avec « Importer une liste… ».</translation>
    </message>
    <message>
        <source>No one matches the search.</source>
        <translation>Personne ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>This person uses the face lane: enrol again to replace the badge, or withdraw the consent first.</source>
        <translation>Cette personne utilise la voie visage : refaites l’inscription pour remplacer le badge, ou retirez d’abord le consentement.</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Choisissez d’abord une classe.</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Issue a new badge for %1?

Their current badge (valid until %2) is revoked at once and no longer opens the gate. The new badge carries no face template.</source>
        <translation>Émettre un nouveau badge pour %1 ?

Le badge actuel (valable jusqu’au %2) est révoqué immédiatement et ne permet plus d’entrer. Le nouveau badge ne porte aucun gabarit biométrique.</translation>
    </message>
    <message>
        <source>Issue a badge for %1?

Any earlier badge is revoked. The new badge carries no face template.</source>
        <translation>Émettre un badge pour %1 ?

Tout badge antérieur est révoqué. Le nouveau badge ne porte aucun gabarit biométrique.</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nouveau badge</translation>
    </message>
    <message>
        <source>New badge issued for %1: print it now.</source>
        <translation>Nouveau badge émis pour %1 : imprimez-le maintenant.</translation>
    </message>
    <message>
        <source>every person of %1 who is present and does not use the face lane</source>
        <translation>chaque personne de %1 qui n’est pas sortie de l’établissement et n’utilise pas la voie visage</translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) of %1 who are present and do not use the face lane</source>
        <translation>
            <numerusform>la %n personne de %1 qui n’est pas sortie de l’établissement et n’utilise pas la voie visage</numerusform>
            <numerusform>les %n personnes de %1 qui ne sont pas sorties de l’établissement et n’utilisent pas la voie visage</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the class&apos;s badges</source>
        <translation>Imprimer les badges de la classe</translation>
    </message>
    <message>
        <source>Issue a new badge for %1?

Their current badges are revoked at once and no longer open the gate. People who use the face lane are left out: their badge carries or unlocks their template.</source>
        <translation>Émettre un nouveau badge pour %1 ?

Leurs badges actuels sont révoqués immédiatement et ne permettent plus d’entrer. Les personnes qui utilisent la voie visage sont exclues : leur badge porte ou déverrouille leur gabarit.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) issued for %1.</source>
        <translation>
            <numerusform>%n badge émis pour %1.</numerusform>
            <numerusform>%n badges émis pour %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who use the face lane were left out: their badge carries or unlocks their template, so only a new enrolment (or withdrawing the consent) replaces it.</source>
        <translation>
            <numerusform>%n personne qui utilise la voie visage a été exclue : son badge porte ou déverrouille son gabarit, donc seule une nouvelle inscription (ou le retrait du consentement) peut le remplacer.</numerusform>
            <numerusform>%n personnes qui utilisent la voie visage ont été exclues : leur badge porte ou déverrouille leur gabarit, donc seule une nouvelle inscription (ou le retrait du consentement) peut le remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the consent letters</source>
        <translation>Enregistrer les lettres de consentement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>&amp;Lettre de consentement…</translation>
    </message>
    <message>
        <source>For the &amp;selected people</source>
        <translation>Pour les personnes &amp;sélectionnées</translation>
    </message>
    <message>
        <source>For the whole &amp;class</source>
        <translation>Pour toute la &amp;classe</translation>
    </message>
    <message>
        <source>An information letter for the legal representatives and a consent form to sign, with its own reference and QR code, per person.</source>
        <translation>Pour chaque personne, une lettre d’information destinée aux représentants légaux et un formulaire de consentement à signer, avec sa propre référence et son QR code.</translation>
    </message>
    <message>
        <source>Students come from the SIECLE exports, staff and others from a CSV list. Everyone gets a badge; the face lane is only for those who consent (a minor&apos;s legal representative too), and anyone may withdraw a consent at any time, without a reason: it takes effect at once and the same badge keeps working.</source>
        <translation>Les élèves proviennent des exports SIECLE, les personnels et les autres personnes d’une liste CSV. Chacun reçoit un badge ; la voie visage est réservée à ceux qui y consentent (ainsi que leur représentant légal pour un mineur), et chacun peut retirer un consentement à tout moment, sans motif : le retrait prend effet immédiatement et le même badge continue de fonctionner.</translation>
    </message>
    <message>
        <source>For the whole &amp;class %1</source>
        <translation>Pour toute la &amp;classe %1</translation>
    </message>
    <message>
        <source>For the whole &amp;class (choose one first)</source>
        <translation>Pour toute la &amp;classe (choisissez-en d’abord une)</translation>
    </message>
    <message>
        <source>the template kept in the station is deleted</source>
        <translation>le gabarit conservé dans la station est supprimé</translation>
    </message>
    <message>
        <source>the template on the badge is never used again</source>
        <translation>le gabarit présent sur le badge ne sera plus jamais utilisé</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s consent to the face lane?

Anyone may withdraw (the student or a legal representative), at any time, without giving a reason.

It takes effect now: %2. The same badge keeps opening the gate, on the badge alone, like any other badge: nothing to print, no new badge.</source>
        <translation>Retirer le consentement de %1 à la voie visage ?

Chacun peut le retirer (l’élève ou un représentant légal), à tout moment, sans avoir à donner de motif.

Le retrait prend effet immédiatement : %2. Le même badge continue d’ouvrir l’entrée, en badge seul, comme n’importe quel autre badge : rien à imprimer, pas de nouveau badge.</translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn: the template is no longer used.</source>
        <translation>Consentement de %1 retiré : le gabarit n’est plus utilisé.</translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn: the template is no longer used, and the same badge keeps working, badge-only. Nothing to print.</source>
        <translation>Consentement de %1 retiré : le gabarit n’est plus utilisé, et le même badge continue de fonctionner, en badge seul. Rien à imprimer.</translation>
    </message>
    <message>
        <source>Issuing the form references and writing %1…</source>
        <translation>Émission des références de formulaire et écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n consent letter(s) saved in %1: print them and hand them over; each form comes back with its own reference, scanned at enrolment.</source>
        <translation>
            <numerusform>%n lettre de consentement enregistrée dans %1 : imprimez-la et remettez-la ; le formulaire revient avec sa propre référence, scannée lors de l’inscription.</numerusform>
            <numerusform>%n lettres de consentement enregistrées dans %1 : imprimez-les et remettez-les ; chaque formulaire revient avec sa propre référence, scannée lors de l’inscription.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::PeopleTableModel</name>
    <message>
        <source>Yes — type 1 (badge)</source>
        <translation>Oui — type 1 (badge)</translation>
    </message>
    <message>
        <source>Yes — type 2 (database)</source>
        <translation>Oui — type 2 (base)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Id %1 · %2</source>
        <translation>Identifiant %1 · %2</translation>
    </message>
    <message>
        <source>Serial %1, issued on %2</source>
        <translation>Numéro de série %1, émis le %2</translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation>%1 (mineur)</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <source>Active (leaves on %1)</source>
        <translation>Actif (sortie prévue le %1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu’au %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Face lane</source>
        <translation>Voie visage</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>portique::ui::PrivacyPage</name>
    <message>
        <source>Subject rights</source>
        <translation>Droits des personnes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Retention and purge</source>
        <translation>Conservation et purge</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation>Historique des paramètres</translation>
    </message>
    <message>
        <source>AIPD</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices d’information</translation>
    </message>
</context>
<context>
    <name>portique::ui::RectifyDialog</name>
    <message>
        <source>Rectify %1</source>
        <translation>Rectifier les données de %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>The corrected values replace the registry&apos;s at once and are recorded in the audit trail (which fields, not their values). A later import keeps them unless you choose the file&apos;s values in its preview.</source>
        <translation>Les valeurs corrigées remplacent immédiatement celles du registre et sont inscrites au journal d’audit (les champs concernés, pas leurs valeurs). Un import ultérieur les conserve, sauf si vous choisissez les valeurs du fichier dans son aperçu.</translation>
    </message>
    <message>
        <source>&amp;Rectify</source>
        <translation>&amp;Rectifier</translation>
    </message>
</context>
<context>
    <name>portique::ui::ReportsPage</name>
    <message>
        <source>&amp;Today so far</source>
        <translation>&amp;Aujourd’hui jusqu’à maintenant</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Rapport quotidien</translation>
    </message>
    <message>
        <source>Experiment evaluation</source>
        <translation>Évaluation de l’expérimentation</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>No experiment is declared. The data-protection officer declares it (name, dates, lanes, population, success criteria) with portiquectl experiment set; its evaluation then appears here.</source>
        <translation>Aucune expérimentation n’est déclarée. Le délégué à la protection des données la déclare (nom, dates, voies, population, critères de réussite) avec portiquectl experiment set ; son évaluation apparaît alors ici.</translation>
    </message>
    <message>
        <source>The day is not over: the figures are those of now.</source>
        <translation>La journée n’est pas finie : les chiffres sont ceux de maintenant.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Portique report</source>
        <translation>Rapport Portique</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Envoyé à l’imprimante %1.</translation>
    </message>
    <message>
        <source>The printer refused the report: %1</source>
        <translation>L’imprimante a refusé le rapport : %1</translation>
    </message>
</context>
<context>
    <name>portique::ui::RetentionPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The automatic purge stopped: %1</source>
        <translation>La purge automatique s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>An automatic purge is running…</source>
        <translation>Une purge automatique est en cours…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Each kind of data is deleted once its period is over, by the purge that runs at start-up and every hour. A shorter period takes effect at the next purge; a longer one cannot bring back what is already deleted.</source>
        <translation>Chaque type de données est supprimé une fois sa durée écoulée, par la purge qui s’exécute au démarrage puis toutes les heures. Une durée plus courte s’applique à la purge suivante ; une durée plus longue ne fait pas revenir ce qui est déjà supprimé.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Period in force</source>
        <translation>Durée en vigueur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Legal bounds</source>
        <translation>Limites légales</translation>
    </message>
    <message>
        <source>When it goes</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The visit&apos;s day</source>
        <translation>Le jour de la visite</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>Purge &amp;now</source>
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <source>Deletes now whatever is past its period, as the hourly purge does.</source>
        <translation>Supprime maintenant tout ce qui a dépassé sa durée, comme le fait la purge horaire.</translation>
    </message>
    <message>
        <source>Pre&amp;view (dry run)</source>
        <translation>&amp;Aperçu (simulation)</translation>
    </message>
    <message>
        <source>Counts what a purge would delete now, and deletes nothing.</source>
        <translation>Compte ce qu’une purge supprimerait maintenant, sans rien supprimer.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Kept (in use)</source>
        <translation>Conservés (utilisés)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Purge history</source>
        <translation>Historique des purges</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (the last %n run(s))</source>
        <translation>
            <numerusform>&amp;Historique (%n dernière exécution)</numerusform>
            <numerusform>&amp;Historique (les %n dernières exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Kept because in use</source>
        <translation>Conservés car utilisés</translation>
    </message>
    <message>
        <source>Counts per table</source>
        <translation>Décomptes par table</translation>
    </message>
    <message>
        <source>&amp;Counts per table</source>
        <translation>Dé&amp;comptes par table</translation>
    </message>
    <message>
        <source>Select a run to see what it deleted, table by table.</source>
        <translation>Sélectionnez une exécution pour voir ce qu’elle a supprimé, table par table.</translation>
    </message>
    <message>
        <source>“automatic”: the station&apos;s own purge, at start-up and every hour.</source>
        <translation>« automatique » : la purge propre à la station, au démarrage puis toutes les heures.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>The bounds of docs/privacy-operations.md: PRIVACY.md, the CNIL&apos;s guidance and the Code civil.</source>
        <translation>Les limites de docs/privacy-operations.md : PRIVACY.md, les recommandations de la CNIL et le Code civil.</translation>
    </message>
    <message numerus="yes">
        <source>Changed, not saved yet: %n day(s) in force.</source>
        <translation>
            <numerusform>Durée modifiée, pas encore enregistrée : %n jour en vigueur.</numerusform>
            <numerusform>Durée modifiée, pas encore enregistrée : %n jours en vigueur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed periods (in bold) are applied when you save.</source>
        <translation>Les durées modifiées (en gras) s’appliquent à l’enregistrement.</translation>
    </message>
    <message>
        <source>The defaults are entered: Save applies them.</source>
        <translation>Les valeurs par défaut sont saisies : Enregistrer les applique.</translation>
    </message>
    <message>
        <source>Every period is already its default.</source>
        <translation>Toutes les durées sont déjà à leur valeur par défaut.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n period(s) saved. A shorter period takes effect at the next purge.</source>
        <translation>
            <numerusform>✓ %n durée enregistrée. Une durée plus courte s’applique à la purge suivante.</numerusform>
            <numerusform>✓ %n durées enregistrées. Une durée plus courte s’applique à la purge suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message>
        <source>Counting what a purge would delete…</source>
        <translation>Décompte de ce qu’une purge supprimerait…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: a purge now would delete %n record(s).</source>
        <translation>
            <numerusform>Aperçu : une purge maintenant supprimerait %n enregistrement.</numerusform>
            <numerusform>Aperçu : une purge maintenant supprimerait %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Purge done: %n record(s) deleted in %1.</source>
        <translation>
            <numerusform>✓ Purge terminée : %n enregistrement supprimé en %1.</numerusform>
            <numerusform>✓ Purge terminée : %n enregistrements supprimés en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because in use.</source>
        <translation>
            <numerusform>%n conservé car en cours d’utilisation.</numerusform>
            <numerusform>%n conservés car en cours d’utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>What a purge would delete now (preview of %1, nothing deleted)</source>
        <translation>Ce qu’une purge supprimerait maintenant (aperçu à %1, rien n’est supprimé)</translation>
    </message>
    <message>
        <source>The purge stopped: %1 What it had already deleted stays deleted.</source>
        <translation>La purge s’est arrêtée : %1 Ce qu’elle avait déjà supprimé le reste.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>No purge has run yet.</source>
        <translation>Aucune purge n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>automatic purge</source>
        <translation>purge automatique</translation>
    </message>
    <message>
        <source>purge by %1</source>
        <translation>purge par %1</translation>
    </message>
    <message numerus="yes">
        <source>Run of %1, %2: %n batch(es) in %3.</source>
        <translation>
            <numerusform>Exécution du %1, %2 : %n lot en %3.</numerusform>
            <numerusform>Exécution du %1, %2 : %n lots en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be deleted</source>
        <translation>Seraient supprimés</translation>
    </message>
    <message>
        <source>Nothing was past its period.</source>
        <translation>Rien n’avait dépassé sa durée.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>portique::ui::SettingsHistoryPage</name>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Conservation : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation>Historique des paramètres</translation>
    </message>
    <message>
        <source>Each change of a setting, newest first, as the audit trail records it: who changed what, when, and the value before and after.</source>
        <translation>Chaque modification d’un paramètre, de la plus récente à la plus ancienne, telle que le journal d’audit l’enregistre : qui a modifié quoi, quand, et la valeur avant et après.</translation>
    </message>
    <message>
        <source>No setting has been changed since the station was created.</source>
        <translation>Aucun paramètre n’a été modifié depuis la création de la station.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nom de l’établissement</translation>
    </message>
    <message>
        <source>School UAI</source>
        <translation>UAI de l’établissement</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Automatic lock (minutes)</source>
        <translation>Verrouillage automatique (minutes)</translation>
    </message>
    <message>
        <source>Failed sign-ins before a lockout</source>
        <translation>Échecs de connexion avant blocage</translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation>Blocage (minutes)</translation>
    </message>
    <message>
        <source>Badges expire in (month)</source>
        <translation>Mois d’expiration des badges</translation>
    </message>
    <message>
        <source>Photo printed on badges</source>
        <translation>Photo imprimée sur les badges</translation>
    </message>
    <message>
        <source>Face wait at the lane (ms)</source>
        <translation>Attente du visage à la voie (ms)</translation>
    </message>
    <message>
        <source>Face match threshold</source>
        <translation>Seuil de correspondance du visage</translation>
    </message>
    <message>
        <source>Face mismatch threshold</source>
        <translation>Seuil de non-correspondance du visage</translation>
    </message>
    <message>
        <source>Repeated scan ignored for (ms)</source>
        <translation>Lecture répétée ignorée pendant (ms)</translation>
    </message>
    <message>
        <source>Scanners of the lanes</source>
        <translation>Lecteurs des voies</translation>
    </message>
    <message>
        <source>Decision sounds</source>
        <translation>Sons des décisions</translation>
    </message>
    <message>
        <source>Automatic visitor check-out time</source>
        <translation>Heure de sortie automatique des visiteurs</translation>
    </message>
    <message>
        <source>Default visit length (minutes)</source>
        <translation>Durée de visite par défaut (minutes)</translation>
    </message>
    <message>
        <source>Visitor tracking threshold</source>
        <translation>Seuil de suivi des visiteurs</translation>
    </message>
    <message>
        <source>Photo printed on visitor passes</source>
        <translation>Photo imprimée sur les laissez-passer visiteurs</translation>
    </message>
    <message>
        <source>Zones and floor plan</source>
        <translation>Zones et plan des locaux</translation>
    </message>
    <message>
        <source>Experiment definition</source>
        <translation>Définition de l’expérimentation</translation>
    </message>
    <message>
        <source>Presentation attack measurement</source>
        <translation>Mesure des attaques par présentation</translation>
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
    <message>
        <source>Print the enrolment &amp;photo on badges (never kept: used for that print only)</source>
        <translation>Imprimer la &amp;photo d’inscription sur les badges (jamais conservée : utilisée pour cette seule impression)</translation>
    </message>
    <message>
        <source>set by the first SIECLE import</source>
        <translation>défini par le premier import SIECLE</translation>
    </message>
    <message>
        <source>School &amp;UAI (SIECLE imports of another school are refused)</source>
        <translation>&amp;UAI de l’établissement (les imports SIECLE d’un autre établissement sont refusés)</translation>
    </message>
    <message>
        <source>Badge &amp;expiry month (end of the school year)</source>
        <translation>Mois d’&amp;expiration des badges (fin de l’année scolaire)</translation>
    </message>
    <message>
        <source>Print the registration photo on visitor &amp;passes (never kept: used for that print only)</source>
        <translation>Imprimer la photo d’enregistrement sur les laissez-passer &amp;visiteurs (jamais conservée : utilisée pour cette seule impression)</translation>
    </message>
    <message>
        <source>Visitors still on site are &amp;checked out at</source>
        <translation>&amp;Sortie automatique des visiteurs encore présents à</translation>
    </message>
    <message>
        <source>Expected &amp;stay proposed for a visitor</source>
        <translation>Du&amp;rée de visite proposée pour un visiteur</translation>
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
        <translation>
            <numerusform>✓ Chiffrée (SQLCipher %1), schéma version %2, %n utilisateur.</numerusform>
            <numerusform>✓ Chiffrée (SQLCipher %1), schéma version %2, %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); the latest on %1.</source>
        <translation>
            <numerusform>%n entrée ; la dernière le %1.</numerusform>
            <numerusform>%n entrées ; la dernière le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station locks itself after %n minute(s) without activity (Ctrl+L locks it now).</source>
        <translation>
            <numerusform>La station se verrouille après %n minute sans activité (Ctrl+L la verrouille tout de suite).</numerusform>
            <numerusform>La station se verrouille après %n minutes sans activité (Ctrl+L la verrouille tout de suite).</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>After a face-lane badge</source>
        <translation>Après un badge voie visage</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrôlement</translation>
    </message>
    <message>
        <source>Visitor tracking</source>
        <translation>Suivi des visiteurs</translation>
    </message>
    <message>
        <source>Visitor&apos;s desk photo</source>
        <translation>Photo du visiteur à l’accueil</translation>
    </message>
    <message>
        <source>A gate camera describes a face only after a face-lane badge was presented at its lane, and only the person presenting it; the desk only while it enrols or photographs someone.</source>
        <translation>Une caméra de voie ne décrit un visage qu’après la présentation d’un badge voie visage à sa voie, et seulement la personne qui le présente ; l’accueil seulement pendant qu’il enrôle ou photographie quelqu’un.</translation>
    </message>
    <message>
        <source>Descriptors computed</source>
        <translation>Descripteurs calculés</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Without a face-lane badge presented</source>
        <translation>Sans badge voie visage présenté</translation>
    </message>
</context>
<context>
    <name>portique::ui::StopTrackingButton</name>
    <message>
        <source>S&amp;top tracking…</source>
        <translation>Arrêter le s&amp;uivi…</translation>
    </message>
    <message>
        <source>%1 stops being followed by the indoor cameras, without leaving: their face template and trail are deleted at once.</source>
        <translation>%1 n’est plus suivi(e) par les caméras intérieures, sans quitter l’établissement : son gabarit de visage et son parcours sont supprimés immédiatement.</translation>
    </message>
    <message>
        <source>%1 is not followed by the indoor cameras.</source>
        <translation>%1 n’est pas suivi(e) par les caméras intérieures.</translation>
    </message>
    <message>
        <source>Select a visitor on site who agreed to indoor tracking.</source>
        <translation>Sélectionnez un visiteur présent qui a accepté le suivi intérieur.</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <source>Stop following %1 with the indoor cameras?

Their face template and the places they were seen during this visit are deleted now. The visit goes on: same pass, still on the list of people on site.</source>
        <translation>Ne plus suivre %1 avec les caméras intérieures ?

Son gabarit de visage et les lieux où la personne a été vue pendant cette visite sont supprimés maintenant. La visite continue : même laissez-passer, toujours sur la liste des personnes présentes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer followed by the indoor cameras: face template deleted, %n sighting(s) deleted. The pass still works.</source>
        <translation>
            <numerusform>%1 n’est plus suivi(e) par les caméras intérieures : gabarit de visage supprimé, %n détection supprimée. Le laissez-passer reste valable.</numerusform>
            <numerusform>%1 n’est plus suivi(e) par les caméras intérieures : gabarit de visage supprimé, %n détections supprimées. Le laissez-passer reste valable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::SubjectPage</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Name or identifier of a person or visitor</source>
        <translation>Nom ou identifiant d’une personne ou d’un visiteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class or visit</source>
        <translation>Classe ou visite</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Everything held about the selected person, as JSON and as a PDF to hand them (right of access)</source>
        <translation>Tout ce qui est détenu sur la personne sélectionnée, en JSON et en PDF à lui remettre (droit d’accès)</translation>
    </message>
    <message>
        <source>Delete everything held about the selected person (right to erasure); asks for a confirmation</source>
        <translation>Supprimer tout ce qui est détenu sur la personne sélectionnée (droit à l’effacement) ; demande une confirmation</translation>
    </message>
    <message>
        <source>Rights of the persons concerned</source>
        <translation>Droits des personnes concernées</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Select a person and export what is held about them: the document they receive appears here.</source>
        <translation>Sélectionnez une personne et exportez ce qui est détenu sur elle : le document qu’elle recevra s’affiche ici.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results: type more of the name to narrow them.</source>
        <translation>
            <numerusform>Premier résultat (%n) : tapez la suite du nom pour affiner.</numerusform>
            <numerusform>Les %n premiers résultats : tapez la suite du nom pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
        <source>Collecting everything held about %1…</source>
        <translation>Collecte de tout ce qui est détenu sur %1…</translation>
    </message>
    <message>
        <source>Writing the files into %1…</source>
        <translation>Écriture des fichiers dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %1 (%2), %n page(s)</source>
        <translation>
            <numerusform>Aperçu : %1 (%2), %n page</numerusform>
            <numerusform>Aperçu : %1 (%2), %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written into %1: %2
Nothing is lost: choose another folder and export again.</source>
        <translation>L’export n’a pas pu être écrit dans %1 : %2
Rien n’est perdu : choisissez un autre dossier et exportez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n record(s) about %1 exported (recorded in the audit trail).</source>
        <translation>
            <numerusform>✓ %n enregistrement sur %1 exporté (inscrit au journal d’audit).</numerusform>
            <numerusform>✓ %n enregistrements sur %1 exportés (inscrit au journal d’audit).</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON : %1</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF : %1</translation>
    </message>
    <message>
        <source>The export was refused: %1</source>
        <translation>L’export a été refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Erased: %n record(s) deleted. One audit record says that an erasure happened.</source>
        <translation>
            <numerusform>✓ Effacé : %n enregistrement supprimé. Une entrée d’audit indique qu’un effacement a eu lieu.</numerusform>
            <numerusform>✓ Effacé : %n enregistrements supprimés. Une entrée d’audit indique qu’un effacement a eu lieu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a person of the registry (even one who left) or a visitor. Export gives them everything the station holds about them (right of access); erasure deletes it (right to erasure). A person&apos;s data can also be corrected (rectification), frozen (restriction) and their face lane consent withdrawn (objection). Each is recorded in the audit trail.</source>
        <translation>Recherchez une personne du registre (même sortie de l’établissement) ou un visiteur. L’export lui remet tout ce que la station détient à son sujet (droit d’accès) ; l’effacement le supprime (droit à l’effacement). Les données d’une personne peuvent aussi être corrigées (rectification) ou gelées (limitation du traitement), et son consentement à la voie visage retiré (opposition). Chaque action est inscrite au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>portique::ui::SubjectRightsBar</name>
    <message>
        <source>&amp;Rectify…</source>
        <translation>&amp;Rectifier…</translation>
    </message>
    <message>
        <source>Re&amp;strict</source>
        <translation>&amp;Limiter</translation>
    </message>
    <message>
        <source>&amp;Object…</source>
        <translation>S’&amp;opposer…</translation>
    </message>
    <message>
        <source>Correct the selected person&apos;s names, class or birth date (right to rectification)</source>
        <translation>Corriger le nom, le prénom, la classe ou la date de naissance de la personne sélectionnée (droit de rectification)</translation>
    </message>
    <message>
        <source>The person objects: their consent to the face lane is withdrawn at once; the same badge works badge-only (right to object)</source>
        <translation>La personne s’oppose : son consentement à la voie visage est retiré immédiatement ; le même badge fonctionne en badge seul (droit d’opposition)</translation>
    </message>
    <message>
        <source>Lift re&amp;striction</source>
        <translation>Lever la &amp;limitation</translation>
    </message>
    <message>
        <source>End the restriction: the person&apos;s data is processed as before (recorded in the audit trail)</source>
        <translation>Mettre fin à la limitation : les données de la personne sont traitées comme avant (inscrit au journal d’audit)</translation>
    </message>
    <message>
        <source>Freeze the selected person&apos;s data (right to restriction): kept, decided at the gate on the badge alone, left out of reports and class lists</source>
        <translation>Geler les données de la personne sélectionnée (droit à la limitation du traitement) : conservées, entrée décidée sur le seul badge, exclues des rapports et des listes de classe</translation>
    </message>
    <message>
        <source>Restricted since %1</source>
        <translation>Traitement limité depuis le %1</translation>
    </message>
    <message>
        <source>✓ %1 rectified (recorded in the audit trail). A later import keeps the corrected values.</source>
        <translation>✓ Données de %1 rectifiées (inscrit au journal d’audit). Un import ultérieur conserve les valeurs corrigées.</translation>
    </message>
    <message>
        <source>✓ The restriction of %1 is lifted (recorded in the audit trail).</source>
        <translation>✓ La limitation du traitement des données de %1 est levée (inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>✓ The processing of %1&apos;s data is restricted: kept, decided at the gate on the badge alone, left out of reports (recorded in the audit trail).</source>
        <translation>✓ Le traitement des données de %1 est limité : elles sont conservées, l’entrée est décidée sur le seul badge, et elles sont exclues des rapports (inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>%1 objects to the processing of their face: their consent is withdrawn at once, their face template deleted, and their badge works badge-only. Record the objection?</source>
        <translation>%1 s’oppose au traitement de son visage : son consentement est retiré immédiatement, son gabarit biométrique supprimé, et son badge fonctionne en badge seul. Enregistrer l’opposition ?</translation>
    </message>
    <message>
        <source>✓ Objection recorded: the consent of %1 is withdrawn, their badge works badge-only.</source>
        <translation>✓ Opposition enregistrée : le consentement de %1 est retiré, son badge fonctionne en badge seul.</translation>
    </message>
</context>
<context>
    <name>portique::ui::TonePlayer</name>
    <message>
        <source>No audio output on this station.</source>
        <translation>Aucune sortie audio sur cette station.</translation>
    </message>
    <message>
        <source>The sounds could not be written to %1.</source>
        <translation>Les sons n’ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>The audio output refused the sounds.</source>
        <translation>La sortie audio a refusé les sons.</translation>
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
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Agents work at the lanes and with visitors, principals read the reports, the administrator sets up the station, the DPO controls its data (audit trail, consents, rights, retention); neither may do the other&apos;s job. A user is disabled, never deleted, so the audit trail keeps its meaning.</source>
        <translation>Les agents travaillent aux voies et avec les visiteurs, les chefs d’établissement consultent les rapports, l’administrateur configure la station, le DPO contrôle ses données (journal d’audit, consentements, droits, durées de conservation) ; aucun des deux ne peut faire le travail de l’autre. Un utilisateur est désactivé, jamais supprimé, afin que le journal d’audit garde tout son sens.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation>Rôle de %1 (%2) :</translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorDialog</name>
    <message>
        <source>Must be &amp;escorted inside the school</source>
        <translation>Doit être &amp;accompagné dans l’établissement</translation>
    </message>
    <message>
        <source>Zones the pass allows</source>
        <translation>Zones autorisées par le laissez-passer</translation>
    </message>
    <message>
        <source>The visitor &amp;agrees to be followed by the indoor cameras while on site</source>
        <translation>Le visiteur accepte d’être &amp;suivi par les caméras intérieures pendant sa présence</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nouveau visiteur</translation>
    </message>
    <message>
        <source>First name and NAME</source>
        <translation>Prénom et NOM</translation>
    </message>
    <message>
        <source>Company, association, family…</source>
        <translation>Entreprise, association, famille…</translation>
    </message>
    <message>
        <source>Person or service visited</source>
        <translation>Personne ou service visité</translation>
    </message>
    <message>
        <source>Meeting, delivery, maintenance…</source>
        <translation>Rendez-vous, livraison, maintenance…</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Only to check the watchlist: the date of birth is not kept.</source>
        <translation>Seulement pour vérifier la liste de vigilance : la date de naissance n’est pas conservée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Visiting:</source>
        <translation>Personne &amp;visitée :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Expected &amp;departure:</source>
        <translation>&amp;Départ prévu :</translation>
    </message>
    <message>
        <source>optional, only to check the watchlist; not kept</source>
        <translation>facultative, seulement pour vérifier la liste de vigilance ; non conservée</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de na&amp;issance :</translation>
    </message>
    <message>
        <source>Loading the zones…</source>
        <translation>Chargement des zones…</translation>
    </message>
    <message>
        <source>Tracking inside the school (optional)</source>
        <translation>Suivi dans l’établissement (facultatif)</translation>
    </message>
    <message>
        <source>With the visitor&apos;s consent, the indoor cameras recognise them while they are on site, so that the desk knows where they were seen (for instance for an evacuation). What is kept: a face template — numbers computed from the photo, not the photo itself — only while they are on site; it is deleted, with the record of where they were seen, as soon as they check out. Without consent the pass works just the same and no camera follows them.</source>
        <translation>Avec le consentement du visiteur, les caméras intérieures le reconnaissent pendant sa présence, afin que l’accueil sache où il a été vu (par exemple en cas d’évacuation). Ce qui est conservé : un gabarit biométrique — des nombres calculés à partir de la photo, pas la photo elle-même — uniquement pendant sa présence ; il est supprimé, avec la trace des endroits où il a été vu, dès sa sortie. Sans consentement, le laissez-passer fonctionne de la même façon et aucune caméra ne le suit.</translation>
    </message>
    <message>
        <source>Visitors still on site are checked out automatically at %1.</source>
        <translation>La sortie des visiteurs encore présents est enregistrée automatiquement à %1.</translation>
    </message>
    <message>
        <source>at the latest %1 (automatic check-out)</source>
        <translation>au plus tard %1 (sortie automatique)</translation>
    </message>
    <message>
        <source>It is past %1, the end-of-day check-out: registrations are refused until tomorrow.</source>
        <translation>Il est plus de %1, l’heure de sortie de fin de journée : les enregistrements sont refusés jusqu’à demain.</translation>
    </message>
    <message>
        <source>The zone map cannot be read (%1): the pass will allow the default zones.</source>
        <translation>Le plan des zones est illisible (%1) : le laissez-passer autorisera les zones par défaut.</translation>
    </message>
    <message>
        <source>No zones are defined: the pass does not limit where the visitor goes.</source>
        <translation>Aucune zone n’est définie : le laissez-passer ne limite pas les déplacements du visiteur.</translation>
    </message>
    <message>
        <source>%1 — restricted zone</source>
        <translation>%1 — zone réservée</translation>
    </message>
    <message>
        <source>Restricted: tick only if the visitor must go there; a sighting there without it raises an alert.</source>
        <translation>Réservée : cochez seulement si le visiteur doit s’y rendre ; sinon, une détection dans cette zone déclenche une alerte.</translation>
    </message>
    <message>
        <source>Not followed by the cameras.</source>
        <translation>Non suivi par les caméras.</translation>
    </message>
    <message>
        <source>Tracking needs the photo: take it above, or untick the consent.</source>
        <translation>Le suivi nécessite la photo : prenez-la ci-dessus, ou décochez le consentement.</translation>
    </message>
    <message>
        <source>Followed by the indoor cameras while on site; the template is deleted at check-out.</source>
        <translation>Suivi par les caméras intérieures pendant sa présence ; le gabarit est supprimé à sa sortie.</translation>
    </message>
    <message>
        <source>The date of birth must read like 14/03/1980, or be left empty.</source>
        <translation>La date de naissance doit s’écrire comme 14/03/1980, ou rester vide.</translation>
    </message>
    <message>
        <source>Tick at least one zone the pass allows.</source>
        <translation>Cochez au moins une zone autorisée par le laissez-passer.</translation>
    </message>
    <message>
        <source>Checking the watchlist…</source>
        <translation>Vérification de la liste de vigilance…</translation>
    </message>
    <message>
        <source>Possible watchlist match: decide in the window that opened.</source>
        <translation>Correspondance possible avec la liste de vigilance : décidez dans la fenêtre qui s’est ouverte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Registration abandoned: %1 matches the watchlist (%2). Entry refused; an alert was raised.</source>
        <translation>Enregistrement abandonné : %1 correspond à la liste de vigilance (%2). Entrée refusée ; une alerte a été déclenchée.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 is registered (number %2). Print the pass.</source>
        <translation>%1 est enregistré(e) (numéro %2). Imprimez le laissez-passer.</translation>
    </message>
    <message>
        <source>Tracking needs a photo, and no desk camera is running.</source>
        <translation>Le suivi demande une photo, et aucune caméra d’accueil ne fonctionne.</translation>
    </message>
    <message>
        <source>Use the photo taken, or take it again, before registering.</source>
        <translation>Utilisez la photo prise, ou reprenez-la, avant d’enregistrer.</translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorPhoto</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Utiliser cette photo</translation>
    </message>
    <message>
        <source>Ta&amp;ke again</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Printed on the pass only, never stored.</source>
        <translation>Imprimée sur le laissez-passer seulement, jamais conservée.</translation>
    </message>
    <message>
        <source>Desk &amp;camera:</source>
        <translation>&amp;Caméra d’accueil :</translation>
    </message>
    <message>
        <source>Press Space here to take the photo.</source>
        <translation>Appuyez sur Espace ici pour prendre la photo.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>No camera is running: the visitor is registered without a photo.</source>
        <translation>Aucune caméra ne fonctionne : le visiteur est enregistré sans photo.</translation>
    </message>
    <message>
        <source>No camera is running (%1): the visitor is registered without a photo.</source>
        <translation>Aucune caméra ne fonctionne (%1) : le visiteur est enregistré sans photo.</translation>
    </message>
    <message>
        <source>No desk camera: the visitor is registered without a photo. The administrator gives a camera the role “Visitor desk” (Administration › Cameras) to take visitors&apos; photos; a gate or indoor camera never does.</source>
        <translation>Pas de caméra d’accueil : le visiteur est enregistré sans photo. L’administrateur donne à une caméra le rôle « Accueil des visiteurs » (Administration › Caméras) pour photographier les visiteurs ; une caméra d’entrée ou intérieure ne le fait jamais.</translation>
    </message>
    <message>
        <source>Press Space on the preview or “Take the photo” when the visitor faces the camera.</source>
        <translation>Appuyez sur Espace sur l’aperçu ou sur « Prendre la photo » quand le visiteur fait face à la caméra.</translation>
    </message>
    <message>
        <source>No usable face: %1 Take the photo again.</source>
        <translation>Pas de visage exploitable : %1 Reprenez la photo.</translation>
    </message>
    <message>
        <source>Hold still: taking the photo…</source>
        <translation>Ne bougez pas : prise de la photo…</translation>
    </message>
    <message>
        <source>Photo taken</source>
        <translation>Photo prise</translation>
    </message>
    <message>
        <source>Is it the visitor? “Use this photo”, or take it again.</source>
        <translation>Est-ce bien le visiteur ? « Utiliser cette photo », ou reprenez-la.</translation>
    </message>
</context>
<context>
    <name>portique::ui::VisitorsPage</name>
    <message>
        <source>Expected departure</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Personne visitée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave at %1: overstaying by %n minute(s).</source>
        <translation>
            <numerusform>Départ prévu à %1 : dépassement d’horaire de %n minute.</numerusform>
            <numerusform>Départ prévu à %1 : dépassement d’horaire de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed by the indoor cameras (consent given); the face template is deleted at check-out.</source>
        <translation>Suivi par les caméras intérieures (consentement donné) ; le gabarit biométrique est supprimé à la sortie.</translation>
    </message>
    <message>
        <source>Not followed by the cameras: no consent was given.</source>
        <translation>Non suivi par les caméras : aucun consentement n’a été donné.</translation>
    </message>
    <message>
        <source>Camera %1 at %2</source>
        <translation>Caméra %1 à %2</translation>
    </message>
    <message>
        <source>! %1 — overstay</source>
        <translation>! %1 — dépassement d’horaire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Left at %1</source>
        <translation>Départ à %1</translation>
    </message>
    <message>
        <source>Also show those who &amp;left today</source>
        <translation>Afficher aussi les visiteurs &amp;partis aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;New visitor (F5)</source>
        <translation>&amp;Nouveau visiteur (F5)</translation>
    </message>
    <message>
        <source>&amp;Check out (F6)</source>
        <translation>Enregistrer la &amp;sortie (F6)</translation>
    </message>
    <message>
        <source>&amp;Re-issue pass…</source>
        <translation>&amp;Rééditer le laissez-passer…</translation>
    </message>
    <message>
        <source>Roll c&amp;all</source>
        <translation>&amp;Appel d’évacuation</translation>
    </message>
    <message>
        <source>Find a visitor (Ctrl+F)</source>
        <translation>Rechercher un visiteur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, organisation, person visited or visitor number; accents and case ignored.</source>
        <translation>Nom, organisme, personne visitée ou numéro de visiteur ; sans tenir compte des accents ni des majuscules.</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Rechercher un visiteur</translation>
    </message>
    <message>
        <source>Select a visitor to see their registration, their pass and where they were seen.</source>
        <translation>Sélectionnez un visiteur pour voir son enregistrement, son laissez-passer et les endroits où il a été vu.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>&amp;Print the roll call…</source>
        <translation>&amp;Imprimer l’appel d’évacuation…</translation>
    </message>
    <message>
        <source>&amp;Save the roll call as PDF…</source>
        <translation>&amp;Enregistrer l’appel d’évacuation en PDF…</translation>
    </message>
    <message>
        <source>Everyone on site now, with where they were last seen, to tick off at the assembly point.</source>
        <translation>Toutes les personnes présentes, avec l’endroit où elles ont été vues en dernier, à cocher au point de rassemblement.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Visitors registered at the desk, with their pass. Those who agreed are followed by the indoor cameras while on site; their face template and trail are deleted at check-out.</source>
        <translation>Les visiteurs enregistrés à l’accueil, avec leur laissez-passer. Ceux qui l’ont accepté sont suivis par les caméras intérieures pendant leur présence ; leur gabarit biométrique et leur parcours sont supprimés à leur sortie.</translation>
    </message>
    <message>
        <source>The zone map cannot be read: %1</source>
        <translation>Le plan des zones est illisible : %1</translation>
    </message>
    <message>
        <source>Nobody is on site. Register a visitor with &quot;New visitor&quot; (F5).</source>
        <translation>Personne n’est sur place. Enregistrez un visiteur avec « Nouveau visiteur » (F5).</translation>
    </message>
    <message>
        <source>A new pass for %1: the current one stops working.</source>
        <translation>Un nouveau laissez-passer pour %1 : l’actuel cesse d’être valable.</translation>
    </message>
    <message>
        <source>Select a visitor on site first.</source>
        <translation>Sélectionnez d’abord un visiteur présent.</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <source>%1 · number %2</source>
        <translation>%1 · numéro %2</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>! %1 — overstay (%n minute(s) late)</source>
        <translation>
            <numerusform>! %1 — dépassement d’horaire (%n minute de retard)</numerusform>
            <numerusform>! %1 — dépassement d’horaire (%n minutes de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · expected to leave at %2</source>
        <translation>%1 · départ prévu à %2</translation>
    </message>
    <message>
        <source>Yes — must be escorted inside</source>
        <translation>Oui — doit être accompagné dans l’établissement</translation>
    </message>
    <message>
        <source>%1 (restricted zone)</source>
        <translation>%1 (zone réservée)</translation>
    </message>
    <message>
        <source>Zones allowed</source>
        <translation>Zones autorisées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Yes — followed by the indoor cameras until check-out</source>
        <translation>Oui — suivi par les caméras intérieures jusqu’à sa sortie</translation>
    </message>
    <message>
        <source>No — not followed by the cameras</source>
        <translation>Non — non suivi par les caméras</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Laissez-passer</translation>
    </message>
    <message>
        <source>valid until %1 · serial %2 · registered by %3</source>
        <translation>valable jusqu’à %1 · numéro de série %2 · enregistré par %3</translation>
    </message>
    <message>
        <source>revoked at departure · registered by %1</source>
        <translation>révoqué au départ · enregistré par %1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>%1, checked out automatically at the end of the day</source>
        <translation>%1, sortie automatique en fin de journée</translation>
    </message>
    <message>
        <source>%1, checked out at the desk by %2</source>
        <translation>%1, sortie enregistrée à l’accueil par %2</translation>
    </message>
    <message>
        <source>Select a visitor to see where the indoor cameras saw them.</source>
        <translation>Sélectionnez un visiteur pour voir où les caméras intérieures l’ont vu.</translation>
    </message>
    <message>
        <source>Deleted at check-out.</source>
        <translation>Supprimé à la sortie.</translation>
    </message>
    <message>
        <source>Not followed by the cameras (no consent).</source>
        <translation>Non suivi par les caméras (pas de consentement).</translation>
    </message>
    <message>
        <source>Not seen by the indoor cameras yet.</source>
        <translation>Pas encore vu par les caméras intérieures.</translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s), oldest first; the numbers are those on the map.</source>
        <translation>
            <numerusform>%n détection ; son numéro est celui du plan.</numerusform>
            <numerusform>%n détections, les plus anciennes d’abord ; les numéros sont ceux du plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not on the pass</source>
        <translation>%1 — absente du laissez-passer</translation>
    </message>
    <message>
        <source>%1 (restricted, allowed)</source>
        <translation>%1 (réservée, autorisée)</translation>
    </message>
    <message>
        <source>A restricted zone.</source>
        <translation>Une zone réservée.</translation>
    </message>
    <message>
        <source>Face distance %1</source>
        <translation>Distance du visage %1</translation>
    </message>
    <message>
        <source>Re-issue pass</source>
        <translation>Rééditer le laissez-passer</translation>
    </message>
    <message>
        <source>Print a new pass for %1? The pass they hold stops working at once (lost or damaged pass).</source>
        <translation>Imprimer un nouveau laissez-passer pour %1 ? Celui qu’il ou elle détient cesse immédiatement d’être valable (laissez-passer perdu ou abîmé).</translation>
    </message>
    <message>
        <source>New pass for %1: the previous one no longer works.</source>
        <translation>Nouveau laissez-passer pour %1 : le précédent n’est plus valable.</translation>
    </message>
    <message>
        <source>Preparing the roll call…</source>
        <translation>Préparation de l’appel d’évacuation…</translation>
    </message>
    <message>
        <source>The roll call could not be saved: %1</source>
        <translation>L’appel d’évacuation n’a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Roll call saved in %1 (%n visitor(s) on site).</source>
        <translation>
            <numerusform>Appel d’évacuation enregistré dans %1 (%n visiteur présent).</numerusform>
            <numerusform>Appel d’évacuation enregistré dans %1 (%n visiteurs présents).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>Enregistrer l’appel d’évacuation en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel d’évacuation</translation>
    </message>
    <message>
        <source>Printing the roll call…</source>
        <translation>Impression de l’appel d’évacuation…</translation>
    </message>
    <message>
        <source>The printer refused the roll call: %1</source>
        <translation>L’imprimante a refusé l’appel d’évacuation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Roll call sent to the printer %1 (%n page(s)).</source>
        <translation>
            <numerusform>Appel d’évacuation envoyé à l’imprimante %1 (%n page).</numerusform>
            <numerusform>Appel d’évacuation envoyé à l’imprimante %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistEntryDialog</name>
    <message>
        <source>Add to the watchlist</source>
        <translation>Ajouter à la liste de vigilance</translation>
    </message>
    <message>
        <source>e.g. Jean MARTIN</source>
        <translation>ex. Jean MARTIN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>What the desk must know: the decision, the student concerned…</source>
        <translation>Ce que l’accueil doit savoir : la décision, l’élève concerné…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <source>Reference &amp;photo</source>
        <translation>&amp;Photo de référence</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>A name alone matches too many people: give a date of birth, a reference photo, or both. The photo is kept small, only to be shown beside a visitor&apos;s on a possible match.</source>
        <translation>Un nom seul correspond à trop de personnes : indiquez une date de naissance, une photo de référence, ou les deux. La photo est conservée en petit format, uniquement pour être affichée à côté de celle d’un visiteur en cas de correspondance possible.</translation>
    </message>
    <message>
        <source>Reference photo</source>
        <translation>Photo de référence</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Reading the face on the photo…</source>
        <translation>Lecture du visage sur la photo…</translation>
    </message>
    <message>
        <source>No usable face on this photo: %1 Choose another photo, or leave the photo out.</source>
        <translation>Aucun visage utilisable sur cette photo : %1 Choisissez une autre photo, ou n’en mettez pas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistHitDialog</name>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Date de naissance : %1</translation>
    </message>
    <message>
        <source>A note is required to confirm (what you checked: an identity document, the decision).</source>
        <translation>Une note est obligatoire pour confirmer (ce que vous avez vérifié : une pièce d’identité, la décision).</translation>
    </message>
    <message>
        <source>&amp;Confirm: refuse entry</source>
        <translation>&amp;Confirmer : refuser l’entrée</translation>
    </message>
    <message>
        <source>&amp;Dismiss: not this person</source>
        <translation>&amp;Écarter : ce n’est pas cette personne</translation>
    </message>
    <message>
        <source>Possible watchlist match</source>
        <translation>Correspondance possible avec la liste de vigilance</translation>
    </message>
    <message>
        <source>This visitor may be on the watchlist</source>
        <translation>Ce visiteur figure peut-être sur la liste de vigilance</translation>
    </message>
    <message>
        <source>Compare the two before anything else. Nothing is registered until you decide; both decisions are recorded in the audit log.</source>
        <translation>Comparez les deux avant toute chose. Rien n’est enregistré tant que vous n’avez pas décidé ; les deux décisions sont inscrites au journal d’audit.</translation>
    </message>
    <message>
        <source>Visitor at the desk</source>
        <translation>Visiteur à l’accueil</translation>
    </message>
    <message>
        <source>Watchlist entry</source>
        <translation>Fiche de la liste de vigilance</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>cannot be compared (not known on both sides)</source>
        <translation>comparaison impossible (inconnue d’un côté ou de l’autre)</translation>
    </message>
    <message>
        <source>different date of birth</source>
        <translation>date de naissance différente</translation>
    </message>
    <message>
        <source>similar face, distance %1</source>
        <translation>visage semblable, distance %1</translation>
    </message>
    <message>
        <source>different face, distance %1</source>
        <translation>visage différent, distance %1</translation>
    </message>
    <message>
        <source>not compared (no usable photo on one side)</source>
        <translation>non comparé (pas de photo utilisable d’un côté)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>different name</source>
        <translation>nom différent</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Face:</source>
        <translation>Visage :</translation>
    </message>
    <message>
        <source>No details were given with the entry.</source>
        <translation>Aucun détail n’a été donné avec la fiche.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2.</source>
        <translation>Saisie par %1 le %2.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>e.g. identity card checked: same person</source>
        <translation>ex. carte d’identité vérifiée : même personne</translation>
    </message>
    <message>
        <source>Choose one of the two buttons: the registration waits for your decision.</source>
        <translation>Choisissez l’un des deux boutons : l’enregistrement attend votre décision.</translation>
    </message>
</context>
<context>
    <name>portique::ui::WatchlistPage</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Liste de vigilance</translation>
    </message>
    <message>
        <source>People banned from the school, and custody restrictions (someone who must not collect or see a student). Every visitor is checked against this list at registration; a possible match is shown to the agent, who confirms or dismisses it.</source>
        <translation>Les personnes interdites d’accès à l’établissement, et les restrictions de garde (une personne qui ne doit pas venir chercher ou voir un élève). Chaque visiteur est comparé à cette liste lors de son enregistrement ; une correspondance possible est montrée à l’agent, qui la confirme ou l’écarte.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, face usable</source>
        <translation>Oui, visage utilisable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Remove from the watchlist</source>
        <translation>Retirer de la liste de vigilance</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the watchlist? Visitors of that name will no longer be flagged.</source>
        <translation>Retirer %1 (%2) de la liste de vigilance ? Les visiteurs de ce nom ne seront plus signalés.</translation>
    </message>
</context>
<context>
    <name>portique::ui::ZoneMapView</name>
    <message>
        <source>Zone map</source>
        <translation>Plan des zones</translation>
    </message>
    <message>
        <source>The plan image %1 cannot be read: the zones are drawn instead.</source>
        <translation>L’image du plan %1 est illisible : les zones sont dessinées à la place.</translation>
    </message>
    <message>
        <source>Choose a camera, then click where it is on the plan.</source>
        <translation>Choisissez une caméra, puis cliquez sur son emplacement sur le plan.</translation>
    </message>
    <message>
        <source>Click in the box of %1&apos;s zone (with a plan image, anywhere on the plan).</source>
        <translation>Cliquez dans le cadre de la zone de %1 (avec une image de plan, n’importe où sur le plan).</translation>
    </message>
    <message>
        <source>Click on the plan where %1 is.</source>
        <translation>Cliquez sur le plan à l’emplacement de %1.</translation>
    </message>
    <message>
        <source>No zone map yet: an administrator defines the zones and where the indoor cameras are.</source>
        <translation>Pas encore de plan des zones : un administrateur définit les zones et l’emplacement des caméras intérieures.</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Not placed on the plan:</source>
        <translation>Non placées sur le plan :</translation>
    </message>
</context>
<context>
    <name>portique::ui::ZonesPage</name>
    <message>
        <source>&amp;Restricted</source>
        <translation>&amp;Réservée</translation>
    </message>
    <message>
        <source>Remove the &amp;zone</source>
        <translation>Supprimer la &amp;zone</translation>
    </message>
    <message>
        <source>Take &amp;off the plan</source>
        <translation>Re&amp;tirer du plan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Tick “Restricted” for a zone no pass allows unless the agent ticks it at registration: a visitor seen there raises an alert.</source>
        <translation>Cochez « Réservée » pour une zone qu’aucun laissez-passer n’autorise sauf si l’agent la coche à l’enregistrement : un visiteur vu dans cette zone déclenche une alerte.</translation>
    </message>
    <message>
        <source>e.g. Cuisine</source>
        <translation>ex. Cuisine</translation>
    </message>
    <message>
        <source>&amp;Add the zone</source>
        <translation>&amp;Ajouter la zone</translation>
    </message>
    <message>
        <source>none: a schematic of the zones is drawn</source>
        <translation>aucun : un schéma des zones est dessiné</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Indoor camera</source>
        <translation>Caméra intérieure</translation>
    </message>
    <message>
        <source>On the plan</source>
        <translation>Sur le plan</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>The parts of the school the indoor cameras watch. A pass allows the unrestricted zones unless the agent changes them; a visitor seen in a zone their pass does not allow raises an alert.</source>
        <translation>Les parties de l’établissement que surveillent les caméras intérieures. Un laissez-passer autorise les zones non réservées, sauf si l’agent les modifie ; un visiteur vu dans une zone que son laissez-passer n’autorise pas déclenche une alerte.</translation>
    </message>
    <message>
        <source>Plan of the school</source>
        <translation>Plan de l’établissement</translation>
    </message>
    <message>
        <source>The image is not copied: it stays where it is and must remain readable by the station (keep it in a folder the station&apos;s user can read).</source>
        <translation>L’image n’est pas copiée : elle reste où elle est et doit rester lisible par la station (gardez-la dans un dossier que l’utilisateur de la station peut lire).</translation>
    </message>
    <message>
        <source>Cameras on the plan</source>
        <translation>Caméras sur le plan</translation>
    </message>
    <message>
        <source>Select a camera, then click on the plan where it is.</source>
        <translation>Sélectionnez une caméra, puis cliquez sur son emplacement sur le plan.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>open to visitors</source>
        <translation>ouverte aux visiteurs</translation>
    </message>
    <message>
        <source>Click on the plan where %1 is.</source>
        <translation>Cliquez sur le plan à l’emplacement de %1.</translation>
    </message>
    <message>
        <source>No plan: the zones are drawn as a schematic.</source>
        <translation>Pas de plan : les zones sont dessinées sous forme de schéma.</translation>
    </message>
    <message>
        <source>The station cannot read this image: the schematic is shown instead.</source>
        <translation>La station ne sait pas lire cette image : le schéma est affiché à la place.</translation>
    </message>
    <message>
        <source>Plan image readable (%1 × %2 pixels).</source>
        <translation>Image du plan lisible (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>%1 (not a zone: add it)</source>
        <translation>%1 (pas une zone : ajoutez-la)</translation>
    </message>
    <message>
        <source>Add this zone, or change the camera&apos;s zone in Administration › Cameras: otherwise every visitor seen by this camera raises a restricted-zone alert.</source>
        <translation>Ajoutez cette zone, ou changez la zone de la caméra dans Administration › Caméras : sinon chaque visiteur vu par cette caméra déclenche une alerte de zone réservée.</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <source>%1 %, %2 %</source>
        <translation>%1 %, %2 %</translation>
    </message>
    <message>
        <source>No indoor camera: add one in Administration › Cameras.</source>
        <translation>Aucune caméra intérieure : ajoutez-en une dans Administration › Caméras.</translation>
    </message>
    <message>
        <source>Type the zone&apos;s name.</source>
        <translation>Saisissez le nom de la zone.</translation>
    </message>
    <message>
        <source>There already is a zone named %1.</source>
        <translation>Il existe déjà une zone nommée %1.</translation>
    </message>
    <message>
        <source>%1 watches this zone: give the camera another zone in Administration › Cameras first.</source>
        <translation>%1 surveille cette zone : attribuez d’abord une autre zone à la caméra dans Administration › Caméras.</translation>
    </message>
    <message>
        <source>%1 placed. Save to keep it.</source>
        <translation>%1 placée. Enregistrez pour la conserver.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Saved. Passes already issued keep the zones they allow.</source>
        <translation>Enregistré. Les laissez-passer déjà émis gardent les zones qu’ils autorisent.</translation>
    </message>
</context>
<context>
    <name>portique::vision</name>
    <message>
        <source>Stand in front of the camera</source>
        <translation>Placez-vous devant la caméra</translation>
    </message>
    <message>
        <source>One person at a time, please</source>
        <translation>Une seule personne à la fois, s’il vous plaît</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>Approchez-vous</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>Regardez la caméra bien en face</translation>
    </message>
    <message>
        <source>Too dark: more light on the face</source>
        <translation>Trop sombre : éclairez davantage le visage</translation>
    </message>
    <message>
        <source>Too bright: move away from the window</source>
        <translation>Trop lumineux : éloignez-vous de la fenêtre</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Ne bougez plus</translation>
    </message>
    <message>
        <source>Blink once, naturally</source>
        <translation>Clignez des yeux une fois, naturellement</translation>
    </message>
    <message>
        <source>Done: you may step away</source>
        <translation>C’est terminé : vous pouvez vous écarter</translation>
    </message>
    <message>
        <source>No face was found.</source>
        <translation>Aucun visage n’a été trouvé.</translation>
    </message>
    <message>
        <source>Several faces were seen: one person at a time.</source>
        <translation>Plusieurs visages ont été vus : une seule personne à la fois.</translation>
    </message>
    <message>
        <source>The face was never clear enough (size, pose, light or blur).</source>
        <translation>Le visage n’a jamais été assez net (taille, orientation, lumière ou flou).</translation>
    </message>
    <message>
        <source>The pictures do not show the same person.</source>
        <translation>Les images ne montrent pas la même personne.</translation>
    </message>
    <message>
        <source>No usable face within the time allowed.</source>
        <translation>Aucun visage utilisable dans le délai imparti.</translation>
    </message>
    <message>
        <source>The face was seen only once: at least two pictures are needed to check that the template matches the person.</source>
        <translation>Le visage n’a été vu qu’une fois : il faut au moins deux images pour vérifier que le gabarit correspond à la personne.</translation>
    </message>
    <message>
        <source>The template does not match all of the person&apos;s own pictures: they could be refused at the face lane.</source>
        <translation>Le gabarit ne correspond pas à toutes les images de la personne : elle risquerait d’être refusée à la voie visage.</translation>
    </message>
    <message>
        <source>No sign of a live person (no blink was seen).</source>
        <translation>Aucun signe d&apos;une personne vivante (aucun clignement vu).</translation>
    </message>
</context>
<context>
    <name>portique::visitors</name>
    <message>
        <source>VISITOR</source>
        <translation>VISITEUR</translation>
    </message>
    <message>
        <source>ESCORTED VISIT</source>
        <translation>VISITE ACCOMPAGNÉE</translation>
    </message>
    <message>
        <source>Visiting: %1</source>
        <translation>Personne visitée : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valable de %1 à %2</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>Zones : %1</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Visiteur %1</translation>
    </message>
    <message>
        <source>The printer does not accept the pass&apos;s page size (%1).</source>
        <translation>L’imprimante n’accepte pas le format de page du laissez-passer (%1).</translation>
    </message>
    <message>
        <source>Cannot start printing the visitor&apos;s pass.</source>
        <translation>Impossible de lancer l’impression du laissez-passer visiteur.</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>Laissez-passer visiteur</translation>
    </message>
    <message>
        <source>Cannot write the pass file %1: %2</source>
        <translation>Impossible d’écrire le fichier du laissez-passer %1 : %2</translation>
    </message>
    <message>
        <source>Roll call: visitors on site</source>
        <translation>Appel d’évacuation : visiteurs présents</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) on site</source>
        <translation>
            <numerusform>%n visiteur présent</numerusform>
            <numerusform>%n visiteurs présents</numerusform>
        </translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Personne visitée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Escort</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>à %1 (%2)</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper.</source>
        <translation>L’imprimante n’accepte pas le papier A4.</translation>
    </message>
    <message>
        <source>Cannot start printing the roll call.</source>
        <translation>Impossible de lancer l’impression de l’appel d’évacuation.</translation>
    </message>
    <message>
        <source>Nobody is on site.</source>
        <translation>Personne n’est sur place.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel d’évacuation</translation>
    </message>
    <message>
        <source>Cannot write the roll call file %1: %2</source>
        <translation>Impossible d’écrire le fichier de l’appel d’évacuation %1 : %2</translation>
    </message>
    <message>
        <source>Banned from the school</source>
        <translation>Interdit d’accès à l’établissement</translation>
    </message>
    <message>
        <source>Custody restriction</source>
        <translation>Restriction de garde</translation>
    </message>
    <message>
        <source>The zone map is not valid JSON: %1.</source>
        <translation>Le plan des zones n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>A zone has no name.</source>
        <translation>Une zone n’a pas de nom.</translation>
    </message>
    <message>
        <source>Two zones are named %1.</source>
        <translation>Deux zones s’appellent %1.</translation>
    </message>
    <message>
        <source>The position of camera %1 must be two numbers between 0 and 1.</source>
        <translation>La position de la caméra %1 doit être formée de deux nombres entre 0 et 1.</translation>
    </message>
    <message>
        <source>Give the visitor&apos;s name.</source>
        <translation>Indiquez le nom du visiteur.</translation>
    </message>
    <message>
        <source>Say whom the visitor comes to see.</source>
        <translation>Indiquez qui le visiteur vient voir.</translation>
    </message>
    <message>
        <source>Visitors are checked out automatically at %1: the end-of-day time has passed (setting visitors.auto_checkout_minute).</source>
        <translation>La sortie des visiteurs est enregistrée automatiquement à %1 : l’heure de fin de journée est passée (paramètre visitors.auto_checkout_minute).</translation>
    </message>
    <message>
        <source>The expected departure must be later than now.</source>
        <translation>Le départ prévu doit être postérieur à maintenant.</translation>
    </message>
    <message>
        <source>The expected departure must be at the latest %1, when visitors are checked out automatically.</source>
        <translation>Le départ prévu doit être au plus tard à %1, heure de la sortie automatique des visiteurs.</translation>
    </message>
    <message>
        <source>There is no zone named %1.</source>
        <translation>Aucune zone ne s’appelle %1.</translation>
    </message>
    <message>
        <source>Tracking needs a photo where the face is usable: take the photo again, or register without tracking.</source>
        <translation>Le suivi nécessite une photo où le visage est utilisable : reprenez la photo, ou enregistrez sans suivi.</translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation>Aucun visiteur ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>%1 already left at %2.</source>
        <translation>%1 est déjà parti(e) à %2.</translation>
    </message>
    <message>
        <source>This pass cannot be used: %1.</source>
        <translation>Ce laissez-passer est inutilisable : %1.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Give a date of birth or a reference photo: a name alone matches too many people.</source>
        <translation>Indiquez une date de naissance ou une photo de référence : un nom seul correspond à trop de personnes.</translation>
    </message>
    <message>
        <source>No usable face was found on the reference photo.</source>
        <translation>Aucun visage utilisable n’a été trouvé sur la photo de référence.</translation>
    </message>
    <message>
        <source>No watchlist entry has the number %1.</source>
        <translation>Aucune fiche de la liste de vigilance ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>A visitor&apos;s pass holds at most %1 zones, not %2: merge or remove zones in the zone map.</source>
        <translation>Un laissez-passer de visiteur porte au plus %1 zones, pas %2 : regroupez ou supprimez des zones dans le plan des zones.</translation>
    </message>
    <message>
        <source>The zone name &quot;%1&quot; is too long for a visitor&apos;s pass: %2 bytes, at most %3 (an accented letter takes 2).</source>
        <translation>Le nom de zone « %1 » est trop long pour un laissez-passer de visiteur : %2 octets, au plus %3 (une lettre accentuée en compte 2).</translation>
    </message>
    <message>
        <source>The visitor&apos;s pass cannot be signed: its content does not fit in a pass&apos;s code. Nothing was changed.</source>
        <translation>Le laissez-passer du visiteur ne peut pas être signé : son contenu ne tient pas dans le code d’un laissez-passer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You agreed to be located indoors during this visit; you can stop it at any time at the desk.</source>
        <translation>Vous avez accepté d’être localisé(e) à l’intérieur pendant cette visite ; vous pouvez l’arrêter à tout moment à l’accueil.</translation>
    </message>
    <message>
        <source>%1 already withdrew their consent to indoor tracking: nothing is left to delete.</source>
        <translation>%1 a déjà retiré son consentement au suivi intérieur : il ne reste rien à supprimer.</translation>
    </message>
    <message>
        <source>%1 never agreed to indoor tracking: the cameras do not follow them and nothing about their face is kept.</source>
        <translation>%1 n’a jamais accepté le suivi intérieur : les caméras ne suivent pas cette personne et rien de son visage n’est conservé.</translation>
    </message>
</context>
</TS>
