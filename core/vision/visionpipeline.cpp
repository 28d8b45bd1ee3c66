// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visionpipeline.h"

#include "pipelineworker.h"

namespace portique::vision {

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
