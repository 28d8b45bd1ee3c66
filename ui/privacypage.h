// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QTabWidget>

namespace portique::ui {

/// @brief "Confidentialité", the DPO's console (issue 9): retention and purge, the consent
/// register, subject rights (access, erasure), the audit trail, the settings history and the AIPD,
/// one sub-tab each, in the order a DPO answers a request.
class PrivacyPage final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyPage)

public:
    PrivacyPage(StationContext &context, const QString &user, QWidget *parent = nullptr);
};

} // namespace portique::ui
