// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "people/importfile.h"
#include "people/peoplejson.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {
namespace {

int import(const QStringList &arguments)
{
    CliContext context(QStringLiteral("people import"),
                       QCoreApplication::translate("Cli", "Compares a SIECLE export (ElevesSansAdresses.xml, ResponsablesAvecAdresses.xml) "
                                                          "or a CSV file with the registry and prints what would change; "
                                                          "--apply writes it, in one transaction."),
                       arguments);
    context.parser().addOption({QStringLiteral("apply"), QCoreApplication::translate("Cli", "Apply the import (without it, nothing is written).")});
    context.parser().addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Apply even when most people would be marked as having left.")});
    if (!context.parse(1, 1, QStringLiteral("FILE")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    const people::ParsedImport parsed = people::parseImportFile(context.positional().constFirst());
    station::StationServices services(context.database(), context.clock());
    const bool apply = context.parser().isSet(QStringLiteral("apply"));
    const people::ImportPreview preview = apply
        ? services.imports.apply(parsed, actor.login, context.parser().isSet(QStringLiteral("force")))
        : services.imports.preview(parsed);
    QJsonObject json = preview.toJson();
    json.insert(QStringLiteral("applied"), apply);
    CliContext::printJson(json);
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("people list"), QCoreApplication::translate("Cli", "Lists the people of the registry."), arguments);
    context.parser().addOption({QStringLiteral("class"), QCoreApplication::translate("Cli", "Only this class."), QStringLiteral("class")});
    context.parser().addOption({QStringLiteral("search"), QCoreApplication::translate("Cli", "Part of a name or an id (accents and case ignored)."), QStringLiteral("text")});
    context.parser().addOption({QStringLiteral("all"), QCoreApplication::translate("Cli", "Also people who have left.")});
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    const QDate today = context.clock().now().toLocalTime().date();
    const QStringList consenting = services.consents.consenting();
    QJsonArray people;
    for (const people::Person &person : services.people.list({context.parser().value(QStringLiteral("class")),
                                                              context.parser().value(QStringLiteral("search")),
                                                              context.parser().isSet(QStringLiteral("all")), today})) {
        QJsonObject entry = people::toJson(person, today);
        entry.insert(QStringLiteral("face_lane"), consenting.contains(person.id));
        const std::optional<access::CredentialRecord> badge = services.credentials.currentBadge(person.id);
        entry.insert(QStringLiteral("badge"), badge ? QJsonValue(people::toJson(*badge)) : QJsonValue());
        people.append(entry);
    }
    CliContext::printJson({{QStringLiteral("people"), people}});
    return Success;
}

int show(const QStringList &arguments)
{
    CliContext context(QStringLiteral("people show"),
                       QCoreApplication::translate("Cli", "Shows one person: guardians, consents, badges and enrolment attempts."), arguments);
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    const QString id = context.positional().constFirst();
    const std::optional<people::Person> person = services.people.find(id);
    if (!person)
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No person has the id %1.").arg(id));
    const QDate today = context.clock().now().toLocalTime().date();
    QJsonArray guardians, consents, badges, attempts;
    for (const people::Guardian &guardian : services.people.guardiansOf(id))
        guardians.append(people::toJson(guardian));
    for (const privacy::Consent &consent : services.consents.ofPerson(id))
        consents.append(people::toJson(consent));
    for (const access::CredentialRecord &record : services.credentials.ofPerson(id))
        badges.append(people::toJson(record));
    for (const people::EnrolmentAttempt &attempt : services.enrolments.attempts(id))
        attempts.append(QJsonObject{{QStringLiteral("at"), common::isoTime(attempt.at)},
                                    {QStringLiteral("agent"), attempt.agent},
                                    {QStringLiteral("outcome"), attempt.enrolled ? QStringLiteral("enrolled") : QStringLiteral("failed")},
                                    {QStringLiteral("reason"), attempt.reason},
                                    {QStringLiteral("capture"), attempt.method == people::CaptureMethod::Camera ? QStringLiteral("camera") : QStringLiteral("photos")}});
    CliContext::printJson({{QStringLiteral("person"), people::toJson(*person, today)},
                           {QStringLiteral("guardians"), guardians},
                           {QStringLiteral("consents"), consents},
                           {QStringLiteral("badges"), badges},
                           {QStringLiteral("enrolments"), attempts},
                           {QStringLiteral("template_in_database"), services.enrolments.holdsTemplate(id)}});
    return Success;
}

} // namespace

int runPeople(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"import", QT_TRANSLATE_NOOP("Cli", "preview or apply a SIECLE or CSV import"), import},
        {"list", QT_TRANSLATE_NOOP("Cli", "list the people"), list},
        {"show", QT_TRANSLATE_NOOP("Cli", "show one person's records"), show},
    };
    return dispatchVerb(QStringLiteral("people"), verbs, arguments);
}

} // namespace portique::cli
