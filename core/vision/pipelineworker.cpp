// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "pipelineworker.h"

#include "access/qrcode.h"
#include "facenetwork.h"
#include "facequality.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace portique::vision {

VisionPipeline::Worker::Worker(VisionPipeline &pipeline, std::vector<int> cameras, QSemaphore &ready)
    : m_pipeline(pipeline)
    , m_cameras(std::move(cameras))
    , m_ready(ready)
{
    setObjectName(QStringLiteral("vision-worker"));
}

VisionPipeline::Worker::~Worker()
{
    stop();
}

void VisionPipeline::Worker::stop()
{
    m_stopping = true;
    wait();
}

void VisionPipeline::Worker::run()
{
    // Each worker is one core's worth of work: OpenBLAS must not spawn threads of its own.
    setBlasThreads(1);
    FaceEngine engine(m_pipeline.m_model, m_pipeline.m_options.mode, m_pipeline.sharedAligner());
    m_ready.release();
    const auto answerRequests = [&] {
        bool answered = false;
        for (int index : m_cameras)
            answered = answerFromLastFrame(engine, *m_pipeline.m_cameras[std::size_t(index)]) || answered;
        return answered;
    };
    while (!m_stopping) {
        bool worked = false;
        for (int index : m_cameras) {
            // A credential waiting for its person's face goes before any other camera's next frame.
            worked = answerRequests() || worked;
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

/// Follows the request in force: a new one starts from nothing, an ended one forgets every
/// descriptor at once (PRIVACY.md §1: compared, then forgotten).
void VisionPipeline::Worker::followRequest(CameraSlot &slot, const CameraSlot::Request &request)
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

VisionPipeline::Worker::Plan VisionPipeline::Worker::planFor(const CameraSlot &slot, const CameraSlot::TrackState &state, const QRect &box,
                                                             qint64 firstSeenMs, qint64 nowMs, bool presenting,
                                                             const CameraSlot::Request &request) const
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

/// @p frame: a new frame processed (false: a frame already counted, measured again for a request).
void VisionPipeline::Worker::count(CameraSlot &slot, bool frame, qint64 landmarkCalls, qint64 descriptors, bool requested,
                                   DescriptorReason reason)
{
    QMutexLocker lock(&slot.countersMutex);
    slot.counters.processed += frame ? 1 : 0;
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
void VisionPipeline::Worker::takeSight(CameraSlot &slot, int &id, const biometrics::Descriptor &descriptor, double score, qint64 nowMs,
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
std::size_t VisionPipeline::Worker::presentingFace(CameraSlot &slot, const std::vector<FaceBox> &faces, const std::vector<int> &ids,
                                                   const CameraSlot::Request &request)
{
    const auto largest =
        std::max_element(faces.cbegin(), faces.cend(), [](const FaceBox &a, const FaceBox &b) { return a.box.width() < b.box.width(); });
    if (largest == faces.cend())
        return faces.size();
    if (!slot.gate || request.id == 0)
        return std::size_t(largest - faces.cbegin());
    if (slot.presenter == 0)
        slot.presenter = ids[std::size_t(largest - faces.cbegin())];
    const auto bound = std::find(ids.cbegin(), ids.cend(), slot.presenter);
    return bound == ids.cend() ? faces.size() : std::size_t(bound - ids.cbegin());
}

cv::Mat VisionPipeline::Worker::measure(FaceEngine &engine, CameraSlot::TrackState &state, const cv::Mat &image, const QRect &box,
                                        const Landmarks &landmarks)
{
    state.sinceMeasured = 0;
    state.measuredWidth = box.width();
    cv::Mat chip = engine.aligner().chip(image, landmarks);
    const FaceQuality quality = measureQuality(image, box, landmarks, chip);
    state.view.quality = qualityScore(quality);
    state.view.usable = quality.usable();
    state.view.problems = quality.problems;
    return chip;
}

/// Landmarks, quality and descriptors for the faces of one frame, as @p request asks.
void VisionPipeline::Worker::examine(FaceEngine &engine, CameraSlot &slot, const Frame &frame, const std::vector<FaceBox> &faces,
                                     std::vector<int> &ids, const CameraSlot::Request &request)
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
        cv::Mat chip = measure(engine, state, frame.image, faces[i].box, landmarks);
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
    count(slot, true, landmarkCalls, qint64(descriptors.size()), requested, request.reason);
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

void VisionPipeline::Worker::process(FaceEngine &engine, int index, CameraSlot &slot, const Frame &frame)
{
    const Options &options = m_pipeline.m_options;
    const CameraSlot::Request request = slot.currentRequest();
    followRequest(slot, request);
    const std::vector<FaceBox> faces = detect(engine, slot, frame);
    std::vector<int> ids = slot.tracker.update(faces, frame.capturedMs);
    examine(engine, slot, frame, faces, ids, request);
    // Forget what the tracker forgot.
    std::erase_if(slot.tracks, [&](const auto &entry) { return !slot.tracker.track(entry.first); });

    CameraView view;
    view.camera = index;
    view.sequence = frame.sequence;
    view.frameSize = QSize(frame.image.cols, frame.image.rows);
    if (slot.presenter != 0 && !slot.tracker.track(slot.presenter)) {
        // The presenting person left: their sights go with them, and nobody else's are taken.
        slot.fused.clear();
        view.presenterLeft = request.id;
    }
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
    if (slot.gate && !options.naive)
        slot.last = {frame.image, frame.capturedMs, view};
    Q_EMIT m_pipeline.cameraUpdated(view);
}

/// A new face-lane request on a gate camera is answered at once from the last frame processed:
/// the person who stood at the lane when the credential was read, measured and described now
/// rather than from the next frame (67 ms later at 15 fps, plus detection). The next frames add
/// their sights to the fusion as before.
bool VisionPipeline::Worker::answerFromLastFrame(FaceEngine &engine, CameraSlot &slot)
{
    if (!slot.gate || slot.last.image.empty())
        return false;
    const CameraSlot::Request request = slot.currentRequest();
    if (request.id == 0 || request.id == slot.servedRequest || request.reason != DescriptorReason::FaceLaneCredential)
        return false;
    followRequest(slot, request);
    CameraSlot::LastFrame last = std::move(slot.last);
    slot.last = {};
    std::vector<TrackView> &tracks = last.view.tracks;
    const auto chosen = request.track != 0
                            ? std::find_if(tracks.begin(), tracks.end(), [&](const TrackView &t) { return t.id == request.track; })
                            : std::max_element(tracks.begin(), tracks.end(),
                                               [](const TrackView &a, const TrackView &b) { return a.box.width() < b.box.width(); });
    if (chosen == tracks.end() || !slot.tracker.track(chosen->id) || !slot.tracks.contains(chosen->id))
        return false; // nobody there then: the next frames will tell
    int id = chosen->id;
    slot.presenter = id;
    const Landmarks landmarks = engine.aligner().landmarks(last.image, chosen->box);
    const cv::Mat chip = measure(engine, slot.tracks[id], last.image, chosen->box, landmarks);
    qint64 described = 0;
    if (slot.tracks[id].view.usable) {
        const std::vector<biometrics::Descriptor> descriptors = engine.describe({chip});
        described = qint64(descriptors.size());
        for (const biometrics::Descriptor &descriptor : descriptors) {
            takeSight(slot, id, descriptor, slot.tracks[id].view.quality, last.capturedMs, request);
            slot.tracks[id].view.described = true;
            slot.tracks[id].view.request = request.id;
        }
    }
    count(slot, false, 1, described, true, request.reason);
    *chosen = slot.tracks[id].view;
    Q_EMIT m_pipeline.cameraUpdated(last.view);
    return true;
}

/// The naive pipeline looks at the whole frame at the scale of the smallest face, every frame;
/// the product's finder looks there only around tracks and motion (docs/face-detection.md).
std::vector<FaceBox> VisionPipeline::Worker::detect(FaceEngine &engine, CameraSlot &slot, const Frame &frame)
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
QStringList VisionPipeline::Worker::scanCodes(const cv::Mat &bgr)
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

} // namespace portique::vision
