// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "mainwindow.h"

#include "aboutdialog.h"
#include "access/gate.h"
#include "alertspanel.h"
#include "cameraspage.h"
#include "common/clock.h"
#include "gatepage.h"
#include "inactivitywatcher.h"
#include "lockscreen.h"
#include "peoplepage.h"
#include "privacypage.h"
#include "reportspage.h"
#include "scannerfilter.h"
#include "station/stationservices.h"
#include "statuspage.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "userdialogs.h"
#include "userspage.h"
#include "vision/visionpipeline.h"
#include "visitorspage.h"
#include "watchlistpage.h"
#include "zonespage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
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
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_alerts(new AlertsPanel(context, this))
    , m_lock(new LockScreen(context, this))
    , m_watcher(new InactivityWatcher(this))
    , m_databaseStatus(new QLabel(this))
    , m_userStatus(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_alertsStatus(new QLabel(this))
    , m_clockTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
{
    setWindowTitle(tr("Portique — %1").arg(m_context.schoolName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portique.svg")));
    resize(1280, 800);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    // The alert column beside every tab (UI.md): it cannot be collapsed away, only narrowed.
    m_body->setObjectName(QStringLiteral("body"));
    m_body->addWidget(m_tabs);
    m_body->addWidget(m_alerts);
    m_body->setCollapsible(0, false);
    m_body->setCollapsible(1, false);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 0);
    m_body->setSizes({960, 320});
    m_stack->addWidget(m_body);
    m_stack->addWidget(m_lock);
    setCentralWidget(m_stack);

    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(QStringLiteral("<span style='color:%1'>●</span> ").arg(colours::ok.name()) + tr("encrypted database"));
    m_databaseStatus->setToolTip(tr("SQLCipher %1 — %2").arg(m_context.cipherVersion, m_context.databasePath));
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_databaseStatus);
    m_camerasStatus = new QLabel(this);
    m_camerasStatus->setObjectName(QStringLiteral("camerasStatus"));
    statusBar()->addWidget(m_camerasStatus);
    // Red means act (UI.md): the count of open alerts, shown only when there are some. Not personal,
    // it stays on the lock screen so that whoever comes back to the desk sees it.
    m_alertsStatus->setObjectName(QStringLiteral("alertsStatus"));
    m_alertsStatus->hide();
    statusBar()->addWidget(m_alertsStatus);
    connect(m_alerts, &AlertsPanel::openCountChanged, this, &MainWindow::updateAlertCount);
    updateCameras();
    if (m_context.pipeline)
        connect(m_context.pipeline, &vision::VisionPipeline::cameraStatusChanged, this, &MainWindow::updateCameras, Qt::QueuedConnection);
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(clockRefreshMs);
    updateClock();

    buildMenus();
    const auto visitorsAction = [this](void (VisitorsPage::*action)()) {
        return [this, action] {
            if (isLocked())
                return;
            if (auto *page = m_tabs->findChild<VisitorsPage *>()) {
                m_tabs->setCurrentWidget(page);
                (page->*action)();
            }
        };
    };
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, visitorsAction(&VisitorsPage::newVisitor));
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this, visitorsAction(&VisitorsPage::checkOut));
    m_watcher->setTimeout(std::chrono::minutes(autoLockMinutes));
    connect(m_watcher, &InactivityWatcher::idle, this, [this] { lock(QStringLiteral("inactivity")); });
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::signIn);
    // The sweep is the station's, not the agent's: it goes on while the station is locked.
    connect(m_sweepTimer, &QTimer::timeout, this, &MainWindow::runVisitorSweep);
    m_sweepTimer->start(visitorSweepMs);
    if (m_context.gate) {
        // Scanners type anywhere (UI.md "Keyboard"), and the lanes go on while the station is
        // locked: the reader lives as long as the window, not as a page.
        m_filter = new ScannerFilter(this);
        connect(m_filter, &ScannerFilter::codeScanned, this, &MainWindow::presentScanned);
        qApp->installEventFilter(m_filter);
    }
    signIn(user);
    runVisitorSweep();
}

MainWindow::~MainWindow()
{
    if (m_filter)
        qApp->removeEventFilter(m_filter);
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
    // The events name the agent at the desk; the gate keeps them while the station is locked.
    if (m_context.gate)
        m_context.gate->setAgent(m_user.login);
    rebuildTabs();
    m_userStatus->setText(tr("%1 · %2").arg(m_user.displayName, accounts::roleLabel(m_user.role)));
    m_userStatus->show();
    menuBar()->show();
    m_alerts->setAgent(m_user.login, accounts::roleAllows(m_user.role, accounts::Permission::OperateGate));
    m_alerts->setLocked(false);
    m_stack->setCurrentWidget(m_body);
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
    // Visitors (issue 7): the desk's other job, right after the entrances (UI.md).
    if (accounts::roleAllows(role, Permission::OperateGate)) {
        auto *visitors = new VisitorsPage(m_context, m_user.login, m_tabs);
        // F5 and F6 work from every tab (UI.md "Keyboard"): the window owns them, not the page.
        visitors->setPageShortcuts(false);
        m_tabs->addTab(visitors, tr("Visitors"));
    }
    if (accounts::roleAllows(role, Permission::ManagePeople))
        m_tabs->addTab(new PeoplePage(m_context, m_user.login, m_tabs), tr("People"));
    if (accounts::roleAllows(role, Permission::ReadReports))
        m_tabs->addTab(new ReportsPage(m_context, m_user.login, m_tabs), tr("Reports"));
    m_tabs->addTab(new StatusPage(m_context, m_user, m_tabs), tr("Station"));
    // The DPO's tab (audit trail, consents, rights, retention, settings history, AIPD) and the
    // administrator's (accounts, settings, cameras, watchlist, zones) are never shown to the same
    // role: one controls what the other sets up (GDPR art. 38(6)).
    if (accounts::roleAllows(role, Permission::ReadAudit) && accounts::roleAllows(role, Permission::ManagePrivacy))
        m_tabs->addTab(new PrivacyPage(m_context, m_user.login, m_tabs), tr("Privacy"));
    if (accounts::roleAllows(role, Permission::ManageUsers) || accounts::roleAllows(role, Permission::ManageSettings)) {
        auto *administration = new QTabWidget(m_tabs);
        if (accounts::roleAllows(role, Permission::ManageUsers))
            administration->addTab(new UsersPage(m_context, m_user.login, administration), tr("Users"));
        if (accounts::roleAllows(role, Permission::ManageSettings)) {
            auto *settings = new SettingsPage(m_context, m_user.login, administration);
            connect(settings, &SettingsPage::saved, this, &MainWindow::applySettings);
            administration->addTab(settings, tr("Settings"));
            administration->addTab(new CamerasPage(m_context, m_user.login, administration), tr("Cameras"));
            // Sensitive (names of banned people) or shaping what visitors may do: the
            // administrator's, controlled by the DPO through the audit trail and the AIPD.
            administration->addTab(new WatchlistPage(m_context, m_user.login, administration), tr("Watchlist"));
            administration->addTab(new ZonesPage(m_context, m_user.login, administration), tr("Zones"));
        }
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
    m_alerts->setLocked(true);
    m_userStatus->hide();
    menuBar()->hide();
    // Whoever comes back is most likely the same agent: only the password is left to type, so it
    // is never typed into the login field.
    m_lock->setLastLogin(m_user.login);
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
    // The gate settings may have changed too (or through portiquectl): applied in place, so the
    // lanes keep their passages in progress and their repeat windows.
    if (m_context.gate)
        m_context.gate->reloadSettings();
}

void MainWindow::presentScanned(const QString &code, const QString &device)
{
    // A dialog that reads codes itself (checking a visitor out at the desk) takes the scan: the
    // agent is answering it, not watching a lane.
    if (QWidget *dialog = QApplication::activeModalWidget(); dialog && dialog->property("portiqueScanTarget").toBool()) {
        QMetaObject::invokeMethod(dialog, "receiveScan", Q_ARG(QString, code));
        return;
    }
    access::Gate *gate = m_context.gate;
    if (gate->presentScanned(code, device) >= 0)
        return;
    // Not taken: a repeat goes unsaid (the same badge held twice), a lane still deciding is told.
    const int lane = gate->laneForDevice(device);
    if (!gate->laneBusy(lane))
        return;
    // Said on the gate page only (a page removed at a lock may not be deleted yet).
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<GatePage *>(m_tabs->widget(i)))
            page->laneStillDeciding(lane);
    }
}

void MainWindow::updateCameras()
{
    const int total = m_context.pipeline ? m_context.pipeline->cameraCount() : 0;
    int live = 0;
    for (int i = 0; i < total; ++i)
        live += m_context.pipeline->camera(i).status().state == vision::CameraStatus::State::Live;
    // Red means act: a camera down is shown as such, never hidden.
    const QColor dot = total == 0 ? QColor(Qt::gray) : (live == total ? colours::ok : colours::alert);
    m_camerasStatus->setText(QStringLiteral("<span style='color:%1'>●</span> ").arg(dot.name()) + tr("cameras %1/%2").arg(live).arg(total));
}

void MainWindow::updateAlertCount(int open)
{
    m_openAlerts = open;
    m_alertsStatus->setVisible(open > 0);
    m_alertsStatus->setText(QStringLiteral("<span style='color:%1; font-weight:600'>▲ %2</span>")
                                .arg(colours::alert.name(), tr("%n alert(s)", nullptr, open).toHtmlEscaped()));
    m_alertsStatus->setToolTip(tr("Open alerts: acknowledge them in the column on the right."));
}

bool MainWindow::visitorSweepScheduled() const
{
    return m_sweepTimer->isActive() && m_sweepTimer->interval() == visitorSweepMs;
}

void MainWindow::runVisitorSweep()
{
    if (m_sweeping)
        return;
    m_sweeping = true;
    const common::Clock *clock = m_context.clock;
    submitJob<visitors::SweepResult>(
        *m_context.writer, this, [clock](storage::Database &db) { return station::StationServices(db, *clock).visitors.sweep(); },
        [this](const visitors::SweepResult &result) {
            m_sweeping = false;
            ++m_sweeps;
            if (!result.overstays.isEmpty() || !result.checkedOut.isEmpty())
                m_alerts->refresh();
            if (!result.checkedOut.isEmpty())
                statusBar()->showMessage(tr("%n visitor(s) checked out at the end of the day.", nullptr, int(result.checkedOut.size())),
                                         30'000);
            Q_EMIT visitorSweepDone(result.overstays, result.checkedOut);
        },
        [this](const QString &message) {
            m_sweeping = false;
            ++m_sweeps;
            statusBar()->showMessage(tr("Visitors' sweep failed: %1").arg(message), 30'000);
        });
}

void MainWindow::updateClock()
{
    const QDateTime now = m_context.clock->now().toLocalTime();
    m_clock->setText(QLocale().toString(now, QStringLiteral("dddd d MMMM · HH:mm")));
}

} // namespace portique::ui
