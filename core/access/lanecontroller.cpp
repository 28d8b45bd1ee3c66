// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "lanecontroller.h"

#include "common/clock.h"
#include "gatecheck.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"

#include <algorithm>

namespace portique::access {

LaneController::Options LaneController::optionsFrom(station::SettingsStore &settings)
{
    Options options;
    options.policy.faceWindowMs = settings.value(station::settings::gateFaceWindowMs);
    options.policy.matchThreshold = float(settings.value(station::settings::gateMatchThreshold)) / 1000.0F;
    options.policy.mismatchThreshold = float(settings.value(station::settings::gateMismatchThreshold)) / 1000.0F;
    options.repeatWindowMs = settings.value(station::settings::gateRepeatWindowMs);
    return options;
}

LaneController::LaneController(QString lane, storage::DatabaseThread &writer, const common::Clock &clock, QByteArray modelId,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(lane))
    , m_writer(writer)
    , m_clock(clock)
    , m_modelId(std::move(modelId))
    , m_options(options)
{
    qRegisterMetaType<Passage>();
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, [this] { evaluate(true); });
    m_monotonic.start();
}

void LaneController::setDescriptorSource(std::function<int(int)> request, std::function<void(int)> release)
{
    m_requestDescriptor = std::move(request);
    m_releaseDescriptor = std::move(release);
}

FaceEvidence LaneController::bestFace(const std::vector<vision::TrackView> &tracks, int request)
{
    FaceEvidence face;
    auto chosen = tracks.cend();
    if (request > 0)
        chosen = std::find_if(tracks.cbegin(), tracks.cend(), [request](const auto &t) { return t.request == request && t.descriptor; });
    if (chosen == tracks.cend())
        chosen =
            std::max_element(tracks.cbegin(), tracks.cend(), [](const auto &a, const auto &b) { return a.box.width() < b.box.width(); });
    if (chosen == tracks.cend())
        return face;
    face.present = true;
    face.usable = chosen->usable;
    face.alive = chosen->alive;
    face.quality = chosen->quality;
    if (request < 0 || (request > 0 && chosen->request == request)) {
        face.descriptor = chosen->descriptor;
        face.sights = std::max(1, chosen->samples);
    }
    return face;
}

bool LaneController::present(const QString &code, CredentialMethod method)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || m_pending)
        return false;
    const qint64 now = m_monotonic.elapsed();
    // Forget codes older than the window, then ignore a repeat of a recent one.
    for (auto it = m_recentCodes.begin(); it != m_recentCodes.end();)
        it = now - it.value() > m_options.repeatWindowMs ? m_recentCodes.erase(it) : std::next(it);
    if (m_recentCodes.contains(trimmed))
        return false;
    m_recentCodes.insert(trimmed, now);
    const common::Clock *clock = &m_clock;
    start(method, [clock, trimmed, modelId = m_modelId, lane = m_lane](storage::Database &db) {
        station::StationServices services(db, *clock);
        return checkCredential(services, trimmed, modelId, lane);
    });
    return true;
}

bool LaneController::presentPerson(const QString &personId)
{
    if (m_pending)
        return false;
    const common::Clock *clock = &m_clock;
    start(CredentialMethod::Manual, [clock, personId](storage::Database &db) {
        station::StationServices services(db, *clock);
        return checkPerson(services, personId);
    });
    return true;
}

void LaneController::start(CredentialMethod method, std::function<CredentialCheck(storage::Database &)> lookup)
{
    const auto biggest =
        std::max_element(m_tracks.cbegin(), m_tracks.cend(), [](const auto &a, const auto &b) { return a.box.width() < b.box.width(); });
    m_pending = Pending{method, std::nullopt, {}, m_options.policy, 0, biggest == m_tracks.cend() ? 0 : biggest->id};
    m_pending->since.start();
    // Nothing described before this credential is taken (there is none on a credential-first
    // pipeline; the naive one describes everyone all the time).
    m_face = bestFace(m_tracks, 0);
    m_presenterFace.reset();
    Q_EMIT started(m_lane);
    storage::submitJob<CredentialCheck>(
        m_writer, this, std::move(lookup),
        [this](const CredentialCheck &check) {
            if (!m_pending)
                return;
            m_pending->check = check;
            if (check.verdict == Verdict::Valid && check.credential && m_passbackCheck)
                m_pending->check->passback = m_passbackCheck(check.credential->serialText());
            // Only now, for a verified face-lane credential, is the presenting person described.
            if (check.verdict == Verdict::Valid && check.faceLane && check.faceTemplate && !m_pending->check->passback
                && m_pending->method != CredentialMethod::Manual && m_requestDescriptor)
                m_pending->request = m_requestDescriptor(m_pending->track);
            const qint64 spent = m_pending->since.elapsed();
            m_window.start(int(std::max<qint64>(0, m_pending->policy.faceWindowMs - spent)));
            // The naive lane waits for a frame processed after the credential.
            m_face = bestFace(m_tracks, m_options.describeAfterCredential ? 0 : currentRequest());
            evaluate(false);
        },
        [this](const QString &message) {
            m_pending.reset();
            Q_EMIT failed(m_lane, message);
        },
        storage::JobPriority::Gate);
}

int LaneController::currentRequest() const
{
    if (!m_pending)
        return 0;
    if (m_options.describeAfterCredential || !m_requestDescriptor)
        return m_pending->check ? -1 : 0; // any descriptor seen once the credential is known
    return m_pending->request;
}

void LaneController::releaseRequest()
{
    if (m_pending && m_pending->request > 0 && m_releaseDescriptor)
        m_releaseDescriptor(m_pending->request);
}

void LaneController::updateFaces(const std::vector<vision::TrackView> &tracks, int presenterLeft)
{
    m_tracks = tracks;
    const int request = currentRequest();
    m_face = bestFace(tracks, request);
    if (request > 0 && m_face.descriptor)
        m_presenterFace = m_face;
    if (!m_pending || !m_pending->check)
        return;
    if (request > 0 && presenterLeft == request) {
        // The person who presented the credential has left the camera: waiting for the rest of
        // the window would only hold the next person back. Decided on what was seen of them.
        if (m_presenterFace)
            m_face = *m_presenterFace;
        evaluate(true);
        return;
    }
    evaluate(false);
}

void LaneController::evaluate(bool windowElapsed)
{
    if (!m_pending || !m_pending->check)
        return;
    const Decision decision = decide(*m_pending->check, m_pending->method, m_face, windowElapsed, m_pending->policy);
    if (decision.final)
        finish(decision);
}

void LaneController::finish(const Decision &decision)
{
    m_window.stop();
    Passage passage;
    passage.lane = m_lane;
    passage.at = m_clock.now();
    passage.method = m_pending->method;
    passage.latencyMs = m_pending->since.elapsed();
    const CredentialCheck &check = *m_pending->check;
    passage.person = check.person;
    passage.visitorPass = check.visitorPass;
    passage.visitorId = check.visitorId;
    passage.visitorName = check.visitorName;
    if (check.credential)
        passage.serial = check.credential->serialText();
    passage.faceLane = check.faceLane;
    passage.decision = decision;
    if (check.faceLane) {
        passage.face = m_face;
        passage.face.descriptor.reset(); // compared and forgotten (PRIVACY.md §1)
    }
    m_face.descriptor.reset();
    m_presenterFace.reset();
    releaseRequest();
    m_pending.reset();
    const common::Clock *clock = &m_clock;
    const QString agent = m_agent;
    storage::submitJob<qint64>(
        m_writer, this,
        [clock, passage, agent](storage::Database &db) { return station::StationServices(db, *clock).events.record(passage, agent); },
        [this, passage](qint64 id) {
            Passage written = passage;
            written.eventId = id;
            Q_EMIT decided(written);
        },
        [this, passage](const QString &message) {
            Q_EMIT decided(passage);
            Q_EMIT failed(m_lane, message);
        },
        storage::JobPriority::Gate);
}

} // namespace portique::access
