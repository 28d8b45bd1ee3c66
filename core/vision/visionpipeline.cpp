// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visionpipeline.h"

#include "facenetwork.h"
#include "liveness.h"
#include "access/qrcode.h"

#include <QSemaphore>
#include <QThread>
#include <opencv2/imgproc.hpp>

#include <map>

namespace portique::vision {

struct VisionPipeline::CameraSlot {
    std::unique_ptr<CameraThread> thread;
    DetectionOptions detection;
    bool liveness = true;
    qint64 codeScanMs = 0;       // 0: this camera does not read codes
    qint64 lastCodeScanMs = 0;
    /// What the worker keeps about one track beside the tracker's own record.
    struct TrackState {
        TrackView view;            // what the tile shows
        int sinceMeasured = 0;     // frames since landmarks and quality were last measured
        double measuredWidth = 0;  // box width at that measure (0: never measured)
        LivenessMonitor liveness;
    };
    FaceTracker tracker;             // used by the one worker that owns this camera
    std::map<int, TrackState> tracks; // per track id
    mutable QMutex countersMutex;
    CameraCounters counters;
};

class VisionPipeline::Worker final : public QThread {
public:
    Worker(VisionPipeline &pipeline, std::vector<int> cameras, QSemaphore &ready)
        : m_pipeline(pipeline)
        , m_cameras(std::move(cameras))
        , m_ready(ready)
    {
        setObjectName(QStringLiteral("vision-worker"));
    }
    ~Worker() override
    {
        m_stopping = true;
        wait();
    }
    void stop()
    {
        m_stopping = true;
        wait();
    }

protected:
    void run() override
    {
        // Each worker is one core's worth of work: OpenBLAS must not spawn threads of its own.
        setBlasThreads(1);
        FaceEngine engine(m_pipeline.m_model, m_pipeline.m_options.mode, m_pipeline.sharedAligner());
        m_ready.release();
        while (!m_stopping) {
            bool worked = false;
            for (int index : m_cameras) {
                CameraSlot &slot = *m_pipeline.m_cameras[std::size_t(index)];
                if (std::optional<Frame> frame = slot.thread->mailbox().take()) {
                    process(engine, index, slot, *frame);
                    worked = true;
                }
            }
            if (!worked)
                QThread::msleep(3);
        }
    }

private:
    void process(FaceEngine &engine, int index, CameraSlot &slot, const Frame &frame)
    {
        const Options &options = m_pipeline.m_options;
        const std::vector<FaceBox> faces = engine.detector().detect(frame.image, slot.detection);
        const std::vector<int> ids = slot.tracker.update(faces, frame.capturedMs);
        std::vector<cv::Mat> chips;
        std::vector<std::pair<int, double>> toDescribe;
        qint64 landmarkCalls = 0;
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const int id = ids[i];
            const qint64 firstSeenMs = slot.tracker.track(id)->firstSeenMs;
            CameraSlot::TrackState &state = slot.tracks[id];
            TrackView &view = state.view;
            view.id = id;
            view.box = faces[i].box;
            const bool followLiveness = slot.liveness && !view.alive && frame.capturedMs - firstSeenMs <= options.livenessWindowMs;
            const bool fresh = state.measuredWidth == 0;
            const bool grown = !fresh && faces[i].box.width() > state.measuredWidth * options.growth;
            const bool retry = !view.usable && state.sinceMeasured >= options.remeasureEvery;
            const bool measure = fresh || grown || retry || options.naive;
            ++state.sinceMeasured;
            if (!followLiveness && !measure)
                continue;
            // One landmark pass serves both liveness and the quality measure of this frame.
            ++landmarkCalls;
            const Landmarks landmarks = engine.aligner().landmarks(frame.image, faces[i].box);
            if (followLiveness) {
                state.liveness.add(frame.capturedMs, landmarks);
                view.alive = state.liveness.shown();
            }
            if (!measure)
                continue;
            state.sinceMeasured = 0;
            state.measuredWidth = faces[i].box.width();
            cv::Mat chip = engine.aligner().chip(frame.image, landmarks);
            const FaceQuality quality = measureQuality(frame.image, faces[i].box, landmarks, chip);
            view.quality = qualityScore(quality);
            view.usable = quality.usable();
            view.problems = quality.problems;
            if (options.naive || (view.usable && slot.tracker.needsDescriptor(id, view.quality))) {
                chips.push_back(std::move(chip));
                toDescribe.emplace_back(id, view.quality);
            }
        }
        std::vector<biometrics::Descriptor> descriptors;
        if (!chips.empty())
            descriptors = engine.describe(chips);
        {
            QMutexLocker lock(&slot.countersMutex);
            ++slot.counters.processed;
            slot.counters.landmarkCalls += landmarkCalls;
            slot.counters.descriptorCalls += qint64(descriptors.size());
        }
        for (std::size_t i = 0; i < descriptors.size(); ++i) {
            const auto [id, score] = toDescribe[i];
            const bool first = !slot.tracker.track(id) || !slot.tracker.track(id)->descriptor;
            slot.tracker.setDescriptor(id, descriptors[i], score);
            slot.tracks[id].view.described = true;
            slot.tracks[id].view.descriptor = slot.tracker.track(id)->descriptor;
            if (first) {
                QMutexLocker lock(&slot.countersMutex);
                slot.counters.firstDescriptorMs.push_back(monotonicMs() - slot.tracker.track(id)->firstSeenMs);
            }
        }
        // Forget what the tracker forgot.
        std::erase_if(slot.tracks, [&](const auto &entry) { return !slot.tracker.track(entry.first); });

        CameraView view;
        view.camera = index;
        view.sequence = frame.sequence;
        view.frameSize = QSize(frame.image.cols, frame.image.rows);
        for (std::size_t i = 0; i < faces.size(); ++i)
            view.tracks.push_back(slot.tracks[ids[i]].view);
        if (slot.codeScanMs > 0 && frame.capturedMs - slot.lastCodeScanMs >= slot.codeScanMs) {
            slot.lastCodeScanMs = frame.capturedMs;
            view.codes = scanCodes(frame.image);
        }
        if (options.displayWidth > 0) {
            cv::Mat rgb;
            const double factor = std::min(1.0, double(options.displayWidth) / frame.image.cols);
            if (factor < 1.0)
                cv::resize(frame.image, rgb, cv::Size(), factor, factor, cv::INTER_AREA);
            else
                rgb = frame.image;
            cv::cvtColor(rgb, rgb, cv::COLOR_BGR2RGB);
            view.image = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
        }
        Q_EMIT m_pipeline.cameraUpdated(view);
    }

    /// A badge held up to the lane camera fills a good part of the frame: 960 px of width keep
    /// its modules readable (a 69-module code at 25 % of the width) at a third of 1080p's cost.
    static QStringList scanCodes(const cv::Mat &bgr)
    {
        cv::Mat grey;
        const double factor = std::min(1.0, 960.0 / bgr.cols);
        if (factor < 1.0) {
            cv::Mat small;
            cv::resize(bgr, small, cv::Size(), factor, factor, cv::INTER_AREA);
            cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
        } else {
            cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        }
        const QImage image(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8);
        return access::decodeQr(image);
    }

    VisionPipeline &m_pipeline;
    std::vector<int> m_cameras;
    QSemaphore &m_ready;
    std::atomic_bool m_stopping{false};
};

VisionPipeline::VisionPipeline(FaceModel model, Options options, QObject *parent)
    : QObject(parent)
    , m_model(std::move(model))
    , m_options(options)
{
    qRegisterMetaType<CameraView>();
    qRegisterMetaType<CameraStatus>();
}

std::shared_ptr<const FaceAligner> VisionPipeline::sharedAligner()
{
    QMutexLocker lock(&m_alignerMutex);
    if (!m_aligner)
        m_aligner = std::make_shared<const FaceAligner>();
    return m_aligner;
}

VisionPipeline::~VisionPipeline()
{
    stop();
}

void VisionPipeline::setCodeScanning(int camera, qint64 intervalMs)
{
    m_cameras.at(std::size_t(camera))->codeScanMs = intervalMs;
}

int VisionPipeline::addCamera(const QString &name, std::unique_ptr<CameraSource> source, CameraTiming timing,
                              std::optional<DetectionOptions> detection, bool liveness, FrameTransform transform)
{
    auto slot = std::make_unique<CameraSlot>();
    slot->detection = detection.value_or(m_options.detection);
    slot->liveness = liveness;
    slot->thread = std::make_unique<CameraThread>(name, std::move(source), timing, transform);
    const int index = int(m_cameras.size());
    connect(slot->thread.get(), &CameraThread::statusChanged, this,
            [this, index](const CameraStatus &status) { Q_EMIT cameraStatusChanged(index, status); }, Qt::DirectConnection);
    m_cameras.push_back(std::move(slot));
    return index;
}

void VisionPipeline::start()
{
    const int workers = std::max(1, std::min(m_options.workers, int(m_cameras.size())));
    std::vector<std::vector<int>> assignment(static_cast<std::size_t>(workers));
    for (int i = 0; i < int(m_cameras.size()); ++i)
        assignment[std::size_t(i % workers)].push_back(i);
    QSemaphore ready;
    for (auto &cameras : assignment)
        m_workers.push_back(std::make_unique<Worker>(*this, cameras, ready));
    for (auto &worker : m_workers)
        worker->start();
    // Cameras start once every worker has loaded its models (about a second): frames captured
    // before would only be dropped.
    ready.acquire(int(m_workers.size()));
    for (auto &slot : m_cameras)
        slot->thread->start();
}

void VisionPipeline::stop()
{
    for (auto &slot : m_cameras)
        slot->thread->stop();
    for (auto &worker : m_workers)
        worker->stop();
    m_workers.clear();
}

CameraThread &VisionPipeline::camera(int index)
{
    return *m_cameras.at(std::size_t(index))->thread;
}

int VisionPipeline::cameraCount() const
{
    return int(m_cameras.size());
}

CameraCounters VisionPipeline::counters(int camera) const
{
    const CameraSlot &slot = *m_cameras.at(std::size_t(camera));
    QMutexLocker lock(&slot.countersMutex);
    return slot.counters;
}

} // namespace portique::vision
