// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"
#include "biometrics/facetemplate.h"
#include "credentialstore.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace portique::access {

/// @brief What the lane tells the agent (UI.md "Decision states").
enum class Outcome { Granted, Refused, CheckByHand };
QString outcomeId(Outcome outcome); ///< "granted", "refused", "check_by_hand"
std::optional<Outcome> outcomeFromId(const QString &id);
QString outcomeWord(Outcome outcome); ///< "ENTRÉE AUTORISÉE"... (translated)

/// @brief How the credential reached the lane.
enum class CredentialMethod {
    Scanner,  ///< a keyboard-wedge scanner (QR, barcode, RFID reader typing the code)
    CameraQr, ///< a QR code read by the lane camera
    Typed,    ///< the code typed by the agent
    Manual,   ///< no code: the agent picked the person (manual entry dialog)
};
QString methodId(CredentialMethod method);
std::optional<CredentialMethod> methodFromId(const QString &id);

/// @brief The lane's thresholds and windows; settings with documented defaults (docs/gate.md).
struct LanePolicy {
    /// At or under this distance the face matches the badge (biometrics::defaultThreshold).
    float matchThreshold = 0.52F;
    /// At or over this distance the face clearly is someone else's: refused. Between the two the
    /// agent decides (a poor sight of the right person, or a look-alike): see docs/gate.md for the
    /// distances of the test set this is set from.
    float mismatchThreshold = 0.70F;
    /// How long a face lane person's face is waited for after the credential, in ms.
    qint64 faceWindowMs = 3000;
    /// A face that showed no liveness (a blink seen in the eye region, vision::LivenessMonitor;
    /// motion alone is not liveness) is never granted.
    bool requireLiveness = true;
    /// A refusal waits for this many fused sights of the face (or the window's end): one poor sight
    /// of the right person must not refuse them, while a grant needs a match and liveness anyway.
    /// Two sights cost one more frame (67 ms at 15 fps) for refusals only.
    int sightsToRefuse = 2;
    /// A face between the two thresholds is left to the agent once this many sights are fused
    /// (SightFusion::maxSights, about 150 ms): the fused distance will not get much better, and
    /// holding the person for the rest of the window would only hold the lane.
    int sightsToSettleUncertain = 3;
};

/// @brief The best face in the lane at decision time (the biggest track of the lane camera).
struct FaceEvidence {
    bool present = false;
    bool usable = false;
    bool alive = false;
    double quality = 0.0;
    std::optional<biometrics::Descriptor> descriptor;
    int sights = 0; ///< sights fused into the descriptor (the pipeline's TrackView::samples)
};

/// @brief What a credential brings once verified, looked up on the database thread.
struct CredentialCheck {
    Verdict verdict = Verdict::Malformed;
    std::optional<Credential> credential;
    std::optional<people::Person> person;
    bool faceLane = false; ///< a consent in force and a badge with a template
    std::optional<biometrics::FaceTemplate> faceTemplate;
    bool templateUnavailable = false; ///< face lane, but the template could not be opened
    bool visitorPass = false;         ///< the code was a visitor pass, not a badge
    QString visitorId;                ///< the pass's visitor, when the registry knows them
    QString visitorName;
    /// The same badge was decided at another lane of this gate within the repeat window: passed
    /// back over the barrier to someone else (set by the Gate, which sees every lane).
    bool passback = false;
};

/// @brief A decision with its reasons (stable ids) and, when a face was compared, the distance.
struct Decision {
    Outcome outcome = Outcome::CheckByHand;
    QStringList reasons;
    std::optional<float> distance;
    double confidence = 0.0; ///< display only (biometrics::confidenceFromDistance)
    bool final = true;       ///< false: waiting for the face (within the window)
};

/// @brief The lane's decision, pure: the same inputs always give the same output. Rules
/// (docs/gate.md): a refused credential is refused with its reason; someone without the face lane
/// is granted on the badge alone, shown like any grant; a face lane person is granted only when a
/// live, usable face matches; without such a face by the end of the window, or with an uncertain
/// distance, the agent checks by hand; a clear mismatch is refused. Never a silent grant.
Decision decide(const CredentialCheck &check, CredentialMethod method, const FaceEvidence &face, bool windowElapsed,
                const LanePolicy &policy);

/// @brief The translated sentence of a reason id ("face_mismatch" -> "Face does not match badge").
QString reasonText(const QString &reasonId);

} // namespace portique::access
