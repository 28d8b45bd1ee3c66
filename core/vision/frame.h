// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QtGlobal>
#include <opencv2/core.hpp>

#include <chrono>

namespace portique::vision {

/// @brief One captured image and when it arrived. Frames live in memory only: no video is ever
/// written (PRIVACY.md §5).
struct Frame {
    cv::Mat image;          ///< CV_8UC3 BGR
    qint64 sequence = 0;    ///< 1, 2, 3… per source since it started
    qint64 capturedMs = 0;  ///< monotonicMs() when it arrived
};

/// @brief Milliseconds on the monotonic clock every vision thread shares.
inline qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace portique::vision
