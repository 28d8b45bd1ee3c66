// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "station/cameraconfig.h"
#include "stationcontext.h"
#include "visitors/zonemap.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace portique::ui {

class ZoneMapView;

/// @brief Administration › Zones: the parts of the school the indoor cameras watch (restricted or
/// not), the plan image, and where each indoor camera is on it (pick a camera, click on the plan).
/// Edited here, saved as one audited setting by "Save"; a map the core refuses is not saved and
/// its reason is shown. GUI thread only.
class ZonesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonesPage)

public:
    ZonesPage(StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reads the map in force and the cameras again (unsaved changes are dropped).
    void reload();
    /// @brief Adds the zone typed in the form (the "Add the zone" button).
    void addZoneFromForm();
    void removeSelectedZone();
    void setPlanImage(const QString &path);
    /// @brief The camera the next click on the plan places.
    bool selectCamera(const QString &camera);
    /// @brief Takes the selected camera off the plan.
    void unplaceSelectedCamera();
    void save();

    const visitors::ZoneMap &map() const { return m_map; }
    QList<station::CameraConfig> indoorCameras() const { return m_cameras; }
    ZoneMapView *mapView() const { return m_view; }
    bool isModified() const { return m_modified; }
    bool isLoaded() const { return m_loaded; }
    QString message() const;

Q_SIGNALS:
    void loaded();
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display();
    void showZones();
    void showCameras();
    void updateView();
    void setModified(bool modified);
    void showMessage(const QString &text, const QString &role);
    void cameraPlaced(const QString &camera, QPointF spot);
    QString selectedCamera() const;

    StationContext &m_context;
    QString m_actor;
    visitors::ZoneMap m_map;
    QList<station::CameraConfig> m_cameras; ///< the indoor ones
    bool m_modified = false;
    bool m_loaded = false;
    bool m_filling = false; ///< the tables are being filled: their change signals are not edits
    QTableWidget *m_zones;
    QLineEdit *m_zoneName;
    QCheckBox *m_zoneRestricted;
    QPushButton *m_removeZone;
    QLineEdit *m_plan;
    QLabel *m_planState;
    QTableWidget *m_cameraTable;
    QPushButton *m_unplace;
    ZoneMapView *m_view;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace portique::ui
