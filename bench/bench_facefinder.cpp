// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Detection range (issue 14): the face finder against one full-resolution HOG pass and the former
// half-resolution gate pass, on the same frames of a person about 1 m from a 640x480 lane camera
// (a face of 90 px, walking a little). `portiquectl bench pipeline --finder` reports the same
// comparison with detection rates; this one is for profiling and regressions.
//
// Needs ../shared/testdata (PORTIQUE_TESTDATA_DIR at configure time); no face model.
#include "vision/facefinder.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"

#include <benchmark/benchmark.h>

using namespace portique;
using namespace portique::vision;

namespace {

const QString testData = QStringLiteral(PORTIQUE_TESTDATA_DIR);

FaceDetector &detector()
{
    static FaceDetector instance;
    return instance;
}

// Four seconds of a 90-px face walking across a 640x480 frame (60 frames).
const std::vector<cv::Mat> &distantFrames()
{
    static const std::vector<cv::Mat> frames = [] {
        const cv::Mat photo = loadImage(testData + QStringLiteral("/faces/photos/Anthony_Hopkins/01.jpg"));
        const QRect b = detector().detect(photo, DetectionOptions::forPhoto(photo.size())).front().box;
        StagedFace face{SyntheticScenes::portrait(photo, cv::Rect(b.x(), b.y(), b.width(), b.height())), cv::Mat(), {}};
        const QRect a = detector().detect(face.open, DetectionOptions::forPhoto(face.open.size())).front().box;
        face.face = cv::Rect(a.x(), a.y(), a.width(), a.height());
        return SyntheticScenes::distantFace(face, DistantFaceScene{});
    }();
    return frames;
}

// The frames in order, looping, each through the same finder (it keeps the motion image and the
// last faces between calls, as a camera's finder does), its last faces standing in for the tracks.
void finderDistantFace(benchmark::State &state)
{
    const auto &frames = distantFrames();
    FaceFinder finder(DetectionOptions::forLane(defaultMinFacePx));
    std::size_t i = 0;
    std::vector<QRect> tracks;
    for (auto _ : state) {
        auto faces = finder.find(detector(), frames[i++ % frames.size()], tracks);
        tracks.clear();
        for (const FaceBox &face : faces)
            tracks.push_back(face.box);
        benchmark::DoNotOptimize(faces);
    }
    state.counters["fine_share"] = double(finder.counters().finePixels) / double(finder.counters().frames) / (640.0 * 480.0);
    state.counters["full_scans"] = double(finder.counters().fullScans);
}
BENCHMARK(finderDistantFace)->Unit(benchmark::kMillisecond);

void naiveFullResDistantFace(benchmark::State &state)
{
    const auto &frames = distantFrames();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(detector().detect(frames[i++ % frames.size()], DetectionOptions::forLane()));
}
BENCHMARK(naiveFullResDistantFace)->Unit(benchmark::kMillisecond);

void gateHalfResDistantFace(benchmark::State &state)
{
    const auto &frames = distantFrames();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(detector().detect(frames[i++ % frames.size()], DetectionOptions::forGate()));
}
BENCHMARK(gateHalfResDistantFace)->Unit(benchmark::kMillisecond);

// An empty entrance: after the first frame, only the periodic whole pass costs anything.
void finderEmptyEntrance(benchmark::State &state)
{
    const cv::Mat empty = SyntheticScenes::emptyEntrance();
    FaceFinder finder;
    for (auto _ : state)
        benchmark::DoNotOptimize(finder.find(detector(), empty, {}));
}
BENCHMARK(finderEmptyEntrance)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
