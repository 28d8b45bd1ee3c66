// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "dailyreport.h"
#include "experiment.h"

#include <QImage>
#include <QList>
#include <QStringList>

class QPagedPaintDevice;

namespace portique::reports {

/// @brief The daily report on A4 pages (key figures, passages per quarter hour, decision time,
/// tables of lanes, methods, overrides, refusals, visitors, alerts, cameras), dates and numbers in
/// the interface language. Any thread (PDF and pages are drawn on a worker, never the GUI thread).
int paintDailyReport(QPagedPaintDevice &device, const DailyReport &report);
void writeDailyReportPdf(const QString &path, const DailyReport &report);
/// @brief Whom a daily report names (its visitors), for the output log (privacy/outputlog.h).
QStringList dailyReportSubjects(const DailyReport &report);
QList<QImage> renderDailyReportPages(const DailyReport &report, int dpi = 96);

/// @brief The experiment evaluation: criteria met or not with their figures, the ISO/IEC 19795
/// estimates, throughput, decision time, consents, incidents, and the estimates' limits.
int paintExperimentReport(QPagedPaintDevice &device, const ExperimentReport &report);
void writeExperimentReportPdf(const QString &path, const ExperimentReport &report);
QList<QImage> renderExperimentReportPages(const ExperimentReport &report, int dpi = 96);

/// @brief Words for the reports' ids (translated): outcomes, method classes, criteria.
QString outcomeLabel(const QString &outcomeId);
QString methodClassLabel(const QString &methodClass);
QString criterionLabel(const QString &criterionId);

} // namespace portique::reports
