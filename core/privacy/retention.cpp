// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "retention.h"

#include "outputlog.h"
#include "station/setting.h"
#include "station/settingsstore.h"

#include <QCoreApplication>

#include <stdexcept>

namespace portique::privacy {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("portique::privacy", text, disambiguation, n);
}

} // namespace

QList<RetentionKind> retentionKinds()
{
    return {RetentionKind::AccessEvents, RetentionKind::Visitors,      RetentionKind::VisitorTraces,
            RetentionKind::Alerts,       RetentionKind::Leavers,       RetentionKind::LeaverConsents,
            RetentionKind::Credentials,  RetentionKind::CameraOutages, RetentionKind::AuditLog};
}

QString retentionKindId(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::AccessEvents:
        return QStringLiteral("access_events");
    case RetentionKind::Visitors:
        return QStringLiteral("visitors");
    case RetentionKind::VisitorTraces:
        return QStringLiteral("visitor_traces");
    case RetentionKind::Alerts:
        return QStringLiteral("alerts");
    case RetentionKind::Leavers:
        return QStringLiteral("leavers");
    case RetentionKind::LeaverConsents:
        return QStringLiteral("leaver_consents");
    case RetentionKind::Credentials:
        return QStringLiteral("credentials");
    case RetentionKind::CameraOutages:
        return QStringLiteral("camera_outages");
    case RetentionKind::AuditLog:
        return QStringLiteral("audit_log");
    }
    return {};
}

std::optional<RetentionKind> retentionKindFromId(const QString &id)
{
    for (const RetentionKind kind : retentionKinds()) {
        if (retentionKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString retentionKindLabel(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::AccessEvents:
        return tr("Passages and overrides");
    case RetentionKind::Visitors:
        return tr("Visitor records");
    case RetentionKind::VisitorTraces:
        return tr("Visitor face templates and sightings");
    case RetentionKind::Alerts:
        return tr("Alerts");
    case RetentionKind::Leavers:
        return tr("People who left, and their legal representatives");
    case RetentionKind::LeaverConsents:
        return tr("Consents and enrolment attempts of people who left");
    case RetentionKind::Credentials:
        return tr("Revoked or expired badges");
    case RetentionKind::CameraOutages:
        return tr("Camera outages");
    case RetentionKind::AuditLog:
        return tr("Audit trail");
    }
    return {};
}

QString retentionRuleText(const RetentionRule &rule)
{
    switch (rule.kind) {
    case RetentionKind::AccessEvents:
        return tr("Deleted %n day(s) after the passage, with its override.", nullptr, rule.days);
    case RetentionKind::Visitors:
        return tr("Deleted %n day(s) after the visitor left; never while on site.", nullptr, rule.days);
    case RetentionKind::VisitorTraces:
        return tr("Deleted at check-out, at the end of the visit's day at the latest.");
    case RetentionKind::Alerts:
        return tr("Deleted %n day(s) after the alert; one still open then is closed by the station first (audited).", nullptr, rule.days);
    case RetentionKind::Leavers:
        return tr("Erased %n day(s) after the person left, as an erasure request erases (audited).", nullptr, rule.days);
    case RetentionKind::LeaverConsents:
        return tr("Deleted %n day(s) after the person left (a face template goes the day they leave).", nullptr, rule.days);
    case RetentionKind::Credentials:
        return tr("Deleted %n day(s) after revocation or expiry; still refused at the gate afterwards.", nullptr, rule.days);
    case RetentionKind::CameraOutages:
        return tr("Deleted %n day(s) after the outage ended.", nullptr, rule.days);
    case RetentionKind::AuditLog:
        return tr("Deleted %n day(s) after the record was written, oldest first.", nullptr, rule.days);
    }
    return {};
}

const station::IntegerSetting *retentionSetting(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::AccessEvents:
        return &station::settings::retentionAccessEventsDays;
    case RetentionKind::Visitors:
        return &station::settings::retentionVisitorsDays;
    case RetentionKind::VisitorTraces:
        return nullptr;
    case RetentionKind::Alerts:
        return &station::settings::retentionAlertsDays;
    case RetentionKind::Leavers:
        return &station::settings::retentionLeaversDays;
    case RetentionKind::LeaverConsents:
        return &station::settings::retentionLeaverConsentsDays;
    case RetentionKind::Credentials:
        return &station::settings::retentionCredentialsDays;
    case RetentionKind::CameraOutages:
        return &station::settings::retentionCameraOutagesDays;
    case RetentionKind::AuditLog:
        return &station::settings::retentionAuditDays;
    }
    return nullptr;
}

RetentionRule retentionRule(station::SettingsStore &settings, RetentionKind kind)
{
    RetentionRule rule;
    rule.kind = kind;
    if (const station::IntegerSetting *setting = retentionSetting(kind)) {
        rule.days = int(settings.value(*setting));
        rule.defaultDays = int(setting->defaultValue);
        rule.minimumDays = int(setting->minimum);
        rule.maximumDays = int(setting->maximum);
        rule.editable = true;
        rule.settingKey = QString::fromUtf16(setting->key);
    }
    return rule;
}

QList<RetentionRule> retentionRules(station::SettingsStore &settings)
{
    QList<RetentionRule> rules;
    for (const RetentionKind kind : retentionKinds())
        rules.append(retentionRule(settings, kind));
    return rules;
}

void setRetentionDays(station::SettingsStore &settings, RetentionKind kind, int days, const QString &actor)
{
    const station::IntegerSetting *setting = retentionSetting(kind);
    if (!setting)
        throw std::invalid_argument(
            tr("%1 are kept for a fixed time (PRIVACY.md): it cannot be changed.").arg(retentionKindLabel(kind)).toStdString());
    if (days < setting->minimum || days > setting->maximum)
        throw std::invalid_argument(tr("%1: the period must be between %2 and %3 days.")
                                        .arg(retentionKindLabel(kind))
                                        .arg(setting->minimum)
                                        .arg(setting->maximum)
                                        .toStdString());
    settings.set(*setting, days, actor);
}

RetentionCutoffs retentionCutoffs(const QList<RetentionRule> &rules, const QDateTime &now)
{
    auto daysOf = [&rules](RetentionKind kind) {
        for (const RetentionRule &rule : rules) {
            if (rule.kind == kind)
                return rule.days;
        }
        const station::IntegerSetting *setting = retentionSetting(kind);
        return setting ? int(setting->defaultValue) : 0;
    };
    const QDateTime utc = now.toUTC();
    const QDate today = now.toLocalTime().date();
    RetentionCutoffs cutoffs;
    cutoffs.now = utc;
    cutoffs.accessEventsBefore = utc.addDays(-daysOf(RetentionKind::AccessEvents));
    cutoffs.visitorsDepartedBefore = utc.addDays(-daysOf(RetentionKind::Visitors));
    cutoffs.visitorTracesBefore = today.startOfDay().toUTC();
    cutoffs.alertsBefore = utc.addDays(-daysOf(RetentionKind::Alerts));
    cutoffs.leaversErasedLeftOnOrBefore = today.addDays(-daysOf(RetentionKind::Leavers));
    cutoffs.leaversLeftOnOrBefore = today.addDays(-daysOf(RetentionKind::LeaverConsents));
    cutoffs.templatesLeftOnOrBefore = today;
    cutoffs.credentialsRevokedBefore = utc.addDays(-daysOf(RetentionKind::Credentials));
    cutoffs.credentialsExpiredBefore = today.addDays(-daysOf(RetentionKind::Credentials));
    cutoffs.cameraOutagesEndedBefore = utc.addDays(-daysOf(RetentionKind::CameraOutages));
    cutoffs.auditBefore = utc.addDays(-daysOf(RetentionKind::AuditLog));
    cutoffs.outputFilesBefore = utc.addDays(-outputLogDays);
    return cutoffs;
}

} // namespace portique::privacy
