// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditpage.h"

#include "audittablemodel.h"
#include "privacy/auditcheckpoint.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

/// The kinds of records a DPO looks for, each a list of audit action groups (AuditQuery::actions).
struct ActionGroup {
    const char *label;
    QStringList actions;
};

const QList<ActionGroup> &actionGroups()
{
    static const QList<ActionGroup> groups{
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "All records"), {}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Sign-ins and sessions"), {QStringLiteral("login"), QStringLiteral("session")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Users"), {QStringLiteral("user")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Settings"), {QStringLiteral("settings")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Decisions and overrides"), {QStringLiteral("gate")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Alerts"), {QStringLiteral("alert")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Visitors and watchlist"), {QStringLiteral("visitor"), QStringLiteral("watchlist")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "People, badges, consents"),
         {QStringLiteral("people"), QStringLiteral("badge"), QStringLiteral("consent"), QStringLiteral("enrolment")}},
        {QT_TRANSLATE_NOOP("portique::ui::AuditPage", "Exports, erasures, purges"),
         {QStringLiteral("subject"), QStringLiteral("retention"), QStringLiteral("audit"), QStringLiteral("keys"), QStringLiteral("station")}},
    };
    return groups;
}

} // namespace

AuditPage::AuditPage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView(this))
    , m_group(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_search(new QTimer(this))
    , m_verify(new QPushButton(tr("&Check integrity"), this))
    , m_exportCheckpoint(new QPushButton(tr("E&xport a signed checkpoint…"), this))
    , m_verifyCheckpoint(new QPushButton(tr("Compare with a c&heckpoint…"), this))
    , m_verdict(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    configureTable(m_table);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Search: user, object, details…"));
    m_group->setObjectName(QStringLiteral("auditGroup"));
    for (const ActionGroup &group : actionGroups())
        m_group->addItem(tr(group.label));
    // The search runs in the database, over the whole trail, once typing pauses.
    m_search->setSingleShot(true);
    m_search->setInterval(250);
    m_filter->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_exportCheckpoint->setObjectName(QStringLiteral("exportCheckpoint"));
    m_verifyCheckpoint->setObjectName(QStringLiteral("verifyCheckpoint"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->hide(); // no empty line between the search and the table until there is a verdict
    auto *refresh = new QPushButton(tr("&Refresh"), this);

    auto *title = makeLabel(tr("Audit trail"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Every sign-in, change of user or setting, and later every decision, override, "
                                      "consent, export and erasure is recorded here. Each record is chained to the "
                                      "previous one by a hash: any edit, removal or reordering is detected."),
                                  QStringLiteral("note"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_group);
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_verify);
    // Checkpoints: what the chain cannot show by itself (a rewrite by someone holding the key, a
    // restored backup) shows against a signed checkpoint kept elsewhere.
    auto *checkpoints = new QHBoxLayout;
    checkpoints->addWidget(makeLabel(tr("Keep a signed checkpoint off the station (a USB key, the DPO's files) to detect later "
                                        "a trail rewritten, cut short or restored from an older backup."),
                                     QStringLiteral("note"), this),
                           1);
    checkpoints->addWidget(m_exportCheckpoint);
    checkpoints->addWidget(m_verifyCheckpoint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(bar);
    layout->addLayout(checkpoints);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_search, qOverload<>(&QTimer::start));
    connect(m_search, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_group, &QComboBox::activated, this, &AuditPage::reload);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_exportCheckpoint, &QPushButton::clicked, this, &AuditPage::chooseCheckpointToWrite);
    connect(m_verifyCheckpoint, &QPushButton::clicked, this, &AuditPage::chooseCheckpointToVerify);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::showVerdict(const QString &role, const QString &text)
{
    ui::showMessage(m_verdict, text, role);
}

void AuditPage::reload()
{
    const common::Clock *clock = m_context.clock;
    privacy::AuditQuery query;
    query.actions = actionGroups().value(m_group->currentIndex()).actions;
    query.text = m_filter->text().trimmed();
    query.limit = shownRecords;
    const int generation = ++m_generation;
    submitJob<QList<privacy::AuditRecord>>(
        *m_context.writer, this,
        [clock, query](storage::Database &db) { return privacy::AuditLog(db, *clock).search(query); },
        [this, generation](const QList<privacy::AuditRecord> &records) {
            if (generation != m_generation)
                return;
            m_model->setRecords(records);
            m_table->resizeColumnsToContents();
            Q_EMIT loaded(int(records.size()));
        },
        [this](const QString &message) {
            showVerdict(QStringLiteral("error"), message);
        });
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    showVerdict(QStringLiteral("note"), tr("Checking the whole chain…"));
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
            showVerdict(result.intact ? QStringLiteral("ok") : QStringLiteral("error"),
                        result.intact ? tr("✓ Intact trail: %n record(s) checked.", nullptr, static_cast<int>(result.checked))
                                      : tr("✕ Trail broken at record %1: %2").arg(result.firstBrokenSeq).arg(result.problem));
            reload();
        },
        [this](const QString &message) {
            m_verify->setEnabled(true);
            showVerdict(QStringLiteral("error"), message);
        });
}

void AuditPage::setBusy(bool busy)
{
    m_verify->setEnabled(!busy);
    m_exportCheckpoint->setEnabled(!busy);
    m_verifyCheckpoint->setEnabled(!busy);
}

void AuditPage::chooseCheckpointToWrite()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("/audit-checkpoint-%1.json").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    // No "replace?" question: a checkpoint never replaces a file, and the core says so.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a signed checkpoint of the audit trail"), folder + name,
                                                      tr("Audit checkpoints (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportCheckpoint(path);
}

void AuditPage::chooseCheckpointToVerify()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare the audit trail with a checkpoint"), folder,
                                                      tr("Audit checkpoints (*.json);;All files (*)"));
    if (!path.isEmpty())
        verifyCheckpoint(path);
}

void AuditPage::exportCheckpoint(const QString &path)
{
    setBusy(true);
    showVerdict(QStringLiteral("note"), tr("Checking the whole chain before signing it…"));
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<privacy::AuditCheckpoint>(
        *m_context.writer, this, [clock, actor, path](storage::Database &db) { return privacy::writeCheckpoint(db, *clock, path, actor); },
        [this, path](const privacy::AuditCheckpoint &written) {
            setBusy(false);
            showVerdict(QStringLiteral("ok"),
                        tr("✓ Checkpoint of record %1 signed and saved in %2. Keep it off the station.").arg(written.seq).arg(path));
            reload();
        },
        [this](const QString &message) {
            setBusy(false);
            showVerdict(QStringLiteral("error"), message);
        });
}

void AuditPage::verifyCheckpoint(const QString &path)
{
    setBusy(true);
    showVerdict(QStringLiteral("note"), tr("Comparing the whole chain with the checkpoint…"));
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<privacy::CheckpointCheck>(
        *m_context.writer, this,
        [clock, actor, path](storage::Database &db) { return privacy::verifyAgainstCheckpoint(db, *clock, path, actor); },
        [this](const privacy::CheckpointCheck &check) {
            setBusy(false);
            const bool consistent = check.verdict == privacy::CheckpointVerdict::Consistent;
            showVerdict(consistent ? QStringLiteral("ok") : QStringLiteral("error"),
                        (consistent ? QStringLiteral("✓ ") : QStringLiteral("✕ ")) + check.sentence);
            reload();
        },
        [this](const QString &message) {
            setBusy(false);
            showVerdict(QStringLiteral("error"), message);
        });
}

} // namespace portique::ui
