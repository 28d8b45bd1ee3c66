// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The cost the visitor tracking adds to each processed indoor frame: every usable, described face
// compared 1:N with the gallery of on-site consenting visitors (docs/visitor-tracking.md).
#include "vision/visionpipeline.h"
#include "visitors/visitortracker.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace portique;

namespace {

/// Random directions scaled to dlib's usual descriptor length (about 1): two of them are about
/// 1.4 apart, so every face is a stranger and each update compares with the whole gallery (the
/// worst case: a match costs the same comparisons).
biometrics::Descriptor randomDescriptor(std::mt19937 &random)
{
    std::normal_distribution<float> normal;
    biometrics::Descriptor d{};
    float norm = 0.0F;
    for (float &value : d) {
        value = normal(random);
        norm += value * value;
    }
    for (float &value : d)
        value /= std::sqrt(norm);
    return d;
}

/// Arguments: gallery size, faces in the frame.
void BM_TrackerUpdate(benchmark::State &state)
{
    std::mt19937 random(7);
    std::vector<visitors::GalleryEntry> gallery;
    for (int i = 0; i < state.range(0); ++i)
        gallery.push_back({QStringLiteral("V%1").arg(i), randomDescriptor(random)});
    visitors::VisitorTracker tracker;
    tracker.setGallery(gallery);
    std::vector<vision::TrackView> tracks;
    for (int i = 0; i < state.range(1); ++i) {
        vision::TrackView track;
        track.id = i + 1;
        track.usable = true;
        track.described = true;
        track.descriptor = randomDescriptor(random);
        tracks.push_back(track);
    }
    const QString camera = QStringLiteral("Hall");
    qint64 now = 0;
    for (auto _ : state) {
        now += 66; // 15 fps
        benchmark::DoNotOptimize(tracker.update(camera, tracks, now));
    }
    state.counters["gallery"] = double(state.range(0));
    state.counters["faces"] = double(state.range(1));
}
BENCHMARK(BM_TrackerUpdate)->ArgsProduct({{1, 10, 50}, {1, 4}})->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
