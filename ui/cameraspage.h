// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "station/cameraconfig.h"
#include "stationcontext.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace portique::ui {

/// @brief The administrator's list of cameras: name, source (device, stream, file or folder), role,
/// zone, mounting, and how small a face it must find (with the distance that means). Saved (and
/// audited) as one setting; the cameras restart with the station.
class CamerasPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CamerasPage)

public:
    CamerasPage(const StationContext &context, QString actor, QWidget *parent = nullptr);
    void reload();
    /// @brief Adds the camera typed in the form, then saves the whole list.
    void addFromForm();
    void removeSelected();
    QList<station::CameraConfig> cameras() const { return m_cameras; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const QList<station::CameraConfig> &cameras);
    void save(const QList<station::CameraConfig> &cameras);
    /// The camera the form describes (not yet validated).
    station::CameraConfig fromForm() const;
    /// Shows beside the smallest face how far from the camera that face is.
    void updateReach();

    const StationContext &m_context;
    QString m_actor;
    QList<station::CameraConfig> m_cameras;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_source;
    QComboBox *m_role;
    QLineEdit *m_zone;
    QComboBox *m_rotation;
    QSpinBox *m_maxWidth;
    QSpinBox *m_minFace;
    QDoubleSpinBox *m_fov;
    QLabel *m_reach;
    QLabel *m_message;
};

} // namespace portique::ui
