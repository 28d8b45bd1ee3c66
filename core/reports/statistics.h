// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace portique::reports {

/// @brief The @p fraction quantile (0.5 median, 0.95 p95) by the nearest-rank method: a value that
/// was actually measured, never an interpolation. Nothing for no values.
std::optional<qint64> quantile(std::vector<qint64> values, double fraction);

/// @brief Decision-latency classes for the histograms, in ms: [0,100), [100,250), ... [3000, ∞).
const QList<qint64> &latencyBucketEdges();
/// @brief The count per latency class (latencyBucketEdges().size() + 1 classes).
std::vector<int> latencyHistogram(const std::vector<qint64> &latencies);
/// @brief "< 100 ms", "100–250 ms", ..., "≥ 3 s" (translated).
QStringList latencyBucketLabels();

/// @brief @p part / @p whole as a percentage with one decimal, nothing when @p whole is 0.
std::optional<double> percent(qint64 part, qint64 whole);

} // namespace portique::reports
