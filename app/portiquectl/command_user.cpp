// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace portique::cli {
namespace {

using accounts::Permission;

QJsonObject toJson(const accounts::User &user)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return {{QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("role"), accounts::roleId(user.role)},
            {QStringLiteral("disabled"), user.disabled},
            {QStringLiteral("locked_until"), time(user.lockedUntil)},
            {QStringLiteral("created_at"), time(user.createdAt)},
            {QStringLiteral("last_login_at"), time(user.lastLoginAt)}};
}

accounts::Role parseRole(CliContext &context)
{
    const QString id = context.required(QStringLiteral("role"));
    const std::optional<accounts::Role> role = accounts::roleFromId(id);
    if (!role)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Unknown role \"%1\": use %2.").arg(id, accounts::roleIdList()));
    return *role;
}

int add(const QStringList &arguments)
{
    CliContext context(QStringLiteral("user add"),
                       QCoreApplication::translate("Cli", "Adds a user. The new password is read from PORTIQUE_NEW_PASSWORD or typed."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("name"), QCoreApplication::translate("Cli", "Full name shown on screens."), QStringLiteral("name")});
    context.parser().addOption({QStringLiteral("role"), accounts::roleIdList() + u'.', QStringLiteral("role")});
    if (!context.parse(1, 1, QStringLiteral("LOGIN")))
        return Success;
    const QString login = context.positional().constFirst();
    const accounts::Role role = parseRole(context);
    const QString name = context.parser().isSet(QStringLiteral("name")) ? context.parser().value(QStringLiteral("name")) : login;
    // A station upgraded from one "DPO / administrator" role keeps its DPOs and has no
    // administrator (migration 12): while it has none, a DPO may create the first one, and
    // nothing else. Otherwise accounts are the administrator's job only.
    accounts::User actor = context.requireOperator(Permission::SeeStationStatus);
    if (!(role == accounts::Role::Admin && actor.role == accounts::Role::Dpo && context.users().countActive(accounts::Role::Admin) == 0))
        actor = context.requireOperator(Permission::ManageUsers);
    const QString password =
        CliContext::readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(login), "PORTIQUE_NEW_PASSWORD");
    const accounts::User user = context.users().add(login, name, role, password, actor.login);
    CliContext::printJson({{QStringLiteral("user"), toJson(user)}});
    return Success;
}

int changeRole(const QStringList &arguments)
{
    CliContext context(QStringLiteral("user role"),
                       QCoreApplication::translate("Cli", "Gives a user another role. The last active administrator and the last "
                                                          "active DPO keep theirs."),
                       arguments);
    context.parser().addOption({QStringLiteral("role"), accounts::roleIdList() + u'.', QStringLiteral("role")});
    if (!context.parse(1, 1, QStringLiteral("LOGIN")))
        return Success;
    const QString login = context.positional().constFirst();
    const accounts::Role role = parseRole(context);
    const accounts::User actor = context.requireOperator(Permission::ManageUsers);
    context.users().setRole(login, role, actor.login);
    CliContext::printJson({{QStringLiteral("user"), toJson(*context.users().find(login))}});
    return Success;
}

int passwd(const QStringList &arguments)
{
    CliContext context(QStringLiteral("user passwd"),
                       QCoreApplication::translate("Cli",
                                                   "Changes a password (anyone their own; the administrator anyone's, which also lifts a "
                                                   "lockout). The new password is read from PORTIQUE_NEW_PASSWORD or typed."),
                       arguments);
    if (!context.parse(1, 1, QStringLiteral("LOGIN")))
        return Success;
    const QString login = context.positional().constFirst();
    const accounts::User actor = context.requireOperator(Permission::SeeStationStatus);
    if (actor.login.compare(login, Qt::CaseInsensitive) != 0)
        context.requireOperator(Permission::ManageUsers);
    const QString password =
        CliContext::readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(login), "PORTIQUE_NEW_PASSWORD");
    context.users().setPassword(login, password, actor.login);
    CliContext::printJson({{QStringLiteral("user"), login}, {QStringLiteral("password_changed"), true}});
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("user list"), QCoreApplication::translate("Cli", "Lists the station's users as JSON."), arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(Permission::ManageUsers);
    QJsonArray users;
    for (const accounts::User &user : context.users().list())
        users.append(toJson(user));
    CliContext::printJson({{QStringLiteral("users"), users}});
    return Success;
}

int setDisabled(const QStringList &arguments, bool disabled)
{
    CliContext context(
        disabled ? QStringLiteral("user disable") : QStringLiteral("user enable"),
        disabled ? QCoreApplication::translate("Cli", "Disables a user: the login is refused until enabled again; history is kept.")
                 : QCoreApplication::translate("Cli", "Enables a disabled user again."),
        arguments);
    if (!context.parse(1, 1, QStringLiteral("LOGIN")))
        return Success;
    const QString login = context.positional().constFirst();
    const accounts::User actor = context.requireOperator(Permission::ManageUsers);
    context.users().setDisabled(login, disabled, actor.login);
    CliContext::printJson({{QStringLiteral("user"), login}, {QStringLiteral("disabled"), disabled}});
    return Success;
}

} // namespace

int runUser(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"add", QT_TRANSLATE_NOOP("Cli", "add a user (agent, principal, dpo, admin)"), add},
        {"role", QT_TRANSLATE_NOOP("Cli", "give a user another role"), changeRole},
        {"passwd", QT_TRANSLATE_NOOP("Cli", "change a password"), passwd},
        {"list", QT_TRANSLATE_NOOP("Cli", "list users"), list},
        {"disable", QT_TRANSLATE_NOOP("Cli", "disable a user"), [](const QStringList &a) { return setDisabled(a, true); }},
        {"enable", QT_TRANSLATE_NOOP("Cli", "enable a user again"), [](const QStringList &a) { return setDisabled(a, false); }},
    };
    return dispatchVerb(QStringLiteral("user"), verbs, arguments);
}

} // namespace portique::cli
