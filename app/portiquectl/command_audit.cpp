// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "privacy/auditcheckpoint.h"
#include "privacy/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace portique::cli {
namespace {

/// The trail compared with a signed checkpoint kept off the station (docs/audit-chain.md).
int verifyAgainst(CliContext &context, const accounts::User &actor, const QString &path)
{
    const privacy::CheckpointCheck check = privacy::verifyAgainstCheckpoint(context.database(), context.clock(), path, actor.login);
    const bool consistent = check.verdict == privacy::CheckpointVerdict::Consistent;
    const bool read = check.verdict != privacy::CheckpointVerdict::Unreadable;
    CliContext::printJson({{QStringLiteral("consistent"), consistent},
                           {QStringLiteral("verdict"), privacy::checkpointVerdictId(check.verdict)},
                           {QStringLiteral("sentence"), check.sentence},
                           {QStringLiteral("checkpoint_seq"), read ? QJsonValue(check.checkpoint.seq) : QJsonValue()},
                           {QStringLiteral("checkpoint_at"), read ? QJsonValue(common::isoTime(check.checkpoint.at)) : QJsonValue()}});
    if (!consistent) {
        QTextStream(stderr) << check.sentence << '\n';
        return Failed;
    }
    return Success;
}

int verify(const QStringList &arguments)
{
    CliContext context(
        QStringLiteral("audit verify"),
        QCoreApplication::translate("Cli", "Walks the audit hash chain and reports the first broken link (exit 1 when broken)."),
        arguments);
    context.parser().addOption(
        {QStringLiteral("checkpoint"),
         QCoreApplication::translate("Cli", "Compare the trail with this signed checkpoint instead (exit 1 unless they are consistent: "
                                            "a trail cut, rewritten or restored from an older backup)."),
         QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    // The check prints no record's content: the administrator may run it too (VerifyAudit).
    const accounts::User actor = context.requireOperator(accounts::Permission::VerifyAudit);
    if (context.parser().isSet(QStringLiteral("checkpoint")))
        return verifyAgainst(context, actor, context.parser().value(QStringLiteral("checkpoint")));
    const privacy::AuditVerification result = context.audit().verify();
    // Recording the check itself would extend the chain it just checked: only successful checks are
    // appended, so a broken chain stays exactly as found for the investigation.
    if (result.intact)
        context.audit().append(actor.login, QStringLiteral("audit.verify"), QString(), {{QStringLiteral("checked"), result.checked}});
    CliContext::printJson({{QStringLiteral("intact"), result.intact},
                           {QStringLiteral("checked"), result.checked},
                           {QStringLiteral("first_broken"), result.intact ? QJsonValue() : QJsonValue(result.firstBrokenSeq)},
                           {QStringLiteral("problem"), result.problem}});
    if (!result.intact) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "The audit trail is broken: %1").arg(result.problem) << '\n';
        return Failed;
    }
    return Success;
}

int checkpoint(const QStringList &arguments)
{
    CliContext context(QStringLiteral("audit checkpoint"),
                       QCoreApplication::translate("Cli",
                                                   "Verifies the audit trail and writes a checkpoint of its last record, signed with the "
                                                   "station's key, to a new file (mode 0600). Keep it off the station: `audit verify "
                                                   "--checkpoint` later shows a trail cut, rewritten or restored from an older backup."),
                       arguments);
    context.parser().addOption({QStringLiteral("out"),
                                QCoreApplication::translate("Cli", "The checkpoint file to create (never replaced)."),
                                QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString path = context.required(QStringLiteral("out"));
    const accounts::User actor = context.requireOperator(accounts::Permission::ReadAudit);
    const privacy::AuditCheckpoint written = privacy::writeCheckpoint(context.database(), context.clock(), path, actor.login);
    CliContext::printJson({{QStringLiteral("file"), path},
                           {QStringLiteral("seq"), written.seq},
                           {QStringLiteral("hash"), QString::fromLatin1(written.hash.toHex())},
                           {QStringLiteral("at"), common::isoTime(written.at)},
                           {QStringLiteral("key_id"), QString::fromLatin1(written.keyId.toHex())},
                           {QStringLiteral("public_key"), QString::fromLatin1(written.publicKey.toHex())}});
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("audit list"), QCoreApplication::translate("Cli", "Prints the newest audit records as JSON."),
                       arguments);
    context.parser().addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "How many records (default 50)."),
                                QStringLiteral("n"), QStringLiteral("50")});
    context.parser().addOption(
        {QStringLiteral("action"),
         QCoreApplication::translate("Cli", "Only this action or group of actions (settings.change, login...); repeatable."),
         QStringLiteral("action")});
    context.parser().addOption({QStringLiteral("search"),
                                QCoreApplication::translate("Cli", "Only records whose user, object or details contain this text."),
                                QStringLiteral("text")});
    context.parser().addOption({QStringLiteral("since"),
                                QCoreApplication::translate("Cli", "Only records from this day on (YYYY-MM-DD, local)."),
                                QStringLiteral("date")});
    if (!context.parse(0, 0, QString()))
        return Success;
    bool ok = false;
    const int limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--limit takes a positive whole number."));
    privacy::AuditQuery query;
    query.limit = limit;
    query.actions = context.parser().values(QStringLiteral("action"));
    query.text = context.parser().value(QStringLiteral("search"));
    if (context.parser().isSet(QStringLiteral("since"))) {
        const QDate since = QDate::fromString(context.parser().value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--since takes a date as YYYY-MM-DD."));
        query.from = since.startOfDay();
    }
    context.requireOperator(accounts::Permission::ReadAudit);
    QJsonArray records;
    for (const privacy::AuditRecord &record : context.audit().search(query)) {
        records.append(QJsonObject{{QStringLiteral("seq"), record.seq},
                                   {QStringLiteral("at"), record.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("actor"), record.actor},
                                   {QStringLiteral("action"), record.action},
                                   {QStringLiteral("object"), record.object},
                                   {QStringLiteral("details"), record.details},
                                   {QStringLiteral("hash"), QString::fromLatin1(record.hash.toHex())}});
    }
    CliContext::printJson({{QStringLiteral("records"), records}});
    return Success;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"verify", QT_TRANSLATE_NOOP("Cli", "check the audit hash chain"), verify},
        {"list", QT_TRANSLATE_NOOP("Cli", "print the newest audit records"), list},
        {"checkpoint", QT_TRANSLATE_NOOP("Cli", "write a signed checkpoint of the audit trail to a file"), checkpoint},
    };
    return dispatchVerb(QStringLiteral("audit"), verbs, arguments);
}

} // namespace portique::cli
