// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "facedetector.h"

#include <QRect>
#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace portique::vision {

/// A face as dlib's box frames it is about this wide: the box spans the jaw line from one ear to
/// the other, 0.14-0.16 m on adults (head and bizygomatic breadths of anthropometric tables), and
/// lycée pupils are adult-sized. 0.16 m, the figure of issue 14, errs towards the far side: the
/// distances shown are estimates, within about 15 %.
inline constexpr double faceWidthMetres = 0.16;
/// The horizontal field of view assumed for a camera nobody measured: USB webcams announce 55-78°
/// diagonally (Logitech C270: 55°, C920: 78°), about 45-70° horizontally; 60° is the middle.
inline constexpr double defaultFovDegrees = 60.0;

/// @brief How far from a camera a face of @p facePx pixels is, in metres (pinhole model):
/// frameWidth · faceWidthMetres / (2 · tan(fov / 2) · facePx). 0 when an argument is not positive
/// or the field of view is not under 180°.
double distanceForFace(int frameWidthPx, double horizontalFovDegrees, double facePx);

/// @brief What one FaceFinder did, for the benchmark and the tests.
struct FinderCounters {
    std::int64_t frames = 0;
    std::int64_t idleFrames = 0;         ///< nothing moved and no face was known: no pass at all
    std::int64_t coarsePasses = 0;       ///< whole frame at the coarse scale
    std::int64_t coarseRegionPasses = 0; ///< one region at the coarse scale
    std::int64_t fullScans = 0;          ///< whole frame at the fine scale (first frame, periodic, or busy)
    std::int64_t busyScans = 0;          ///< of which because motion covered most of the frame
    std::int64_t roiPasses = 0;          ///< one region at the fine scale
    std::int64_t roisDropped = 0;        ///< fine regions left out by the per-frame budget
    std::int64_t finePixels = 0;         ///< frame pixels read at the fine scale (whole passes and regions)
    std::int64_t coarsePixels = 0;       ///< frame pixels read at the coarse scale
};

/// @brief Finds faces down to a camera's smallest face (DetectionOptions::minFacePx) at a fraction
/// of the cost of a whole-frame detection at the scale that small face needs.
///
/// Two scales of dlib's HOG: the fine one brings minFacePx to HOG's 80-px window; the coarse one,
/// half of it, finds faces of 2·minFacePx and wider at a quarter of the cost. Each frame:
/// - the first frame, then every fullScanEvery frames, one whole fine pass finds every face (someone
///   who stood still from the start is found within half a second); an empty scene that has not
///   changed since the last whole pass gets one only every idleRescanEvery frames;
/// - otherwise, if nothing moved and no face is known (tracks, or the faces of the last frame), no
///   pass at all: no face can have appeared;
/// - otherwise a coarse pass over the known large faces and what moved (over the whole frame when
///   that is most of it), then fine passes over the known small faces the coarse pass did not find
///   again and over the motion no known face explains — within a budget of half the frame; when
///   that motion covers most of the frame, one whole fine pass instead.
/// docs/face-detection.md gives the measured costs.
///
/// Thread contract: not thread-safe and stateful (the previous frame's motion image, the last
/// faces, the frame count). One FaceFinder per camera, called by the one worker that processes that
/// camera, one frame at a time and in order; the FaceDetector passed in belongs to that worker. It
/// holds no dlib object and no image beyond two 160-px-wide grey copies (the last frame, the frame
/// of the last whole pass).
class FaceFinder final {
public:
    /// The whole frame gets a fine pass every this many frames: at 15 fps a person who stood still
    /// from the first frame (no motion to point at them) is found within about half a second.
    static constexpr int fullScanEvery = 8;
    /// ...except in an empty scene unchanged since the last whole pass, which that pass has seen
    /// already: there, every this many frames (about 2 s), in case HOG missed a face by a hair that
    /// the camera's noise may tip over.
    static constexpr int idleRescanEvery = 4 * fullScanEvery;

    /// @brief Looks for faces of @p options.minFacePx and wider, with @p options.adjustThreshold.
    explicit FaceFinder(const DetectionOptions &options = DetectionOptions::forLane());

    /// @brief The faces in @p bgr (CV_8UC3, any size), in its pixels, strongest first, each face
    /// once. @p trackBoxes: where the camera's current tracks were last seen (frame pixels), e.g.
    /// the FaceTracker's boxes before this frame's update; may be empty (the finder also remembers
    /// the faces it found in the last frame). A frame of another size than the previous one starts
    /// over as a first frame.
    std::vector<FaceBox> find(FaceDetector &detector, const cv::Mat &bgr, const std::vector<QRect> &trackBoxes);

    const FinderCounters &counters() const { return m_counters; }
    int minFacePx() const { return m_minFacePx; }
    /// @brief The scale of the fine passes: hogWindowPx / minFacePx.
    double fineScale() const { return m_fineScale; }
    /// @brief The scale of the coarse passes: half the fine scale.
    double coarseScale() const { return m_coarseScale; }

private:
    struct Region {
        cv::Rect rect;
        double weight = 0.0; ///< budget order: known faces first, then motion by moving area
    };
    /// Boxes (frame pixels) of what changed between two grey motionWidth-wide images.
    std::vector<cv::Rect> changes(const cv::Mat &small, const cv::Mat &before) const;
    std::vector<Region> coarseRegions(const std::vector<cv::Rect> &motion, const std::vector<cv::Rect> &known, cv::Size frame) const;
    std::vector<Region> fineRegions(const std::vector<cv::Rect> &motion, const std::vector<cv::Rect> &known,
                                    const std::vector<FaceBox> &coarse, cv::Size frame) const;
    void fullScan(FaceDetector &detector, const cv::Mat &grey, const cv::Mat &small, std::vector<FaceBox> &found);
    void searchRegions(FaceDetector &detector, const cv::Mat &grey, const cv::Mat &small, const std::vector<cv::Rect> &motion,
                       const std::vector<cv::Rect> &known, std::vector<FaceBox> &found);
    void pass(FaceDetector &detector, const cv::Mat &grey, const cv::Rect &rect, bool fine, std::vector<FaceBox> &found);

    int m_minFacePx;
    double m_fineScale;
    double m_coarseScale;
    double m_adjustThreshold;
    cv::Mat m_previousSmall; // the last frame, grey, motionWidth wide
    cv::Mat m_fullScanSmall; // the frame of the last whole fine pass, the same way
    cv::Size m_frameSize;
    int m_sinceFullScan = 0;           // frames since the last whole fine pass
    std::vector<cv::Rect> m_lastFaces; // the faces found in the last frame
    FinderCounters m_counters;
};

} // namespace portique::vision
