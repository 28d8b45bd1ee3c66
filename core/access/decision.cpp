// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "decision.h"

#include "biometrics/matcher.h"

#include <QCoreApplication>

namespace portique::access {

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return QStringLiteral("granted");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::CheckByHand:
        break;
    }
    return QStringLiteral("check_by_hand");
}

std::optional<Outcome> outcomeFromId(const QString &id)
{
    for (Outcome outcome : {Outcome::Granted, Outcome::Refused, Outcome::CheckByHand}) {
        if (outcomeId(outcome) == id)
            return outcome;
    }
    return std::nullopt;
}

QString outcomeWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return QCoreApplication::translate("portique::access", "ENTRY GRANTED");
    case Outcome::Refused:
        return QCoreApplication::translate("portique::access", "ENTRY REFUSED");
    case Outcome::CheckByHand:
        break;
    }
    return QCoreApplication::translate("portique::access", "CHECK BY HAND");
}

QString methodId(CredentialMethod method)
{
    switch (method) {
    case CredentialMethod::Scanner:
        return QStringLiteral("scanner");
    case CredentialMethod::CameraQr:
        return QStringLiteral("camera_qr");
    case CredentialMethod::Typed:
        return QStringLiteral("typed");
    case CredentialMethod::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<CredentialMethod> methodFromId(const QString &id)
{
    for (CredentialMethod method :
         {CredentialMethod::Scanner, CredentialMethod::CameraQr, CredentialMethod::Typed, CredentialMethod::Manual}) {
        if (methodId(method) == id)
            return method;
    }
    return std::nullopt;
}

Decision decide(const CredentialCheck &check, CredentialMethod method, const FaceEvidence &face, bool windowElapsed,
                const LanePolicy &policy)
{
    Decision decision;
    if (check.verdict != Verdict::Valid) {
        decision.outcome = Outcome::Refused;
        decision.reasons << verdictId(check.verdict);
        return decision;
    }
    if (check.passback && method != CredentialMethod::Manual) {
        // Anti-passback: whoever holds it now may not be its holder; the agent looks (an alert is raised).
        decision.outcome = Outcome::CheckByHand;
        decision.reasons << QStringLiteral("passback");
        return decision;
    }
    if (method == CredentialMethod::Manual) {
        // The agent identified the person themself: recorded as such, nothing compared.
        decision.outcome = Outcome::Granted;
        decision.reasons << QStringLiteral("entered_by_agent");
        return decision;
    }
    if (!check.faceLane) {
        decision.outcome = Outcome::Granted;
        decision.reasons << (check.visitorPass ? QStringLiteral("visitor_pass") : QStringLiteral("badge"));
        return decision;
    }
    if (check.templateUnavailable || !check.faceTemplate) {
        decision.outcome = Outcome::CheckByHand;
        decision.reasons << QStringLiteral("template_unavailable");
        return decision;
    }
    // Face lane: only a live, usable, described face decides; until the window ends, wait for one.
    const bool comparable = face.present && face.usable && face.descriptor.has_value();
    if (comparable) {
        const biometrics::Comparison comparison =
            biometrics::compare(*face.descriptor, check.faceTemplate->descriptor, policy.matchThreshold);
        decision.distance = comparison.distance;
        decision.confidence = comparison.confidence;
        if (comparison.distance >= policy.mismatchThreshold && (windowElapsed || face.sights >= policy.sightsToRefuse)) {
            decision.outcome = Outcome::Refused;
            decision.reasons << QStringLiteral("face_mismatch");
            return decision;
        }
        if (comparison.same && (face.alive || !policy.requireLiveness)) {
            decision.outcome = Outcome::Granted;
            decision.reasons << QStringLiteral("face_match");
            return decision;
        }
        if (!comparison.same && face.sights >= policy.sightsToSettleUncertain) {
            decision.outcome = Outcome::CheckByHand;
            decision.reasons << QStringLiteral("uncertain_match");
            return decision;
        }
    }
    decision.outcome = Outcome::CheckByHand;
    if (!windowElapsed) {
        decision.final = false;
        decision.reasons << QStringLiteral("waiting_for_face");
        return decision;
    }
    if (!face.present)
        decision.reasons << QStringLiteral("no_face");
    else if (!comparable)
        decision.reasons << QStringLiteral("face_not_usable");
    else if (decision.distance && *decision.distance > policy.matchThreshold)
        decision.reasons << QStringLiteral("uncertain_match");
    else
        decision.reasons << QStringLiteral("liveness_not_shown");
    return decision;
}

QString reasonText(const QString &reasonId)
{
    struct Reason {
        const char16_t *id;
        const char *text;
    };
    static const Reason reasons[] = {
        {u"badge", QT_TRANSLATE_NOOP("portique::access", "Badge")},
        {u"visitor_pass", QT_TRANSLATE_NOOP("portique::access", "Visitor pass")},
        {u"face_match", QT_TRANSLATE_NOOP("portique::access", "Face matches badge")},
        {u"entered_by_agent", QT_TRANSLATE_NOOP("portique::access", "Entered by the agent")},
        {u"face_mismatch", QT_TRANSLATE_NOOP("portique::access", "Face does not match badge")},
        {u"uncertain_match", QT_TRANSLATE_NOOP("portique::access", "Face uncertain: compare with the person")},
        {u"no_face", QT_TRANSLATE_NOOP("portique::access", "No face seen")},
        {u"face_not_usable", QT_TRANSLATE_NOOP("portique::access", "Face not clear enough")},
        {u"liveness_not_shown", QT_TRANSLATE_NOOP("portique::access", "No sign of a live face (photo?)")},
        {u"template_unavailable", QT_TRANSLATE_NOOP("portique::access", "Badge template unreadable")},
        {u"waiting_for_face", QT_TRANSLATE_NOOP("portique::access", "Looking for the face…")},
        {u"passback", QT_TRANSLATE_NOOP("portique::access", "Badge just used at another lane")},
    };
    for (const Reason &reason : reasons) {
        if (reasonId == QStringView(reason.id))
            return QCoreApplication::translate("portique::access", reason.text);
    }
    if (const std::optional<Verdict> verdict = verdictFromId(reasonId))
        return verdictReason(*verdict);
    return reasonId;
}

} // namespace portique::access
