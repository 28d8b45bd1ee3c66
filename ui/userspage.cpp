// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "userspage.h"

#include "common/clock.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "userdialogs.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

UsersPage::UsersPage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_model(new UserTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add a user…"), this))
    , m_reset(new QPushButton(tr("&Reset password…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_role(new QPushButton(tr("Change &role…"), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_toggle->setObjectName(QStringLiteral("toggleUser"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_table->setModel(m_model);
    configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message->setWordWrap(true);
    setTextRole(m_message, QStringLiteral("error"));

    auto *title = makeLabel(tr("Users"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Agents work at the lanes and with visitors, principals read the reports, the "
                                     "administrator sets up the station, the DPO controls its data (audit trail, consents, "
                                     "rights, retention); neither may do the other's job. A user is disabled, never "
                                     "deleted, so the audit trail keeps its meaning."),
                                  QStringLiteral("note"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_reset);
    bar->addWidget(m_role);
    bar->addWidget(m_toggle);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        FormDialog *dialog = createAddUserDialog(m_context, m_actor, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &UsersPage::reload);
        dialog->open();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        FormDialog *dialog = createPasswordDialog(m_context, selectedLogin(), m_actor, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &UsersPage::reload);
        dialog->open();
    });
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::askRole);
    updateButtons();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void UsersPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<QList<accounts::User>>(
        *m_context.writer, this, [clock](storage::Database &db) { return station::StationServices(db, *clock).users.list(); },
        [this](const QList<accounts::User> &users) {
            m_model->setUsers(users, m_context.clock->now());
            m_table->resizeColumnsToContents();
        },
        [this](const QString &message) { m_message->setText(message); });
}

QString UsersPage::selectedLogin() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(Qt::UserRole).toString();
}

void UsersPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const accounts::User *user = rows.isEmpty() ? nullptr : m_model->userAt(rows.constFirst().row());
    m_reset->setEnabled(user);
    m_toggle->setEnabled(user && user->login.compare(m_actor, Qt::CaseInsensitive) != 0);
    m_role->setEnabled(user && user->login.compare(m_actor, Qt::CaseInsensitive) != 0);
    m_toggle->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::toggleDisabled()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const accounts::User user = *m_model->userAt(rows.constFirst().row());
    const bool disable = !user.disabled;
    if (disable
        && QMessageBox::question(
               this, tr("Disable a user"),
               tr("Disable %1 (%2)? They will no longer be able to sign in; their history is kept.").arg(user.displayName, user.login))
               != QMessageBox::Yes)
        return;
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<void>(
        *m_context.writer, this,
        [clock, actor, login = user.login, disable](storage::Database &db) {
            station::StationServices(db, *clock).users.setDisabled(login, disable, actor);
        },
        [this] {
            m_message->clear();
            reload();
        },
        [this](const QString &message) { m_message->setText(message); });
}

void UsersPage::askRole()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const accounts::User user = *m_model->userAt(rows.constFirst().row());
    QStringList labels;
    for (accounts::Role role : accounts::allRoles())
        labels << accounts::roleLabel(role);
    bool chosen = false;
    const QString label = QInputDialog::getItem(this, tr("Change role"), tr("Role of %1 (%2):").arg(user.displayName, user.login), labels,
                                                int(accounts::allRoles().indexOf(user.role)), false, &chosen);
    if (chosen)
        changeRole(accounts::allRoles().at(labels.indexOf(label)));
}

void UsersPage::changeRole(accounts::Role role)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<void>(
        *m_context.writer, this,
        [clock, actor, login, role](storage::Database &db) { station::StationServices(db, *clock).users.setRole(login, role, actor); },
        [this] {
            m_message->clear();
            reload();
        },
        [this](const QString &message) { m_message->setText(message); });
}

} // namespace portique::ui
