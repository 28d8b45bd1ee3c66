// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "decision.h"

#include <QDateTime>
#include <QMetaType>

namespace portique::access {

/// @brief One person going through a lane, as decided: what the tile shows and the event records.
struct Passage {
    qint64 eventId = 0;         ///< set once the event is written
    QString lane;
    QDateTime at;               ///< when the decision was taken (UTC)
    CredentialMethod method = CredentialMethod::Scanner;
    std::optional<people::Person> person;
    QString serial;             ///< the badge's, when one was read
    bool visitorPass = false;   ///< a visitor pass was presented
    QString visitorId;          ///< its visitor, when known
    QString visitorName;
    bool faceLane = false;
    Decision decision;
    FaceEvidence face;          ///< the face the decision saw (its descriptor is dropped once decided)
    qint64 latencyMs = 0;       ///< from the credential's arrival to the decision
};

} // namespace portique::access

Q_DECLARE_METATYPE(portique::access::Passage)
