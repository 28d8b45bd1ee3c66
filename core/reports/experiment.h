// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "padmeasurement.h"
#include "privacy/experimentdefinition.h"

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

/// @brief The evaluation in ISO/IEC 19795 terms, estimated from the station's own records.
struct ExperimentReport {
    struct Criterion {
        QString id; ///< "median_entry_ms", "fnmr_percent", ...
        double target = 0.0;
        std::optional<double> value;
        bool atMost = true;      ///< the value must be at most (true) or at least (false) the target
        std::optional<bool> met; ///< nothing when the value could not be measured
    };
    privacy::ExperimentDefinition definition;
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
    /// Entry times of one kind of passage (credential to decision; manual entries left out).
    struct EntryTimes {
        int passages = 0;
        std::optional<qint64> medianMs;
        std::optional<qint64> p95Ms;
    };
    /// The court's necessity question (issue 15): does the face lane make entry faster than the
    /// badge alone under human supervision? Badges and QR codes of people off the face lane
    /// against face lane passages, in the same period and lanes.
    EntryTimes badgeOnlyEntry;
    EntryTimes faceLaneEntry;
    int consentsGiven = 0;
    int consentsWithdrawn = 0;        ///< withdrawn by the person (or objected to)
    int consentsLapsed = 0;           ///< ended by their term: experiment, school year, 18th birthday
    std::map<QString, int> incidents; ///< alerts by kind
    std::vector<Criterion> criteria;
    QStringList limits;                                ///< the estimates' limits, in plain words (translated)
    std::optional<PadMeasurement> presentationAttacks; ///< the last `portiquectl bench pad --record`
    QStringList presentationAttackFindings;            ///< what it shows, in plain words (padFindings)

    QJsonObject toJson() const;
};

ExperimentReport buildExperimentReport(station::StationServices &services, const privacy::ExperimentDefinition &definition);

} // namespace portique::reports
