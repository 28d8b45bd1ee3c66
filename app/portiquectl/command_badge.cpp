// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgeoutput.h"
#include "clicontext.h"
#include "commands.h"

#include "people/peoplejson.h"
#include "station/stationservices.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {
namespace {

int issue(const QStringList &arguments)
{
    CliContext context(QStringLiteral("badge issue"),
                       QCoreApplication::translate("Cli",
                                                   "Issues badge-only badges (a first badge, a lost one) to people or to a whole class, "
                                                   "and writes them for printing. Earlier badges of those people are revoked. People "
                                                   "using the face lane are skipped: enrol them again instead."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("class"), QCoreApplication::translate("Cli", "Every active person of this class."), QStringLiteral("class")});
    addBadgeOutputOptions(context.parser(), true);
    if (!context.parse(0, 1000, QStringLiteral("[PERSON_ID...]")))
        return Success;
    context.required(QStringLiteral("badge-out"));
    const QString className = context.parser().value(QStringLiteral("class"));
    if (context.positional().isEmpty() == className.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give either person ids or --class."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    const QDate today = context.clock().now().toLocalTime().date();

    std::vector<people::Person> holders;
    if (!className.isEmpty()) {
        // A restricted person (GDPR art. 18) gets no new badge in a class run: it would revoke theirs.
        holders = services.people.list({className, QString(), false, today, false});
        if (holders.empty())
            throw CliExit(Failed, QCoreApplication::translate("Cli", "No active person is in the class %1.").arg(className));
    } else {
        for (const QString &id : context.positional()) {
            const std::optional<people::Person> person = services.people.find(id);
            if (!person)
                throw CliExit(Failed, QCoreApplication::translate("Cli", "No person has the id %1.").arg(id));
            holders.push_back(*person);
        }
    }
    const QStringList consenting = services.consents.consenting();
    QJsonArray skipped;
    QJsonObject json;
    context.database().transaction([&] {
        std::vector<std::pair<people::Person, access::IssuedBadge>> badges;
        for (const people::Person &person : holders) {
            if (consenting.contains(person.id) && !className.isEmpty()) {
                skipped.append(person.id);
                continue;
            }
            badges.emplace_back(person, services.enrolments.issueBadgeOnly(person.id, actor.login));
        }
        json = writeBadges(context.parser(), services, badges);
    });
    json.insert(QStringLiteral("skipped_face_lane"), skipped);
    CliContext::printJson(json);
    return Success;
}

int revoke(const QStringList &arguments)
{
    CliContext context(QStringLiteral("badge revoke"), QCoreApplication::translate("Cli", "Revokes a badge (lost, stolen) by its serial."),
                       arguments);
    context.parser().addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why: lost, stolen, damaged..."),
                                QStringLiteral("reason"), QStringLiteral("lost")});
    if (!context.parse(1, 1, QStringLiteral("SERIAL")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    const QString serial = context.positional().constFirst().toLower();
    if (!services.credentials.find(serial))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No badge has the serial %1.").arg(serial));
    const bool changed = services.credentials.revoke(serial, context.parser().value(QStringLiteral("reason")), actor.login);
    CliContext::printJson(
        {{QStringLiteral("badge"), people::toJson(*services.credentials.find(serial))}, {QStringLiteral("revoked_now"), changed}});
    return Success;
}

int verify(const QStringList &arguments)
{
    CliContext context(QStringLiteral("badge verify"),
                       QCoreApplication::translate("Cli", "Checks a badge from a photo or scan of it, or from the text of its QR code: "
                                                          "who, validity, whether it carries a template. Exit 1 when refused."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("image"), QCoreApplication::translate("Cli", "A picture of the badge (PNG, JPEG...)."), QStringLiteral("file")});
    context.parser().addOption(
        {QStringLiteral("payload"), QCoreApplication::translate("Cli", "The text of the QR code."), QStringLiteral("text")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString payload = context.qrText(QStringLiteral("payload"), QStringLiteral("image"));
    context.requireOperator(accounts::Permission::OperateGate);
    station::StationServices services(context.database(), context.clock());
    const access::Verification v = services.credentials.verify(payload);
    const QDate today = context.clock().now().toLocalTime().date();
    QJsonObject json{{QStringLiteral("valid"), v.valid()},
                     {QStringLiteral("verdict"), access::verdictId(v.verdict)},
                     {QStringLiteral("reason"), access::verdictReason(v.verdict)}};
    if (v.credential) {
        json.insert(QStringLiteral("person_id"), v.credential->subjectId);
        json.insert(QStringLiteral("serial"), v.credential->serialText());
        json.insert(QStringLiteral("issued_on"), v.credential->issuedOn.toString(Qt::ISODate));
        json.insert(QStringLiteral("expires_on"), v.credential->expiresOn.toString(Qt::ISODate));
        json.insert(QStringLiteral("architecture"), int(v.credential->architecture));
        json.insert(QStringLiteral("carries_template"), v.credential->architecture == access::TemplateArchitecture::OnBadge);
        json.insert(QStringLiteral("unlocks_template"), v.credential->architecture == access::TemplateArchitecture::InDatabase);
    }
    if (v.person)
        json.insert(QStringLiteral("person"), people::toJson(*v.person, today));
    CliContext::printJson(json);
    return v.valid() ? Success : Failed;
}

} // namespace

int runBadge(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"issue", QT_TRANSLATE_NOOP("Cli", "issue and print badge-only badges"), issue},
        {"revoke", QT_TRANSLATE_NOOP("Cli", "revoke a badge"), revoke},
        {"verify", QT_TRANSLATE_NOOP("Cli", "check a badge from an image or its text"), verify},
    };
    return dispatchVerb(QStringLiteral("badge"), verbs, arguments);
}

} // namespace portique::cli
