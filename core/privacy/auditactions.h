// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::privacy {

/// @brief The translated words for an audit action id ("login.failed" -> "Échec de connexion");
/// an id without words yet is shown as it is, never hidden.
QString auditActionLabel(const QString &action);

} // namespace portique::privacy
