// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QDialog>

namespace portique::ui {

/// @brief Versions of Portique and every library as loaded, the database's cipher, and the face model.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const StationContext &context, QWidget *parent = nullptr);
};

} // namespace portique::ui
