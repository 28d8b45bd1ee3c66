// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The last presentation attack measurement (ISO/IEC 30107-3) recorded on this station by
// `portiquectl bench pad --record`, and the plain words the experiment report and the AIPD print
// from it. It never measures anything itself: the figures are the bench's.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace portique::station {
class SettingsStore;
}

namespace portique::reports {

/// @brief One attack type's presentations and how many the lane granted (the APCER's numerator).
struct PadAttackCount {
    int attempts = 0;
    int accepted = 0;

    /// @brief accepted / attempts in percent, one decimal; nothing without an attempt.
    std::optional<double> apcerPercent() const;
    bool operator==(const PadAttackCount &) const = default;
};

/// @brief One recorded run of `portiquectl bench pad`: attacks per type and bona fide passages.
/// Kept as JSON in the setting pad.measurement (audited).
struct PadMeasurement {
    QDateTime measuredAt;       ///< when the run ended (UTC)
    QString version;            ///< the Portique version that ran it
    int lanes = 0;              ///< simulated lanes
    PadAttackCount photoStill;  ///< a printed photo of the badge holder held still
    PadAttackCount photoMoved;  ///< the same, panned, zoomed, turned
    PadAttackCount photoWaved;  ///< the same, bent and waved
    PadAttackCount replay;      ///< the holder's video played back (out of reach of any RGB rule)
    int genuineAttempts = 0;    ///< bona fide passages
    int genuineRejected = 0;    ///< of those, refused or left to the agent (the BPCER's numerator)
    qint64 genuineMedianMs = 0; ///< bona fide time from the badge to the decision, median
    qint64 genuineP95Ms = 0;    ///< and 95th percentile

    /// @brief genuineRejected / genuineAttempts in percent, one decimal; nothing without an attempt.
    std::optional<double> bpcerPercent() const;

    /// @brief The stored form: counts only, never a rate (rates are derived).
    QJsonObject toJsonObject() const;
    QString toJson() const;
    /// @brief The stored form with APCER per attack type and BPCER, for the reports' JSON.
    QJsonObject toReportJson() const;
    /// @brief Throws std::invalid_argument (translated, naming the field) for malformed JSON, an
    /// invalid time, no version, a count missing, negative, not whole, or accepted above attempts.
    static PadMeasurement fromJson(const QString &json);
    /// @brief From the object `portiquectl bench pad` prints (attacks.<type>.n/granted,
    /// genuine.n/refused/check_by_hand/time_to_decision_ms_p50/p95); the same checks as fromJson.
    static PadMeasurement fromBench(const QJsonObject &bench, const QDateTime &measuredAt, const QString &version);

    bool operator==(const PadMeasurement &) const = default;
};

/// @brief The recorded measurement, nothing when none is; std::invalid_argument when the stored
/// text is not a valid measurement (only a hand edit makes it so).
std::optional<PadMeasurement> loadPadMeasurement(station::SettingsStore &settings);
/// @brief Replaces the recorded measurement, audited as a settings change by @p actor; refused
/// (std::invalid_argument, the previous one kept) when @p measurement would not read back.
void savePadMeasurement(station::SettingsStore &settings, const PadMeasurement &measurement, const QString &actor);

/// @brief What the reports say about presentation attacks, in plain words (translated): the
/// figures and their date, or that nothing was measured and how to measure; always the screen
/// replay limit and what happens to a holder who does not blink within @p faceWindowMs.
QStringList padFindings(const std::optional<PadMeasurement> &measurement, qint64 faceWindowMs);

} // namespace portique::reports
