// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "station/demolanes.h"

#include <QHash>
#include <QObject>

namespace portique::access {
class Gate;
}
namespace portique::vision {
struct CameraView;
}

namespace portique::app {

/// @brief The demo's scanner: as each person of a demo lane video reaches the lane, it presents
/// the badge that person holds in the demo school (the wallet) to the station's gate, as a scanner
/// would: the demo goes on passing people while the screen is locked. Demo only.
class DemoScanner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoScanner)

public:
    DemoScanner(station::DemoWallet wallet, access::Gate &gate, QObject *parent = nullptr);

    /// Seconds into each person's time in front of the camera when their badge is shown.
    static constexpr double presentAt = 1.8;

private:
    void onView(int lane, const vision::CameraView &view);

    station::DemoWallet m_wallet;
    access::Gate &m_gate;
    QHash<QString, qint64> m_presentedSlot;
};

} // namespace portique::app
