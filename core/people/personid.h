// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::people {

/// @brief Why @p id cannot be a person's id, as a translated sentence for a RowError; empty when
/// it can. A person's id becomes the subject of their badge, so it must fit
/// access::Credential::maxSubjectBytes of UTF-8, and it must hold no control character (a tab or
/// line break kept by CSV quoting or an XML character reference). An empty id gives nothing here:
/// each parser reports it in its own words (the CSV column, the SIECLE attribute).
QString personIdProblem(const QString &id);

} // namespace portique::people
