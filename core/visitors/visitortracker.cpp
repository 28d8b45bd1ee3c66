// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitortracker.h"

#include "biometrics/matcher.h"
#include "vision/visionpipeline.h"

#include <algorithm>
#include <limits>

namespace portique::visitors {

VisitorTracker::VisitorTracker(double threshold, double margin, qint64 repeatAfterMs)
    : m_threshold(threshold)
    , m_margin(margin)
    , m_repeatAfterMs(repeatAfterMs)
{
}

void VisitorTracker::setGallery(std::vector<GalleryEntry> gallery)
{
    m_gallery = std::move(gallery);
    for (auto it = m_lastSighting.begin(); it != m_lastSighting.end();) {
        const bool present = std::any_of(m_gallery.cbegin(), m_gallery.cend(),
                                         [&](const GalleryEntry &entry) { return entry.visitorId == it.key(); });
        it = present ? std::next(it) : m_lastSighting.erase(it);
    }
}

VisitorTracker::Match VisitorTracker::bestMatch(const biometrics::Descriptor &descriptor) const
{
    Match best;
    bool bestUnderThreshold = false;
    double second = std::numeric_limits<double>::infinity();
    for (const GalleryEntry &entry : m_gallery) {
        const biometrics::Comparison comparison = biometrics::compare(descriptor, entry.descriptor, float(m_threshold));
        if (!best.entry || comparison.distance < best.distance) {
            if (best.entry)
                second = best.distance;
            best = {&entry, comparison.distance};
            bestUnderThreshold = comparison.same;
        } else {
            second = std::min(second, double(comparison.distance));
        }
    }
    if (!bestUnderThreshold || second - best.distance < m_margin)
        return {};
    return best;
}

std::vector<SightingCandidate> VisitorTracker::update(const QString &camera, const std::vector<vision::TrackView> &tracks,
                                                      qint64 nowMs)
{
    std::vector<SightingCandidate> sightings;
    QHash<int, Reported> &reported = m_reported[camera];
    for (const vision::TrackView &track : tracks) {
        const auto known = reported.find(track.id);
        if (known != reported.end())
            known->lastSeenMs = nowMs;
        if (!track.usable || !track.descriptor || m_gallery.empty())
            continue;
        const Match match = bestMatch(*track.descriptor);
        if (!match.entry)
            continue; // a stranger, or too close to call: nothing kept
        const QString &visitorId = match.entry->visitorId;
        if (known == reported.end()) {
            reported.insert(track.id, {visitorId, match.distance, {visitorId}, nowMs});
        } else if (known->visitorId == visitorId) {
            continue;
        } else if (match.distance < known->distance - m_margin && !known->visitors.contains(visitorId)) {
            // Seen better now (closer, a frontal sight): this track was someone else after all.
            known->visitorId = visitorId;
            known->distance = match.distance;
            known->visitors << visitorId;
        } else {
            continue;
        }
        const auto last = m_lastSighting.constFind(visitorId);
        if (last != m_lastSighting.cend() && last->camera == camera && nowMs - last->atMs < m_repeatAfterMs)
            continue; // still where they were last recorded, moments ago
        m_lastSighting.insert(visitorId, {camera, nowMs});
        sightings.push_back({visitorId, camera, track.id, match.distance});
    }
    for (auto it = reported.begin(); it != reported.end();) {
        if (nowMs - it->lastSeenMs > forgetAfterMs)
            it = reported.erase(it);
        else
            ++it;
    }
    if (reported.isEmpty())
        m_reported.remove(camera);
    return sightings;
}

int VisitorTracker::rememberedTracks(const QString &camera) const
{
    return int(m_reported.value(camera).size());
}

} // namespace portique::visitors
