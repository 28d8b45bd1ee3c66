// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "reportrender.h"

#include "access/credentialstore.h"
#include "access/decision.h"
#include "access/eventstore.h"
#include "access/printlayout.h"
#include "privacy/alertstore.h"
#include "reportcanvas.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

namespace portique::reports {
namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percentText(const std::optional<double> &value)
{
    return value ? QCoreApplication::translate("portique::reports", "%1 %").arg(number(*value, 1))
                 : QCoreApplication::translate("portique::reports", "—");
}

QString msText(const std::optional<qint64> &value)
{
    if (!value)
        return QCoreApplication::translate("portique::reports", "—");
    return *value >= 1000 ? QCoreApplication::translate("portique::reports", "%1 s").arg(number(double(*value) / 1000.0, 2))
                          : QCoreApplication::translate("portique::reports", "%1 ms").arg(*value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("HH:mm"))
                          : QCoreApplication::translate("portique::reports", "—");
}

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

int count(const std::map<QString, int> &counts, const QString &key)
{
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
}

/// Rows "label | count | share" of @p counts, labelled by @p label, largest first.
QList<QStringList> countRows(const std::map<QString, int> &counts, const std::function<QString(const QString &)> &label)
{
    std::vector<std::pair<QString, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    int total = 0;
    for (const auto &[key, value] : sorted)
        total += value;
    QList<QStringList> rows;
    for (const auto &[key, value] : sorted)
        rows << QStringList{label(key), QString::number(value), percentText(percent(value, total))};
    return rows;
}

QString refusalLabel(const QString &reason)
{
    if (const std::optional<access::Verdict> verdict = access::verdictFromId(reason))
        return access::verdictReason(*verdict);
    return access::reasonText(reason);
}

QString overrideLabel(const QString &reason)
{
    const std::optional<access::OverrideReason> known = access::overrideReasonFromId(reason);
    return known ? access::overrideReasonLabel(*known) : reason;
}

void latencyChart(ReportCanvas &canvas, const std::vector<int> &histogram)
{
    canvas.drawing(45, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
        paintBarChart(painter, rect, mm, latencyBucketLabels(),
                      {{QCoreApplication::translate("portique::reports", "Passages"), chartBrushes().constFirst(), histogram}});
    });
}

void paintDaily(ReportCanvas &canvas, const DailyReport &report)
{
    QString subtitle =
        QCoreApplication::translate("portique::reports", "%1 · report made on %2")
            .arg(report.schoolName, QLocale().toString(report.generatedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm")));
    if (report.partial)
        subtitle += QCoreApplication::translate("portique::reports", " · the day is not over: figures so far");
    canvas.title(QCoreApplication::translate("portique::reports", "Daily report — %1").arg(dayText(report.day)), subtitle);
    canvas.keyFigures(
        {{QCoreApplication::translate("portique::reports", "Passages"), QString::number(report.passages)},
         {outcomeLabel(QStringLiteral("granted")), QString::number(count(report.outcomes, QStringLiteral("granted")))},
         {outcomeLabel(QStringLiteral("refused")), QString::number(count(report.outcomes, QStringLiteral("refused")))},
         {outcomeLabel(QStringLiteral("check_by_hand")), QString::number(count(report.outcomes, QStringLiteral("check_by_hand")))},
         {QCoreApplication::translate("portique::reports", "Overrides"), QString::number(report.overrides)},
         {QCoreApplication::translate("portique::reports", "Median decision time"), msText(report.latencyMedianMs)},
         {QCoreApplication::translate("portique::reports", "95th percentile decision time"), msText(report.latencyP95Ms)},
         {QCoreApplication::translate("portique::reports", "Visitors (overstays)"),
          QCoreApplication::translate("portique::reports", "%1 (%2)").arg(report.visitors.size()).arg(report.overstays)},
         {QCoreApplication::translate("portique::reports", "Alerts (still open)"),
          QCoreApplication::translate("portique::reports", "%1 (%2)").arg(report.alerts.size()).arg(report.alertsOpen)},
         {QCoreApplication::translate("portique::reports", "Face-lane consents given / withdrawn / lapsed"),
          QCoreApplication::translate("portique::reports", "%1 / %2 / %3")
              .arg(report.consentsGiven)
              .arg(report.consentsWithdrawn)
              .arg(report.consentsLapsed)}});

    canvas.section(QCoreApplication::translate("portique::reports", "Passages per quarter hour"));
    if (report.quarters.empty()) {
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No passage on this day."), true);
    } else {
        QStringList labels;
        std::vector<int> granted;
        std::vector<int> refused;
        std::vector<int> checks;
        for (const DailyReport::Quarter &quarter : report.quarters) {
            labels << quarter.start.toString(QStringLiteral("HH:mm"));
            granted.push_back(quarter.granted);
            refused.push_back(quarter.refused);
            checks.push_back(quarter.checkByHand);
        }
        const QList<QBrush> brushes = chartBrushes();
        const int every = std::max(1, int(labels.size()) / 12);
        canvas.drawing(62, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
            paintBarChart(painter, rect, mm, labels,
                          {{outcomeLabel(QStringLiteral("granted")), brushes[0], granted},
                           {outcomeLabel(QStringLiteral("refused")), brushes[1], refused},
                           {outcomeLabel(QStringLiteral("check_by_hand")), brushes[2], checks}},
                          every);
        });
    }
    canvas.section(QCoreApplication::translate("portique::reports", "Decision time (from the badge to the decision)"));
    latencyChart(canvas, report.latencyHistogram);

    canvas.section(QCoreApplication::translate("portique::reports", "Lanes and methods"));
    QList<QStringList> laneRows;
    for (const auto &[lane, passages] : report.perLane)
        laneRows << QStringList{lane, QString::number(passages), percentText(percent(passages, report.passages))};
    canvas.table({QCoreApplication::translate("portique::reports", "Lane"), QCoreApplication::translate("portique::reports", "Passages"),
                  QCoreApplication::translate("portique::reports", "Share")},
                 laneRows, {0.5, 0.25, 0.25});
    canvas.table({QCoreApplication::translate("portique::reports", "Method"), QCoreApplication::translate("portique::reports", "Passages"),
                  QCoreApplication::translate("portique::reports", "Share")},
                 countRows(report.methods, methodClassLabel), {0.5, 0.25, 0.25});
    QList<QStringList> outcomeRows;
    for (const QString &outcome : {QStringLiteral("granted"), QStringLiteral("refused"), QStringLiteral("check_by_hand")})
        outcomeRows << QStringList{outcomeLabel(outcome), QString::number(count(report.outcomes, outcome)),
                                   QString::number(count(report.finalOutcomes, outcome))};
    canvas.table({QCoreApplication::translate("portique::reports", "Outcome"),
                  QCoreApplication::translate("portique::reports", "Decided by the lane"),
                  QCoreApplication::translate("portique::reports", "After the agents' overrides")},
                 outcomeRows, {0.5, 0.25, 0.25});

    canvas.section(QCoreApplication::translate("portique::reports", "Overrides and refusals"));
    if (report.overrides == 0)
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No decision was overridden."), true);
    else
        canvas.table({QCoreApplication::translate("portique::reports", "Override reason"),
                      QCoreApplication::translate("portique::reports", "Count"), QCoreApplication::translate("portique::reports", "Share")},
                     countRows(report.overridesByReason, overrideLabel), {0.5, 0.25, 0.25});
    if (report.refusalReasons.empty())
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No credential was refused."), true);
    else
        canvas.table({QCoreApplication::translate("portique::reports", "Refusal reason"),
                      QCoreApplication::translate("portique::reports", "Count"), QCoreApplication::translate("portique::reports", "Share")},
                     countRows(report.refusalReasons, refusalLabel), {0.5, 0.25, 0.25});

    canvas.section(QCoreApplication::translate("portique::reports", "Visitors"));
    if (report.visitors.empty()) {
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No visitor on this day."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::VisitorRow &visitor : report.visitors) {
            const QString out = !visitor.departedAt.isValid() ? QCoreApplication::translate("portique::reports", "on site")
                                : visitor.departure == u"automatic"
                                    ? QCoreApplication::translate("portique::reports", "%1 (end of day)").arg(timeText(visitor.departedAt))
                                    : timeText(visitor.departedAt);
            rows << QStringList{visitor.name,
                                visitor.organisation,
                                visitor.host,
                                timeText(visitor.arrivedAt),
                                timeText(visitor.expectedDeparture),
                                out,
                                visitor.overstayed ? QCoreApplication::translate("portique::reports", "yes")
                                                   : QCoreApplication::translate("portique::reports", "no")};
        }
        canvas.table(
            {QCoreApplication::translate("portique::reports", "Visitor"), QCoreApplication::translate("portique::reports", "Organisation"),
             QCoreApplication::translate("portique::reports", "Visiting"), QCoreApplication::translate("portique::reports", "In"),
             QCoreApplication::translate("portique::reports", "Expected out"), QCoreApplication::translate("portique::reports", "Out"),
             QCoreApplication::translate("portique::reports", "Overstay")},
            rows, {0.2, 0.18, 0.18, 0.09, 0.11, 0.14, 0.10});
    }

    canvas.section(QCoreApplication::translate("portique::reports", "Alerts and how they were handled"));
    if (report.alerts.empty()) {
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No alert on this day."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::AlertRow &alert : report.alerts) {
            const QString details = alert.kind == u"invalid_credential" || alert.kind == u"invalid_pass" || alert.kind == u"passback"
                                        ? refusalLabel(alert.details)
                                    : alert.kind == u"overstay"
                                        ? QCoreApplication::translate("portique::reports", "expected out at %1")
                                              .arg(timeText(QDateTime::fromString(alert.details, Qt::ISODateWithMs)))
                                        : alert.details;
            const QString handled = alert.acknowledgedAt.isValid()
                                        ? QCoreApplication::translate("portique::reports", "%1 at %2: %3")
                                              .arg(alert.acknowledgedBy, timeText(alert.acknowledgedAt), alert.note)
                                        : QCoreApplication::translate("portique::reports", "NOT ACKNOWLEDGED");
            rows << QStringList{timeText(alert.at), privacy::alertKindLabel(alert.kind), alert.where, details, handled};
        }
        canvas.table({QCoreApplication::translate("portique::reports", "Time"), QCoreApplication::translate("portique::reports", "Alert"),
                      QCoreApplication::translate("portique::reports", "Where"),
                      QCoreApplication::translate("portique::reports", "Details"),
                      QCoreApplication::translate("portique::reports", "Handled")},
                     rows, {0.08, 0.17, 0.13, 0.22, 0.40});
    }

    canvas.section(QCoreApplication::translate("portique::reports", "Camera availability"));
    if (report.cameras.empty()) {
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No camera is configured."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::CameraRow &camera : report.cameras)
            rows << QStringList{camera.camera, QString::number(camera.outages), number(camera.minutesLost, 1)};
        canvas.table({QCoreApplication::translate("portique::reports", "Camera"),
                      QCoreApplication::translate("portique::reports", "Outages"),
                      QCoreApplication::translate("portique::reports", "Minutes lost")},
                     rows, {0.5, 0.25, 0.25});
    }
}

// What the entry times say about the court's question, in one sentence: a face lane that is not
// faster than the badge alone does not show it is necessary.
QString necessityFinding(const ExperimentReport &report)
{
    const auto &badge = report.badgeOnlyEntry;
    const auto &face = report.faceLaneEntry;
    if (!badge.medianMs || !face.medianMs)
        return QCoreApplication::translate("portique::reports",
                                           "Not enough passages of both kinds to compare: the necessity of the face lane is not shown.");
    if (*face.medianMs < *badge.medianMs)
        return QCoreApplication::translate("portique::reports", "The face lane's median entry is %1 faster than the badge alone's.")
            .arg(msText(*badge.medianMs - *face.medianMs));
    return QCoreApplication::translate("portique::reports",
                                       "The face lane's median entry is not faster than the badge alone's (%1 slower or equal): "
                                       "the badge under human supervision is enough for entry speed.")
        .arg(msText(*face.medianMs - *badge.medianMs));
}

void paintExperiment(ReportCanvas &canvas, const ExperimentReport &report)
{
    const privacy::ExperimentDefinition &definition = report.definition;
    canvas.title(
        QCoreApplication::translate("portique::reports", "Experiment evaluation — %1").arg(definition.name),
        QCoreApplication::translate("portique::reports", "From %1 to %2 · lanes: %3 · population: %4 · report made on %5")
            .arg(dayText(definition.start), dayText(definition.end),
                 definition.lanes.isEmpty() ? QCoreApplication::translate("portique::reports", "all")
                                            : definition.lanes.join(QStringLiteral(", ")),
                 definition.population.isEmpty() ? QCoreApplication::translate("portique::reports", "not stated") : definition.population,
                 QLocale().toString(report.generatedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"))));

    canvas.section(QCoreApplication::translate("portique::reports", "Success criteria"));
    if (report.criteria.empty()) {
        canvas.paragraph(QCoreApplication::translate("portique::reports", "The experiment states no criterion: nothing is judged."), true);
    } else {
        QList<QStringList> rows;
        for (const ExperimentReport::Criterion &criterion : report.criteria) {
            const bool isMs = criterion.id == u"median_entry_ms";
            const bool isRate = criterion.id.endsWith(u"_percent");
            const auto show = [&](double value) {
                return isMs     ? msText(qint64(value))
                       : isRate ? percentText(value)
                                : QCoreApplication::translate("portique::reports", "%1 / min").arg(number(value));
            };
            rows << QStringList{criterionLabel(criterion.id),
                                (criterion.atMost ? QCoreApplication::translate("portique::reports", "at most %1")
                                                  : QCoreApplication::translate("portique::reports", "at least %1"))
                                    .arg(show(criterion.target)),
                                criterion.value ? show(*criterion.value)
                                                : QCoreApplication::translate("portique::reports", "not measurable"),
                                !criterion.met   ? QCoreApplication::translate("portique::reports", "? NOT JUDGED")
                                : *criterion.met ? QCoreApplication::translate("portique::reports", "✓ MET")
                                                 : QCoreApplication::translate("portique::reports", "✕ NOT MET")};
        }
        canvas.table(
            {QCoreApplication::translate("portique::reports", "Criterion"), QCoreApplication::translate("portique::reports", "Target"),
             QCoreApplication::translate("portique::reports", "Measured"), QCoreApplication::translate("portique::reports", "Result")},
            rows, {0.42, 0.2, 0.18, 0.2});
    }

    canvas.section(QCoreApplication::translate("portique::reports", "Figures"));
    canvas.keyFigures(
        {{QCoreApplication::translate("portique::reports", "Passages (transactions)"), QString::number(report.transactions)},
         {QCoreApplication::translate("portique::reports", "Days with passages"), QString::number(report.days)},
         {QCoreApplication::translate("portique::reports", "Face lane passages"), QString::number(report.faceTransactions)},
         {QCoreApplication::translate("portique::reports", "Badge only share"), percentText(report.badgeOnlyPercent)},
         {QCoreApplication::translate("portique::reports", "Failure to acquire (FTA)"), percentText(report.ftaPercent)},
         {QCoreApplication::translate("portique::reports", "False non-match rate (FNMR, estimated)"), percentText(report.fnmrPercent)},
         {QCoreApplication::translate("portique::reports", "False match rate (FMR, estimated)"), percentText(report.fmrPercent)},
         {QCoreApplication::translate("portique::reports", "Overridden passages"), percentText(report.overridePercent)},
         {QCoreApplication::translate("portique::reports", "Median decision time"), msText(report.latencyMedianMs)},
         {QCoreApplication::translate("portique::reports", "95th percentile decision time"), msText(report.latencyP95Ms)},
         {QCoreApplication::translate("portique::reports", "Consents given"), QString::number(report.consentsGiven)},
         {QCoreApplication::translate("portique::reports", "Consents withdrawn"), QString::number(report.consentsWithdrawn)},
         {QCoreApplication::translate("portique::reports", "Consents lapsed"), QString::number(report.consentsLapsed)}});
    canvas.table({QCoreApplication::translate("portique::reports", "Estimate"), QCoreApplication::translate("portique::reports", "Counted"),
                  QCoreApplication::translate("portique::reports", "Out of")},
                 {{QCoreApplication::translate("portique::reports",
                                               "Failure to acquire: face lane passages left to the agent for want of a usable live face"),
                   QString::number(report.failureToAcquire), QString::number(report.faceTransactions)},
                  {QCoreApplication::translate("portique::reports",
                                               "False non-matches: the right person's face not matched (agent override \"right person\")"),
                   QString::number(report.falseNonMatches), QString::number(report.genuineAttempts)},
                  {QCoreApplication::translate("portique::reports", "False matches: face grants the agent overrode as \"wrong match\""),
                   QString::number(report.falseMatches), QString::number(report.faceGrants)}},
                 {0.7, 0.15, 0.15});

    canvas.section(QCoreApplication::translate("portique::reports", "Necessity: badge only against the face lane"));
    canvas.table(
        {QCoreApplication::translate("portique::reports", "Passages"), QCoreApplication::translate("portique::reports", "Count"),
         QCoreApplication::translate("portique::reports", "Median"), QCoreApplication::translate("portique::reports", "95th percentile")},
        {{QCoreApplication::translate("portique::reports", "Badge only (QR code or badge, human supervision)"),
          QString::number(report.badgeOnlyEntry.passages), msText(report.badgeOnlyEntry.medianMs), msText(report.badgeOnlyEntry.p95Ms)},
         {QCoreApplication::translate("portique::reports", "Face lane (badge, then face comparison)"),
          QString::number(report.faceLaneEntry.passages), msText(report.faceLaneEntry.medianMs), msText(report.faceLaneEntry.p95Ms)}},
        {0.52, 0.12, 0.18, 0.18});
    canvas.paragraph(necessityFinding(report), true);

    canvas.section(QCoreApplication::translate("portique::reports", "Decision time"));
    latencyChart(canvas, report.latencyHistogram);
    canvas.section(QCoreApplication::translate("portique::reports", "Throughput at peak"));
    QList<QStringList> peakRows;
    for (const auto &[lane, peak] : report.peakPerMinute)
        peakRows << QStringList{lane, QCoreApplication::translate("portique::reports", "%1 passages in one minute").arg(peak)};
    canvas.table(
        {QCoreApplication::translate("portique::reports", "Lane"), QCoreApplication::translate("portique::reports", "Busiest minute")},
        peakRows, {0.5, 0.5});
    canvas.section(QCoreApplication::translate("portique::reports", "Methods, overrides and incidents"));
    canvas.table({QCoreApplication::translate("portique::reports", "Method"), QCoreApplication::translate("portique::reports", "Passages"),
                  QCoreApplication::translate("portique::reports", "Share")},
                 countRows(report.methods, methodClassLabel), {0.5, 0.25, 0.25});
    if (!report.overridesByReason.empty())
        canvas.table({QCoreApplication::translate("portique::reports", "Override reason"),
                      QCoreApplication::translate("portique::reports", "Count"), QCoreApplication::translate("portique::reports", "Share")},
                     countRows(report.overridesByReason, overrideLabel), {0.5, 0.25, 0.25});
    if (report.incidents.empty())
        canvas.paragraph(QCoreApplication::translate("portique::reports", "No alert in the period."), true);
    else
        canvas.table({QCoreApplication::translate("portique::reports", "Alert"), QCoreApplication::translate("portique::reports", "Count"),
                      QCoreApplication::translate("portique::reports", "Share")},
                     countRows(report.incidents, privacy::alertKindLabel), {0.5, 0.25, 0.25});

    canvas.section(QCoreApplication::translate("portique::reports", "Presentation attacks"));
    for (const QString &finding : report.presentationAttackFindings)
        canvas.paragraph(finding);

    canvas.section(QCoreApplication::translate("portique::reports", "Limits of these estimates"));
    for (const QString &limit : report.limits)
        canvas.paragraph(QStringLiteral("• ") + limit);
    canvas.paragraph(QCoreApplication::translate(
                         "portique::reports",
                         "Terms (ISO/IEC 19795-1): a transaction is one passage; failure to acquire, a passage where no usable sample "
                         "was obtained; false non-match, a genuine comparison declared a non-match; false match, an impostor "
                         "comparison declared a match."),
                     true);
}

QString dailyTitle(const DailyReport &report)
{
    return QCoreApplication::translate("portique::reports", "Portique — daily report — %1").arg(report.day.toString(Qt::ISODate));
}

QString experimentTitle(const ExperimentReport &report)
{
    return QCoreApplication::translate("portique::reports", "Portique — experiment evaluation — %1").arg(report.definition.name);
}

} // namespace

QString outcomeLabel(const QString &outcomeId)
{
    if (outcomeId == u"granted")
        return QCoreApplication::translate("portique::reports", "Granted");
    if (outcomeId == u"refused")
        return QCoreApplication::translate("portique::reports", "Refused");
    return QCoreApplication::translate("portique::reports", "Check by hand");
}

QString methodClassLabel(const QString &methodClass)
{
    if (methodClass == u"face_lane")
        return QCoreApplication::translate("portique::reports", "Face lane");
    if (methodClass == u"badge_only")
        return QCoreApplication::translate("portique::reports", "Badge only");
    if (methodClass == u"visitor_pass")
        return QCoreApplication::translate("portique::reports", "Visitor pass");
    if (methodClass == u"typed")
        return QCoreApplication::translate("portique::reports", "Code typed by the agent");
    return QCoreApplication::translate("portique::reports", "Entered by the agent (no badge)");
}

QString criterionLabel(const QString &criterionId)
{
    if (criterionId == u"median_entry_ms")
        return QCoreApplication::translate("portique::reports", "Median decision time");
    if (criterionId == u"fnmr_percent")
        return QCoreApplication::translate("portique::reports", "False non-match rate (estimated)");
    if (criterionId == u"fmr_percent")
        return QCoreApplication::translate("portique::reports", "False match rate (estimated)");
    if (criterionId == u"override_percent")
        return QCoreApplication::translate("portique::reports", "Share of passages overridden");
    if (criterionId == u"fta_percent")
        return QCoreApplication::translate("portique::reports", "Failure-to-acquire rate");
    return QCoreApplication::translate("portique::reports", "Peak throughput of every lane");
}

int paintDailyReport(QPagedPaintDevice &device, const DailyReport &report)
{
    ReportCanvas canvas(device, dailyTitle(report));
    paintDaily(canvas, report);
    canvas.finish();
    return canvas.pageCount();
}

void writeDailyReportPdf(const QString &path, const DailyReport &report)
{
    writeCanvasPdf(path, dailyTitle(report), QCoreApplication::translate("portique::reports", "Cannot write the report %1: %2"),
                   [&](ReportCanvas &canvas) { paintDaily(canvas, report); });
}

QStringList dailyReportSubjects(const DailyReport &report)
{
    // Visitors are listed by name; passages and alerts are counted, never named.
    QStringList ids;
    for (const DailyReport::VisitorRow &visitor : report.visitors)
        ids.append(visitor.id);
    return ids;
}

QList<QImage> renderDailyReportPages(const DailyReport &report, int dpi)
{
    return renderCanvasPages(dpi, dailyTitle(report), [&](ReportCanvas &canvas) { paintDaily(canvas, report); });
}

int paintExperimentReport(QPagedPaintDevice &device, const ExperimentReport &report)
{
    ReportCanvas canvas(device, experimentTitle(report));
    paintExperiment(canvas, report);
    canvas.finish();
    return canvas.pageCount();
}

void writeExperimentReportPdf(const QString &path, const ExperimentReport &report)
{
    writeCanvasPdf(path, experimentTitle(report), QCoreApplication::translate("portique::reports", "Cannot write the report %1: %2"),
                   [&](ReportCanvas &canvas) { paintExperiment(canvas, report); });
}

QList<QImage> renderExperimentReportPages(const ExperimentReport &report, int dpi)
{
    return renderCanvasPages(dpi, experimentTitle(report), [&](ReportCanvas &canvas) { paintExperiment(canvas, report); });
}

} // namespace portique::reports
