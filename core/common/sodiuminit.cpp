// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "sodiuminit.h"

#include <sodium.h>
#include <stdexcept>

namespace portique::common {

void ensureSodium()
{
    // sodium_init is itself thread-safe and idempotent; a static keeps the check to one call.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace portique::common
