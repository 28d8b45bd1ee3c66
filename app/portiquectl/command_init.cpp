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
                       QCoreApplication::translate("Cli", "Creates the encrypted database, its key file (mode 0600) and "
                                                          "the first DPO/administrator. The administrator's password is "
                                                          "read from PORTIQUE_NEW_PASSWORD or typed."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("admin"), QCoreApplication::translate("Cli", "Login of the first administrator."),
                      QStringLiteral("login")});
    parser.addOption({QStringLiteral("admin-name"), QCoreApplication::translate("Cli", "Full name of the first administrator."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("school"), QCoreApplication::translate("Cli", "Name of the school."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("passphrase"),
                      QCoreApplication::translate("Cli", "Seal the key under a passphrase (Argon2id), read from "
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
        setup.passphrase = CliContext::readSecret(QCoreApplication::translate("Cli", "New passphrase for the key: "),
                                                  "PORTIQUE_PASSPHRASE");
        if (setup.passphrase.isEmpty())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "The passphrase cannot be empty."));
    }
    setup.adminPassword = CliContext::readSecret(
        QCoreApplication::translate("Cli", "New password for %1: ").arg(setup.adminLogin), "PORTIQUE_NEW_PASSWORD");
    station::createStation(setup, context.clock());

    const auto key = storage::KeyFile::read(setup.keyFilePath, [&] { return setup.passphrase; });
    const auto database = storage::Database::open(setup.databasePath, key, storage::Database::OpenMode::Existing);
    CliContext::printJson({{QStringLiteral("database"), setup.databasePath},
                           {QStringLiteral("key_file"), setup.keyFilePath},
                           {QStringLiteral("key"), setup.passphrase.isEmpty() ? QStringLiteral("raw") : QStringLiteral("passphrase")},
                           {QStringLiteral("admin"), setup.adminLogin},
                           {QStringLiteral("schema_version"), database->schemaVersion()},
                           {QStringLiteral("cipher_version"), database->cipherVersion()}});
    return Success;
}

} // namespace portique::cli
