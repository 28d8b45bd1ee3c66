// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "vision/camerathread.h"
#include "vision/visionpipeline.h"

#include <QWidget>

namespace portique::ui {

/// @brief One camera on the wall: its latest image (already converted by the vision worker), the
/// tracked faces with their id and quality, and an overlay saying how the camera is (live at N fps,
/// frozen, lost and reconnecting). Painting never waits on a camera. GUI thread only.
class CameraTile final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraTile)

public:
    CameraTile(QString name, QWidget *parent = nullptr);

    void setView(const vision::CameraView &view);
    void setStatus(const vision::CameraStatus &status);
    const vision::CameraStatus &status() const { return m_status; }
    /// @brief The words the overlay shows for the current status (tests, accessibility).
    QString statusText() const;

Q_SIGNALS:
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {480, 360}; }

private:
    QString m_name;
    vision::CameraView m_view;
    vision::CameraStatus m_status;
};

} // namespace portique::ui
