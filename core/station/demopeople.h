// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/personrecord.h"

namespace portique::station {

/// @brief The demo school's people, invented: 4 classes of students (mostly minors, some who have
/// left) and a few staff, as a SIECLE-like student list, and their legal representatives. The
/// demo imports them through the same ImportService as a real school.
people::ParsedImport demoStudents(const QDate &today);
people::ParsedImport demoGuardians(const QDate &today);
people::ParsedImport demoStaff();

} // namespace portique::station
