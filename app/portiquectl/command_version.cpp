// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/versions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portique::cli {

int runVersion(const QStringList &arguments)
{
    CliContext context(QStringLiteral("version"),
                       QCoreApplication::translate("Cli", "Prints the versions of Portique and its libraries."), arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    QJsonObject components;
    for (const auto &[name, version] : station::componentVersions())
        components.insert(name, version);
    CliContext::printJson({{QStringLiteral("components"), components}});
    return Success;
}

} // namespace portique::cli
