// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The JSON the visitor commands print for a visitor and a sighting (docs/cli.md).

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace portique::station {
struct StationServices;
}
namespace portique::visitors {
struct Sighting;
struct Visitor;
} // namespace portique::visitors

namespace portique::cli {

/// @brief Null for empty text, the text otherwise.
QJsonValue textOrNull(const QString &text);
QJsonObject sightingJson(const visitors::Sighting &sighting);
QJsonObject visitorJson(const visitors::Visitor &visitor);
/// @brief The visitor with where they were last seen (null when never, or no longer on site).
QJsonObject visitorWithLastSeen(station::StationServices &services, const visitors::Visitor &visitor);

} // namespace portique::cli
