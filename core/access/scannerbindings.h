// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace portique::access {

/// @brief Scanner device name -> lane, as the setting gate.scanner_lanes keeps them
/// ("device=lane;device=lane"). Names may hold spaces; '=' and ';' are not allowed in them.
using ScannerBindings = QList<QPair<QString, QString>>;

ScannerBindings parseScannerBindings(const QString &text);
QString formatScannerBindings(const ScannerBindings &bindings);
/// @brief @p bindings with @p device bound to @p lane (replacing its previous lane); an empty
/// @p lane removes the device. Throws std::invalid_argument (translated) for '=' or ';' in a name.
ScannerBindings withScannerBinding(ScannerBindings bindings, const QString &device, const QString &lane);

} // namespace portique::access
