// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "descriptor.h"

namespace portique::biometrics {

/// Decision threshold on the Euclidean distance. dlib's network was trained for 0.6; at a school gate
/// a false match lets the wrong person in. Measured on the 1,560 dev pairs of ../shared/testdata/faces
/// (docs/face-engine.md): the smallest impostor distance is 0.567 (mirror-averaged descriptors), so
/// 0.52 keeps a margin of 0.047 with no false match, and rejects 5.7 % of genuine pairs (the naive
/// pipeline rejects 11.5 % at the same threshold). One look-alike pair of identities in the set
/// (0.39-0.51) is matched at any threshold above 0.39: the face never decides alone, the badge does.
inline constexpr float defaultThreshold = 0.52F;

/// Steepness of the confidence curve: 95 % at 0.1 below the threshold, 5 % at 0.1 above
/// (1 / (1 + e^(k·(d − t))) with k = ln(19) / 0.1).
inline constexpr double confidenceSteepness = 29.444;

/// @brief The result of a 1:1 comparison.
struct Comparison {
    float distance = 0.0F;
    float threshold = defaultThreshold;
    bool same = false;
    double confidence = 0.0; ///< 0..1 for display only: 0.5 exactly at the threshold
};

/// @brief A number the agent can read ("correspondance 97 %") derived from the distance by the
/// logistic curve above; decisions use the distance and threshold, never this number.
double confidenceFromDistance(float distance, float threshold = defaultThreshold);

/// @brief Compares two descriptors of the same model.
Comparison compare(const Descriptor &a, const Descriptor &b, float threshold = defaultThreshold);

} // namespace portique::biometrics
