// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl: everything the station does, headless. JSON on stdout, messages on stderr,
// exit 0 success / 1 refused or failed / 2 bad usage.
#include "clicontext.h"
#include "commands.h"

#include "accounts/userstore.h"
#include "biometrics/facetemplate.h"
#include "common/privatefiles.h"
#include "common/refusal.h"
#include "i18n/language.h"
#include "storage/storageerror.h"
#include "vision/visionerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace portique::cli {
namespace {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"init", QT_TRANSLATE_NOOP("Cli", "create the encrypted database, its key and the first administrator"), runInit},
        {"user", QT_TRANSLATE_NOOP("Cli", "manage users: add, passwd, role, list, disable, enable"), runUser},
        {"audit", QT_TRANSLATE_NOOP("Cli", "audit trail: verify, list"), runAudit},
        {"demo", QT_TRANSLATE_NOOP("Cli", "demo station: init"), runDemo},
        {"model", QT_TRANSLATE_NOOP("Cli", "face model: install, info"), runModel},
        {"faces", QT_TRANSLATE_NOOP("Cli", "faces in images: embed, compare, eval"), runFaces},
        {"camera", QT_TRANSLATE_NOOP("Cli", "cameras: add, list, remove"), runCamera},
        {"people", QT_TRANSLATE_NOOP("Cli", "people: import, list, show"), runPeople},
        {"enrol", QT_TRANSLATE_NOOP("Cli", "enrol a person in the face lane from photos"), runEnrol},
        {"consent", QT_TRANSLATE_NOOP("Cli", "consents: letter, list, withdraw"), runConsent},
        {"badge", QT_TRANSLATE_NOOP("Cli", "badges: issue, revoke, verify"), runBadge},
        {"gate", QT_TRANSLATE_NOOP("Cli", "gate lanes: simulate, bind-scanner, scanners"), runGate},
        {"alerts", QT_TRANSLATE_NOOP("Cli", "alerts: list, ack"), runAlerts},
        {"visitor", QT_TRANSLATE_NOOP("Cli", "visitors: register, list, show, checkout, reissue, roll-call, sweep, track, consent"),
         runVisitor},
        {"pass", QT_TRANSLATE_NOOP("Cli", "visitor passes: verify"), runPass},
        {"watchlist", QT_TRANSLATE_NOOP("Cli", "watchlist: add, list, remove"), runWatchlist},
        {"zones", QT_TRANSLATE_NOOP("Cli", "zones and zone map: show, set, add, remove, plan, place"), runZones},
        {"report", QT_TRANSLATE_NOOP("Cli", "reports: daily, experiment"), runReport},
        {"experiment", QT_TRANSLATE_NOOP("Cli", "the declared experiment: set, show"), runExperiment},
        {"purge", QT_TRANSLATE_NOOP("Cli", "delete what is past its retention period (--dry-run: count only)"), runPurge},
        {"subject", QT_TRANSLATE_NOOP("Cli", "a person's or visitor's data: export, erase, rectify, restrict, object"), runSubject},
        {"aipd", QT_TRANSLATE_NOOP("Cli", "the pre-filled data protection impact assessment (PDF)"), runAipd},
        {"notice", QT_TRANSLATE_NOOP("Cli", "information notices from the configuration (PDF): full, minors, parents, sign; set"),
         runNotice},
        {"bench", QT_TRANSLATE_NOOP("Cli", "measurements: pipeline, gate, soak"), runBench},
        {"version", QT_TRANSLATE_NOOP("Cli", "versions of Portique and its libraries"), runVersion},
    };
    return list;
}

void printCommands(const QString &usage, const QList<Command> &list)
{
    QTextStream out(stdout);
    out << usage << "\n\n" << QCoreApplication::translate("Cli", "Commands:") << '\n';
    // The longest name plus two spaces, so no name ever runs into its summary ("experiment").
    qsizetype width = 0;
    for (const Command &command : list)
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : list)
        out << "  " << QString::fromLatin1(command.name).leftJustified(width + 2) << QCoreApplication::translate("Cli", command.summary)
            << '\n';
    out << '\n' << QCoreApplication::translate("Cli", "Each command takes --help.") << '\n';
}

int dispatch(const QString &usage, const QList<Command> &list, const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printCommands(usage, list);
        QTextStream(stderr) << QCoreApplication::translate("Cli", "A command is required.") << '\n';
        return BadUsage;
    }
    const QString word = arguments.constFirst();
    if (word == u"--help" || word == u"-h" || word == u"help") {
        printCommands(usage, list);
        return Success;
    }
    for (const Command &command : list) {
        if (word == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Unknown command \"%1\" (see --help).").arg(word));
}

} // namespace

QStringList moveLeadingOptions(const QStringList &arguments)
{
    // "portiquectl --db x user list" reads as naturally as "portiquectl user list --db x": options
    // written before the command words are handed to the subcommand after them.
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--key-file"), QStringLiteral("--user")};
    QStringList leading;
    qsizetype index = 0;
    while (index < arguments.size() && withValue.contains(arguments.at(index).section(u'=', 0, 0))) {
        leading.append(arguments.at(index));
        if (!arguments.at(index).contains(u'=') && index + 1 < arguments.size())
            leading.append(arguments.at(++index));
        ++index;
    }
    return arguments.mid(index) + leading;
}

int dispatchVerb(const QString &group, const QList<Command> &verbs, const QStringList &arguments)
{
    return dispatch(QCoreApplication::translate("Cli", "Usage: portiquectl %1 <command> [options]").arg(group), verbs, arguments);
}

} // namespace portique::cli

int main(int argc, char *argv[])
{
    using namespace portique;
    common::keepNewFilesPrivate();
    // Badges and reports are painted (fonts, PDF): a GUI application, on no screen at all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt warns on stderr about its runtime folder; give it the
    // one it would pick anyway, so stderr carries only our messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portiquectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTIQUE_VERSION));
    i18n::installTranslation(i18n::languageFromEnvironment());

    QTextStream err(stderr);
    try {
        return cli::dispatch(QCoreApplication::translate("Cli", "Usage: portiquectl <command> [options]"), cli::commands(),
                             cli::moveLeadingOptions(app.arguments().mid(1)));
    } catch (const cli::CliExit &exit) {
        err << exit.message() << '\n';
        return exit.code();
    } catch (const storage::StorageError &error) {
        err << error.message() << '\n';
    } catch (const accounts::AccountError &error) {
        err << error.message() << '\n';
    } catch (const vision::VisionError &error) {
        err << error.message() << '\n';
    } catch (const biometrics::TemplateError &error) {
        err << error.message() << '\n';
    } catch (const common::Refusal &refusal) {
        err << refusal.message() << '\n';
    } catch (const std::invalid_argument &error) {
        err << QString::fromStdString(error.what()) << '\n';
        return cli::BadUsage;
    } catch (const std::exception &error) {
        err << QCoreApplication::translate("Cli", "Unexpected error: %1").arg(QString::fromStdString(error.what())) << '\n';
    }
    return cli::Failed;
}
