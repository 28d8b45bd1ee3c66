// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/stationsetup.h"
#include "storage/database.h"
#include "storage/keyfile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portique::cli {

int runInit(const QStringList &arguments)
{
    CliContext context(QStringLiteral("init"),
                       QCoreApplication::translate("Cli", "Creates the encrypted database, its key file (mode 0600), the "
                                                          "first station administrator and, with --dpo, the first DPO. The "
                                                          "administrator's password is read from PORTIQUE_NEW_PASSWORD, the "
                                                          "DPO's from PORTIQUE_DPO_PASSWORD, or typed."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption(
        {QStringLiteral("admin"), QCoreApplication::translate("Cli", "Login of the first administrator."), QStringLiteral("login")});
    parser.addOption({QStringLiteral("admin-name"), QCoreApplication::translate("Cli", "Full name of the first administrator."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("dpo"),
                      QCoreApplication::translate("Cli", "Login of the first data protection officer (another person than the "
                                                         "administrator; without it, the administrator adds the DPO later)."),
                      QStringLiteral("login")});
    parser.addOption(
        {QStringLiteral("dpo-name"), QCoreApplication::translate("Cli", "Full name of the first DPO."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("school"), QCoreApplication::translate("Cli", "Name of the school."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("passphrase"), QCoreApplication::translate("Cli", "Seal the key under a passphrase (Argon2id), read from "
                                                                          "PORTIQUE_PASSPHRASE or typed; it is asked at every start.")});
    if (!context.parse(0, 0, QString()))
        return Success;

    station::StationSetup setup;
    setup.databasePath = context.databasePath();
    setup.keyFilePath = context.keyFilePath();
    setup.adminLogin = context.required(QStringLiteral("admin"));
    setup.adminName = parser.isSet(QStringLiteral("admin-name")) ? parser.value(QStringLiteral("admin-name")) : setup.adminLogin;
    setup.schoolName = parser.value(QStringLiteral("school"));
    if (parser.isSet(QStringLiteral("passphrase"))) {
        setup.passphrase =
            CliContext::readSecret(QCoreApplication::translate("Cli", "New passphrase for the key: "), "PORTIQUE_PASSPHRASE");
        if (setup.passphrase.isEmpty())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "The passphrase cannot be empty."));
    }
    setup.adminPassword =
        CliContext::readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(setup.adminLogin), "PORTIQUE_NEW_PASSWORD");
    if (parser.isSet(QStringLiteral("dpo"))) {
        setup.dpoLogin = parser.value(QStringLiteral("dpo"));
        if (setup.dpoLogin.compare(setup.adminLogin, Qt::CaseInsensitive) == 0)
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "The DPO and the station administrator need two different logins."));
        setup.dpoName = parser.isSet(QStringLiteral("dpo-name")) ? parser.value(QStringLiteral("dpo-name")) : setup.dpoLogin;
        setup.dpoPassword = CliContext::readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(setup.dpoLogin),
                                                   "PORTIQUE_DPO_PASSWORD");
    }
    station::createStation(setup, context.clock());

    const auto key = storage::KeyFile::read(setup.keyFilePath, [&] { return setup.passphrase; });
    const auto database = storage::Database::open(setup.databasePath, key, storage::Database::OpenMode::Existing);
    CliContext::printJson({{QStringLiteral("database"), setup.databasePath},
                           {QStringLiteral("key_file"), setup.keyFilePath},
                           {QStringLiteral("key"), setup.passphrase.isEmpty() ? QStringLiteral("raw") : QStringLiteral("passphrase")},
                           {QStringLiteral("admin"), setup.adminLogin},
                           {QStringLiteral("dpo"), setup.dpoLogin.isEmpty() ? QJsonValue() : QJsonValue(setup.dpoLogin)},
                           {QStringLiteral("schema_version"), database->schemaVersion()},
                           {QStringLiteral("cipher_version"), database->cipherVersion()}});
    return Success;
}

} // namespace portique::cli
