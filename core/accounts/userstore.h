// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}
namespace portique::privacy {
class AuditLog;
}

namespace portique::accounts {

/// @brief A station user as screens and commands see it (never the password hash).
struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    bool disabled = false;
    QDateTime lockedUntil; ///< null when not locked
    QDateTime createdAt;
    QDateTime lastLoginAt;
};

/// @brief Outcome of a login attempt.
struct LoginResult {
    enum class Status { Ok, WrongCredentials, LockedOut, Disabled };
    Status status = Status::WrongCredentials;
    std::optional<User> user; ///< set when Ok
    QDateTime lockedUntil;    ///< set when LockedOut
};

/// @brief Refusal of a user operation, with a translated message (unknown login, weak password...).
class AccountError final : public std::runtime_error {
public:
    explicit AccountError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

/// @brief Users, passwords (Argon2id), lockout after failed attempts, every change audited.
/// Works on the caller's connection and thread; Argon2id takes ~0.1 s, so GUI callers submit it
/// to the database thread.
class UserStore final {
public:
    UserStore(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock);

    User add(const QString &login, const QString &displayName, Role role, const QString &password, const QString &actor);
    LoginResult authenticate(const QString &login, const QString &password);
    void setPassword(const QString &login, const QString &password, const QString &actor);
    /// @brief Disables or enables @p login; the last active administrator and the last active
    /// DPO cannot be disabled (AccountError).
    void setDisabled(const QString &login, bool disabled, const QString &actor);
    /// @brief Gives @p login another role, audited ("user.role"); the last active administrator
    /// and the last active DPO keep theirs (AccountError).
    void setRole(const QString &login, Role role, const QString &actor);
    std::optional<User> find(const QString &login);
    QList<User> list();
    /// @brief Active (not disabled) users holding @p role.
    int countActive(Role role);

private:
    void checkPassword(const QString &password) const;
    void refuseLastOfRole(const User &user);
    storage::Database &m_database;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::accounts
