// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl purge, subject export/erase and aipd, end to end on one station seeded with a school
// day four months ago (so its passages are past their period).
#include "clirunner.h"
#include "fakeclock.h"
#include "teststation.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "privacy/retention.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/keyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString agentPassword = QStringLiteral("agent-pass-2026");

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool pdftotextPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

class TestCliPrivacy final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun as(const QString &login, const QString &password, QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user") << login;
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), password}});
    }
    // "chef" is the DPO here; "root" the station administrator (issue 15: two roles).
    CliRun asDpo(const QStringList &arguments) const { return as(QStringLiteral("chef"), adminPassword, arguments); }
    CliRun asAdmin(const QStringList &arguments) const { return as(QStringLiteral("root"), adminPassword, arguments); }

    /// The station's own connection, for what the CLI has no command for (a camera, a setting).
    struct Direct {
        Direct(const QString &databasePath, const QString &keyPath)
            : key(storage::KeyFile::read(keyPath))
            , database(storage::Database::open(databasePath, key, storage::Database::OpenMode::Existing))
            , services(*database, clock)
        {
        }
        storage::DatabaseKey key;
        std::unique_ptr<storage::Database> database;
        common::SystemClock clock;
        station::StationServices services;
    };

    qint64 count(const QString &sql) const { return Direct(db(), key()).database->scalar(sql).toLongLong(); }

    int auditCount(const QString &action) const
    {
        int found = 0;
        for (const QJsonValue &record :
             asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")})
                 .json[u"records"]
                 .toArray())
            found += record.toObject()[u"action"].toString() == action ? 1 : 0;
        return found;
    }

    QDate m_seeded;

private Q_SLOTS:
    void initTestCase()
    {
        const CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
             QStringLiteral("root"), QStringLiteral("--dpo"), QStringLiteral("chef"), QStringLiteral("--school"),
             QStringLiteral("Lycée Victor Hugo")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), adminPassword}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        m_seeded = QDate::currentDate().addDays(-120);
        const CliRun seeded =
            asAdmin({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--date"), common::isoDate(m_seeded)});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        QVERIFY(seeded.json[u"passages"].toInt() > 20);
        const CliRun agent = test::runCli(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"), QStringLiteral("--role"), QStringLiteral("agent"),
             QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("root")},
            {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_NEW_PASSWORD"), agentPassword}});
        QVERIFY2(agent.exitCode == 0, qPrintable(agent.err));
    }

    void onlyTheDpoMay()
    {
        for (const QStringList &command :
             {QStringList{QStringLiteral("purge"), QStringLiteral("--dry-run")},
              QStringList{QStringLiteral("subject"), QStringLiteral("export"), QStringLiteral("9100100"), QStringLiteral("--out"),
                          file(QStringLiteral("nope"))},
              QStringList{QStringLiteral("subject"), QStringLiteral("erase"), QStringLiteral("9100100"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("aipd"), QStringLiteral("--out"), file(QStringLiteral("nope.pdf"))}}) {
            const CliRun refused = as(QStringLiteral("accueil"), agentPassword, command);
            QVERIFY2(refused.exitCode == 1, qPrintable(command.join(u' ') + u' ' + refused.err));
            // Nor the station administrator (GDPR art. 38(6)).
            const CliRun administrator = asAdmin(command);
            QVERIFY2(administrator.exitCode == 1 && administrator.err.contains(QStringLiteral("does not allow")),
                     qPrintable(command.join(u' ') + u' ' + administrator.err));
        }
        QVERIFY(!QFile::exists(file(QStringLiteral("nope.pdf"))));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE id = '9100100'")), 1);
    }

    /// The DPO's registers from the command line: consents, and the audit trail by kind and text.
    void consentRegisterAndAuditFilters()
    {
        const CliRun all = asDpo({QStringLiteral("consent"), QStringLiteral("list")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QCOMPARE(all.json[u"count"].toInteger(), count(QStringLiteral("SELECT count(*) FROM consents")));
        QVERIFY(all.json[u"count"].toInteger() > 0);
        const QJsonObject first = all.json[u"consents"].toArray().first().toObject();
        QVERIFY(!first[u"person_name"].toString().isEmpty());
        QVERIFY(first.contains(u"template_held"));
        const CliRun withdrawn = asDpo({QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--withdrawn")});
        QCOMPARE(withdrawn.json[u"count"].toInteger(),
                 count(QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NOT NULL")));
        const CliRun inForce = asDpo({QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--in-force")});
        QCOMPARE(inForce.json[u"count"].toInteger() + withdrawn.json[u"count"].toInteger(), all.json[u"count"].toInteger());
        const QString className = first[u"class"].toString();
        const CliRun ofClass = asDpo({QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--class"), className});
        QCOMPARE(ofClass.json[u"count"].toInteger(),
                 count(QStringLiteral("SELECT count(*) FROM consents c JOIN people p ON p.id = c.person_id WHERE p.class_name = '%1'")
                           .arg(className)));
        QCOMPARE(asDpo({QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--in-force"), QStringLiteral("--withdrawn")})
                     .exitCode,
                 2);
        QCOMPARE(as(QStringLiteral("accueil"), agentPassword, {QStringLiteral("consent"), QStringLiteral("list")}).exitCode, 1);

        const CliRun settings = asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                       QStringLiteral("settings.change"), QStringLiteral("--limit"), QStringLiteral("100000")});
        QVERIFY2(settings.exitCode == 0, qPrintable(settings.err));
        QCOMPARE(settings.json[u"records"].toArray().size(),
                 count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")));
        const CliRun logins = asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("login"),
                                     QStringLiteral("--action"), QStringLiteral("user"), QStringLiteral("--search"),
                                     QStringLiteral("ACCUEIL"), QStringLiteral("--since"), common::isoDate(QDate::currentDate())});
        QVERIFY(!logins.json[u"records"].toArray().isEmpty());
        for (const QJsonValue &record : logins.json[u"records"].toArray()) {
            const QString action = record.toObject()[u"action"].toString();
            QVERIFY2(action.startsWith(QStringLiteral("login.")) || action.startsWith(QStringLiteral("user.")), qPrintable(action));
        }
        QCOMPARE(asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("hier")}).exitCode, 2);
    }

    void subjectExportThenErase()
    {
        const QString personId =
            Direct(db(), key())
                .database
                ->scalar(QStringLiteral("SELECT person_id FROM access_events WHERE person_id IS NOT NULL GROUP BY person_id "
                                        "ORDER BY count(*) DESC, person_id LIMIT 1"))
                .toString();
        QVERIFY(!personId.isEmpty());
        const QString out = file(QStringLiteral("export"));
        const CliRun exported = asDpo({QStringLiteral("subject"), QStringLiteral("export"), personId, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.json[u"json"].toString(), out + u'/' + personId + QStringLiteral(".json"));
        QCOMPARE(exported.json[u"pdf"].toString(), out + u'/' + personId + QStringLiteral(".pdf"));
        QFile json(exported.json[u"json"].toString());
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject data = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(data[u"subject"].toObject()[u"id"].toString(), personId);
        QCOMPARE(data[u"records"].toObject()[u"access_events"].toArray().size(),
                 count(QStringLiteral("SELECT count(*) FROM access_events WHERE person_id = '%1'").arg(personId)));
        QVERIFY(QFile::exists(exported.json[u"pdf"].toString()));
        const QString name = data[u"subject"].toObject()[u"name"].toString();
        if (pdftotextPresent())
            QVERIFY(pdfText(exported.json[u"pdf"].toString()).contains(name));
        QCOMPARE(auditCount(QStringLiteral("subject.export")), 1);

        // Without --yes: what would go, and nothing done.
        const CliRun asked = asDpo({QStringLiteral("subject"), QStringLiteral("erase"), personId});
        QCOMPARE(asked.exitCode, 2);
        QVERIFY(asked.json[u"preview"].toBool());
        QVERIFY(asked.json[u"total_deleted"].toInteger() > 3);
        QVERIFY(asked.err.contains(name));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE id = '%1'").arg(personId)), 1);

        const CliRun erased = asDpo({QStringLiteral("subject"), QStringLiteral("erase"), personId, QStringLiteral("--yes")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QCOMPARE(erased.json[u"total_deleted"].toInteger(), asked.json[u"total_deleted"].toInteger());
        QVERIFY(erased.json[u"audit_seq"].toInteger() > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE id = '%1'").arg(personId)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_events WHERE person_id = '%1'").arg(personId)), 0);
        QCOMPARE(auditCount(QStringLiteral("subject.erase")), 1);
        const CliRun verified = asDpo({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));

        const CliRun again = asDpo({QStringLiteral("subject"), QStringLiteral("export"), personId, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(personId));
        QCOMPARE(asDpo({QStringLiteral("subject"), QStringLiteral("erase")}).exitCode, 2);
    }

    void purgeDryRunThenReal()
    {
        const qint64 passages = count(QStringLiteral("SELECT count(*) FROM access_events"));
        const int purgesBefore = auditCount(QStringLiteral("retention.purge"));
        const CliRun dry = asDpo({QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.json[u"dry_run"].toBool());
        const QJsonObject wouldGo = dry.json[u"deleted"].toObject();
        // Four months old: the passages past 90 days, their overrides, the alerts, the visitors;
        // the forged badge's alert, still open past its period, is closed first (issue 15: it was
        // held forever, with its passage).
        QVERIFY(wouldGo[u"access_events"].toInteger() > 20);
        QVERIFY(wouldGo[u"overrides"].toInteger() > 0);
        QVERIFY(wouldGo[u"visitors"].toInteger() >= 3);
        QVERIFY(wouldGo[u"alerts_closed"].toInteger() >= 1);
        QCOMPARE(dry.json[u"held"].toObject()[u"alerts"].toInteger(), 0);
        QCOMPARE(wouldGo[u"camera_outages"].toInteger(), 0); // a year
        QVERIFY(dry.err.contains(QStringLiteral("Would delete:")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_events")), passages);
        QCOMPARE(auditCount(QStringLiteral("retention.purge")), purgesBefore);

        const CliRun real = asDpo({QStringLiteral("purge")});
        QVERIFY2(real.exitCode == 0, qPrintable(real.err));
        QVERIFY(!real.json[u"dry_run"].toBool());
        QCOMPARE(real.json[u"deleted"].toObject(), wouldGo);
        QVERIFY(real.json[u"audit_seq"].toInteger() > 0);
        QVERIFY(real.err.contains(QStringLiteral("Deleted:")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_events")), passages - wouldGo[u"access_events"].toInteger());
        QCOMPARE(auditCount(QStringLiteral("retention.purge")), purgesBefore + 1);

        const CliRun after = asDpo({QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QCOMPARE(after.json[u"total_deleted"].toInteger(), 0);
        QVERIFY(asDpo({QStringLiteral("audit"), QStringLiteral("verify")}).json[u"intact"].toBool());
    }

    void aipdHoldsTheLiveSettings()
    {
        {
            Direct direct(db(), key());
            privacy::setRetentionDays(direct.services.settings, privacy::RetentionKind::AccessEvents, 73, QStringLiteral("chef"));
            privacy::setRetentionDays(direct.services.settings, privacy::RetentionKind::AuditLog, 400, QStringLiteral("chef"));
            station::CameraConfig camera;
            camera.name = QStringLiteral("Voie Nord");
            camera.source = QStringLiteral("/dev/video7");
            station::CameraConfig hall;
            hall.name = QStringLiteral("Préau");
            hall.source = QStringLiteral("/dev/video8");
            hall.role = station::CameraConfig::Role::IndoorZone;
            hall.zone = QStringLiteral("Préau");
            station::saveCameras(direct.services.settings, {camera, hall}, QStringLiteral("chef"));
        }
        QFile experiment(file(QStringLiteral("experiment.json")));
        QVERIFY(experiment.open(QIODevice::WriteOnly));
        experiment.write(R"({"name": "Voie rapide 2NDE", "start": "2026-09-07", "end": "2026-12-18", "lanes": ["Voie 1"],
                             "population": "volontaires de 2NDE1", "criteria": {"median_entry_ms": 1500}})");
        experiment.close();
        const CliRun declared = asDpo({QStringLiteral("experiment"), QStringLiteral("set"), experiment.fileName()});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));

        const QString pdf = file(QStringLiteral("aipd.pdf"));
        const CliRun aipd = asDpo({QStringLiteral("aipd"), QStringLiteral("--out"), pdf});
        QVERIFY2(aipd.exitCode == 0, qPrintable(aipd.err));
        QCOMPARE(aipd.json[u"pdf"].toString(), pdf);
        QCOMPARE(aipd.json[u"retention_days"].toObject()[u"access_events"].toInt(), 73);
        QCOMPARE(aipd.json[u"retention_days"].toObject()[u"audit_log"].toInt(), 400);
        QCOMPARE(aipd.json[u"cameras"].toArray().size(), 2);
        QCOMPARE(aipd.json[u"experiment"].toString(), QStringLiteral("Voie rapide 2NDE"));
        QVERIFY(aipd.json[u"security"].toObject()[u"audit_intact"].toBool());
        const QJsonObject architectures = aipd.json[u"architectures"].toObject();
        QVERIFY(architectures[u"type1"].toInt() + architectures[u"type2"].toInt() > 0);
        QVERIFY(QFile::exists(pdf));
        // Issue 15: each generation gets the next version and is audited with the file's hash.
        QCOMPARE(aipd.json[u"version"].toInt(), 1);
        QCOMPARE(aipd.json[u"sha256"].toString(), QString::fromLatin1(test::fileDigest(pdf).toHex()));
        QCOMPARE(auditCount(QStringLiteral("aipd.generate")), 1);
        QVERIFY(aipd.json[u"statements"].toObject()[u"gate_cameras"].toString().contains(u"Gate cameras (1)"));
        QCOMPARE(aipd.json[u"risks"].toArray().size(), 9);
        const CliRun again = asDpo({QStringLiteral("aipd"), QStringLiteral("--out"), file(QStringLiteral("aipd-2.pdf"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json[u"version"].toInt(), 2);
        QCOMPARE(auditCount(QStringLiteral("aipd.generate")), 2);
        QCOMPARE(asDpo({QStringLiteral("aipd")}).exitCode, 2); // --out is required

        if (!pdftotextPresent()) {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("pdftotext (poppler-utils) is needed to read the AIPD");
            QSKIP("pdftotext is absent: the AIPD's text is not checked");
        }
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Lycée Victor Hugo")));
        QVERIFY(text.contains(QStringLiteral("73 day"))); // the live period, not the default
        QVERIFY(text.contains(QStringLiteral("400 day")));
        QVERIFY(text.contains(QStringLiteral("Voie Nord")));
        QVERIFY(text.contains(QStringLiteral("Préau")));
        QVERIFY(text.contains(QStringLiteral("Voie rapide 2NDE")));
        QVERIFY(text.contains(QStringLiteral("volontaires de 2NDE1")));
        QVERIFY(text.contains(QStringLiteral("SQLCipher")));
        QVERIFY(text.contains(QStringLiteral("Ed25519")));
        QVERIFY(text.contains(QStringLiteral("Outside the school: none by default")));
        QVERIFY(text.contains(QStringLiteral("version 1")));
        QVERIFY(text.contains(QStringLiteral("Rights of the people concerned")));
        QVERIFY(text.contains(QStringLiteral("they detect and track every face in view of their lane")));
        QVERIFY(!text.contains(QStringLiteral("counts only")));
        QVERIFY(text.count(QStringLiteral("TO BE COMPLETED BY THE DPO")) >= 6);
        QVERIFY(text.contains(QString::number(architectures[u"type2"].toInt())));
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "test_cli_privacy.moc"
