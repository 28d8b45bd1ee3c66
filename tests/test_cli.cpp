// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The command-line contract: JSON on stdout, messages on stderr, exit 0 / 1 refused / 2 bad usage.
#include "accounts/passwordhash.h"
#include "clirunner.h"
#include "privacy/auditlog.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "teststation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

using Run = test::CliRun;

const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString dpoPassword = QStringLiteral("dpo-pass-2026");

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }

    static Run run(const QStringList &arguments, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {})
    {
        return test::runCli(arguments, env, stdinData);
    }

    Run asAdmin(QStringList arguments, QMap<QString, QString> env = {}) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("chef");
        env.insert(QStringLiteral("PORTIQUE_PASSWORD"), adminPassword);
        return run(arguments, env);
    }

    qint64 auditRecords() const
    {
        const auto databaseKey = storage::KeyFile::read(key());
        auto database = storage::Database::open(db(), databaseKey, storage::Database::OpenMode::Existing);
        return database->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    }

    Run asDpo(QStringList arguments, QMap<QString, QString> env = {}) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("dpo");
        env.insert(QStringLiteral("PORTIQUE_PASSWORD"), dpoPassword);
        return run(arguments, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(PORTIQUECTL_PATH)));
        const Run init =
            run({QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
                 QStringLiteral("chef"), QStringLiteral("--admin-name"), QStringLiteral("Claire Chef"), QStringLiteral("--school"),
                 QStringLiteral("Lycée Victor Hugo"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--dpo-name"),
                 QStringLiteral("Denis Délégué")},
                {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), dpoPassword}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(init.json.value(QStringLiteral("admin")).toString(), QStringLiteral("chef"));
        QCOMPARE(init.json.value(QStringLiteral("dpo")).toString(), QStringLiteral("dpo"));
        QCOMPARE(init.json.value(QStringLiteral("key")).toString(), QStringLiteral("raw"));
        QVERIFY(!init.json.value(QStringLiteral("cipher_version")).toString().isEmpty());
        QCOMPARE(QFile::permissions(key())
                     & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        QCOMPARE(QFile(key()).size(), 32);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("user"), QStringLiteral("fly")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("missing login") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--role"),
                                                      QStringLiteral("agent")};
        QTest::newRow("no database") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
        QTest::newRow("init without admin") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("/tmp/x.db"),
                                                           QStringLiteral("--key-file"), QStringLiteral("/tmp/x.key")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/x.db")));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command :
             {"init",         "user add",      "user passwd", "user role",     "user list",  "user disable", "user enable",
              "audit verify", "audit list",    "demo init",   "version",       "camera add", "camera list",  "camera remove",
              "faces embed",  "faces compare", "faces eval",  "model install", "model info", "demo cameras", "bench pipeline"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const Run result = run(command.split(u' ') << QStringLiteral("--help"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: portiquectl ") + command), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--db")));
    }

    void topLevelHelpListsCommands()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *command : {"init", "user", "audit", "demo", "version"})
            QVERIFY(result.out.contains(QString::fromLatin1(command)));
        // Every command name stands apart from its summary ("experiment" once ran into it).
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+)(\\s*)\\S"));
        int listed = 0;
        for (const QString &line : result.out.split(u'\n')) {
            const QRegularExpressionMatch match = commandLine.match(line);
            if (!match.hasMatch())
                continue;
            ++listed;
            QVERIFY2(match.capturedLength(2) >= 2, qPrintable(line));
        }
        QVERIFY(listed >= 20);
    }

    void initRefusesToOverwrite()
    {
        const QByteArray before = test::fileDigest(db());
        const QByteArray keyBefore = test::fileDigest(key());
        const Run again = run({QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(),
                               QStringLiteral("--admin"), QStringLiteral("other")},
                              {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("other-pass-1")}});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileDigest(db()), before);
        QCOMPARE(test::fileDigest(key()), keyBefore);
    }

    void userLifeCycle()
    {
        Run add = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lea"), QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--name"), QStringLiteral("Léa Martin")},
                          {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("lea-pass-2026")}});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(add.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Léa Martin"));

        const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = list.json.value(QStringLiteral("users")).toArray();
        QStringList logins;
        for (const QJsonValue &user : users)
            logins << user.toObject().value(QStringLiteral("login")).toString();
        QVERIFY(logins.contains(QStringLiteral("lea")));
        QVERIFY(!list.out.contains(QStringLiteral("argon2")));

        // An agent may change their own password but not list users.
        const QMap<QString, QString> asLea{{QStringLiteral("PORTIQUE_USER"), QStringLiteral("lea")},
                                           {QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("lea-pass-2026")},
                                           {QStringLiteral("PORTIQUE_DB"), db()},
                                           {QStringLiteral("PORTIQUE_KEY_FILE"), key()}};
        const Run refused = run({QStringLiteral("user"), QStringLiteral("list")}, asLea);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("does not allow")));
        QVERIFY(refused.out.isEmpty());
        QMap<QString, QString> passwd = asLea;
        passwd.insert(QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("lea-new-2026"));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("chef")}, passwd).exitCode, 1);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("lea")}, passwd).exitCode, 0);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, asLea).exitCode, 1); // old password now

        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lea")}).exitCode, 0);
        QMap<QString, QString> asNewLea = asLea;
        asNewLea.insert(QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("lea-new-2026"));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("lea")}, asNewLea).exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("lea")}).exitCode, 0);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("chef")}).exitCode, 1);
    }

    void dpoAndAdministratorCannotDoEachOthersJob_data()
    {
        QTest::addColumn<bool>("asDpo");
        QTest::addColumn<QStringList>("arguments");
        // GDPR art. 38(6): the DPO controls what the administrator sets up.
        QTest::newRow("dpo: user add") << true
                                       << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("marc"),
                                                      QStringLiteral("--role"), QStringLiteral("agent")};
        QTest::newRow("dpo: user list") << true << QStringList{QStringLiteral("user"), QStringLiteral("list")};
        QTest::newRow("dpo: camera add") << true
                                         << QStringList{QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Voie 9"),
                                                        QStringLiteral("--source"), QStringLiteral("/dev/video9")};
        QTest::newRow("dpo: scanner") << true
                                      << QStringList{QStringLiteral("gate"), QStringLiteral("bind-scanner"), QStringLiteral("wedge"),
                                                     QStringLiteral("Voie 1")};
        QTest::newRow("dpo: watchlist") << true << QStringList{QStringLiteral("watchlist"), QStringLiteral("list")};
        QTest::newRow("dpo: zones") << true << QStringList{QStringLiteral("zones"), QStringLiteral("show")};
        QTest::newRow("admin: audit list") << false << QStringList{QStringLiteral("audit"), QStringLiteral("list")};
        QTest::newRow("admin: consents") << false << QStringList{QStringLiteral("consent"), QStringLiteral("list")};
        QTest::newRow("admin: subject export") << false
                                               << QStringList{QStringLiteral("subject"), QStringLiteral("export"),
                                                              QStringLiteral("4100101"), QStringLiteral("--out"), QDir::tempPath()};
        QTest::newRow("admin: aipd") << false
                                     << QStringList{QStringLiteral("aipd"), QStringLiteral("--out"),
                                                    QDir::tempPath() + QStringLiteral("/portique-refused-aipd.pdf")};
        QTest::newRow("admin: purge") << false << QStringList{QStringLiteral("purge"), QStringLiteral("--dry-run")};
    }
    void dpoAndAdministratorCannotDoEachOthersJob()
    {
        QFETCH(bool, asDpo);
        QFETCH(QStringList, arguments);
        const qint64 before = auditRecords();
        const Run refused = asDpo ? this->asDpo(arguments, {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("marc-pass-2026")}})
                                  : asAdmin(arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("does not allow this command")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(auditRecords(), before + 1); // the sign-in, nothing else
        // What each may do still works.
        QCOMPARE(
            asDpo ? this->asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}).exitCode
                  : asAdmin({QStringLiteral("user"), QStringLiteral("list")}).exitCode,
            0);
    }

    void aDpoCreatesTheFirstAdministratorOfAnUpgradedStation()
    {
        // A station upgraded from the single "DPO / administrator" role has DPOs and no
        // administrator (migration 12): a DPO may create the first one, and nothing more.
        QTemporaryDir dir;
        const QString oldDb = dir.filePath(QStringLiteral("v11.db"));
        const QString oldKey = dir.filePath(QStringLiteral("v11.key"));
        const storage::DatabaseKey databaseKey = storage::DatabaseKey::generate();
        storage::KeyFile::writeRaw(oldKey, databaseKey);
        {
            auto old = storage::Database::openAtVersion(oldDb, databaseKey, storage::Database::OpenMode::CreateNew, 11);
            old->execute(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at) "
                                        "VALUES ('claire', 'Claire', 'dpo', ?1, '2026-09-01T08:00:00.000Z')"),
                         {accounts::PasswordHash::hash(dpoPassword)});
        }
        const auto asClaire = [&](const QStringList &arguments) {
            return run(arguments, {{QStringLiteral("PORTIQUE_DB"), oldDb},
                                   {QStringLiteral("PORTIQUE_KEY_FILE"), oldKey},
                                   {QStringLiteral("PORTIQUE_USER"), QStringLiteral("claire")},
                                   {QStringLiteral("PORTIQUE_PASSWORD"), dpoPassword},
                                   {QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}});
        };
        const Run agent = asClaire(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("marc"), QStringLiteral("--role"), QStringLiteral("agent")});
        QCOMPARE(agent.exitCode, 1);
        QVERIFY2(agent.err.contains(QStringLiteral("migration 12: account \"claire\" stays DPO")), qPrintable(agent.err));
        QVERIFY(agent.err.contains(QStringLiteral("portiquectl user add LOGIN --role admin")));
        const Run admin = asClaire(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hugo"), QStringLiteral("--role"), QStringLiteral("admin")});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QCOMPARE(admin.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        // Once the station has its administrator, the DPO adds no one, not even another one.
        QCOMPARE(asClaire({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("paul"), QStringLiteral("--role"),
                           QStringLiteral("admin")})
                     .exitCode,
                 1);
    }

    void leadingGlobalOptionsWork()
    {
        const Run result =
            run({QStringLiteral("--db"), db(), QStringLiteral("--key-file=") + key(), QStringLiteral("--user"), QStringLiteral("dpo"),
                 QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")},
                {{QStringLiteral("PORTIQUE_PASSWORD"), dpoPassword}});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.json.value(QStringLiteral("records")).toArray().size(), 3);
    }

    void wrongPasswordIsRefused()
    {
        const Run result = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db(),
                                QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("chef")},
                               {{QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("nope")}});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Wrong login or password")));
    }

    void passwordCanComeFromStandardInput()
    {
        const Run result = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db(),
                                QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("chef")},
                               {}, adminPassword.toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void wrongKeyIsRefusedAndTheFileUntouched()
    {
        QTemporaryDir other;
        const QString otherKey = other.filePath(QStringLiteral("other.key"));
        storage::KeyFile::writeRaw(otherKey, storage::DatabaseKey::generate());
        const QByteArray before = test::fileDigest(db());
        const Run result = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db(),
                                QStringLiteral("--key-file"), otherKey, QStringLiteral("--user"), QStringLiteral("chef")},
                               {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("does not open with this key")));
        QCOMPARE(test::fileDigest(db()), before);
    }

    void readableKeyFileIsRefused()
    {
        QFile::setPermissions(key(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run result = asAdmin({QStringLiteral("audit"), QStringLiteral("verify")});
        QFile::setPermissions(key(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("chmod 600")));
    }

    void auditVerifyReportsTheFirstBrokenLink()
    {
        const Run intact = asAdmin({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.json.value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(intact.json.value(QStringLiteral("checked")).toInt() > 3);

        QTemporaryDir copy;
        const QString copyDb = copy.filePath(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(db(), copyDb));
        {
            const auto key = storage::KeyFile::read(this->key());
            auto database = storage::Database::open(copyDb, key, storage::Database::OpenMode::Existing);
            database->execute(QStringLiteral("UPDATE audit_log SET actor = 'intrus' WHERE seq = 3"));
        }
        const Run broken = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copyDb,
                                QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("chef")},
                               {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.json.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(broken.json.value(QStringLiteral("first_broken")).toInt(), 3);
        QVERIFY(broken.err.contains(QStringLiteral("3")));
    }

    void passphraseStation()
    {
        QTemporaryDir dir;
        const QString pdb = dir.filePath(QStringLiteral("p.db"));
        const QString pkey = dir.filePath(QStringLiteral("p.key"));
        const QString passphrase = QStringLiteral("la loge ouvre à 7 h 30");
        const Run init =
            run({QStringLiteral("init"), QStringLiteral("--db"), pdb, QStringLiteral("--key-file"), pkey, QStringLiteral("--admin"),
                 QStringLiteral("chef"), QStringLiteral("--passphrase")},
                {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_PASSPHRASE"), passphrase}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(init.json.value(QStringLiteral("key")).toString(), QStringLiteral("passphrase"));
        const QStringList verify{
            QStringLiteral("audit"),  QStringLiteral("verify"), QStringLiteral("--db"), pdb, QStringLiteral("--key-file"), pkey,
            QStringLiteral("--user"), QStringLiteral("chef")};
        QCOMPARE(run(verify, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_PASSPHRASE"), passphrase}})
                     .exitCode,
                 0);
        const Run wrong = run(verify, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword},
                                       {QStringLiteral("PORTIQUE_PASSPHRASE"), QStringLiteral("not the passphrase")}});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("Wrong passphrase")));
    }

    void demoStationIsCreatedOnce()
    {
        QTemporaryDir dir;
        const Run first = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), dir.path()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.json.value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(first.json.value(QStringLiteral("users")).toArray().size(), 4);
        const QByteArray digest = test::fileDigest(first.json.value(QStringLiteral("database")).toString());
        const Run second = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), dir.path()});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(test::fileDigest(first.json.value(QStringLiteral("database")).toString()), digest);
        const Run agent = run({QStringLiteral("audit"), QStringLiteral("list")},
                              {{QStringLiteral("PORTIQUE_DB"), first.json.value(QStringLiteral("database")).toString()},
                               {QStringLiteral("PORTIQUE_KEY_FILE"), first.json.value(QStringLiteral("key_file")).toString()},
                               {QStringLiteral("PORTIQUE_USER"), QStringLiteral("accueil")},
                               {QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("demo-accueil-2026")}});
        QCOMPARE(agent.exitCode, 1); // agents do not read the audit trail

        // A demo made before the administrator role has no "admin": the next start adds it.
        {
            const auto demoKey = storage::KeyFile::read(first.json.value(QStringLiteral("key_file")).toString());
            auto database = storage::Database::open(first.json.value(QStringLiteral("database")).toString(), demoKey,
                                                    storage::Database::OpenMode::Existing);
            QCOMPARE(database->execute(QStringLiteral("DELETE FROM users WHERE login = 'admin'")), 1);
        }
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), dir.path()}).exitCode, 0);
        const Run admin = run({QStringLiteral("user"), QStringLiteral("list")},
                              {{QStringLiteral("PORTIQUE_DB"), first.json.value(QStringLiteral("database")).toString()},
                               {QStringLiteral("PORTIQUE_KEY_FILE"), first.json.value(QStringLiteral("key_file")).toString()},
                               {QStringLiteral("PORTIQUE_USER"), QStringLiteral("admin")},
                               {QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("demo-admin-2026")}});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QCOMPARE(admin.json.value(QStringLiteral("users")).toArray().size(), 4);
    }

    void camerasAreConfiguredByTheAdministrator()
    {
        const Run added = asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Voie 1"), QStringLiteral("--source"),
                                   QStringLiteral("/dev/video0")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run hall = asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Hall"), QStringLiteral("--source"),
                                  QStringLiteral("rtsp://127.0.0.1/hall"), QStringLiteral("--role"), QStringLiteral("indoor"),
                                  QStringLiteral("--zone"), QStringLiteral("Hall")});
        QCOMPARE(hall.exitCode, 0);
        // The reception desk's camera (issue 16): the visitor dialog's photo, on the agent's key only.
        const Run desk = asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Accueil"), QStringLiteral("--source"),
                                  QStringLiteral("/dev/video2"), QStringLiteral("--role"), QStringLiteral("desk")});
        QVERIFY2(desk.exitCode == 0, qPrintable(desk.err));
        const Run twice = asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Hall"), QStringLiteral("--source"),
                                   QStringLiteral("/dev/video1")});
        QCOMPARE(twice.exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--source"),
                          QStringLiteral("0"), QStringLiteral("--role"), QStringLiteral("roof")})
                     .exitCode,
                 2);
        QCOMPARE(asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Y"), QStringLiteral("--source"),
                          QStringLiteral("0"), QStringLiteral("--rotation"), QStringLiteral("45")})
                     .exitCode,
                 1);
        const Run list = asAdmin({QStringLiteral("camera"), QStringLiteral("list")});
        const QJsonArray cameras = list.json.value(QStringLiteral("cameras")).toArray();
        QCOMPARE(cameras.size(), 3);
        QCOMPARE(cameras.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("indoor"));
        QCOMPARE(cameras.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("desk"));
        QCOMPARE(asAdmin({QStringLiteral("camera"), QStringLiteral("remove"), QStringLiteral("Voie 1")}).exitCode, 0);
        QCOMPARE(asAdmin({QStringLiteral("camera"), QStringLiteral("remove"), QStringLiteral("Voie 1")}).exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("camera"), QStringLiteral("list")}).json.value(QStringLiteral("cameras")).toArray().size(), 2);
    }

    void versionListsComponents()
    {
        const Run result = run({QStringLiteral("version")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject components = result.json.value(QStringLiteral("components")).toObject();
        QVERIFY(components.contains(QStringLiteral("Portique")));
        QVERIFY(components.contains(QStringLiteral("libsodium")));
    }

    void messagesAreFrenchByDefault()
    {
        const Run result = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("chef")},
                               {{QStringLiteral("PORTIQUE_LANG"), QStringLiteral("fr")}});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Aucune base")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
