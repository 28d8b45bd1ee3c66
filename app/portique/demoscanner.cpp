// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demoscanner.h"

#include "vision/syntheticscenes.h"

#include <cmath>

namespace portique::app {

DemoScanner::DemoScanner(station::DemoWallet wallet, vision::VisionPipeline &pipeline,
                         std::function<access::LaneController *(const QString &)> laneController, QObject *parent)
    : QObject(parent)
    , m_wallet(std::move(wallet))
    , m_pipeline(pipeline)
    , m_laneController(std::move(laneController))
{
    connect(&pipeline, &vision::VisionPipeline::cameraUpdated, this, &DemoScanner::onView);
}

void DemoScanner::onView(const vision::CameraView &view)
{
    const QString lane = m_pipeline.camera(view.camera).name();
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
    if (access::LaneController *controller = m_laneController(lane))
        controller->present(codes.at(int(slot % codes.size())), access::CredentialMethod::Scanner);
}

} // namespace portique::app
