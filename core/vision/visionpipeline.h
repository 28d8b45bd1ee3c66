// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "camerathread.h"
#include "faceengine.h"
#include "facetracker.h"

#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace portique::vision {

/// @brief A track as a camera tile shows it.
struct TrackView {
    int id = 0;
    QRect box;                ///< in the camera's frame pixels
    double quality = 0.0;     ///< qualityScore() of its last measured sight, 0 before any
    bool usable = false;      ///< its last measured sight was of comparable quality
    bool described = false;   ///< a descriptor exists for it
    bool alive = false;       ///< liveness shown (a blink or non-rigid motion), gate cameras only
    QStringList problems;     ///< failed quality checks of its last measured sight ("too_small"...)
    /// The descriptor of its best sight so far, for the 1:1 comparison or an enrolment. It lives
    /// in memory only, as long as the track (PRIVACY.md §2).
    std::optional<biometrics::Descriptor> descriptor;
};

/// @brief What one camera shows after a processed frame. The image is already converted for
/// display (RGB, at most displayWidth wide) on the worker thread, so the GUI only paints it.
struct CameraView {
    int camera = -1;
    QImage image;
    QSize frameSize;          ///< the camera's own resolution (boxes are in these pixels)
    std::vector<TrackView> tracks;
    qint64 sequence = 0;
    /// QR codes read in this frame (gate lanes scan a few times a second, not every frame).
    QStringList codes;
};

/// @brief Counters of one camera for the pipeline benchmark.
struct CameraCounters {
    qint64 processed = 0;        ///< frames detected and tracked
    qint64 descriptorCalls = 0;
    qint64 landmarkCalls = 0;
    std::vector<qint64> firstDescriptorMs; ///< per track: from its first frame's capture to its first descriptor
};

/// @brief The vision loop: a few workers (about one per core) share all cameras; each worker owns
/// its dlib objects. Per camera: detection on the latest frame only (the mailbox drops the rest),
/// tracking, and landmarks + quality + descriptor only when a track is new, not yet usable, or its
/// face has grown clearly bigger — never every face in every frame. No image is kept.
class VisionPipeline final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisionPipeline)

public:
    struct Options {
        int workers = 2;
        DescriptorMode mode = DescriptorMode::MirrorAveraged;
        DetectionOptions detection = DetectionOptions::forGate();
        int displayWidth = 640;
        /// Until a track's face is usable, its landmarks and quality are measured again every
        /// this many frames (about 3 times a second at 15 fps).
        int remeasureEvery = 5;
        /// A track's face is measured again when its box has grown by this factor (walking closer).
        double growth = 1.25;
        /// The naive pipeline, for the benchmark: every face of every frame measured and described.
        bool naive = false;
        /// Liveness is watched for at most this long per track: a person who shows none by then
        /// is left to the agent ("check by hand"), and the worker stops paying for it.
        qint64 livenessWindowMs = 6000;
    };

    VisionPipeline(FaceModel model, Options options, QObject *parent = nullptr);
    ~VisionPipeline() override;

    /// @brief Adds a camera (before start()); returns its index.
    /// @p detection: how to look for faces on this camera (default: the pipeline's, for a gate; an
    /// indoor camera sees smaller faces and detects at full resolution).
    /// @p liveness: follow each track's landmarks every frame until it shows liveness (a gate lane
    /// needs it; an indoor camera does not).
    int addCamera(const QString &name, std::unique_ptr<CameraSource> source, CameraTiming timing = {},
                  std::optional<DetectionOptions> detection = std::nullopt, bool liveness = true,
                  FrameTransform transform = {});
    /// @brief A gate lane's camera also reads QR codes (badges on paper or a phone), at most once
    /// every @p intervalMs on its worker, on a grey image at most 960 px wide (before start()).
    void setCodeScanning(int camera, qint64 intervalMs);
    static constexpr qint64 defaultCodeScanMs = 200;

    /// @brief Starts the workers, waits until they have loaded their models, then the cameras.
    void start();
    void stop();
    CameraThread &camera(int index);
    int cameraCount() const;
    CameraCounters counters(int camera) const;
    const FaceModel &model() const { return m_model; }

Q_SIGNALS:
    /// @brief Emitted from a worker thread after each processed frame (connect queued).
    void cameraUpdated(const portique::vision::CameraView &view);
    void cameraStatusChanged(int camera, const portique::vision::CameraStatus &status);

private:
    class Worker;
    struct CameraSlot;
    /// The one landmark predictor every worker reads (loaded by the first worker that asks).
    std::shared_ptr<const FaceAligner> sharedAligner();
    QMutex m_alignerMutex;
    std::shared_ptr<const FaceAligner> m_aligner;
    FaceModel m_model;
    Options m_options;
    std::vector<std::unique_ptr<CameraSlot>> m_cameras;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace portique::vision

Q_DECLARE_METATYPE(portique::vision::CameraView)
