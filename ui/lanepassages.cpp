// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "lanepassages.h"

#include "common/clock.h"
#include "decisionband.h"
#include "lanetile.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace portique::ui {

using access::Outcome;
using storage::submitJob;

// The words are the tile's (LaneTile::tr): they were written there and keep their translations.

LanePassages::LanePassages(QString lane, storage::DatabaseThread &writer, const common::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_lane(std::move(lane))
    , m_writer(writer)
    , m_clock(clock)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("recentPassages"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setIconSize(QSize(18, 18));
    m_list->setMinimumHeight(44); // two rows at least; more where there is room
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makeLabel(LaneTile::tr("Last passages"), QStringLiteral("section"), this));
    layout->addWidget(m_list, 1);
    setMinimumHeight(m_list->minimumHeight() + QFontMetrics(font()).height() + 12);

    m_countTimer.setInterval(countRefreshMs);
    connect(&m_countTimer, &QTimer::timeout, this, &LanePassages::refreshCount);
    m_countTimer.start();
    load();
    refreshCount();
}

void LanePassages::add(const access::Passage &passage)
{
    if (passage.eventId <= 0)
        return; // not on record: the tile says so, the list only shows what is
    addRecent(Recent{passage.eventId, passage.at, LaneTile::holderText(passage), passage.decision.outcome, std::nullopt});
    refreshCount();
}

void LanePassages::markOverridden(qint64 eventId, Outcome outcome)
{
    for (Recent &recent : m_recent) {
        if (recent.eventId == eventId)
            recent.overriddenTo = outcome;
    }
    render();
}

void LanePassages::addRecent(const Recent &recent)
{
    for (const Recent &known : m_recent) {
        if (known.eventId == recent.eventId)
            return;
    }
    m_recent.insert(m_recent.begin(), recent);
    std::sort(m_recent.begin(), m_recent.end(), [](const Recent &a, const Recent &b) { return a.eventId > b.eventId; });
    if (m_recent.size() > std::size_t(recentCount))
        m_recent.resize(recentCount);
    render();
}

void LanePassages::render()
{
    m_list->clear();
    for (const Recent &recent : m_recent) {
        const Outcome shown = recent.overriddenTo.value_or(recent.outcome);
        const QString time = QLocale().toString(recent.at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        QString text = LaneTile::tr("%1   %2   %3").arg(time, access::outcomeWord(recent.outcome), recent.name);
        if (recent.overriddenTo)
            text += LaneTile::tr("   ↻ overridden: %1").arg(LaneTile::overrideVerb(*recent.overriddenTo));
        auto *item = new QListWidgetItem(QIcon(outcomeIcon(shown, 36)), text, m_list);
        item->setData(Qt::UserRole, recent.eventId);
    }
}

void LanePassages::load()
{
    const common::Clock *clock = &m_clock;
    submitJob<std::vector<Recent>>(
        m_writer, this,
        [clock, lane = m_lane](storage::Database &db) {
            station::StationServices services(db, *clock);
            std::vector<Recent> rows;
            for (const access::AccessEvent &event : services.events.recent(lane, recentCount)) {
                Recent recent{event.id, event.at, LaneTile::tr("Unknown"), event.outcome, std::nullopt};
                if (event.override_)
                    recent.overriddenTo = event.override_->outcome;
                if (!event.personId.isEmpty()) {
                    if (const std::optional<people::Person> person = services.people.find(event.personId))
                        recent.name = person->displayName();
                } else if (!event.visitorId.isEmpty()) {
                    if (const std::optional<visitors::Visitor> visitor = services.visitors.find(event.visitorId))
                        recent.name = LaneTile::tr("%1 · visitor").arg(visitor->name);
                }
                rows.push_back(recent);
            }
            return rows;
        },
        [this](const std::vector<Recent> &rows) {
            for (const Recent &recent : rows)
                addRecent(recent);
        },
        [this](const QString &message) { m_list->addItem(message); });
}

void LanePassages::refreshCount()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    const common::Clock *clock = &m_clock;
    submitJob<int>(
        m_writer, this,
        [clock, lane = m_lane](storage::Database &db) {
            station::StationServices services(db, *clock);
            return services.events.countSince(lane, clock->now().addSecs(-60));
        },
        [this](int count) {
            m_perMinute = count;
            m_counting = false;
            Q_EMIT perMinuteChanged(count);
            if (std::exchange(m_countAgain, false))
                refreshCount();
        },
        [this](const QString &) {
            m_counting = false;
            m_countAgain = false;
        });
}

} // namespace portique::ui
