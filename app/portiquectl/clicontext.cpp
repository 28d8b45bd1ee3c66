// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"

#include "access/qrcode.h"
#include "common/secretbytes.h"
#include "privacy/auditlog.h"
#include "privacy/restorereplay.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "storage/keyfile.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace portique::cli {
namespace {


const QString dbOption = QStringLiteral("db");
const QString keyOption = QStringLiteral("key-file");
const QString userOption = QStringLiteral("user");

} // namespace

CliContext::CliContext(const QString &command, const QString &description, const QStringList &arguments)
    : m_command(command)
    , m_arguments(arguments)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({dbOption, QCoreApplication::translate("Cli", "Encrypted database file (or PORTIQUE_DB)."), QCoreApplication::translate("Cli", "path")});
    m_parser.addOption({keyOption, QCoreApplication::translate("Cli", "Key file of the database (or PORTIQUE_KEY_FILE)."), QCoreApplication::translate("Cli", "path")});
    m_parser.addOption({userOption, QCoreApplication::translate("Cli", "Login of the operator (or PORTIQUE_USER); the password is read from "
                                       "PORTIQUE_PASSWORD or typed."),
                        QCoreApplication::translate("Cli", "login")});
}

CliContext::~CliContext() = default;

bool CliContext::parse(int minPositional, int maxPositional, const QString &positionalSyntax)
{
    m_parser.addPositionalArgument(positionalSyntax, QString());
    QStringList full{QStringLiteral("portiquectl ") + m_command};
    full += m_arguments;
    if (!m_parser.parse(full))
        throw CliExit(BadUsage, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QStringList help = m_parser.helpText().split(u'\n');
        // QCommandLineParser names the program from argv[0]; show the subcommand as it is typed.
        help[0] = QCoreApplication::translate("Cli", "Usage: portiquectl %1 [options] %2").arg(m_command, positionalSyntax);
        QTextStream(stdout) << help.join(u'\n');
        return false;
    }
    const int count = static_cast<int>(positional().size());
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Usage: portiquectl %1 [options] %2 (see --help).").arg(m_command, positionalSyntax));
    return true;
}

QString CliContext::required(const QString &option) const
{
    const QString value = m_parser.value(option);
    if (value.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "The option --%1 is required (see --help).").arg(option));
    return value;
}

QString CliContext::qrText(const QString &textOption, const QString &imageOption) const
{
    const bool fromImage = m_parser.isSet(imageOption);
    if (fromImage == m_parser.isSet(textOption))
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give either --%1 or --%2.").arg(textOption, imageOption));
    if (!fromImage)
        return m_parser.value(textOption);
    const QString path = m_parser.value(imageOption);
    const QImage image(path);
    if (image.isNull())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot read the image %1.").arg(path));
    const QStringList codes = access::decodeQr(image);
    if (codes.isEmpty())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No QR code was found in %1.").arg(path));
    return codes.constFirst();
}

QString CliContext::databasePath() const
{
    const QString value = m_parser.isSet(dbOption) ? m_parser.value(dbOption) : qEnvironmentVariable("PORTIQUE_DB");
    if (value.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "No database given: use --db PATH or set PORTIQUE_DB."));
    return value;
}

QString CliContext::keyFilePath() const
{
    const QString value = m_parser.isSet(keyOption) ? m_parser.value(keyOption) : qEnvironmentVariable("PORTIQUE_KEY_FILE");
    if (value.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "No key file given: use --key-file PATH or set PORTIQUE_KEY_FILE."));
    return value;
}

storage::Database &CliContext::database()
{
    if (!m_database) {
        const QString path = databasePath(); // "no database" is said before anything about the key
        m_key = std::make_unique<storage::DatabaseKey>(storage::KeyFile::read(keyFilePath(), [] {
            return readSecret(QCoreApplication::translate("Cli", "Passphrase of the database key: "), "PORTIQUE_PASSPHRASE");
        }));
        m_database = storage::Database::open(path, *m_key, storage::Database::OpenMode::Existing);
        // Before any command acts: what the forget ledger says was erased or revoked, and an older
        // copy of the database still holds, is done again (privacy/restorereplay.h).
        const privacy::ReplayReport replay = privacy::replayForgetLedger(*m_database, m_clock);
        if (replay.worthTelling())
            QTextStream(stderr) << replay.summary() << '\n';
        m_audit = std::make_unique<privacy::AuditLog>(*m_database, m_clock);
        m_users = std::make_unique<accounts::UserStore>(*m_database, *m_audit, m_clock);
    }
    return *m_database;
}

std::unique_ptr<storage::DatabaseThread> CliContext::openWriter()
{
    database();
    return std::make_unique<storage::DatabaseThread>(databasePath(), m_key->clone());
}

privacy::AuditLog &CliContext::audit()
{
    database();
    return *m_audit;
}

accounts::UserStore &CliContext::users()
{
    database();
    return *m_users;
}

accounts::User CliContext::requireOperator(accounts::Permission permission)
{
    if (!m_operator) {
        const QString login = m_parser.isSet(userOption) ? m_parser.value(userOption) : qEnvironmentVariable("PORTIQUE_USER");
        if (login.isEmpty())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "No operator given: use --user LOGIN or set PORTIQUE_USER."));
        users(); // open before asking for the password, so a wrong key fails first
        QString password = readSecret(QCoreApplication::translate("Cli", "Password of %1: ").arg(login), "PORTIQUE_PASSWORD");
        const accounts::LoginResult result = m_users->authenticate(login, password);
        common::wipe(password);
        switch (result.status) {
        case accounts::LoginResult::Status::Ok:
            m_operator = result.user;
            break;
        case accounts::LoginResult::Status::LockedOut:
            throw CliExit(Failed, QCoreApplication::translate("Cli", "The login %1 is locked until %2 after too many failed attempts.")
                                      .arg(login, result.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        case accounts::LoginResult::Status::Disabled:
        case accounts::LoginResult::Status::WrongCredentials:
            throw CliExit(Failed, QCoreApplication::translate("Cli", "Wrong login or password."));
        }
    }
    if (!accounts::roleAllows(m_operator->role, permission))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "The role \"%1\" of %2 does not allow this command.")
                                  .arg(accounts::roleLabel(m_operator->role), m_operator->login));
    return *m_operator;
}

QString CliContext::readSecret(const QString &prompt, const char *environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    std::string line;
    if (::isatty(STDIN_FILENO)) {
        std::cerr << prompt.toStdString() << std::flush;
        termios saved {};
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, line);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << '\n';
    } else {
        std::getline(std::cin, line);
    }
    QString secret = QString::fromStdString(line);
    common::wipe(line);
    return secret;
}

void CliContext::printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

} // namespace portique::cli
