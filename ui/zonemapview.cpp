// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "zonemapview.h"

#include "theme.h"

#include <QFileInfo>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace portique::ui {
namespace {

// Room around the plan for the labels of cameras at its edges.
constexpr qreal margin = 8;
// The schematic's proportions when there is no image: a school's plan is wider than high.
constexpr qreal schematicAspect = 3.0 / 2.0;
// Trail markers: big enough for a two-digit number at the station's 8 pt.
constexpr qreal markerRadius = 10;
// How far from its camera a trail marker sits, so it hides neither the glyph nor the name.
constexpr qreal markerDistance = 22;

const QColor cameraColour(0x37, 0x47, 0x4f);
const QColor trailColour(0x1f, 0x5f, 0xa8);

/// A line from @p from to @p to with a head at @p to.
void drawArrow(QPainter &painter, QPointF from, QPointF to)
{
    const QLineF line(from, to);
    if (line.length() < 1)
        return;
    painter.drawLine(line);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    constexpr qreal head = 9;
    const QPointF left = to - QPointF(std::cos(angle - M_PI / 7) * head, -std::sin(angle - M_PI / 7) * head);
    const QPointF right = to - QPointF(std::cos(angle + M_PI / 7) * head, -std::sin(angle + M_PI / 7) * head);
    painter.save();
    painter.setBrush(painter.pen().color());
    painter.drawPolygon(QPolygonF{to, left, right});
    painter.restore();
}

/// Text on a pale box, readable over any plan image.
void drawTag(QPainter &painter, QPointF centreTop, const QString &text, const QColor &colour, const QRectF &bounds)
{
    const QFontMetricsF metrics(painter.font());
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    box.moveCenter(QPointF(centreTop.x(), centreTop.y() + box.height() / 2));
    // Kept inside the widget: a camera at the plan's edge still shows its whole name.
    box.moveLeft(std::clamp(box.left(), bounds.left(), std::max(bounds.left(), bounds.right() - box.width())));
    box.moveTop(std::clamp(box.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - box.height())));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace

ZoneMapView::ZoneMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("zoneMap"));
    setAccessibleName(tr("Zone map"));
    setMinimumSize(240, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ZoneMapView::setMap(const visitors::ZoneMap &map, const QHash<QString, QString> &cameraZones)
{
    const bool samePlan = map.planImage == m_map.planImage && (!m_plan.isNull() || !m_planProblem.isEmpty());
    m_map = map;
    m_cameraZones = cameraZones;
    if (!samePlan) {
        m_plan = QImage();
        m_planProblem.clear();
        if (!map.planImage.isEmpty()) {
            m_plan = QImage(map.planImage);
            if (m_plan.isNull())
                m_planProblem = tr("The plan image %1 cannot be read: the zones are drawn instead.").arg(QFileInfo(map.planImage).fileName());
        }
    }
    update();
}

void ZoneMapView::setTrail(const std::vector<visitors::Sighting> &trail)
{
    m_trail = trail;
    update();
}

void ZoneMapView::setEditable(bool editable)
{
    m_editable = editable;
    setCursor(editable ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void ZoneMapView::setCurrentCamera(const QString &camera)
{
    m_currentCamera = camera;
    update();
}

QSize ZoneMapView::sizeHint() const
{
    return {480, 320};
}

QRectF ZoneMapView::planRect() const
{
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (area.width() <= 0 || area.height() <= 0)
        return {};
    const qreal aspect = m_plan.isNull() ? schematicAspect : qreal(m_plan.width()) / m_plan.height();
    QSizeF size(area.width(), area.width() / aspect);
    if (size.height() > area.height())
        size = QSizeF(area.height() * aspect, area.height());
    QRectF plan(QPointF(), size);
    plan.moveCenter(area.center());
    return plan;
}

QRectF ZoneMapView::zoneBox(int index) const
{
    const int count = int(m_map.zones.size());
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
    const int rows = std::max(1, (count + columns - 1) / columns);
    const qreal width = 1.0 / columns;
    const qreal height = 1.0 / rows;
    constexpr qreal gap = 0.015;
    return QRectF((index % columns) * width + gap, (index / columns) * height + gap, width - 2 * gap, height - 2 * gap);
}

QString ZoneMapView::zoneOf(const QString &camera) const
{
    return m_cameraZones.value(camera);
}

QStringList ZoneMapView::cameras() const
{
    QSet<QString> names;
    for (auto it = m_map.cameraSpots.cbegin(); it != m_map.cameraSpots.cend(); ++it)
        names.insert(it.key());
    for (auto it = m_cameraZones.cbegin(); it != m_cameraZones.cend(); ++it)
        names.insert(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

std::optional<QPointF> ZoneMapView::cameraPoint(const QString &camera) const
{
    const QRectF plan = planRect();
    if (plan.isEmpty())
        return std::nullopt;
    const auto toWidget = [&plan](QPointF unit) { return QPointF(plan.left() + unit.x() * plan.width(), plan.top() + unit.y() * plan.height()); };
    const auto spot = m_map.cameraSpots.constFind(camera);
    if (!m_plan.isNull()) {
        // On a real plan only the administrator knows where a camera is.
        if (spot == m_map.cameraSpots.cend())
            return std::nullopt;
        return toWidget(*spot);
    }
    // The schematic: a spot is kept when it falls in the camera's zone box (placed on the
    // schematic itself); spots set on a plan image mean nothing here, so the zone's cameras are
    // then drawn side by side in its box.
    const QString zone = zoneOf(camera);
    const int zoneIndex = int(m_map.names().indexOf(zone));
    if (zoneIndex < 0)
        return spot == m_map.cameraSpots.cend() ? std::nullopt : std::optional<QPointF>(toWidget(*spot));
    if (spot != m_map.cameraSpots.cend() && zoneBox(zoneIndex).contains(*spot))
        return toWidget(*spot);
    QStringList siblings;
    for (const QString &other : cameras()) {
        if (zoneOf(other) == zone && !(m_map.cameraSpots.contains(other) && zoneBox(zoneIndex).contains(m_map.cameraSpots.value(other))))
            siblings << other;
    }
    const QRectF box = zoneBox(zoneIndex);
    const qreal x = box.left() + box.width() * (siblings.indexOf(camera) + 1) / (siblings.size() + 1);
    const qreal y = box.top() + box.height() * 0.62;
    return toWidget(QPointF(x, y));
}

void ZoneMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF plan = planRect();
    if (plan.isEmpty())
        return;
    if (!m_plan.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(plan, m_plan);
        painter.setPen(QPen(palette().mid().color(), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(plan);
    } else {
        paintSchematic(painter, plan);
    }
    paintCameras(painter);
    paintTrail(painter);
    paintUnplaced(painter);

    QStringList notes;
    if (!m_planProblem.isEmpty())
        notes << m_planProblem;
    if (m_editable)
        notes << (m_currentCamera.isEmpty() ? tr("Choose a camera, then click where it is on the plan.")
                  : m_plan.isNull()             ? tr("Click in the box of %1's zone (with a plan image, anywhere on the plan).").arg(m_currentCamera)
                                                : tr("Click on the plan where %1 is.").arg(m_currentCamera));
    if (!notes.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter.setFont(small);
        const QFontMetricsF metrics(small);
        qreal bottom = rect().bottom() - margin;
        for (auto it = notes.crbegin(); it != notes.crend(); ++it) {
            drawTag(painter, QPointF(width() / 2.0, bottom - metrics.height() - 2), *it, palette().text().color(), rect());
            bottom -= metrics.height() + 4;
        }
    }
}

void ZoneMapView::paintSchematic(QPainter &painter, const QRectF &plan) const
{
    painter.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plan);
    if (m_map.zones.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(plan, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No zone map yet: an administrator defines the zones and where the indoor cameras are."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_map.zones.size(); ++i) {
        const visitors::Zone &zone = m_map.zones.at(i);
        const QRectF unit = zoneBox(i);
        const QRectF box(plan.left() + unit.left() * plan.width(), plan.top() + unit.top() * plan.height(), unit.width() * plan.width(),
                         unit.height() * plan.height());
        painter.setPen(QPen(zone.restricted ? colours::alert : palette().mid().color(), zone.restricted ? 2 : 1));
        painter.setBrush(palette().alternateBase());
        painter.drawRoundedRect(box, 4, 4);
        if (zone.restricted) {
            // Hatched as well as red: colour is never the only signal (UI.md).
            QColor hatch = colours::alert;
            hatch.setAlpha(70);
            painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(box, 4, 4);
        }
        const QRectF title = box.adjusted(6, 4, -6, 0);
        painter.setFont(bold);
        painter.setPen(palette().text().color());
        const QFontMetricsF metrics(bold);
        painter.drawText(QRectF(title.topLeft(), QSizeF(title.width(), metrics.height())), Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(zone.name, Qt::ElideRight, title.width()));
        if (zone.restricted) {
            painter.setFont(font());
            const QString word = QStringLiteral("⚠ ") + tr("Restricted");
            drawTag(painter, QPointF(box.center().x(), title.top() + metrics.height() + 2), word, colours::alert, box);
        }
    }
    painter.setFont(font());
}

void ZoneMapView::paintCameras(QPainter &painter) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    for (const QString &camera : cameras()) {
        const std::optional<QPointF> at = cameraPoint(camera);
        if (!at)
            continue;
        const QString zone = zoneOf(camera);
        const bool restricted = m_map.isRestricted(zone);
        const QColor colour = restricted ? colours::alert : cameraColour;
        const QPointF p = *at;
        if (m_editable && camera == m_currentCamera) {
            painter.setPen(QPen(trailColour, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, 15, 15);
        }
        // A small camera: a body and its lens, pointing right.
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(p.x() - 8, p.y() - 5, 12, 10), 2, 2);
        painter.drawPolygon(QPolygonF{QPointF(p.x() + 4, p.y() - 2), QPointF(p.x() + 9, p.y() - 5), QPointF(p.x() + 9, p.y() + 5),
                                      QPointF(p.x() + 4, p.y() + 2)});
        // The schematic writes the zone on its box; on a plan image the label says it.
        const bool zoneDrawn = m_plan.isNull() && m_map.zone(zone);
        QString label = camera;
        if (!zone.isEmpty() && zone != camera && !zoneDrawn)
            label += QStringLiteral(" · ") + zone;
        if (restricted && !zoneDrawn)
            label += QStringLiteral(" · ") + tr("Restricted");
        drawTag(painter, QPointF(p.x(), p.y() + 8), label, colour, rect());
    }
    painter.setFont(font());
}

void ZoneMapView::paintTrail(QPainter &painter) const
{
    if (m_trail.empty())
        return;
    // Where each sighting is drawn: around its camera, the sightings of one camera on a ring so
    // that their numbers never cover each other.
    QHash<QString, int> perCamera;
    for (const visitors::Sighting &sighting : m_trail)
        ++perCamera[sighting.camera];
    QHash<QString, int> drawn;
    std::vector<std::optional<QPointF>> points;
    points.reserve(m_trail.size());
    const QRectF inside = QRectF(rect()).adjusted(markerRadius, markerRadius, -markerRadius, -markerRadius);
    for (const visitors::Sighting &sighting : m_trail) {
        std::optional<QPointF> at = cameraPoint(sighting.camera);
        if (!at && m_plan.isNull()) {
            // A camera the map does not know: the middle of the sighting's zone, when drawn.
            const int zoneIndex = int(m_map.names().indexOf(sighting.zone));
            if (zoneIndex >= 0) {
                const QRectF plan = planRect();
                const QPointF centre = zoneBox(zoneIndex).center();
                at = QPointF(plan.left() + centre.x() * plan.width(), plan.top() + centre.y() * plan.height());
            }
        }
        if (!at) {
            points.push_back(std::nullopt);
            continue;
        }
        const int count = perCamera.value(sighting.camera);
        const int k = drawn[sighting.camera]++;
        // Over the camera, on an arc that leaves its name below free: straight up for one, from
        // left to right for several, the arc growing with their number so the circles never touch.
        constexpr qreal arc = 160.0 * M_PI / 180.0;
        const qreal ring = std::max(markerDistance, count * (2 * markerRadius + 3) / arc);
        const qreal angle = count > 1 ? -M_PI / 2 - arc / 2 + k * arc / (count - 1) : -M_PI / 2;
        QPointF p = *at + QPointF(std::cos(angle) * ring, std::sin(angle) * ring);
        p.setX(std::clamp(p.x(), inside.left(), inside.right()));
        p.setY(std::clamp(p.y(), inside.top(), inside.bottom()));
        points.push_back(p);
    }

    painter.setPen(QPen(trailColour, 2));
    const std::optional<QPointF> *previous = nullptr;
    for (const std::optional<QPointF> &point : points) {
        if (!point)
            continue; // an unplaced sighting: the arrow goes from the last placed one to the next
        if (previous) {
            // From edge to edge of the two circles, so the head stays visible.
            const QLineF line(**previous, *point);
            if (line.length() > 2 * markerRadius + 4) {
                const QPointF step = (line.p2() - line.p1()) / line.length() * (markerRadius + 1);
                drawArrow(painter, line.p1() + step, line.p2() - step);
            }
        }
        previous = &point;
    }

    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 0.85);
    painter.setFont(bold);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i])
            continue;
        const bool restricted = m_map.isRestricted(m_trail[i].zone);
        const bool last = i + 1 == points.size();
        painter.setPen(QPen(last ? palette().text().color() : Qt::white, last ? 2.5 : 1.5));
        painter.setBrush(restricted ? colours::alert : trailColour);
        painter.drawEllipse(*points[i], markerRadius, markerRadius);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(points[i]->x() - markerRadius, points[i]->y() - markerRadius, 2 * markerRadius, 2 * markerRadius),
                         Qt::AlignCenter, QString::number(i + 1));
    }
    painter.setFont(font());
}

void ZoneMapView::paintUnplaced(QPainter &painter) const
{
    // Cameras (and trail steps) that have no place on the plan, listed in the top-left corner.
    QStringList lines;
    QHash<QString, QStringList> steps;
    for (std::size_t i = 0; i < m_trail.size(); ++i)
        steps[m_trail[i].camera] << QStringLiteral("%1").arg(i + 1);
    QStringList names = cameras();
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    for (const QString &camera : names) {
        if (cameraPoint(camera))
            continue;
        bool zoneShown = false;
        if (m_plan.isNull()) {
            // A sighting of an unknown camera drawn in its zone is placed well enough.
            for (const visitors::Sighting &sighting : m_trail)
                zoneShown = zoneShown || (sighting.camera == camera && m_map.names().contains(sighting.zone));
        }
        if (zoneShown && !m_cameraZones.contains(camera))
            continue;
        QString line = QStringLiteral("• ") + camera;
        if (steps.contains(camera))
            line += QStringLiteral(" — #") + steps.value(camera).join(QStringLiteral(", #"));
        lines << line;
    }
    if (lines.isEmpty())
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const QString title = tr("Not placed on the plan:");
    qreal width = metrics.horizontalAdvance(title);
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QRectF box(margin + 4, margin + 4, width + 12, metrics.height() * (lines.size() + 1) + 8);
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x1d, 0x22, 0x2b));
    qreal y = box.top() + 4;
    for (const QString &line : QStringList{title} + lines) {
        painter.drawText(QRectF(box.left() + 6, y, width + 4, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.height();
    }
    painter.setFont(font());
}

void ZoneMapView::mousePressEvent(QMouseEvent *event)
{
    const QRectF plan = planRect();
    if (!m_editable || m_currentCamera.isEmpty() || event->button() != Qt::LeftButton || !plan.contains(event->position())) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF spot(std::clamp((event->position().x() - plan.left()) / plan.width(), 0.0, 1.0),
                       std::clamp((event->position().y() - plan.top()) / plan.height(), 0.0, 1.0));
    m_map.cameraSpots.insert(m_currentCamera, spot);
    update();
    Q_EMIT cameraPlaced(m_currentCamera, spot);
}

} // namespace portique::ui
