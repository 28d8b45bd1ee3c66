// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditpage.h"

#include "audittablemodel.h"
#include "storage/databasejob.h"
#include "station/stationservices.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

AuditPage::AuditPage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_model(new AuditTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Check integrity"), this))
    , m_verdict(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: user, action, object…"));
    m_filter->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);

    auto *title = makeLabel(tr("Audit trail"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Every sign-in, change of user or setting, and later every decision, override, "
                                      "consent, export and erasure is recorded here. Each record is chained to the "
                                      "previous one by a hash: any edit, removal or reordering is detected."),
                                  QStringLiteral("note"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(bar);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<QList<privacy::AuditRecord>>(
        *m_context.writer, this,
        [clock](storage::Database &db) { return privacy::AuditLog(db, *clock).newest(shownRecords); },
        [this](const QList<privacy::AuditRecord> &records) {
            m_model->setRecords(records);
            m_table->resizeColumnsToContents();
        },
        [this](const QString &message) {
            setTextRole(m_verdict, QStringLiteral("error"));
            m_verdict->setText(message);
        });
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    setTextRole(m_verdict, QStringLiteral("note"));
    m_verdict->setText(tr("Checking the whole chain…"));
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<privacy::AuditVerification>(
        *m_context.writer, this,
        [clock, actor](storage::Database &db) {
            privacy::AuditLog audit(db, *clock);
            const privacy::AuditVerification result = audit.verify();
            // Only an intact chain is extended by the check's own record (see portiquectl audit verify).
            if (result.intact)
                audit.append(actor, QStringLiteral("audit.verify"), QString(), {{QStringLiteral("checked"), result.checked}});
            return result;
        },
        [this](const privacy::AuditVerification &result) {
            m_verify->setEnabled(true);
            m_model->setBrokenSeq(result.intact ? 0 : result.firstBrokenSeq);
            setTextRole(m_verdict, result.intact ? QStringLiteral("ok") : QStringLiteral("error"));
            m_verdict->setText(result.intact ? tr("✓ Intact trail: %n record(s) checked.", nullptr, static_cast<int>(result.checked))
                                             : tr("✕ Trail broken at record %1: %2").arg(result.firstBrokenSeq).arg(result.problem));
            reload();
        },
        [this](const QString &message) {
            m_verify->setEnabled(true);
            setTextRole(m_verdict, QStringLiteral("error"));
            m_verdict->setText(message);
        });
}

} // namespace portique::ui
