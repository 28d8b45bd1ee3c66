// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/role.h"
#include "accounts/userstore.h"
#include "common/clock.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <stdexcept>

namespace portique::storage {
class Database;
class DatabaseKey;
class DatabaseThread;
}

namespace portique::cli {

/// Exit codes of the command-line contract (ARCHITECTURE.md).
enum ExitCode { Success = 0, Failed = 1, BadUsage = 2 };

/// @brief Thrown to end a command with a message on stderr and an exit code.
class CliExit final : public std::runtime_error {
public:
    CliExit(int code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {
    }
    int code() const { return m_code; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int m_code;
};

/// @brief What every subcommand shares: its parser with the global options, the database, the
/// operator's identity, and JSON output.
class CliContext final {
public:
    /// @param command words naming the subcommand ("user add"), for usage and help
    CliContext(const QString &command, const QString &description, const QStringList &arguments);
    ~CliContext();

    QCommandLineParser &parser() { return m_parser; }
    /// @brief Parses; prints help and returns false on --help; throws CliExit(BadUsage) on errors.
    bool parse(int minPositional, int maxPositional, const QString &positionalSyntax);
    QStringList positional() const { return m_parser.positionalArguments(); }
    /// @brief The value of a required option; CliExit(BadUsage) when it is missing.
    QString required(const QString &option) const;
    /// @brief A QR code's text given either as text (@p textOption) or as a picture of it
    /// (@p imageOption, its first code read); CliExit(BadUsage) unless exactly one is given,
    /// CliExit(Failed) when the picture cannot be read or holds no QR code.
    QString qrText(const QString &textOption, const QString &imageOption) const;

    QString databasePath() const;
    QString keyFilePath() const;
    /// @brief Opens the existing database (asks the passphrase if the key file has one).
    storage::Database &database();
    /// @brief A writer thread on the same database (its own connection), for commands that run
    /// station objects which submit jobs (the gate simulation).
    std::unique_ptr<storage::DatabaseThread> openWriter();
    privacy::AuditLog &audit();
    accounts::UserStore &users();
    const common::Clock &clock() const { return m_clock; }

    /// @brief Authenticates the operator (--user / PORTIQUE_USER, password from PORTIQUE_PASSWORD or
    /// the terminal) and checks @p permission; CliExit(Failed) when refused.
    accounts::User requireOperator(accounts::Permission permission);
    /// @brief The operator's login once authenticated.
    QString operatorLogin() const { return m_operator ? m_operator->login : QString(); }

    /// @brief A secret from @p environmentVariable, else typed without echo, else a line of stdin.
    static QString readSecret(const QString &prompt, const char *environmentVariable);
    static void printJson(const QJsonObject &object);

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    common::SystemClock m_clock;
    std::unique_ptr<storage::DatabaseKey> m_key;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<privacy::AuditLog> m_audit;
    std::unique_ptr<accounts::UserStore> m_users;
    std::optional<accounts::User> m_operator;
};

} // namespace portique::cli
