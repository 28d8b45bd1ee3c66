// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "padmeasurement.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace portique::station {
class SettingsStore;
struct StationServices;
} // namespace portique::station

namespace portique::reports {

/// @brief What the experiment promised to show (PRIVACY.md §7); a criterion left out is not judged.
struct ExperimentCriteria {
    std::optional<qint64> medianEntryMs;   ///< median credential-to-decision time at most this
    std::optional<double> fnmrPercent;     ///< estimated false non-match rate at most this
    std::optional<double> fmrPercent;      ///< estimated false match rate at most this
    std::optional<double> overridePercent; ///< share of passages overridden at most this
    std::optional<double> ftaPercent;      ///< failure-to-acquire rate at most this
    std::optional<double> peakPerMinute;   ///< each lane's peak throughput at least this
};

/// @brief The declared experiment: bounded in time and place, with its population and criteria.
/// Kept as JSON in the setting experiment.definition (audited).
struct ExperimentDefinition {
    QString name;
    QDate start;
    QDate end;          ///< inclusive
    QStringList lanes;  ///< empty: every lane
    QString population; ///< in words ("volontaires de 2NDE1 et 2NDE2")
    ExperimentCriteria criteria;

    QString toJson() const;
    /// @brief Throws std::invalid_argument (translated) for malformed JSON, no name, missing or
    /// inverted dates, or a negative criterion.
    static ExperimentDefinition fromJson(const QString &json);
};

std::optional<ExperimentDefinition> loadExperiment(station::SettingsStore &settings);
void saveExperiment(station::SettingsStore &settings, const ExperimentDefinition &definition, const QString &actor);

/// @brief The evaluation in ISO/IEC 19795 terms, estimated from the station's own records.
struct ExperimentReport {
    struct Criterion {
        QString id; ///< "median_entry_ms", "fnmr_percent", ...
        double target = 0.0;
        std::optional<double> value;
        bool atMost = true;      ///< the value must be at most (true) or at least (false) the target
        std::optional<bool> met; ///< nothing when the value could not be measured
    };
    ExperimentDefinition definition;
    QDateTime generatedAt;
    int days = 0;         ///< school days with at least one passage
    int transactions = 0; ///< passages in the period and lanes
    std::map<QString, int> methods;
    int faceTransactions = 0;
    int failureToAcquire = 0; ///< face lane passages left to the agent for want of a usable live face
    int comparisons = 0;      ///< face lane passages where a face was compared
    int genuineAttempts = 0;  ///< comparisons of people who went in (final grant), wrong matches excluded
    int falseNonMatches = 0;  ///< of those, the face was not matched and the agent said "right person"
    int faceGrants = 0;       ///< granted by the face
    int falseMatches = 0;     ///< face grants the agent overrode as "wrong match"
    int overrides = 0;
    std::map<QString, int> overridesByReason;
    std::optional<double> ftaPercent;
    std::optional<double> fnmrPercent;
    std::optional<double> fmrPercent;
    std::optional<double> overridePercent;
    std::optional<double> badgeOnlyPercent;
    std::map<QString, int> peakPerMinute; ///< per lane: most passages within any 60 s
    std::optional<qint64> latencyMedianMs;
    std::optional<qint64> latencyP95Ms;
    std::vector<int> latencyHistogram;
    int consentsGiven = 0;
    int consentsWithdrawn = 0;
    std::map<QString, int> incidents; ///< alerts by kind
    std::vector<Criterion> criteria;
    QStringList limits;                                ///< the estimates' limits, in plain words (translated)
    std::optional<PadMeasurement> presentationAttacks; ///< the last `portiquectl bench pad --record`
    QStringList presentationAttackFindings;            ///< what it shows, in plain words (padFindings)

    QJsonObject toJson() const;
};

ExperimentReport buildExperimentReport(station::StationServices &services, const ExperimentDefinition &definition);

} // namespace portique::reports
