// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {
namespace {

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("alerts list"), QCoreApplication::translate("Cli", "Lists alerts: open ones first."), arguments);
    context.parser().addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "How many (default 50)."), QStringLiteral("n"), QStringLiteral("50")});
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::OperateGate);
    station::StationServices services(context.database(), context.clock());
    QJsonArray alerts;
    for (const privacy::Alert &a : services.alerts.recent(context.parser().value(QStringLiteral("limit")).toInt()))
        alerts.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("at"), common::isoTime(a.at)},
                                  {QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("lane"), a.lane},
                                  {QStringLiteral("event_id"), a.eventId},
                                  {QStringLiteral("person_id"), a.personId},
                                  {QStringLiteral("visitor_id"), a.visitorId},
                                  {QStringLiteral("reason"), a.details},
                                  {QStringLiteral("open"), a.open()},
                                  {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
                                  {QStringLiteral("note"), a.note}});
    CliContext::printJson({{QStringLiteral("alerts"), alerts}, {QStringLiteral("open"), services.alerts.openCount()}});
    return Success;
}

int acknowledge(const QStringList &arguments)
{
    CliContext context(QStringLiteral("alerts ack"), QCoreApplication::translate("Cli", "Acknowledges an alert with a note saying what was done."), arguments);
    context.parser().addOption({QStringLiteral("note"), QCoreApplication::translate("Cli", "What was done."), QStringLiteral("text")});
    if (!context.parse(1, 1, QStringLiteral("ALERT_ID")))
        return Success;
    const accounts::User agent = context.requireOperator(accounts::Permission::OperateGate);
    station::StationServices services(context.database(), context.clock());
    services.alerts.acknowledge(context.positional().constFirst().toLongLong(), context.parser().value(QStringLiteral("note")), agent.login);
    CliContext::printJson({{QStringLiteral("acknowledged"), true}, {QStringLiteral("open"), services.alerts.openCount()}});
    return Success;
}

} // namespace

int runAlerts(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"list", QT_TRANSLATE_NOOP("Cli", "list the alerts"), list},
        {"ack", QT_TRANSLATE_NOOP("Cli", "acknowledge an alert"), acknowledge},
    };
    return dispatchVerb(QStringLiteral("alerts"), verbs, arguments);
}

} // namespace portique::cli
