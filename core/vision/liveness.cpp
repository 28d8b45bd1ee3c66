// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "liveness.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace portique::vision {
namespace {

// How many open-eye samples define the open level (about a second at 15 fps).
constexpr std::size_t openWindow = 15;

double eye(const Landmarks &p, int first)
{
    const auto at = [&](int i) { return p[std::size_t(first + i)]; };
    const double width = QLineF(at(0), at(3)).length();
    if (width <= 0)
        return 0.0;
    return (QLineF(at(1), at(5)).length() + QLineF(at(2), at(4)).length()) / (2.0 * width);
}

double median(std::deque<double> values)
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

double LivenessMonitor::nonRigidResidual(const Landmarks &reference, const Landmarks &landmarks)
{
    if (reference.size() != landmarks.size() || landmarks.size() != 68)
        return 0.0;
    // Least-squares similarity (Umeyama without reflection) from the reference to the landmarks.
    const std::size_t n = landmarks.size();
    QPointF meanA, meanB;
    for (std::size_t i = 0; i < n; ++i) {
        meanA += reference[i];
        meanB += landmarks[i];
    }
    meanA /= double(n);
    meanB /= double(n);
    double a = 0, b = 0, norm = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF p = reference[i] - meanA;
        const QPointF q = landmarks[i] - meanB;
        a += p.x() * q.x() + p.y() * q.y();
        b += p.x() * q.y() - p.y() * q.x();
        norm += p.x() * p.x() + p.y() * p.y();
    }
    if (norm <= 0)
        return 0.0;
    const double c = a / norm; // scale·cos
    const double s = b / norm; // scale·sin
    double error = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF p = reference[i] - meanA;
        const QPointF mapped(c * p.x() - s * p.y() + meanB.x(), s * p.x() + c * p.y() + meanB.y());
        const QPointF d = landmarks[i] - mapped;
        error += d.x() * d.x() + d.y() * d.y();
    }
    const double interEye = QLineF(landmarks[36], landmarks[45]).length() * 0.7; // outer corners → centres
    return interEye > 0 ? std::sqrt(error / double(n)) / interEye : 0.0;
}

void LivenessMonitor::add(qint64 ms, const Landmarks &landmarks)
{
    if (landmarks.size() != 68)
        return;
    ++m_samples;
    const double ratio = eyeAspectRatio(landmarks);
    if (m_openRatios.size() >= 3) {
        const double open = median(m_openRatios);
        const bool closed = ratio < open * blinkDrop;
        if (closed && !m_closing) {
            m_closing = true;
            m_closedSince = ms;
        } else if (!closed && m_closing) {
            m_closing = false;
            if (ms - m_closedSince <= maxBlinkMs)
                ++m_blinks;
        }
        if (!closed) {
            m_openRatios.push_back(ratio);
        }
    } else {
        m_openRatios.push_back(ratio);
    }
    while (m_openRatios.size() > openWindow)
        m_openRatios.pop_front();

    if (m_reference.empty()) {
        m_reference = landmarks;
    } else if (nonRigidResidual(m_reference, landmarks) > nonRigidThreshold) {
        ++m_nonRigidFrames;
    }
}

} // namespace portique::vision
