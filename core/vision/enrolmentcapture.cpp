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
        return {id, QCoreApplication::translate("portique::vision", "No sign of a live person (no blink or movement).")};
    if (id == u"inconsistent")
        return {id, QCoreApplication::translate("portique::vision", "The pictures do not show the same person.")};
    return {QStringLiteral("timeout"), QCoreApplication::translate("portique::vision", "No usable face within the time allowed.")};
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
    const auto biggest = std::max_element(tracks.cbegin(), tracks.cend(), [](const TrackView &a, const TrackView &b) {
        return a.box.width() < b.box.width();
    });
    const int others = int(std::count_if(tracks.cbegin(), tracks.cend(), [&](const TrackView &track) {
        return &track != &*biggest && track.box.width() > biggest->box.width() * m_options.bystanderRatio;
    }));
    if (others > 0)
        return m_lastHint = CaptureHint::SeveralFaces;

    m_currentTrack = biggest->id;
    Candidate &candidate = m_candidates[biggest->id];
    if (candidate.firstMs == 0 && candidate.lastMs == 0)
        candidate.firstMs = atMs;
    candidate.lastMs = atMs;
    candidate.alive = candidate.alive || biggest->alive;
    if (biggest->descriptor && biggest->quality >= candidate.quality) {
        candidate.descriptor = biggest->descriptor;
        candidate.quality = biggest->quality;
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
    return c.descriptor && (c.alive || !m_options.requireLiveness) && c.lastMs - c.firstMs >= m_options.minimumMs;
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
    if (complete()) {
        result.descriptor = it->second.descriptor;
        result.quality = it->second.quality;
        result.liveness = it->second.alive;
        return result;
    }
    // The most telling reason among what was seen.
    const bool anyDescriptor = std::any_of(m_candidates.cbegin(), m_candidates.cend(),
                                           [](const auto &entry) { return entry.second.descriptor.has_value(); });
    if (m_candidates.empty())
        result.failure = captureFailure(m_lastHint == CaptureHint::SeveralFaces ? QStringLiteral("several_faces") : QStringLiteral("no_face"));
    else if (!anyDescriptor)
        result.failure = captureFailure(QStringLiteral("not_usable"));
    else if (m_options.requireLiveness)
        result.failure = captureFailure(QStringLiteral("no_liveness"));
    else
        result.failure = captureFailure(QStringLiteral("timeout"));
    return result;
}

CaptureResult captureFromPhotos(FaceEngine &engine, const std::vector<cv::Mat> &photos)
{
    CaptureResult result;
    std::vector<std::pair<biometrics::Descriptor, double>> sights;
    QString worst;
    for (const cv::Mat &photo : photos) {
        ++result.samples;
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
        sights.emplace_back(*biggest->descriptor, qualityScore(biggest->quality));
    }
    if (sights.empty() || sights.size() < photos.size()) {
        result.failure = captureFailure(worst.isEmpty() ? QStringLiteral("no_face") : worst);
        return result;
    }
    for (std::size_t i = 0; i < sights.size(); ++i) {
        for (std::size_t j = i + 1; j < sights.size(); ++j) {
            if (!biometrics::compare(sights[i].first, sights[j].first).same) {
                result.failure = captureFailure(QStringLiteral("inconsistent"));
                return result;
            }
        }
    }
    const auto best = std::max_element(sights.cbegin(), sights.cend(), [](const auto &a, const auto &b) { return a.second < b.second; });
    result.descriptor = best->first;
    result.quality = best->second;
    return result;
}

} // namespace portique::vision
