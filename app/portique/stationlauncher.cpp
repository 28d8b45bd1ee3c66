// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "stationlauncher.h"

#include "access/gate.h"
#include "demoscanner.h"
#include "i18n/language.h"
#include "logindialog.h"
#include "loginform.h"
#include "mainwindow.h"
#include "privacy/restorereplay.h"
#include "station/cameraconfig.h"
#include "station/demolanes.h"
#include "station/demostation.h"
#include "station/facemodelwatch.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "storage/databasethread.h"
#include "storage/keyfile.h"
#include "vision/facemodel.h"
#include "vision/visionerror.h"
#include "vision/visionpipeline.h"
#include "visitors/indoortracking.h"

#include <QDir>
#include <QFileInfo>

#include <QApplication>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent>

namespace portique::app {
namespace {

struct StationFacts {
    privacy::ReplayReport replay; ///< the forget ledger checked and replayed before the lanes open
    QString cipherVersion;
    QString schoolName;
    QString language;
    qint64 autoLockMinutes = 5;
    QList<station::CameraConfig> cameras;
};

QString demoCamerasFolder()
{
    return QFileInfo(vision::FaceModel::directory()).dir().filePath(QStringLiteral("demo-cameras"));
}

} // namespace

StationLauncher::StationLauncher(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_context.clock = &m_clock;
    m_context.databasePath = m_options.databasePath;
    m_context.demo = m_options.demo;
}

StationLauncher::~StationLauncher()
{
    // The window goes first (it observes the gate and the pipeline), then the gate, then the
    // pipeline that feeds them, once started.
    m_demoScanner.reset();
    m_window.reset();
    m_login.reset();
    m_context.gate = nullptr;
    m_gate.reset();
    m_tracking.reset();
    m_pipelineStart.waitForFinished();
    m_pipeline.reset();
}

void StationLauncher::start()
{
    const QString keyPath = m_options.keyFilePath;
    try {
        if (storage::KeyFile::inspect(keyPath) == storage::KeyFileKind::Raw) {
            openDatabase(storage::KeyFile::read(keyPath));
            return;
        }
    } catch (const storage::StorageError &error) {
        fail(error.message());
        return;
    }
    bool given = false;
    const QString passphrase = QInputDialog::getText(nullptr, tr("Portique — unlock the station"), tr("Passphrase of the database key:"),
                                                     QLineEdit::Password, QString(), &given);
    if (!given) {
        QCoreApplication::exit(0);
        return;
    }
    // Argon2id takes about a second and 256 MiB: never on the GUI thread.
    auto *watcher = new QFutureWatcher<std::shared_ptr<storage::DatabaseKey>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        try {
            openDatabase(std::move(*watcher->result()));
        } catch (...) {
            fail(storage::messageOf(std::current_exception()));
        }
    });
    watcher->setFuture(QtConcurrent::run([keyPath, passphrase] {
        return std::make_shared<storage::DatabaseKey>(storage::KeyFile::read(keyPath, [&] { return passphrase; }));
    }));
}

void StationLauncher::openDatabase(storage::DatabaseKey key)
{
    m_writer = std::make_unique<storage::DatabaseThread>(m_options.databasePath, std::move(key));
    m_context.writer = m_writer.get();
    m_purge = std::make_unique<privacy::PurgeScheduler>(*m_writer, m_clock);
    m_purge->start();
    m_context.purge = m_purge.get();
    const common::Clock *clock = &m_clock;
    storage::submitJob<StationFacts>(
        *m_writer, this,
        [clock](storage::Database &db) {
            // First, before the gate exists: a restored older copy of the database must not let an
            // erased person or a revoked badge back in (privacy/restorereplay.h).
            privacy::ReplayReport replay = privacy::replayForgetLedger(db, *clock);
            station::StationServices services(db, *clock);
            return StationFacts{std::move(replay),
                                db.cipherVersion(),
                                services.settings.value(station::settings::schoolName),
                                services.settings.value(station::settings::language),
                                services.settings.value(station::settings::autoLockMinutes),
                                station::loadCameras(services.settings)};
        },
        [this](const StationFacts &facts) {
            m_context.cipherVersion = facts.cipherVersion;
            m_context.schoolName = facts.schoolName;
            m_autoLockMinutes = facts.autoLockMinutes;
            i18n::installTranslation(m_options.forcedLanguage.isEmpty() ? facts.language : m_options.forcedLanguage);
            startCameras(m_options.demo ? station::demoCameras(demoCamerasFolder()) : facts.cameras);
            if (facts.replay.worthTelling())
                tellReplay(facts.replay.summary());
            showLogin();
        },
        [this](const QString &message) { fail(message); });
}

void StationLauncher::startCameras(const QList<station::CameraConfig> &cameras)
{
    if (cameras.isEmpty()) {
        m_context.camerasUnavailable = m_options.demo
                                           ? tr("The demo cameras are not generated yet: run scripts/setup.sh.")
                                           : tr("No camera is configured. The administrator adds them with portiquectl camera add.");
        return;
    }
    try {
        m_pipeline = std::make_unique<vision::VisionPipeline>(vision::FaceModel::locate(), vision::VisionPipeline::Options{});
    } catch (const vision::VisionError &error) {
        m_context.camerasUnavailable = error.message();
        return;
    }
    QList<visitors::IndoorCamera> indoor;
    QList<access::GateLane> lanes;
    for (const station::CameraConfig &camera : cameras) {
        const bool gate = camera.role == station::CameraConfig::Role::GateLane;
        // Each camera looks for faces down to its own smallest face (Administration › Cameras).
        const int index = m_pipeline->addCamera(camera.name, vision::CameraSource::create(camera.source), {},
                                                vision::DetectionOptions::forLane(camera.minFacePx), gate,
                                                vision::FrameTransform{camera.rotation, camera.maxWidth});
        if (gate) {
            m_pipeline->setCodeScanning(index, vision::VisionPipeline::defaultCodeScanMs);
            lanes << access::GateLane{camera.name, index};
        } else if (camera.role == station::CameraConfig::Role::Desk) {
            // Only the visitor dialog watches it, and describes a face only on the agent's key.
            m_context.deskCameras << index;
        } else if (!camera.zone.trimmed().isEmpty()) {
            indoor << visitors::IndoorCamera{index, camera.zone.trimmed()};
        } else {
            qWarning("camera %s is indoor but watches no zone: visitors are not followed on it", qPrintable(camera.name));
        }
    }
    m_context.pipeline = m_pipeline.get();
    const QByteArray modelId = m_pipeline->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
    noteFaceModel(modelId);
    if (!lanes.isEmpty()) {
        // The station's gate, not the window's: it lives until the station closes.
        m_gate = std::make_unique<access::Gate>(m_pipeline.get(), lanes, *m_writer, m_clock, modelId);
        m_gate->reloadSettings();
        m_context.gate = m_gate.get();
    }
    m_cameraHealth = std::make_unique<station::CameraHealthRecorder>(*m_pipeline, *m_writer, m_clock);
    if (!indoor.isEmpty()) {
        m_tracking = std::make_unique<visitors::IndoorTracking>(*m_pipeline, indoor, *m_writer, m_clock, modelId);
        connect(m_tracking.get(), &visitors::IndoorTracking::failed, this,
                [](const QString &message) { qWarning("visitor tracking: %s", qPrintable(message)); });
        m_context.tracking = m_tracking.get();
    }
    if (m_options.demo) {
        if (m_gate)
            startDemoScanner();
        startDemoVisitors();
    }
    // Starting waits for the workers to load their models (about a second): not on the GUI thread.
    m_pipelineStart = QtConcurrent::run([pipeline = m_pipeline.get()] { pipeline->start(); });
}

void StationLauncher::startDemoScanner()
{
    const common::Clock *clock = &m_clock;
    const QString lanes = QDir(demoCamerasFolder()).filePath(QStringLiteral("lanes.json"));
    const QString wallet = QFileInfo(m_options.databasePath).dir().filePath(QStringLiteral("demo-wallet.json"));
    const QByteArray modelId = m_pipeline->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
    storage::submitJob<station::DemoWallet>(
        *m_writer, this,
        [clock, lanes, wallet, modelId](storage::Database &db) {
            station::StationServices services(db, *clock);
            return station::prepareDemoWallet(services, lanes, wallet, modelId);
        },
        [this](const station::DemoWallet &demoWallet) { m_demoScanner = std::make_unique<DemoScanner>(demoWallet, *m_gate); },
        [](const QString &message) { qWarning("demo scanner: %s", qPrintable(message)); });
}

void StationLauncher::noteFaceModel(const QByteArray &modelId)
{
    const common::Clock *clock = &m_clock;
    storage::submitJob<bool>(
        *m_writer, this,
        [clock, modelId](storage::Database &db) {
            station::StationServices services(db, *clock);
            return station::noteFaceModel(services, modelId).has_value();
        },
        [](bool changed) {
            if (changed)
                qWarning("the face model changed since the last start: templates of the previous model go to check by hand");
        },
        [](const QString &message) { qWarning("face model: %s", qPrintable(message)); });
}

void StationLauncher::startDemoVisitors()
{
    const common::Clock *clock = &m_clock;
    const QString faces = QDir(demoCamerasFolder()).filePath(QStringLiteral("visitors.json"));
    const QString folder = QFileInfo(m_options.databasePath).absolutePath();
    const QByteArray modelId = m_pipeline->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
    storage::submitJob<QString>(
        *m_writer, this,
        [clock, faces, folder, modelId](storage::Database &db) {
            station::StationServices services(db, *clock);
            return station::ensureDemoVisitors(services, faces, folder, modelId);
        },
        [this](const QString &outcome) {
            qInfo("demo visitors: %s", qPrintable(outcome));
            if (m_tracking)
                m_tracking->refreshGallery();
        },
        [](const QString &message) { qWarning("demo visitors: %s", qPrintable(message)); });
}

void StationLauncher::showLogin()
{
    m_login = std::make_unique<ui::LoginDialog>(m_context);
    connect(m_login.get(), &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted || !m_login->user()) {
            QCoreApplication::exit(0);
            return;
        }
        m_window = std::make_unique<ui::MainWindow>(m_context, *m_login->user(), m_autoLockMinutes);
        m_window->showTab(m_options.tab);
        m_window->show();
        if (m_options.lockAfter > 0)
            QTimer::singleShot(int(m_options.lockAfter * 1000), m_window.get(),
                               [window = m_window.get()] { window->lock(QStringLiteral("manual")); });
        m_login->deleteLater();
        m_login.release();
    });
    m_login->show();
    if (!m_options.autoLogin.isEmpty())
        m_login->form()->submitAs(m_options.autoLogin, qEnvironmentVariable("PORTIQUE_PASSWORD"));
}

void StationLauncher::tellReplay(const QString &summary)
{
    qWarning("%s", qPrintable(summary));
    // Not modal: the lanes already decide, and whoever starts the station may not be the DPO (the
    // alert raised with it waits for them).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Portique — restored database"), summary, QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("restoreReplayMessage"));
    box->show();
}

void StationLauncher::fail(const QString &message)
{
    QMessageBox::critical(nullptr, tr("Portique cannot start"), message);
    QCoreApplication::exit(1);
}

} // namespace portique::app
