// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl subject rectify / restrict / object: rectification, restriction and objection as
// features (issue 15; docs/privacy-operations.md). Dispatched by runSubject (command_privacy.cpp).
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "people/peoplestore.h"
#include "privacy/subjectrights.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {

int subjectRectify(const QStringList &arguments)
{
    CliContext context(QStringLiteral("subject rectify"),
                       QCoreApplication::translate("Cli", "Corrects fields of a person of the registry (right to rectification): "
                                                          "--field F --value V, repeated for several fields. A later import keeps "
                                                          "the corrected value unless the DPO chooses otherwise. Audited (which "
                                                          "fields, not their values)."),
                       arguments);
    context.parser().addOption({QStringLiteral("field"),
                                QCoreApplication::translate("Cli", "The field to correct: %1.")
                                    .arg(privacy::SubjectRights::rectifiableFields().join(QStringLiteral(", "))),
                                QStringLiteral("field")});
    context.parser().addOption({QStringLiteral("value"),
                                QCoreApplication::translate("Cli", "Its correct value (a birth date as yyyy-mm-dd)."),
                                QStringLiteral("value")});
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const QStringList fields = context.parser().values(QStringLiteral("field"));
    const QStringList values = context.parser().values(QStringLiteral("value"));
    if (fields.isEmpty() || fields.size() != values.size())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give each --field with its --value (%1 field(s), %2 value(s)).")
                                    .arg(fields.size())
                                    .arg(values.size()));
    std::vector<privacy::FieldValue> changes;
    for (qsizetype i = 0; i < fields.size(); ++i)
        changes.push_back({fields[i], values[i]});
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    const QString id = context.positional().constFirst();
    const QStringList changed =
        privacy::SubjectRights(context.database(), context.audit(), context.clock()).rectify(id, changes, actor.login);
    CliContext::printJson({{QStringLiteral("person"), id}, {QStringLiteral("rectified"), QJsonArray::fromStringList(changed)}});
    return Success;
}

int subjectRestrict(const QStringList &arguments)
{
    CliContext context(QStringLiteral("subject restrict"),
                       QCoreApplication::translate("Cli", "Restricts the processing of a person's data (GDPR art. 18): kept, "
                                                          "decided at the gate on the badge alone, left out of reports and class "
                                                          "lists, their record untouched by imports. --lift ends it. Audited."),
                       arguments);
    context.parser().addOption({QStringLiteral("lift"), QCoreApplication::translate("Cli", "Lift the restriction.")});
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    const QString id = context.positional().constFirst();
    privacy::SubjectRights rights(context.database(), context.audit(), context.clock());
    const bool lift = context.parser().isSet(QStringLiteral("lift"));
    if (lift)
        rights.liftRestriction(id, actor.login);
    else
        rights.restrictProcessing(id, actor.login);
    const std::optional<people::Person> person = people::PeopleStore(context.database()).find(id);
    CliContext::printJson({{QStringLiteral("person"), id},
                           {QStringLiteral("restricted"), person && person->restricted()},
                           {QStringLiteral("restricted_at"), person ? common::isoTime(person->restrictedAt) : QString()}});
    return Success;
}

int subjectObject(const QStringList &arguments)
{
    CliContext context(QStringLiteral("subject object"),
                       QCoreApplication::translate("Cli", "Records a person's objection (right to object): the face lane is the only "
                                                          "processing resting on consent, so the consent is withdrawn at once, as "
                                                          "`consent withdraw` does; the same badge then works badge-only. Audited."),
                       arguments);
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePrivacy);
    const QString id = context.positional().constFirst();
    station::StationServices services(context.database(), context.clock());
    const people::ConsentWithdrawal withdrawal = privacy::object(services.database, services.enrolments, id, actor.login);
    CliContext::printJson({{QStringLiteral("person"), id},
                           {QStringLiteral("consent"), withdrawal.consentId},
                           {QStringLiteral("templates_deleted"), withdrawal.templatesDeleted},
                           {QStringLiteral("badges_badge_only"), QJsonArray::fromStringList(withdrawal.badges)}});
    return Success;
}

} // namespace portique::cli
