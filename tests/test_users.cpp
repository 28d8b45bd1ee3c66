// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "accounts/role.h"
#include "accounts/userstore.h"
#include "station/settingsstore.h"
#include "teststation.h"

#include <QTest>

using namespace portique;
using namespace portique::accounts;
using Status = LoginResult::Status;

Q_DECLARE_METATYPE(portique::accounts::Role)
Q_DECLARE_METATYPE(portique::accounts::Permission)

class TestUsers final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        UserStore users{station.database(), station.audit(), station.clock()};
        Fixture()
        {
            users.add(QStringLiteral("dpo"), QStringLiteral("Claire"), Role::Dpo, QStringLiteral("admin-pass-1"), QStringLiteral("system"));
            users.add(QStringLiteral("accueil"), QStringLiteral("Karim"), Role::Agent, QStringLiteral("agent-pass-1"), QStringLiteral("dpo"));
        }
        qint64 auditCount(const QString &action)
        {
            return station.database()
                .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"), {action})
                .toLongLong();
        }
    };

private Q_SLOTS:
    void passwordsAreStoredAsArgon2id()
    {
        Fixture f;
        const QString stored = f.station.database()
                                   .scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'accueil'"))
                                   .toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("agent-pass-1")));
    }

    void correctPasswordLogsIn()
    {
        Fixture f;
        const LoginResult result = f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1"));
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.user->role, Role::Agent);
        QCOMPARE(result.user->displayName, QStringLiteral("Karim"));
        QVERIFY(result.user->lastLoginAt.isValid());
        QCOMPARE(f.auditCount(QStringLiteral("login.ok")), 1);
        // Logins are case-insensitive, as typed at a desk.
        QCOMPARE(f.users.authenticate(QStringLiteral("ACCUEIL"), QStringLiteral("agent-pass-1")).status, Status::Ok);
    }

    void wrongPasswordAndUnknownLoginAreRefusedAlike()
    {
        Fixture f;
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("wrong")).status, Status::WrongCredentials);
        QCOMPARE(f.users.authenticate(QStringLiteral("nobody"), QStringLiteral("agent-pass-1")).status,
                 Status::WrongCredentials);
        QCOMPARE(f.auditCount(QStringLiteral("login.failed")), 2);
        // What was typed as an unknown login is not kept: it is often a password typed in the wrong field.
        QCOMPARE(f.station.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'nobody' OR object = 'nobody'"))
                     .toLongLong(),
                 0);
    }

    void lockoutAfterFiveFailuresForFiveMinutes()
    {
        Fixture f;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess")).status, Status::WrongCredentials);
        const LoginResult fifth = f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        QCOMPARE(fifth.status, Status::LockedOut);
        QCOMPARE(fifth.lockedUntil, f.station.clock().now().addSecs(5 * 60));
        // Even the right password is refused while locked.
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::LockedOut);
        f.station.clock().advance(4 * 60 + 59);
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::LockedOut);
        f.station.clock().advance(2);
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::Ok);
        QCOMPARE(f.auditCount(QStringLiteral("login.locked")), 1);
        // Other users are not affected by one user's lockout.
        QCOMPARE(f.users.authenticate(QStringLiteral("dpo"), QStringLiteral("admin-pass-1")).status, Status::Ok);
    }

    void successResetsTheFailureCount()
    {
        Fixture f;
        for (int i = 0; i < 4; ++i)
            f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::Ok);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess")).status, Status::WrongCredentials);
    }

    void lockoutFollowsTheSettings()
    {
        Fixture f;
        station::SettingsStore settings(f.station.database(), f.station.audit());
        settings.set(station::settings::lockoutAttempts, 3, QStringLiteral("dpo"));
        settings.set(station::settings::lockoutMinutes, 15, QStringLiteral("dpo"));
        f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        const LoginResult third = f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        QCOMPARE(third.status, Status::LockedOut);
        QCOMPARE(third.lockedUntil, f.station.clock().now().addSecs(15 * 60));
    }

    void passwordResetLiftsTheLockout()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("guess"));
        f.users.setPassword(QStringLiteral("accueil"), QStringLiteral("new-pass-2026"), QStringLiteral("dpo"));
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::WrongCredentials);
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("new-pass-2026")).status, Status::Ok);
        QCOMPARE(f.auditCount(QStringLiteral("user.password")), 1);
    }

    void disabledUserCannotLogIn()
    {
        Fixture f;
        f.users.setDisabled(QStringLiteral("accueil"), true, QStringLiteral("dpo"));
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::Disabled);
        f.users.setDisabled(QStringLiteral("accueil"), false, QStringLiteral("dpo"));
        QCOMPARE(f.users.authenticate(QStringLiteral("accueil"), QStringLiteral("agent-pass-1")).status, Status::Ok);
        QCOMPARE(f.auditCount(QStringLiteral("user.disable")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user.enable")), 1);
    }

    void lastAdministratorCannotBeDisabled()
    {
        Fixture f;
        QVERIFY_THROWS_EXCEPTION(AccountError, f.users.setDisabled(QStringLiteral("dpo"), true, QStringLiteral("dpo")));
        f.users.add(QStringLiteral("dpo2"), QStringLiteral("Second"), Role::Dpo, QStringLiteral("admin-pass-2"), QStringLiteral("dpo"));
        f.users.setDisabled(QStringLiteral("dpo"), true, QStringLiteral("dpo2"));
        QCOMPARE(f.users.countActive(Role::Dpo), 1);
    }

    void badInputIsRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::newRow("space in login") << QStringLiteral("jean dupont") << QStringLiteral("Jean") << QStringLiteral("long-enough-1");
        QTest::newRow("accent in login") << QStringLiteral("hélène") << QStringLiteral("Hélène") << QStringLiteral("long-enough-1");
        QTest::newRow("one letter") << QStringLiteral("a") << QStringLiteral("A") << QStringLiteral("long-enough-1");
        QTest::newRow("empty name") << QStringLiteral("jean") << QStringLiteral("  ") << QStringLiteral("long-enough-1");
        QTest::newRow("short password") << QStringLiteral("jean") << QStringLiteral("Jean") << QStringLiteral("short");
        QTest::newRow("taken, other case") << QStringLiteral("Accueil") << QStringLiteral("X") << QStringLiteral("long-enough-1");
    }
    void badInputIsRefusedWithNothingWritten()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, password);
        Fixture f;
        const qint64 auditBefore = f.station.audit().count();
        QVERIFY_THROWS_EXCEPTION(AccountError, f.users.add(login, name, Role::Agent, password, QStringLiteral("dpo")));
        QCOMPARE(f.users.list().size(), 2);
        QCOMPARE(f.station.audit().count(), auditBefore);
    }

    void everyChangeIsInTheAuditTrail()
    {
        Fixture f;
        QCOMPARE(f.auditCount(QStringLiteral("user.add")), 2);
        QVERIFY(f.station.audit().verify().intact);
    }

    void roleMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("agent gate") << Role::Agent << Permission::OperateGate << true;
        QTest::newRow("agent reports") << Role::Agent << Permission::ReadReports << false;
        QTest::newRow("agent audit") << Role::Agent << Permission::ReadAudit << false;
        QTest::newRow("agent users") << Role::Agent << Permission::ManageUsers << false;
        QTest::newRow("principal reports") << Role::Principal << Permission::ReadReports << true;
        QTest::newRow("principal gate") << Role::Principal << Permission::OperateGate << false;
        QTest::newRow("principal privacy") << Role::Principal << Permission::ManagePrivacy << false;
        QTest::newRow("principal users") << Role::Principal << Permission::ManageUsers << false;
        QTest::newRow("dpo users") << Role::Dpo << Permission::ManageUsers << true;
        QTest::newRow("dpo audit") << Role::Dpo << Permission::ReadAudit << true;
        QTest::newRow("dpo settings") << Role::Dpo << Permission::ManageSettings << true;
        QTest::newRow("everyone status") << Role::Principal << Permission::SeeStationStatus << true;
    }
    void roleMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);
    }

    void roleIdsRoundTrip()
    {
        for (Role role : {Role::Agent, Role::Principal, Role::Dpo})
            QCOMPARE(roleFromId(roleId(role)), role);
        QVERIFY(!roleFromId(QStringLiteral("admin")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
