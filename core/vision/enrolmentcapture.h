// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"
#include "visionpipeline.h"

#include <opencv2/core.hpp>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace portique::vision {

class FaceEngine;

/// @brief What the person in front of the enrolment camera should do next.
enum class CaptureHint {
    NoFace,
    SeveralFaces,
    ComeCloser,
    FaceCamera,
    TooDark,
    TooBright,
    HoldStill,
    Blink,   ///< usable face, liveness not shown yet
    Done,
};
QString captureHintText(CaptureHint hint);
/// @brief The hint for a face's failed quality checks (the first that the person can fix).
CaptureHint hintForProblems(const QStringList &problems);

/// @brief Why an enrolment failed (FTE), as a stable id and a translated sentence.
struct CaptureFailure {
    QString id;   ///< "no_face", "several_faces", "not_usable", "no_liveness", "inconsistent", "timeout"
    QString text;
};
CaptureFailure captureFailure(const QString &id);

/// @brief The template an enrolment keeps: the descriptor of the best sight, never an image.
struct CaptureResult {
    std::optional<biometrics::Descriptor> descriptor;
    double quality = 0.0;   ///< qualityScore() of that sight
    int samples = 0;        ///< frames or photos looked at
    bool liveness = false;  ///< shown by the captured person (camera only)
    std::optional<CaptureFailure> failure;
    bool ok() const { return descriptor.has_value() && !failure; }
};

/// @brief Follows a live enrolment on one camera: the pipeline's tracks frame after frame, a hint
/// for the person, and the best descriptor of the person in front once they have shown liveness
/// and stayed long enough. Pure logic over TrackViews; the camera and the network are elsewhere.
class EnrolmentCapture final {
public:
    struct Options {
        qint64 minimumMs = 1500;    ///< seen for at least this long (several sights, not one frame)
        qint64 timeoutMs = 20000;   ///< give up (FTE "timeout") after this long without success
        bool requireLiveness = true;
        /// A face at most this share of the biggest one's width is someone passing behind.
        double bystanderRatio = 0.6;
    };
    EnrolmentCapture();
    explicit EnrolmentCapture(Options options);

    /// @brief One processed frame's tracks at @p atMs (monotonic ms). Returns the hint to show.
    CaptureHint add(qint64 atMs, const std::vector<TrackView> &tracks);
    bool complete() const;
    bool timedOut(qint64 atMs) const;
    /// @brief The best template so far, or why there is none.
    CaptureResult result() const;

private:
    struct Candidate {
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        bool alive = false;
        double quality = 0.0;
        std::optional<biometrics::Descriptor> descriptor;
    };
    Options m_options;
    qint64 m_startMs = -1;
    int m_samples = 0;
    int m_currentTrack = -1;
    CaptureHint m_lastHint = CaptureHint::NoFace;
    std::map<int, Candidate> m_candidates;
};

/// @brief Enrolment from photos (BGR, see loadImage()) an agent provides (CLI, batch): each photo must show exactly one
/// usable face (bystanders far smaller are ignored); all must be the same person (within the
/// comparison threshold of each other); the best one is kept. No liveness can be shown by a photo:
/// the enrolment is recorded as "photos".
CaptureResult captureFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos);

} // namespace portique::vision
