// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::people {

/// @brief Why @p id cannot be a new person's id, as a translated sentence for a RowError; empty
/// when it can. A person's id becomes the subject of their badge, so it must fit
/// access::Credential::maxSubjectBytes of UTF-8 and hold no control character (a tab or line
/// break kept by CSV quoting or an XML character reference). It must also be in the people's
/// namespace (common::kindOf): a SIECLE number, or a capital other than V followed by capitals,
/// digits and hyphens, so that it can never be taken for a visitor number or a login (issue 17,
/// defect 5). An empty id gives nothing here: each parser reports it in its own words.
QString personIdProblem(const QString &id);

/// @brief Why @p value cannot be stored as the text of @p field (a name or a class, as the file
/// calls it: "first_name", "PRENOM"), as a translated sentence; empty when it can. A control
/// character other than a tab (NUL, BEL, ESC, a line break...) is refused: it cuts or garbles
/// every place the name is shown, printed or exported (issue 17, defect 6).
QString textProblem(const QString &value, const QString &field);

} // namespace portique::people
