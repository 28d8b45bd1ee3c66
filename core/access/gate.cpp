// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "gate.h"

#include "common/clock.h"
#include "privacy/experimentdefinition.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "vision/visionpipeline.h"

#include <QElapsedTimer>
#include <QTimer>

namespace portique::access {
namespace {

/// What the gate needs from the settings, read on the writer thread.
struct GateSettings {
    LaneController::Options options;
    bool sounds = true;
    ScannerBindings scanners;
    QList<bool> faceLaneOpen; ///< per lane, today
};

// The declared experiment's days start and end at midnight: its lanes are looked at again this
// often, so a tile says "badge only" within minutes of the day changing.
constexpr int settingsRecheckMs = 10 * 60'000;

// The lock screen's "passages in the last minute" slides: counted again this often while quiet.
constexpr int summaryRefreshMs = 5000;
constexpr qint64 minuteMs = 60'000;

} // namespace

/// One lane's controller and what the lock screen may show of it.
struct Gate::LaneRecord {
    std::unique_ptr<LaneController> controller;
    std::deque<qint64> passages; ///< monotonic ms of the passages of the last minute
    std::optional<Outcome> lastOutcome;
    std::optional<Passage> lastPassage; ///< its descriptor already dropped (LaneController::finish)
    qint64 lastAtMs = 0;
    bool reading = false;
};

Gate::Gate(vision::VisionPipeline *pipeline, QList<GateLane> lanes, storage::DatabaseThread &writer, const common::Clock &clock,
           QByteArray modelId, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_lanes(std::move(lanes))
    , m_writer(writer)
    , m_clock(clock)
{
    m_monotonic.start();
    for (int i = 0; i < m_lanes.size(); ++i) {
        auto record = std::make_unique<LaneRecord>();
        record->controller = std::make_unique<LaneController>(m_lanes[i].name, writer, clock, modelId, m_options);
        LaneController *lane = record->controller.get();
        const int camera = m_lanes[i].camera;
        if (m_pipeline && camera >= 0 && camera < m_pipeline->cameraCount()) {
            vision::VisionPipeline *source = m_pipeline;
            lane->setDescriptorSource(
                [source, camera](int track) {
                    return source->requestDescriptors(camera, vision::DescriptorReason::FaceLaneCredential, track);
                },
                [source, camera](int request) { source->releaseDescriptors(camera, request); });
        }
        lane->setPassbackCheck([this, i](const QString &serial) {
            const auto seen = m_lastSeenSerials.constFind(serial);
            return seen != m_lastSeenSerials.cend() && seen->first != i && m_monotonic.elapsed() - seen->second <= m_options.repeatWindowMs;
        });
        connect(lane, &LaneController::started, this, [this, i] {
            m_records[std::size_t(i)]->reading = true;
            Q_EMIT started(i);
            Q_EMIT summariesChanged();
        });
        connect(lane, &LaneController::decided, this, [this, i](const Passage &passage) { recordPassage(i, passage); });
        connect(lane, &LaneController::failed, this, [this, i](const QString &, const QString &message) {
            m_records[std::size_t(i)]->reading = m_records[std::size_t(i)]->controller->busy();
            Q_EMIT failed(i, message);
            Q_EMIT summariesChanged();
        });
        m_records.push_back(std::move(record));
    }
    if (m_pipeline)
        connect(m_pipeline, &vision::VisionPipeline::cameraUpdated, this, &Gate::onView, Qt::QueuedConnection);
    auto *refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (!m_records.empty())
            Q_EMIT summariesChanged();
    });
    refresh->start(summaryRefreshMs);
    m_faceLaneOpen = QList<bool>(m_lanes.size(), false);
    auto *recheck = new QTimer(this);
    connect(recheck, &QTimer::timeout, this, &Gate::reloadSettings);
    recheck->start(settingsRecheckMs);
}

Gate::~Gate() = default;

LaneController *Gate::controller(int index) const
{
    return index >= 0 && index < int(m_records.size()) ? m_records[std::size_t(index)]->controller.get() : nullptr;
}

LaneController *Gate::controller(const QString &lane) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].name == lane)
            return controller(i);
    }
    return nullptr;
}

int Gate::laneOfCamera(int camera) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].camera == camera)
            return i;
    }
    return -1;
}

void Gate::setAgent(const QString &login)
{
    // While the screen is locked nobody is at the desk: the events keep naming the last agent, who
    // left the gate running.
    if (login.isEmpty())
        return;
    m_agent = login;
    for (const auto &record : m_records)
        record->controller->setAgent(login);
}

void Gate::reloadSettings()
{
    const common::Clock *clock = &m_clock;
    storage::submitJob<GateSettings>(
        m_writer, this,
        [clock, lanes = m_lanes](storage::Database &db) {
            station::StationServices services(db, *clock);
            GateSettings settings;
            const QDate today = clock->now().toLocalTime().date();
            for (const GateLane &lane : lanes)
                settings.faceLaneOpen << privacy::faceLaneOpen(services.settings, today, lane.name);
            settings.options = LaneController::optionsFrom(services.settings);
            settings.sounds = services.settings.value(station::settings::gateSounds) != 0;
            settings.scanners = parseScannerBindings(services.settings.value(station::settings::gateScannerLanes));
            return settings;
        },
        [this](const GateSettings &settings) {
            m_sounds = settings.sounds;
            m_scanners = settings.scanners;
            m_faceLaneOpen = settings.faceLaneOpen;
            applyOptions(settings.options);
            m_settingsLoaded = true;
            Q_EMIT settingsApplied(QString());
        },
        [this](const QString &message) {
            // The lanes go on with the options they have (the documented defaults at start).
            m_settingsLoaded = true;
            Q_EMIT settingsApplied(message);
        },
        storage::JobPriority::Gate);
}

void Gate::applyOptions(const LaneController::Options &options)
{
    m_options = options;
    for (const auto &record : m_records)
        record->controller->setOptions(options);
}

void Gate::setDefaultLane(int index)
{
    if (index >= 0 && index < laneCount())
        m_defaultLane = index;
}

int Gate::laneForDevice(const QString &device) const
{
    int lane = m_defaultLane;
    for (const auto &[bound, name] : m_scanners) {
        if (device.isEmpty() || bound != device)
            continue;
        for (int i = 0; i < m_lanes.size(); ++i) {
            if (m_lanes[i].name == name)
                lane = i;
        }
    }
    return lane;
}

int Gate::presentScanned(const QString &code, const QString &device)
{
    const int lane = laneForDevice(device);
    return present(lane, code, CredentialMethod::Scanner) ? lane : -1;
}

std::optional<Passage> Gate::lastPassage(int index) const
{
    return index >= 0 && index < int(m_records.size()) ? m_records[std::size_t(index)]->lastPassage : std::nullopt;
}

bool Gate::present(int index, const QString &code, CredentialMethod method)
{
    LaneController *lane = controller(index);
    return lane && lane->present(code, method);
}

bool Gate::laneBusy(int index) const
{
    const LaneController *lane = controller(index);
    return lane && lane->busy();
}

QList<LaneSummary> Gate::summaries() const
{
    const qint64 now = m_monotonic.elapsed();
    QList<LaneSummary> summaries;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const LaneRecord &record = *m_records[std::size_t(i)];
        LaneSummary summary;
        summary.lane = m_lanes[i].name;
        summary.reading = record.reading;
        if (record.lastOutcome && now - record.lastAtMs <= summaryHoldMs)
            summary.lastOutcome = record.lastOutcome;
        summary.passagesLastMinute =
            int(std::count_if(record.passages.cbegin(), record.passages.cend(), [now](qint64 at) { return now - at <= minuteMs; }));
        summaries << summary;
    }
    return summaries;
}

void Gate::onView(const vision::CameraView &view)
{
    const int lane = laneOfCamera(view.camera);
    if (lane < 0)
        return;
    LaneController &controller = *m_records[std::size_t(lane)]->controller;
    controller.updateFaces(view.tracks, view.presenterLeft);
    for (const QString &code : view.codes)
        controller.present(code, CredentialMethod::CameraQr);
    Q_EMIT viewed(lane, view);
}

void Gate::recordPassage(int lane, const Passage &passage)
{
    LaneRecord &record = *m_records[std::size_t(lane)];
    const qint64 now = m_monotonic.elapsed();
    record.reading = false;
    record.lastOutcome = passage.decision.outcome;
    record.lastPassage = passage;
    record.lastAtMs = now;
    record.passages.push_back(now);
    while (!record.passages.empty() && now - record.passages.front() > minuteMs)
        record.passages.pop_front();
    if (!passage.serial.isEmpty()) {
        m_lastSeenSerials.removeIf([&](const auto &seen) { return now - seen.value().second > m_options.repeatWindowMs; });
        m_lastSeenSerials.insert(passage.serial, {lane, now});
    }
    Q_EMIT decided(lane, passage);
    Q_EMIT summariesChanged();
}

} // namespace portique::access
