// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visionpipeline.h"

#include "access/qrcode.h"
#include "facefinder.h"
#include "facenetwork.h"
#include "liveness.h"
#include "sightfusion.h"

#include <QSemaphore>
#include <QThread>
#include <opencv2/imgproc.hpp>

#include <map>

namespace portique::vision {

struct VisionPipeline::CameraSlot {
    std::unique_ptr<CameraThread> thread;
    DetectionOptions detection;
    std::unique_ptr<FaceFinder> finder; // down to the camera's smallest face, at a fraction of full-frame cost
    bool gate = true;                   // a gate lane: credential-first, liveness for its presenting person
    qint64 codeScanMs = 0;              // 0: this camera does not read codes
    qint64 lastCodeScanMs = 0;
    /// What the worker keeps about one track beside the tracker's own record.
    struct TrackState {
        TrackView view;           // what the tile shows
        int sinceMeasured = 0;    // frames since landmarks and quality were last measured
        double measuredWidth = 0; // box width at that measure (0: never measured)
        LivenessMonitor liveness;
    };
    FaceTracker tracker;              // used by the one worker that owns this camera
    std::map<int, TrackState> tracks; // per track id

    /// The describe request in force, set from any thread (requestDescriptors), read by the worker.
    struct Request {
        int id = 0; // 0: none
        DescriptorReason reason = DescriptorReason::FaceLaneCredential;
        int track = 0; // the presenting person's track when it was asked (0: the largest face then)
    };
    mutable QMutex requestMutex;
    Request request;
    int nextRequest = 1;
    // The worker's side of the request it serves: the presenting track and its fused sights.
    int servedRequest = 0;
    int presenter = 0; // bound to one track for the whole request (0: not yet)
    SightFusion fused;

    mutable QMutex countersMutex;
    CameraCounters counters;

    Request currentRequest() const
    {
        QMutexLocker lock(&requestMutex);
        return request;
    }
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
    /// What one frame asks of a face: landmarks for liveness, a quality measure, a descriptor.
    struct Plan {
        bool liveness = false;
        bool measure = false;
        bool describe = false;
    };

    /// Follows the request in force: a new one starts from nothing, an ended one forgets every
    /// descriptor at once (PRIVACY.md §1: compared, then forgotten).
    static void followRequest(CameraSlot &slot, const CameraSlot::Request &request)
    {
        if (request.id == slot.servedRequest)
            return;
        slot.servedRequest = request.id;
        slot.presenter = request.track;
        slot.fused.clear();
        slot.tracker.forgetDescriptors();
        for (auto &[id, state] : slot.tracks) {
            state.view.descriptor.reset();
            state.view.described = false;
            state.view.request = 0;
            state.view.samples = 0;
        }
    }

    Plan planFor(const CameraSlot &slot, const CameraSlot::TrackState &state, const QRect &box, qint64 firstSeenMs, qint64 nowMs,
                 bool presenting, const CameraSlot::Request &request) const
    {
        const Options &options = m_pipeline.m_options;
        const TrackView &view = state.view;
        const bool fresh = state.measuredWidth == 0;
        const bool grown = !fresh && box.width() > state.measuredWidth * options.growth;
        const bool retry = !view.usable && state.sinceMeasured >= options.remeasureEvery;
        Plan plan;
        if (options.naive) {
            plan.liveness = slot.gate && !view.alive;
            plan.measure = plan.describe = true;
            return plan;
        }
        if (!slot.gate) {
            // An indoor camera follows the visitors on site: every face is compared with them.
            plan.measure = fresh || grown || retry;
            plan.describe = plan.measure;
            return plan;
        }
        if (!presenting)
            return plan; // boxes only for anyone who is not at the lane
        plan.liveness = !view.alive && nowMs - firstSeenMs <= options.livenessWindowMs;
        if (request.id == 0)
            return plan; // before a credential: no chip, no descriptor, for anyone
        if (request.reason == DescriptorReason::FaceLaneCredential) {
            // Every frame until the fusion is complete (the decision waits for it), then now and
            // then while the lane still waits, so that another person taking the place is seen.
            plan.measure = !slot.fused.complete() || state.sinceMeasured >= options.remeasureEvery;
        } else {
            plan.measure = fresh || grown || retry || !view.described;
        }
        plan.describe = plan.measure;
        return plan;
    }

    void count(CameraSlot &slot, qint64 landmarkCalls, qint64 descriptors, bool requested, DescriptorReason reason)
    {
        QMutexLocker lock(&slot.countersMutex);
        ++slot.counters.processed;
        slot.counters.landmarkCalls += landmarkCalls;
        slot.counters.descriptorCalls += descriptors;
        if (descriptors == 0)
            return;
        if (requested)
            slot.counters.descriptorsByReason[std::size_t(reason)] += descriptors;
        else if (slot.gate)
            slot.counters.descriptorsWithoutRequest += descriptors; // the naive pipeline only
        else
            slot.counters.descriptorsByReason[std::size_t(DescriptorReason::VisitorTracking)] += descriptors;
    }

    /// A described sight of a gate camera's presenting person, for a request: fused (face lane)
    /// or kept when better (enrolment, desk photo). A sight far from the fused ones is another
    /// person: the track is split and starts again from this sight, without the liveness shown
    /// by whoever stood there before.
    void takeSight(CameraSlot &slot, int &id, const biometrics::Descriptor &descriptor, double score, qint64 nowMs,
                   const CameraSlot::Request &request)
    {
        if (request.reason != DescriptorReason::FaceLaneCredential) {
            slot.tracker.setDescriptor(id, descriptor, score);
            TrackView &view = slot.tracks[id].view;
            view.descriptor = slot.tracker.track(id)->descriptor;
            view.samples = 1;
            return;
        }
        if (slot.fused.jumps(descriptor)) {
            const int split = slot.tracker.split(id, nowMs);
            CameraSlot::TrackState state;
            state.view = slot.tracks[id].view;
            state.view.id = split;
            state.view.alive = false;
            state.measuredWidth = slot.tracks[id].measuredWidth;
            slot.tracks.erase(id);
            slot.tracks[split] = state;
            id = split;
            slot.presenter = split;
            slot.fused.clear();
        }
        slot.fused.add(descriptor);
        TrackView &view = slot.tracks[id].view;
        view.descriptor = slot.fused.fused();
        view.samples = slot.fused.sights();
    }

    /// The person at the lane: while a request is served, the track it is bound to (bound to the
    /// largest face of its first frame when the lane saw nobody); otherwise the largest face (the
    /// nearest to the camera). faces.size() when there is none.
    static std::size_t presentingFace(CameraSlot &slot, const std::vector<FaceBox> &faces, const std::vector<int> &ids,
                                      const CameraSlot::Request &request)
    {
        const auto largest = std::max_element(faces.cbegin(), faces.cend(),
                                              [](const FaceBox &a, const FaceBox &b) { return a.box.width() < b.box.width(); });
        if (largest == faces.cend())
            return faces.size();
        if (!slot.gate || request.id == 0)
            return std::size_t(largest - faces.cbegin());
        if (slot.presenter == 0)
            slot.presenter = ids[std::size_t(largest - faces.cbegin())];
        const auto bound = std::find(ids.cbegin(), ids.cend(), slot.presenter);
        return bound == ids.cend() ? faces.size() : std::size_t(bound - ids.cbegin());
    }

    /// Landmarks, quality and descriptors for the faces of one frame, as @p request asks.
    void examine(FaceEngine &engine, CameraSlot &slot, const Frame &frame, const std::vector<FaceBox> &faces, std::vector<int> &ids,
                 const CameraSlot::Request &request)
    {
        const Options &options = m_pipeline.m_options;
        const std::size_t presenting = presentingFace(slot, faces, ids, request);
        std::vector<cv::Mat> chips;
        std::vector<std::pair<std::size_t, double>> toDescribe; // face index, quality score
        qint64 landmarkCalls = 0;
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const int id = ids[i];
            const qint64 firstSeenMs = slot.tracker.track(id)->firstSeenMs;
            CameraSlot::TrackState &state = slot.tracks[id];
            TrackView &view = state.view;
            view.id = id;
            view.box = faces[i].box;
            const Plan plan = planFor(slot, state, faces[i].box, firstSeenMs, frame.capturedMs, i == presenting, request);
            ++state.sinceMeasured;
            if (!plan.liveness && !plan.measure)
                continue;
            // One landmark pass serves both liveness and the quality measure of this frame.
            ++landmarkCalls;
            const Landmarks landmarks = engine.aligner().landmarks(frame.image, faces[i].box);
            if (plan.liveness) {
                state.liveness.add(frame.capturedMs, landmarks);
                view.alive = state.liveness.shown();
            }
            if (!plan.measure)
                continue;
            state.sinceMeasured = 0;
            state.measuredWidth = faces[i].box.width();
            cv::Mat chip = engine.aligner().chip(frame.image, landmarks);
            const FaceQuality quality = measureQuality(frame.image, faces[i].box, landmarks, chip);
            view.quality = qualityScore(quality);
            view.usable = quality.usable();
            view.problems = quality.problems;
            const bool wanted = options.naive || (slot.gate && request.reason == DescriptorReason::FaceLaneCredential)
                                || slot.tracker.needsDescriptor(id, view.quality);
            if (plan.describe && view.usable && wanted) {
                chips.push_back(std::move(chip));
                toDescribe.emplace_back(i, view.quality);
            }
            // The chip is dropped here: no image of a face is kept (PRIVACY.md §2).
        }
        std::vector<biometrics::Descriptor> descriptors;
        if (!chips.empty())
            descriptors = engine.describe(chips);
        const bool requested = slot.gate && request.id != 0 && !options.naive;
        count(slot, landmarkCalls, qint64(descriptors.size()), requested, request.reason);
        for (std::size_t i = 0; i < descriptors.size(); ++i) {
            const auto [face, score] = toDescribe[i];
            int id = ids[face];
            const bool first = !slot.tracker.track(id)->descriptor && !slot.tracks[id].view.described;
            if (requested) {
                takeSight(slot, id, descriptors[i], score, frame.capturedMs, request);
                ids[face] = id;
            } else {
                slot.tracker.setDescriptor(id, descriptors[i], score);
                slot.tracks[id].view.descriptor = slot.tracker.track(id)->descriptor;
                slot.tracks[id].view.samples = 1;
            }
            slot.tracks[id].view.described = true;
            // On an indoor camera every face is described for the visitors' tracking; a request there
            // (an enrolment, a desk photo) is answered by its presenting person's descriptor.
            const bool answers = requested || (!slot.gate && request.id != 0 && face == presenting);
            slot.tracks[id].view.request = answers ? request.id : 0;
            if (first) {
                QMutexLocker lock(&slot.countersMutex);
                slot.counters.firstDescriptorMs.push_back(monotonicMs() - slot.tracker.track(id)->firstSeenMs);
            }
        }
    }

    void process(FaceEngine &engine, int index, CameraSlot &slot, const Frame &frame)
    {
        const Options &options = m_pipeline.m_options;
        const CameraSlot::Request request = slot.currentRequest();
        followRequest(slot, request);
        const std::vector<FaceBox> faces = detect(engine, slot, frame);
        std::vector<int> ids = slot.tracker.update(faces, frame.capturedMs);
        examine(engine, slot, frame, faces, ids, request);
        // Forget what the tracker forgot.
        std::erase_if(slot.tracks, [&](const auto &entry) { return !slot.tracker.track(entry.first); });
        if (slot.presenter != 0 && !slot.tracker.track(slot.presenter))
            slot.fused.clear(); // the presenting person left: their sights go with them, and nobody else's
                                // are taken

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

    /// The naive pipeline looks at the whole frame at the scale of the smallest face, every frame;
    /// the product's finder looks there only around tracks and motion (docs/face-detection.md).
    static std::vector<FaceBox> detect(FaceEngine &engine, CameraSlot &slot, const Frame &frame)
    {
        if (!slot.finder)
            return engine.detector().detect(frame.image, slot.detection);
        std::vector<QRect> boxes;
        for (const FaceTrack &track : slot.tracker.tracks())
            boxes.push_back(track.box.toRect());
        return slot.finder->find(engine.detector(), frame.image, boxes);
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
                              std::optional<DetectionOptions> detection, bool gate, FrameTransform transform)
{
    auto slot = std::make_unique<CameraSlot>();
    slot->detection = detection.value_or(m_options.detection);
    slot->gate = gate;
    if (!m_options.naive)
        slot->finder = std::make_unique<FaceFinder>(slot->detection);
    slot->thread = std::make_unique<CameraThread>(name, std::move(source), timing, transform);
    const int index = int(m_cameras.size());
    connect(
        slot->thread.get(), &CameraThread::statusChanged, this,
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

int VisionPipeline::requestDescriptors(int camera, DescriptorReason reason, int track)
{
    CameraSlot &slot = *m_cameras.at(std::size_t(camera));
    QMutexLocker lock(&slot.requestMutex);
    slot.request = {slot.nextRequest++, reason, track};
    return slot.request.id;
}

void VisionPipeline::releaseDescriptors(int camera, int request)
{
    if (camera < 0 || camera >= int(m_cameras.size()))
        return;
    CameraSlot &slot = *m_cameras[std::size_t(camera)];
    QMutexLocker lock(&slot.requestMutex);
    if (slot.request.id == request)
        slot.request = {};
}

CameraCounters VisionPipeline::counters(int camera) const
{
    const CameraSlot &slot = *m_cameras.at(std::size_t(camera));
    QMutexLocker lock(&slot.countersMutex);
    return slot.counters;
}

} // namespace portique::vision
