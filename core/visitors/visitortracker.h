// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"
#include "visitorservice.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::vision {
struct TrackView;
}

namespace portique::visitors {

/// @brief A face an indoor camera took for an on-site visitor: what becomes a sighting.
struct SightingCandidate {
    QString visitorId;
    QString camera;
    int trackId = 0;
    double distance = 0.0; ///< to the visitor's template (lower is closer)
};

/// @brief Follows the on-site visitors who consented across the indoor cameras: compares each
/// usable, described face track 1:N with the small gallery of their templates and says when a
/// track is seen to be one of them, once per (camera, track, visitor). Pure logic: no thread, no
/// database, no clock of its own. Call every method from one thread.
///
/// Privacy (PRIVACY.md §5): only the gallery's own descriptors are held. A face that matches no
/// one is compared and left where it was (the pipeline's track); nothing about it is kept, not
/// even its track id. What is kept per reported track is the visitor id, the distance and when
/// the track was last seen, until the track has gone.
class VisitorTracker final {
public:
    /// Distance ×1000 default of visitors.match_threshold_milli (core/station/setting.h).
    static constexpr double defaultThreshold = 0.50;
    /// The best visitor must be closer than the second best by this much, and a track already
    /// reported is given to another visitor only when closer by this much than its first match.
    /// Why 0.05: on the test faces one descriptor of a person moves by up to ~0.04 from one sight
    /// to the next of the same track (pose, blur; docs/visitor-tracking.md), and the set's one
    /// look-alike pair of identities sits at 0.39-0.55, inside the threshold. Two on-site
    /// visitors within 0.05 of a face are a coin toss: no sighting is better than a wrong one
    /// (a false sighting puts someone where they never were, and can raise an alert).
    static constexpr double defaultMargin = 0.05;
    /// A reported track unseen for this long is forgotten. The vision loop drops a track after
    /// 400 ms without a detection (FaceTracker) and never reuses an id, so waiting longer only
    /// guards against reporting a track twice when it is missing from a few views.
    static constexpr qint64 forgetAfterMs = 2000;

    explicit VisitorTracker(double threshold = defaultThreshold, double margin = defaultMargin);

    /// @brief Replaces the gallery at once (the next update() compares with the new one only).
    void setGallery(std::vector<GalleryEntry> gallery);
    std::size_t gallerySize() const { return m_gallery.size(); }
    void setThreshold(double threshold) { m_threshold = threshold; }
    double threshold() const { return m_threshold; }
    double margin() const { return m_margin; }

    /// @brief One processed frame of @p camera at @p nowMs (any monotonic milliseconds): returns
    /// the sightings it makes, none for strangers, none twice for the same track and visitor.
    std::vector<SightingCandidate> update(const QString &camera, const std::vector<vision::TrackView> &tracks, qint64 nowMs);

    /// @brief How many tracks of @p camera are remembered (reported and not yet forgotten).
    int rememberedTracks(const QString &camera) const;

private:
    struct Match {
        const GalleryEntry *entry = nullptr;
        double distance = 0.0;
    };
    /// The best match of @p descriptor if it is under the threshold and clear of the second best.
    Match bestMatch(const biometrics::Descriptor &descriptor) const;

    struct Reported {
        QString visitorId;       ///< the visitor it was last reported as
        double distance = 0.0;   ///< at that report
        QStringList visitors;    ///< everyone it was reported as: never twice
        qint64 lastSeenMs = 0;
    };

    std::vector<GalleryEntry> m_gallery;
    double m_threshold;
    double m_margin;
    QHash<QString, QHash<int, Reported>> m_reported; ///< camera -> track id -> report
};

} // namespace portique::visitors
