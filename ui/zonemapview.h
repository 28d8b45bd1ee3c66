// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitors/visitor.h"
#include "visitors/zonemap.h"

#include <QHash>
#include <QWidget>

#include <vector>

namespace portique::ui {

/// @brief The school's plan (the configured image, or a drawn schematic of the zones when there is
/// none) with the indoor cameras at their spots, restricted zones marked, and optionally one
/// visitor's trail as numbered markers joined in time order. In edit mode a click places the
/// current camera (the zones page). GUI thread; paints only what it is given.
class ZoneMapView final : public QWidget {
    Q_OBJECT

public:
    explicit ZoneMapView(QWidget *parent = nullptr);

    /// @brief @p cameraZones: camera name -> the zone it watches (for labels and restricted marks).
    void setMap(const visitors::ZoneMap &map, const QHash<QString, QString> &cameraZones);
    /// @brief Numbered markers at the cameras of @p trail (oldest first), joined by arrows; empty clears.
    void setTrail(const std::vector<visitors::Sighting> &trail);
    void setEditable(bool editable);
    void setCurrentCamera(const QString &camera);

    QSize sizeHint() const override;

Q_SIGNALS:
    /// @brief Edit mode: the current camera was placed at @p spot (0..1 of the plan).
    void cameraPlaced(const QString &camera, QPointF spot);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace portique::ui
