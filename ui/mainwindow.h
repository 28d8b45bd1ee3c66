// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "settingspage.h"
#include "stationcontext.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace portique::ui {

class AlertsPanel;
class InactivityWatcher;
class LockScreen;
class ScannerFilter;

/// @brief The station's window: tabs by job for the signed-in user's role, the alert column beside
/// every tab, the lock screen, the status bar of what the desk depends on (and the open alerts),
/// and the visitors' sweep every minute, locked or not. The scanners are read for the window's
/// whole life and go to the station's Gate, locked or not. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// One minute: an overstay is flagged at most a minute late, and the end-of-day check-out
    /// (a time in minutes) happens within the minute it is set to.
    static constexpr int visitorSweepMs = 60'000;

    MainWindow(StationContext &context, const accounts::User &user, qint64 autoLockMinutes, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// @brief Shows the lock screen (no personal data) and records it; @p reason is "manual" or "inactivity".
    void lock(const QString &reason);
    bool isLocked() const;
    /// @brief The tab titles the current role sees, in order (tests, screenshots).
    QStringList tabTitles() const;
    void showTab(int index);
    const accounts::User &user() const { return m_user; }
    LockScreen *lockScreen() const { return m_lock; }
    InactivityWatcher *inactivityWatcher() const { return m_watcher; }
    /// @brief The scanners' reader (null without a gate lane: keys then reach the forms unheld).
    ScannerFilter *scannerFilter() const { return m_filter; }
    /// @brief The right-hand column (alerts, recent passages).
    AlertsPanel *alertsPanel() const { return m_alerts; }
    /// @brief The open alerts the status bar counts (-1 before the first reading).
    int openAlerts() const { return m_openAlerts; }
    /// @brief Runs the visitors' sweep now (it also runs every minute and once at start).
    void runVisitorSweep();
    /// @brief Sweeps finished since the window opened (tests).
    int visitorSweeps() const { return m_sweeps; }
    /// @brief Whether the minute sweep is scheduled (it is, locked or not).
    bool visitorSweepScheduled() const;

Q_SIGNALS:
    /// @brief A sweep finished: the visitors flagged as overstaying, and those checked out.
    void visitorSweepDone(const QStringList &overstays, const QStringList &checkedOut);

private:
    void signIn(const accounts::User &user);
    void buildMenus();
    void rebuildTabs();
    void applySettings(const SettingsPage::Values &values);
    void presentScanned(const QString &code, const QString &device);
    void updateClock();
    void updateCameras();
    void updateAlertCount(int open);

    StationContext &m_context;
    accounts::User m_user;
    QStackedWidget *m_stack;
    QSplitter *m_body;
    QTabWidget *m_tabs;
    AlertsPanel *m_alerts;
    LockScreen *m_lock;
    InactivityWatcher *m_watcher;
    ScannerFilter *m_filter = nullptr;
    QLabel *m_databaseStatus;
    QLabel *m_camerasStatus = nullptr;
    QLabel *m_userStatus;
    QLabel *m_clock;
    QLabel *m_alertsStatus;
    QTimer *m_clockTimer;
    QTimer *m_sweepTimer;
    int m_openAlerts = -1;
    int m_sweeps = 0;
    bool m_sweeping = false;
};

} // namespace portique::ui
