// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "syntheticscenes.h"

#include "faceengine.h"
#include "imageloader.h"
#include "liveness.h"

#include "visionerror.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cmath>

namespace portique::vision {
namespace {

/// Empty frames between two people walking up (about half a second).
constexpr int gapFrames = int(SyntheticScenes::fps / 2);

// A plain entrance background: a floor and a wall, so the frame is not an empty colour.
cv::Mat background(const cv::Size &size = {SyntheticScenes::width, SyntheticScenes::height})
{
    cv::Mat frame(size, CV_8UC3, cv::Scalar(168, 176, 182));
    cv::rectangle(frame, cv::Rect(0, size.height * 3 / 4, size.width, size.height / 4), cv::Scalar(96, 104, 112), cv::FILLED);
    // A door, in proportion to the frame (40, 40, 120, 260 at 640x480).
    cv::rectangle(frame, cv::Rect(size.width / 16, size.height / 12, size.width * 3 / 16, size.height * 13 / 24), cv::Scalar(120, 90, 60),
                  cv::FILLED);
    return frame;
}

/// portrait() keeps 60 % of the face box on each side: the face is the middle 1 / 2.2 of a portrait.
constexpr double portraitMargins = 2.2;

void paste(cv::Mat &frame, const cv::Mat &image, double scale, cv::Point2d centre)
{
    cv::Mat scaled;
    cv::resize(image, scaled, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect target(int(centre.x - scaled.cols / 2.0), int(centre.y - scaled.rows / 2.0), scaled.cols, scaled.rows);
    const cv::Rect visible = target & cv::Rect(0, 0, frame.cols, frame.rows);
    if (visible.area() == 0)
        return;
    scaled(visible - target.tl()).copyTo(frame(visible));
}

} // namespace

std::vector<cv::Mat> SyntheticScenes::approach(const std::vector<cv::Mat> &portraits, double secondsEach, const std::vector<cv::Mat> &shut)
{
    const int blinkPeriod = int(1.3 * fps);
    std::vector<cv::Mat> frames;
    const int each = int(secondsEach * fps);
    for (std::size_t p = 0; p < portraits.size(); ++p) {
        const cv::Mat &portrait = portraits[p];
        const double drift = (p % 2 == 0) ? 1.0 : -1.0;
        for (int i = 0; i < each; ++i) {
            const double t = double(i) / each; // 0 far … 1 at the gate
            // The face grows from about 90 px to 260 px wide, as when walking from 4 m to 1.5 m.
            const double scale = (0.35 + 0.65 * t) * 400.0 / std::max(portrait.cols, portrait.rows);
            cv::Mat frame = background();
            const bool blink = p < shut.size() && i % blinkPeriod >= blinkPeriod - 3;
            paste(frame, blink ? shut[p] : portrait, scale, {width / 2.0 + drift * (80.0 - 80.0 * t), height * (0.42 + 0.06 * t)});
            frames.push_back(frame);
        }
        // A few empty frames between two people.
        for (int i = 0; i < gapFrames; ++i)
            frames.push_back(background());
    }
    return frames;
}

double SyntheticScenes::approachSlotSeconds(double secondsEach)
{
    return double(int(secondsEach * fps) + gapFrames) / fps;
}

std::vector<cv::Mat> SyntheticScenes::pan(const cv::Mat &scene, double seconds)
{
    std::vector<cv::Mat> frames;
    cv::Mat fitted;
    const double scale = double(height) / scene.rows * 1.1;
    cv::resize(scene, fitted, cv::Size(), scale, scale, cv::INTER_AREA);
    const int travel = std::max(0, fitted.cols - width);
    const int count = int(seconds * fps);
    for (int i = 0; i < count; ++i) {
        // There and back, smoothly.
        const double t = 0.5 - 0.5 * std::cos(2.0 * M_PI * i / count);
        const int x = int(t * travel);
        const int y = std::max(0, (fitted.rows - height) / 2);
        cv::Mat frame = background();
        const cv::Rect window(x, y, std::min(width, fitted.cols), std::min(height, fitted.rows - y));
        fitted(window).copyTo(frame(cv::Rect(0, 0, window.width, window.height)));
        frames.push_back(frame);
    }
    return frames;
}

std::vector<cv::Mat> SyntheticScenes::heldStill(const cv::Mat &portrait, double seconds, bool moving)
{
    std::vector<cv::Mat> frames;
    const int count = int(seconds * fps);
    const double base = 300.0 / std::max(portrait.cols, portrait.rows);
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / count;
        const double scale = moving ? base * (1.0 + 0.15 * std::sin(2 * M_PI * t)) : base;
        const cv::Point2d centre =
            moving ? cv::Point2d(width / 2.0 + 40 * std::sin(2 * M_PI * t), height / 2.0) : cv::Point2d(width / 2.0, height / 2.0);
        cv::Mat frame = background();
        paste(frame, portrait, scale, centre);
        frames.push_back(frame);
    }
    return frames;
}

std::vector<cv::Mat> SyntheticScenes::photoAttack(const cv::Mat &portrait, const PhotoAttack &attack)
{
    std::vector<cv::Mat> frames;
    if (portrait.empty())
        return frames;
    const int count = int(attack.seconds * fps);
    const double base = 300.0 / std::max(portrait.cols, portrait.rows); // heldStill()'s size
    // The wave in the portrait's own pixels, so that it is drawn on the sheet, not on the room.
    const double amplitude = attack.waveAmplitudePx / base;
    const double k = 2 * M_PI / (std::max(0.1, attack.waveLengthFaces) * portrait.cols / portraitMargins);
    cv::Mat mapX(portrait.size(), CV_32F);
    cv::Mat mapY(portrait.size(), CV_32F);
    std::vector<double> alongX(std::size_t(portrait.cols));
    std::vector<double> alongY(std::size_t(portrait.rows));
    const cv::Mat empty = background();
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / fps;
        cv::Mat sheet = portrait; // shared, never written: remap() below writes a new image
        if (amplitude > 0) {
            // Two waves, one across each axis, running at different speeds so that the field never
            // repeats a rigid move; separable, so computed once per row and column.
            // Bent: x moves with x and y with y (foreshortening); rippled: each with the other.
            const double phase = 2 * M_PI * attack.waveHz * t;
            const auto wave = [&](std::vector<double> &values, double offset) {
                for (std::size_t j = 0; j < values.size(); ++j)
                    values[j] = amplitude * std::sin(k * double(j) + offset);
            };
            wave(alongX, attack.ripple ? 1.3 * phase + 1.0 : phase);
            wave(alongY, attack.ripple ? phase : 1.3 * phase + 1.0);
            for (int y = 0; y < portrait.rows; ++y) {
                auto *rowX = mapX.ptr<float>(y);
                auto *rowY = mapY.ptr<float>(y);
                for (int x = 0; x < portrait.cols; ++x) {
                    const double dx = attack.ripple ? alongY[std::size_t(y)] : alongX[std::size_t(x)];
                    const double dy = attack.ripple ? alongX[std::size_t(x)] : alongY[std::size_t(y)];
                    rowX[x] = float(x - dx);
                    rowY[x] = float(y - dy);
                }
            }
            sheet = cv::Mat();
            cv::remap(portrait, sheet, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        }
        // The rigid moves, each at its own phase (a hand does not move in lockstep).
        const double swing = 2 * M_PI * attack.motionHz * t;
        const double scale = base * (1.0 + attack.zoom * std::sin(0.7 * swing + 1.0));
        const double angle = attack.rotationDeg * std::sin(1.3 * swing + 0.5);
        const cv::Point2d centre(width / 2.0 + attack.panPx * std::sin(swing), height / 2.0 + 0.3 * attack.panPx * std::sin(0.9 * swing));
        cv::Mat frame = empty.clone();
        if (angle == 0.0) {
            paste(frame, sheet, scale, centre);
        } else {
            cv::Mat scaled;
            cv::resize(sheet, scaled, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
            cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(float(scaled.cols) / 2.0F, float(scaled.rows) / 2.0F), angle, 1.0);
            turn.at<double>(0, 2) += centre.x - scaled.cols / 2.0;
            turn.at<double>(1, 2) += centre.y - scaled.rows / 2.0;
            cv::warpAffine(scaled, frame, turn, frame.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
        }
        frames.push_back(frame);
    }
    return frames;
}

std::vector<cv::Mat> SyntheticScenes::replay(const std::vector<cv::Mat> &recorded)
{
    std::vector<cv::Mat> frames;
    frames.reserve(recorded.size());
    for (const cv::Mat &shown : recorded) {
        // A screen filmed by the lane camera: the pixels a little spread, the blacks a little grey.
        cv::Mat filmed;
        cv::GaussianBlur(shown, filmed, cv::Size(0, 0), 0.8);
        filmed.convertTo(filmed, -1, 0.85, 20);
        frames.push_back(filmed);
    }
    return frames;
}

cv::Mat SyntheticScenes::closeEyes(const cv::Mat &portrait, const std::vector<cv::Point2f> &landmarks)
{
    cv::Mat closed = portrait.clone();
    if (landmarks.size() != 68)
        return closed;
    for (int first : {36, 42}) {
        std::vector<cv::Point> eye;
        cv::Point2f centre(0, 0);
        for (int i = 0; i < 6; ++i)
            centre += landmarks[std::size_t(first + i)];
        centre *= 1.0F / 6.0F;
        const float width = float(cv::norm(landmarks[std::size_t(first)] - landmarks[std::size_t(first + 3)]));
        // The lid covers the eye and a little around it, as a closed eye's skin does.
        for (int i = 0; i < 6; ++i) {
            const cv::Point2f p = landmarks[std::size_t(first + i)];
            eye.emplace_back(centre + cv::Point2f((p - centre).x * 1.25F, (p - centre).y * 1.9F));
        }
        // Skin colour: a patch half an eye-width below the eye.
        const cv::Rect patch =
            cv::Rect(int(centre.x - width / 4), int(centre.y + width * 0.45F), std::max(2, int(width / 2)), std::max(2, int(width / 4)))
            & cv::Rect(0, 0, portrait.cols, portrait.rows);
        const cv::Scalar skin = patch.area() > 0 ? cv::mean(portrait(patch)) : cv::Scalar(150, 160, 190);
        cv::fillConvexPoly(closed, eye, skin, cv::LINE_AA);
        // A closed eye is a thin dark line from corner to corner, sagging a little in the middle.
        const cv::Point2f inner = landmarks[std::size_t(first)];
        const cv::Point2f outer = landmarks[std::size_t(first + 3)];
        const cv::Point2f middle = (inner + outer) * 0.5F + cv::Point2f(0, width * 0.12F);
        std::vector<cv::Point> lash{cv::Point(inner), cv::Point((inner + middle) * 0.5F + cv::Point2f(0, width * 0.03F)), cv::Point(middle),
                                    cv::Point((outer + middle) * 0.5F + cv::Point2f(0, width * 0.03F)), cv::Point(outer)};
        cv::polylines(closed, lash, false, cv::Scalar(35, 35, 45), std::max(2, int(width / 9)), cv::LINE_AA);
    }
    return closed;
}

std::vector<cv::Mat> SyntheticScenes::blinking(const cv::Mat &open, const cv::Mat &closed, double seconds, double blinkEvery)
{
    std::vector<cv::Mat> frames;
    const int count = int(seconds * fps);
    const int period = std::max(6, int(blinkEvery * fps));
    const double base = 300.0 / std::max(open.cols, open.rows);
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / fps;
        // A person standing at the gate sways a little.
        const double scale = base * (1.0 + 0.03 * std::sin(2 * M_PI * t / 2.5));
        const cv::Point2d centre(width / 2.0 + 12 * std::sin(2 * M_PI * t / 3.0), height / 2.0 + 5 * std::cos(2 * M_PI * t / 2.0));
        const bool shut = i % period >= period - 3;
        cv::Mat frame = background();
        paste(frame, shut ? closed : open, scale, centre);
        frames.push_back(frame);
    }
    return frames;
}

std::vector<cv::Mat> SyntheticScenes::distantFace(const StagedFace &face, const DistantFaceScene &scene, std::vector<cv::Rect> *faceBoxes)
{
    std::vector<cv::Mat> frames;
    if (face.open.empty())
        return frames;
    // Without a known box, portrait()'s margins.
    const cv::Rect inPortrait = face.face.empty()
                                    ? cv::Rect(int(face.open.cols * 0.6 / portraitMargins), int(face.open.rows * 0.6 / portraitMargins),
                                               int(face.open.cols / portraitMargins), int(face.open.rows / portraitMargins))
                                    : face.face;
    const double scale = double(scene.faceWidth) / inPortrait.width;
    const cv::Size size = scene.frameSize;
    // The face's offset from the portrait's centre, in frame pixels after scaling.
    const cv::Point2d faceOffset((inPortrait.x + inPortrait.width / 2.0 - face.open.cols / 2.0) * scale,
                                 (inPortrait.y + inPortrait.height / 2.0 - face.open.rows / 2.0) * scale);
    const int count = int(scene.seconds * fps);
    const int period = std::max(6, int(scene.blinkEvery * fps));
    const cv::Mat empty = background(size);
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / fps;
        // Walking across the lane: from 40 % of the width to 60 % and back over 8 s (25 px/s at
        // 640 px), the head bobbing 2 % of the face's width with each step (two steps a second).
        const double across = scene.walking ? 0.1 * (1.0 - std::cos(2 * M_PI * t / 8.0)) : 0.0;
        const double bob = scene.walking ? 0.02 * scene.faceWidth * std::sin(2 * M_PI * t * 2.0) : 0.0;
        const cv::Point2d faceCentre(size.width * (0.4 + across), size.height * 0.4 + bob);
        const bool shut = !face.shut.empty() && i % period >= period - 3;
        cv::Mat frame = empty.clone();
        paste(frame, shut ? face.shut : face.open, scale, faceCentre - faceOffset);
        frames.push_back(frame);
        if (faceBoxes)
            faceBoxes->emplace_back(int(std::lround(faceCentre.x - inPortrait.width * scale / 2)),
                                    int(std::lround(faceCentre.y - inPortrait.height * scale / 2)), scene.faceWidth,
                                    int(std::lround(inPortrait.height * scale)));
    }
    return frames;
}

cv::Mat SyntheticScenes::emptyEntrance(const cv::Size &size)
{
    return background(size);
}

void SyntheticScenes::write(const QString &path, const std::vector<cv::Mat> &frames, double framesPerSecond)
{
    const cv::Size size = frames.empty() ? cv::Size(width, height) : frames.front().size();
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), framesPerSecond, size);
    if (!writer.isOpened())
        throw VisionError(QCoreApplication::translate("Vision", "Cannot write the video %1.").arg(path));
    for (const cv::Mat &frame : frames)
        writer.write(frame);
}

cv::Mat SyntheticScenes::portrait(const cv::Mat &photo, const cv::Rect &faceBox)
{
    const int margin = int(faceBox.width * 0.6);
    const cv::Rect area = cv::Rect(faceBox.x - margin, faceBox.y - margin, faceBox.width + 2 * margin, faceBox.height + 2 * margin)
                          & cv::Rect(0, 0, photo.cols, photo.rows);
    return photo(area).clone();
}

} // namespace portique::vision

namespace portique::vision {

std::vector<StagedFace> SyntheticScenes::stageFaces(FaceEngine &engine, const QStringList &paths)
{
    std::vector<StagedFace> staged;
    for (const QString &path : paths) {
        const cv::Mat photo = loadImage(path);
        for (const FaceBox &face : engine.detector().detect(photo, DetectionOptions::forPhoto(photo.size()))) {
            const QRect &b = face.box;
            const cv::Mat open = portrait(photo, cv::Rect(b.x(), b.y(), b.width(), b.height()));
            const auto again = engine.detector().detect(open, DetectionOptions::forPhoto(open.size()));
            if (again.empty())
                continue;
            std::vector<cv::Point2f> points;
            for (const QPointF &p : engine.aligner().landmarks(open, again.front().box))
                points.emplace_back(float(p.x()), float(p.y()));
            const QRect &box = again.front().box;
            staged.push_back({open, closeEyes(open, points), cv::Rect(box.x(), box.y(), box.width(), box.height())});
        }
    }
    return staged;
}

StagedBlink SyntheticScenes::stagedBlink(FaceEngine &engine, const StagedFace &face)
{
    const auto eyeOpening = [&engine](const cv::Mat &portrait) {
        const auto seen = engine.analyze(portrait, DetectionOptions::forPhoto(portrait.size()), false);
        return seen.empty() ? 0.0 : LivenessMonitor::eyeAspectRatio(seen.front().landmarks);
    };
    StagedBlink blink;
    blink.open = eyeOpening(face.open);
    blink.shut = eyeOpening(face.shut);
    blink.visible = blink.shut < blink.open * LivenessMonitor::blinkDrop;
    return blink;
}

} // namespace portique::vision
