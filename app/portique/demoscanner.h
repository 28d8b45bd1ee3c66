// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/lanecontroller.h"
#include "station/demolanes.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace portique::app {

/// @brief The demo's scanner: as each person of a demo lane video reaches the lane, it presents
/// the badge that person holds in the demo school (the wallet), as a scanner would. Demo only.
class DemoScanner final : public QObject {
    Q_OBJECT

public:
    /// @p laneController finds the controller of a lane by name in the current window (none when
    /// nobody is signed in, or the lane screen is not built).
    DemoScanner(station::DemoWallet wallet, vision::VisionPipeline &pipeline,
                std::function<access::LaneController *(const QString &lane)> laneController, QObject *parent = nullptr);

    /// Seconds into each person's time in front of the camera when their badge is shown.
    static constexpr double presentAt = 1.8;

private:
    void onView(const vision::CameraView &view);

    station::DemoWallet m_wallet;
    vision::VisionPipeline &m_pipeline;
    std::function<access::LaneController *(const QString &)> m_laneController;
    QHash<QString, qint64> m_presentedSlot;
};

} // namespace portique::app
