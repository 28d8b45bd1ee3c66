// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "privacy/outputlog.h"
#include "reports/dailyreport.h"
#include "reports/experiment.h"
#include "reports/reportrender.h"
#include "station/demoday.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace portique::cli {
namespace {

/// Prints the whole report with --json, otherwise what was written.
void printReport(CliContext &context, const QJsonObject &full, const QJsonObject &summary)
{
    CliContext::printJson(context.parser().isSet(QStringLiteral("json")) ? full : summary);
}

void addOutputOptions(CliContext &context)
{
    context.parser().addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the report as PDF to this file."), QStringLiteral("file")});
    context.parser().addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print every figure of the report as JSON.")});
}

int daily(const QStringList &arguments)
{
    CliContext context(QStringLiteral("report daily"),
                       QCoreApplication::translate("Cli",
                                                   "The principal's report of one school day: passages, outcomes, methods, overrides, "
                                                   "decision times, refusals, visitors, alerts, camera availability."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("date"), QCoreApplication::translate("Cli", "The day, YYYY-MM-DD (default: yesterday)."), QStringLiteral("day")});
    addOutputOptions(context);
    if (!context.parse(0, 0, QString()))
        return Success;
    QDate day = context.clock().now().toLocalTime().date().addDays(-1);
    if (context.parser().isSet(QStringLiteral("date"))) {
        day = common::parseIsoDate(context.parser().value(QStringLiteral("date")));
        if (!day.isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--date must be a day written YYYY-MM-DD."));
    }
    context.requireOperator(accounts::Permission::ReadReports);
    station::StationServices services(context.database(), context.clock());
    const reports::DailyReport report = reports::buildDailyReport(services, day);
    QJsonObject summary{{QStringLiteral("day"), common::isoDate(day)}, {QStringLiteral("passages"), report.passages}};
    if (context.parser().isSet(QStringLiteral("out"))) {
        const QString path = context.parser().value(QStringLiteral("out"));
        reports::writeDailyReportPdf(path, report);
        privacy::OutputLog(services.database, services.clock)
            .record({path, privacy::OutputKind::DailyReport, reports::dailyReportSubjects(report)});
        summary.insert(QStringLiteral("pdf"), path);
    }
    printReport(context, report.toJson(), summary);
    return Success;
}

int experiment(const QStringList &arguments)
{
    CliContext context(QStringLiteral("report experiment"),
                       QCoreApplication::translate("Cli", "The experiment's evaluation (ISO/IEC 19795 estimates, criteria met or not) over "
                                                          "its declared period and lanes (see `portiquectl experiment set`)."),
                       arguments);
    addOutputOptions(context);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ReadReports);
    station::StationServices services(context.database(), context.clock());
    const std::optional<privacy::ExperimentDefinition> definition = privacy::loadExperiment(services.settings);
    if (!definition)
        throw CliExit(
            Failed, QCoreApplication::translate("Cli", "No experiment is declared: declare it with portiquectl experiment set FILE.json."));
    const reports::ExperimentReport report = reports::buildExperimentReport(services, *definition);
    QJsonObject summary{{QStringLiteral("experiment"), definition->name}, {QStringLiteral("transactions"), report.transactions}};
    if (context.parser().isSet(QStringLiteral("out"))) {
        const QString path = context.parser().value(QStringLiteral("out"));
        reports::writeExperimentReportPdf(path, report);
        privacy::OutputLog(services.database, services.clock).record({path, privacy::OutputKind::ExperimentReport, {}});
        summary.insert(QStringLiteral("pdf"), path);
    }
    printReport(context, report.toJson(), summary);
    return Success;
}

int experimentSet(const QStringList &arguments)
{
    CliContext context(QStringLiteral("experiment set"),
                       QCoreApplication::translate("Cli", "Declares the experiment from a JSON file: name, start, end (YYYY-MM-DD), lanes, "
                                                          "population, criteria (docs/reports.md)."),
                       arguments);
    if (!context.parse(1, 1, QStringLiteral("FILE.json")))
        return Success;
    QFile file(context.positional().constFirst());
    if (!file.open(QIODevice::ReadOnly))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString json = QString::fromUtf8(file.readAll());
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    station::StationServices services(context.database(), context.clock());
    try {
        privacy::saveExperiment(services.settings, privacy::ExperimentDefinition::fromJson(json), actor.login);
    } catch (const std::invalid_argument &error) {
        throw CliExit(Failed, QString::fromUtf8(error.what()));
    }
    CliContext::printJson(
        {{QStringLiteral("experiment"), QJsonDocument::fromJson(privacy::loadExperiment(services.settings)->toJson().toUtf8()).object()}});
    return Success;
}

int experimentShow(const QStringList &arguments)
{
    CliContext context(QStringLiteral("experiment show"), QCoreApplication::translate("Cli", "Shows the declared experiment."), arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ReadReports);
    station::StationServices services(context.database(), context.clock());
    const std::optional<privacy::ExperimentDefinition> definition = privacy::loadExperiment(services.settings);
    CliContext::printJson({{QStringLiteral("experiment"),
                            definition ? QJsonValue(QJsonDocument::fromJson(definition->toJson().toUtf8()).object()) : QJsonValue()}});
    return Success;
}

} // namespace

int demoSeed(const QStringList &arguments)
{
    CliContext context(QStringLiteral("demo seed"),
                       QCoreApplication::translate("Cli",
                                                   "Fills the database with a scripted school day (passages on every lane, overrides, "
                                                   "visitors, alerts, camera outages) through the station's own services, and prints "
                                                   "what it did: the figures that day's report must show."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("date"), QCoreApplication::translate("Cli", "The day, YYYY-MM-DD (default: yesterday)."), QStringLiteral("day")});
    context.parser().addOption({QStringLiteral("seed"),
                                QCoreApplication::translate("Cli", "The random seed (the same seed gives the same day)."),
                                QStringLiteral("n"), QStringLiteral("20261130")});
    if (!context.parse(0, 0, QString()))
        return Success;
    QDate day = context.clock().now().toLocalTime().date().addDays(-1);
    if (context.parser().isSet(QStringLiteral("date"))) {
        day = common::parseIsoDate(context.parser().value(QStringLiteral("date")));
        if (!day.isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--date must be a day written YYYY-MM-DD."));
    }
    if (day >= context.clock().now().toLocalTime().date())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "A seeded day must be in the past: its script runs until the evening."));
    context.requireOperator(accounts::Permission::ManageSettings);
    const station::DemoDay seeded = station::seedDemoDay(context.database(), day, context.parser().value(QStringLiteral("seed")).toUInt());
    CliContext::printJson(seeded.toJson());
    return Success;
}

int runReport(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"daily", QT_TRANSLATE_NOOP("Cli", "the principal's daily report"), daily},
        {"experiment", QT_TRANSLATE_NOOP("Cli", "the experiment's evaluation report"), experiment},
    };
    return dispatchVerb(QStringLiteral("report"), verbs, arguments);
}

int runExperiment(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"set", QT_TRANSLATE_NOOP("Cli", "declare the experiment from a JSON file"), experimentSet},
        {"show", QT_TRANSLATE_NOOP("Cli", "show the declared experiment"), experimentShow},
    };
    return dispatchVerb(QStringLiteral("experiment"), verbs, arguments);
}

} // namespace portique::cli
