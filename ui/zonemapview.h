// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitors/visitor.h"
#include "visitors/zonemap.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

namespace portique::ui {

/// @brief The school's plan (the configured image, or a drawn schematic of the zones when there is
/// none) with the indoor cameras at their spots, restricted zones marked, and optionally one
/// visitor's trail as numbered markers joined in time order. In edit mode a click places the
/// current camera (the zones page). GUI thread; paints only what it is given.
class ZoneMapView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneMapView)

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

private:
    /// Where the plan (image or schematic) is drawn in the widget: the largest rectangle of the
    /// plan's proportions that fits inside the margins, centred.
    QRectF planRect() const;
    /// The schematic's box of zone @p index, in plan coordinates (0..1).
    QRectF zoneBox(int index) const;
    /// Where camera @p camera is drawn in widget coordinates: its spot, or in the schematic a
    /// place inside its zone's box; nothing when it cannot be placed.
    std::optional<QPointF> cameraPoint(const QString &camera) const;
    QString zoneOf(const QString &camera) const;
    /// Every camera worth drawing: the placed ones and the configured indoor ones, sorted.
    QStringList cameras() const;
    void paintSchematic(QPainter &painter, const QRectF &plan) const;
    void paintCameras(QPainter &painter) const;
    void paintTrail(QPainter &painter) const;
    void paintUnplaced(QPainter &painter) const;

    visitors::ZoneMap m_map;
    QHash<QString, QString> m_cameraZones;
    std::vector<visitors::Sighting> m_trail;
    QImage m_plan;          ///< the plan image, loaded once per setMap; null: the schematic
    QString m_planProblem;  ///< why the configured plan image is not shown
    bool m_editable = false;
    QString m_currentCamera;
};

} // namespace portique::ui
