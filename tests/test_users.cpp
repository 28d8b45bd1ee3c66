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
            users.add(QStringLiteral("accueil"), QStringLiteral("Karim"), Role::Agent, QStringLiteral("agent-pass-1"),
                      QStringLiteral("dpo"));
        }
        qint64 auditCount(const QString &action)
        {
            return station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"), {action}).toLongLong();
        }
    };

private Q_SLOTS:
    void passwordsAreStoredAsArgon2id()
    {
        Fixture f;
        const QString stored =
            f.station.database().scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'accueil'")).toString();
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
        QCOMPARE(f.users.authenticate(QStringLiteral("nobody"), QStringLiteral("agent-pass-1")).status, Status::WrongCredentials);
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

    void lastDpoCannotBeDisabledOrDemoted()
    {
        Fixture f;
        try {
            f.users.setDisabled(QStringLiteral("dpo"), true, QStringLiteral("system"));
            QFAIL("the last DPO was disabled");
        } catch (const AccountError &refused) {
            QVERIFY2(refused.message().contains(QStringLiteral("last active data protection officer")), qPrintable(refused.message()));
        }
        QVERIFY_THROWS_EXCEPTION(AccountError, f.users.setRole(QStringLiteral("dpo"), Role::Admin, QStringLiteral("system")));
        QCOMPARE(f.users.find(QStringLiteral("dpo"))->role, Role::Dpo);
        QCOMPARE(f.users.countActive(Role::Dpo), 1);
        f.users.add(QStringLiteral("dpo2"), QStringLiteral("Second"), Role::Dpo, QStringLiteral("admin-pass-2"), QStringLiteral("system"));
        f.users.setDisabled(QStringLiteral("dpo"), true, QStringLiteral("dpo2"));
        QCOMPARE(f.users.countActive(Role::Dpo), 1);
    }

    void lastAdministratorCannotBeDisabledOrDemoted()
    {
        Fixture f;
        f.users.add(QStringLiteral("admin"), QStringLiteral("Hugo"), Role::Admin, QStringLiteral("admin-pass-3"), QStringLiteral("system"));
        try {
            f.users.setDisabled(QStringLiteral("admin"), true, QStringLiteral("admin"));
            QFAIL("the last administrator was disabled");
        } catch (const AccountError &refused) {
            QVERIFY2(refused.message().contains(QStringLiteral("last active station administrator")), qPrintable(refused.message()));
        }
        QVERIFY_THROWS_EXCEPTION(AccountError, f.users.setRole(QStringLiteral("admin"), Role::Agent, QStringLiteral("admin")));
        QCOMPARE(f.users.find(QStringLiteral("admin"))->role, Role::Admin);
        QVERIFY(!f.users.find(QStringLiteral("admin"))->disabled);
        // A second administrator lets the first one go; an agent may become an administrator.
        f.users.setRole(QStringLiteral("accueil"), Role::Admin, QStringLiteral("admin"));
        QCOMPARE(f.auditCount(QStringLiteral("user.role")), 1);
        f.users.setRole(QStringLiteral("admin"), Role::Agent, QStringLiteral("accueil"));
        QCOMPARE(f.users.countActive(Role::Admin), 1);
        QVERIFY_THROWS_EXCEPTION(AccountError, f.users.setDisabled(QStringLiteral("accueil"), true, QStringLiteral("accueil")));
        QVERIFY(f.station.audit().verify().intact);
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
        // GDPR art. 38(6): the DPO controls, the administrator sets up; neither does the other's job.
        QTest::newRow("dpo audit") << Role::Dpo << Permission::ReadAudit << true;
        QTest::newRow("dpo privacy") << Role::Dpo << Permission::ManagePrivacy << true;
        QTest::newRow("dpo reports") << Role::Dpo << Permission::ReadReports << true;
        QTest::newRow("dpo users") << Role::Dpo << Permission::ManageUsers << false;
        QTest::newRow("dpo settings") << Role::Dpo << Permission::ManageSettings << false;
        QTest::newRow("dpo gate") << Role::Dpo << Permission::OperateGate << false;
        QTest::newRow("dpo people") << Role::Dpo << Permission::ManagePeople << false;
        QTest::newRow("admin users") << Role::Admin << Permission::ManageUsers << true;
        QTest::newRow("admin settings") << Role::Admin << Permission::ManageSettings << true;
        QTest::newRow("admin gate") << Role::Admin << Permission::OperateGate << true;
        QTest::newRow("admin people") << Role::Admin << Permission::ManagePeople << true;
        QTest::newRow("admin audit") << Role::Admin << Permission::ReadAudit << false;
        QTest::newRow("admin privacy") << Role::Admin << Permission::ManagePrivacy << false;
        QTest::newRow("admin reports") << Role::Admin << Permission::ReadReports << false;
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
        for (Role role : allRoles())
            QCOMPARE(roleFromId(roleId(role)), role);
        QCOMPARE(roleFromId(QStringLiteral("admin")), Role::Admin);
        QVERIFY(!roleFromId(QStringLiteral("root")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
