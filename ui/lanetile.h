// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/eventstore.h"
#include "access/lanecontroller.h"
#include "vision/camerathread.h"
#include "vision/visionpipeline.h"

#include <QFrame>
#include <QTimer>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QVariantAnimation;

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::ui {

class CameraTile;

/// @brief One entrance lane beside its camera: the big decision (colour band, icon and word, never
/// colour alone, readable from 2 m), who it is, why, the face confidence, the time; "reading…"
/// while a credential is decided; back to "Ready" after a few quiet seconds. Below, the lane's
/// last passages and its passages per minute. Holds the lane's LaneController. GUI thread only.
class LaneTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneTile)

public:
    enum class State { Idle, Reading, Decided };

    /// A passage decided less than this long ago stays on the panel; then it fades to "Ready".
    static constexpr int holdMs = 8000;
    /// Passages listed under the panel.
    static constexpr int recentCount = 8;

    LaneTile(QString lane, storage::DatabaseThread &writer, const common::Clock &clock, QByteArray modelId,
             QString agent, QWidget *parent = nullptr);

    QString lane() const { return m_lane; }
    access::LaneController *controller() const { return m_controller; }
    CameraTile *cameraTile() const { return m_camera; }
    /// @brief The station's gate settings (read once the page starts): the controller is rebuilt
    /// with them, at once when idle, else after the passage in progress.
    void setOptions(const access::LaneController::Options &options);

    /// @brief The lane camera's latest view: painted, its faces given to the controller, its QR
    /// codes presented.
    void setView(const vision::CameraView &view);
    void setCameraStatus(const vision::CameraStatus &status);

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    State state() const { return m_state; }
    /// @brief The lane's last decided passage (also once the panel is back to "Ready").
    const std::optional<access::Passage> &lastPassage() const { return m_last; }
    bool lastOverridden() const { return m_lastOverride.has_value(); }
    /// @brief Shows the agent's override of the last passage (the dialog wrote it).
    void showOverride(const access::OverrideRecord &record);
    /// @brief Passages of the lane in the last 60 s, as last counted.
    int passagesPerMinute() const { return m_perMinute; }

    /// @brief The colour of a decision state (UI.md "Decision states"), always shown with its icon and word.
    static QColor colourOf(access::Outcome outcome);
    /// @brief The state's icon (✓ ✕ !) drawn in a white disc, @p size pixels wide; no font needed.
    static QPixmap iconOf(access::Outcome outcome, int size);
    /// @brief "granted", "refused", "checked by hand": what an override decided.
    static QString overrideVerb(access::Outcome outcome);

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
    struct Recent {
        qint64 eventId = 0;
        QDateTime at;
        QString name;
        access::Outcome outcome = access::Outcome::CheckByHand;
        std::optional<access::Outcome> overriddenTo;
    };

    void makeController(const access::LaneController::Options &options);
    void arrange(bool wide);
    void showReading();
    void showPassage(const access::Passage &passage);
    void showFailure(const QString &message);
    void showIdle();
    void paintBand(const QColor &colour, const QColor &text);
    void startFade();
    void addRecent(const Recent &recent);
    void renderRecent();
    void loadRecent();
    void refreshCount();

    QString m_lane;
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QByteArray m_modelId;
    QString m_agent;
    access::LaneController *m_controller = nullptr;
    std::optional<access::LaneController::Options> m_deferredOptions;

    CameraTile *m_camera;
    QGridLayout *m_body = nullptr;
    QWidget *m_panel = nullptr;
    QWidget *m_recentBox = nullptr;
    bool m_wide = false;
    QLabel *m_title;
    QLabel *m_selectedMark;
    QLabel *m_counter;
    QFrame *m_band;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_name;
    QLabel *m_reason;
    QProgressBar *m_confidence;
    QLabel *m_confidenceText;
    QLabel *m_detail;
    QLabel *m_override;
    QPushButton *m_overrideButton;
    QListWidget *m_recentList;

    State m_state = State::Idle;
    bool m_selected = false;
    std::optional<access::Passage> m_last;
    std::optional<access::OverrideRecord> m_lastOverride;
    std::vector<Recent> m_recent;
    QTimer m_hold;
    QTimer m_countTimer;
    QVariantAnimation *m_fade;
    QColor m_bandColour;
    int m_perMinute = 0;
    bool m_counting = false;
    bool m_countAgain = false;
};

} // namespace portique::ui
