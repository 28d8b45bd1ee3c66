// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "userstore.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "common/subjectid.h"
#include "passwordhash.h"
#include "privacy/auditlog.h"
#include "station/settingsstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portique::accounts {
namespace {

using common::isoTime;

const QString userColumns =
    QStringLiteral("id, login, display_name, role, disabled, locked_until, created_at, last_login_at, password_hash, failed_attempts");

User readUser(const storage::Statement &row)
{
    User user;
    user.id = row.toInt64(0);
    user.login = row.toText(1);
    user.displayName = row.toText(2);
    user.role = roleFromId(row.toText(3)).value_or(Role::Agent);
    user.disabled = row.toInt64(4) != 0;
    user.lockedUntil = common::parseIsoTime(row.toText(5));
    user.createdAt = common::parseIsoTime(row.toText(6));
    user.lastLoginAt = common::parseIsoTime(row.toText(7));
    return user;
}

} // namespace

UserStore::UserStore(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

void UserStore::checkPassword(const QString &password) const
{
    if (password.size() < PasswordHash::minimumLength)
        throw AccountError(
            QCoreApplication::translate("Accounts", "A password needs at least %1 characters.").arg(PasswordHash::minimumLength));
}

User UserStore::add(const QString &login, const QString &displayName, Role role, const QString &password, const QString &actor)
{
    // Logins are typed at a busy desk: short, no spaces, no accents to hunt for on a keyboard. A
    // lower-case letter first keeps them out of the people's and visitors' namespaces, so that an
    // erasure by a person's id never reaches an agent's records (issue 17, defect 5). Existing
    // logins are not checked again: whoever signs in today still can.
    if (common::kindOf(login) != common::SubjectIdKind::Login)
        throw AccountError(QCoreApplication::translate("Accounts", "The login \"%1\" is not valid: %2 to %3 lower-case letters, digits, "
                                                                   "dots, dashes or underscores, starting with a letter (so that it can "
                                                                   "never be taken for a person's id or a visitor's number).")
                               .arg(login)
                               .arg(common::minLoginLength)
                               .arg(common::maxLoginLength));
    if (displayName.trimmed().isEmpty())
        throw AccountError(QCoreApplication::translate("Accounts", "The user's name cannot be empty."));
    checkPassword(password);
    const QString hash = PasswordHash::hash(password);
    m_database.transaction([&] {
        if (find(login))
            throw AccountError(QCoreApplication::translate("Accounts", "The login \"%1\" is already taken.").arg(login));
        m_database.execute(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5)"),
                           {login, displayName.trimmed(), roleId(role), hash, isoTime(m_clock.now())});
        m_audit.append(actor, QStringLiteral("user.add"), login, {{QStringLiteral("role"), roleId(role)}});
    });
    return *find(login);
}

LoginResult UserStore::authenticate(const QString &login, const QString &password)
{
    LoginResult result;
    storage::Statement row = m_database.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE login = ?1"));
    row.bind(1, login);
    if (!row.next()) {
        PasswordHash::verify(PasswordHash::decoy(), password);
        // What was typed is not recorded: an unknown "login" is often a password typed in the wrong field.
        m_audit.append(QStringLiteral("?"), QStringLiteral("login.failed"), QStringLiteral("?"),
                       {{QStringLiteral("reason"), QStringLiteral("unknown")}});
        return result;
    }
    const User user = readUser(row);
    const QString hash = row.toText(8);
    const qint64 failures = row.toInt64(9);
    const QDateTime now = m_clock.now();

    if (user.disabled) {
        PasswordHash::verify(PasswordHash::decoy(), password);
        m_audit.append(login, QStringLiteral("login.failed"), login, {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        result.status = LoginResult::Status::Disabled;
        return result;
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        m_audit.append(login, QStringLiteral("login.failed"), login, {{QStringLiteral("reason"), QStringLiteral("locked")}});
        result.status = LoginResult::Status::LockedOut;
        result.lockedUntil = user.lockedUntil;
        return result;
    }
    if (!PasswordHash::verify(hash, password)) {
        station::SettingsStore settings(m_database, m_audit);
        const qint64 allowed = settings.value(station::settings::lockoutAttempts);
        m_database.transaction([&] {
            if (failures + 1 >= allowed) {
                const QDateTime until = now.addSecs(settings.value(station::settings::lockoutMinutes) * 60);
                m_database.execute(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ?1 WHERE id = ?2"),
                                   {isoTime(until), user.id});
                m_audit.append(login, QStringLiteral("login.locked"), login,
                               {{QStringLiteral("until"), isoTime(until)}, {QStringLiteral("attempts"), allowed}});
                result.status = LoginResult::Status::LockedOut;
                result.lockedUntil = until;
            } else {
                m_database.execute(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, locked_until = NULL "
                                                  "WHERE id = ?1"),
                                   {user.id});
                m_audit.append(login, QStringLiteral("login.failed"), login, {{QStringLiteral("reason"), QStringLiteral("password")}});
            }
        });
        return result;
    }
    m_database.transaction([&] {
        m_database.execute(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ?1 "
                                          "WHERE id = ?2"),
                           {isoTime(now), user.id});
        m_audit.append(login, QStringLiteral("login.ok"), login, {{QStringLiteral("role"), roleId(user.role)}});
    });
    result.status = LoginResult::Status::Ok;
    result.user = find(login);
    return result;
}

void UserStore::setPassword(const QString &login, const QString &password, const QString &actor)
{
    checkPassword(password);
    const QString hash = PasswordHash::hash(password);
    m_database.transaction([&] {
        // A reset by an administrator also lifts a lockout: that is how a locked-out agent gets back in.
        if (m_database.execute(QStringLiteral("UPDATE users SET password_hash = ?1, failed_attempts = 0, locked_until = NULL "
                                              "WHERE login = ?2"),
                               {hash, login})
            == 0)
            throw AccountError(QCoreApplication::translate("Accounts", "No user has the login \"%1\".").arg(login));
        m_audit.append(actor, QStringLiteral("user.password"), login);
    });
}

void UserStore::setDisabled(const QString &login, bool disabled, const QString &actor)
{
    m_database.transaction([&] {
        const std::optional<User> user = find(login);
        if (!user)
            throw AccountError(QCoreApplication::translate("Accounts", "No user has the login \"%1\".").arg(login));
        if (disabled && !user->disabled)
            refuseLastOfRole(*user);
        m_database.execute(QStringLiteral("UPDATE users SET disabled = ?1 WHERE login = ?2"), {disabled ? 1 : 0, login});
        m_audit.append(actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), login);
    });
}

void UserStore::setRole(const QString &login, Role role, const QString &actor)
{
    m_database.transaction([&] {
        const std::optional<User> user = find(login);
        if (!user)
            throw AccountError(QCoreApplication::translate("Accounts", "No user has the login \"%1\".").arg(login));
        if (user->role == role)
            return;
        if (!user->disabled)
            refuseLastOfRole(*user);
        m_database.execute(QStringLiteral("UPDATE users SET role = ?1 WHERE login = ?2"), {roleId(role), login});
        m_audit.append(actor, QStringLiteral("user.role"), login,
                       {{QStringLiteral("from"), roleId(user->role)}, {QStringLiteral("to"), roleId(role)}});
    });
}

void UserStore::refuseLastOfRole(const User &user)
{
    // Without an administrator nobody manages the accounts; without a DPO nobody reads the audit
    // trail or answers a subject's request. Neither can stand in for the other.
    if (user.role == Role::Admin && countActive(Role::Admin) <= 1)
        throw AccountError(QCoreApplication::translate("Accounts", "\"%1\" is the last active station administrator: add or enable "
                                                                   "another administrator first.")
                               .arg(user.login));
    if (user.role == Role::Dpo && countActive(Role::Dpo) <= 1)
        throw AccountError(QCoreApplication::translate("Accounts", "\"%1\" is the last active data protection officer: add or "
                                                                   "enable another DPO first.")
                               .arg(user.login));
}

std::optional<User> UserStore::find(const QString &login)
{
    storage::Statement row = m_database.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE login = ?1"));
    row.bind(1, login);
    if (!row.next())
        return std::nullopt;
    return readUser(row);
}

QList<User> UserStore::list()
{
    QList<User> users;
    storage::Statement rows = m_database.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY login"));
    while (rows.next())
        users.append(readUser(rows));
    return users;
}

int UserStore::countActive(Role role)
{
    return static_cast<int>(
        m_database.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = ?1 AND disabled = 0"), {roleId(role)}).toLongLong());
}

} // namespace portique::accounts
