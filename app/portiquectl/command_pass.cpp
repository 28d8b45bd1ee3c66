// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "common/isotime.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {
namespace {

int verify(const QStringList &arguments)
{
    CliContext context(QStringLiteral("pass verify"),
                       QCoreApplication::translate("Cli", "Checks a visitor pass from a photo or scan of it (PNG, JPEG; not a PDF: render it "
                                                          "first, e.g. pdftoppm -png), or from the text of its QR code: signature, "
                                                          "validity window, whether the visitor is still on site. Exit 1 when refused."),
                       arguments);
    context.parser().addOption({QStringLiteral("image"), QCoreApplication::translate("Cli", "A picture of the pass (PNG, JPEG...)."), QStringLiteral("file")});
    context.parser().addOption({QStringLiteral("payload"), QCoreApplication::translate("Cli", "The text of the QR code."), QStringLiteral("text")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString payload = context.qrText(QStringLiteral("payload"), QStringLiteral("image"));
    context.requireOperator(accounts::Permission::OperateGate);
    station::StationServices services(context.database(), context.clock());
    const visitors::PassCheck check = services.visitors.verifyPass(payload);
    QJsonObject json{{QStringLiteral("valid"), check.valid()},
                     {QStringLiteral("verdict"), access::verdictId(check.verdict)},
                     {QStringLiteral("reason"), access::verdictReason(check.verdict)},
                     {QStringLiteral("visitor"), QJsonValue()},
                     {QStringLiteral("name"), QJsonValue()},
                     {QStringLiteral("valid_from"), QJsonValue()},
                     {QStringLiteral("valid_until"), QJsonValue()},
                     {QStringLiteral("zones"), QJsonValue()}};
    // What the signed pass says is shown once its signature holds, even when it is refused for
    // its window or the registry (the agent sees whose expired pass it is).
    if (check.pass) {
        json.insert(QStringLiteral("visitor"), check.pass->visitorId);
        json.insert(QStringLiteral("serial"), QString::fromLatin1(check.pass->serial.toHex()));
        json.insert(QStringLiteral("valid_from"), common::isoTime(check.pass->validFrom));
        json.insert(QStringLiteral("valid_until"), common::isoTime(check.pass->validUntil));
        json.insert(QStringLiteral("zones"), QJsonArray::fromStringList(check.pass->zones));
    }
    if (check.visitor) {
        json.insert(QStringLiteral("name"), check.visitor->name);
        json.insert(QStringLiteral("host"), check.visitor->host);
        json.insert(QStringLiteral("escort"), check.visitor->escort);
        json.insert(QStringLiteral("on_site"), check.visitor->onSite());
    }
    CliContext::printJson(json);
    return check.valid() ? Success : Failed;
}

} // namespace

int runPass(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"verify", QT_TRANSLATE_NOOP("Cli", "check a visitor pass from an image or its text"), verify},
    };
    return dispatchVerb(QStringLiteral("pass"), verbs, arguments);
}

} // namespace portique::cli
