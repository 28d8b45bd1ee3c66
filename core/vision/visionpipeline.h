// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "camerathread.h"
#include "descriptorreason.h"
#include "faceengine.h"
#include "facetracker.h"

#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace portique::vision {

/// @brief A track as a camera tile shows it.
struct TrackView {
    int id = 0;
    QRect box;              ///< in the camera's frame pixels
    double quality = 0.0;   ///< qualityScore() of its last measured sight, 0 before any
    bool usable = false;    ///< its last measured sight was of comparable quality
    bool described = false; ///< a descriptor exists for it
    bool alive = false;     ///< liveness shown (a blink seen in the eye region, LivenessMonitor), gate cameras only
    QStringList problems;   ///< failed quality checks of its last measured sight ("too_small"...)
    /// Only in answer to a request (VisionPipeline::requestDescriptors) on a gate camera; on an
    /// indoor camera, for visitor tracking. For a face-lane credential: the fusion of the best
    /// sights since the request; otherwise the best sight so far. In memory only, forgotten when the
    /// request ends (PRIVACY.md §1, §2).
    std::optional<biometrics::Descriptor> descriptor;
    int request = 0; ///< the request the descriptor answers (0: none, or an indoor camera)
    int samples = 0; ///< sights fused into the descriptor
};

/// @brief What one camera shows after a processed frame. The image is already converted for
/// display (RGB, at most displayWidth wide) on the worker thread, so the GUI only paints it.
struct CameraView {
    int camera = -1;
    QImage image;
    QSize frameSize; ///< the camera's own resolution (boxes are in these pixels)
    std::vector<TrackView> tracks;
    qint64 sequence = 0;
    /// QR codes read in this frame (gate lanes scan a few times a second, not every frame).
    QStringList codes;
    /// A describe request whose presenting person has left the camera (their track ended): the
    /// lane need not wait for them any longer (0: none).
    int presenterLeft = 0;
};

/// @brief Counters of one camera for the station status and the benchmarks.
struct CameraCounters {
    qint64 processed = 0;       ///< frames detected and tracked
    qint64 descriptorCalls = 0; ///< every descriptor computed on this camera, whatever the reason
    qint64 landmarkCalls = 0;
    /// Descriptors by reason (index: DescriptorReason).
    std::array<qint64, descriptorReasonCount> descriptorsByReason{};
    /// Descriptors a gate camera computed while no credential had asked for one: 0 by design,
    /// counted so that a test and the benchmark can show it.
    qint64 descriptorsWithoutRequest = 0;
    std::vector<qint64> firstDescriptorMs; ///< per track: from its first frame's capture to its first descriptor
};

/// @brief The vision loop: a few workers (about one per core) share all cameras; each worker owns
/// its dlib objects. Per camera: detection on the latest frame only (the mailbox drops the rest)
/// and tracking. On a gate camera, landmarks for the liveness of the presenting person only, and a
/// chip, quality and descriptor only in answer to a request (a face-lane credential, an enrolment,
/// a desk photo). On an indoor camera, landmarks + quality + descriptor when a track is new, not yet
/// usable, or its face has grown clearly bigger — never every face in every frame. No image is kept.
class VisionPipeline final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisionPipeline)

public:
    struct Options {
        int workers = 2;
        DescriptorMode mode = DescriptorMode::MirrorAveraged;
        /// Faces of 80 px and wider (a person about 1.1 m from a 640x480 lane camera), found by a
        /// FaceFinder per camera; the naive pipeline scans the whole frame at that scale instead.
        DetectionOptions detection = DetectionOptions::forLane();
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
    /// @p gate: an entrance lane's camera — credential-first (no chip, no descriptor before
    /// requestDescriptors()), and liveness followed for its presenting person only; otherwise an
    /// indoor camera, whose faces are described for the tracking of visitors on site.
    int addCamera(const QString &name, std::unique_ptr<CameraSource> source, CameraTiming timing = {},
                  std::optional<DetectionOptions> detection = std::nullopt, bool gate = true, FrameTransform transform = {});
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

    /// @brief Credential-first (PRIVACY.md §1): from the frames of gate camera @p camera from now
    /// on (for a face-lane credential, starting with the last frame processed, the one in view when
    /// the credential was read), its presenting person is described for @p reason — track @p track (the person who stood at the
    /// lane when the credential came; 0: the largest face of the next frame). Only that person:
    /// when their track leaves, nothing more is described for the request, whoever comes next.
    /// For a face-lane credential the descriptor is the fusion of its best sights since the
    /// request; for an enrolment or a desk photo, its best sight so far. Before such a request a
    /// gate camera computes detection boxes and the presenting person's liveness landmarks only.
    /// Returns the request's id (> 0): descriptors answering it carry it (TrackView::request).
    /// Any thread.
    int requestDescriptors(int camera, DescriptorReason reason, int track = 0);
    /// @brief Ends request @p request on @p camera: the descriptors are forgotten at once and no
    /// more are computed. Any thread; an unknown or finished request is ignored.
    void releaseDescriptors(int camera, int request);
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
