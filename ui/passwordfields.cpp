// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "passwordfields.h"

#include "accounts/passwordhash.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QWidget>

namespace portique::ui {

PasswordFields::PasswordFields(QFormLayout *form)
    : m_first(new QLineEdit(form->parentWidget()))
    , m_second(new QLineEdit(form->parentWidget()))
{
    m_first->setObjectName(QStringLiteral("newPassword"));
    m_second->setObjectName(QStringLiteral("confirmPassword"));
    for (QLineEdit *field : {m_first, m_second})
        field->setEchoMode(QLineEdit::Password);
    m_first->setPlaceholderText(QCoreApplication::translate("Ui", "at least %1 characters").arg(accounts::PasswordHash::minimumLength));
    form->addRow(QCoreApplication::translate("Ui", "New &password"), m_first);
    form->addRow(QCoreApplication::translate("Ui", "&Confirm"), m_second);
}

QString PasswordFields::password() const
{
    return m_first->text();
}

QString PasswordFields::problem() const
{
    if (m_first->text().size() < accounts::PasswordHash::minimumLength)
        return QCoreApplication::translate("Ui", "The password needs at least %1 characters.").arg(accounts::PasswordHash::minimumLength);
    if (m_first->text() != m_second->text())
        return QCoreApplication::translate("Ui", "The two passwords differ.");
    return {};
}

} // namespace portique::ui
