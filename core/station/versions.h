// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace portique::station {

/// @brief Name and version of Portique and of each library it runs on, as loaded at run time
/// (for the about box and `portiquectl version`).
QList<QPair<QString, QString>> componentVersions();

} // namespace portique::station
