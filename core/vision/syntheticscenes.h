// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <opencv2/core.hpp>

#include <vector>

namespace portique::vision {

/// @brief Builds camera videos from still photos, for the demo cameras and the tests: no camera
/// and no recorded video of anyone is needed (and none is ever kept).
class FaceEngine;

/// @brief A face cut from a photo for a scene: open eyes, and closed for blinks.
struct StagedFace {
    cv::Mat open;
    cv::Mat shut;
    cv::Rect face; ///< the face's detection box in the portrait (empty when not known)
};

/// @brief Whether the landmarks see a StagedFace's painted-shut eyes shut: the eye aspect ratio
/// (LivenessMonitor::eyeAspectRatio) of its two still portraits. Eyes painted shut do not always
/// look shut to the shape predictor; a staged person whose blink it does not see can never show
/// liveness at a lane, and would only ever be checked by hand, which would measure the staging,
/// not the gate. The benchmarks and the demo give the face lane only to faces whose staged blink
/// is visible (SyntheticScenes::stagedBlink()).
struct StagedBlink {
    double open = 0.0;    ///< eye aspect ratio of the open portrait (0: no face found)
    double shut = 0.0;    ///< of the portrait with the eyes painted shut
    bool visible = false; ///< shut under LivenessMonitor::blinkDrop of open
};

/// @brief A person seen from afar by a lane camera: a face of a given width, in a frame of a given
/// size, walking a little across it, or standing still.
struct DistantFaceScene {
    int faceWidth = 90; ///< the face's detection-box width in the frame, px
    cv::Size frameSize{640, 480};
    double seconds = 4.0;
    bool walking = true;     ///< false: standing still, in the same place from the first frame
    double blinkEvery = 1.3; ///< seconds between blinks (3 frames shut), when a shut face is given
};

/// @brief A printed photo of a face held up to a lane camera: a presentation attack (ISO/IEC 30107-3,
/// an "artefact" costing next to nothing). The sheet moves rigidly (pan, zoom, small turns) and may
/// be bent and waved: a smooth displacement field of a few pixels, animated, as paper flexes in a hand.
struct PhotoAttack {
    double seconds = 4.0;
    double panPx = 0.0;       ///< side-to-side sway of the sheet, frame px each way
    double zoom = 0.0;        ///< towards and away from the camera: relative change of size (0.15: ±15 %)
    double rotationDeg = 0.0; ///< in-plane turn, degrees each way
    double motionHz = 0.3;    ///< cycles per second of the rigid moves
    /// Peak displacement of the bent sheet's surface, frame px (the face is about 136 px wide, as in
    /// heldStill()); 0: a flat sheet.
    double waveAmplitudePx = 0.0;
    double waveLengthFaces = 2.0; ///< the wave's length in face widths (1: a full fold across the face)
    double waveHz = 1.0;          ///< cycles per second of the wave running across the sheet
    /// false: the sheet bends (stretches and compresses along the wave, as paper curved towards the
    /// camera is foreshortened); true: it ripples (each band slides across the wave).
    bool ripple = false;
};

class SyntheticScenes final {
public:
    static constexpr int width = 640;
    static constexpr int height = 480;
    static constexpr double fps = 15.0;

    /// @brief People walking up to a gate camera one after another: each @p portraits image (a face
    /// with some margin) grows from far to close over @p secondsEach, drifting sideways, then leaves.
    /// With @p shut (the same portraits with the eyes closed, see closeEyes), each person blinks
    /// every 1.3 s on the way.
    static std::vector<cv::Mat> approach(const std::vector<cv::Mat> &portraits, double secondsEach = 3.0,
                                         const std::vector<cv::Mat> &shut = {});
    /// @brief The time from one person's first frame to the next's in approach(): their
    /// @p secondsEach and the empty frames between two people.
    static double approachSlotSeconds(double secondsEach = 3.0);
    /// @brief A slow pan across @p scene (a group photo): an indoor camera watching a hall.
    static std::vector<cv::Mat> pan(const cv::Mat &scene, double seconds = 8.0);
    /// @brief The same still @p portrait held up to the camera, optionally moved and zoomed a
    /// little: what a photo or a frozen phone screen looks like (liveness must fail on it).
    static std::vector<cv::Mat> heldStill(const cv::Mat &portrait, double seconds = 3.0, bool moving = false);

    /// @brief @p portrait printed and held up to the camera as @p attack says (still, moved, bent and
    /// waved): the face is as big as in heldStill() and blinking(), so that only liveness tells them apart.
    static std::vector<cv::Mat> photoAttack(const cv::Mat &portrait, const PhotoAttack &attack);
    /// @brief @p recorded (a genuine scene) played back on a phone or tablet held up to the camera:
    /// the same frames, filmed again off a screen (a little softer, less contrast). From RGB frames
    /// alone this cannot be told from the person: a measured, documented limit (docs/face-engine.md).
    static std::vector<cv::Mat> replay(const std::vector<cv::Mat> &recorded);

    /// @brief @p portrait with both eyes shut: each eye (from its 68-point @p landmarks, in the
    /// portrait's pixels) is covered with the skin just below it and crossed by a dark lash line.
    static cv::Mat closeEyes(const cv::Mat &portrait, const std::vector<cv::Point2f> &landmarks);
    /// @brief A living person in front of the camera: @p open moving gently, blinking (@p closed
    /// for 3 frames, 200 ms) every @p blinkEvery seconds.
    static std::vector<cv::Mat> blinking(const cv::Mat &open, const cv::Mat &closed, double seconds = 4.0, double blinkEvery = 1.3);

    /// @brief @p face (with its StagedFace::face box) placed so that its face is @p scene.faceWidth
    /// wide, a little left of the centre, at head height, over a plain entrance background. Walking,
    /// it crosses to the right and back (about 25 px/s at 640 px of width, bobbing with each step);
    /// it blinks on its shut portrait. @p faceBoxes, when given, receives the face's box in each
    /// frame (the ground truth for detection rates).
    static std::vector<cv::Mat> distantFace(const StagedFace &face, const DistantFaceScene &scene,
                                            std::vector<cv::Rect> *faceBoxes = nullptr);
    /// @brief An empty entrance of @p size: the background of every scene, nobody in it.
    static cv::Mat emptyEntrance(const cv::Size &size = {width, height});

    /// @brief Writes frames (all of the first frame's size) as MJPEG AVI at @p framesPerSecond; throws VisionError when
    /// the file cannot be written.
    static void write(const QString &path, const std::vector<cv::Mat> &frames, double framesPerSecond = fps);
    /// @brief Faces cut from @p photo with a margin of 60 % around each detected face box.
    static cv::Mat portrait(const cv::Mat &photo, const cv::Rect &faceBox);
    /// @brief Every face @p engine finds in the photos @p paths, as portraits with and without
    /// closed eyes, with the face's box in them (faces whose portrait cannot be found again are
    /// skipped).
    static std::vector<StagedFace> stageFaces(FaceEngine &engine, const QStringList &paths);
    /// @brief How @p engine's landmarks see @p face's eyes open and painted shut (StagedBlink).
    static StagedBlink stagedBlink(FaceEngine &engine, const StagedFace &face);
};

} // namespace portique::vision
