// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `portiquectl visitor consent withdraw`: a visitor stops indoor tracking at the desk, without leaving.
#include "clicontext.h"
#include "commands.h"

#include "station/stationservices.h"

#include <QCoreApplication>

namespace portique::cli {
namespace {

int withdraw(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor consent withdraw"),
                       QCoreApplication::translate("Cli", "The visitor withdraws their consent to indoor tracking, without checking out: "
                                                          "their face template and the sightings of the visit are deleted at once. The "
                                                          "visit goes on: same pass, still on site, still on the roll call."),
                       arguments);
    if (!context.parse(1, 1, QStringLiteral("VISITOR_ID")))
        return Success;
    const accounts::User agent = context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    // Refusals (unknown, gone, never consented, already withdrawn) are translated common::Refusal: exit 1.
    const visitors::TrackingWithdrawal withdrawal = services.visitors.withdrawTracking(context.positional().constFirst(), agent.login);
    CliContext::printJson({{QStringLiteral("visitor"), withdrawal.visitor.id},
                           {QStringLiteral("tracking"), withdrawal.visitor.tracking},
                           {QStringLiteral("on_site"), withdrawal.visitor.onSite()},
                           {QStringLiteral("templates_deleted"), withdrawal.templatesDeleted},
                           {QStringLiteral("sightings_deleted"), withdrawal.sightingsDeleted}});
    return Success;
}

} // namespace

int visitorConsent(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"withdraw", QT_TRANSLATE_NOOP("Cli", "stop indoor tracking now: template and sightings deleted, the visit goes on"), withdraw},
    };
    return dispatchVerb(QStringLiteral("visitor consent"), verbs, arguments);
}

} // namespace portique::cli
