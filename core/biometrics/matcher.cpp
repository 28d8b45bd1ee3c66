// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "matcher.h"

#include <cmath>

namespace portique::biometrics {

double confidenceFromDistance(float distance, float threshold)
{
    return 1.0 / (1.0 + std::exp(confidenceSteepness * (double(distance) - double(threshold))));
}

Comparison compare(const Descriptor &a, const Descriptor &b, float threshold)
{
    Comparison result;
    result.distance = distance(a, b);
    result.threshold = threshold;
    result.same = result.distance < threshold;
    result.confidence = confidenceFromDistance(result.distance, threshold);
    return result;
}

} // namespace portique::biometrics
