// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

namespace portique::common {

/// @brief From now on every file and folder this process creates is its owner's only (umask 077).
/// Badges, visitor passes (which may carry a photo), roll calls, reports, subject exports and the
/// AIPD name minors: on a shared reception PC another account must not read them, and a file made
/// private only after it is written is readable in between. Called first thing by every program.
void keepNewFilesPrivate();

} // namespace portique::common
