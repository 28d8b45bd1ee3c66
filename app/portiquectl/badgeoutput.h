// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "people/person.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <vector>

namespace portique::station {
struct StationServices;
}

namespace portique::cli {

/// @brief The options of every command that issues badges: where to write them, on what layout.
void addBadgeOutputOptions(QCommandLineParser &parser, bool required);
/// @brief Writes @p badges (with their holders) where the options say, when they say; returns the
/// JSON that describes each badge (never its template).
QJsonObject writeBadges(const QCommandLineParser &parser, station::StationServices &services,
                        const std::vector<std::pair<people::Person, access::IssuedBadge>> &badges);

} // namespace portique::cli
