// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/experimentdefinition.h"
#include "station/settingsstore.h"

namespace portique::test {

/// The face lane runs only inside a declared experiment (issue 15). Tests of the face lane itself
/// declare one around the fake clock's days (2026-11-30 onwards), on every lane unless @p lanes.
inline void declareExperiment(station::SettingsStore &settings, const QStringList &lanes = {}, const QDate &start = QDate(2026, 9, 1),
                              const QDate &end = QDate(2027, 6, 30))
{
    privacy::ExperimentDefinition definition;
    definition.name = QStringLiteral("Voie visage (test)");
    definition.start = start;
    definition.end = end;
    definition.lanes = lanes;
    definition.population = QStringLiteral("volontaires");
    privacy::saveExperiment(settings, definition, QStringLiteral("dpo"));
}

} // namespace portique::test
