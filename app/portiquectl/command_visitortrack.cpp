// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `portiquectl visitor track`: one indoor camera, headless, from a video played once.
#include "clicontext.h"
#include "commands.h"

#include "biometrics/facetemplate.h"
#include "common/isotime.h"
#include "station/cameraconfig.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/facemodel.h"
#include "vision/visionpipeline.h"
#include "visitors/indoortracking.h"
#include "visitors/zonemap.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <atomic>
#include <cmath>

namespace portique::cli {
namespace {

/// A video file played once at its own rate. A station camera loops its file (CameraSource);
/// this command must end with its video, and know which frame was the last one.
class PlayOnceSource final : public vision::CameraSource {
public:
    explicit PlayOnceSource(QString path)
        : m_path(std::move(path))
    {
    }

    bool open(QString &error) override
    {
        if (m_ended) {
            error = QCoreApplication::translate("Cli", "The video %1 has ended.").arg(m_path);
            return false;
        }
        bool ok = false;
        try {
            ok = m_capture.open(m_path.toStdString(), cv::CAP_FFMPEG) && m_capture.isOpened();
        } catch (const cv::Exception &) {
            ok = false;
        }
        if (!ok) {
            error = QCoreApplication::translate("Camera", "Cannot open %1.").arg(m_path);
            m_ended = true;
            return false;
        }
        const double fps = m_capture.get(cv::CAP_PROP_FPS);
        // As CameraSource: a file without a usable rate plays at 25 fps.
        m_fps = fps > 1.0 && fps < 121.0 ? fps : 25.0;
        m_opened = true;
        return true;
    }

    bool read(cv::Mat &image) override
    {
        if (m_ended || !m_capture.isOpened())
            return false;
        bool ok = false;
        try {
            ok = m_capture.read(image) && !image.empty();
        } catch (const cv::Exception &) {
            ok = false;
        }
        if (!ok) {
            m_ended = true;
            return false;
        }
        if (image.channels() == 1)
            cv::cvtColor(image, image, cv::COLOR_GRAY2BGR);
        ++m_delivered;
        return true;
    }

    void close() override { m_capture.release(); }
    double pacingFps() const override { return m_fps; }
    Kind kind() const override { return Kind::VideoFile; }

    /// Any thread: whether the file was opened and its last frame read, and how many were.
    bool opened() const { return m_opened; }
    bool ended() const { return m_ended; }
    qint64 delivered() const { return m_delivered; }

private:
    QString m_path;
    cv::VideoCapture m_capture;
    double m_fps = 25.0;
    std::atomic_bool m_opened{false};
    std::atomic_bool m_ended{false};
    std::atomic<qint64> m_delivered{0};
};

/// No processed frame for this long means the video or the vision loop is stuck (a worker
/// describes a face in about 0.1 s on one core): end with an error rather than hang a script.
constexpr int stuckAfterMs = 30'000;

QString resolveZone(CliContext &context, const QString &camera)
{
    station::StationServices services(context.database(), context.clock());
    const QList<station::CameraConfig> cameras = station::loadCameras(services.settings);
    QString zone = context.parser().value(QStringLiteral("zone")).trimmed();
    if (zone.isEmpty()) {
        for (const station::CameraConfig &config : cameras) {
            if (config.name == camera && config.role == station::CameraConfig::Role::IndoorZone)
                zone = config.zone.trimmed();
        }
    }
    if (zone.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "The camera %1 is not an indoor camera with a zone: give --zone.").arg(camera));
    const visitors::ZoneMap map = visitors::loadZoneMap(services.settings, cameras);
    if (!map.zones.isEmpty() && !map.zone(zone))
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "There is no zone named %1 (zones: %2).")
                                    .arg(zone, map.names().join(QStringLiteral(", "))));
    return zone;
}

} // namespace

int visitorTrack(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor track"),
                       QCoreApplication::translate("Cli", "Plays a video once as an indoor camera and follows the visitors on site "
                                                          "who consented to tracking: each sighting is recorded (alerting when the "
                                                          "zone is not on the pass) and printed as one JSON line. Strangers give "
                                                          "nothing and leave nothing."),
                       arguments);
    context.parser().addOption({QStringLiteral("camera"), QCoreApplication::translate("Cli", "The camera's name."), QStringLiteral("name")});
    context.parser().addOption({QStringLiteral("video"), QCoreApplication::translate("Cli", "The camera's video file."), QStringLiteral("file")});
    context.parser().addOption({QStringLiteral("zone"),
                                QCoreApplication::translate("Cli", "The zone it watches (default: the configured camera's zone)."),
                                QStringLiteral("zone")});
    context.parser().addOption({QStringLiteral("face-model"),
                                QCoreApplication::translate("Cli", "The descriptor model file (default: the installed one)."),
                                QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString camera = context.required(QStringLiteral("camera")).trimmed();
    const QString video = context.required(QStringLiteral("video"));
    if (!QFileInfo(video).isFile())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "%1 is not a video file.").arg(video));
    context.requireOperator(accounts::Permission::ManageVisitors);
    const QString zone = resolveZone(context, camera);

    const vision::FaceModel model = vision::FaceModel::locate(context.parser().value(QStringLiteral("face-model")));
    vision::VisionPipeline pipeline(model, vision::VisionPipeline::Options{});
    auto owned = std::make_unique<PlayOnceSource>(video);
    const PlayOnceSource *source = owned.get();
    // An indoor camera, as the station adds one: full-resolution detection, no liveness.
    const int index = pipeline.addCamera(camera, std::move(owned), {}, vision::DetectionOptions{}, false);
    const std::unique_ptr<storage::DatabaseThread> writer = context.openWriter();
    visitors::IndoorTracking tracking(pipeline, {{index, zone}}, *writer, context.clock(),
                                      model.sha256.left(biometrics::FaceTemplate::modelIdSize));

    QEventLoop loop;
    QString failure;
    bool finished = false;
    const auto fail = [&](const QString &message) {
        if (failure.isEmpty())
            failure = message;
        loop.quit();
    };
    QObject::connect(&tracking, &visitors::IndoorTracking::sighted, &loop,
                     [](const QString &visitorId, const QString &cameraName, const QString &zoneName, const QDateTime &at, double score,
                        qint64 alertId) {
                         QJsonObject line{{QStringLiteral("visitor"), visitorId},
                                          {QStringLiteral("camera"), cameraName},
                                          {QStringLiteral("zone"), zoneName},
                                          {QStringLiteral("time"), common::isoTime(at)},
                                          {QStringLiteral("score"), std::round(score * 1000) / 1000}};
                         if (alertId > 0)
                             line.insert(QStringLiteral("alert"), alertId);
                         CliContext::printJson(line);
                     });
    QObject::connect(&tracking, &visitors::IndoorTracking::failed, &loop, fail);
    QObject::connect(&tracking, &visitors::IndoorTracking::settled, &loop, [&] {
        if (finished)
            loop.quit();
    });

    // Frames are followed only once the gallery is in memory: no visitor is missed at the start.
    const QMetaObject::Connection loaded =
        QObject::connect(&tracking, &visitors::IndoorTracking::galleryRefreshed, &loop, [&] { loop.quit(); });
    if (!tracking.galleryLoaded())
        loop.exec();
    QObject::disconnect(loaded);
    if (!failure.isEmpty())
        throw CliExit(Failed, failure);

    // Connected after the tracking's own connection, so the tracking has seen a frame when this does.
    qint64 lastSequence = 0;
    QTimer stuck;
    stuck.setSingleShot(true);
    QObject::connect(&stuck, &QTimer::timeout, &loop, [&] {
        fail(QCoreApplication::translate("Cli", "No frame came from %1 for %2 s.").arg(video).arg(stuckAfterMs / 1000));
    });
    QObject::connect(&pipeline, &vision::VisionPipeline::cameraUpdated, &loop, [&](const vision::CameraView &view) {
        lastSequence = std::max(lastSequence, view.sequence);
        stuck.start(stuckAfterMs);
    });
    QObject::connect(&pipeline, &vision::VisionPipeline::cameraStatusChanged, &loop,
                     [&](int, const vision::CameraStatus &status) {
                         if (status.state == vision::CameraStatus::State::Lost && source->delivered() == 0)
                             fail(status.detail);
                     });
    // The end: the last frame read has been through the vision loop and the tracking.
    QTimer end;
    QObject::connect(&end, &QTimer::timeout, &loop, [&] {
        if (finished || !source->opened() || !source->ended() || lastSequence < source->delivered())
            return;
        finished = true;
        if (tracking.pendingWrites() == 0)
            loop.quit();
    });
    end.start(50);
    stuck.start(stuckAfterMs);
    pipeline.start();
    loop.exec();
    pipeline.stop();
    if (!failure.isEmpty())
        throw CliExit(Failed, failure);
    return Success;
}

} // namespace portique::cli
