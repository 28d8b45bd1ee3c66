// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/decision.h"
#include "access/passage.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QListWidget;

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::ui {

/// @brief A lane's last passages under its tile (newest first, overrides marked) and its passages
/// in the last minute, both read from the events on record: a tile built again after a lock finds
/// them as they are. GUI thread only; the reading runs on the writer thread.
class LanePassages final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanePassages)

public:
    /// Passages listed.
    static constexpr int recentCount = 8;
    /// The per-minute count is read again this often while nothing passes (the minute slides).
    static constexpr int countRefreshMs = 10'000;

    LanePassages(QString lane, storage::DatabaseThread &writer, const common::Clock &clock, QWidget *parent = nullptr);

    /// @brief A passage the lane decided and wrote: listed, and the minute counted again.
    void add(const access::Passage &passage);
    /// @brief Marks the agent's override of event @p eventId.
    void markOverridden(qint64 eventId, access::Outcome outcome);
    /// @brief Passages of the lane in the last 60 s, as last counted.
    int perMinute() const { return m_perMinute; }

Q_SIGNALS:
    void perMinuteChanged(int count);

private:
    struct Recent {
        qint64 eventId = 0;
        QDateTime at;
        QString name;
        access::Outcome outcome = access::Outcome::CheckByHand;
        std::optional<access::Outcome> overriddenTo;
    };
    void addRecent(const Recent &recent);
    void render();
    void load();
    void refreshCount();

    QString m_lane;
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QListWidget *m_list;
    std::vector<Recent> m_recent;
    QTimer m_countTimer;
    int m_perMinute = 0;
    bool m_counting = false;
    bool m_countAgain = false;
};

} // namespace portique::ui
