// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QWidget>

namespace portique::ui {

/// @brief The product mark, the school's name and a subtitle: the top of the login and lock screens.
class BrandHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandHeader)

public:
    BrandHeader(const QString &schoolName, const QString &subtitle, QWidget *parent = nullptr);
};

} // namespace portique::ui
