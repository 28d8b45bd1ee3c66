// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Private to the vision pipeline: what it keeps per camera, shared by its workers.

#include "camerathread.h"
#include "facefinder.h"
#include "facetracker.h"
#include "liveness.h"
#include "sightfusion.h"
#include "visionpipeline.h"

#include <QMutex>
#include <opencv2/core.hpp>

#include <map>
#include <memory>

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

    /// A gate camera's last processed frame, until the next one replaces it: a face-lane
    /// credential is answered at once from the person who stood at the lane when it was read,
    /// instead of one frame later. Nothing of a face is computed from it before that request.
    struct LastFrame {
        cv::Mat image; // shared with the camera's frame, not copied
        qint64 capturedMs = 0;
        CameraView view;
    };
    LastFrame last;

    mutable QMutex countersMutex;
    CameraCounters counters;

    Request currentRequest() const
    {
        QMutexLocker lock(&requestMutex);
        return request;
    }
};

} // namespace portique::vision
