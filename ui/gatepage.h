// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/decision.h"
#include "stationcontext.h"

#include <QHash>
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
class ScannerFilter;
class TonePlayer;

/// @brief "Entrées": one tile per entrance lane (camera + decision), fed by the vision pipeline;
/// scanners read anywhere in the station while the page exists; F2 overrides the selected lane's
/// decision, Ctrl+M lets a person in by hand, Ctrl+1..4 select a lane. A short sound per outcome
/// (setting gate.sounds), silent where there is no audio. GUI thread only.
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
    ScannerFilter *scannerFilter() const { return m_filter; }
    /// @brief The gate settings were read and given to the lanes.
    bool isReady() const { return m_ready; }
    /// @brief Whether outcomes are heard (setting on and an audio output that works).
    bool soundsOn() const;
    OverrideDialog *overrideDialog() const;
    ManualEntryDialog *manualEntryDialog() const;
    /// @brief The short message under the title (a scan a lane could not take...).
    QString notice() const;

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
    void presentScanned(const QString &code, const QString &device);
    void showNotice(const QString &text);
    void fitLanes();
    void setUpSounds();
    void play(access::Outcome outcome);
    void soundsUnavailable(const QString &why);

    const StationContext &m_context;
    QString m_agent;
    QList<LaneTile *> m_tiles;
    QHash<int, LaneTile *> m_byCamera; ///< pipeline index -> tile
    int m_selected = -1;
    ScannerFilter *m_filter = nullptr;
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
