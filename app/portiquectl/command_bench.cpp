// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "vision/camerasource.h"
#include "vision/facenetwork.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace portique::cli {
namespace {


double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, std::size_t(p * double(values.size())))]);
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int pipeline(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench pipeline"),
                       QCoreApplication::translate("Cli", "Runs the vision loop on N simulated 640x480 cameras at 15 fps for S "
                                                          "seconds and reports processed fps, dropped frames, descriptor calls, "
                                                          "time to a face's first descriptor, CPU time and peak memory. --naive "
                                                          "runs the naive pipeline instead (every face of every frame)."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("cameras"), QCoreApplication::translate("Cli", "Number of cameras (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QCoreApplication::translate("Cli", "Duration (default 20)."), QStringLiteral("s"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("video"), QCoreApplication::translate("Cli", "Video each camera plays (default: the demo gate video)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("naive"), QCoreApplication::translate("Cli", "Full-frame detection and a descriptor of every face in every frame.")});
    parser.addOption({QStringLiteral("workers"), QCoreApplication::translate("Cli", "Vision workers (default 2, one per core)."), QStringLiteral("n"), QStringLiteral("2")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const int cameras = parser.value(QStringLiteral("cameras")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int workers = parser.value(QStringLiteral("workers")).toInt();
    if (cameras < 1 || cameras > 16 || seconds < 1 || workers < 1)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--cameras takes 1 to 16, --seconds and --workers a positive number."));
    const QString video = parser.isSet(QStringLiteral("video")) ? parser.value(QStringLiteral("video"))
                                                                 : vision::FaceModel::directory() + QStringLiteral("/../demo-cameras/gate-1.avi");
    if (!QFileInfo::exists(video))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No video at %1: run portiquectl demo cameras (scripts/setup.sh does).").arg(video));

    vision::VisionPipeline::Options options;
    options.workers = workers;
    options.naive = parser.isSet(QStringLiteral("naive"));
    if (options.naive) {
        options.mode = vision::DescriptorMode::Single;
        options.detection = vision::DetectionOptions{};
    }
    options.displayWidth = 0; // no display conversion: measure the vision work alone
    vision::VisionPipeline pipeline(vision::FaceModel::locate(), options);
    for (int i = 0; i < cameras; ++i)
        pipeline.addCamera(QStringLiteral("bench-%1").arg(i + 1), vision::CameraSource::create(video));
    // start() returns once the workers have loaded their models and the cameras run: measure from there.
    pipeline.start();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    pipeline.stop();
    const double elapsed = wall.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;

    QJsonArray perCamera;
    qint64 processed = 0;
    std::vector<qint64> latencies;
    for (int i = 0; i < cameras; ++i) {
        const vision::CameraCounters counters = pipeline.counters(i);
        const qint64 published = pipeline.camera(i).mailbox().published();
        processed += counters.processed;
        latencies.insert(latencies.end(), counters.firstDescriptorMs.begin(), counters.firstDescriptorMs.end());
        perCamera.append(QJsonObject{{QStringLiteral("captured_fps"), double(published) / elapsed},
                                     {QStringLiteral("processed_fps"), double(counters.processed) / elapsed},
                                     {QStringLiteral("dropped"), pipeline.camera(i).mailbox().dropped()},
                                     {QStringLiteral("descriptor_calls"), counters.descriptorCalls},
                                     {QStringLiteral("landmark_calls"), counters.landmarkCalls}});
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    CliContext::printJson({{QStringLiteral("mode"), options.naive ? QStringLiteral("naive") : QStringLiteral("portique")},
                           {QStringLiteral("cameras"), cameras},
                           {QStringLiteral("seconds"), elapsed},
                           {QStringLiteral("per_camera"), perCamera},
                           {QStringLiteral("processed_frames"), processed},
                           {QStringLiteral("cpu_seconds"), cpu},
                           {QStringLiteral("frames_per_cpu_second"), cpu > 0 ? double(processed) / cpu : 0.0},
                           {QStringLiteral("first_descriptor_ms_p50"), percentile(latencies, 0.5)},
                           {QStringLiteral("first_descriptor_ms_p95"), percentile(latencies, 0.95)},
                           {QStringLiteral("tracks_described"), int(latencies.size())},
                           {QStringLiteral("peak_rss_mb"), double(usage.ru_maxrss) / 1024.0},
                           {QStringLiteral("blas"), vision::blasName()}});
    return Success;
}

} // namespace

int runBench(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"pipeline", QT_TRANSLATE_NOOP("Cli", "the vision loop on simulated cameras"), pipeline},
        {"gate", QT_TRANSLATE_NOOP("Cli", "gate lanes: credential-to-decision latency and passages per minute"), benchGate},
    };
    return dispatchVerb(QStringLiteral("bench"), verbs, arguments);
}

} // namespace portique::cli
