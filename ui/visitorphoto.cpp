// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorphoto.h"

#include "cameratile.h"
#include "theme.h"
#include "vision/visionpipeline.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portique::ui {

namespace {

/// The photo needs a usable, described face seen this long (no liveness: it only has to look like
/// the visitor for the pass and the watchlist); half a second is a few processed frames.
constexpr qint64 photoMinimumMs = 500;
/// Once the agent asked for the photo: long enough for a visitor to face the camera; past it the
/// camera stops describing and the agent is told (and may take it again).
constexpr qint64 photoTimeoutMs = 10000;

// The captured photo as the dialog shows it: the size of a pass photo at screen resolution.
const QSize photoSize(96, 120);

/// The face of @p track in @p view, with some room around it, as the pass prints it.
QImage facePhoto(const vision::CameraView &view, const vision::TrackView &track)
{
    if (view.frameSize.isEmpty() || view.image.isNull())
        return {};
    const double scale = double(view.image.width()) / view.frameSize.width();
    const QRect box = track.box.adjusted(-track.box.width() / 3, -track.box.height() / 2, track.box.width() / 3, track.box.height() / 2);
    const QRect scaled(QPoint(int(box.x() * scale), int(box.y() * scale)), box.size() * scale);
    return view.image.copy(scaled.intersected(view.image.rect()));
}

const vision::TrackView *biggestTrack(const vision::CameraView &view)
{
    if (view.tracks.empty())
        return nullptr;
    return &*std::max_element(view.tracks.cbegin(), view.tracks.cend(),
                              [](const vision::TrackView &a, const vision::TrackView &b) { return a.box.width() < b.box.width(); });
}

} // namespace

VisitorPhoto::VisitorPhoto(StationContext &context, QWidget *parent)
    : QGroupBox(tr("Photo"), parent)
    , m_context(context)
    , m_camera(new QComboBox(this))
    , m_tile(new CameraTile(QString(), this))
    , m_hint(new QLabel(this))
    , m_photo(new QLabel(this))
    , m_take(new QPushButton(tr("&Take the photo"), this))
    , m_use(new QPushButton(tr("&Use this photo"), this))
    , m_retake(new QPushButton(tr("Ta&ke again"), this))
    , m_note(makeLabel(tr("Printed on the pass only, never stored."), QStringLiteral("note"), this))
{
    setObjectName(QStringLiteral("visitorPhoto"));
    m_camera->setObjectName(QStringLiteral("photoCamera"));
    m_tile->setObjectName(QStringLiteral("photoPreview"));
    m_hint->setObjectName(QStringLiteral("photoHint"));
    m_photo->setObjectName(QStringLiteral("photoTaken"));
    m_take->setObjectName(QStringLiteral("takePhoto"));
    m_use->setObjectName(QStringLiteral("usePhoto"));
    m_retake->setObjectName(QStringLiteral("retakePhoto"));
    for (QPushButton *button : {m_take, m_use, m_retake})
        button->setAutoDefault(false); // Enter registers the visitor; it never takes a photo
    m_captureOptions.requireLiveness = false;
    m_captureOptions.minimumMs = photoMinimumMs;
    m_captureOptions.timeoutMs = photoTimeoutMs;
    m_capture = vision::EnrolmentCapture(m_captureOptions);

    auto *cameraLabel = new QLabel(tr("Desk &camera:"), this);
    cameraLabel->setBuddy(m_camera);
    auto *cameraRow = new QHBoxLayout;
    cameraRow->addWidget(cameraLabel);
    cameraRow->addWidget(m_camera, 1);
    m_tile->setFixedSize(320, 240);
    // Space on the preview takes the photo: the agent's explicit key, never a field's typing.
    m_tile->setFocusPolicy(Qt::StrongFocus);
    m_tile->setToolTip(tr("Press Space here to take the photo."));
    m_tile->installEventFilter(this);
    QFont bold = m_hint->font();
    bold.setBold(true);
    m_hint->setFont(bold);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    // Room for two lines: the hints change with every frame and must not squeeze the preview.
    m_hint->setMinimumHeight(QFontMetrics(bold).lineSpacing() * 2 + 4);
    m_photo->setFixedSize(photoSize);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setText(tr("No photo"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_use);
    buttons->addWidget(m_retake);
    buttons->addWidget(m_note);
    buttons->addStretch(1);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addLayout(buttons, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cameraRow);
    layout->addWidget(m_tile, 0, Qt::AlignHCenter);
    layout->addWidget(m_hint);
    layout->addLayout(photoRow);

    m_take->setEnabled(false);
    m_use->setEnabled(false);
    m_retake->setEnabled(false);
    connect(m_take, &QPushButton::clicked, this, &VisitorPhoto::takePhoto);
    connect(m_use, &QPushButton::clicked, this, &VisitorPhoto::confirmPhoto);
    connect(m_retake, &QPushButton::clicked, this, &VisitorPhoto::retakePhoto);

    // Only the desk cameras: a gate lane's or an indoor camera's face is never a visitor's photo.
    vision::VisionPipeline *pipeline = m_context.pipeline;
    if (pipeline) {
        for (int index : std::as_const(m_context.deskCameras)) {
            if (index >= 0 && index < pipeline->cameraCount())
                m_camera->addItem(pipeline->camera(index).name(), index);
        }
    }
    m_available = m_camera->count() > 0;
    if (m_available) {
        connect(m_camera, &QComboBox::currentIndexChanged, this, &VisitorPhoto::discardPhoto);
        startPreview();
        return;
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_camera, cameraLabel, m_tile, m_take, m_use, m_retake, m_photo, m_note})
        widget->hide();
    setMaximumWidth(360);
    if (!pipeline)
        m_hint->setText(
            m_context.camerasUnavailable.isEmpty()
                ? tr("No camera is running: the visitor is registered without a photo.")
                : tr("No camera is running (%1): the visitor is registered without a photo.").arg(m_context.camerasUnavailable));
    else
        m_hint->setText(tr("No desk camera: the visitor is registered without a photo. The administrator gives a camera the "
                           "role “Visitor desk” (Administration › Cameras) to take visitors' photos; a gate or indoor camera "
                           "never does."));
    m_hint->setFont(font());
    m_hint->setAlignment(Qt::AlignLeft);
}

VisitorPhoto::~VisitorPhoto()
{
    stopCapture();
}

void VisitorPhoto::setCaptureOptions(const vision::EnrolmentCapture::Options &options)
{
    m_captureOptions = options;
    m_capture = vision::EnrolmentCapture(m_captureOptions);
}

std::optional<biometrics::Descriptor> VisitorPhoto::descriptor() const
{
    return m_confirmed ? m_descriptor : std::nullopt;
}

QImage VisitorPhoto::image() const
{
    return m_confirmed ? m_image : QImage();
}

QList<QWidget *> VisitorPhoto::tabChain() const
{
    return {m_camera, m_tile, m_take, m_use, m_retake};
}

void VisitorPhoto::finish()
{
    stopCapture();
    m_descriptor.reset();
    m_image = QImage();
    m_confirmed = false;
}

bool VisitorPhoto::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tile && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && !key->isAutoRepeat()) {
            takePhoto();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

// The desk camera is watched from the start (the agent sees the visitor in the tile), but it
// describes the visitor's face only from the agent's key until the photo is kept or given up
// (PRIVACY.md §1): a descriptor request, released at once.

void VisitorPhoto::startPreview()
{
    vision::VisionPipeline *pipeline = m_context.pipeline;
    if (!pipeline || !m_available)
        return;
    if (!m_connection)
        m_connection =
            connect(pipeline, &vision::VisionPipeline::cameraUpdated, this, [this](const vision::CameraView &view) { onCameraView(view); });
    m_hint->setText(vision::captureHintText(vision::CaptureHint::NoFace));
}

void VisitorPhoto::stopCapture()
{
    releasePhotoRequest();
    if (m_connection)
        disconnect(m_connection);
    m_connection = {};
}

void VisitorPhoto::releasePhotoRequest()
{
    if (m_request != 0 && m_context.pipeline)
        m_context.pipeline->releaseDescriptors(m_requestCamera, m_request);
    m_request = 0;
}

void VisitorPhoto::onCameraView(const vision::CameraView &view)
{
    if (view.camera != m_camera->currentData().toInt())
        return;
    m_tile->setView(view);
    if (m_descriptor)
        return; // the photo is taken; the tile stays live for a retake
    if (m_request == 0) {
        const bool face = !view.tracks.empty();
        m_take->setEnabled(face);
        m_hint->setText(face ? tr("Press Space on the preview or “Take the photo” when the visitor faces the camera.")
                             : vision::captureHintText(vision::CaptureHint::NoFace));
        return;
    }
    // Only the descriptors computed for this photo (not a lane's, not a visitor tracked indoors).
    std::vector<vision::TrackView> tracks = view.tracks;
    for (vision::TrackView &track : tracks) {
        if (track.request != m_request)
            track.descriptor.reset();
    }
    // From 1: EnrolmentCapture reads a time of 0 as "not seen yet", and the first frame after
    // the key may come within the same millisecond.
    const qint64 now = m_captureClock.elapsed() + 1;
    const vision::CaptureHint hint = m_capture.add(now, tracks);
    if (m_capture.complete()) {
        if (const vision::CaptureResult result = m_capture.result(); result.descriptor) {
            keepPhoto(view, *result.descriptor);
            return;
        }
    }
    if (m_capture.timedOut(now)) {
        releasePhotoRequest();
        m_take->setEnabled(true);
        m_hint->setText(tr("No usable face: %1 Take the photo again.").arg(vision::captureHintText(hint)));
        return;
    }
    m_hint->setText(hint == vision::CaptureHint::HoldStill ? tr("Hold still: taking the photo…") : vision::captureHintText(hint));
}

void VisitorPhoto::takePhoto()
{
    vision::VisionPipeline *pipeline = m_context.pipeline;
    if (!pipeline || !m_available || m_descriptor || m_request != 0 || m_camera->currentIndex() < 0)
        return;
    m_requestCamera = m_camera->currentData().toInt();
    m_request = pipeline->requestDescriptors(m_requestCamera, vision::DescriptorReason::VisitorRegistration);
    m_capture = vision::EnrolmentCapture(m_captureOptions);
    m_captureClock.restart();
    m_take->setEnabled(false);
    m_hint->setText(tr("Hold still: taking the photo…"));
}

void VisitorPhoto::keepPhoto(const vision::CameraView &view, const biometrics::Descriptor &descriptor)
{
    releasePhotoRequest();
    const vision::TrackView *face = biggestTrack(view);
    m_descriptor = descriptor;
    m_confirmed = false;
    m_image = face ? facePhoto(view, *face) : QImage();
    if (m_image.isNull())
        m_photo->setText(tr("Photo taken"));
    else
        m_photo->setPixmap(QPixmap::fromImage(m_image.scaled(photoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_hint->setText(tr("Is it the visitor? “Use this photo”, or take it again."));
    m_take->setEnabled(false);
    m_use->setEnabled(true);
    m_retake->setEnabled(true);
    m_use->setFocus();
}

void VisitorPhoto::confirmPhoto()
{
    if (!m_descriptor || m_confirmed)
        return;
    m_confirmed = true;
    m_use->setEnabled(false);
    m_hint->setText(QStringLiteral("✓ ") + tr("Photo taken"));
    Q_EMIT photoChanged();
}

void VisitorPhoto::discardPhoto()
{
    const bool had = hasPhoto();
    releasePhotoRequest();
    m_descriptor.reset();
    m_confirmed = false;
    m_image = QImage();
    m_photo->setPixmap(QPixmap());
    m_photo->setText(tr("No photo"));
    m_use->setEnabled(false);
    m_retake->setEnabled(false);
    m_take->setEnabled(false);
    m_tile->setView({});
    startPreview();
    if (had)
        Q_EMIT photoChanged();
}

void VisitorPhoto::retakePhoto()
{
    discardPhoto();
    takePhoto();
}

} // namespace portique::ui
