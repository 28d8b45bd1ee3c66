// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/eventstore.h"
#include "access/passage.h"
#include "vision/camerathread.h"

#include <QFrame>
#include <QTimer>

#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace portique::access {
class Gate;
}
namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::ui {

class CameraTile;
class DecisionBand;
class LanePassages;

/// @brief One entrance lane beside its camera: the big decision (colour band, icon and word, never
/// colour alone, readable from 2 m), who it is, why, the face confidence, the time; "reading…"
/// while a credential is decided; back to "Ready" after a few quiet seconds. Below, the lane's
/// last passages and its passages per minute. It only observes lane @p index of the station's
/// Gate, which decides whether or not a tile exists (the screen locked, another tab). GUI thread only.
class LaneTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneTile)

public:
    enum class State { Idle, Reading, Decided };

    /// A passage decided less than this long ago stays on the panel; then it fades to "Ready".
    static constexpr int holdMs = 8000;

    LaneTile(access::Gate &gate, int index, storage::DatabaseThread &writer, const common::Clock &clock, QWidget *parent = nullptr);

    QString lane() const { return m_lane; }
    /// @brief The lane's index in the Gate.
    int index() const { return m_index; }
    CameraTile *cameraTile() const { return m_camera; }
    void setCameraStatus(const vision::CameraStatus &status);

    void setSelected(bool selected);
    /// @brief Outside the declared experiment's dates or lanes the title says "badge only": every
    /// badge on this lane is decided on the badge alone (issue 15).
    void setFaceLaneOpen(bool open);
    bool isSelected() const { return m_selected; }

    State state() const { return m_state; }
    /// @brief The lane's last decided passage (also once the panel is back to "Ready").
    const std::optional<access::Passage> &lastPassage() const { return m_last; }
    bool lastOverridden() const { return m_lastOverride.has_value(); }
    /// @brief Shows the agent's override of the last passage (the dialog wrote it).
    void showOverride(const access::OverrideRecord &record);
    /// @brief Passages of the lane in the last 60 s, as last counted.
    int passagesPerMinute() const;

    /// @brief The colour of a decision state (UI.md "Decision states"), always shown with its icon and word.
    static QColor colourOf(access::Outcome outcome);
    /// @brief The state's icon (✓ ✕ !) drawn in a white disc, @p size pixels wide; no font needed.
    static QPixmap iconOf(access::Outcome outcome, int size);
    /// @brief "granted", "refused", "checked by hand": what an override decided.
    static QString overrideVerb(access::Outcome outcome);
    /// @brief Who went through, as the tile names them: a person with their class, a visitor as such.
    static QString holderText(const access::Passage &passage);

    /// @brief A wide tile (one lane, or four in a 2 × 2 grid) puts the decision beside its camera
    /// and the list under the camera; a tall one (two lanes side by side) stacks them. The page
    /// chooses from the room it has.
    void setWide(bool wide);
    bool isWide() const { return m_wide; }
    /// @brief How long a decision stays before fading to "Ready" (holdMs; shorter in tests).
    void setHoldMs(int ms) { m_hold.setInterval(ms); }
    /// @brief The height the tile needs at @p width: the camera's and the list's floors, and the
    /// decision as its words wrap at that width (Qt's minimum sizes do not count wrapping).
    int heightNeeded(int width) const;

Q_SIGNALS:
    void selectRequested(portique::ui::LaneTile *tile);
    void overrideRequested(portique::ui::LaneTile *tile);
    /// @brief A passage was shown (the page plays its sound).
    void passageShown(const portique::access::Passage &passage);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void arrange(bool wide);
    void showReading();
    /// @p live: just decided (listed, heard); else shown again after an unlock.
    void showPassage(const access::Passage &passage, bool live = true);
    void showFailure(const QString &message);
    void showIdle();
    void paintBand(const QColor &colour, const QColor &text);
    void startFade();

    int m_index;
    QString m_lane;
    const common::Clock &m_clock;

    CameraTile *m_camera;
    QGridLayout *m_body = nullptr;
    QWidget *m_panel = nullptr;
    bool m_wide = false;
    QLabel *m_title;
    QLabel *m_selectedMark;
    QLabel *m_counter;
    DecisionBand *m_band;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_name;
    QLabel *m_reason;
    QProgressBar *m_confidence;
    QLabel *m_confidenceText;
    QLabel *m_detail;
    QLabel *m_override;
    QPushButton *m_overrideButton;
    LanePassages *m_passages;

    State m_state = State::Idle;
    bool m_selected = false;
    std::optional<access::Passage> m_last;
    std::optional<access::OverrideRecord> m_lastOverride;
    QTimer m_hold;
};

} // namespace portique::ui
