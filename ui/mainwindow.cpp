// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "mainwindow.h"

#include "aboutdialog.h"
#include "common/clock.h"
#include "auditpage.h"
#include "cameraspage.h"
#include "gatepage.h"
#include "vision/visionpipeline.h"
#include "storage/databasejob.h"
#include "inactivitywatcher.h"
#include "lockscreen.h"
#include "peoplepage.h"
#include "privacy/auditlog.h"
#include "statuspage.h"
#include "theme.h"
#include "userdialogs.h"
#include "userspage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace portique::ui {

using storage::submitJob;
namespace {

// The status bar clock only shows minutes: a refresh every 10 s keeps it at most 10 s late.
constexpr int clockRefreshMs = 10'000;

} // namespace

MainWindow::MainWindow(StationContext &context, const accounts::User &user, qint64 autoLockMinutes, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_lock(new LockScreen(context, this))
    , m_watcher(new InactivityWatcher(this))
    , m_databaseStatus(new QLabel(this))
    , m_userStatus(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_clockTimer(new QTimer(this))
{
    setWindowTitle(tr("Portique — %1").arg(m_context.schoolName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portique.svg")));
    resize(1280, 800);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_lock);
    setCentralWidget(m_stack);

    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(QStringLiteral("<span style='color:%1'>●</span> ").arg(colours::ok.name())
                              + tr("encrypted database"));
    m_databaseStatus->setToolTip(tr("SQLCipher %1 — %2").arg(m_context.cipherVersion, m_context.databasePath));
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_databaseStatus);
    m_camerasStatus = new QLabel(this);
    m_camerasStatus->setObjectName(QStringLiteral("camerasStatus"));
    statusBar()->addWidget(m_camerasStatus);
    updateCameras();
    if (m_context.pipeline)
        connect(m_context.pipeline, &vision::VisionPipeline::cameraStatusChanged, this, &MainWindow::updateCameras,
                Qt::QueuedConnection);
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(clockRefreshMs);
    updateClock();

    buildMenus();
    m_watcher->setTimeout(std::chrono::minutes(autoLockMinutes));
    connect(m_watcher, &InactivityWatcher::idle, this, [this] { lock(QStringLiteral("inactivity")); });
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::signIn);
    signIn(user);
}

void MainWindow::buildMenus()
{
    QMenu *station = menuBar()->addMenu(tr("&Station"));
    QAction *lockAction = station->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(lockAction, &QAction::triggered, this, [this] { lock(QStringLiteral("manual")); });
    QAction *password = station->addAction(tr("Change my &password…"));
    connect(password, &QAction::triggered, this, [this] {
        FormDialog *dialog = createPasswordDialog(m_context, m_user.login, m_user.login, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    station->addSeparator();
    QAction *quit = station->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark theme"));
    dark->setCheckable(true);
    // A display preference of this PC, not station data: kept in the user's Qt settings.
    dark->setChecked(QSettings().value(QStringLiteral("ui/dark")).toBool());
    connect(dark, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("ui/dark"), on);
        applyTheme(*qApp, on ? Theme::Dark : Theme::Light);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Portique"));
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::signIn(const accounts::User &user)
{
    m_user = user;
    rebuildTabs();
    m_userStatus->setText(tr("%1 · %2").arg(m_user.displayName, accounts::roleLabel(m_user.role)));
    m_userStatus->show();
    menuBar()->show();
    m_stack->setCurrentWidget(m_tabs);
    m_watcher->start();
}

void MainWindow::rebuildTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    using accounts::Permission;
    const accounts::Role role = m_user.role;
    // Tabs a role may not use are not built at all (UI.md: hidden, not greyed).
    if (accounts::roleAllows(role, Permission::OperateGate))
        m_tabs->addTab(new GatePage(m_context, m_user.login, m_tabs), tr("Entrances"));
    if (accounts::roleAllows(role, Permission::ManagePeople))
        m_tabs->addTab(new PeoplePage(m_context, m_user.login, m_tabs), tr("People"));
    m_tabs->addTab(new StatusPage(m_context, m_user, m_tabs), tr("Station"));
    if (accounts::roleAllows(role, Permission::ReadAudit))
        m_tabs->addTab(new AuditPage(m_context, m_user.login, m_tabs), tr("Privacy"));
    if (accounts::roleAllows(role, Permission::ManageUsers)) {
        auto *administration = new QTabWidget(m_tabs);
        administration->addTab(new UsersPage(m_context, m_user.login, administration), tr("Users"));
        auto *settings = new SettingsPage(m_context, m_user.login, administration);
        connect(settings, &SettingsPage::saved, this, &MainWindow::applySettings);
        administration->addTab(settings, tr("Settings"));
        administration->addTab(new CamerasPage(m_context, m_user.login, administration), tr("Cameras"));
        m_tabs->addTab(administration, tr("Administration"));
    }
}

void MainWindow::lock(const QString &reason)
{
    if (isLocked())
        return;
    m_watcher->stop();
    // Nothing personal stays on screen: the pages are destroyed, not merely hidden.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_userStatus->hide();
    menuBar()->hide();
    m_stack->setCurrentWidget(m_lock);
    const common::Clock *clock = m_context.clock;
    submitJob<void>(
        *m_context.writer, this,
        [clock, login = m_user.login, reason](storage::Database &db) {
            privacy::AuditLog(db, *clock).append(login, QStringLiteral("session.lock"), login, {{QStringLiteral("reason"), reason}});
        },
        [] {}, [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lock;
}

QStringList MainWindow::tabTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        titles << m_tabs->tabText(i);
    return titles;
}

void MainWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::applySettings(const SettingsPage::Values &values)
{
    m_watcher->setTimeout(std::chrono::minutes(values.autoLockMinutes));
    m_context.schoolName = values.schoolName;
    setWindowTitle(tr("Portique — %1").arg(values.schoolName));
}

void MainWindow::updateCameras()
{
    const int total = m_context.pipeline ? m_context.pipeline->cameraCount() : 0;
    int live = 0;
    for (int i = 0; i < total; ++i)
        live += m_context.pipeline->camera(i).status().state == vision::CameraStatus::State::Live;
    // Red means act: a camera down is shown as such, never hidden.
    const QColor dot = total == 0 ? QColor(Qt::gray) : (live == total ? colours::ok : colours::alert);
    m_camerasStatus->setText(QStringLiteral("<span style='color:%1'>●</span> ").arg(dot.name())
                             + tr("cameras %1/%2").arg(live).arg(total));
}

void MainWindow::updateClock()
{
    const QDateTime now = m_context.clock->now().toLocalTime();
    m_clock->setText(QLocale().toString(now, QStringLiteral("dddd d MMMM · HH:mm")));
}

} // namespace portique::ui
