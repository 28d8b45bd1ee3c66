// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "dailyreport.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "station/cameraconfig.h"
#include "station/camerahealth.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "statistics.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace portique::reports {
namespace {

constexpr int quarterSeconds = 15 * 60;

QJsonObject countsJson(const std::map<QString, int> &counts)
{
    QJsonObject json;
    for (const auto &[key, count] : counts)
        json.insert(key, count);
    return json;
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(common::isoTime(time)) : QJsonValue();
}

} // namespace

QString methodClass(bool faceLane, const QString &methodId, const QStringList &reasons, const QString &visitorId)
{
    if (!visitorId.isEmpty() || reasons.contains(u"visitor_pass"))
        return QStringLiteral("visitor_pass");
    if (methodId == u"manual")
        return QStringLiteral("manual");
    if (methodId == u"typed")
        return QStringLiteral("typed");
    return faceLane ? QStringLiteral("face_lane") : QStringLiteral("badge_only");
}

DailyReport buildDailyReport(station::StationServices &services, const QDate &day)
{
    DailyReport report;
    report.day = day;
    report.schoolName = services.settings.value(station::settings::schoolName);
    report.generatedAt = services.clock.now().toUTC();
    const QDateTime from = QDateTime(day, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    report.partial = report.generatedAt < to;

    // A restricted person (GDPR art. 18) is processed for nothing but keeping: their passages and
    // alerts stay recorded for the gate but count in no report.
    const QStringList restrictedList = services.people.restrictedIds();
    const QSet<QString> restricted(restrictedList.cbegin(), restrictedList.cend());
    std::map<int, DailyReport::Quarter> quarters;
    std::vector<qint64> latencies;
    for (const access::AccessEvent &event : services.events.between(from, to)) {
        if (!event.personId.isEmpty() && restricted.contains(event.personId))
            continue;
        ++report.passages;
        const QString outcome = access::outcomeId(event.outcome);
        ++report.outcomes[outcome];
        ++report.finalOutcomes[access::outcomeId(event.finalOutcome())];
        ++report.methods[methodClass(event.faceLane, access::methodId(event.method), event.reasons, event.visitorId)];
        ++report.perLane[event.lane];
        const QTime local = event.at.toLocalTime().time();
        const int index = local.msecsSinceStartOfDay() / 1000 / quarterSeconds;
        DailyReport::Quarter &quarter = quarters[index];
        quarter.start = QTime(0, 0).addSecs(index * quarterSeconds);
        switch (event.outcome) {
        case access::Outcome::Granted:
            ++quarter.granted;
            break;
        case access::Outcome::Refused:
            ++quarter.refused;
            break;
        case access::Outcome::CheckByHand:
            ++quarter.checkByHand;
            break;
        }
        if (event.method != access::CredentialMethod::Manual)
            latencies.push_back(event.latencyMs);
        if (event.outcome == access::Outcome::Refused && !event.reasons.isEmpty())
            ++report.refusalReasons[event.reasons.constFirst()];
        if (event.override_) {
            ++report.overrides;
            ++report.overridesByReason[event.override_->reason];
        }
    }
    if (!quarters.empty()) {
        // Every quarter between the first and the last, empty ones included: a gap is a figure too.
        for (int index = quarters.begin()->first; index <= quarters.rbegin()->first; ++index) {
            DailyReport::Quarter quarter = quarters.count(index) ? quarters[index] : DailyReport::Quarter{};
            quarter.start = QTime(0, 0).addSecs(index * quarterSeconds);
            report.quarters.push_back(quarter);
        }
    }
    report.latencyMedianMs = quantile(latencies, 0.5);
    report.latencyP95Ms = quantile(latencies, 0.95);
    report.latencyHistogram = latencyHistogram(latencies);

    for (const visitors::Visitor &visitor : services.visitors.arrivedOn(day)) {
        const QDateTime leftOrNow = visitor.departedAt.isValid() ? visitor.departedAt : report.generatedAt;
        const bool overstayed = visitor.overstayAlerted || leftOrNow > visitor.expectedDeparture.addSecs(60);
        report.overstays += overstayed ? 1 : 0;
        report.visitors.push_back({visitor.id, visitor.name, visitor.organisation, visitor.host, visitor.arrivedAt,
                                   visitor.expectedDeparture, visitor.departedAt, visitor.departure, overstayed});
    }

    auto alerts = services.database.prepare(
        QStringLiteral("SELECT id, at, kind, lane, details, coalesce(acknowledged_at, ''), coalesce(acknowledged_by, ''), note, "
                       "coalesce(person_id, '') FROM alerts WHERE at >= ?1 AND at < ?2 ORDER BY at, id"));
    alerts.bind(1, common::isoTime(from));
    alerts.bind(2, common::isoTime(to));
    while (alerts.next()) {
        if (restricted.contains(alerts.toText(8)))
            continue;
        DailyReport::AlertRow row{alerts.toInt64(0), common::parseIsoTime(alerts.toText(1)), alerts.toText(2), alerts.toText(3),
                                  alerts.toText(4),  common::parseIsoTime(alerts.toText(5)), alerts.toText(6), alerts.toText(7)};
        ++report.alertsByKind[row.kind];
        report.alertsOpen += row.acknowledgedAt.isValid() ? 0 : 1;
        report.alerts.push_back(row);
    }

    const auto consents = [&](const QString &condition) {
        return services.database
            .scalar(QStringLiteral("SELECT count(*) FROM consents WHERE %1").arg(condition), {common::isoTime(from), common::isoTime(to)})
            .toInt();
    };
    report.consentsGiven = consents(QStringLiteral("given_at >= ?1 AND given_at < ?2"));
    const QString ended = QStringLiteral("withdrawn_at >= ?1 AND withdrawn_at < ?2 AND ");
    report.consentsWithdrawn = consents(ended + QStringLiteral("(end_reason IS NULL OR end_reason = 'withdrawn')"));
    report.consentsLapsed = consents(ended + QStringLiteral("end_reason <> 'withdrawn'"));

    // Minutes lost per camera: every configured camera is listed, with 0 when it never failed.
    std::map<QString, DailyReport::CameraRow> cameras;
    for (const station::CameraConfig &camera : station::loadCameras(services.settings))
        cameras[camera.name].camera = camera.name;
    const QDateTime until = std::min(to, report.generatedAt);
    for (const station::CameraOutage &outage : station::CameraHealthLog(services.database, services.clock).overlapping(from, to)) {
        DailyReport::CameraRow &row = cameras[outage.camera];
        row.camera = outage.camera;
        ++row.outages;
        const QDateTime start = std::max(outage.start, from);
        const QDateTime end = std::min(outage.end.isValid() ? outage.end : until, to);
        row.minutesLost += std::max<qint64>(0, start.msecsTo(end)) / 60000.0;
    }
    for (auto &[name, row] : cameras) {
        row.minutesLost = std::round(row.minutesLost * 10.0) / 10.0;
        report.cameras.push_back(row);
    }
    return report;
}

QJsonObject DailyReport::toJson() const
{
    QJsonArray quarterArray;
    for (const Quarter &quarter : quarters)
        quarterArray.append(QJsonObject{{QStringLiteral("start"), quarter.start.toString(QStringLiteral("HH:mm"))},
                                        {QStringLiteral("granted"), quarter.granted},
                                        {QStringLiteral("refused"), quarter.refused},
                                        {QStringLiteral("check_by_hand"), quarter.checkByHand}});
    QJsonArray visitorArray;
    for (const VisitorRow &visitor : visitors)
        visitorArray.append(QJsonObject{{QStringLiteral("id"), visitor.id},
                                        {QStringLiteral("name"), visitor.name},
                                        {QStringLiteral("organisation"), visitor.organisation},
                                        {QStringLiteral("host"), visitor.host},
                                        {QStringLiteral("arrived_at"), timeJson(visitor.arrivedAt)},
                                        {QStringLiteral("expected_departure"), timeJson(visitor.expectedDeparture)},
                                        {QStringLiteral("departed_at"), timeJson(visitor.departedAt)},
                                        {QStringLiteral("departure"), visitor.departure},
                                        {QStringLiteral("overstayed"), visitor.overstayed}});
    QJsonArray alertArray;
    for (const AlertRow &alert : alerts)
        alertArray.append(QJsonObject{{QStringLiteral("id"), alert.id},
                                      {QStringLiteral("at"), timeJson(alert.at)},
                                      {QStringLiteral("kind"), alert.kind},
                                      {QStringLiteral("where"), alert.where},
                                      {QStringLiteral("details"), alert.details},
                                      {QStringLiteral("acknowledged_at"), timeJson(alert.acknowledgedAt)},
                                      {QStringLiteral("acknowledged_by"), alert.acknowledgedBy},
                                      {QStringLiteral("note"), alert.note}});
    QJsonArray cameraArray;
    for (const CameraRow &camera : cameras)
        cameraArray.append(QJsonObject{{QStringLiteral("camera"), camera.camera},
                                       {QStringLiteral("outages"), camera.outages},
                                       {QStringLiteral("minutes_lost"), camera.minutesLost}});
    QJsonArray histogram;
    for (const int count : latencyHistogram)
        histogram.append(count);
    QJsonArray edges;
    for (const qint64 edge : latencyBucketEdges())
        edges.append(edge);
    return QJsonObject{
        {QStringLiteral("day"), common::isoDate(day)},
        {QStringLiteral("school"), schoolName},
        {QStringLiteral("generated_at"), timeJson(generatedAt)},
        {QStringLiteral("partial"), partial},
        {QStringLiteral("passages"), passages},
        {QStringLiteral("outcomes"), countsJson(outcomes)},
        {QStringLiteral("final_outcomes"), countsJson(finalOutcomes)},
        {QStringLiteral("methods"), countsJson(methods)},
        {QStringLiteral("per_lane"), countsJson(perLane)},
        {QStringLiteral("quarters"), quarterArray},
        {QStringLiteral("overrides"), overrides},
        {QStringLiteral("overrides_by_reason"), countsJson(overridesByReason)},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("median"), optionalJson(latencyMedianMs)},
                                                   {QStringLiteral("p95"), optionalJson(latencyP95Ms)},
                                                   {QStringLiteral("histogram"), histogram},
                                                   {QStringLiteral("bucket_edges"), edges}}},
        {QStringLiteral("refusal_reasons"), countsJson(refusalReasons)},
        {QStringLiteral("visitors"), visitorArray},
        {QStringLiteral("overstays"), overstays},
        {QStringLiteral("alerts"), alertArray},
        {QStringLiteral("alerts_by_kind"), countsJson(alertsByKind)},
        {QStringLiteral("alerts_open"), alertsOpen},
        {QStringLiteral("consents"), QJsonObject{{QStringLiteral("given"), consentsGiven},
                                                 {QStringLiteral("withdrawn"), consentsWithdrawn},
                                                 {QStringLiteral("lapsed"), consentsLapsed}}},
        {QStringLiteral("cameras"), cameraArray},
    };
}

} // namespace portique::reports
