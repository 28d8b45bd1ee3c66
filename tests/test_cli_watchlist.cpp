// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl watchlist and zones, end to end on a fresh station.
#include "clirunner.h"
#include "teststation.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString agentPassword = QStringLiteral("agent-pass-2026");

} // namespace

class TestCliWatchlist final : public QObject {
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
    CliRun asAdmin(const QStringList &arguments) const { return as(QStringLiteral("chef"), adminPassword, arguments); }
    // The audit trail is the DPO's to read, not the administrator's (issue 15).
    CliRun asDpo(const QStringList &arguments) const { return as(QStringLiteral("dpo"), adminPassword, arguments); }
    CliRun asAgent(const QStringList &arguments) const { return as(QStringLiteral("accueil"), agentPassword, arguments); }

    /// The newest audited action other than the sign-ins of the commands themselves.
    QString lastAction() const
    {
        for (const QJsonValue &record :
             asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10")})
                 .json[u"records"]
                 .toArray()) {
            const QString action = record.toObject()[u"action"].toString();
            if (action != u"login.ok")
                return action;
        }
        return {};
    }

    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"),
             QStringLiteral("Lycée Victor Hugo")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), adminPassword}});
        QCOMPARE(init.exitCode, 0);
        const CliRun agent = test::runCli(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"), QStringLiteral("--role"), QStringLiteral("agent"),
             QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("chef")},
            {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_NEW_PASSWORD"), agentPassword}});
        QCOMPARE(agent.exitCode, 0);
        const CliRun camera = asAdmin({QStringLiteral("camera"), QStringLiteral("add"), QStringLiteral("Caméra hall"),
                                       QStringLiteral("--source"), QStringLiteral("/dev/video1"), QStringLiteral("--role"),
                                       QStringLiteral("indoor"), QStringLiteral("--zone"), QStringLiteral("Hall")});
        QCOMPARE(camera.exitCode, 0);
    }

    void watchlistAddListRemove()
    {
        const CliRun added =
            asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("custody"),
                     QStringLiteral("--name"), QStringLiteral("Jean MARTIN"), QStringLiteral("--birth-date"), QStringLiteral("1980-04-02"),
                     QStringLiteral("--details"), QStringLiteral("Must not collect Léa")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject entry = added.json[u"entry"].toObject();
        QVERIFY(entry[u"id"].toInteger() > 0);
        QCOMPARE(entry[u"kind"].toString(), QStringLiteral("custody"));
        QCOMPARE(entry[u"name"].toString(), QStringLiteral("Jean MARTIN"));
        QCOMPARE(entry[u"birth_date"].toString(), QStringLiteral("1980-04-02"));
        QCOMPARE(entry[u"photo"].toBool(), false);
        QCOMPARE(entry[u"face"].toBool(), false);
        QCOMPARE(entry[u"details"].toString(), QStringLiteral("Must not collect Léa"));
        QCOMPARE(entry[u"added_by"].toString(), QStringLiteral("chef"));
        QCOMPARE(lastAction(), QStringLiteral("watchlist.add"));

        const CliRun list = asAdmin({QStringLiteral("watchlist"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json[u"entries"].toArray().size(), 1);
        QCOMPARE(list.json[u"entries"].toArray().first().toObject(), entry);

        // Refused by the core (a name alone), bad usage, and not for an agent.
        const CliRun nameOnly = asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"),
                                         QStringLiteral("banned"), QStringLiteral("--name"), QStringLiteral("Paul PETIT")});
        QCOMPARE(nameOnly.exitCode, 1);
        QVERIFY2(nameOnly.err.contains(QStringLiteral("date of birth or a reference photo")), qPrintable(nameOnly.err));
        QCOMPARE(asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("enemy"),
                          QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--birth-date"), QStringLiteral("1980-01-01")})
                     .exitCode,
                 2);
        QCOMPARE(asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("banned"),
                          QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--birth-date"), QStringLiteral("02/01/1980")})
                     .exitCode,
                 2);
        const CliRun agentList = asAgent({QStringLiteral("watchlist"), QStringLiteral("list")});
        QCOMPARE(agentList.exitCode, 1);
        QVERIFY(agentList.out.isEmpty());

        const QString id = QString::number(entry[u"id"].toInteger());
        QCOMPARE(asAgent({QStringLiteral("watchlist"), QStringLiteral("remove"), id}).exitCode, 1);
        const CliRun removed = asAdmin({QStringLiteral("watchlist"), QStringLiteral("remove"), id});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.json[u"entries"].toInt(), 0);
        QCOMPARE(lastAction(), QStringLiteral("watchlist.remove"));
        QCOMPARE(asAdmin({QStringLiteral("watchlist"), QStringLiteral("remove"), id}).exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("watchlist"), QStringLiteral("remove"), QStringLiteral("abc")}).exitCode, 2);
    }

    void watchlistReadsTheFaceOfAPhoto()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        Q_UNUSED(model);
        QImage blank(320, 240, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        QVERIFY(blank.save(file(QStringLiteral("blank.png"))));
        const CliRun noFace =
            asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("banned"),
                     QStringLiteral("--name"), QStringLiteral("Al Pacino"), QStringLiteral("--photo"), file(QStringLiteral("blank.png"))});
        QCOMPARE(noFace.exitCode, 1);
        QVERIFY2(noFace.err.contains(QStringLiteral("No usable face")), qPrintable(noFace.err));

        const CliRun added = asAdmin({QStringLiteral("watchlist"), QStringLiteral("add"), QStringLiteral("--kind"),
                                      QStringLiteral("banned"), QStringLiteral("--name"), QStringLiteral("Al Pacino"),
                                      QStringLiteral("--photo"), data + QStringLiteral("/faces/photos/Al_Pacino/01.jpg")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json[u"entry"].toObject()[u"photo"].toBool(), true);
        QCOMPARE(added.json[u"entry"].toObject()[u"face"].toBool(), true);
        QVERIFY(added.json[u"entry"].toObject()[u"birth_date"].isNull());
        QVERIFY(!added.out.contains(QStringLiteral("/9j/"))); // the JPEG itself is never printed
        QCOMPARE(asAdmin({QStringLiteral("watchlist"), QStringLiteral("remove"),
                          QString::number(added.json[u"entry"].toObject()[u"id"].toInteger())})
                     .exitCode,
                 0);
    }

    void zonesFromTheCamerasThenEdited()
    {
        // Until a map is set: one open zone per indoor camera's zone.
        const CliRun shown = asAdmin({QStringLiteral("zones"), QStringLiteral("show")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json[u"zones"].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Hall")}, {QStringLiteral("restricted"), false}}}));
        QCOMPARE(shown.json[u"indoor_cameras"].toArray().first().toObject()[u"zone_on_map"].toBool(), true);
        QCOMPARE(asAgent({QStringLiteral("zones"), QStringLiteral("show")}).exitCode, 1);

        const CliRun added =
            asAdmin({QStringLiteral("zones"), QStringLiteral("add"), QStringLiteral("Cuisine"), QStringLiteral("--restricted")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json[u"zones"].toArray().size(), 2);
        QCOMPARE(added.json[u"zones"].toArray().at(1).toObject()[u"restricted"].toBool(), true);
        QCOMPARE(lastAction(), QStringLiteral("settings.change"));
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("add"), QStringLiteral("Cuisine")}).exitCode, 1);

        const CliRun placed = asAdmin({QStringLiteral("zones"), QStringLiteral("place"), QStringLiteral("Caméra hall"),
                                       QStringLiteral("0.3"), QStringLiteral("0.6")});
        QCOMPARE(placed.exitCode, 0);
        QCOMPARE(placed.json[u"cameras"].toObject()[u"Caméra hall"].toArray(), (QJsonArray{0.3, 0.6}));
        QCOMPARE(placed.json[u"indoor_cameras"].toArray().first().toObject()[u"placed"].toBool(), true);
        const CliRun outside = asAdmin({QStringLiteral("zones"), QStringLiteral("place"), QStringLiteral("Caméra hall"),
                                        QStringLiteral("1.5"), QStringLiteral("0.6")});
        QCOMPARE(outside.exitCode, 1);
        QVERIFY2(outside.err.contains(QStringLiteral("between 0 and 1")), qPrintable(outside.err));
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("place"), QStringLiteral("Voie 9"), QStringLiteral("0.1"),
                          QStringLiteral("0.1")})
                     .exitCode,
                 1);
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("place"), QStringLiteral("Caméra hall"), QStringLiteral("left"),
                          QStringLiteral("0.1")})
                     .exitCode,
                 2);

        // The plan: an image the station can read, kept where it is.
        QImage planImage(400, 300, QImage::Format_RGB32);
        planImage.fill(Qt::white);
        QVERIFY(planImage.save(file(QStringLiteral("plan.png"))));
        writeFile(QStringLiteral("notanimage.png"), "hello");
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("plan"), file(QStringLiteral("notanimage.png"))}).exitCode, 1);
        const CliRun plan = asAdmin({QStringLiteral("zones"), QStringLiteral("plan"), file(QStringLiteral("plan.png"))});
        QCOMPARE(plan.exitCode, 0);
        QCOMPARE(plan.json[u"plan"].toString(), file(QStringLiteral("plan.png")));

        // A zone a camera watches stays; another goes.
        const CliRun watched = asAdmin({QStringLiteral("zones"), QStringLiteral("remove"), QStringLiteral("Hall")});
        QCOMPARE(watched.exitCode, 1);
        QVERIFY(watched.err.contains(QStringLiteral("Caméra hall")));
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("remove"), QStringLiteral("Cuisine")}).json[u"zones"].toArray().size(),
                 1);
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("remove"), QStringLiteral("Cuisine")}).exitCode, 1);

        // The whole map from a file, validated before anything is saved.
        writeFile(QStringLiteral("map.json"), R"({"zones": [{"name": "Hall"}, {"name": "Chaufferie", "restricted": true}],
                                                 "plan": "", "cameras": {"Caméra hall": [0.5, 0.5]}})");
        const CliRun set =
            asAdmin({QStringLiteral("zones"), QStringLiteral("set"), QStringLiteral("--file"), file(QStringLiteral("map.json"))});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json[u"zones"].toArray().size(), 2);
        QCOMPARE(set.json[u"plan"].toString(), QString());
        writeFile(QStringLiteral("twice.json"), R"({"zones": [{"name": "Hall"}, {"name": "Hall"}]})");
        const CliRun twice =
            asAdmin({QStringLiteral("zones"), QStringLiteral("set"), QStringLiteral("--file"), file(QStringLiteral("twice.json"))});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("Two zones are named Hall")), qPrintable(twice.err));
        writeFile(QStringLiteral("broken.json"), "{zones");
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("set"), QStringLiteral("--file"), file(QStringLiteral("broken.json"))})
                     .exitCode,
                 1);
        QCOMPARE(asAdmin({QStringLiteral("zones"), QStringLiteral("set"), QStringLiteral("--file"), file(QStringLiteral("missing.json"))})
                     .exitCode,
                 1);
        const CliRun after = asAdmin({QStringLiteral("zones"), QStringLiteral("show")});
        QCOMPARE(after.json[u"zones"].toArray().at(1).toObject()[u"name"].toString(), QStringLiteral("Chaufferie"));
    }
};

QTEST_GUILESS_MAIN(TestCliWatchlist)
#include "test_cli_watchlist.moc"
