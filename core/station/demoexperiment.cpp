// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demoexperiment.h"

#include "common/schoolyear.h"
#include "demostation.h"
#include "settingsstore.h"

#include <stdexcept>

namespace portique::station {

privacy::ExperimentDefinition demoExperiment(const QDate &day)
{
    privacy::ExperimentDefinition experiment;
    experiment.name = QStringLiteral("Voie visage — expérimentation %1").arg(day.year());
    experiment.start = day.addDays(-30);
    experiment.end = QDate(common::schoolYearEnd(day, 8).year(), 6, 30);
    if (experiment.end < day)
        experiment.end = day; // a scripted day in July or August
    experiment.lanes = {QStringLiteral("Voie 1"), QStringLiteral("Voie 2")};
    experiment.population = QStringLiteral("Volontaires de 2NDE1 et 2NDE2");
    experiment.criteria.medianEntryMs = 1500;
    experiment.criteria.fnmrPercent = 5.0;
    experiment.criteria.fmrPercent = 1.0;
    experiment.criteria.ftaPercent = 10.0;
    experiment.criteria.overridePercent = 10.0;
    experiment.criteria.peakPerMinute = 8.0;
    return experiment;
}

void ensureDemoExperiment(SettingsStore &settings, const QDate &day)
{
    try {
        if (privacy::loadExperiment(settings))
            return;
    } catch (const std::invalid_argument &) {
        return; // a school's definition, unreadable: the DPO's to fix, not the demo's to replace
    }
    QString dpo = QStringLiteral("dpo");
    for (const DemoAccount &account : demoAccounts()) {
        if (account.role == accounts::Role::Dpo)
            dpo = account.login;
    }
    privacy::saveExperiment(settings, demoExperiment(day), dpo);
}

} // namespace portique::station
