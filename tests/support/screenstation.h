// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "storage/databasethread.h"
#include "teststation.h"

#include <memory>

namespace portique::test {

/// Hands a TestStation's file to the screens as the station does: closes the test's own
/// connection, starts the single writer thread on the file and points @p context at it.
inline std::unique_ptr<storage::DatabaseThread> openForScreens(TestStation &station, ui::StationContext &context)
{
    station.close();
    auto writer = std::make_unique<storage::DatabaseThread>(station.databasePath(), station.key().clone());
    context.writer = writer.get();
    context.clock = &station.clock();
    context.databasePath = station.databasePath();
    context.cipherVersion = QStringLiteral("3.4.1");
    context.schoolName = QStringLiteral("Lycée Test");
    return writer;
}

} // namespace portique::test
