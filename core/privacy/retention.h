// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Retention: how long each kind of data is kept (PRIVACY.md §4, docs/privacy-operations.md), read
// from the settings the DPO edits within legal bounds. This file decides what is out of its period;
// it never deletes anything (privacy::Purge does).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace portique::station {
class SettingsStore;
struct IntegerSetting;
} // namespace portique::station

namespace portique::privacy {

/// @brief The kinds of data with a retention rule. Ids (retentionKindId) are stable: settings,
/// purge results, JSON.
enum class RetentionKind {
    AccessEvents,   ///< passages and their overrides, from the passage
    Visitors,       ///< visitor records, from the departure
    VisitorTraces,  ///< visitor face templates and sightings: at check-out, end of the visit's day at the latest
    Alerts,         ///< alerts, from the alert; an open one is closed first (audited)
    Leavers,        ///< people who left and their guardians' records: erased, from the day they left
    LeaverConsents, ///< consents and enrolment attempts of people who left, from the day they left
    Credentials,    ///< revoked or expired badges, from the revocation or the last valid day
    CameraOutages,  ///< camera outages, from their end
    AuditLog,       ///< the audit trail, from each record
};

/// @brief One rule as in force.
struct RetentionRule {
    RetentionKind kind = RetentionKind::AccessEvents;
    int days = 0; ///< the period in force (0 for VisitorTraces: the visit's own day)
    int defaultDays = 0;
    int minimumDays = 0;
    int maximumDays = 0;
    bool editable = false; ///< false: fixed by PRIVACY.md, no setting (VisitorTraces)
    QString settingKey;    ///< the setting's key; empty when not editable
};

/// @brief Every kind, in the order the purge handles them and screens list them.
QList<RetentionKind> retentionKinds();
QString retentionKindId(RetentionKind kind);
std::optional<RetentionKind> retentionKindFromId(const QString &id);
/// @brief What the kind holds, in words ("Passages and overrides"), translated.
QString retentionKindLabel(RetentionKind kind);
/// @brief When it goes, in words ("Deleted 90 days after the passage"), translated.
QString retentionRuleText(const RetentionRule &rule);
/// @brief The setting behind @p kind, or null for a fixed rule.
const station::IntegerSetting *retentionSetting(RetentionKind kind);

/// @brief The rules in force, read from the settings (defaults where none is stored).
QList<RetentionRule> retentionRules(station::SettingsStore &settings);
RetentionRule retentionRule(station::SettingsStore &settings, RetentionKind kind);
/// @brief Changes a period; audited as a settings change by @p actor. Throws std::invalid_argument
/// (translated) outside the rule's bounds or for a fixed rule.
void setRetentionDays(station::SettingsStore &settings, RetentionKind kind, int days, const QString &actor);

/// @brief For one purge run at a given moment: before when (or on or before which day) each kind
/// is out of its period. Times are UTC; days are the station's local days.
struct RetentionCutoffs {
    QDateTime now;
    QDateTime accessEventsBefore;
    QDateTime visitorsDepartedBefore;
    QDateTime visitorTracesBefore; ///< the start of today: traces of an earlier day go
    QDateTime alertsBefore;
    QDate leaversErasedLeftOnOrBefore; ///< the people themselves, erased
    QDate leaversLeftOnOrBefore;       ///< consents and enrolment attempts
    QDate templatesLeftOnOrBefore;     ///< face templates of leavers: today (they open nothing any more)
    QDateTime credentialsRevokedBefore;
    QDate credentialsExpiredBefore; ///< a badge whose last valid day is before this
    QDateTime cameraOutagesEndedBefore;
    QDateTime auditBefore;
    QDateTime outputFilesBefore; ///< output log entries (outputLogDays, privacy/outputlog.h)
};

/// @brief The cutoffs of @p rules at @p now: data exactly at the cutoff is still inside its period.
RetentionCutoffs retentionCutoffs(const QList<RetentionRule> &rules, const QDateTime &now);

} // namespace portique::privacy
