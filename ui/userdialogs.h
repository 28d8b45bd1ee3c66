// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "formdialog.h"

namespace portique::ui {

/// @brief "New user": login, name, role, password twice; saved (and audited) on the database thread.
FormDialog *createAddUserDialog(const StationContext &context, const QString &actor, QWidget *parent);

/// @brief A new password for @p login, by @p actor (the user themself, or an administrator's reset,
/// which also lifts a lockout).
FormDialog *createPasswordDialog(const StationContext &context, const QString &login, const QString &actor,
                                 QWidget *parent);

} // namespace portique::ui
