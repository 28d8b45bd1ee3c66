// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "vision/enrolmentcapture.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QImage>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace portique::ui {

class CameraTile;

/// @brief The visitor's photo, from a desk camera only (StationContext::deskCameras): never a gate
/// lane's nor an indoor camera's. The preview runs from the opening, but the camera describes a
/// face only once the agent presses Space (on the preview) or "Take the photo", and the photo
/// counts only once the agent confirmed it ("Use this photo"; or takes it again). Without a desk
/// camera it says so: the visitor is registered without a photo. GUI thread only.
class VisitorPhoto final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorPhoto)

public:
    explicit VisitorPhoto(StationContext &context, QWidget *parent = nullptr);
    ~VisitorPhoto() override;

    void setCaptureOptions(const vision::EnrolmentCapture::Options &options);
    /// @brief A desk camera runs: a photo can be taken.
    bool available() const { return m_available; }
    /// @brief A photo was taken and confirmed by the agent.
    bool hasPhoto() const { return m_confirmed && m_descriptor.has_value(); }
    /// @brief A photo was taken and waits for the agent's "Use this photo" or "Take again".
    bool awaitingConfirmation() const { return !m_confirmed && m_descriptor.has_value(); }
    /// @brief The confirmed photo's descriptor (memory only); nullopt without a confirmed photo.
    std::optional<biometrics::Descriptor> descriptor() const;
    /// @brief The confirmed photo for the pass; null without one.
    QImage image() const;
    /// @brief The descriptor request held on the camera while the photo is being taken (0: none).
    int descriptorRequest() const { return m_request; }
    /// @brief The widgets of the photo in tab order.
    QList<QWidget *> tabChain() const;
    /// @brief Stops watching the camera and forgets the photo (it left with the registration).
    void finish();

public Q_SLOTS:
    /// @brief Starts taking the photo: the camera describes the person in front until a usable
    /// face was seen long enough, or the time is up.
    void takePhoto();
    /// @brief Keeps the photo taken ("Use this photo").
    void confirmPhoto();
    /// @brief Forgets the photo taken and takes another.
    void retakePhoto();

Q_SIGNALS:
    /// @brief The confirmed photo came or went.
    void photoChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startPreview();
    void stopCapture();
    void releasePhotoRequest();
    void discardPhoto();
    void onCameraView(const vision::CameraView &view);
    void keepPhoto(const vision::CameraView &view, const biometrics::Descriptor &descriptor);

    StationContext &m_context;
    bool m_available = false;
    QComboBox *m_camera;
    CameraTile *m_tile;
    QLabel *m_hint;
    QLabel *m_photo;
    QPushButton *m_take;
    QPushButton *m_use;
    QPushButton *m_retake;
    QLabel *m_note;

    vision::EnrolmentCapture::Options m_captureOptions;
    vision::EnrolmentCapture m_capture;
    QElapsedTimer m_captureClock;
    QMetaObject::Connection m_connection;
    int m_requestCamera = -1;
    int m_request = 0;                                  ///< the descriptor request while the photo is taken
    std::optional<biometrics::Descriptor> m_descriptor; ///< of the photo; memory only
    QImage m_image;                                     ///< for the pass print only; never stored
    bool m_confirmed = false;
};

} // namespace portique::ui
