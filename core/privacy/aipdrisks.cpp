// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
//
// The AIPD's statements that depend on the facts (face images, gate cameras, what each role sees)
// and the risks it proposes. Levels follow the CNIL's PIA method: 1 negligible, 2 limited,
// 3 significant, 4 maximum, for severity (how bad for the people) and likelihood (how likely,
// given the measures in place). Each level is computed from a fact where one exists, and the
// reason says which; where the station measures nothing, the reason says so and the level is not
// lowered on a guess.
#include "aipd.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

QString trn(const char *text, int count)
{
    return QCoreApplication::translate("portique::privacy", text, nullptr, count);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

/// The alerts column of the main window (ui/mainwindow.cpp, ui/alertspanel.h) is built for every
/// signed-in account whatever its role, and names the people concerned: said for every role.
constexpr int alertsColumnAlerts = 20;
constexpr int alertsColumnPassages = 10;

AipdRisk illegitimateAccess(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("illegitimate_access"),
                  tr("Illegitimate access to data"),
                  tr("Encryption, roles, session lock, lockout, audit trail, templates sealed"),
                  0,
                  0,
                  {}};
    const bool biometric = f.typeOneBadges + f.templatesHeld + f.watchlistFaces + f.visitorTemplates > 0;
    const bool images = f.watchlistPhotos > 0;
    risk.severity = biometric || images || f.minors > 0 ? 3 : 2;
    QStringList why;
    if (biometric || images)
        why << tr("the station holds biometric data (%1 type-2 templates, %2 watchlist templates, %3 visitor templates) and %4 "
                  "face photos")
                   .arg(f.templatesHeld)
                   .arg(f.watchlistFaces)
                   .arg(f.visitorTemplates)
                   .arg(f.watchlistPhotos);
    if (f.minors > 0)
        why << trn("%n minor(s) in the registry", f.minors);
    if (why.isEmpty())
        why << tr("identity, badges and passages only: no biometric data, no minor");
    const bool weak = !f.auditIntact || f.lockoutAttempts <= 0 || f.autoLockMinutes <= 0;
    risk.likelihood = weak ? 3 : 2;
    why << (weak ? tr("a measure is missing or the audit chain is broken")
                 : tr("the database is encrypted and every account is locked after %1 failures and %2 min idle, but the station "
                      "stands at the desk with its key file")
                       .arg(f.lockoutAttempts)
                       .arg(f.autoLockMinutes));
    risk.reason = why.join(QStringLiteral("; ")) + u'.';
    if (!risk.reason.isEmpty())
        risk.reason[0] = risk.reason.at(0).toUpper(); // the parts are written to follow one another
    return risk;
}

AipdRisk unwantedModification(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("unwanted_modification"),
                  tr("Unwanted change of data"),
                  tr("Hash-chained audit trail, signed badges and passes, rectification audited"),
                  2,
                  f.auditIntact ? 1 : 3,
                  {}};
    risk.reason = f.auditIntact ? tr("A changed record could wrongly refuse or admit someone; every change is audited and the chain "
                                     "of %1 records was verified intact when this document was made.")
                                      .arg(QLocale().toString(f.auditRecords))
                                : tr("A changed record could wrongly refuse or admit someone; the audit chain is BROKEN today.");
    return risk;
}

AipdRisk disappearance(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("disappearance"),
                  tr("Disappearance of data"),
                  tr("Single encrypted file; a restore replays the erasures done since the backup"),
                  2,
                  3,
                  {}};
    risk.reason = tr("Without the database badges cannot be checked and the proof of %1 consents is lost; the station makes no "
                     "backup itself and cannot know whether the school backs the file up.")
                      .arg(f.consentsInForce + f.consentsWithdrawn);
    return risk;
}

AipdRisk misidentification(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("misidentification"),
                  tr("Misidentification at the lane"),
                  tr("One-to-one only, after the badge; uncertain band decided by the agent; overrides recorded"),
                  2,
                  2,
                  {}};
    const QString impact = tr("The face never decides alone: a wrong match also needs the other person's badge, a wrong rejection "
                              "sends the person to the agent.");
    if (!f.measured || (!f.measured->fnmrPercent && !f.measured->fmrPercent)) {
        risk.reason = impact + u' '
                      + (f.experiment ? tr("No face comparison in the experiment's period yet: FNMR and FMR are not measured.")
                                      : tr("No experiment is declared: FNMR and FMR are not measured on this station."));
        return risk;
    }
    const AipdMeasuredFigures &m = *f.measured;
    const double fnmr = m.fnmrPercent.value_or(0.0);
    const double fmr = m.fmrPercent.value_or(0.0);
    // Any wrong match the agents caught, or more than one genuine person in twenty sent to the
    // agent (the laboratory figure at the 0.52 threshold, docs/face-engine.md), is "significant".
    risk.likelihood = fmr > 0.0 || fnmr > 5.0 ? 3 : fnmr > 1.0 ? 2 : 1;
    risk.reason = impact + u' '
                  + tr("Measured in the experiment: FNMR %1 % (%2 of %3 genuine comparisons), FMR %4 % (%5 of %6 face grants "
                       "overridden as a wrong match).")
                        .arg(m.fnmrPercent ? percent(fnmr) : tr("not measured"))
                        .arg(m.falseNonMatches)
                        .arg(m.genuineAttempts)
                        .arg(m.fmrPercent ? percent(fmr) : tr("not measured"))
                        .arg(m.falseMatches)
                        .arg(m.faceGrants);
    return risk;
}

AipdRisk pressureOnConsent(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("consent_pressure"),
                  tr("Consent not freely given"),
                  tr("Badge lane by default and equal; consent letter taken home; withdrawal at once, without a reason, leaving "
                     "no trace at the lane"),
                  3,
                  1,
                  {}};
    const int total = f.consentsAtDesk + f.consentsOnPaper;
    if (total == 0) {
        risk.reason = tr("Students are under the school's authority (TA Marseille, 27 February 2020); no consent is recorded yet.");
        return risk;
    }
    const double atDesk = 100.0 * f.consentsAtDesk / total;
    // Collected at the desk by a school agent is what the court found not free; a form signed at
    // home is better but still asked by the school: never below "limited".
    risk.likelihood = atDesk >= 50.0 ? 3 : 2;
    risk.reason = tr("Students are under the school's authority (TA Marseille, 27 February 2020). Of %1 consents recorded, %2 (%3 %) "
                     "were given at the desk and %4 on a paper form returned from home; %5 withdrawn or lapsed.")
                      .arg(total)
                      .arg(f.consentsAtDesk)
                      .arg(percent(atDesk))
                      .arg(f.consentsOnPaper)
                      .arg(f.consentsWithdrawn);
    return risk;
}

AipdRisk bias(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("bias"),
                  tr("Unequal error rates between groups"),
                  tr("The face never decides alone; every rejection goes to the agent"),
                  2,
                  2,
                  {}};
    const QString measured = f.measured && f.measured->fnmrPercent
                                 ? tr("Measured: FNMR and FMR over everyone together (experiment report).")
                                 : tr("Measured: nothing yet on this station.");
    risk.reason = measured + u' '
                  + tr("Not measured: any difference by age, sex or skin colour. The station records none of these, and the face "
                       "model's published figures are on adults, not on teenagers; the level cannot be lowered until it is "
                       "measured.");
    return risk;
}

AipdRisk replaySpoofing(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("replay_spoofing"),
                  tr("Someone else entering with a replayed video of the badge holder"),
                  tr("The holder's badge is needed first; a blink within the face window; the agent watches the lane"),
                  3,
                  3,
                  {}};
    if (f.typeOne + f.typeTwo == 0) {
        risk.likelihood = 1;
        risk.reason = tr("No valid face-lane badge: every entrance is decided on the badge.");
        return risk;
    }
    const std::optional<double> replay = f.padMeasurement ? f.padMeasurement->replay.apcerPercent() : std::nullopt;
    if (!replay) {
        risk.reason = tr("Not measured on this station (portiquectl bench pad --record): the worst is assumed.");
        return risk;
    }
    // A replay accepted one time in ten or more is within anyone's reach with the holder's badge.
    risk.likelihood = *replay >= 10.0 ? 3 : 2;
    risk.reason = tr("Measured on %1: a replayed video was granted in %2 % of %3 attempts; it also needs the holder's badge.")
                      .arg(QLocale().toString(f.padMeasurement->measuredAt.toLocalTime().date(), QLocale::LongFormat))
                      .arg(percent(*replay))
                      .arg(f.padMeasurement->replay.attempts);
    return risk;
}

AipdRisk stationKey(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("station_key"),
                  tr("One station key for every type-1 badge"),
                  tr("The key never leaves the encrypted database; badges are revoked by serial"),
                  1,
                  2,
                  {}};
    if (f.typeOneBadges == 0) {
        risk.reason = tr("No valid type-1 badge depends on the station's template key.");
        risk.likelihood = 1;
        return risk;
    }
    risk.severity = 3;
    risk.reason = trn("%n valid type-1 badge(s) carry a template sealed under the one station key: whoever has the key and a "
                      "photo of a badge's code reads its template, and a face cannot be changed like a password. The key leaves "
                      "only with the database and its key file.",
                      f.typeOneBadges);
    return risk;
}

AipdRisk falseIndoorMatch(const AipdFacts &f)
{
    AipdRisk risk{QStringLiteral("false_indoor_match"),
                  tr("Someone taken for a visitor by an indoor camera"),
                  tr("Compared only with the consenting visitors on site; a face that matches none is dropped at once"),
                  2,
                  1,
                  {}};
    const QString threshold = QLocale().toString(f.visitorMatchThresholdMilli / 1000.0, 'f', 3);
    if (f.indoorCameras() == 0) {
        risk.reason = tr("No indoor camera is configured: nobody is followed indoors.");
        return risk;
    }
    // 0.500 is the station's default, stricter than the gate's 0.520; looser than 0.550 is where
    // the laboratory pairs start to meet (docs/face-engine.md).
    risk.likelihood = f.visitorMatchThresholdMilli <= 500 ? 2 : 3;
    risk.reason = trn("%n indoor camera(s) compare every face they see with the visitors on site (one to many) at a distance of "
                      "%1 or less: a student or a member of staff can be taken for a visitor and placed where they never were, "
                      "or raise a restricted-zone alert.",
                      f.indoorCameras())
                      .arg(threshold);
    return risk;
}

} // namespace

QString aipdLevelLabel(int level)
{
    switch (level) {
    case 1:
        return tr("negligible");
    case 2:
        return tr("limited");
    case 3:
        return tr("significant");
    case 4:
        return tr("maximum");
    }
    return aipdToComplete();
}

QList<AipdRisk> assessAipdRisks(const AipdFacts &facts)
{
    return {illegitimateAccess(facts), unwantedModification(facts), disappearance(facts),
            misidentification(facts),  pressureOnConsent(facts),    bias(facts),
            replaySpoofing(facts),     stationKey(facts),           falseIndoorMatch(facts)};
}

QStringList aipdRoleAccess(accounts::Role role)
{
    using accounts::Permission;
    QStringList seen;
    // First, what every signed-in account sees whatever its role (the AIPD says it once).
    seen << tr("the column of the last %1 alerts and %2 passages, with the names of the people, visitors and watchlist entries "
               "concerned, hidden while the station is locked")
                .arg(alertsColumnAlerts)
                .arg(alertsColumnPassages);
    if (accounts::roleAllows(role, Permission::SeeStationStatus))
        seen << tr("the Station tab: health of the database, cameras and audit chain, descriptions counted by reason");
    if (accounts::roleAllows(role, Permission::OperateGate))
        seen << tr("the lanes (the person at the lane, the decision and its reasons), overrides, visitors' registration and who "
                   "is on site");
    if (accounts::roleAllows(role, Permission::ManagePeople))
        seen << tr("the people registry, enrolment, badges, consents collected or withdrawn at the desk");
    if (accounts::roleAllows(role, Permission::ReadReports))
        seen << tr("the daily report: counts and rates, the day's visitors by name (organisation, person visited, times), the "
                   "day's alerts (time, kind, place, reason, the agent who handled it and their note); the experiment report: "
                   "counts and rates, no name");
    if (accounts::roleAllows(role, Permission::ManagePrivacy))
        seen << tr("the consent register, subject rights, retention and purge, the AIPD, notices, the experiment's declaration");
    if (accounts::roleAllows(role, Permission::ReadAudit))
        seen << tr("the audit trail's content and the settings history");
    else if (accounts::roleAllows(role, Permission::VerifyAudit))
        seen << tr("the audit chain's check (counts and hashes, no content)");
    if (accounts::roleAllows(role, Permission::ManageUsers))
        seen << tr("the accounts");
    if (accounts::roleAllows(role, Permission::ManageSettings))
        seen << tr("settings, cameras, thresholds, lanes, zones, and the watchlist (names, dates of birth, reference photos)");
    return seen;
}

QString aipdFaceImageStatement(const AipdFacts &f)
{
    const QString elsewhere = f.passPhoto ? tr("A visitor's desk photo is printed on their pass and not kept; no video is recorded.")
                                          : tr("A visitor's desk photo is not kept; no video is recorded.");
    if (f.watchlistPhotos == 0)
        return tr("No face image is stored: the watchlist holds no reference photo.") + u' ' + elsewhere;
    return trn("Face images are stored in one place: the watchlist holds %n reference photo(s) of banned people or custody "
               "restrictions (JPEG, 480 pixels on the longer side, in the encrypted database), entered by the station administrator "
               "and shown to the agent beside a visitor's face on a possible match; %1 of them with a template made from the photo.",
               f.watchlistPhotos)
               .arg(f.watchlistFaces)
           + u' ' + elsewhere;
}

QString aipdGateCameraStatement(const AipdFacts &f)
{
    const int gate = f.gateCameras();
    if (gate == 0)
        return tr("No gate camera is configured: every entrance is decided on the badge alone.");
    const QString when = f.experiment
                             ? tr("inside the declared experiment (%1 to %2, %3)")
                                   .arg(QLocale().toString(f.experiment->start, QLocale::ShortFormat),
                                        QLocale().toString(f.experiment->end, QLocale::ShortFormat),
                                        f.experiment->lanes.isEmpty() ? tr("every lane") : f.experiment->lanes.join(QStringLiteral(", ")))
                             : tr("inside a declared experiment only (none is declared: no face is compared today)");
    return trn("Gate cameras (%n): they detect and track every face in view of their lane, in memory, to find who stands at the "
               "lane and to see the blink of the person who presented a badge. A face is described and compared only for a "
               "volunteer who presented a face-lane badge whose consent is in force, %1, once and one to one with that badge's "
               "template. Besides, a camera describes a face only when the desk asks for it on purpose (the enrolment of a consenting "
               "person, a visitor's desk photo). Nobody else's face is described, and nothing of anyone's face is kept: no image, "
               "no video, the description forgotten after the decision.",
               gate)
        .arg(when);
}

} // namespace portique::privacy
