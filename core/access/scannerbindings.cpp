// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "scannerbindings.h"

#include <QCoreApplication>

#include <stdexcept>

namespace portique::access {

ScannerBindings parseScannerBindings(const QString &text)
{
    ScannerBindings bindings;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString device = entry.left(equals).trimmed();
        const QString lane = entry.mid(equals + 1).trimmed();
        if (!device.isEmpty() && !lane.isEmpty())
            bindings.append({device, lane});
    }
    return bindings;
}

QString formatScannerBindings(const ScannerBindings &bindings)
{
    QStringList entries;
    for (const auto &[device, lane] : bindings)
        entries << device + QLatin1Char('=') + lane;
    return entries.join(QLatin1Char(';'));
}

ScannerBindings withScannerBinding(ScannerBindings bindings, const QString &device, const QString &lane)
{
    for (const QString &name : {device, lane}) {
        if (name.contains(QLatin1Char('=')) || name.contains(QLatin1Char(';')))
            throw std::invalid_argument(QCoreApplication::translate("portique::access", "A scanner or lane name cannot hold '=' or ';': %1")
                                            .arg(name)
                                            .toStdString());
    }
    bindings.removeIf([&](const auto &binding) { return binding.first == device.trimmed(); });
    if (!lane.trimmed().isEmpty())
        bindings.append({device.trimmed(), lane.trimmed()});
    return bindings;
}

} // namespace portique::access
