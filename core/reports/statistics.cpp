// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace portique::reports {

std::optional<qint64> quantile(std::vector<qint64> values, double fraction)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

const QList<qint64> &latencyBucketEdges()
{
    static const QList<qint64> edges{100, 250, 500, 1000, 2000, 3000};
    return edges;
}

std::vector<int> latencyHistogram(const std::vector<qint64> &latencies)
{
    const QList<qint64> &edges = latencyBucketEdges();
    std::vector<int> counts(std::size_t(edges.size()) + 1, 0);
    for (const qint64 latency : latencies) {
        const auto bucket = std::upper_bound(edges.begin(), edges.end(), latency) - edges.begin();
        ++counts[std::size_t(bucket)];
    }
    return counts;
}

QStringList latencyBucketLabels()
{
    const QList<qint64> &edges = latencyBucketEdges();
    const auto text = [](qint64 ms) {
        return ms >= 1000 ? QCoreApplication::translate("portique::reports", "%1 s").arg(ms / 1000)
                          : QCoreApplication::translate("portique::reports", "%1 ms").arg(ms);
    };
    QStringList labels{QCoreApplication::translate("portique::reports", "< %1").arg(text(edges.first()))};
    for (qsizetype i = 1; i < edges.size(); ++i)
        labels << QStringLiteral("%1–%2").arg(text(edges[i - 1]), text(edges[i]));
    labels << QCoreApplication::translate("portique::reports", "≥ %1").arg(text(edges.last()));
    return labels;
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

} // namespace portique::reports
