// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "facealigner.h"

#include <deque>

namespace portique::vision {

/// @brief Whether a tracked face behaves like a living face rather than a photo or a frozen phone
/// screen, from its landmarks over time: an eye blink (the eye aspect ratio dips and recovers) or
/// non-rigid head motion (the landmarks move in a way no shift, zoom or turn of a flat picture
/// explains). A still photo held up, even panned or zoomed, shows neither. One per track; not
/// thread-safe.
class LivenessMonitor final {
public:
    /// @brief Adds the landmarks of one frame at @p ms.
    void add(qint64 ms, const Landmarks &landmarks);
    bool shown() const { return m_blinks > 0 || m_nonRigidFrames >= requiredNonRigidFrames; }
    int blinks() const { return m_blinks; }
    int nonRigidFrames() const { return m_nonRigidFrames; }
    int samples() const { return m_samples; }

    /// @brief Eye aspect ratio (Soukupová & Čech 2016): the eyelids' opening over the eye's width,
    /// averaged over both eyes; about 0.3 open, under 0.2 closed.
    static double eyeAspectRatio(const Landmarks &landmarks);
    /// @brief The landmarks' deviation from the best similarity transform (shift, zoom, in-plane
    /// turn) of @p reference, in inter-eye distances: near 0 for a flat picture moved about.
    static double nonRigidResidual(const Landmarks &reference, const Landmarks &landmarks);

    /// A blink closes the eye to under 75 % of its open ratio (open 0.25-0.35, closed < 0.2) …
    static constexpr double blinkDrop = 0.75;
    /// … for at most 400 ms (a blink lasts 100-400 ms; longer is eyes shut, not a blink).
    static constexpr qint64 maxBlinkMs = 400;
    /// Residual above which a frame's landmarks are not a moved copy of the reference: measured on
    /// still photos panned and zoomed, the detector's own jitter stays under 0.035.
    static constexpr double nonRigidThreshold = 0.06;
    static constexpr int requiredNonRigidFrames = 3;

private:
    std::deque<double> m_openRatios; ///< recent ratios with the eyes judged open
    Landmarks m_reference;
    bool m_closing = false;
    qint64 m_closedSince = 0;
    int m_blinks = 0;
    int m_nonRigidFrames = 0;
    int m_samples = 0;
};

} // namespace portique::vision
