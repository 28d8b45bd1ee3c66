// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <QStringList>

namespace portique::cli {

/// @brief One top-level word of portiquectl and the function that runs it with the words after it.
struct Command {
    const char *name;
    const char *summary; ///< translated in the "Cli" context
    int (*run)(const QStringList &arguments);
};

int runInit(const QStringList &arguments);
int runUser(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runVersion(const QStringList &arguments);
int runModel(const QStringList &arguments);
int runFaces(const QStringList &arguments);
int runBench(const QStringList &arguments);
int runCamera(const QStringList &arguments);
int runPeople(const QStringList &arguments);
int runEnrol(const QStringList &arguments);
int runConsent(const QStringList &arguments);
int consentLetter(const QStringList &arguments); ///< `consent letter` (command_consentletter.cpp)
int runBadge(const QStringList &arguments);
int runGate(const QStringList &arguments);
int runAlerts(const QStringList &arguments);
/// @brief `bench gate` (command_benchgate.cpp).
int benchGate(const QStringList &arguments);
/// @brief `bench soak` (command_benchsoak.cpp).
int benchSoak(const QStringList &arguments);
/// @brief `bench pad` (command_benchpad.cpp).
int benchPad(const QStringList &arguments);
int runVisitor(const QStringList &arguments);
int visitorTrack(const QStringList &arguments);   ///< `visitor track`, dispatched by runVisitor
int visitorConsent(const QStringList &arguments); ///< `visitor consent withdraw` (command_visitorconsent.cpp), dispatched by runVisitor
int runPass(const QStringList &arguments);
int runWatchlist(const QStringList &arguments);
int runZones(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runExperiment(const QStringList &arguments);
int demoSeed(const QStringList &arguments); ///< `demo seed`, dispatched by runDemo
int runPurge(const QStringList &arguments);
int runSubject(const QStringList &arguments);
int runAipd(const QStringList &arguments);   ///< command_privacy.cpp
int runNotice(const QStringList &arguments); ///< command_notice.cpp
/// @brief `subject rectify`, `subject restrict`, `subject object` (command_subjectrights.cpp), dispatched by runSubject.
int subjectRectify(const QStringList &arguments);
int subjectRestrict(const QStringList &arguments);
int subjectObject(const QStringList &arguments);

/// @brief Moves --db/--key-file/--user written before the command words to the end, where the
/// subcommand's parser reads them.
QStringList moveLeadingOptions(const QStringList &arguments);

/// @brief Runs "<group> <verb>" commands: prints the verbs on --help, CliExit(BadUsage) on an unknown verb.
int dispatchVerb(const QString &group, const QList<Command> &verbs, const QStringList &arguments);

} // namespace portique::cli
