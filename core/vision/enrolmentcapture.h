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
    /// "no_face", "several_faces", "not_usable", "no_liveness", "inconsistent", "too_few_sights",
    /// "self_mismatch", "timeout"
    QString id;
    QString text;
};
CaptureFailure captureFailure(const QString &id);

/// The largest distance an enrolment accepts between the template it keeps and any capture the
/// template was chosen from (a photo, or a sight of a live capture). A template farther than the
/// lane's match threshold (biometrics::defaultThreshold, 0.52) from one of its holder's own
/// captures refuses that holder whenever they look like that capture: issue 14 measured a demo
/// enrolment at 0.77 from its holder at every passage. Measured on genuine enrolments
/// (docs/credentials.md, "Self-check"): the demo lanes' people, template against the sights of
/// them their lane's camera gets (one session, as at the desk), 15 of 16 within 0.16-0.36 and the
/// 16th at 0.56; two-photo enrolments from the LFW photos (years apart), median 0.36, 90th
/// percentile 0.44, 3 of 42 above 0.45. 0.45 keeps every same-session enrolment but the broken one
/// and leaves 0.07 under the lane's threshold for the drift between the enrolment's worst capture
/// and a passage.
inline constexpr float selfMatchBound = 0.45F;

/// Captures an enrolment needs. One capture has no self-distance (the template is that capture),
/// so it says nothing about how far the person's next sight will be. The engine's mirror mode
/// (DescriptorMode::MirrorAveraged, the default) cannot stand in for a second sight: its descriptor
/// is already the mean of the chip's and its mirror's, so the mirror is at distance 0 by
/// construction; and a mirror or a jitter of the same pixels keeps the light, blur, scale and
/// expression that make a template drift (the demo holder refused by this check lies 0.57 from a
/// blink of theirs and 0.50 from a farther sight, neither of which a mirror of their portrait
/// shows). So two captures, and the check runs over them.
inline constexpr int minimumSights = 2;

/// @brief How the template an enrolment keeps matches the captures it was chosen from.
struct SelfMatch {
    float largest = 0.0F; ///< the largest distance from the template to one of its captures
    int compared = 0;     ///< captures compared (the template's own among them)
    bool ok() const { return largest <= selfMatchBound; }
};
/// @brief Compares @p kept with each of @p sights. The largest distance, not a median: the lane
/// must match the person at their worst enrolment sight too, and among a few sights a median lets
/// one of someone else through.
SelfMatch selfMatch(const biometrics::Descriptor &kept, const std::vector<biometrics::Descriptor> &sights);

/// @brief The template an enrolment keeps: the descriptor of the best sight, never an image.
struct CaptureResult {
    std::optional<biometrics::Descriptor> descriptor;
    double quality = 0.0;   ///< qualityScore() of that sight
    int samples = 0;        ///< frames or photos looked at
    bool liveness = false;  ///< shown by the captured person (camera only)
    /// The template against its captures, when there was one to check (also on "self_mismatch").
    std::optional<SelfMatch> selfCheck;
    std::optional<CaptureFailure> failure;
    bool ok() const { return descriptor.has_value() && !failure; }
};

/// @brief Follows a live enrolment on one camera: the pipeline's tracks frame after frame, a hint
/// for the person, and the best descriptor of the person in front once they have shown liveness,
/// stayed long enough, been described in at least minimumSights frames, and every distinct
/// descriptor of them lies within selfMatchBound of the best one (if not, the capture goes on and
/// fails as "self_mismatch" at the timeout). Pure logic over TrackViews; the camera and the
/// network are elsewhere.
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
        qint64 firstMs = -1;
        qint64 lastMs = 0;
        bool alive = false;
        double quality = 0.0;
        std::optional<biometrics::Descriptor> descriptor;
        /// The distinct descriptors the pipeline gave the track, oldest first (in memory for the
        /// capture only, like the frames).
        std::vector<biometrics::Descriptor> sights;
        int describedFrames = 0;
    };
    /// The pipeline describes a track again only at a clearly better sight, so a capture gets a
    /// handful of distinct descriptors; the bound only keeps memory fixed should one send more.
    static constexpr std::size_t maximumSights = 32;
    static bool selfConsistent(const Candidate &candidate);
    Options m_options;
    qint64 m_startMs = -1;
    int m_samples = 0;
    int m_currentTrack = -1;
    CaptureHint m_lastHint = CaptureHint::NoFace;
    std::map<int, Candidate> m_candidates;
};

/// @brief A reference face from photos (BGR, see loadImage()): a visitor's desk photo, a watchlist
/// entry. Each photo must show exactly one usable face (bystanders far smaller are ignored); all
/// must be the same person (within the comparison threshold of each other); the best one is kept.
/// Not for a face-lane enrolment: see enrolmentFromPhotos().
CaptureResult captureFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos);

/// @brief One described capture of the person being enrolled (a photo, a camera frame).
struct Sight {
    biometrics::Descriptor descriptor{};
    double quality = 0.0; ///< qualityScore()
};

/// @brief The enrolment rule over captures already described: at least minimumSights
/// ("too_few_sights"), the best one kept (as a live capture keeps its best sight), within
/// selfMatchBound of every capture ("self_mismatch"). samples is the number of sights.
CaptureResult enrolmentFromSights(const std::vector<Sight> &sights);

/// @brief The largest usable face of @p image, described (nothing when there is none).
std::optional<Sight> describeLargestFace(FaceEngine &engine, const cv::Mat &image, const DetectionOptions &options);
/// @brief The captures of an enrolment from recorded frames (the demo lanes' videos): the largest
/// usable face of every @p every-th frame, described.
std::vector<Sight> describeFrames(FaceEngine &engine, const std::vector<cv::Mat> &frames, const DetectionOptions &options,
                                  std::size_t every = 1);

/// @brief A face-lane enrolment from photos an agent provides (CLI, batch): captureFromPhotos()'s
/// checks of each photo, then enrolmentFromSights(). No liveness can be shown by a photo: the
/// enrolment is recorded as "photos".
CaptureResult enrolmentFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos);

} // namespace portique::vision
