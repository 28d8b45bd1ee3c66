// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// placeholder until written
#include "commands.h"
namespace portique::cli {
int visitorTrack(const QStringList &) { return 1; }
}
