// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"
#include "facedetector.h"

#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace portique::vision {

/// @brief One face followed across the frames of one camera.
struct FaceTrack {
    int id = 0;
    QRectF box;       ///< where it was last seen
    QPointF velocity; ///< centre motion in pixels per millisecond (smoothed)
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    int framesSeen = 0;
    double bestQuality = 0.0; ///< qualityScore() of the face its descriptor came from
    std::optional<biometrics::Descriptor> descriptor;
};

/// @brief Gives stable ids to the faces of one camera from frame to frame: each track's box is
/// moved by its velocity to the frame's time, then detections are matched to tracks by overlap
/// (IoU), greediest first. Decides when a track needs a descriptor: when it appears, or when its
/// face has clearly improved — never for every face in every frame. Not thread-safe (one per camera).
class FaceTracker final {
public:
    struct Options {
        double minIou = 0.3; ///< below this a detection is another face (gate faces move < 30 %/frame at 15 fps)
        /// A face unseen for this long has left. Short on purpose: the next person often stands
        /// where the last one stood, and a track continued across them would lend the first
        /// person's descriptor to the second (measured in `bench gate`: 1 s gave stale matches).
        /// A detection missed for a few frames (blur, a hand) stays within it.
        qint64 forgetAfterMs = 400;
        double improvement = 1.25; ///< re-describe when the quality score grows by 25 %
    };

    FaceTracker();
    explicit FaceTracker(Options options);

    /// @brief Matches @p detections (one frame at @p nowMs) to tracks; returns the track id of each
    /// detection, in order. Tracks unseen for forgetAfterMs are dropped.
    std::vector<int> update(const std::vector<FaceBox> &detections, qint64 nowMs);
    /// @brief Whether the track should get a (new) descriptor from a face of quality @p score.
    bool needsDescriptor(int trackId, double score) const;
    void setDescriptor(int trackId, const biometrics::Descriptor &descriptor, double score);
    /// @brief Forgets every track's descriptor (a describe request ended: compared and forgotten).
    void forgetDescriptors();
    /// @brief Track @p trackId turned out to be another person (its descriptor jumped): it goes on
    /// under a new id, first seen at @p nowMs, with nothing of the previous person. Returns the new
    /// id (0 when there is no such track).
    int split(int trackId, qint64 nowMs);

    const std::vector<FaceTrack> &tracks() const { return m_tracks; }
    const FaceTrack *track(int id) const;

private:
    Options m_options;
    std::vector<FaceTrack> m_tracks;
    int m_nextId = 1;
};

/// @brief Intersection over union of two boxes (0 when apart, 1 when identical).
double intersectionOverUnion(const QRectF &a, const QRectF &b);

} // namespace portique::vision
