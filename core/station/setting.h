// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>

namespace portique::station {

/// @brief A whole-number setting with its default and the bounds an administrator may set.
struct IntegerSetting {
    const char16_t *key;
    qint64 defaultValue;
    qint64 minimum;
    qint64 maximum;
};

/// @brief A text setting restricted to a list of values (empty list: free text).
struct TextSetting {
    const char16_t *key;
    const char16_t *defaultValue;
    QList<QString> allowed;
};

namespace settings {

/// Failed logins before a lockout: 5, the CNIL's recommendation (délibération 2022-100) for
/// password-only authentication.
inline const IntegerSetting lockoutAttempts{u"security.lockout_attempts", 5, 3, 10};
/// Minutes a login stays locked after too many failures: 5 (issue 2); long enough to stop guessing,
/// short enough not to lock the desk out for a morning.
inline const IntegerSetting lockoutMinutes{u"security.lockout_minutes", 5, 1, 60};
/// Minutes of inactivity before the station locks: 5 (issue 2), the time a desk is usually left
/// unattended between arrivals; up to 30 for a desk that is never left.
inline const IntegerSetting autoLockMinutes{u"session.auto_lock_minutes", 5, 1, 30};
/// Interface language: French first, English second (DEVELOPERS.md).
inline const TextSetting language{u"ui.language", u"fr", {QStringLiteral("fr"), QStringLiteral("en")}};
/// The school's name, shown in the title bar and printed on badges and passes.
inline const TextSetting schoolName{u"station.school_name", u"Lycée", {}};
/// The school's UAI (e.g. 0999999Z). When set, a SIECLE export of another school is refused; when
/// empty, the first SIECLE import sets it.
inline const TextSetting schoolUai{u"station.school_uai", u"", {}};
/// The face model the station last ran with (its 8-byte id in hex), written by the station itself
/// (noteFaceModel): a change of model is audited and raises an alert.
inline const TextSetting faceModelId{u"face.model_id", u"", {}};
/// Print the enrolment photo on a student's badge: off (PRIVACY.md §2 keeps no student image; the
/// photo, when printed, is used for that print only and never stored). Staff and visitors alike.
inline const IntegerSetting printBadgePhoto{u"badges.print_photo", 0, 0, 1};
/// Month (1-12) in which badges expire at the end: August, the end of the French school year. A
/// badge issued in July or August is valid until the end of the following school year.
inline const IntegerSetting badgeExpiryMonth{u"badges.expiry_month", 8, 1, 12};

/// Gate lanes (docs/gate.md). A face lane person's face is waited for this long after the badge:
/// 3 s covers the last steps to the lane; past it the agent checks by hand.
inline const IntegerSetting gateFaceWindowMs{u"gate.face_window_ms", 3000, 1000, 10000};
/// Distances ×1000: at or under the match threshold the face matches (0.520, docs/face-engine.md);
/// at or over the mismatch threshold it is refused; between, the agent checks by hand.
inline const IntegerSetting gateMatchThreshold{u"gate.match_threshold_milli", 520, 400, 600};
inline const IntegerSetting gateMismatchThreshold{u"gate.mismatch_threshold_milli", 700, 550, 1000};
/// The same code read again within this time is the same passage (ms).
inline const IntegerSetting gateRepeatWindowMs{u"gate.repeat_window_ms", 5000, 1000, 60000};
/// Which keyboard-wedge scanner feeds which lane: "device name=lane;device name=lane" (the names
/// `xinput list` shows); a scanner not listed feeds the lane selected on screen.
inline const TextSetting gateScannerLanes{u"gate.scanner_lanes", u"", {}};
/// A short sound per outcome at the lanes: on.
inline const IntegerSetting gateSounds{u"gate.sounds", 1, 0, 1};

/// Visitors (docs/visitors.md). Everyone still on site is checked out automatically at this time
/// of day (minutes after midnight): 18:30, after the last lessons and meetings.
inline const IntegerSetting visitorsCheckoutMinute{u"visitors.auto_checkout_minute", 18 * 60 + 30, 0, 24 * 60 - 1};
/// The expected departure the registration form proposes: two hours after arrival.
inline const IntegerSetting visitorsStayMinutes{u"visitors.default_stay_minutes", 120, 15, 12 * 60};
/// Print the registration photo on the pass (used for that print only, never stored): on, so the
/// staff who meet a visitor can tell the pass is theirs.
inline const IntegerSetting visitorsPrintPhoto{u"visitors.print_photo", 1, 0, 1};
/// Distance ×1000 at or under which an indoor face is taken for an on-site visitor (1:N). Stricter
/// than the gate's 0.520: a false sighting puts someone where they never were.
inline const IntegerSetting visitorsMatchThreshold{u"visitors.match_threshold_milli", 500, 400, 600};
/// The zone map as JSON: zones (name, restricted), the plan image, the cameras' positions on it.
inline const TextSetting visitorsZoneMap{u"visitors.zone_map", u"", {}};
/// The declared experiment (PRIVACY.md §7) as JSON: name, dates, lanes, population, criteria
/// (docs/reports.md). Empty: no experiment declared.
inline const TextSetting experimentDefinition{u"experiment.definition", u"", {}};
/// The last presentation attack measurement (ISO/IEC 30107-3) as JSON, recorded by `portiquectl
/// bench pad --record` for the experiment report and the AIPD (reports/padmeasurement.h). Empty:
/// never measured on this station.
inline const TextSetting padMeasurement{u"pad.measurement", u"", {}};

// Retention (docs/privacy-operations.md). Days; the purge (privacy::Purge) deletes what is older,
// at start-up and every hour. Visitor templates and sightings have no setting: they go at
// check-out, at the end of the visit's day at the latest (PRIVACY.md §5).
/// Access events and their overrides: 3 months (PRIVACY.md §4), read as 90 days; at most 92 days,
/// the CNIL's reference for access control (issue 15: 183 was allowed before; a value stored above
/// the bound reads as the default).
inline const IntegerSetting retentionAccessEventsDays{u"retention.access_events_days", 90, 7, 92};
/// Visitor records, counted from the departure: 3 months (PRIVACY.md §4); at most 92 days.
inline const IntegerSetting retentionVisitorsDays{u"retention.visitors_days", 90, 1, 92};
/// Alerts: 3 months, like the passages they are about. An alert still open then is closed by the
/// station (audited) and deleted with the others: nothing is kept forever (issue 15).
inline const IntegerSetting retentionAlertsDays{u"retention.alerts_days", 90, 7, 365};
/// People who left the school (and their legal representatives' records), counted from the day
/// they left: one year, then erased as an erasure request erases (issue 15); at least a month, for
/// the last disputes of a school year; at most 5 years.
inline const IntegerSetting retentionLeaversDays{u"retention.leavers_days", 365, 30, 1826};
/// Consent records (and enrolment attempts) of people who left, counted from the day they left:
/// one year, the proof of a consent outliving the processing it allowed; at most 5 years, the
/// civil limitation period (Code civil art. 2224).
inline const IntegerSetting retentionLeaverConsentsDays{u"retention.leaver_consents_days", 365, 0, 1826};
/// Revoked or expired badges, from the revocation or the last valid day: one year, so that the desk
/// can still say "revoked" rather than "unknown" for a school year; refused either way.
inline const IntegerSetting retentionCredentialsDays{u"retention.credentials_days", 365, 7, 1826};
/// Camera outages (no personal data): one year, for the experiment's availability figures.
inline const IntegerSetting retentionCameraOutagesDays{u"retention.camera_outages_days", 365, 31, 1096};
/// The audit trail: one year (PRIVACY.md §4). 6 months to a year is what the CNIL's recommendation
/// on logging advises (délibération 2021-122); up to 3 years only for a need the DPO documents.
inline const IntegerSetting retentionAuditDays{u"retention.audit_days", 365, 183, 1096};

// Information notices (privacy/notice.h, docs/notices.md): who the controller is and how to reach
// the DPO, printed on every notice and on the gate sign. Empty until the DPO sets them; no notice is
// written without the head and the DPO's contact (GDPR art. 13(1)(a) and (b)).
/// The head of school (chef d'établissement), who represents the controller: "Mme Claire Martin, proviseure".
inline const TextSetting schoolHead{u"station.school_head", u"", {}};
/// The school's postal address: the controller's contact details (art. 13(1)(a)). Optional.
inline const TextSetting schoolAddress{u"station.school_address", u"", {}};
/// How to reach the data protection officer (usually the académie's DPO): an e-mail address or a
/// phone number, published as art. 37(7) asks.
inline const TextSetting dpoContact{u"privacy.dpo_contact", u"", {}};
/// Where the full notice can be read (the desk, the school's website), printed on the short notices
/// and the sign. Empty: "at the reception desk".
inline const TextSetting noticeLocation{u"privacy.notice_location", u"", {}};

} // namespace settings
} // namespace portique::station
