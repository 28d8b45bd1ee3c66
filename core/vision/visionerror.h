// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>
#include <stdexcept>

namespace portique::vision {

/// @brief A failure of core/vision (unreadable image, missing or wrong model file) with a translated
/// message naming the file.
class VisionError final : public std::runtime_error {
public:
    explicit VisionError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace portique::vision
