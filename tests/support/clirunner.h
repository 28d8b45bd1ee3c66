// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace portique::test {

/// What one run of portiquectl gave: its exit code, its stdout as JSON and text, its stderr.
struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

/// Runs the built portiquectl with @p arguments, in English, without any PORTIQUE_* variable of
/// the caller's environment except those in @p env.
CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {});

} // namespace portique::test
