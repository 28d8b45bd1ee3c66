// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The declared experiment (PRIVACY.md §7): the only time and place where the face lane runs. The
// gate reads it (access/gatecheck.cpp: outside it every badge is decided on the badge alone), the
// consent rules read it (consentlapse.h: consents lapse when it ends) and the experiment report
// judges it (reports/experiment.h). Kept as JSON in the setting experiment.definition (audited).

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace portique::station {
class SettingsStore;
}

namespace portique::privacy {

/// @brief What the experiment promised to show; a criterion left out is not judged.
struct ExperimentCriteria {
    std::optional<qint64> medianEntryMs;   ///< median credential-to-decision time at most this
    std::optional<double> fnmrPercent;     ///< estimated false non-match rate at most this
    std::optional<double> fmrPercent;      ///< estimated false match rate at most this
    std::optional<double> overridePercent; ///< share of passages overridden at most this
    std::optional<double> ftaPercent;      ///< failure-to-acquire rate at most this
    std::optional<double> peakPerMinute;   ///< each lane's peak throughput at least this
};

/// @brief One criterion's JSON key and its direction, in the order reports list them.
struct ExperimentCriterionKey {
    const char16_t *id; ///< "median_entry_ms", "fnmr_percent", ...
    bool atMost;        ///< the measured value must be at most (true) or at least (false) the target
};
std::span<const ExperimentCriterionKey> experimentCriterionKeys();
/// @brief The target @p criteria sets for the criterion @p id, if any.
std::optional<double> experimentCriterionTarget(const ExperimentCriteria &criteria, QStringView id);

/// @brief The declared experiment: bounded in time and place, with its population and criteria.
struct ExperimentDefinition {
    QString name;
    QDate start;
    QDate end;          ///< inclusive
    QStringList lanes;  ///< empty: every lane
    QString population; ///< in words ("volontaires de 2NDE1 et 2NDE2")
    ExperimentCriteria criteria;

    bool coversDay(const QDate &day) const { return day >= start && day <= end; }
    bool coversLane(const QString &lane) const { return lanes.isEmpty() || lanes.contains(lane); }

    QString toJson() const;
    /// @brief Throws std::invalid_argument (translated) for malformed JSON, no name, missing or
    /// inverted dates, or a negative criterion.
    static ExperimentDefinition fromJson(const QString &json);
};

/// @brief The experiment in the settings; nothing when none is declared. A stored definition that
/// no longer parses throws std::invalid_argument (it was validated when saved).
std::optional<ExperimentDefinition> loadExperiment(station::SettingsStore &settings);
void saveExperiment(station::SettingsStore &settings, const ExperimentDefinition &definition, const QString &actor);

/// @brief Whether the face lane runs on @p lane on @p day: only inside a declared experiment's
/// dates and lanes. A definition that cannot be read closes it (the safe side).
bool faceLaneOpen(station::SettingsStore &settings, const QDate &day, const QString &lane);

} // namespace portique::privacy
