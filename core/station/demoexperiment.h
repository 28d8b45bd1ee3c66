// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/experimentdefinition.h"

namespace portique::station {

class SettingsStore;

/// @brief The demo's declared experiment around @p day: from a month before to the end of June of
/// its school year, on both demo lanes, with the criteria a region would set.
privacy::ExperimentDefinition demoExperiment(const QDate &day);

/// @brief The face lane runs only inside a declared experiment (issue 15): a scripted demo day
/// plays one, so when none is declared the demo's is, as the demo's DPO would (audited). One a
/// school declared is never replaced: a day outside it is scripted, and decided, badge-only.
void ensureDemoExperiment(SettingsStore &settings, const QDate &day);

} // namespace portique::station
