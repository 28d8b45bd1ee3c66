// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "vision/camerasource.h"
#include "vision/facefinder.h"
#include "vision/facenetwork.h"
#include "vision/facetracker.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <opencv2/videoio.hpp>

#include <algorithm>
#include <chrono>
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

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// A detection is the staged face when it overlaps its known box this much: FaceTracker's own
/// matching threshold.
constexpr double benchMatchIou = 0.3;

bool foundFace(const std::vector<vision::FaceBox> &faces, const cv::Rect *truth)
{
    if (!truth)
        return !faces.empty();
    const QRectF expected(truth->x, truth->y, truth->width, truth->height);
    return std::any_of(faces.begin(), faces.end(),
                       [&](const vision::FaceBox &f) { return vision::intersectionOverUnion(QRectF(f.box), expected) >= benchMatchIou; });
}

/// Frames of people seen from afar (SyntheticScenes::distantFace), from the faces of @p samples
/// wide enough not to be blown up, through an MJPEG file and back so that they carry a camera's
/// compression noise. @p truth receives each frame's face box.
std::vector<cv::Mat> distantFrames(const QString &samples, int faceWidth, cv::Size size, double seconds, std::vector<cv::Rect> &truth)
{
    QStringList photos;
    const QDir folder(samples);
    for (const QString &name : folder.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
        photos << folder.absoluteFilePath(name);
    vision::FaceEngine engine(vision::FaceModel::locate());
    std::vector<vision::StagedFace> faces;
    for (vision::StagedFace &face : vision::SyntheticScenes::stageFaces(engine, photos)) {
        // Three people, each given a third of the time, is enough variety for a detection rate.
        constexpr std::size_t benchPeople = 3;
        if (face.face.width >= faceWidth && faces.size() < benchPeople)
            faces.push_back(std::move(face));
    }
    if (faces.empty())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No face of at least %1 px in %2.").arg(faceWidth).arg(samples));
    std::vector<cv::Mat> generated;
    vision::DistantFaceScene scene;
    scene.faceWidth = faceWidth;
    scene.frameSize = size;
    scene.seconds = seconds / double(faces.size());
    for (const vision::StagedFace &face : faces) {
        const auto frames = vision::SyntheticScenes::distantFace(face, scene, &truth);
        generated.insert(generated.end(), frames.begin(), frames.end());
    }
    QTemporaryDir dir;
    const QString video = dir.filePath(QStringLiteral("distant.avi"));
    vision::SyntheticScenes::write(video, generated);
    cv::VideoCapture capture(video.toStdString());
    std::vector<cv::Mat> frames;
    for (cv::Mat frame; capture.read(frame);)
        frames.push_back(frame.clone());
    truth.resize(frames.size());
    return frames;
}

/// The finder against a naive full-resolution pass and the former half-resolution gate pass, on
/// the same frames, one thread: cost per frame and share of frames where the face was found.
int finderBench(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const int faceWidth = parser.value(QStringLiteral("face-width")).toInt();
    const int minFace = parser.value(QStringLiteral("min-face")).toInt();
    const QStringList resolution = parser.value(QStringLiteral("resolution")).split(u'x');
    const cv::Size size(resolution.value(0).toInt(), resolution.value(1).toInt());
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    if (faceWidth < 20 || minFace < 20 || size.width < 160 || size.height < 120)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--face-width and --min-face take at least 20 px, "
                                                                   "--resolution WxH at least 160x120."));
    vision::setBlasThreads(1);
    std::vector<cv::Rect> truth;
    std::vector<cv::Mat> frames;
    const bool ownVideo = parser.isSet(QStringLiteral("video"));
    if (ownVideo) {
        cv::VideoCapture capture(parser.value(QStringLiteral("video")).toStdString());
        const auto count = std::size_t(seconds * vision::SyntheticScenes::fps);
        for (cv::Mat frame; frames.size() < count && capture.read(frame);)
            frames.push_back(frame.clone());
    } else {
        const QString samples = parser.isSet(QStringLiteral("samples"))
                                    ? parser.value(QStringLiteral("samples"))
                                    : vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15/demo");
        frames = distantFrames(samples, faceWidth, size, seconds, truth);
    }
    if (frames.empty())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No frame to measure."));

    vision::FaceDetector detector;
    vision::FaceFinder finder(vision::DetectionOptions::forLane(minFace));
    vision::FaceTracker tracker;
    const vision::DetectionOptions naive = vision::DetectionOptions::forLane(minFace);
    const vision::DetectionOptions gate = vision::DetectionOptions::forGate();
    double finderMs = 0;
    double naiveMs = 0;
    double gateMs = 0;
    std::vector<qint64> finderFrameUs;
    int finderFound = 0;
    int naiveFound = 0;
    int gateFound = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const cv::Rect *expected = ownVideo ? nullptr : &truth[i];
        // As the pipeline will: the tracks' boxes before this frame, then the tracker's update.
        std::vector<QRect> tracks;
        for (const vision::FaceTrack &track : tracker.tracks())
            tracks.push_back(track.box.toRect());
        auto start = std::chrono::steady_clock::now();
        const auto found = finder.find(detector, frames[i], tracks);
        const double ms = msSince(start);
        finderMs += ms;
        finderFrameUs.push_back(qint64(ms * 1000));
        tracker.update(found, qint64(double(i) * 1000.0 / vision::SyntheticScenes::fps));
        finderFound += foundFace(found, expected);
        start = std::chrono::steady_clock::now();
        naiveFound += foundFace(detector.detect(frames[i], naive), expected);
        naiveMs += msSince(start);
        start = std::chrono::steady_clock::now();
        gateFound += foundFace(detector.detect(frames[i], gate), expected);
        gateMs += msSince(start);
    }
    const double n = double(frames.size());
    const vision::FinderCounters &c = finder.counters();
    CliContext::printJson({{QStringLiteral("mode"), QStringLiteral("finder")},
                           {QStringLiteral("frames"), int(frames.size())},
                           {QStringLiteral("resolution"), QStringLiteral("%1x%2").arg(frames.front().cols).arg(frames.front().rows)},
                           {QStringLiteral("face_width"), ownVideo ? QJsonValue() : QJsonValue(faceWidth)},
                           {QStringLiteral("min_face_px"), minFace},
                           {QStringLiteral("finder_ms_per_frame"), finderMs / n},
                           {QStringLiteral("finder_ms_p95"), percentile(finderFrameUs, 0.95) / 1000.0},
                           {QStringLiteral("naive_full_res_ms_per_frame"), naiveMs / n},
                           {QStringLiteral("gate_half_res_ms_per_frame"), gateMs / n},
                           {QStringLiteral("finder_to_naive_ratio"), naiveMs > 0 ? finderMs / naiveMs : 0.0},
                           {QStringLiteral("finder_found_share"), finderFound / n},
                           {QStringLiteral("naive_found_share"), naiveFound / n},
                           {QStringLiteral("gate_found_share"), gateFound / n},
                           {QStringLiteral("finder_fine_pixels_per_frame"), double(c.finePixels) / n},
                           {QStringLiteral("finder_fine_share_of_frame"), double(c.finePixels) / n / double(frames.front().total())},
                           {QStringLiteral("finder_full_scans"), qint64(c.fullScans)},
                           {QStringLiteral("finder_busy_scans"), qint64(c.busyScans)},
                           {QStringLiteral("finder_coarse_share_of_frame"), double(c.coarsePixels) / n / double(frames.front().total())},
                           {QStringLiteral("finder_coarse_passes"), qint64(c.coarsePasses)},
                           {QStringLiteral("finder_coarse_region_passes"), qint64(c.coarseRegionPasses)},
                           {QStringLiteral("finder_region_passes"), qint64(c.roiPasses)},
                           {QStringLiteral("finder_regions_dropped"), qint64(c.roisDropped)},
                           {QStringLiteral("finder_idle_frames"), qint64(c.idleFrames)}});
    return Success;
}

int pipeline(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench pipeline"),
                       QCoreApplication::translate("Cli", "Runs the vision loop on N simulated 640x480 cameras at 15 fps for S "
                                                          "seconds and reports processed fps, dropped frames, descriptor calls, "
                                                          "time to a face's first descriptor, CPU time and peak memory. --naive "
                                                          "runs the naive pipeline instead (every face of every frame). --finder "
                                                          "compares, on one thread and the same frames, the face finder with a "
                                                          "full-resolution detection: cost per frame and faces found."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("cameras"), QCoreApplication::translate("Cli", "Number of cameras (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QCoreApplication::translate("Cli", "Duration (default 20)."), QStringLiteral("s"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("video"), QCoreApplication::translate("Cli", "Video each camera plays (default: the demo gate video)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("naive"), QCoreApplication::translate("Cli", "Full-frame detection and a descriptor of every face in every frame.")});
    parser.addOption({QStringLiteral("workers"), QCoreApplication::translate("Cli", "Vision workers (default 2, one per core)."), QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption(
        {QStringLiteral("finder"),
         QCoreApplication::translate("Cli", "Face finder against full-resolution detection, one thread (default: people "
                                            "about 1 m away, made from the face-api demo photos; --video: that video's frames).")});
    parser.addOption({QStringLiteral("face-width"), QCoreApplication::translate("Cli", "--finder: the faces' width in px (default 90)."),
                      QStringLiteral("px"), QStringLiteral("90")});
    parser.addOption({QStringLiteral("min-face"),
                      QCoreApplication::translate("Cli", "--finder: the smallest face to find, px (default 80)."), QStringLiteral("px"),
                      QStringLiteral("80")});
    parser.addOption({QStringLiteral("resolution"), QCoreApplication::translate("Cli", "--finder: frame size (default 640x480)."),
                      QStringLiteral("WxH"), QStringLiteral("640x480")});
    parser.addOption({QStringLiteral("samples"), QCoreApplication::translate("Cli", "--finder: folder of photos to take the faces from."),
                      QStringLiteral("dir")});
    if (!context.parse(0, 0, QString()))
        return Success;
    if (parser.isSet(QStringLiteral("finder")))
        return finderBench(context);
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
        {"soak", QT_TRANSLATE_NOOP("Cli", "an accelerated school day: memory, descriptors, threads, nothing lost"), benchSoak},
        {"pad", QT_TRANSLATE_NOOP("Cli", "presentation attacks: APCER per attack type, BPCER, genuine time to decision"), benchPad},
    };
    return dispatchVerb(QStringLiteral("bench"), verbs, arguments);
}

} // namespace portique::cli
