// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "lanecontroller.h"
#include "scannerbindings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}
namespace portique::vision {
class VisionPipeline;
struct CameraView;
} // namespace portique::vision

namespace portique::access {

/// @brief One entrance lane of the station: its name and the vision pipeline's camera watching it.
struct GateLane {
    QString name;
    int camera = -1; ///< index in the vision pipeline (-1: a lane without a camera, scanner only)
};

/// @brief What the lock screen may show of a lane: nothing personal (UI.md "Main window").
struct LaneSummary {
    QString lane;
    std::optional<Outcome> lastOutcome; ///< the last decision's state, while it is recent
    bool reading = false;               ///< a credential is being decided
    int passagesLastMinute = 0;
};

/// @brief The station's gate: one LaneController per entrance lane, fed by the vision pipeline (faces,
/// QR codes seen by the lane camera) and by scanners, announcing each decided passage.
///
/// Created by the composition root (StationLauncher, and portiquectl's gate simulate and bench
/// gate) and alive as long as the station runs: widgets only observe it, so locking the screen,
/// another user signing in, a tab change or a settings change never interrupts a lane (settings
/// apply in place and keep each lane's repeat window). Credential-first (PRIVACY.md §1): a lane asks
/// the pipeline to describe its presenting person only once a face-lane credential is verified,
/// and releases it once decided. Lives on the GUI thread (or the CLI's); every method is for that
/// thread only.
class Gate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gate)

public:
    /// A decision is shown on the lock screen for this long, then the lane shows as quiet.
    static constexpr qint64 summaryHoldMs = 8000;

    /// @p pipeline may be null (no camera can run: scanners and manual entries still work).
    Gate(vision::VisionPipeline *pipeline, QList<GateLane> lanes, storage::DatabaseThread &writer, const common::Clock &clock,
         QByteArray modelId, QObject *parent = nullptr);
    ~Gate() override;

    QList<GateLane> lanes() const { return m_lanes; }
    int laneCount() const { return int(m_lanes.size()); }
    /// @brief The controller of lane @p index (0-based), or null.
    LaneController *controller(int index) const;
    /// @brief The controller of the lane named @p lane, or null.
    LaneController *controller(const QString &lane) const;
    /// @brief The lane index watched by pipeline camera @p camera, or -1.
    int laneOfCamera(int camera) const;
    vision::VisionPipeline *pipeline() const { return m_pipeline; }

    /// @brief The agent signed in at the desk, recorded with each event (empty while locked: the
    /// events then name the station's last agent, kept here).
    void setAgent(const QString &login);
    QString agent() const { return m_agent; }

    /// @brief Reads the gate settings on the writer thread (first of its queue) and applies them to
    /// every lane in place; settingsApplied() follows. Called at start and after a settings change.
    void reloadSettings();
    /// @brief Applies @p options to every lane at once, in place (a passage in progress finishes
    /// with the options it started with).
    void applyOptions(const LaneController::Options &options);
    LaneController::Options options() const { return m_options; }
    bool settingsLoaded() const { return m_settingsLoaded; }
    /// @brief Whether outcomes should be heard (setting gate.sounds).
    bool soundsWanted() const { return m_sounds; }
    /// @brief Whether lane @p index runs the face lane today: only inside the declared experiment's
    /// dates and lanes (issue 15); elsewhere every badge is decided on the badge alone. Known once
    /// the settings are loaded (settingsApplied), looked at again every few minutes.
    bool faceLaneOpen(int index) const { return m_faceLaneOpen.value(index, false); }
    /// @brief The scanners bound to a lane (setting gate.scanner_lanes).
    const ScannerBindings &scannerBindings() const { return m_scanners; }

    /// @brief The lane scanners without a lane of their own feed (the lane selected on screen; the
    /// first lane until one is selected). Kept here so that it survives the screen being locked.
    void setDefaultLane(int index);
    int defaultLane() const { return m_defaultLane; }

    /// @brief The lane a scanner feeds: the one @p device is bound to, else the default lane.
    int laneForDevice(const QString &device) const;
    /// @brief A code read by a scanner (@p device: its input device name, may be empty): it goes to
    /// the lane the device is bound to, else to the default lane. Returns the lane index it went
    /// to, or -1 when no lane took it (a repeat, or the lane still deciding: see laneBusy()).
    int presentScanned(const QString &code, const QString &device);
    /// @brief A code for lane @p index (typed by the agent, or a camera QR); false when ignored.
    bool present(int index, const QString &code, CredentialMethod method);
    /// @brief Whether lane @p index is still deciding a passage (a new code is then ignored).
    bool laneBusy(int index) const;

    /// @brief Lane @p index's last decided passage, kept while it is the lane's latest (a tile built
    /// after an unlock shows it, and F2 can override a refusal decided while the screen was locked).
    std::optional<Passage> lastPassage(int index) const;
    /// @brief The anonymous state of every lane, for the lock screen.
    QList<LaneSummary> summaries() const;

Q_SIGNALS:
    /// @brief Lane @p lane (index) read a credential and is deciding it.
    void started(int lane);
    /// @brief A decided passage of lane @p lane (index), already written (eventId set).
    void decided(int lane, const portique::access::Passage &passage);
    /// @brief Lane @p lane could not write its event, or look the credential up.
    void failed(int lane, const QString &message);
    /// @brief The camera of lane @p lane processed a frame (tiles paint it).
    void viewed(int lane, const portique::vision::CameraView &view);
    /// @brief The gate settings were read and applied (or could not be read: @p error says why).
    void settingsApplied(const QString &error);
    /// @brief Something a lock screen shows changed (a decision, a reading, the minute sliding).
    void summariesChanged();

private:
    struct LaneRecord;
    void onView(const vision::CameraView &view);
    void recordPassage(int lane, const Passage &passage);

    vision::VisionPipeline *m_pipeline;
    QList<GateLane> m_lanes;
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    std::vector<std::unique_ptr<LaneRecord>> m_records;
    LaneController::Options m_options;
    ScannerBindings m_scanners;
    QString m_agent;
    int m_defaultLane = 0;
    bool m_sounds = true;
    QList<bool> m_faceLaneOpen;
    bool m_settingsLoaded = false;
    QElapsedTimer m_monotonic;
    /// Badge serial -> the lane that last decided it and when (monotonic ms), for anti-passback.
    QHash<QString, std::pair<int, qint64>> m_lastSeenSerials;
};

} // namespace portique::access
