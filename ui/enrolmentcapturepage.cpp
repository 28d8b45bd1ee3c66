// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentcapturepage.h"

#include "cameratile.h"
#include "common/clock.h"
#include "enrolmentwizardstate.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/visionpipeline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portique::ui {

// The pages have no Q_OBJECT: a bare tr() would be QWizardPage's, a context the translations (made
// under EnrolmentWizard's) never match. Their texts are EnrolmentWizard's.

using storage::submitJob;

EnrolmentWizard::Capture::Capture(State &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_pipeline(state.context.pipeline)
    , m_camera(new QComboBox(this))
    , m_tile(new CameraTile(QString(), this))
    , m_hint(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(EnrolmentWizard::tr("&Try again"), this))
    , m_failure(makeLabel(QString(), QStringLiteral("error"), this))
{
    setTitle(EnrolmentWizard::tr("Capture"));
    setSubTitle(EnrolmentWizard::tr("Ask the person to stand in front of the camera, look at it and blink once. No image is kept."));
    m_camera->setObjectName(QStringLiteral("captureCamera"));
    m_hint->setObjectName(QStringLiteral("captureHint"));
    m_retry->setObjectName(QStringLiteral("captureRetry"));
    QFont big = m_hint->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_hint->setFont(big);
    m_hint->setAlignment(Qt::AlignCenter);
    m_progress->setTextVisible(false);
    m_tile->setMinimumSize(420, 300);
    auto *cameraRow = new QHBoxLayout;
    auto *cameraLabel = new QLabel(EnrolmentWizard::tr("&Camera:"), this);
    cameraLabel->setBuddy(m_camera);
    cameraRow->addWidget(cameraLabel);
    cameraRow->addWidget(m_camera, 1);
    cameraRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cameraRow);
    layout->addWidget(m_tile, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_failure);
    connect(m_retry, &QPushButton::clicked, this, &Capture::restart);
    connect(m_camera, &QComboBox::currentIndexChanged, this, &Capture::restart);
}

void EnrolmentWizard::Capture::initializePage()
{
    vision::VisionPipeline *pipeline = m_state.context.pipeline;
    const QSignalBlocker blocker(m_camera);
    m_camera->clear();
    for (int i = 0; pipeline && i < pipeline->cameraCount(); ++i)
        m_camera->addItem(pipeline->camera(i).name(), i);
    restart();
}

void EnrolmentWizard::Capture::stop()
{
    if (m_connection)
        disconnect(m_connection);
    m_connection = {};
    // The camera goes back to describing nobody (PRIVACY.md §1): what it computed is forgotten.
    if (m_request != 0 && m_pipeline)
        m_pipeline->releaseDescriptors(m_requestCamera, m_request);
    m_request = 0;
}

bool EnrolmentWizard::Capture::isComplete() const
{
    return m_state.capture && m_state.capture->ok();
}

bool EnrolmentWizard::Capture::validatePage()
{
    stop();
    return isComplete();
}

void EnrolmentWizard::Capture::restart()
{
    stop();
    m_capture = vision::EnrolmentCapture(m_state.captureOptions);
    m_clock.restart();
    m_state.capture.reset();
    m_state.photo = QImage();
    m_failed = false;
    m_failure->clear();
    m_retry->setVisible(false);
    m_progress->setRange(0, int(m_state.captureOptions.timeoutMs));
    m_progress->setValue(0);
    m_hint->setText(vision::captureHintText(vision::CaptureHint::NoFace));
    m_tile->setView({});
    if (m_pipeline && m_camera->currentIndex() >= 0) {
        // The camera describes the person in front only while this capture runs (PRIVACY.md §1).
        m_requestCamera = m_camera->currentData().toInt();
        m_request = m_pipeline->requestDescriptors(m_requestCamera, vision::DescriptorReason::Enrolment);
        m_connection =
            connect(m_pipeline, &vision::VisionPipeline::cameraUpdated, this, [this](const vision::CameraView &view) { onView(view); });
    }
    Q_EMIT completeChanged();
}

void EnrolmentWizard::Capture::onView(const vision::CameraView &view)
{
    if (view.camera != m_camera->currentData().toInt() || m_failed || isComplete())
        return;
    m_tile->setView(view);
    // From 1: EnrolmentCapture reads a time of 0 as "not seen yet".
    const qint64 now = m_clock.elapsed() + 1;
    // Only the descriptors computed for this enrolment: not a lane's, not a visitor's.
    std::vector<vision::TrackView> tracks = view.tracks;
    for (vision::TrackView &track : tracks) {
        if (track.request != m_request)
            track.descriptor.reset();
    }
    const vision::CaptureHint hint = m_capture.add(now, tracks);
    m_hint->setText(vision::captureHintText(hint));
    m_progress->setValue(int(std::min<qint64>(now, m_progress->maximum())));
    if (m_capture.complete()) {
        m_state.capture = m_capture.result();
        if (m_state.printPhoto)
            m_state.photo = facePhoto(view);
        m_progress->setValue(m_progress->maximum());
        stop();
        Q_EMIT completeChanged();
        wizard()->next();
    } else if (m_capture.timedOut(now)) {
        fail(m_capture.result());
    }
}

QImage EnrolmentWizard::Capture::facePhoto(const vision::CameraView &view)
{
    if (view.tracks.empty() || view.frameSize.isEmpty())
        return {};
    const auto biggest = std::max_element(view.tracks.cbegin(), view.tracks.cend(),
                                          [](const auto &a, const auto &b) { return a.box.width() < b.box.width(); });
    const double scale = double(view.image.width()) / view.frameSize.width();
    const QRect box =
        biggest->box.adjusted(-biggest->box.width() / 3, -biggest->box.height() / 2, biggest->box.width() / 3, biggest->box.height() / 2);
    return view.image.copy(QRect(QPoint(int(box.x() * scale), int(box.y() * scale)), box.size() * scale));
}

void EnrolmentWizard::Capture::fail(const vision::CaptureResult &result)
{
    m_failed = true;
    stop();
    m_retry->setVisible(true);
    const vision::CaptureFailure failure = result.failure.value_or(vision::captureFailure(QStringLiteral("timeout")));
    m_failure->setText(
        EnrolmentWizard::tr("Failure to enrol: %1 It is recorded; try again, or issue a badge-only badge.").arg(failure.text));
    const common::Clock *clock = m_state.context.clock;
    submitJob<void>(
        *m_state.context.writer, this,
        [clock, id = m_state.person.id, reason = failure.id, samples = result.samples, actor = m_state.actor](storage::Database &db) {
            station::StationServices(db, *clock).enrolments.recordFailure(id, reason, people::CaptureMethod::Camera, samples, actor);
        },
        [] {}, [this](const QString &message) { m_failure->setText(message); });
}

} // namespace portique::ui
