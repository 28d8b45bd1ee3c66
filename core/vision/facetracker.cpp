// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facetracker.h"

#include <algorithm>
#include <tuple>

namespace portique::vision {
namespace {

// Weight of the newest displacement in the velocity: smooths detector jitter over ~3 frames.
constexpr double velocitySmoothing = 0.5;

} // namespace

double intersectionOverUnion(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    if (both.isEmpty())
        return 0.0;
    const double inter = both.width() * both.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

FaceTracker::FaceTracker()
    : FaceTracker(Options{})
{
}

FaceTracker::FaceTracker(Options options)
    : m_options(options)
{
}

std::vector<int> FaceTracker::update(const std::vector<FaceBox> &detections, qint64 nowMs)
{
    // Every (track, detection) pair that overlaps enough, best overlap first.
    std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const FaceTrack &track = m_tracks[t];
        const QPointF shift = track.velocity * double(nowMs - track.lastSeenMs);
        const QRectF predicted = track.box.translated(shift);
        for (std::size_t d = 0; d < detections.size(); ++d) {
            const double overlap = intersectionOverUnion(predicted, QRectF(detections[d].box));
            if (overlap >= m_options.minIou)
                candidates.emplace_back(overlap, t, d);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<int> ids(detections.size(), 0);
    std::vector<bool> trackTaken(m_tracks.size(), false);
    for (const auto &[overlap, t, d] : candidates) {
        if (trackTaken[t] || ids[d] != 0)
            continue;
        trackTaken[t] = true;
        FaceTrack &track = m_tracks[t];
        const QRectF box(detections[d].box);
        const qint64 elapsed = std::max<qint64>(1, nowMs - track.lastSeenMs);
        const QPointF step = (box.center() - track.box.center()) / double(elapsed);
        track.velocity = track.framesSeen > 1 ? track.velocity * (1 - velocitySmoothing) + step * velocitySmoothing : step;
        track.box = box;
        track.lastSeenMs = nowMs;
        ++track.framesSeen;
        ids[d] = track.id;
    }
    for (std::size_t d = 0; d < detections.size(); ++d) {
        if (ids[d] != 0)
            continue;
        FaceTrack track;
        track.id = m_nextId++;
        track.box = QRectF(detections[d].box);
        track.firstSeenMs = track.lastSeenMs = nowMs;
        track.framesSeen = 1;
        m_tracks.push_back(track);
        ids[d] = track.id;
    }
    std::erase_if(m_tracks, [&](const FaceTrack &track) { return nowMs - track.lastSeenMs > m_options.forgetAfterMs; });
    return ids;
}

const FaceTrack *FaceTracker::track(int id) const
{
    const auto it = std::find_if(m_tracks.begin(), m_tracks.end(), [id](const FaceTrack &t) { return t.id == id; });
    return it == m_tracks.end() ? nullptr : &*it;
}

bool FaceTracker::needsDescriptor(int trackId, double score) const
{
    const FaceTrack *found = track(trackId);
    if (!found)
        return false;
    return !found->descriptor || score > found->bestQuality * m_options.improvement;
}

void FaceTracker::setDescriptor(int trackId, const biometrics::Descriptor &descriptor, double score)
{
    const auto it = std::find_if(m_tracks.begin(), m_tracks.end(), [trackId](const FaceTrack &t) { return t.id == trackId; });
    if (it == m_tracks.end())
        return;
    it->descriptor = descriptor;
    it->bestQuality = score;
}

void FaceTracker::forgetDescriptors()
{
    for (FaceTrack &track : m_tracks) {
        track.descriptor.reset();
        track.bestQuality = 0.0;
    }
}

int FaceTracker::split(int trackId, qint64 nowMs)
{
    const auto it = std::find_if(m_tracks.begin(), m_tracks.end(), [trackId](const FaceTrack &t) { return t.id == trackId; });
    if (it == m_tracks.end())
        return 0;
    it->id = m_nextId++;
    it->firstSeenMs = nowMs;
    it->framesSeen = 1;
    it->velocity = {};
    it->descriptor.reset();
    it->bestQuality = 0.0;
    return it->id;
}

} // namespace portique::vision
