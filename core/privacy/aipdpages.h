// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Internal to the AIPD's drawing (aipd.cpp, aipdsections.cpp): the pieces both halves use. Not a
// public header of core/: nothing outside core/privacy includes it.

#include "aipd.h"

#include <QString>

namespace portique::reports {
class ReportCanvas;
}

namespace portique::privacy::aipdpages {

QString tr(const char *text);
QString number(qint64 value);
/// A framed box the DPO writes in: the marker, what to write, ruled lines.
void toComplete(reports::ReportCanvas &canvas, const QString &prompt, int lines);

// The sections after the security measures, in their order on the page.
void paintCamerasAndZones(reports::ReportCanvas &canvas, const AipdFacts &facts);
void paintExperiment(reports::ReportCanvas &canvas, const AipdFacts &facts);
void paintNecessity(reports::ReportCanvas &canvas, const AipdFacts &facts);
void paintRisks(reports::ReportCanvas &canvas, const AipdFacts &facts);
void paintDecision(reports::ReportCanvas &canvas);

} // namespace portique::privacy::aipdpages
