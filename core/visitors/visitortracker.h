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
    /// Why 0.05, measured on the 13 identities of the test faces with two photos or more (each
    /// walking past an indoor camera in a video made from one photo, against a gallery of all
    /// 13 from another photo; docs/visitor-tracking.md): when the best match is the right person
    /// it leads the second by 0.19 at least (229 sights); the set's look-alike pair puts one for
    /// the other at 0.38, under the threshold, with a lead of 0.001-0.015 (21 sights). 0.05
    /// refuses all 21 and loses none of the 229. Two on-site visitors that close to a face are a
    /// coin toss, and a false sighting puts someone where they never were (and may alert).
    static constexpr double defaultMargin = 0.05;
    /// A reported track unseen for this long is forgotten. The vision loop drops a track after
    /// 400 ms without a detection (FaceTracker) and never reuses an id, so waiting longer only
    /// guards against reporting a track twice when it is missing from a few views.
    static constexpr qint64 forgetAfterMs = 2000;
    /// A visitor whose last sighting was on the same camera less than this long ago is not
    /// recorded again from a new track there (someone waiting in the hall, walking in and out of
    /// the picture, makes a new track every few seconds). One minute keeps "last seen" fresh
    /// enough for an evacuation roll call and the trail readable; a sighting on another camera
    /// in between is always recorded, so the trail's order stays true.
    static constexpr qint64 defaultRepeatAfterMs = 60'000;

    explicit VisitorTracker(double threshold = defaultThreshold, double margin = defaultMargin,
                            qint64 repeatAfterMs = defaultRepeatAfterMs);

    /// @brief Replaces the gallery at once (the next update() compares with the new one only);
    /// what was remembered about visitors no longer in it is dropped.
    void setGallery(std::vector<GalleryEntry> gallery);
    std::size_t gallerySize() const { return m_gallery.size(); }
    void setThreshold(double threshold) { m_threshold = threshold; }
    double threshold() const { return m_threshold; }
    double margin() const { return m_margin; }

    /// @brief One processed frame of @p camera at @p nowMs (any monotonic milliseconds): returns
    /// the sightings it makes: none for strangers, none twice for the same track and visitor, none
    /// for a visitor last sighted on this camera less than repeatAfterMs ago.
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

    struct LastSighting {
        QString camera;
        qint64 atMs = 0;
    };

    std::vector<GalleryEntry> m_gallery;
    double m_threshold;
    double m_margin;
    qint64 m_repeatAfterMs;
    QHash<QString, QHash<int, Reported>> m_reported; ///< camera -> track id -> report
    QHash<QString, LastSighting> m_lastSighting;     ///< visitor id -> their last sighting
};

} // namespace portique::visitors
