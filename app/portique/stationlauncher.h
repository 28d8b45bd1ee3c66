// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "common/clock.h"
#include "privacy/purgescheduler.h"
#include "station/camerahealth.h"
#include "stationcontext.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace portique::access {
class Gate;
}
namespace portique::storage {
class DatabaseKey;
class DatabaseThread;
}

namespace portique::station {
struct CameraConfig;
}
namespace portique::vision {
class VisionPipeline;
}
namespace portique::visitors {
class IndoorTracking;
}

namespace portique::ui {
class LoginDialog;
class MainWindow;
}

namespace portique::app {

class DemoScanner;

/// @brief What the command line asked for.
struct LaunchOptions {
    QString databasePath;
    QString keyFilePath;
    bool demo = false;
    QString forcedLanguage; ///< empty: the station's setting
    QString autoLogin;      ///< sign in as this login with PORTIQUE_PASSWORD (smoke runs)
    int tab = 0;            ///< tab to show after sign-in (smoke runs)
    double lockAfter = 0;   ///< lock the station this many seconds after sign-in (smoke runs; 0: never)
};

/// @brief Opens the station step by step without blocking the GUI thread: key (passphrase asked if
/// needed, Argon2id off the GUI thread), database thread, station settings, sign-in, main window.
/// Any failure shows a clear message and ends the application with exit code 1.
class StationLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationLauncher)

public:
    explicit StationLauncher(LaunchOptions options, QObject *parent = nullptr);
    ~StationLauncher() override;
    void start();

private:
    void openDatabase(storage::DatabaseKey key);
    /// The demo's simulated scanner: the badges of the demo videos' people, shown at their lane.
    void startDemoScanner();
    /// Records the face model this start runs with; another than last time is audited and alerted.
    void noteFaceModel(const QByteArray &modelId);
    /// The demo's visitors: registered (again) each day the demo starts, their faces in the
    /// indoor demo videos; then the tracking reloads its gallery.
    void startDemoVisitors();
    void startCameras(const QList<station::CameraConfig> &cameras);
    void showLogin();
    /// What the forget ledger's replay did at this start, told to whoever started the station.
    void tellReplay(const QString &summary);
    void fail(const QString &message);

    LaunchOptions m_options;
    common::SystemClock m_clock;
    ui::StationContext m_context;
    qint64 m_autoLockMinutes = 5;
    std::unique_ptr<storage::DatabaseThread> m_writer;
    std::unique_ptr<privacy::PurgeScheduler> m_purge; ///< retention purge at start and hourly
    std::unique_ptr<vision::VisionPipeline> m_pipeline;
    /// The entrance lanes, alive as long as the station (a lock never stops them): destroyed after
    /// the window that observes them, before the pipeline that feeds them.
    std::unique_ptr<access::Gate> m_gate;
    std::unique_ptr<visitors::IndoorTracking> m_tracking; ///< destroyed before the pipeline it listens to
    std::unique_ptr<station::CameraHealthRecorder> m_cameraHealth; ///< outages for the daily report
    QFuture<void> m_pipelineStart;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<DemoScanner> m_demoScanner;
};

} // namespace portique::app
