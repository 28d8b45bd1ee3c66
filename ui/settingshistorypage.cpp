// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "settingshistorypage.h"

#include "privacy/auditlog.h"
#include "privacy/retention.h"
#include "station/setting.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

/// Long values (the zone map, the experiment's definition are JSON) are cut on screen; the
/// tooltip and `portiquectl audit list --action settings.change` give them whole.
constexpr int shownValueCharacters = 80;

QString shortened(const QString &value)
{
    if (value.isEmpty())
        return SettingsHistoryPage::tr("(default)");
    return value.size() <= shownValueCharacters ? value : QString(value.left(shownValueCharacters) + u'…');
}

} // namespace

QString settingLabel(const QString &key)
{
    for (privacy::RetentionKind kind : privacy::retentionKinds()) {
        const station::IntegerSetting *setting = privacy::retentionSetting(kind);
        if (setting && key == QString::fromUtf16(setting->key))
            return SettingsHistoryPage::tr("Retention: %1").arg(privacy::retentionKindLabel(kind));
    }
    static const QHash<QString, const char *> labels{
        {QStringLiteral("station.school_name"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "School name")},
        {QStringLiteral("station.school_uai"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "School UAI")},
        {QStringLiteral("ui.language"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Interface language")},
        {QStringLiteral("session.auto_lock_minutes"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Automatic lock (minutes)")},
        {QStringLiteral("security.lockout_attempts"),
         QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Failed sign-ins before a lockout")},
        {QStringLiteral("security.lockout_minutes"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Lockout (minutes)")},
        {QStringLiteral("badges.expiry_month"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Badges expire in (month)")},
        {QStringLiteral("badges.print_photo"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Photo printed on badges")},
        {QStringLiteral("gate.face_window_ms"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Face wait at the lane (ms)")},
        {QStringLiteral("gate.match_threshold_milli"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Face match threshold")},
        {QStringLiteral("gate.mismatch_threshold_milli"),
         QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Face mismatch threshold")},
        {QStringLiteral("gate.repeat_window_ms"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Repeated scan ignored for (ms)")},
        {QStringLiteral("gate.scanner_lanes"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Scanners of the lanes")},
        {QStringLiteral("gate.sounds"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Decision sounds")},
        {QStringLiteral("visitors.auto_checkout_minute"),
         QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Automatic visitor check-out time")},
        {QStringLiteral("visitors.default_stay_minutes"),
         QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Default visit length (minutes)")},
        {QStringLiteral("visitors.match_threshold_milli"),
         QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Visitor tracking threshold")},
        {QStringLiteral("visitors.print_photo"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Photo printed on visitor passes")},
        {QStringLiteral("visitors.zone_map"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Zones and floor plan")},
        {QStringLiteral("experiment.definition"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Experiment definition")},
        {QStringLiteral("pad.measurement"), QT_TRANSLATE_NOOP("portique::ui::SettingsHistoryPage", "Presentation attack measurement")},
    };
    const auto label = labels.constFind(key);
    return label == labels.constEnd() ? key : SettingsHistoryPage::tr(label.value());
}

SettingsHistoryPage::SettingsHistoryPage(StationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
{
    m_message->setObjectName(QStringLiteral("settingsHistoryMessage"));
    m_message->setWordWrap(true);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Setting"), tr("Before"), tr("After")});
    m_table->setObjectName(QStringLiteral("settingsHistoryTable"));
    m_table->setModel(m_model);
    configureTable(m_table);
    // Values are short (numbers, words) or cut at shownValueCharacters: the setting's name takes the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makeLabel(tr("Settings history"), QStringLiteral("subtitle"), this));
    layout->addWidget(makeLabel(tr("Each change of a setting, newest first, as the audit trail records it: who changed what, "
                                   "when, and the value before and after."),
                                QStringLiteral("note"), this));
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
}

void SettingsHistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

int SettingsHistoryPage::rowCount() const
{
    return m_model->rowCount();
}

void SettingsHistoryPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<QList<privacy::AuditRecord>>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            privacy::AuditQuery query;
            query.actions = {QStringLiteral("settings.change")};
            query.limit = shownChanges;
            return privacy::AuditLog(db, *clock).search(query);
        },
        [this](const QList<privacy::AuditRecord> &records) {
            m_model->removeRows(0, m_model->rowCount());
            for (const privacy::AuditRecord &record : records) {
                const QString before = record.details.value(QStringLiteral("before")).toString();
                const QString after = record.details.value(QStringLiteral("after")).toString();
                QList<QStandardItem *> row{
                    new QStandardItem(QLocale().toString(record.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))),
                    new QStandardItem(record.actor), new QStandardItem(settingLabel(record.object)), new QStandardItem(shortened(before)),
                    new QStandardItem(shortened(after))};
                row[Setting]->setToolTip(record.object);
                row[Before]->setToolTip(before);
                row[After]->setToolTip(after);
                for (QStandardItem *item : row)
                    item->setEditable(false);
                m_model->appendRow(row);
            }
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setSectionResizeMode(Setting, QHeaderView::Stretch);
            setTextRole(m_message, QStringLiteral("note"));
            m_message->setText(records.isEmpty() ? tr("No setting has been changed since the station was created.")
                                                 : tr("%n change(s).", nullptr, int(records.size())));
            Q_EMIT loaded();
        },
        [this](const QString &message) {
            setTextRole(m_message, QStringLiteral("error"));
            m_message->setText(message);
        });
}

} // namespace portique::ui
