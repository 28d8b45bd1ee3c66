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

#include <deque>
#include <set>
#include <stdexcept>

namespace portique::reports {
namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

// The largest median entry time a criterion may name: an hour. A gate decides within seconds (the
// face window is 10 s at most); the bound only keeps the number an integer can hold.
constexpr double maxMedianEntryMs = 3'600'000.0;

// The criteria's JSON keys, in the order the report lists them.
struct CriterionKey {
    const char16_t *id;
    bool atMost;
};
constexpr CriterionKey criterionKeys[] = {{u"median_entry_ms", true},  {u"fnmr_percent", true}, {u"fmr_percent", true},
                                          {u"override_percent", true}, {u"fta_percent", true},  {u"peak_per_minute", false}};

std::optional<double> criterionOf(const ExperimentCriteria &criteria, QStringView id)
{
    if (id == u"median_entry_ms")
        return criteria.medianEntryMs ? std::optional<double>(double(*criteria.medianEntryMs)) : std::nullopt;
    if (id == u"fnmr_percent")
        return criteria.fnmrPercent;
    if (id == u"fmr_percent")
        return criteria.fmrPercent;
    if (id == u"override_percent")
        return criteria.overridePercent;
    if (id == u"fta_percent")
        return criteria.ftaPercent;
    return criteria.peakPerMinute;
}

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

int countBetween(storage::Database &db, const QString &column, const QDateTime &from, const QDateTime &to)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM consents WHERE %1 >= ?1 AND %1 < ?2").arg(column),
                {common::isoTime(from), common::isoTime(to)})
        .toInt();
}

} // namespace

QString ExperimentDefinition::toJson() const
{
    QJsonObject criteriaJson;
    for (const CriterionKey &key : criterionKeys) {
        if (const std::optional<double> value = criterionOf(criteria, key.id))
            criteriaJson.insert(QString::fromUtf16(key.id), *value);
    }
    const QJsonObject root{{QStringLiteral("name"), name},
                           {QStringLiteral("start"), common::isoDate(start)},
                           {QStringLiteral("end"), common::isoDate(end)},
                           {QStringLiteral("lanes"), QJsonArray::fromStringList(lanes)},
                           {QStringLiteral("population"), population},
                           {QStringLiteral("criteria"), criteriaJson}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ExperimentDefinition ExperimentDefinition::fromJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        refuse(QCoreApplication::translate("portique::reports", "The experiment is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject root = document.object();
    ExperimentDefinition definition;
    definition.name = root.value(QStringLiteral("name")).toString().trimmed();
    definition.start = common::parseIsoDate(root.value(QStringLiteral("start")).toString());
    definition.end = common::parseIsoDate(root.value(QStringLiteral("end")).toString());
    for (const QJsonValue &lane : root.value(QStringLiteral("lanes")).toArray())
        definition.lanes << lane.toString();
    definition.population = root.value(QStringLiteral("population")).toString();
    if (definition.name.isEmpty())
        refuse(QCoreApplication::translate("portique::reports", "The experiment needs a name."));
    if (!definition.start.isValid() || !definition.end.isValid())
        refuse(QCoreApplication::translate("portique::reports", "The experiment needs a start and an end date (YYYY-MM-DD)."));
    if (definition.end < definition.start)
        refuse(QCoreApplication::translate("portique::reports", "The experiment ends before it starts."));
    const QJsonObject criteria = root.value(QStringLiteral("criteria")).toObject();
    for (auto it = criteria.begin(); it != criteria.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            refuse(QCoreApplication::translate("portique::reports", "The criterion %1 must be a number, 0 or more.").arg(it.key()));
        const double value = it.value().toDouble();
        if (it.key() == u"median_entry_ms") {
            if (value > maxMedianEntryMs)
                refuse(QCoreApplication::translate("portique::reports", "The criterion %1 must be at most %2 ms.")
                           .arg(it.key())
                           .arg(qint64(maxMedianEntryMs)));
            definition.criteria.medianEntryMs = qint64(value);
        } else if (it.key() == u"fnmr_percent")
            definition.criteria.fnmrPercent = value;
        else if (it.key() == u"fmr_percent")
            definition.criteria.fmrPercent = value;
        else if (it.key() == u"override_percent")
            definition.criteria.overridePercent = value;
        else if (it.key() == u"fta_percent")
            definition.criteria.ftaPercent = value;
        else if (it.key() == u"peak_per_minute")
            definition.criteria.peakPerMinute = value;
        else
            refuse(QCoreApplication::translate("portique::reports", "Unknown criterion %1.").arg(it.key()));
    }
    return definition;
}

std::optional<ExperimentDefinition> loadExperiment(station::SettingsStore &settings)
{
    const QString json = settings.value(station::settings::experimentDefinition);
    if (json.isEmpty())
        return std::nullopt;
    return ExperimentDefinition::fromJson(json);
}

void saveExperiment(station::SettingsStore &settings, const ExperimentDefinition &definition, const QString &actor)
{
    ExperimentDefinition::fromJson(definition.toJson());
    settings.set(station::settings::experimentDefinition, definition.toJson(), actor);
}

ExperimentReport buildExperimentReport(station::StationServices &services, const ExperimentDefinition &definition)
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
    std::map<QString, std::deque<QDateTime>> window; // per lane: passages of the last 60 s
    for (const access::AccessEvent &event : services.events.between(from, to)) {
        if (!definition.lanes.isEmpty() && !definition.lanes.contains(event.lane))
            continue;
        ++report.transactions;
        days.insert(event.at.toLocalTime().date());
        ++report.methods[methodClass(event.faceLane, access::methodId(event.method), event.reasons, event.visitorId)];
        if (event.method != access::CredentialMethod::Manual)
            latencies.push_back(event.latencyMs);
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
    report.consentsGiven = countBetween(services.database, QStringLiteral("given_at"), from, to);
    report.consentsWithdrawn = countBetween(services.database, QStringLiteral("withdrawn_at"), from, to);
    auto alerts = services.database.prepare(QStringLiteral("SELECT kind, count(*) FROM alerts WHERE at >= ?1 AND at < ?2 GROUP BY kind"));
    alerts.bind(1, common::isoTime(from));
    alerts.bind(2, common::isoTime(to));
    while (alerts.next())
        report.incidents[alerts.toText(0)] = int(alerts.toInt64(1));

    // The slowest lane decides the throughput criterion: every lane must reach it.
    std::optional<double> slowestPeak;
    for (const auto &[lane, peak] : report.peakPerMinute)
        slowestPeak = std::min(slowestPeak.value_or(double(peak)), double(peak));
    for (const CriterionKey &key : criterionKeys) {
        const std::optional<double> target = criterionOf(definition.criteria, key.id);
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
        {QStringLiteral("incidents"), countsJson(incidents)},
        {QStringLiteral("criteria"), criteriaJson},
        {QStringLiteral("limits"), QJsonArray::fromStringList(limits)},
        {QStringLiteral("presentation_attacks"), presentationAttacks ? QJsonValue(presentationAttacks->toReportJson()) : QJsonValue()},
        {QStringLiteral("presentation_attack_findings"), QJsonArray::fromStringList(presentationAttackFindings)},
    };
}

} // namespace portique::reports
