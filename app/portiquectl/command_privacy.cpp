// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl purge, subject export/erase, aipd: the DPO's privacy operations (issue 9).
#include "clicontext.h"
#include "commands.h"

#include "privacy/aipd.h"
#include "privacy/erasure.h"
#include "privacy/outputlog.h"
#include "privacy/purge.h"
#include "privacy/subjectexport.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <stdexcept>

namespace portique::cli {
namespace {

/// What a run did, in words on stderr, one table a line (stdout has the JSON).
void describePurge(const privacy::PurgeReport &report)
{
    QTextStream err(stderr);
    err << (report.dryRun ? QCoreApplication::translate("Cli", "Would delete:") : QCoreApplication::translate("Cli", "Deleted:")) << '\n';
    for (const privacy::PurgeCount &count : report.counts) {
        if (count.deleted == 0 && count.held == 0)
            continue;
        err << "  " << privacy::purgeTableLabel(count.table) << ": " << count.deleted;
        if (count.held > 0)
            err << ' ' << QCoreApplication::translate("Cli", "(%1 past their period kept: in use)").arg(count.held);
        err << '\n';
    }
    if (report.totalDeleted() == 0)
        err << "  " << QCoreApplication::translate("Cli", "nothing") << '\n';
}

int subjectExport(const QStringList &arguments)
{
    CliContext context(QStringLiteral("subject export"),
                       QCoreApplication::translate("Cli",
                                                   "Writes everything held about one person or visitor as DIR/ID.json (every field) and "
                                                   "DIR/ID.pdf (readable), for a subject access request. Never a face template. Audited."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The folder to write the two files in."), QStringLiteral("dir")});
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const QString folder = context.required(QStringLiteral("out"));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    const privacy::SubjectExport exported =
        privacy::SubjectAccess(context.database(), context.clock()).exportSubject(context.positional().constFirst(), actor.login);
    QStringList paths;
    try {
        paths = privacy::writeSubjectFiles(folder, exported);
    } catch (const std::runtime_error &error) {
        throw CliExit(Failed, QString::fromStdString(error.what()));
    }
    privacy::OutputLog log(context.database(), context.clock());
    for (const QString &path : std::as_const(paths))
        log.record({path, privacy::OutputKind::SubjectExport, {exported.subjectId}});
    CliContext::printJson({{QStringLiteral("subject"), exported.subjectId},
                           {QStringLiteral("kind"), privacy::subjectKindId(exported.kind)},
                           {QStringLiteral("records"), exported.recordCount()},
                           {QStringLiteral("json"), paths.value(0)},
                           {QStringLiteral("pdf"), paths.value(1)}});
    return Success;
}

int subjectErase(const QStringList &arguments)
{
    CliContext context(QStringLiteral("subject erase"),
                       QCoreApplication::translate("Cli",
                                                   "Erases one person or visitor everywhere: revokes their badges, deletes their rows in "
                                                   "every table, blanks them from notes and from the audit trail, and leaves one audit "
                                                   "record saying an erasure happened. Cannot be undone: without --yes, only shows "
                                                   "what would go."),
                       arguments);
    context.parser().addOption({QStringLiteral("yes"), QCoreApplication::translate("Cli", "Erase for good.")});
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const QString subject = context.positional().constFirst();
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    privacy::Erasure erasure(context.database(), context.clock());
    if (!context.parser().isSet(QStringLiteral("yes"))) {
        const privacy::ErasureReport preview = erasure.preview(subject);
        CliContext::printJson(preview.toJson());
        throw CliExit(BadUsage,
                      QCoreApplication::translate("Cli", "Erasing %1 deletes %2 records and cannot be undone: run again with --yes.")
                          .arg(preview.displayName)
                          .arg(preview.total()));
    }
    const privacy::ErasureReport report = erasure.erase(subject, actor.login);
    CliContext::printJson(report.toJson());
    QTextStream err(stderr);
    if (!report.filesToDelete.isEmpty()) {
        // The station cannot erase what it handed over: the DPO deletes these by hand.
        err << QCoreApplication::translate("Cli", "Files the station wrote that may still hold this person's data (delete them):") << '\n';
        for (const QString &path : report.filesToDelete)
            err << "  " << QDir::toNativeSeparators(path) << '\n';
    }
    if (!report.ledgerProblem.isEmpty())
        err << report.ledgerProblem << '\n';
    return Success;
}

} // namespace

int runPurge(const QStringList &arguments)
{
    CliContext context(QStringLiteral("purge"),
                       QCoreApplication::translate("Cli",
                                                   "Deletes what is past its retention period (docs/privacy-operations.md), in short "
                                                   "batches, and audits the run with its counts; --dry-run only counts."),
                       arguments);
    context.parser().addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Count what would go; change nothing.")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    const privacy::PurgeReport report =
        privacy::Purge(context.database(), context.clock()).run(context.parser().isSet(QStringLiteral("dry-run")), actor.login);
    CliContext::printJson(report.toJson());
    describePurge(report);
    return Success;
}

int runSubject(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"export", QT_TRANSLATE_NOOP("Cli", "everything held about a person or visitor, as JSON and PDF"), subjectExport},
        {"erase", QT_TRANSLATE_NOOP("Cli", "erase a person or visitor everywhere"), subjectErase},
        {"rectify", QT_TRANSLATE_NOOP("Cli", "correct fields of a person (right to rectification)"), subjectRectify},
        {"restrict", QT_TRANSLATE_NOOP("Cli", "restrict the processing of a person's data, or lift it"), subjectRestrict},
        {"object", QT_TRANSLATE_NOOP("Cli", "a person's objection: their consent to the face lane withdrawn"), subjectObject},
    };
    return dispatchVerb(QStringLiteral("subject"), verbs, arguments);
}

int runAipd(const QStringList &arguments)
{
    CliContext context(QStringLiteral("aipd"),
                       QCoreApplication::translate("Cli", "Writes the data protection impact assessment (AIPD) pre-filled from the live "
                                                          "configuration, with the parts the DPO completes by hand marked; each one "
                                                          "gets the next version number and is audited with the file's SHA-256."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString path = context.required(QStringLiteral("out"));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    station::StationServices services(context.database(), context.clock());
    const privacy::AipdFacts facts = privacy::collectAipdFacts(services, actor.login);
    QByteArray sha256;
    try {
        sha256 = privacy::writeAipdPdf(path, facts);
    } catch (const std::runtime_error &error) {
        throw CliExit(Failed, QString::fromStdString(error.what()));
    }
    privacy::recordAipdGeneration(services, facts, path, sha256, actor.login);
    QJsonObject json = facts.toJson();
    json.insert(QStringLiteral("pdf"), path);
    json.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex()));
    CliContext::printJson(json);
    return Success;
}

} // namespace portique::cli
