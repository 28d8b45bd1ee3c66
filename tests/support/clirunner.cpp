// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clirunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace portique::test {

CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &env, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("PORTIQUE_DB"), QStringLiteral("PORTIQUE_KEY_FILE"), QStringLiteral("PORTIQUE_USER"),
                                QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("PORTIQUE_NEW_PASSWORD"),
                                QStringLiteral("PORTIQUE_PASSPHRASE")})
        environment.remove(name);
    environment.insert(QStringLiteral("PORTIQUE_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTIQUECTL_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("portiquectl did not finish");
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    return result;
}

} // namespace portique::test
