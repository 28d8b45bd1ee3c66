// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"

#include <vector>

namespace portique::vision {

/// @brief The descriptor of the person presenting a face-lane credential, fused over their last
/// few sights, and the guard against two people taken for one: a sight far from the fused ones is
/// another person. Pure logic (no dlib); one per gate camera, used by the worker that owns it.
class SightFusion final {
public:
    /// At most this many sights are fused: three frames at 15 fps are 200 ms, and averaging the
    /// descriptors of several sights narrows the spread of one person's distances (docs/gate.md);
    /// more would only delay a decision already taken.
    static constexpr int maxSights = 3;
    /// A sight this far from the fused ones is another person standing where the track was: 0.6 is
    /// the network's own "different person" distance (FACE_MODEL.md), above every genuine pair of
    /// the test set (0.58 at most).
    static constexpr float jumpDistance = 0.6F;

    /// @brief Whether @p sight is another person than the sights fused so far (nothing to say before
    /// the first one).
    bool jumps(const biometrics::Descriptor &sight) const;
    /// @brief Adds @p sight; the oldest is dropped beyond maxSights (a person may have changed).
    void add(const biometrics::Descriptor &sight);
    /// @brief The mean of the fused sights (zeros when there is none).
    biometrics::Descriptor fused() const;
    int sights() const { return int(m_sights.size()); }
    bool complete() const { return sights() >= maxSights; }
    void clear() { m_sights.clear(); }

private:
    std::vector<biometrics::Descriptor> m_sights;
};

} // namespace portique::vision
