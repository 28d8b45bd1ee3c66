// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl notice: the information notices written from the configuration (issue 15,
// docs/notices.md), and `notice set` for the controller's details they print.
#include "clicontext.h"
#include "commands.h"

#include "privacy/notice.h"
#include "reports/noticerender.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <stdexcept>

namespace portique::cli {
namespace {

QJsonObject contactsJson(const privacy::NoticeContacts &contacts)
{
    return {{QStringLiteral("head"), contacts.head},
            {QStringLiteral("address"), contacts.address},
            {QStringLiteral("dpo_contact"), contacts.dpoContact},
            {QStringLiteral("notice_location"), contacts.noticeLocation}};
}

int noticeSet(const QStringList &arguments)
{
    CliContext context(QStringLiteral("notice set"),
                       QCoreApplication::translate("Cli", "Records who the controller is and how to reach the DPO, as every notice prints "
                                                          "them. The head of school and the DPO's contact are required before a notice is "
                                                          "written. Each change is audited."),
                       arguments);
    const QList<std::pair<QString, QString>> options{
        {QStringLiteral("head"), QCoreApplication::translate("Cli", "The head of school (\"Mme Claire Martin, proviseure\").")},
        {QStringLiteral("address"), QCoreApplication::translate("Cli", "The school's postal address.")},
        {QStringLiteral("dpo-contact"), QCoreApplication::translate("Cli", "The DPO's e-mail address or phone number.")},
        {QStringLiteral("where"), QCoreApplication::translate("Cli", "Where the full notice can be read (the desk, a web address).")}};
    for (const auto &[name, description] : options)
        context.parser().addOption({name, description, QStringLiteral("text")});
    if (!context.parse(0, 0, QString()))
        return Success;
    bool any = false;
    for (const auto &option : options)
        any = any || context.parser().isSet(option.first);
    if (!any)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Nothing to set: give --head, --address, --dpo-contact or --where."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    station::StationServices services(context.database(), context.clock());
    privacy::NoticeContacts contacts = privacy::loadNoticeContacts(services.settings);
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("head")))
        contacts.head = parser.value(QStringLiteral("head"));
    if (parser.isSet(QStringLiteral("address")))
        contacts.address = parser.value(QStringLiteral("address"));
    if (parser.isSet(QStringLiteral("dpo-contact")))
        contacts.dpoContact = parser.value(QStringLiteral("dpo-contact"));
    if (parser.isSet(QStringLiteral("where")))
        contacts.noticeLocation = parser.value(QStringLiteral("where"));
    // A refused value throws std::invalid_argument (translated): exit 2, nothing stored.
    privacy::saveNoticeContacts(services.settings, contacts, actor.login);
    CliContext::printJson(contactsJson(privacy::loadNoticeContacts(services.settings)));
    return Success;
}

int noticeWrite(const QStringList &arguments)
{
    CliContext context(QStringLiteral("notice"),
                       QCoreApplication::translate("Cli", "Writes an information notice (GDPR art. 13) from the station's configuration: "
                                                          "full (the complete notice), minors (plain words for students), parents (a "
                                                          "letter for legal representatives) or sign (an A4 sign for the gate). Every "
                                                          "period and camera use is read from the settings. Audited with the file's "
                                                          "SHA-256. See also: portiquectl notice set --help."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("kind"), QCoreApplication::translate("Cli", "full, minors, parents or sign."), QStringLiteral("kind")});
    context.parser().addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString kindId = context.required(QStringLiteral("kind"));
    const std::optional<privacy::NoticeKind> kind = privacy::noticeKindFromId(kindId);
    if (!kind)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Unknown kind \"%1\": full, minors, parents or sign.").arg(kindId));
    const QString path = context.required(QStringLiteral("out"));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    station::StationServices services(context.database(), context.clock());
    const privacy::NoticeFacts facts = privacy::collectNoticeFacts(services);
    const privacy::Notice notice = privacy::buildNotice(*kind, facts);
    if (const QString problem = privacy::noticeNotReady(notice); !problem.isEmpty())
        throw CliExit(Failed, problem);
    QByteArray sha256;
    try {
        sha256 = reports::writeNoticePdf(path, notice);
    } catch (const std::runtime_error &error) {
        throw CliExit(Failed, QString::fromStdString(error.what()));
    }
    privacy::recordNoticeGeneration(services, *kind, path, sha256, actor.login);
    QJsonObject periods;
    for (const privacy::RetentionRule &rule : facts.retention)
        periods.insert(privacy::retentionKindId(rule.kind), rule.days);
    CliContext::printJson({{QStringLiteral("kind"), privacy::noticeKindId(*kind)},
                           {QStringLiteral("pdf"), path},
                           {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                           {QStringLiteral("camera_uses"), QJsonArray::fromStringList(notice.cameraUses)},
                           {QStringLiteral("face_lane"), facts.faceLane()},
                           {QStringLiteral("visitor_tracking"), facts.visitorTracking()},
                           {QStringLiteral("retention_days"), periods},
                           {QStringLiteral("controller"), contactsJson(facts.contacts)}});
    return Success;
}

} // namespace

int runNotice(const QStringList &arguments)
{
    // "notice set …" records the controller's details; anything else writes a notice.
    if (!arguments.isEmpty() && arguments.constFirst() == u"set")
        return noticeSet(arguments.mid(1));
    return noticeWrite(arguments);
}

} // namespace portique::cli
