// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentcapture.h"

#include "biometrics/matcher.h"
#include "faceengine.h"

#include <QCoreApplication>

#include <algorithm>

namespace portique::vision {

QString captureHintText(CaptureHint hint)
{
    switch (hint) {
    case CaptureHint::NoFace:
        return QCoreApplication::translate("portique::vision", "Stand in front of the camera");
    case CaptureHint::SeveralFaces:
        return QCoreApplication::translate("portique::vision", "One person at a time, please");
    case CaptureHint::ComeCloser:
        return QCoreApplication::translate("portique::vision", "Come closer");
    case CaptureHint::FaceCamera:
        return QCoreApplication::translate("portique::vision", "Face the camera");
    case CaptureHint::TooDark:
        return QCoreApplication::translate("portique::vision", "Too dark: more light on the face");
    case CaptureHint::TooBright:
        return QCoreApplication::translate("portique::vision", "Too bright: move away from the window");
    case CaptureHint::HoldStill:
        return QCoreApplication::translate("portique::vision", "Hold still");
    case CaptureHint::Blink:
        return QCoreApplication::translate("portique::vision", "Blink once, naturally");
    case CaptureHint::Done:
        break;
    }
    return QCoreApplication::translate("portique::vision", "Done: you may step away");
}

CaptureHint hintForProblems(const QStringList &problems)
{
    // The order is what a person can fix first: distance, then pose, then light, then motion.
    if (problems.contains(u"too_small"))
        return CaptureHint::ComeCloser;
    if (problems.contains(u"turned") || problems.contains(u"tilted") || problems.contains(u"no_landmarks"))
        return CaptureHint::FaceCamera;
    if (problems.contains(u"too_dark"))
        return CaptureHint::TooDark;
    if (problems.contains(u"too_bright") || problems.contains(u"overexposed"))
        return CaptureHint::TooBright;
    if (problems.isEmpty())
        return CaptureHint::Blink;
    return CaptureHint::HoldStill;
}

CaptureFailure captureFailure(const QString &id)
{
    if (id == u"no_face")
        return {id, QCoreApplication::translate("portique::vision", "No face was found.")};
    if (id == u"several_faces")
        return {id, QCoreApplication::translate("portique::vision", "Several faces were seen: one person at a time.")};
    if (id == u"not_usable")
        return {id, QCoreApplication::translate("portique::vision", "The face was never clear enough (size, pose, light or blur).")};
    if (id == u"no_liveness")
        return {id, QCoreApplication::translate("portique::vision", "No sign of a live person (no blink was seen).")};
    if (id == u"inconsistent")
        return {id, QCoreApplication::translate("portique::vision", "The pictures do not show the same person.")};
    if (id == u"too_few_sights")
        return {id,
                QCoreApplication::translate("portique::vision", "The face was seen only once: at least two pictures are needed to check "
                                                                "that the template matches the person.")};
    if (id == u"self_mismatch")
        return {id,
                QCoreApplication::translate("portique::vision", "The template does not match all of the person's own pictures: they could "
                                                                "be refused at the face lane.")};
    return {QStringLiteral("timeout"), QCoreApplication::translate("portique::vision", "No usable face within the time allowed.")};
}

SelfMatch selfMatch(const biometrics::Descriptor &kept, const std::vector<biometrics::Descriptor> &sights)
{
    SelfMatch match;
    for (const biometrics::Descriptor &sight : sights) {
        match.largest = std::max(match.largest, biometrics::distance(kept, sight));
        ++match.compared;
    }
    return match;
}

EnrolmentCapture::EnrolmentCapture()
    : EnrolmentCapture(Options{})
{
}

EnrolmentCapture::EnrolmentCapture(Options options)
    : m_options(options)
{
}

CaptureHint EnrolmentCapture::add(qint64 atMs, const std::vector<TrackView> &tracks)
{
    if (m_startMs < 0)
        m_startMs = atMs;
    ++m_samples;
    if (complete())
        return m_lastHint = CaptureHint::Done;
    if (tracks.empty())
        return m_lastHint = CaptureHint::NoFace;
    const auto biggest = std::max_element(tracks.cbegin(), tracks.cend(),
                                          [](const TrackView &a, const TrackView &b) { return a.box.width() < b.box.width(); });
    const int others = int(std::count_if(tracks.cbegin(), tracks.cend(), [&](const TrackView &track) {
        return &track != &*biggest && track.box.width() > biggest->box.width() * m_options.bystanderRatio;
    }));
    if (others > 0)
        return m_lastHint = CaptureHint::SeveralFaces;

    m_currentTrack = biggest->id;
    Candidate &candidate = m_candidates[biggest->id];
    if (candidate.firstMs < 0) // a first frame at 0 ms is a first frame too
        candidate.firstMs = atMs;
    candidate.lastMs = atMs;
    candidate.alive = candidate.alive || biggest->alive;
    if (biggest->descriptor) {
        ++candidate.describedFrames;
        if (candidate.sights.empty() || candidate.sights.back() != *biggest->descriptor) {
            if (candidate.sights.size() == maximumSights)
                candidate.sights.erase(candidate.sights.begin());
            candidate.sights.push_back(*biggest->descriptor);
        }
        if (biggest->quality >= candidate.quality) {
            candidate.descriptor = biggest->descriptor;
            candidate.quality = biggest->quality;
        }
    }
    if (complete())
        return m_lastHint = CaptureHint::Done;
    if (!biggest->usable && !biggest->problems.isEmpty())
        return m_lastHint = hintForProblems(biggest->problems);
    if (m_options.requireLiveness && !candidate.alive)
        return m_lastHint = CaptureHint::Blink;
    return m_lastHint = CaptureHint::HoldStill;
}

bool EnrolmentCapture::complete() const
{
    const auto it = m_candidates.find(m_currentTrack);
    if (it == m_candidates.end())
        return false;
    const Candidate &c = it->second;
    return c.descriptor && (c.alive || !m_options.requireLiveness) && c.lastMs - c.firstMs >= m_options.minimumMs && selfConsistent(c);
}

bool EnrolmentCapture::selfConsistent(const Candidate &candidate)
{
    // The pipeline reports a track's best descriptor on every frame until a clearly better sight
    // (FaceTracker::Options::improvement): the frames described are the captures counted, the
    // distinct descriptors are what the template is compared with.
    return candidate.descriptor && candidate.describedFrames >= minimumSights && selfMatch(*candidate.descriptor, candidate.sights).ok();
}

bool EnrolmentCapture::timedOut(qint64 atMs) const
{
    return m_startMs >= 0 && atMs - m_startMs > m_options.timeoutMs && !complete();
}

CaptureResult EnrolmentCapture::result() const
{
    CaptureResult result;
    result.samples = m_samples;
    const auto it = m_candidates.find(m_currentTrack);
    if (it != m_candidates.end() && it->second.descriptor)
        result.selfCheck = selfMatch(*it->second.descriptor, it->second.sights);
    if (complete()) {
        result.descriptor = it->second.descriptor;
        result.quality = it->second.quality;
        result.liveness = it->second.alive;
        return result;
    }
    // The most telling reason among what was seen.
    const bool anyDescriptor =
        std::any_of(m_candidates.cbegin(), m_candidates.cend(), [](const auto &entry) { return entry.second.descriptor.has_value(); });
    if (m_candidates.empty())
        result.failure =
            captureFailure(m_lastHint == CaptureHint::SeveralFaces ? QStringLiteral("several_faces") : QStringLiteral("no_face"));
    else if (!anyDescriptor)
        result.failure = captureFailure(QStringLiteral("not_usable"));
    else if (m_options.requireLiveness && (it == m_candidates.end() || !it->second.alive))
        result.failure = captureFailure(QStringLiteral("no_liveness"));
    else if (it != m_candidates.end() && it->second.descriptor && it->second.describedFrames < minimumSights)
        result.failure = captureFailure(QStringLiteral("too_few_sights"));
    else if (result.selfCheck && !result.selfCheck->ok())
        result.failure = captureFailure(QStringLiteral("self_mismatch"));
    else
        result.failure = captureFailure(QStringLiteral("timeout"));
    return result;
}

namespace {

/// The described sight of each photo, or why one photo has none.
struct PhotoSights {
    std::vector<Sight> sights;
    int samples = 0;
    std::optional<CaptureFailure> failure;
};

PhotoSights describePhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos)
{
    PhotoSights described;
    QString worst;
    for (const cv::Mat &photo : photos) {
        ++described.samples;
        std::vector<AnalyzedFace> faces = engine.analyze(photo, DetectionOptions::forPhoto(photo.size()), true);
        if (faces.empty()) {
            worst = QStringLiteral("no_face");
            continue;
        }
        const auto biggest = std::max_element(faces.cbegin(), faces.cend(), [](const AnalyzedFace &a, const AnalyzedFace &b) {
            return a.face.box.width() < b.face.box.width();
        });
        const bool crowded = std::any_of(faces.cbegin(), faces.cend(), [&](const AnalyzedFace &face) {
            return &face != &*biggest && face.face.box.width() > biggest->face.box.width() * EnrolmentCapture::Options{}.bystanderRatio;
        });
        if (crowded) {
            worst = QStringLiteral("several_faces");
            continue;
        }
        if (!biggest->descriptor) {
            if (worst.isEmpty())
                worst = QStringLiteral("not_usable");
            continue;
        }
        described.sights.push_back({*biggest->descriptor, qualityScore(biggest->quality)});
    }
    if (described.sights.empty() || described.sights.size() < photos.size()) {
        described.failure = captureFailure(worst.isEmpty() ? QStringLiteral("no_face") : worst);
        return described;
    }
    for (std::size_t i = 0; i < described.sights.size(); ++i) {
        for (std::size_t j = i + 1; j < described.sights.size(); ++j) {
            if (!biometrics::compare(described.sights[i].descriptor, described.sights[j].descriptor).same) {
                described.failure = captureFailure(QStringLiteral("inconsistent"));
                return described;
            }
        }
    }
    return described;
}

const Sight &bestOf(const std::vector<Sight> &sights)
{
    return *std::max_element(sights.cbegin(), sights.cend(), [](const Sight &a, const Sight &b) { return a.quality < b.quality; });
}

} // namespace

CaptureResult captureFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos)
{
    const PhotoSights described = describePhotos(engine, photos);
    CaptureResult result;
    result.samples = described.samples;
    result.failure = described.failure;
    if (!result.failure) {
        result.descriptor = bestOf(described.sights).descriptor;
        result.quality = bestOf(described.sights).quality;
    }
    return result;
}

CaptureResult enrolmentFromSights(const std::vector<Sight> &sights)
{
    CaptureResult result;
    result.samples = int(sights.size());
    if (sights.size() < std::size_t(minimumSights)) {
        result.failure = captureFailure(QStringLiteral("too_few_sights"));
        return result;
    }
    const Sight &best = bestOf(sights);
    std::vector<biometrics::Descriptor> descriptors;
    for (const Sight &sight : sights)
        descriptors.push_back(sight.descriptor);
    result.selfCheck = selfMatch(best.descriptor, descriptors);
    if (!result.selfCheck->ok()) {
        result.failure = captureFailure(QStringLiteral("self_mismatch"));
        return result;
    }
    result.descriptor = best.descriptor;
    result.quality = best.quality;
    return result;
}

std::optional<Sight> describeLargestFace(FaceEngine &engine, const cv::Mat &image, const DetectionOptions &options)
{
    const std::vector<AnalyzedFace> faces = engine.analyze(image, options, true);
    const auto biggest = std::max_element(
        faces.cbegin(), faces.cend(), [](const AnalyzedFace &a, const AnalyzedFace &b) { return a.face.box.width() < b.face.box.width(); });
    if (biggest == faces.cend() || !biggest->descriptor)
        return std::nullopt;
    return Sight{*biggest->descriptor, qualityScore(biggest->quality)};
}

std::vector<Sight> describeFrames(FaceEngine &engine, const std::vector<cv::Mat> &frames, const DetectionOptions &options,
                                  std::size_t every)
{
    std::vector<Sight> sights;
    for (std::size_t f = 0; f < frames.size(); f += std::max<std::size_t>(every, 1)) {
        if (const std::optional<Sight> sight = describeLargestFace(engine, frames[f], options))
            sights.push_back(*sight);
    }
    return sights;
}

CaptureResult enrolmentFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos)
{
    const PhotoSights described = describePhotos(engine, photos);
    if (!described.failure)
        return enrolmentFromSights(described.sights);
    CaptureResult result;
    result.samples = described.samples;
    result.failure = described.failure;
    return result;
}

} // namespace portique::vision
