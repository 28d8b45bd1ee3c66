// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::station {

struct StationServices;

/// @brief How the template of a demo face matches the captures it was chosen from (the
/// enrolment's self-check, vision::enrolmentFromSights), and whether its staged blink can show
/// liveness at all, measured by `portiquectl demo cameras`.
struct DemoFaceCheck {
    int sights = 0;            ///< captures the template was chosen from and compared with
    double selfDistance = 0.0; ///< the largest distance from the template to one of them
    /// The landmarks see the face's painted-shut eyes shut (vision::StagedBlink::visible): without
    /// that, the person never shows liveness at the lane and would always be checked by hand.
    bool blinkVisible = true;
};

/// @brief Who walks up each demo lane, in order: the faces of the demo videos (written by
/// `portiquectl demo cameras`, from the face-api demo photos), as descriptors, never images.
struct DemoLaneFaces {
    QString lane;                              ///< the camera's name ("Voie 1")
    double secondsEach = 3.0;                  ///< from one person's first frame to the next's
    std::vector<biometrics::Descriptor> faces; ///< in order of appearance
    /// One per face, in the same order, for the gate lanes; empty for the indoor cameras and in a
    /// lanes.json written before the self-check.
    std::vector<DemoFaceCheck> checks{};
};

void writeDemoLaneFaces(const QString &path, const std::vector<DemoLaneFaces> &lanes);
std::vector<DemoLaneFaces> readDemoLaneFaces(const QString &path);

/// @brief The badge each person of the demo videos shows at the lane, by lane, in order: the
/// simulated scanner of the demo presents them (`wallet` of the demo station, in its folder).
struct DemoWallet {
    QHash<QString, QStringList> codes; ///< lane -> one badge text per person of its video
    QHash<QString, double> secondsEach;
};

/// @brief Gives the people of the demo videos a place in the demo school: every fourth keeps a
/// badge-only badge, the others enrol in the face lane from their video face (type 1 or 2); in
/// each lane one shows a face-lane friend's badge (refused, or left to the agent when the two
/// faces are close), one a revoked badge. A face whose staged blink the landmarks do not see (DemoFaceCheck::blinkVisible) keeps
/// a badge-only badge too: it could never show liveness, so every passage would go to the agent.
/// A face whose check fails the enrolment's rule (fewer than vision::minimumSights captures, or
/// one farther than vision::selfMatchBound from the template) is a failure to enrol, recorded,
/// and its person keeps a badge-only badge: no demo holder is refused at every passage. Writes
/// the wallet to @p walletPath and returns it; an existing wallet is read instead, unless it was
/// prepared before the self-check or the blink check, or under another bound (then it is
/// prepared again).
DemoWallet prepareDemoWallet(StationServices &services, const QString &lanesPath, const QString &walletPath, const QByteArray &modelId);

} // namespace portique::station
