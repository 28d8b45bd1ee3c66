// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "liveness.h"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace portique::vision {
namespace {

/// The frames the warps start from: the median of three predictions, so that one frame whose
/// eyelids the predictor placed badly does not make the next look closed.
constexpr std::size_t referenceFrames = 3;
/// The open-eyed frames the noise is measured on (1 s at 15 fps): a face whose eyelid landmarks
/// jumped within the last second is not trusted yet (6 frames let a lull of a noisy face through).
constexpr std::size_t noiseFrames = 15;

/// First landmark of each eye (iBUG 300-W: 36-41 right, 42-47 left; 0 and 3 are the corners,
/// 1-2 the upper lid, 4-5 the lower lid).
constexpr std::array<int, 2> eyes{36, 42};

bool isEyelid(std::size_t i)
{
    for (int first : eyes) {
        const auto at = std::size_t(first);
        if (i == at + 1 || i == at + 2 || i == at + 4 || i == at + 5)
            return true;
    }
    return false;
}

double eye(const Landmarks &p, int first)
{
    const auto at = [&](int i) { return p[std::size_t(first + i)]; };
    const double width = QLineF(at(0), at(3)).length();
    if (width <= 0)
        return 0.0;
    return (QLineF(at(1), at(5)).length() + QLineF(at(2), at(4)).length()) / (2.0 * width);
}

/// The eyelids' opening: the mean of the two lid-to-lid distances.
double lidGap(const Landmarks &p, int first)
{
    const auto at = [&](int i) { return p[std::size_t(first + i)]; };
    return (QLineF(at(1), at(5)).length() + QLineF(at(2), at(4)).length()) / 2.0;
}

/// A quadratic 2-D warp x' = Σ a_k·b_k(u, v), y' = Σ c_k·b_k(u, v) over the basis
/// 1, u, v, u², uv, v², in coordinates centred on the reference and scaled by its size (so that
/// the normal equations are well conditioned whatever the face's size in pixels).
class SmoothWarp {
public:
    static constexpr int terms = 6;

    SmoothWarp(const Landmarks &reference, const Landmarks &landmarks)
    {
        for (const QPointF &p : reference)
            m_origin += p;
        m_origin /= double(reference.size());
        m_scale = std::max(1.0, QLineF(reference[36], reference[45]).length());
        std::array<std::array<double, terms>, terms> normal{};
        std::array<double, terms> x{}, y{};
        for (std::size_t i = 0; i < reference.size(); ++i) {
            if (isEyelid(i))
                continue; // the eyelids are what is predicted, never what predicts
            const auto b = basis(reference[i]);
            for (int r = 0; r < terms; ++r) {
                for (int c = 0; c < terms; ++c)
                    normal[r][c] += b[r] * b[c];
                x[r] += b[r] * landmarks[i].x();
                y[r] += b[r] * landmarks[i].y();
            }
        }
        // A whisper of ridge: 56 points always fix 6 terms, but it keeps a degenerate frame finite.
        for (int r = 0; r < terms; ++r)
            normal[r][r] += 1e-6;
        m_ok = solve(normal, x) && solve(normal, y);
        m_x = x;
        m_y = y;
    }
    bool ok() const { return m_ok; }
    QPointF operator()(const QPointF &p) const
    {
        const auto b = basis(p);
        double x = 0, y = 0;
        for (int k = 0; k < terms; ++k) {
            x += m_x[k] * b[k];
            y += m_y[k] * b[k];
        }
        return {x, y};
    }

private:
    std::array<double, terms> basis(const QPointF &p) const
    {
        const double u = (p.x() - m_origin.x()) / m_scale;
        const double v = (p.y() - m_origin.y()) / m_scale;
        return {1.0, u, v, u * u, u * v, v * v};
    }
    /// Gauss-Jordan with partial pivoting; @p b receives the solution.
    static bool solve(std::array<std::array<double, terms>, terms> a, std::array<double, terms> &b)
    {
        for (int c = 0; c < terms; ++c) {
            int pivot = c;
            for (int r = c + 1; r < terms; ++r) {
                if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                    pivot = r;
            }
            if (std::abs(a[pivot][c]) < 1e-12)
                return false;
            std::swap(a[pivot], a[c]);
            std::swap(b[pivot], b[c]);
            for (int r = 0; r < terms; ++r) {
                if (r == c)
                    continue;
                const double f = a[r][c] / a[c][c];
                for (int k = c; k < terms; ++k)
                    a[r][k] -= f * a[c][k];
                b[r] -= f * b[c];
            }
        }
        for (int c = 0; c < terms; ++c)
            b[c] /= a[c][c];
        return true;
    }

    QPointF m_origin;
    double m_scale = 1.0;
    std::array<double, terms> m_x{}, m_y{};
    bool m_ok = false;
};

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
    return values[values.size() / 2];
}

} // namespace

double LivenessMonitor::eyeAspectRatio(const Landmarks &landmarks)
{
    if (landmarks.size() != 68)
        return 0.0;
    return (eye(landmarks, 36) + eye(landmarks, 42)) / 2.0;
}

double LivenessMonitor::eyelidOpening(const Landmarks &reference, const Landmarks &landmarks)
{
    if (reference.size() != 68 || landmarks.size() != 68)
        return 1.0;
    const SmoothWarp warp(reference, landmarks);
    if (!warp.ok())
        return 1.0;
    // A blink closes both eyes at once; the shape predictor's slips are mostly one eye at a time.
    double opening = 0;
    for (int first : eyes) {
        Landmarks predicted = landmarks;
        for (int i = 1; i < 6; ++i)
            predicted[std::size_t(first + i)] = warp(reference[std::size_t(first + i)]);
        const double expected = lidGap(predicted, first);
        opening = std::max(opening, expected > 0 ? lidGap(landmarks, first) / expected : 1.0);
    }
    return opening;
}

double LivenessMonitor::warpResidual(const Landmarks &reference, const Landmarks &landmarks)
{
    if (reference.size() != 68 || landmarks.size() != 68)
        return 0.0;
    const SmoothWarp warp(reference, landmarks);
    const double interOcular = QLineF(landmarks[36], landmarks[45]).length();
    if (!warp.ok() || interOcular <= 0)
        return 0.0;
    double squares = 0;
    int count = 0;
    for (std::size_t i = 0; i < landmarks.size(); ++i) {
        if (isEyelid(i))
            continue;
        const QPointF d = warp(reference[i]) - landmarks[i];
        squares += d.x() * d.x() + d.y() * d.y();
        ++count;
    }
    return std::sqrt(squares / count) / interOcular;
}

void LivenessMonitor::add(qint64 ms, const Landmarks &landmarks)
{
    if (landmarks.size() != 68)
        return;
    ++m_samples;
    if (m_references.empty()) {
        m_references.push_back(landmarks);
        return;
    }
    std::vector<double> predictions;
    for (const Landmarks &reference : m_references)
        predictions.push_back(eyelidOpening(reference, landmarks));
    const double opening = median(predictions);
    m_lowest = std::min(m_lowest, opening);

    double noise = 0;
    for (double open : m_openings)
        noise += std::abs(open - 1.0);
    noise = m_openings.empty() ? 1.0 : noise / double(m_openings.size());

    // The eyelids closed on their own: deeper than the warp explains, than the face's own noise,
    // while the rest of the face moves as one smooth sheet — from the closing to the reopening
    // (the predictor slipping on a bent photo throws the other landmarks off the warp too).
    const bool smooth = warpResidual(m_references.back(), landmarks) < maxWarpResidual;
    const bool closed = opening < closedOpening && 1.0 - opening > noiseMargin * noise && smooth;
    if (closed && !m_closing) {
        m_closing = true;
        m_closedSince = ms;
        m_closingCounts = int(m_openings.size()) >= minOpenFrames && noise <= maxNoise;
    }
    if (m_closing && !smooth)
        m_closingCounts = false;
    if (m_closing) {
        if (ms - m_closedSince > maxBlinkMs) {
            // Shut for longer than a blink (or a face the warp no longer follows): not a blink;
            // start again from this frame, noise and all.
            m_closing = false;
            m_references.clear();
            m_openings.clear();
            m_references.push_back(landmarks);
            return;
        }
        if (opening < reopened)
            return; // closed or opening again: never a reference
        m_closing = false;
        if (m_closingCounts)
            ++m_blinks;
    }
    m_references.push_back(landmarks);
    if (m_references.size() > referenceFrames)
        m_references.pop_front();
    m_openings.push_back(opening);
    if (m_openings.size() > noiseFrames)
        m_openings.pop_front();
}

} // namespace portique::vision
