// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "experiment.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "dailyreport.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "statistics.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <deque>
#include <set>
#include <stdexcept>

namespace portique::reports {
namespace {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject countsJson(const std::map<QString, int> &counts)
{
    QJsonObject json;
    for (const auto &[key, count] : counts)
        json.insert(key, count);
    return json;
}

int countBetween(storage::Database &db, const QString &column, const QDateTime &from, const QDateTime &to, const QString &condition = {})
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM consents WHERE %1 >= ?1 AND %1 < ?2%2")
                    .arg(column, condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition),
                {common::isoTime(from), common::isoTime(to)})
        .toInt();
}

ExperimentReport::EntryTimes entryTimes(const std::vector<qint64> &latencies)
{
    return {int(latencies.size()), quantile(latencies, 0.5), quantile(latencies, 0.95)};
}

QJsonObject entryTimesJson(const ExperimentReport::EntryTimes &times)
{
    return {{QStringLiteral("passages"), times.passages},
            {QStringLiteral("median_ms"), times.medianMs ? QJsonValue(*times.medianMs) : QJsonValue()},
            {QStringLiteral("p95_ms"), times.p95Ms ? QJsonValue(*times.p95Ms) : QJsonValue()}};
}

} // namespace

ExperimentReport buildExperimentReport(station::StationServices &services, const privacy::ExperimentDefinition &definition)
{
    ExperimentReport report;
    report.definition = definition;
    report.generatedAt = services.clock.now().toUTC();
    const QDateTime from = QDateTime(definition.start, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(definition.end.addDays(1), QTime(0, 0)).toUTC();

    static const QStringList acquisitionFailures{QStringLiteral("no_face"), QStringLiteral("face_not_usable"),
                                                 QStringLiteral("liveness_not_shown")};
    std::set<QDate> days;
    std::vector<qint64> latencies;
    std::vector<qint64> badgeOnlyLatencies;
    std::vector<qint64> faceLaneLatencies;
    std::map<QString, std::deque<QDateTime>> window; // per lane: passages of the last 60 s
    // A restricted person (GDPR art. 18) is processed for nothing but keeping: left out, as in
    // the daily report.
    const QStringList restrictedList = services.people.restrictedIds();
    const QSet<QString> restricted(restrictedList.cbegin(), restrictedList.cend());
    for (const access::AccessEvent &event : services.events.between(from, to)) {
        if (!definition.lanes.isEmpty() && !definition.lanes.contains(event.lane))
            continue;
        if (!event.personId.isEmpty() && restricted.contains(event.personId))
            continue;
        ++report.transactions;
        days.insert(event.at.toLocalTime().date());
        ++report.methods[methodClass(event.faceLane, access::methodId(event.method), event.reasons, event.visitorId)];
        if (event.method != access::CredentialMethod::Manual) {
            latencies.push_back(event.latencyMs);
            if (event.faceLane)
                faceLaneLatencies.push_back(event.latencyMs);
            else if (event.visitorId.isEmpty())
                badgeOnlyLatencies.push_back(event.latencyMs);
        }
        const QString overrideReason = event.override_ ? event.override_->reason : QString();
        if (event.override_) {
            ++report.overrides;
            ++report.overridesByReason[overrideReason];
        }
        std::deque<QDateTime> &recent = window[event.lane];
        recent.push_back(event.at);
        while (recent.front().msecsTo(event.at) >= 60'000)
            recent.pop_front();
        report.peakPerMinute[event.lane] = std::max(report.peakPerMinute[event.lane], int(recent.size()));

        if (!event.faceLane)
            continue;
        ++report.faceTransactions;
        if (event.outcome == access::Outcome::CheckByHand && acquisitionFailures.contains(event.reasons.value(0)))
            ++report.failureToAcquire;
        if (!event.distance)
            continue;
        ++report.comparisons;
        const bool grantedByFace = event.outcome == access::Outcome::Granted && event.reasons.contains(u"face_match");
        if (grantedByFace) {
            ++report.faceGrants;
            if (overrideReason == u"wrong_match")
                ++report.falseMatches;
        }
        if (event.finalOutcome() == access::Outcome::Granted && overrideReason != u"wrong_match") {
            ++report.genuineAttempts;
            if (!grantedByFace && overrideReason == u"face_not_matched")
                ++report.falseNonMatches;
        }
    }
    report.days = int(days.size());
    report.ftaPercent = percent(report.failureToAcquire, report.faceTransactions);
    report.fnmrPercent = percent(report.falseNonMatches, report.genuineAttempts);
    report.fmrPercent = percent(report.falseMatches, report.faceGrants);
    report.overridePercent = percent(report.overrides, report.transactions);
    const int badgeOnly = report.methods.count(QStringLiteral("badge_only")) ? report.methods.at(QStringLiteral("badge_only")) : 0;
    report.badgeOnlyPercent = percent(badgeOnly, badgeOnly + report.faceTransactions);
    report.latencyMedianMs = quantile(latencies, 0.5);
    report.latencyP95Ms = quantile(latencies, 0.95);
    report.latencyHistogram = latencyHistogram(latencies);
    report.badgeOnlyEntry = entryTimes(badgeOnlyLatencies);
    report.faceLaneEntry = entryTimes(faceLaneLatencies);
    report.consentsGiven = countBetween(services.database, QStringLiteral("given_at"), from, to);
    const QString withdrawn = QStringLiteral("(end_reason IS NULL OR end_reason = 'withdrawn')");
    report.consentsWithdrawn = countBetween(services.database, QStringLiteral("withdrawn_at"), from, to, withdrawn);
    report.consentsLapsed = countBetween(services.database, QStringLiteral("withdrawn_at"), from, to, QStringLiteral("NOT ") + withdrawn);
    auto alerts = services.database.prepare(QStringLiteral("SELECT kind, count(*) FROM alerts WHERE at >= ?1 AND at < ?2 GROUP BY kind"));
    alerts.bind(1, common::isoTime(from));
    alerts.bind(2, common::isoTime(to));
    while (alerts.next())
        report.incidents[alerts.toText(0)] = int(alerts.toInt64(1));

    // The slowest lane decides the throughput criterion: every lane must reach it.
    std::optional<double> slowestPeak;
    for (const auto &[lane, peak] : report.peakPerMinute)
        slowestPeak = std::min(slowestPeak.value_or(double(peak)), double(peak));
    for (const privacy::ExperimentCriterionKey &key : privacy::experimentCriterionKeys()) {
        const std::optional<double> target = privacy::experimentCriterionTarget(definition.criteria, key.id);
        if (!target)
            continue;
        ExperimentReport::Criterion criterion;
        criterion.id = QString::fromUtf16(key.id);
        criterion.target = *target;
        criterion.atMost = key.atMost;
        if (criterion.id == u"median_entry_ms")
            criterion.value = report.latencyMedianMs ? std::optional<double>(double(*report.latencyMedianMs)) : std::nullopt;
        else if (criterion.id == u"fnmr_percent")
            criterion.value = report.fnmrPercent;
        else if (criterion.id == u"fmr_percent")
            criterion.value = report.fmrPercent;
        else if (criterion.id == u"override_percent")
            criterion.value = report.overridePercent;
        else if (criterion.id == u"fta_percent")
            criterion.value = report.ftaPercent;
        else
            criterion.value = slowestPeak;
        if (criterion.value)
            criterion.met = criterion.atMost ? *criterion.value <= criterion.target : *criterion.value >= criterion.target;
        report.criteria.push_back(criterion);
    }

    report.limits = {
        QCoreApplication::translate(
            "portique::reports",
            "False non-matches are counted only when an agent overrode a face refusal or check with the reason "
            "\"right person, face not recognised\": a person who gave up or went through by hand without an override is not counted."),
        QCoreApplication::translate(
            "portique::reports",
            "False matches are counted only when an agent noticed and recorded a \"wrong match\": an impostor nobody noticed is "
            "not counted, so the false match rate is a lower bound."),
        QCoreApplication::translate(
            "portique::reports",
            "The number of impostor attempts is unknown (nobody is asked to try someone else's badge), so these are not "
            "ISO/IEC 19795 laboratory rates but operational estimates on the volunteers who used the lanes."),
        QCoreApplication::translate("portique::reports",
                                    "Throughput is bounded by how fast people arrive: a quiet lane shows a low peak without being slow."),
    };
    report.presentationAttacks = loadPadMeasurement(services.settings);
    report.presentationAttackFindings =
        padFindings(report.presentationAttacks, services.settings.value(station::settings::gateFaceWindowMs));
    return report;
}

QJsonObject ExperimentReport::toJson() const
{
    QJsonArray criteriaJson;
    for (const Criterion &criterion : criteria)
        criteriaJson.append(QJsonObject{{QStringLiteral("id"), criterion.id},
                                        {QStringLiteral("target"), criterion.target},
                                        {QStringLiteral("at_most"), criterion.atMost},
                                        {QStringLiteral("value"), optionalJson(criterion.value)},
                                        {QStringLiteral("met"), criterion.met ? QJsonValue(*criterion.met) : QJsonValue()}});
    QJsonArray histogram;
    for (const int count : latencyHistogram)
        histogram.append(count);
    return QJsonObject{
        {QStringLiteral("experiment"), QJsonDocument::fromJson(definition.toJson().toUtf8()).object()},
        {QStringLiteral("generated_at"), common::isoTime(generatedAt)},
        {QStringLiteral("days"), days},
        {QStringLiteral("transactions"), transactions},
        {QStringLiteral("methods"), countsJson(methods)},
        {QStringLiteral("face_transactions"), faceTransactions},
        {QStringLiteral("failure_to_acquire"), failureToAcquire},
        {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("genuine_attempts"), genuineAttempts},
        {QStringLiteral("false_non_matches"), falseNonMatches},
        {QStringLiteral("face_grants"), faceGrants},
        {QStringLiteral("false_matches"), falseMatches},
        {QStringLiteral("overrides"), overrides},
        {QStringLiteral("overrides_by_reason"), countsJson(overridesByReason)},
        {QStringLiteral("fta_percent"), optionalJson(ftaPercent)},
        {QStringLiteral("fnmr_percent"), optionalJson(fnmrPercent)},
        {QStringLiteral("fmr_percent"), optionalJson(fmrPercent)},
        {QStringLiteral("override_percent"), optionalJson(overridePercent)},
        {QStringLiteral("badge_only_percent"), optionalJson(badgeOnlyPercent)},
        {QStringLiteral("peak_per_minute"), countsJson(peakPerMinute)},
        {QStringLiteral("latency_ms"),
         QJsonObject{{QStringLiteral("median"), latencyMedianMs ? QJsonValue(*latencyMedianMs) : QJsonValue()},
                     {QStringLiteral("p95"), latencyP95Ms ? QJsonValue(*latencyP95Ms) : QJsonValue()},
                     {QStringLiteral("histogram"), histogram}}},
        {QStringLiteral("consents_given"), consentsGiven},
        {QStringLiteral("consents_withdrawn"), consentsWithdrawn},
        {QStringLiteral("consents_lapsed"), consentsLapsed},
        {QStringLiteral("necessity"), QJsonObject{{QStringLiteral("badge_only"), entryTimesJson(badgeOnlyEntry)},
                                                  {QStringLiteral("face_lane"), entryTimesJson(faceLaneEntry)}}},
        {QStringLiteral("incidents"), countsJson(incidents)},
        {QStringLiteral("criteria"), criteriaJson},
        {QStringLiteral("limits"), QJsonArray::fromStringList(limits)},
        {QStringLiteral("presentation_attacks"), presentationAttacks ? QJsonValue(presentationAttacks->toReportJson()) : QJsonValue()},
        {QStringLiteral("presentation_attack_findings"), QJsonArray::fromStringList(presentationAttackFindings)},
    };
}

} // namespace portique::reports
