// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "retentionpage.h"

#include "common/clock.h"
#include "privacy/purgescheduler.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace portique::ui {

using privacy::PurgeReport;
using privacy::RetentionKind;
using privacy::RetentionRule;
using storage::submitJob;

namespace {

/// The history shown: about two days of hourly runs, plus the DPO's own.
constexpr int historyRuns = 50;

enum HistoryColumn { WhenColumn, ByColumn, DeletedColumn, HeldColumn, DurationColumn, BatchesColumn, HistoryColumns };
enum DetailColumn { TableColumn, DetailDeletedColumn, DetailHeldColumn, DetailColumns };

QString duration(qint64 ms)
{
    if (ms < 1000)
        return RetentionPage::tr("%1 ms").arg(ms);
    return RetentionPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

qint64 totalHeld(const PurgeReport &report)
{
    qint64 held = 0;
    for (const privacy::PurgeCount &count : report.counts)
        held += count.held;
    return held;
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RetentionPage::RetentionPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(buildRules());
    layout->addSpacing(8);
    layout->addWidget(buildPurge(), 1);

    if (privacy::PurgeScheduler *scheduler = m_context.purge) {
        // The station's own runs (at start-up, every hour) end here too: the history follows them.
        connect(scheduler, &privacy::PurgeScheduler::finished, this, [this](const PurgeReport &report) {
            if (!m_awaitingScheduler) {
                loadHistory();
                return;
            }
            m_awaitingScheduler = false;
            runFinished(report);
        });
        connect(scheduler, &privacy::PurgeScheduler::failed, this, [this](const QString &message) {
            if (!m_awaitingScheduler) {
                showPurgeMessage(tr("The automatic purge stopped: %1").arg(message), QStringLiteral("error"));
                return;
            }
            m_awaitingScheduler = false;
            runFailed(message);
        });
        if (scheduler->isRunning()) {
            m_awaitingScheduler = true;
            setBusy(true);
            showPurgeMessage(tr("An automatic purge is running…"), QStringLiteral("note"));
        }
    }
}

QWidget *RetentionPage::buildRules()
{
    auto *box = new QWidget(this);
    m_save = new QPushButton(tr("&Save"), box);
    m_save->setObjectName(QStringLiteral("saveRetention"));
    m_save->setEnabled(false);
    m_defaults = new QPushButton(tr("Restore &defaults"), box);
    m_defaults->setObjectName(QStringLiteral("restoreRetentionDefaults"));
    m_defaults->setEnabled(false);
    m_rulesMessage = new QLabel(box);
    m_rulesMessage->setObjectName(QStringLiteral("retentionMessage"));
    m_rulesMessage->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(makeLabel(tr("Retention periods"), QStringLiteral("subtitle"), box));
    top->addSpacing(16);
    top->addWidget(m_rulesMessage, 1);
    top->addWidget(m_defaults);
    top->addWidget(m_save);

    auto *explanation = makeLabel(tr("Each kind of data is deleted once its period is over, by the purge that runs at start-up and every "
                                     "hour. A shorter period takes effect at the next purge; a longer one cannot bring back what is "
                                     "already deleted."),
                                  QStringLiteral("note"), box);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(4);
    grid->addWidget(headerLabel(tr("Data"), box), 0, 0);
    grid->addWidget(headerLabel(tr("Period in force"), box), 0, 1);
    grid->addWidget(headerLabel(tr("Default"), box), 0, 2);
    grid->addWidget(headerLabel(tr("Legal bounds"), box), 0, 3);
    grid->addWidget(headerLabel(tr("When it goes"), box), 0, 4);
    QWidget *previous = nullptr;
    for (const RetentionKind kind : privacy::retentionKinds()) {
        Row row;
        row.rule.kind = kind;
        row.label = new QLabel(privacy::retentionKindLabel(kind), box);
        row.label->setWordWrap(true);
        row.defaultDays = new QLabel(box);
        row.bounds = new QLabel(box);
        row.text = makeLabel(QString(), QStringLiteral("note"), box);
        const int line = int(m_rows.size()) + 1;
        grid->addWidget(row.label, line, 0);
        if (privacy::retentionSetting(kind)) {
            row.days = new QSpinBox(box);
            row.days->setObjectName(QString(QStringLiteral("retention_") + privacy::retentionKindId(kind)));
            row.days->setAccessibleName(privacy::retentionKindLabel(kind));
            row.days->setSuffix(tr(" days"));
            row.days->setAccelerated(true);
            row.days->setMinimumWidth(120);
            row.days->setEnabled(false);
            row.label->setBuddy(row.days);
            connect(row.days, &QSpinBox::valueChanged, this, &RetentionPage::updateChanged);
            grid->addWidget(row.days, line, 1, Qt::AlignLeft);
            if (previous)
                setTabOrder(previous, row.days);
            previous = row.days;
        } else {
            row.fixed = new QLabel(tr("The visit's day"), box);
            row.fixed->setObjectName(QString(QStringLiteral("retention_") + privacy::retentionKindId(kind)));
            row.defaultDays->setText(tr("fixed"));
            row.bounds->setText(tr("fixed"));
            grid->addWidget(row.fixed, line, 1);
        }
        grid->addWidget(row.defaultDays, line, 2);
        grid->addWidget(row.bounds, line, 3);
        grid->addWidget(row.text, line, 4);
        m_rows.push_back(row);
    }
    // The words (what the data is, when it goes) share the width and wrap; the numbers keep theirs.
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(4, 3);
    if (previous) {
        setTabOrder(previous, m_defaults);
        setTabOrder(m_defaults, m_save);
    }

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(explanation);
    layout->addLayout(grid);

    connect(m_save, &QPushButton::clicked, this, &RetentionPage::save);
    connect(m_defaults, &QPushButton::clicked, this, &RetentionPage::restoreDefaults);
    return box;
}

QWidget *RetentionPage::buildPurge()
{
    auto *box = new QWidget(this);
    m_purgeNow = new QPushButton(tr("Purge &now"), box);
    m_purgeNow->setObjectName(QStringLiteral("purgeNow"));
    m_purgeNow->setToolTip(tr("Deletes now whatever is past its period, as the hourly purge does."));
    m_preview = new QPushButton(tr("Pre&view (dry run)"), box);
    m_preview->setObjectName(QStringLiteral("purgePreview"));
    m_preview->setToolTip(tr("Counts what a purge would delete now, and deletes nothing."));
    m_purgeMessage = new QLabel(box);
    m_purgeMessage->setObjectName(QStringLiteral("purgeMessage"));
    m_purgeMessage->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(makeLabel(tr("Purge"), QStringLiteral("subtitle"), box));
    top->addSpacing(16);
    top->addWidget(m_purgeMessage, 1);
    top->addWidget(m_preview);
    top->addWidget(m_purgeNow);

    m_history = new QTableWidget(0, HistoryColumns, box);
    m_history->setObjectName(QStringLiteral("purgeHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Deleted"), tr("Kept (in use)"), tr("Duration"), tr("Batches")});
    configureTable(m_history);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::Stretch);
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->setAccessibleName(tr("Purge history"));
    auto *historyLabel = makeLabel(tr("&History (the last %n run(s))", nullptr, historyRuns), QStringLiteral("section"), box);
    historyLabel->setBuddy(m_history);

    m_detail = new QTableWidget(0, DetailColumns, box);
    m_detail->setObjectName(QStringLiteral("purgeDetail"));
    configureTable(m_detail);
    m_detail->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->horizontalHeader()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(DetailDeletedColumn, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(DetailHeldColumn, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setStretchLastSection(false);
    m_detail->setHorizontalHeaderLabels({tr("Table"), tr("Deleted"), tr("Kept because in use")});
    m_detail->setAccessibleName(tr("Counts per table"));
    auto *detailLabel = makeLabel(tr("&Counts per table"), QStringLiteral("section"), box);
    detailLabel->setBuddy(m_detail);
    m_detailCaption = makeLabel(tr("Select a run to see what it deleted, table by table."), QStringLiteral("note"), box);
    m_detailCaption->setObjectName(QStringLiteral("purgeDetailCaption"));

    auto *historyColumn = new QVBoxLayout;
    historyColumn->addWidget(historyLabel);
    // Level with the caption beside the counts, so that both tables start on the same line.
    auto *historyNote = makeLabel(tr("“automatic”: the station's own purge, at start-up and every hour."), QStringLiteral("note"), box);
    historyColumn->addWidget(historyNote);
    historyColumn->addWidget(m_history, 1);
    auto *detailColumn = new QVBoxLayout;
    detailColumn->addWidget(detailLabel);
    detailColumn->addWidget(m_detailCaption);
    detailColumn->addWidget(m_detail, 1);
    auto *tables = new QHBoxLayout;
    tables->setSpacing(20);
    tables->addLayout(historyColumn, 3);
    tables->addLayout(detailColumn, 2);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(tables, 1);

    setTabOrder(m_save, m_preview);
    setTabOrder(m_preview, m_purgeNow);
    setTabOrder(m_purgeNow, m_history);
    setTabOrder(m_history, m_detail);

    connect(m_purgeNow, &QPushButton::clicked, this, &RetentionPage::purgeNow);
    connect(m_preview, &QPushButton::clicked, this, &RetentionPage::preview);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &RetentionPage::showSelectedRun);
    return box;
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RetentionPage::reload()
{
    loadRules();
    loadHistory();
}

QString RetentionPage::rulesMessage() const
{
    return m_rulesMessage->text();
}

QString RetentionPage::purgeMessage() const
{
    return m_purgeMessage->text();
}

void RetentionPage::showRulesMessage(const QString &text, const QString &role)
{
    setTextRole(m_rulesMessage, role);
    m_rulesMessage->setText(text);
}

void RetentionPage::showPurgeMessage(const QString &text, const QString &role)
{
    setTextRole(m_purgeMessage, role);
    m_purgeMessage->setText(text);
}

// ---- Retention rules ----

void RetentionPage::loadRules()
{
    const int generation = ++m_rulesGeneration;
    const common::Clock *clock = m_context.clock;
    submitJob<QList<RetentionRule>>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return privacy::retentionRules(services.settings);
        },
        [this, generation](const QList<RetentionRule> &rules) {
            if (generation == m_rulesGeneration)
                displayRules(rules);
        },
        [this](const QString &message) { showRulesMessage(message, QStringLiteral("error")); });
}

void RetentionPage::displayRules(const QList<RetentionRule> &rules)
{
    for (Row &row : m_rows) {
        for (const RetentionRule &rule : rules) {
            if (rule.kind != row.rule.kind)
                continue;
            // A period entered and not saved yet stays on screen: a reload must not undo the DPO's typing.
            const bool entered = m_rulesLoaded && row.days && row.days->value() != row.savedDays;
            row.rule = rule;
            row.savedDays = rule.days;
            if (row.days) {
                const QSignalBlocker blocker(row.days);
                const int value = entered ? row.days->value() : rule.days;
                row.days->setRange(rule.minimumDays, rule.maximumDays);
                row.days->setValue(value);
                row.days->setEnabled(true);
                row.defaultDays->setText(tr("%n day(s)", nullptr, rule.defaultDays));
                row.bounds->setText(tr("%1 to %2 days").arg(rule.minimumDays).arg(rule.maximumDays));
                row.bounds->setToolTip(tr("The bounds of docs/privacy-operations.md: PRIVACY.md, the CNIL's guidance and the Code civil."));
            }
        }
    }
    m_rulesLoaded = true;
    updateChanged();
    Q_EMIT rulesShown();
}

bool RetentionPage::hasChanges() const
{
    for (const Row &row : m_rows) {
        if (row.days && row.days->value() != row.savedDays)
            return true;
    }
    return false;
}

void RetentionPage::updateChanged()
{
    for (Row &row : m_rows) {
        RetentionRule entered = row.rule;
        const bool changed = m_rulesLoaded && row.days && row.days->value() != row.savedDays;
        if (row.days)
            entered.days = row.days->value();
        row.text->setText(m_rulesLoaded ? privacy::retentionRuleText(entered) : QString());
        // A changed period is marked by its words as well as its weight, not by a colour alone.
        QFont font = row.label->font();
        font.setBold(changed);
        row.label->setFont(font);
        row.label->setToolTip(changed ? tr("Changed, not saved yet: %n day(s) in force.", nullptr, row.savedDays) : QString());
    }
    const bool changes = hasChanges();
    m_save->setEnabled(m_rulesLoaded && !m_saving && changes);
    m_defaults->setEnabled(m_rulesLoaded && !m_saving);
    if (changes && !m_saving)
        showRulesMessage(tr("Changed periods (in bold) are applied when you save."), QStringLiteral("note"));
    else if (!changes && m_rulesMessage->property("role").toString() == u"note")
        showRulesMessage(QString(), QStringLiteral("note"));
}

void RetentionPage::restoreDefaults()
{
    if (!m_rulesLoaded)
        return;
    for (Row &row : m_rows) {
        if (row.days)
            row.days->setValue(row.rule.defaultDays);
    }
    updateChanged();
    if (hasChanges())
        showRulesMessage(tr("The defaults are entered: Save applies them."), QStringLiteral("note"));
    else
        showRulesMessage(tr("Every period is already its default."), QStringLiteral("note"));
}

void RetentionPage::save()
{
    if (!m_rulesLoaded || m_saving)
        return;
    std::vector<std::pair<RetentionKind, int>> changes;
    for (const Row &row : m_rows) {
        if (row.days && row.days->value() != row.savedDays)
            changes.emplace_back(row.rule.kind, row.days->value());
    }
    if (changes.empty())
        return;
    m_saving = true;
    updateChanged();
    showRulesMessage(tr("Saving…"), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    const QString user = m_user;
    const int count = int(changes.size());
    submitJob<void>(
        *m_context.writer, this,
        [clock, user, changes](storage::Database &db) {
            station::StationServices services(db, *clock);
            // One transaction: every changed period is saved (each audited as a settings change), or none.
            db.transaction([&] {
                for (const auto &[kind, days] : changes)
                    privacy::setRetentionDays(services.settings, kind, days, user);
            });
        },
        [this, count] {
            m_saving = false;
            showRulesMessage(tr("✓ %n period(s) saved. A shorter period takes effect at the next purge.", nullptr, count),
                             QStringLiteral("ok"));
            // What was entered is now in force; the read that follows confirms it from the database.
            for (Row &row : m_rows) {
                if (row.days)
                    row.savedDays = row.days->value();
            }
            updateChanged();
            loadRules();
            Q_EMIT saveFinished(true);
        },
        [this](const QString &message) {
            m_saving = false;
            updateChanged();
            showRulesMessage(tr("Nothing was saved: %1").arg(message), QStringLiteral("error"));
            Q_EMIT saveFinished(false);
        });
}

// ---- Purge ----

void RetentionPage::setBusy(bool busy)
{
    m_busy = busy;
    m_purgeNow->setEnabled(!busy);
    m_preview->setEnabled(!busy);
}

void RetentionPage::purgeNow()
{
    if (m_busy)
        return;
    setBusy(true);
    showPurgeMessage(tr("Purging…"), QStringLiteral("note"));
    if (privacy::PurgeScheduler *scheduler = m_context.purge) {
        // The station's scheduler runs it in short batches; a run already going is the one awaited.
        m_awaitingScheduler = true;
        scheduler->runNow(m_user);
        return;
    }
    const common::Clock *clock = m_context.clock;
    const QString user = m_user;
    submitJob<PurgeReport>(
        *m_context.writer, this, [clock, user](storage::Database &db) { return privacy::Purge(db, *clock).run(false, user); },
        [this](const PurgeReport &report) { runFinished(report); }, [this](const QString &message) { runFailed(message); });
}

void RetentionPage::preview()
{
    if (m_busy)
        return;
    setBusy(true);
    showPurgeMessage(tr("Counting what a purge would delete…"), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    const QString user = m_user;
    submitJob<PurgeReport>(
        *m_context.writer, this, [clock, user](storage::Database &db) { return privacy::Purge(db, *clock).run(true, user); },
        [this](const PurgeReport &report) { runFinished(report); }, [this](const QString &message) { runFailed(message); });
}

QString RetentionPage::runSummary(const PurgeReport &report) const
{
    const int deleted = int(report.totalDeleted());
    const int held = int(totalHeld(report));
    QString text = report.dryRun ? tr("Preview: a purge now would delete %n record(s).", nullptr, deleted)
                                 : tr("✓ Purge done: %n record(s) deleted in %1.", nullptr, deleted).arg(duration(report.elapsedMs));
    if (held > 0)
        text += u' ' + tr("%n kept because in use.", nullptr, held);
    return text;
}

void RetentionPage::runFinished(const PurgeReport &report)
{
    setBusy(false);
    showPurgeMessage(runSummary(report), report.dryRun ? QStringLiteral("note") : QStringLiteral("ok"));
    if (report.dryRun) {
        const QSignalBlocker blocker(m_history);
        m_history->clearSelection();
        showDetail(report, tr("What a purge would delete now (preview of %1, nothing deleted)")
                               .arg(QLocale().toString(report.at.toLocalTime().time(), QStringLiteral("HH:mm"))));
    } else {
        loadHistory(report.auditSeq);
    }
    Q_EMIT purgeFinished(true);
}

void RetentionPage::runFailed(const QString &message)
{
    setBusy(false);
    showPurgeMessage(tr("The purge stopped: %1 What it had already deleted stays deleted.").arg(message), QStringLiteral("error"));
    loadHistory();
    Q_EMIT purgeFinished(false);
}

void RetentionPage::loadHistory(qint64 selectSeq)
{
    const int generation = ++m_historyGeneration;
    const common::Clock *clock = m_context.clock;
    submitJob<std::vector<PurgeReport>>(
        *m_context.writer, this, [clock](storage::Database &db) { return privacy::Purge(db, *clock).history(historyRuns); },
        [this, generation, selectSeq](const std::vector<PurgeReport> &runs) {
            if (generation == m_historyGeneration)
                displayHistory(runs, selectSeq);
        },
        [this](const QString &message) { showPurgeMessage(message, QStringLiteral("error")); });
}

void RetentionPage::displayHistory(const std::vector<PurgeReport> &runs, qint64 selectSeq)
{
    // Keep the run selected on screen across a refresh, unless a new one is to be shown.
    qint64 selected = selectSeq;
    const int current = m_history->currentRow();
    const bool hadSelection = m_history->selectionModel()->hasSelection();
    if (selected == 0 && hadSelection && current >= 0 && current < int(m_runs.size()))
        selected = m_runs[size_t(current)].auditSeq;
    const bool firstFill = m_runs.empty() && m_detail->rowCount() == 0;

    const QSignalBlocker blocker(m_history);
    m_runs = runs;
    m_history->clearSelection();
    m_history->setRowCount(int(runs.size()));
    int selectRow = -1;
    for (int i = 0; i < int(runs.size()); ++i) {
        const PurgeReport &run = runs[size_t(i)];
        // "system" is the station's own hourly run, not a person.
        const QString by = run.actor == u"system" ? tr("automatic") : run.actor;
        m_history->setItem(i, WhenColumn, textItem(when(run.at)));
        m_history->setItem(i, ByColumn, textItem(by));
        m_history->setItem(i, DeletedColumn, numberItem(run.totalDeleted()));
        m_history->setItem(i, HeldColumn, numberItem(totalHeld(run)));
        auto *elapsed = textItem(duration(run.elapsedMs));
        elapsed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_history->setItem(i, DurationColumn, elapsed);
        m_history->setItem(i, BatchesColumn, numberItem(run.batches));
        if (selected != 0 && run.auditSeq == selected)
            selectRow = i;
    }
    if (selectRow < 0 && firstFill && !runs.empty())
        selectRow = 0;
    if (selectRow >= 0) {
        m_history->selectRow(selectRow);
        showSelectedRun();
    } else if (runs.empty()) {
        m_detailCaption->setText(tr("No purge has run yet."));
    }
    Q_EMIT historyShown();
}

void RetentionPage::showSelectedRun()
{
    const int row = m_history->currentRow();
    if (!m_history->selectionModel()->hasSelection() || row < 0 || row >= int(m_runs.size()))
        return;
    const PurgeReport &run = m_runs[size_t(row)];
    const QString by = run.actor == u"system" ? tr("automatic purge") : tr("purge by %1").arg(run.actor);
    showDetail(run, tr("Run of %1, %2: %n batch(es) in %3.", nullptr, run.batches).arg(when(run.at), by, duration(run.elapsedMs)));
}

void RetentionPage::showDetail(const PurgeReport &report, const QString &caption)
{
    m_detailCaption->setText(caption);
    m_detail->setHorizontalHeaderLabels(
        {tr("Table"), report.dryRun ? tr("Would be deleted") : tr("Deleted"), tr("Kept because in use")});
    m_detail->clearSpans();
    m_detail->setRowCount(0);
    // Only the tables the run touched or held: the twelve rows of zeros would hide them.
    for (const privacy::PurgeCount &count : report.counts) {
        if (count.deleted == 0 && count.held == 0)
            continue;
        const int row = m_detail->rowCount();
        m_detail->insertRow(row);
        m_detail->setItem(row, TableColumn, textItem(privacy::purgeTableLabel(count.table)));
        m_detail->item(row, TableColumn)->setData(Qt::UserRole, count.table);
        m_detail->setItem(row, DetailDeletedColumn, numberItem(count.deleted));
        m_detail->setItem(row, DetailHeldColumn, numberItem(count.held));
    }
    const int row = m_detail->rowCount();
    m_detail->insertRow(row);
    auto *total = textItem(row == 0 ? tr("Nothing was past its period.") : tr("Total"));
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_detail->setItem(row, TableColumn, total);
    auto *deleted = numberItem(report.totalDeleted());
    deleted->setFont(bold);
    m_detail->setItem(row, DetailDeletedColumn, deleted);
    auto *held = numberItem(totalHeld(report));
    held->setFont(bold);
    m_detail->setItem(row, DetailHeldColumn, held);
}

} // namespace portique::ui
