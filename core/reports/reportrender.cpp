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

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::reports", text);
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percentText(const std::optional<double> &value)
{
    return value ? tr("%1 %").arg(number(*value, 1)) : tr("—");
}

QString msText(const std::optional<qint64> &value)
{
    if (!value)
        return tr("—");
    return *value >= 1000 ? tr("%1 s").arg(number(double(*value) / 1000.0, 2)) : tr("%1 ms").arg(*value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("HH:mm")) : tr("—");
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
        paintBarChart(painter, rect, mm, latencyBucketLabels(), {{tr("Passages"), chartBrushes().constFirst(), histogram}});
    });
}

void paintDaily(ReportCanvas &canvas, const DailyReport &report)
{
    QString subtitle = tr("%1 · report made on %2").arg(report.schoolName, QLocale().toString(report.generatedAt.toLocalTime(),
                                                                                           QStringLiteral("d MMMM yyyy, HH:mm")));
    if (report.partial)
        subtitle += tr(" · the day is not over: figures so far");
    canvas.title(tr("Daily report — %1").arg(dayText(report.day)), subtitle);
    canvas.keyFigures({{tr("Passages"), QString::number(report.passages)},
                       {outcomeLabel(QStringLiteral("granted")), QString::number(count(report.outcomes, QStringLiteral("granted")))},
                       {outcomeLabel(QStringLiteral("refused")), QString::number(count(report.outcomes, QStringLiteral("refused")))},
                       {outcomeLabel(QStringLiteral("check_by_hand")), QString::number(count(report.outcomes, QStringLiteral("check_by_hand")))},
                       {tr("Overrides"), QString::number(report.overrides)},
                       {tr("Median decision time"), msText(report.latencyMedianMs)},
                       {tr("95th percentile decision time"), msText(report.latencyP95Ms)},
                       {tr("Visitors (overstays)"), tr("%1 (%2)").arg(report.visitors.size()).arg(report.overstays)},
                       {tr("Alerts (still open)"), tr("%1 (%2)").arg(report.alerts.size()).arg(report.alertsOpen)}});

    canvas.section(tr("Passages per quarter hour"));
    if (report.quarters.empty()) {
        canvas.paragraph(tr("No passage on this day."), true);
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
    canvas.section(tr("Decision time (from the badge to the decision)"));
    latencyChart(canvas, report.latencyHistogram);

    canvas.section(tr("Lanes and methods"));
    QList<QStringList> laneRows;
    for (const auto &[lane, passages] : report.perLane)
        laneRows << QStringList{lane, QString::number(passages), percentText(percent(passages, report.passages))};
    canvas.table({tr("Lane"), tr("Passages"), tr("Share")}, laneRows, {0.5, 0.25, 0.25});
    canvas.table({tr("Method"), tr("Passages"), tr("Share")}, countRows(report.methods, methodClassLabel), {0.5, 0.25, 0.25});
    QList<QStringList> outcomeRows;
    for (const QString &outcome : {QStringLiteral("granted"), QStringLiteral("refused"), QStringLiteral("check_by_hand")})
        outcomeRows << QStringList{outcomeLabel(outcome), QString::number(count(report.outcomes, outcome)),
                                   QString::number(count(report.finalOutcomes, outcome))};
    canvas.table({tr("Outcome"), tr("Decided by the lane"), tr("After the agents' overrides")}, outcomeRows, {0.5, 0.25, 0.25});

    canvas.section(tr("Overrides and refusals"));
    if (report.overrides == 0)
        canvas.paragraph(tr("No decision was overridden."), true);
    else
        canvas.table({tr("Override reason"), tr("Count"), tr("Share")}, countRows(report.overridesByReason, overrideLabel), {0.5, 0.25, 0.25});
    if (report.refusalReasons.empty())
        canvas.paragraph(tr("No credential was refused."), true);
    else
        canvas.table({tr("Refusal reason"), tr("Count"), tr("Share")}, countRows(report.refusalReasons, refusalLabel), {0.5, 0.25, 0.25});

    canvas.section(tr("Visitors"));
    if (report.visitors.empty()) {
        canvas.paragraph(tr("No visitor on this day."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::VisitorRow &visitor : report.visitors) {
            const QString out = !visitor.departedAt.isValid() ? tr("on site")
                                : visitor.departure == u"automatic" ? tr("%1 (end of day)").arg(timeText(visitor.departedAt))
                                                                     : timeText(visitor.departedAt);
            rows << QStringList{visitor.name, visitor.organisation, visitor.host, timeText(visitor.arrivedAt), timeText(visitor.expectedDeparture),
                                out, visitor.overstayed ? tr("yes") : tr("no")};
        }
        canvas.table({tr("Visitor"), tr("Organisation"), tr("Visiting"), tr("In"), tr("Expected out"), tr("Out"), tr("Overstay")}, rows,
                     {0.2, 0.18, 0.18, 0.09, 0.11, 0.14, 0.10});
    }

    canvas.section(tr("Alerts and how they were handled"));
    if (report.alerts.empty()) {
        canvas.paragraph(tr("No alert on this day."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::AlertRow &alert : report.alerts) {
            const QString details = alert.kind == u"invalid_credential" || alert.kind == u"invalid_pass" ? refusalLabel(alert.details)
                                    : alert.kind == u"overstay" ? tr("expected out at %1").arg(timeText(QDateTime::fromString(alert.details, Qt::ISODateWithMs)))
                                                                 : alert.details;
            const QString handled = alert.acknowledgedAt.isValid()
                                        ? tr("%1 at %2: %3").arg(alert.acknowledgedBy, timeText(alert.acknowledgedAt), alert.note)
                                        : tr("NOT ACKNOWLEDGED");
            rows << QStringList{timeText(alert.at), privacy::alertKindLabel(alert.kind), alert.where, details, handled};
        }
        canvas.table({tr("Time"), tr("Alert"), tr("Where"), tr("Details"), tr("Handled")}, rows, {0.08, 0.17, 0.13, 0.22, 0.40});
    }

    canvas.section(tr("Camera availability"));
    if (report.cameras.empty()) {
        canvas.paragraph(tr("No camera is configured."), true);
    } else {
        QList<QStringList> rows;
        for (const DailyReport::CameraRow &camera : report.cameras)
            rows << QStringList{camera.camera, QString::number(camera.outages), number(camera.minutesLost, 1)};
        canvas.table({tr("Camera"), tr("Outages"), tr("Minutes lost")}, rows, {0.5, 0.25, 0.25});
    }
}

void paintExperiment(ReportCanvas &canvas, const ExperimentReport &report)
{
    const ExperimentDefinition &definition = report.definition;
    canvas.title(tr("Experiment evaluation — %1").arg(definition.name),
                 tr("From %1 to %2 · lanes: %3 · population: %4 · report made on %5")
                     .arg(dayText(definition.start), dayText(definition.end),
                          definition.lanes.isEmpty() ? tr("all") : definition.lanes.join(QStringLiteral(", ")),
                          definition.population.isEmpty() ? tr("not stated") : definition.population,
                          QLocale().toString(report.generatedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"))));

    canvas.section(tr("Success criteria"));
    if (report.criteria.empty()) {
        canvas.paragraph(tr("The experiment states no criterion: nothing is judged."), true);
    } else {
        QList<QStringList> rows;
        for (const ExperimentReport::Criterion &criterion : report.criteria) {
            const bool isMs = criterion.id == u"median_entry_ms";
            const bool isRate = criterion.id.endsWith(u"_percent");
            const auto show = [&](double value) {
                return isMs ? msText(qint64(value)) : isRate ? percentText(value) : tr("%1 / min").arg(number(value));
            };
            rows << QStringList{criterionLabel(criterion.id), (criterion.atMost ? tr("at most %1") : tr("at least %1")).arg(show(criterion.target)),
                                criterion.value ? show(*criterion.value) : tr("not measurable"),
                                !criterion.met ? tr("? NOT JUDGED") : *criterion.met ? tr("✓ MET") : tr("✕ NOT MET")};
        }
        canvas.table({tr("Criterion"), tr("Target"), tr("Measured"), tr("Result")}, rows, {0.42, 0.2, 0.18, 0.2});
    }

    canvas.section(tr("Figures"));
    canvas.keyFigures({{tr("Passages (transactions)"), QString::number(report.transactions)},
                       {tr("Days with passages"), QString::number(report.days)},
                       {tr("Face lane passages"), QString::number(report.faceTransactions)},
                       {tr("Badge only share"), percentText(report.badgeOnlyPercent)},
                       {tr("Failure to acquire (FTA)"), percentText(report.ftaPercent)},
                       {tr("False non-match rate (FNMR, estimated)"), percentText(report.fnmrPercent)},
                       {tr("False match rate (FMR, estimated)"), percentText(report.fmrPercent)},
                       {tr("Overridden passages"), percentText(report.overridePercent)},
                       {tr("Median decision time"), msText(report.latencyMedianMs)},
                       {tr("95th percentile decision time"), msText(report.latencyP95Ms)},
                       {tr("Consents given"), QString::number(report.consentsGiven)},
                       {tr("Consents withdrawn"), QString::number(report.consentsWithdrawn)}});
    canvas.table({tr("Estimate"), tr("Counted"), tr("Out of")},
                 {{tr("Failure to acquire: face lane passages left to the agent for want of a usable live face"),
                   QString::number(report.failureToAcquire), QString::number(report.faceTransactions)},
                  {tr("False non-matches: the right person's face not matched (agent override \"right person\")"),
                   QString::number(report.falseNonMatches), QString::number(report.genuineAttempts)},
                  {tr("False matches: face grants the agent overrode as \"wrong match\""), QString::number(report.falseMatches),
                   QString::number(report.faceGrants)}},
                 {0.7, 0.15, 0.15});

    canvas.section(tr("Decision time"));
    latencyChart(canvas, report.latencyHistogram);
    canvas.section(tr("Throughput at peak"));
    QList<QStringList> peakRows;
    for (const auto &[lane, peak] : report.peakPerMinute)
        peakRows << QStringList{lane, tr("%1 passages in one minute").arg(peak)};
    canvas.table({tr("Lane"), tr("Busiest minute")}, peakRows, {0.5, 0.5});
    canvas.section(tr("Methods, overrides and incidents"));
    canvas.table({tr("Method"), tr("Passages"), tr("Share")}, countRows(report.methods, methodClassLabel), {0.5, 0.25, 0.25});
    if (!report.overridesByReason.empty())
        canvas.table({tr("Override reason"), tr("Count"), tr("Share")}, countRows(report.overridesByReason, overrideLabel), {0.5, 0.25, 0.25});
    if (report.incidents.empty())
        canvas.paragraph(tr("No alert in the period."), true);
    else
        canvas.table({tr("Alert"), tr("Count"), tr("Share")}, countRows(report.incidents, privacy::alertKindLabel), {0.5, 0.25, 0.25});

    canvas.section(tr("Limits of these estimates"));
    for (const QString &limit : report.limits)
        canvas.paragraph(QStringLiteral("• ") + limit);
    canvas.paragraph(tr("Terms (ISO/IEC 19795-1): a transaction is one passage; failure to acquire, a passage where no usable sample "
                        "was obtained; false non-match, a genuine comparison declared a non-match; false match, an impostor "
                        "comparison declared a match."),
                     true);
}

template <typename Report>
void writePdf(const QString &path, const Report &report, const QString &title, void (*paint)(ReportCanvas &, const Report &))
{
    access::writePdfFile(path, title, tr("Cannot write the report %1: %2"), [&](QPdfWriter &writer) {
        ReportCanvas canvas(writer, title);
        paint(canvas, report);
        canvas.finish();
    });
}

template <typename Report>
QList<QImage> renderPages(const Report &report, int dpi, const QString &title, void (*paint)(ReportCanvas &, const Report &))
{
    ReportCanvas canvas(dpi, title);
    paint(canvas, report);
    canvas.finish();
    return canvas.images();
}

QString dailyTitle(const DailyReport &report)
{
    return tr("Portique — daily report — %1").arg(report.day.toString(Qt::ISODate));
}

QString experimentTitle(const ExperimentReport &report)
{
    return tr("Portique — experiment evaluation — %1").arg(report.definition.name);
}

} // namespace

QString outcomeLabel(const QString &outcomeId)
{
    if (outcomeId == u"granted")
        return tr("Granted");
    if (outcomeId == u"refused")
        return tr("Refused");
    return tr("Check by hand");
}

QString methodClassLabel(const QString &methodClass)
{
    if (methodClass == u"face_lane")
        return tr("Face lane");
    if (methodClass == u"badge_only")
        return tr("Badge only");
    if (methodClass == u"visitor_pass")
        return tr("Visitor pass");
    if (methodClass == u"typed")
        return tr("Code typed by the agent");
    return tr("Entered by the agent (no badge)");
}

QString criterionLabel(const QString &criterionId)
{
    if (criterionId == u"median_entry_ms")
        return tr("Median decision time");
    if (criterionId == u"fnmr_percent")
        return tr("False non-match rate (estimated)");
    if (criterionId == u"fmr_percent")
        return tr("False match rate (estimated)");
    if (criterionId == u"override_percent")
        return tr("Share of passages overridden");
    if (criterionId == u"fta_percent")
        return tr("Failure-to-acquire rate");
    return tr("Peak throughput of every lane");
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
    writePdf<DailyReport>(path, report, dailyTitle(report), paintDaily);
}

QList<QImage> renderDailyReportPages(const DailyReport &report, int dpi)
{
    return renderPages<DailyReport>(report, dpi, dailyTitle(report), paintDaily);
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
    writePdf<ExperimentReport>(path, report, experimentTitle(report), paintExperiment);
}

QList<QImage> renderExperimentReportPages(const ExperimentReport &report, int dpi)
{
    return renderPages<ExperimentReport>(report, dpi, experimentTitle(report), paintExperiment);
}

} // namespace portique::reports
