// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "privatefiles.h"

#include <sys/stat.h>

namespace portique::common {

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace portique::common
