// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "logindialog.h"

#include "brandheader.h"
#include "loginform.h"
#include "station/demostation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

LoginDialog::LoginDialog(const StationContext &context, QWidget *parent)
    : QDialog(parent)
    , m_form(new LoginForm(context, this))
{
    setWindowTitle(tr("Portique — sign in"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(18);
    layout->addWidget(new BrandHeader(context.schoolName, tr("Reception station"), this));
    layout->addWidget(m_form);

    if (context.demo) {
        QStringList lines{tr("Demonstration station: fictitious data only.")};
        for (const station::DemoAccount &account : station::demoAccounts())
            lines << tr("%1: <b>%2</b> / %3").arg(accounts::roleLabel(account.role), account.login, account.password);
        auto *hint = new QLabel(lines.join(QStringLiteral("<br>")), this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setProperty("role", QStringLiteral("note"));
        hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(hint);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_form, &LoginForm::authenticated, this, [this](const accounts::User &user) {
        m_user = user;
        accept();
    });
    m_form->reset();
}

} // namespace portique::ui
