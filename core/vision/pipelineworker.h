// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Private to the vision pipeline: one worker thread, about one core's worth of cameras.

#include "faceengine.h"
#include "pipelineslot.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <vector>

namespace portique::vision {

class VisionPipeline::Worker final : public QThread {
public:
    Worker(VisionPipeline &pipeline, std::vector<int> cameras, QSemaphore &ready);
    ~Worker() override;
    void stop();

protected:
    void run() override;

private:
    /// What one frame asks of a face: landmarks for liveness, a quality measure, a descriptor.
    struct Plan {
        bool liveness = false;
        bool measure = false;
        bool describe = false;
    };

    static void followRequest(CameraSlot &slot, const CameraSlot::Request &request);
    Plan planFor(const CameraSlot &slot, const CameraSlot::TrackState &state, const QRect &box, qint64 firstSeenMs, qint64 nowMs,
                 bool presenting, const CameraSlot::Request &request) const;
    static void count(CameraSlot &slot, bool frame, qint64 landmarkCalls, qint64 descriptors, bool requested, DescriptorReason reason);
    void takeSight(CameraSlot &slot, int &id, const biometrics::Descriptor &descriptor, double score, qint64 nowMs,
                   const CameraSlot::Request &request);
    static std::size_t presentingFace(CameraSlot &slot, const std::vector<FaceBox> &faces, const std::vector<int> &ids,
                                      const CameraSlot::Request &request);
    /// Landmarks already taken, the chip, and the quality of one face; the chip when it may be described.
    static cv::Mat measure(FaceEngine &engine, CameraSlot::TrackState &state, const cv::Mat &image, const QRect &box,
                           const Landmarks &landmarks);
    void examine(FaceEngine &engine, CameraSlot &slot, const Frame &frame, const std::vector<FaceBox> &faces, std::vector<int> &ids,
                 const CameraSlot::Request &request);
    void process(FaceEngine &engine, int index, CameraSlot &slot, const Frame &frame);
    bool answerFromLastFrame(FaceEngine &engine, CameraSlot &slot);
    static std::vector<FaceBox> detect(FaceEngine &engine, CameraSlot &slot, const Frame &frame);
    static QStringList scanCodes(const cv::Mat &bgr);

    VisionPipeline &m_pipeline;
    std::vector<int> m_cameras;
    QSemaphore &m_ready;
    std::atomic_bool m_stopping{false};
};

} // namespace portique::vision
