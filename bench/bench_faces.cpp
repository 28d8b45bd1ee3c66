// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The face engine stage by stage, and a whole gate frame against the naive dlib pipeline (full-frame
// HOG, then landmarks, chip and descriptor of every face), measured in the same run. OpenBLAS runs
// on one thread: the station gives each core its own worker.
//
// Needs the installed model and ../shared/testdata (PORTIQUE_TESTDATA_DIR at configure time).
#include "biometrics/descriptor.h"
#include "vision/faceengine.h"
#include "vision/facenetwork.h"
#include "vision/imageloader.h"

#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

#include <memory>

using namespace portique;
using namespace portique::vision;

namespace {

const QString testData = QStringLiteral(PORTIQUE_TESTDATA_DIR);

FaceEngine &engine(DescriptorMode mode = DescriptorMode::MirrorAveraged)
{
    static std::unique_ptr<FaceEngine> mirror;
    static std::unique_ptr<FaceEngine> single;
    auto &slot = mode == DescriptorMode::Single ? single : mirror;
    if (!slot) {
        setBlasThreads(1);
        slot = std::make_unique<FaceEngine>(FaceModel::locate(), mode);
    }
    return *slot;
}

// A 640x480 gate frame: one person close to the camera (a 250x250 news photo doubled, face ~200 px).
const cv::Mat &gateFrame()
{
    static const cv::Mat frame = [] {
        cv::Mat photo = loadImage(testData + QStringLiteral("/faces/photos/Anthony_Hopkins/01.jpg"));
        cv::resize(photo, photo, cv::Size(), 2.0, 2.0, cv::INTER_LINEAR);
        cv::Mat canvas(480, 640, CV_8UC3, cv::Scalar(90, 90, 90));
        photo(cv::Rect(0, 10, 500, 480)).copyTo(canvas(cv::Rect(70, 0, 500, 480)));
        return canvas;
    }();
    return frame;
}

// A 640x480 hall frame with several people (a group photo brought to 640 px).
const cv::Mat &hallFrame()
{
    static const cv::Mat frame = [] {
        cv::Mat photo = loadImage(testData + QStringLiteral("/faces/group/faceapi_bbt4.jpg"));
        cv::Mat canvas(480, 640, CV_8UC3, cv::Scalar(90, 90, 90));
        const double f = std::min(640.0 / photo.cols, 480.0 / photo.rows);
        cv::resize(photo, photo, cv::Size(), f, f, cv::INTER_AREA);
        photo.copyTo(canvas(cv::Rect(0, 0, photo.cols, photo.rows)));
        return canvas;
    }();
    return frame;
}

AnalyzedFace gateFace()
{
    auto faces = engine().analyze(gateFrame(), DetectionOptions::forGate(), false);
    return faces.front();
}

void loadPhoto(benchmark::State &state)
{
    const QString path = testData + QStringLiteral("/faces/photos/Anthony_Hopkins/01.jpg");
    for (auto _ : state)
        benchmark::DoNotOptimize(loadImage(path));
}
BENCHMARK(loadPhoto)->Unit(benchmark::kMillisecond);

void detect640Full(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().detector().detect(gateFrame(), DetectionOptions{}));
}
BENCHMARK(detect640Full)->Unit(benchmark::kMillisecond);

void detect640Gate(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().detector().detect(gateFrame(), DetectionOptions::forGate()));
}
BENCHMARK(detect640Gate)->Unit(benchmark::kMillisecond);

void detectHallFull(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().detector().detect(hallFrame(), DetectionOptions{}));
}
BENCHMARK(detectHallFull)->Unit(benchmark::kMillisecond);

void landmarks(benchmark::State &state)
{
    const AnalyzedFace face = gateFace();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().aligner().landmarks(gateFrame(), face.face.box));
}
BENCHMARK(landmarks)->Unit(benchmark::kMicrosecond);

void chip(benchmark::State &state)
{
    const AnalyzedFace face = gateFace();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().aligner().chip(gateFrame(), face.landmarks));
}
BENCHMARK(chip)->Unit(benchmark::kMicrosecond);

void quality(benchmark::State &state)
{
    const AnalyzedFace face = gateFace();
    for (auto _ : state)
        benchmark::DoNotOptimize(measureQuality(gateFrame(), face.face.box, face.landmarks, face.chip));
}
BENCHMARK(quality)->Unit(benchmark::kMicrosecond);

// Per face: state.range(0) chips in one batch.
void descriptorSingle(benchmark::State &state)
{
    const std::vector<cv::Mat> chips(std::size_t(state.range(0)), gateFace().chip);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine(DescriptorMode::Single).describe(chips));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(descriptorSingle)->Arg(1)->Arg(8)->Unit(benchmark::kMillisecond);

void descriptorMirrorAveraged(benchmark::State &state)
{
    const std::vector<cv::Mat> chips(std::size_t(state.range(0)), gateFace().chip);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine(DescriptorMode::MirrorAveraged).describe(chips));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(descriptorMirrorAveraged)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);

biometrics::Descriptor randomDescriptor(QRandomGenerator &random)
{
    biometrics::Descriptor d{};
    for (float &v : d)
        v = float(random.generateDouble() * 0.5 - 0.25);
    return d;
}

void compareOneToOne(benchmark::State &state)
{
    QRandomGenerator random(1);
    const auto a = randomDescriptor(random);
    const auto b = randomDescriptor(random);
    for (auto _ : state)
        benchmark::DoNotOptimize(biometrics::distance(a, b));
}
BENCHMARK(compareOneToOne)->Unit(benchmark::kNanosecond);

// 1:N exists only against the small gallery of visitors on site; 10,000 shows the ceiling.
void compareOneToMany(benchmark::State &state)
{
    QRandomGenerator random(2);
    std::vector<biometrics::Descriptor> gallery(std::size_t(state.range(0)));
    for (auto &d : gallery)
        d = randomDescriptor(random);
    const auto probe = randomDescriptor(random);
    for (auto _ : state) {
        float best = 10.0F;
        for (const auto &d : gallery)
            best = std::min(best, biometrics::distance(probe, d));
        benchmark::DoNotOptimize(best);
    }
}
BENCHMARK(compareOneToMany)->Arg(10'000)->Unit(benchmark::kMicrosecond);

// The naive pipeline on a gate frame: full-resolution HOG, then every face described.
void gateFrameNaive(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine(DescriptorMode::Single).analyze(gateFrame(), DetectionOptions{}, true));
}
BENCHMARK(gateFrameNaive)->Unit(benchmark::kMillisecond);

// Portique on the same frame: half-resolution HOG, quality gate, mirror-averaged descriptor.
void gateFramePortique(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine(DescriptorMode::MirrorAveraged).analyze(gateFrame(), DetectionOptions::forGate(), true));
}
BENCHMARK(gateFramePortique)->Unit(benchmark::kMillisecond);

// Portique on a frame of an already described track: detection only (the camera issue's tracker
// describes a face once, when its track appears or its quality improves).
void gateFrameTracked(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(engine().detector().detect(gateFrame(), DetectionOptions::forGate()));
}
BENCHMARK(gateFrameTracked)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Load both engines and build the frames before timing anything.
    engine(DescriptorMode::Single).describe({gateFace().chip});
    engine(DescriptorMode::MirrorAveraged).describe({gateFace().chip});
    hallFrame();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
