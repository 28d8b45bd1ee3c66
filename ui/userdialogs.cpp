// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "userdialogs.h"

#include "passwordfields.h"
#include "station/stationservices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>

#include <memory>

namespace portique::ui {
namespace {

} // namespace

FormDialog *createAddUserDialog(const StationContext &context, const QString &actor, QWidget *parent)
{
    auto *dialog = new FormDialog(context, QCoreApplication::translate("Ui", "New user"), parent);
    auto *login = new QLineEdit(dialog);
    auto *name = new QLineEdit(dialog);
    auto *role = new QComboBox(dialog);
    login->setObjectName(QStringLiteral("newLogin"));
    name->setObjectName(QStringLiteral("newName"));
    role->setObjectName(QStringLiteral("newRole"));
    login->setPlaceholderText(QCoreApplication::translate("Ui", "e.g. k.martin"));
    for (accounts::Role each : accounts::allRoles())
        role->addItem(accounts::roleLabel(each), QVariant::fromValue(static_cast<int>(each)));
    dialog->form()->addRow(QCoreApplication::translate("Ui", "&Login"), login);
    dialog->form()->addRow(QCoreApplication::translate("Ui", "Full &name"), name);
    dialog->form()->addRow(QCoreApplication::translate("Ui", "&Role"), role);
    auto passwords = std::make_shared<PasswordFields>(dialog->form());

    dialog->setCheck([login, name, passwords] {
        if (login->text().trimmed().isEmpty())
            return QCoreApplication::translate("Ui", "Type a login.");
        if (name->text().trimmed().isEmpty())
            return QCoreApplication::translate("Ui", "Type the user's full name.");
        return passwords->problem();
    });
    const common::Clock *clock = context.clock;
    dialog->setSave([=] {
        const QString newLogin = login->text().trimmed();
        const QString newName = name->text().trimmed();
        const auto newRole = static_cast<accounts::Role>(role->currentData().toInt());
        const QString password = passwords->password();
        return std::function<void(storage::Database &)>(
            [=](storage::Database &db) { station::StationServices(db, *clock).users.add(newLogin, newName, newRole, password, actor); });
    });
    return dialog;
}

FormDialog *createPasswordDialog(const StationContext &context, const QString &login, const QString &actor, QWidget *parent)
{
    auto *dialog = new FormDialog(context, QCoreApplication::translate("Ui", "New password for %1").arg(login), parent);
    auto passwords = std::make_shared<PasswordFields>(dialog->form());
    dialog->setCheck([passwords] { return passwords->problem(); });
    const common::Clock *clock = context.clock;
    dialog->setSave([=] {
        const QString password = passwords->password();
        return std::function<void(storage::Database &)>(
            [=](storage::Database &db) { station::StationServices(db, *clock).users.setPassword(login, password, actor); });
    });
    return dialog;
}

} // namespace portique::ui
