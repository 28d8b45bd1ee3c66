// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "loginform.h"

#include "storage/databasejob.h"
#include "station/stationservices.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

LoginForm::LoginForm(const StationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_submit(new QPushButton(tr("Sign in"), this))
    , m_message(new QLabel(this))
{
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_message->setObjectName(QStringLiteral("message"));
    m_login->setPlaceholderText(tr("e.g. accueil"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setProperty("role", QStringLiteral("error"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_submit);

    connect(m_submit, &QPushButton::clicked, this, &LoginForm::submit);
    connect(m_login, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginForm::submit);
}

void LoginForm::submitAs(const QString &login, const QString &password)
{
    m_login->setText(login);
    m_password->setText(password);
    submit();
}

void LoginForm::reset()
{
    m_password->clear();
    m_message->clear();
    setBusy(false);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginForm::setLogin(const QString &login)
{
    m_login->setText(login);
}

void LoginForm::submit()
{
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty() || password.isEmpty()) {
        m_message->setText(tr("Type your login and your password."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_message->setText(tr("Checking…"));
    const common::Clock *clock = m_context.clock;
    submitJob<accounts::LoginResult>(
        *m_context.writer, this,
        [login, password, clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return services.users.authenticate(login, password);
        },
        [this](const accounts::LoginResult &result) { showResult(result); },
        [this](const QString &message) {
            setBusy(false);
            m_message->setText(message);
        });
}

void LoginForm::showResult(const accounts::LoginResult &result)
{
    setBusy(false);
    m_password->clear();
    switch (result.status) {
    case accounts::LoginResult::Status::Ok:
        m_message->clear();
        Q_EMIT authenticated(*result.user);
        return;
    case accounts::LoginResult::Status::LockedOut:
        m_message->setText(tr("Too many failed attempts: this login is locked until %1.")
                               .arg(QLocale().toString(result.lockedUntil.toLocalTime().time(), QStringLiteral("HH:mm"))));
        break;
    case accounts::LoginResult::Status::Disabled:
    case accounts::LoginResult::Status::WrongCredentials:
        // The same words for both: a refusal must not tell whether the login exists.
        m_message->setText(tr("Wrong login or password."));
        break;
    }
    m_password->setFocus();
}

void LoginForm::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_submit->setEnabled(!busy);
}

} // namespace portique::ui
