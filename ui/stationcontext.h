// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QList>
#include <QString>

namespace portique::access {
class Gate;
}
namespace portique::common {
class Clock;
}
namespace portique::privacy {
class PurgeScheduler;
}
namespace portique::storage {
class DatabaseThread;
}
namespace portique::vision {
class VisionPipeline;
}
namespace portique::visitors {
class IndoorTracking;
}

namespace portique::ui {

/// @brief What every screen needs from the running station; owned by app/portique's main().
struct StationContext {
    storage::DatabaseThread *writer = nullptr; ///< the single writer: every database job goes here
    const common::Clock *clock = nullptr;
    QString databasePath;
    QString cipherVersion;
    QString schoolName;
    bool demo = false;                          ///< the embedded demo: the login screen shows the published demo logins
    vision::VisionPipeline *pipeline = nullptr; ///< null when no camera can run
    QString camerasUnavailable;                 ///< why, in words, when pipeline is null
    /// The station's entrance lanes (null when there is none): owned by the composition root, alive
    /// as long as the station, so that locking the screen never stops a lane. Screens observe it.
    access::Gate *gate = nullptr;
    visitors::IndoorTracking *tracking = nullptr; ///< the indoor cameras' visitor tracking (null without one)
    privacy::PurgeScheduler *purge = nullptr;     ///< the hourly retention purge (null in tests that run none)
    /// The pipeline's indices of the desk cameras (role desk): the only ones the visitor dialog
    /// takes a photo from.
    QList<int> deskCameras;
};

} // namespace portique::ui
