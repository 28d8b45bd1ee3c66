// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/outputlog.h"

class QWidget;

namespace portique::ui {

struct StationContext;

/// @brief Records @p file, just written, in the station's output log (privacy/outputlog.h) with a
/// job on the writer, so that erasing someone it concerns names it. A failure is shown in a
/// warning parented to @p parent (the file stays; only the note of it is missing). Nothing without
/// a writer (tests of a lone dialog). GUI thread.
void recordOutput(QWidget *parent, const StationContext &context, privacy::OutputFile file);

} // namespace portique::ui
