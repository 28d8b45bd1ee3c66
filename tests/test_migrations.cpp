// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "fakeclock.h"
#include "privacy/auditlog.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <exception>

using namespace portique;
using namespace portique::storage;

namespace {

QStringList schemaOf(Database &db)
{
    QStringList schema;
    Statement rows = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (rows.next())
        schema << rows.toText(0) + u' ' + rows.toText(1) + u' ' + rows.toText(2);
    return schema;
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromEmptyFile()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), key, Database::OpenMode::CreateNew);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QVERIFY(schemaOf(*db).size() >= 4);
    }

    void fromEachPreviousVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }
    void fromEachPreviousVersion()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        test::FakeClock clock;

        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.db")), key, Database::OpenMode::CreateNew);
        const QStringList latestSchema = schemaOf(*fresh);

        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto old = Database::openAtVersion(path, key, Database::OpenMode::CreateNew, startVersion);
            QCOMPARE(old->schemaVersion(), startVersion);
            // Version 1 already holds the audit trail: data written then must survive every later step.
            privacy::AuditLog audit(*old, clock);
            for (int i = 0; i < 10; ++i)
                audit.append(QStringLiteral("system"), QStringLiteral("test.before"), QString::number(i));
        }
        auto migrated = Database::open(path, key, Database::OpenMode::Existing);
        QCOMPARE(migrated->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(schemaOf(*migrated), latestSchema);
        privacy::AuditLog audit(*migrated, clock);
        QCOMPARE(audit.count(), 10);
        QVERIFY(audit.verify().intact);
    }

    void visitorNumbersGoOnFromTheHighestAfterMigration9()
    {
        // Visitor numbers come from a per-day counter since migration 9 (issue 17), seeded with each
        // day's highest number: V261130-02, erased before the upgrade, must not come back.
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        const QString path = dir.filePath(QStringLiteral("v8.db"));
        {
            auto old = Database::openAtVersion(path, key, Database::OpenMode::CreateNew, 8);
            for (const QString &id : {QStringLiteral("V261130-01"), QStringLiteral("V261130-03"), QStringLiteral("V261129-07")})
                old->execute(
                    QStringLiteral("INSERT INTO visitors (id, name, folded_name, host, arrived_at, expected_departure, pass_serial, "
                                   "pass_valid_until, registered_by) VALUES (?1, 'x', 'x', 'h', '', '', ?1, '', 'agent')"),
                    {id});
        }
        auto migrated = Database::open(path, key, Database::OpenMode::Existing);
        QCOMPARE(migrated->scalar(QStringLiteral("SELECT last FROM visitor_day_counters WHERE day = '2026-11-29'")).toInt(), 7);
        test::FakeClock clock; // 30 November 2026, 08:00 UTC
        station::StationServices services(*migrated, clock);
        visitors::VisitorDraft draft;
        draft.name = QStringLiteral("Jean Martin");
        draft.host = QStringLiteral("Intendance");
        draft.expectedDeparture = clock.now().addSecs(3600);
        try {
            QCOMPARE(services.visitors.registerVisitor(draft, QByteArrayLiteral("model-01"), QStringLiteral("agent")).visitor.id,
                     QStringLiteral("V261130-04"));
        } catch (const std::exception &failed) {
            QFAIL(failed.what());
        }
    }

    void migration12KeepsDposAndSaysAnAdministratorIsMissing()
    {
        // Issue 15 "Roles": a v11 station has one "DPO / administrator" role. Its DPO accounts stay
        // DPO, the migration says so and that the station has no administrator yet, and the users
        // table then takes the administrator role (its CHECK is widened).
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        const QString path = dir.filePath(QStringLiteral("v11.db"));
        {
            auto old = Database::openAtVersion(path, key, Database::OpenMode::CreateNew, 11);
            QVERIFY_THROWS_EXCEPTION(std::exception,
                                     old->execute(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at) "
                                                                 "VALUES ('x', 'X', 'admin', 'h', '')")));
            for (const QString &row : {QStringLiteral("'chef', 'Claire', 'dpo', 0"), QStringLiteral("'ancien', 'Paul', 'dpo', 1"),
                                       QStringLiteral("'accueil', 'Karim', 'agent', 0")})
                old->execute(QStringLiteral("INSERT INTO users (login, display_name, role, disabled, password_hash, created_at, "
                                            "failed_attempts) VALUES (%1, 'hash', '2026-09-01T08:00:00.000Z', 2)")
                                 .arg(row));
        }
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^migration 12: account \"chef\" stays DPO")));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^migration 12: account \"ancien\" \\(disabled\\) stays DPO")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no station administrator account: create one with `portiquectl user add "
                                                               "LOGIN --role admin`")));
        auto migrated = Database::open(path, key, Database::OpenMode::Existing);
        QCOMPARE(migrated->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(migrated
                     ->scalar(QStringLiteral("SELECT group_concat(login || ':' || role || ':' || disabled || ':' || failed_attempts, ' ') "
                                             "FROM (SELECT * FROM users ORDER BY id)"))
                     .toString(),
                 QStringLiteral("chef:dpo:0:2 ancien:dpo:1:2 accueil:agent:0:2"));
        test::FakeClock clock;
        station::StationServices services(*migrated, clock);
        QCOMPARE(services.users.find(QStringLiteral("chef"))->role, accounts::Role::Dpo);
        services.users.add(QStringLiteral("admin"), QStringLiteral("Hugo"), accounts::Role::Admin, QStringLiteral("admin-pass-2026"),
                           QStringLiteral("chef"));
        QCOMPARE(services.users.countActive(accounts::Role::Admin), 1);
        // Logins stay case-insensitive in the copied table.
        QVERIFY(services.users.find(QStringLiteral("CHEF")).has_value());
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QStringList first;
        {
            auto db = Database::open(path, key, Database::OpenMode::CreateNew);
            first = schemaOf(*db);
        }
        auto again = Database::open(path, key, Database::OpenMode::Existing);
        QCOMPARE(schemaOf(*again), first);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
