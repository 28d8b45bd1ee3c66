// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/demostation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace portique::cli {
namespace {

int init(const QStringList &arguments)
{
    CliContext context(QStringLiteral("demo init"),
                       QCoreApplication::translate("Cli", "Creates the demo station in DIR (portique.db, portique.key) "
                                                          "with the published demo users; does nothing if it exists."),
                       arguments);
    context.parser().addOption({QStringLiteral("dir"), QCoreApplication::translate("Cli", "Folder of the demo station."),
                                QStringLiteral("dir")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const station::DemoStation demo = station::ensureDemoStation(context.required(QStringLiteral("dir")), context.clock());
    QJsonArray logins;
    for (const station::DemoAccount &account : station::demoAccounts())
        logins.append(QJsonObject{{QStringLiteral("login"), account.login},
                                  {QStringLiteral("role"), accounts::roleId(account.role)},
                                  {QStringLiteral("password"), account.password}});
    CliContext::printJson({{QStringLiteral("database"), demo.databasePath},
                           {QStringLiteral("key_file"), demo.keyFilePath},
                           {QStringLiteral("created"), demo.created},
                           {QStringLiteral("users"), logins}});
    return Success;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"init", QT_TRANSLATE_NOOP("Cli", "create the demo station"), init},
    };
    return dispatchVerb(QStringLiteral("demo"), verbs, arguments);
}

} // namespace portique::cli
