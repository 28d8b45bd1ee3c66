// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "enrolmentwizard.h"
#include "vision/enrolmentcapture.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace portique::vision {
struct CameraView;
class VisionPipeline;
} // namespace portique::vision

namespace portique::ui {

class CameraTile;

/// Page 3 of the enrolment: live capture with hints and liveness; one template kept, every image
/// dropped.
class EnrolmentWizard::Capture final : public QWizardPage {
public:
    Capture(State &state, QWidget *parent);
    void initializePage() override;

    ~Capture() override { stop(); }
    void cleanupPage() override { stop(); }
    /// The descriptor request this capture holds on its camera (0: none).
    int request() const { return m_request; }
    void stop();

    bool isComplete() const override;
    bool validatePage() override;

private:
    void restart();

    void onView(const vision::CameraView &view);

    /// The face of the current view, for the badge only (setting "print the photo").
    static QImage facePhoto(const vision::CameraView &view);

    void fail(const vision::CaptureResult &result);

    State &m_state;
    // Held apart from m_state: the page may outlive it while the wizard is destroyed.
    vision::VisionPipeline *m_pipeline;
    QComboBox *m_camera;
    CameraTile *m_tile;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QLabel *m_failure;
    vision::EnrolmentCapture m_capture;
    QElapsedTimer m_clock;
    QMetaObject::Connection m_connection;
    int m_requestCamera = -1;
    int m_request = 0;
    bool m_failed = false;
};

} // namespace portique::ui
