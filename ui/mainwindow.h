// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "settingspage.h"
#include "stationcontext.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace portique::ui {

class InactivityWatcher;
class LockScreen;

/// @brief The station's window: tabs by job for the signed-in user's role, the lock screen, the
/// status bar of what the desk depends on. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(StationContext &context, const accounts::User &user, qint64 autoLockMinutes, QWidget *parent = nullptr);

    /// @brief Shows the lock screen (no personal data) and records it; @p reason is "manual" or "inactivity".
    void lock(const QString &reason);
    bool isLocked() const;
    /// @brief The tab titles the current role sees, in order (tests, screenshots).
    QStringList tabTitles() const;
    void showTab(int index);
    const accounts::User &user() const { return m_user; }
    LockScreen *lockScreen() const { return m_lock; }
    InactivityWatcher *inactivityWatcher() const { return m_watcher; }

private:
    void signIn(const accounts::User &user);
    void buildMenus();
    void rebuildTabs();
    void applySettings(const SettingsPage::Values &values);
    void updateClock();
    void updateCameras();

    StationContext &m_context;
    accounts::User m_user;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    LockScreen *m_lock;
    InactivityWatcher *m_watcher;
    QLabel *m_databaseStatus;
    QLabel *m_camerasStatus = nullptr;
    QLabel *m_userStatus;
    QLabel *m_clock;
    QTimer *m_clockTimer;
};

} // namespace portique::ui
