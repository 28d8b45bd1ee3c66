// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "decision.h"
#include "passage.h"
#include "vision/visionpipeline.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace portique::common {
class Clock;
}
namespace portique::station {
class SettingsStore;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::access {

/// @brief One entrance lane: pairs each credential with the face of the person presenting it, asks
/// decide(), writes the event through the single writer and only then announces the passage, so a
/// passage on screen is a passage on disk. Credential-first (PRIVACY.md §1): once a face-lane
/// credential is verified it asks its descriptor source (the vision pipeline, through the Gate) to
/// describe the presenting person, takes only descriptors answering that request, and releases it
/// once decided. Lives on the GUI thread (or the CLI's); database lookups run on the writer thread
/// ahead of page reads, never blocking it.
class LaneController final : public QObject {
    Q_OBJECT

public:
    struct Options {
        LanePolicy policy;
        /// The same code seen again within this time is the same passage (a badge held in front of
        /// the camera, a double scan), in ms.
        qint64 repeatWindowMs = 5000;
        /// The naive lane, for the benchmark: the pipeline describes every face of every frame and
        /// the lane takes any descriptor of a frame processed after the credential.
        bool describeAfterCredential = false;
    };

    /// @brief The options the station's settings give (gate.* settings).
    static Options optionsFrom(station::SettingsStore &settings);

    LaneController(QString lane, storage::DatabaseThread &writer, const common::Clock &clock, QByteArray modelId, Options options,
                   QObject *parent = nullptr);

    QString lane() const { return m_lane; }
    /// @brief New options, at once and in place: the repeat window (codes seen recently) is kept;
    /// a passage being decided finishes with the options it started with.
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    /// @brief Who describes the presenting person after a face-lane credential: @p request opens a
    /// request for a track (the one at the lane when the credential came, 0 if nobody was seen yet)
    /// and returns its id, @p release ends it. Without a source (tests feeding tracks by hand), any
    /// descriptor of a track seen after the credential is taken.
    void setDescriptorSource(std::function<int(int track)> request, std::function<void(int)> release);
    /// @brief The agent at the desk, recorded with each event.
    void setAgent(const QString &agent) { m_agent = agent; }
    /// @brief Asked once a badge is verified: was this serial just decided at another lane? (Gate)
    void setPassbackCheck(std::function<bool(const QString &serial)> check) { m_passbackCheck = std::move(check); }
    /// @brief A code read by a scanner, the lane camera or typed; ignored when it repeats.
    /// Returns false when ignored (a repeat, or a passage still being decided).
    bool present(const QString &code, CredentialMethod method);
    /// @brief A person the agent let in by hand (manual entry dialog).
    bool presentPerson(const QString &personId);
    /// @brief The lane camera's latest tracks (connect VisionPipeline::cameraUpdated, filtered);
    /// @p presenterLeft: CameraView::presenterLeft, a request whose person has left the camera.
    void updateFaces(const std::vector<vision::TrackView> &tracks, int presenterLeft = 0);
    bool busy() const { return m_pending.has_value(); }

    /// @brief The face evidence of @p tracks: the track answering @p request (> 0) when one does,
    /// else the biggest track (the person at the lane), whose descriptor counts only when
    /// @p request is -1 (the naive lane, or no descriptor source).
    static FaceEvidence bestFace(const std::vector<vision::TrackView> &tracks, int request = -1);

Q_SIGNALS:
    /// @brief A credential was read and is being decided (the tile shows "reading…").
    void started(const QString &lane);
    /// @brief A decided passage, already written (eventId set).
    void decided(const portique::access::Passage &passage);
    /// @brief The event could not be written: the passage is shown with this message.
    void failed(const QString &lane, const QString &message);

private:
    struct Pending {
        CredentialMethod method = CredentialMethod::Scanner;
        std::optional<CredentialCheck> check; ///< set once the lookup has come back
        QElapsedTimer since;
        LanePolicy policy; ///< the options in force when it started
        int request = 0;   ///< the describe request opened for it (0: none)
        int track = 0;     ///< the biggest track when the credential came (0: none)
    };
    void releaseRequest();
    /// The request whose descriptors count now: 0 none, -1 any (naive lane, or no source).
    int currentRequest() const;
    void start(CredentialMethod method, std::function<CredentialCheck(storage::Database &)> lookup);
    void evaluate(bool windowElapsed);
    void finish(const Decision &decision);

    QString m_lane;
    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    QByteArray m_modelId;
    Options m_options;
    QString m_agent;
    FaceEvidence m_face;
    /// The presenting person's last described sight, kept until the decision in case they leave.
    std::optional<FaceEvidence> m_presenterFace;
    std::vector<vision::TrackView> m_tracks; ///< the lane camera's latest tracks
    std::function<int(int)> m_requestDescriptor;
    std::function<void(int)> m_releaseDescriptor;
    std::function<bool(const QString &)> m_passbackCheck;
    std::optional<Pending> m_pending;
    QTimer m_window;
    QHash<QString, qint64> m_recentCodes; ///< code -> when it was last seen (monotonic ms)
    QElapsedTimer m_monotonic;
};

} // namespace portique::access
