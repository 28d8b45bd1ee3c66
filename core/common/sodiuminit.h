// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

namespace portique::common {

/// @brief Initialises libsodium once (thread-safe); throws if the library cannot start.
void ensureSodium();

} // namespace portique::common
