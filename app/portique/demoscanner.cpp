// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demoscanner.h"

#include "access/gate.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"

#include <cmath>

namespace portique::app {

DemoScanner::DemoScanner(station::DemoWallet wallet, access::Gate &gate, QObject *parent)
    : QObject(parent)
    , m_wallet(std::move(wallet))
    , m_gate(gate)
{
    // After the gate has given the frame's faces to the lane: the badge finds its face there.
    connect(&gate, &access::Gate::viewed, this, &DemoScanner::onView);
}

void DemoScanner::onView(int laneIndex, const vision::CameraView &view)
{
    const QString lane = m_gate.lanes().value(laneIndex).name;
    const QStringList codes = m_wallet.codes.value(lane);
    if (codes.isEmpty())
        return;
    // The demo videos play at SyntheticScenes::fps and loop: the frame number says who is there.
    const double secondsEach = m_wallet.secondsEach.value(lane, 3.0);
    const double t = double(view.sequence - 1) / vision::SyntheticScenes::fps;
    const qint64 slot = qint64(t / secondsEach);
    if (std::fmod(t, secondsEach) < presentAt || m_presentedSlot.value(lane, -1) == slot)
        return;
    m_presentedSlot.insert(lane, slot);
    if (access::LaneController *controller = m_gate.controller(laneIndex))
        controller->present(codes.at(int(slot % codes.size())), access::CredentialMethod::Scanner);
}

} // namespace portique::app
