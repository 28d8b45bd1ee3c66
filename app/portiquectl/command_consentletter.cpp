// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `consent letter`: the information letters and consent forms, each form with its own reference
// (issue 15, "Consent documents"; docs/consent.md).
#include "clicontext.h"
#include "commands.h"

#include "privacy/outputlog.h"
#include "reports/consentletter.h"
#include "station/stationservices.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <stdexcept>

namespace portique::cli {

int consentLetter(const QStringList &arguments)
{
    CliContext context(QStringLiteral("consent letter"),
                       QCoreApplication::translate("Cli",
                                                   "Writes, for each person (or each person present in a class), an information letter "
                                                   "for the legal representatives and a consent form to sign, with the badge-only "
                                                   "alternative first and a form reference issued for that person alone, printed with "
                                                   "its QR code. Only a form issued this way is accepted by `enrol --channel paper`."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("class"), QCoreApplication::translate("Cli", "Every person present in this class."), QStringLiteral("class")});
    context.parser().addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("file")});
    if (!context.parse(0, 1000, QStringLiteral("[PERSON_ID...]")))
        return Success;
    const QString path = context.required(QStringLiteral("out"));
    const QString className = context.parser().value(QStringLiteral("class"));
    if (context.positional().isEmpty() == className.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give either person ids or --class."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    reports::ConsentLetters letters;
    // One transaction: references whose letters could not be written are not issued.
    context.database().transaction([&] {
        letters = reports::prepareConsentLetters(services.database, services.clock, services.audit, context.positional(), className,
                                                 services.settings.value(station::settings::schoolName), actor.login);
        try {
            reports::writeConsentLettersPdf(path, letters);
        } catch (const std::runtime_error &error) {
            throw CliExit(Failed, QString::fromStdString(error.what()));
        }
        privacy::OutputLog(services.database, services.clock).record({path, privacy::OutputKind::ConsentLetter, letters.personIds()});
    });
    QJsonArray forms;
    for (const reports::ConsentLetter &letter : letters.letters)
        forms.append(QJsonObject{{QStringLiteral("person_id"), letter.personId},
                                 {QStringLiteral("reference"), letter.reference},
                                 {QStringLiteral("minor"), letter.minor}});
    CliContext::printJson({{QStringLiteral("pdf"), path}, {QStringLiteral("forms"), forms}, {QStringLiteral("count"), forms.size()}});
    return Success;
}

} // namespace portique::cli
