// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

#include <stdexcept>

namespace portique::common {

/// @brief An operation the station refuses for a reason the operator can act on (a person who has
/// left, a consent missing its guardian, a file from another school). The message is translated
/// and is shown as it is; nothing was changed.
class Refusal : public std::runtime_error {
public:
    explicit Refusal(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace portique::common
