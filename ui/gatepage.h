// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/decision.h"
#include "stationcontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace portique::ui {

class LaneTile;
class ManualEntryDialog;
class OverrideDialog;
class TonePlayer;

/// @brief "Entrées": one tile per lane of the station's Gate (camera + decision), observing it: the
/// lanes go on deciding when the page is destroyed (a lock). The selected lane is the gate's
/// default lane (scanners without a lane of their own); F2 overrides the selected lane's decision,
/// Ctrl+M lets a person in by hand, Ctrl+1..4 select a lane. A short sound per outcome (setting
/// gate.sounds), silent where there is no audio. GUI thread only.
class GatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatePage)

public:
    GatePage(const StationContext &context, QString agentLogin, QWidget *parent = nullptr);
    ~GatePage() override;

    QList<LaneTile *> tiles() const { return m_tiles; }
    LaneTile *selectedTile() const;
    int selectedIndex() const { return m_selected; }
    void selectLane(int index);
    /// @brief The gate settings were read and applied (sounds set up accordingly).
    bool isReady() const { return m_ready; }
    /// @brief Whether outcomes are heard (setting on and an audio output that works).
    bool soundsOn() const;
    OverrideDialog *overrideDialog() const;
    ManualEntryDialog *manualEntryDialog() const;
    /// @brief The short message under the title (a scan a lane could not take...).
    QString notice() const;
    /// @brief A scan went nowhere because lane @p lane (index) is still deciding: said on the page.
    void laneStillDeciding(int lane);

    /// @brief The WAV file of @p outcome's tone (16-bit PCM, mono), written to @p directory once.
    static QString writeTone(access::Outcome outcome, const QString &directory);

public Q_SLOTS:
    /// @brief F2: the override dialog for the selected lane's last decision.
    void overrideSelected();
    /// @brief Ctrl+M: the manual entry dialog on the selected lane.
    void openManualEntry();

Q_SIGNALS:
    void ready();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openOverride(LaneTile *tile);
    void settingsApplied(const QString &error);
    void showNotice(const QString &text);
    void fitLanes();
    void setUpSounds();
    void play(access::Outcome outcome);
    void soundsUnavailable(const QString &why);

    const StationContext &m_context;
    QString m_agent;
    QList<LaneTile *> m_tiles; ///< in the gate's lane order (a tile's index is its lane's)
    int m_selected = -1;
    QGridLayout *m_grid;
    QWidget *m_lanesView = nullptr; ///< the scroll area's viewport: the room the lanes have
    QWidget *m_lanes = nullptr;     ///< the tiles' container, inside the scroll area
    int m_columns = 1;
    QLabel *m_notice;
    QLabel *m_soundState;
    QPushButton *m_manualButton;
    QTimer m_noticeTimer;
    QPointer<OverrideDialog> m_overrideDialog;
    QPointer<ManualEntryDialog> m_manualDialog;
    bool m_ready = false;
    bool m_soundsWanted = false;
    TonePlayer *m_player; ///< the three outcome tones, in soundIndex() order
};

} // namespace portique::ui
