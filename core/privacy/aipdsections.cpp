// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
//
// The AIPD's pages, second half: cameras and zones, the experiment and its measured figures,
// necessity, the risks proposed, the decision.
#include "aipdpages.h"

#include "reports/reportcanvas.h"
#include "reports/reportrender.h"

#include <QCoreApplication>
#include <QLocale>

namespace portique::privacy::aipdpages {
namespace {

QString criteriaText(const privacy::ExperimentCriteria &criteria)
{
    QStringList parts;
    const QLocale locale;
    if (criteria.medianEntryMs)
        parts << tr("%1 at most %2 ms").arg(reports::criterionLabel(QStringLiteral("median_entry_ms"))).arg(*criteria.medianEntryMs);
    if (criteria.fnmrPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fnmr_percent")), locale.toString(*criteria.fnmrPercent));
    if (criteria.fmrPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fmr_percent")), locale.toString(*criteria.fmrPercent));
    if (criteria.overridePercent)
        parts << tr("%1 at most %2 %")
                     .arg(reports::criterionLabel(QStringLiteral("override_percent")), locale.toString(*criteria.overridePercent));
    if (criteria.ftaPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fta_percent")), locale.toString(*criteria.ftaPercent));
    if (criteria.peakPerMinute)
        parts << tr("%1 at least %2 per minute")
                     .arg(reports::criterionLabel(QStringLiteral("peak_per_minute")), locale.toString(*criteria.peakPerMinute));
    return parts.isEmpty() ? tr("None stated.") : parts.join(QStringLiteral("; "));
}

QString milliseconds(const std::optional<qint64> &value)
{
    return value ? tr("%1 ms").arg(QLocale().toString(*value)) : tr("not measured");
}

QString rate(const std::optional<double> &value, int numerator, int denominator)
{
    if (!value)
        return tr("not measured (no comparison)");
    return tr("%1 % (%2 of %3)").arg(QLocale().toString(*value, 'f', 1)).arg(numerator).arg(denominator);
}

} // namespace

void paintCamerasAndZones(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    canvas.section(tr("9. Cameras and zones"));
    QList<QStringList> cameras;
    for (const station::CameraConfig &camera : f.cameras)
        cameras << QStringList{camera.name,
                               camera.role == station::CameraConfig::Role::GateLane ? tr("Gate lane")
                               : camera.role == station::CameraConfig::Role::IndoorZone
                                   ? tr("Indoor")
                                   : tr("Visitor desk: a photo only on the agent's key"),
                               camera.zone.isEmpty() ? tr("—") : camera.zone};
    if (cameras.isEmpty())
        canvas.paragraph(tr("No camera is configured: badge only."), true);
    else
        canvas.table({tr("Camera"), tr("Use"), tr("Zone watched")}, cameras, {0.4, 0.3, 0.3});
    canvas.paragraph(aipdGateCameraStatement(f));
    if (f.indoorCameras() > 0)
        canvas.paragraph(tr("Indoor cameras: every face in view is compared with the visitors on site who consented to tracking "
                            "(%1 visitor templates held now); a face that matches none is dropped at once; a match at a distance "
                            "of %2 or less is recorded as a sighting.")
                             .arg(number(f.visitorTemplates))
                             .arg(QLocale().toString(f.visitorMatchThresholdMilli / 1000.0, 'f', 3)));
    QList<QStringList> zones;
    for (const visitors::Zone &zone : f.zones.zones)
        zones << QStringList{zone.name, zone.restricted ? tr("Restricted: a visitor seen there raises an alert") : tr("Open to visitors")};
    if (!zones.isEmpty())
        canvas.table({tr("Zone"), tr("Rule")}, zones, {0.4, 0.6});
}

void paintExperiment(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    const QLocale locale;
    canvas.section(tr("10. Experiment and measured figures"));
    if (!f.experiment) {
        canvas.paragraph(tr("No experiment is declared (portiquectl experiment set): the face lane is off on every lane and the "
                            "station has no measured figure to cite."),
                         true);
    } else {
        const privacy::ExperimentDefinition &e = *f.experiment;
        canvas.table({tr("Item"), tr("Declared")},
                     {{tr("Name"), e.name},
                      {tr("From"), locale.toString(e.start, QLocale::LongFormat)},
                      {tr("To"), locale.toString(e.end, QLocale::LongFormat)},
                      {tr("Lanes"), e.lanes.isEmpty() ? tr("Every lane") : e.lanes.join(QStringLiteral(", "))},
                      {tr("Population"), e.population},
                      {tr("Success criteria"), criteriaText(e.criteria)}},
                     {0.3, 0.7});
    }
    if (f.measured) {
        const AipdMeasuredFigures &m = *f.measured;
        canvas.paragraph(QCoreApplication::translate("portique::privacy",
                                                     "Measured by the station in the experiment's period and lanes (experiment "
                                                     "report, %n day(s) with passages), from the badge or code to the decision:",
                                                     nullptr, m.days));
        canvas.table({tr("Entry"), tr("Passages"), tr("Median"), tr("95th percentile")},
                     {{tr("Badge alone (people off the face lane)"), number(m.badgeOnlyEntry.passages),
                       milliseconds(m.badgeOnlyEntry.medianMs), milliseconds(m.badgeOnlyEntry.p95Ms)},
                      {tr("Face lane"), number(m.faceLaneEntry.passages), milliseconds(m.faceLaneEntry.medianMs),
                       milliseconds(m.faceLaneEntry.p95Ms)}},
                     {0.4, 0.2, 0.2, 0.2});
        canvas.table(
            {tr("Error rate (ISO/IEC 19795, from the agents' overrides)"), tr("Measured")},
            {{tr("False non-match rate (FNMR): the right person not matched"), rate(m.fnmrPercent, m.falseNonMatches, m.genuineAttempts)},
             {tr("False match rate (FMR): a face grant overridden as a wrong match"), rate(m.fmrPercent, m.falseMatches, m.faceGrants)}},
            {0.6, 0.4});
    }
    toComplete(canvas,
               tr("How the experiment's end is decided, who evaluates it, and what happens to the face lane if the criteria are "
                  "not met."),
               3);
}

void paintNecessity(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    canvas.section(tr("11. Necessity and proportionality"));
    QString faster;
    if (f.measured && f.measured->badgeOnlyEntry.medianMs && f.measured->faceLaneEntry.medianMs) {
        const qint64 badge = *f.measured->badgeOnlyEntry.medianMs;
        const qint64 face = *f.measured->faceLaneEntry.medianMs;
        faster = face < badge ? tr(" Measured: the face lane's median entry is %1 ms shorter than the badge alone's.")
                                    .arg(QLocale().toString(badge - face))
                              : tr(" Measured: the face lane's median entry is not shorter than the badge alone's (%1 ms against "
                                   "%2 ms).")
                                    .arg(QLocale().toString(face), QLocale().toString(badge));
    } else {
        faster = tr(" Whether the face lane is faster than the badge alone is not measured yet.");
    }
    canvas.paragraph(tr("Facts the station can state: the badge lane is the default and needs no consent; the face lane is one-to-one "
                        "only; people without consent are not singled out; a consent is withdrawn at the desk at once, without a "
                        "trace at the lane. On the day above, %1 of %2 people with a valid badge use the face lane.")
                         .arg(number(f.typeOne + f.typeTwo))
                         .arg(number(f.typeOne + f.typeTwo + f.badgeOnly))
                     + faster);
    toComplete(canvas,
               tr("Why badge control with human supervision is not enough on its own; alternatives considered; how consent "
                  "stays free for students under the school's authority (CNIL, 29 October 2019; TA Marseille, 27 February "
                  "2020)."),
               5);
}

void paintRisks(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    // The risks are the assessment's heart and fill a page: they start on their own, never with
    // the heading and its note stranded at the foot of the page before.
    canvas.pageBreak();
    canvas.section(tr("12. Risks"));
    canvas.paragraph(tr("Levels proposed from the facts on the CNIL's scale (1 negligible, 2 limited, 3 significant, 4 maximum); "
                        "the DPO confirms or changes each one."),
                     true);
    QList<QStringList> rows;
    for (const AipdRisk &risk : assessAipdRisks(f))
        rows << QStringList{risk.title, risk.measures,
                            tr("Severity: %1 %2\nLikelihood: %3 %4")
                                .arg(risk.severity)
                                .arg(aipdLevelLabel(risk.severity))
                                .arg(risk.likelihood)
                                .arg(aipdLevelLabel(risk.likelihood)),
                            risk.reason};
    canvas.table({tr("Risk"), tr("Measures in place"), tr("Levels proposed"), tr("Why")}, rows, {0.18, 0.25, 0.17, 0.4});
    for (const QString &finding : reports::padFindings(f.padMeasurement, f.faceWindowMs))
        canvas.paragraph(finding);
    canvas.paragraph(tr("Residual risk: screen replay, cut-out-eyes photos and masks are not detected; a person without a blink in "
                        "time is always checked by hand."));
    toComplete(canvas, tr("Residual risks and the action plan."), 4);
}

void paintDecision(reports::ReportCanvas &canvas)
{
    canvas.section(tr("13. Opinions and decision"));
    toComplete(canvas,
               tr("Consultation of students, parents and staff (conseil d'administration, CVL); the DPO's opinion; the "
                  "controller's decision, date and signature."),
               6);
}

} // namespace portique::privacy::aipdpages
