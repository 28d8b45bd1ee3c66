// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl audit checkpoint and audit verify --checkpoint, end to end: a signed checkpoint
// kept off the station shows a trail cut by hand, a backup put back, and a checkpoint file edited.
#include "clirunner.h"

#include "storage/database.h"
#include "storage/keyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString agentPassword = QStringLiteral("agent-pass-2026");

/// One station in its own folder: its database, key file and the checkpoints taken of it.
class Station {
public:
    explicit Station(const QString &folder)
        : m_folder(folder)
    {
    }
    QString db() const { return file(QStringLiteral("station.db")); }
    QString key() const { return file(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return QDir(m_folder).filePath(name); }

    CliRun init() const
    {
        return test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), adminPassword}});
    }
    CliRun as(const QString &login, const QString &password, QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user") << login;
        return test::runCli(arguments,
                            {{QStringLiteral("PORTIQUE_PASSWORD"), password}, {QStringLiteral("PORTIQUE_NEW_PASSWORD"), agentPassword}});
    }
    CliRun asDpo(const QStringList &arguments) const { return as(QStringLiteral("dpo"), adminPassword, arguments); }
    CliRun asAdmin(const QStringList &arguments) const { return as(QStringLiteral("chef"), adminPassword, arguments); }
    CliRun checkpoint(const QString &path) const
    {
        return asDpo({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), path});
    }
    CliRun verify(const QString &path) const
    {
        return asDpo({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), path});
    }
    /// SQL on the encrypted file with its key, as someone holding `sqlcipher` and the key would.
    void sql(const QString &statements) const
    {
        const storage::DatabaseKey databaseKey = storage::KeyFile::read(key());
        const auto database = storage::Database::open(db(), databaseKey, storage::Database::OpenMode::Existing);
        for (const QString &statement : statements.split(QStringLiteral("; ")))
            database->execute(statement);
    }

private:
    QString m_folder;
};

} // namespace

class TestCliAudit final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Station newStation(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        Station station(m_dir.filePath(name));
        const CliRun init = station.init();
        if (init.exitCode != 0)
            qWarning("init: %s", qPrintable(init.err));
        return station;
    }

private Q_SLOTS:
    void onlyTheDpoTakesACheckpoint()
    {
        const Station station = newStation(QStringLiteral("roles"));
        QCOMPARE(station
                     .asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"), QStringLiteral("--role"),
                               QStringLiteral("agent")})
                     .exitCode,
                 0);
        const QString path = station.file(QStringLiteral("agent.json"));
        const CliRun refused = station.as(QStringLiteral("accueil"), agentPassword,
                                          {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("does not allow")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));
        // Nor the administrator, whose changes the trail records (GDPR art. 38(6)).
        QCOMPARE(station.asAdmin({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), path}).exitCode, 1);
        QVERIFY(!QFile::exists(path));
        // No --out: a usage error, nothing written.
        QCOMPARE(station.asDpo({QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 2);
    }

    void checkpointThenTruncatedTrail()
    {
        const Station station = newStation(QStringLiteral("truncated"));
        const QString path = station.file(QStringLiteral("checkpoint.json"));
        const CliRun taken = station.checkpoint(path);
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        const qint64 signedSeq = taken.json[u"seq"].toInteger();
        QVERIFY(signedSeq > 3);
        QCOMPARE(taken.json[u"public_key"].toString().size(), 64);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // Never replaced.
        const CliRun again = station.checkpoint(path);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));

        const CliRun consistent = station.verify(path);
        QVERIFY2(consistent.exitCode == 0, qPrintable(consistent.err));
        QCOMPARE(consistent.json[u"verdict"].toString(), QStringLiteral("consistent"));
        QCOMPARE(consistent.json[u"checkpoint_seq"].toInteger(), signedSeq);

        // The last records removed with sqlcipher and the key, the head rewritten the old way.
        station.sql(QStringLiteral("DELETE FROM audit_log WHERE seq > %1; UPDATE audit_head SET last_seq = %1, "
                                   "hash = (SELECT hash FROM audit_log WHERE seq = %1)")
                        .arg(signedSeq - 3));
        const CliRun truncated = station.verify(path);
        QCOMPARE(truncated.exitCode, 1);
        QCOMPARE(truncated.json[u"verdict"].toString(), QStringLiteral("truncated"));
        QVERIFY2(truncated.err.contains(QStringLiteral("records were removed")), qPrintable(truncated.err));
        // And the plain check says so too.
        const CliRun plain = station.asDpo({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(plain.exitCode, 1);
        QCOMPARE(plain.json[u"intact"].toBool(), false);
    }

    void restoredBackupIsFound()
    {
        const Station station = newStation(QStringLiteral("restored"));
        QCOMPARE(station.checkpoint(station.file(QStringLiteral("monday.json"))).exitCode, 0);
        // The backup: the file as it is between two runs (the WAL folded in when the last one closed).
        const QString backup = station.file(QStringLiteral("backup.db"));
        QVERIFY(!QFile::exists(station.db() + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(station.db(), backup));
        for (const QString &login : {QStringLiteral("accueil"), QStringLiteral("vie-scolaire")})
            QCOMPARE(
                station.asAdmin({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), QStringLiteral("agent")})
                    .exitCode,
                0);
        const QString path = station.file(QStringLiteral("friday.json"));
        QCOMPARE(station.checkpoint(path).exitCode, 0);
        QCOMPARE(station.verify(path).exitCode, 0);

        // The backup put back in place of the database.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(station.db() + suffix);
        QVERIFY(QFile::copy(backup, station.db()));
        const CliRun plain = station.asDpo({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(plain.exitCode == 0, "the restored trail is intact on its own: only the checkpoint shows the restore");
        const CliRun restored = station.verify(path);
        QCOMPARE(restored.exitCode, 1);
        QCOMPARE(restored.json[u"verdict"].toString(), QStringLiteral("restored_from_backup"));
        QVERIFY2(restored.err.contains(QStringLiteral("a backup older than the checkpoint may have been restored")),
                 qPrintable(restored.err));
    }

    void editedCheckpointIsRefused()
    {
        const Station station = newStation(QStringLiteral("edited"));
        const QString path = station.file(QStringLiteral("checkpoint.json"));
        QCOMPARE(station.checkpoint(path).exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json[QStringLiteral("seq")] = json[u"seq"].toInteger() - 1;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const CliRun edited = station.verify(path);
        QCOMPARE(edited.exitCode, 1);
        QCOMPARE(edited.json[u"verdict"].toString(), QStringLiteral("signature_invalid"));
        QVERIFY2(edited.err.contains(QStringLiteral("signature is not valid")), qPrintable(edited.err));

        const CliRun missing = station.verify(station.file(QStringLiteral("nowhere.json")));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.json[u"verdict"].toString(), QStringLiteral("unreadable"));
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere.json")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
