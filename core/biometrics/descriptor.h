// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <array>
#include <cmath>
#include <cstddef>

namespace portique::biometrics {

/// @brief Dimension of dlib's ResNet face descriptor.
inline constexpr std::size_t descriptorSize = 128;

/// @brief A face descriptor: 128 floats, compared by Euclidean distance.
using Descriptor = std::array<float, descriptorSize>;

/// @brief Euclidean distance between two descriptors (0: identical; dlib's model is trained so that
/// the same person is below 0.6).
inline float distance(const Descriptor &a, const Descriptor &b)
{
    float sum = 0.0F;
    for (std::size_t i = 0; i < descriptorSize; ++i) {
        const float d = a[i] - b[i];
        sum += d * d;
    }
    return std::sqrt(sum);
}

} // namespace portique::biometrics
