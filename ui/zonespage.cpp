// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "zonespage.h"

#include "common/clock.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "zonemapview.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace portique::ui {

using storage::submitJob;

namespace {

/// What the page reads: the map in force (or the one made from the cameras) and the cameras.
struct ZonesData {
    visitors::ZoneMap map;
    QList<station::CameraConfig> cameras;
};

} // namespace

ZonesPage::ZonesPage(StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_zones(new QTableWidget(0, 2, this))
    , m_zoneName(new QLineEdit(this))
    , m_zoneRestricted(new QCheckBox(tr("&Restricted"), this))
    , m_removeZone(new QPushButton(tr("Remove the &zone"), this))
    , m_plan(new QLineEdit(this))
    , m_planState(makeLabel(QString(), QStringLiteral("note"), this))
    , m_cameraTable(new QTableWidget(0, 3, this))
    , m_unplace(new QPushButton(tr("Take &off the plan"), this))
    , m_view(new ZoneMapView(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(makeLabel(QString(), QStringLiteral("note"), this))
{
    setObjectName(QStringLiteral("zonesPage"));
    m_zones->setObjectName(QStringLiteral("zonesTable"));
    m_zoneName->setObjectName(QStringLiteral("zoneName"));
    m_zoneRestricted->setObjectName(QStringLiteral("zoneRestricted"));
    m_removeZone->setObjectName(QStringLiteral("removeZone"));
    m_plan->setObjectName(QStringLiteral("planImage"));
    m_planState->setObjectName(QStringLiteral("planState"));
    m_cameraTable->setObjectName(QStringLiteral("zoneCameras"));
    m_unplace->setObjectName(QStringLiteral("unplaceCamera"));
    m_view->setObjectName(QStringLiteral("zoneMap"));
    m_save->setObjectName(QStringLiteral("saveZones"));
    m_message->setObjectName(QStringLiteral("zonesMessage"));

    m_zones->setHorizontalHeaderLabels({tr("Zone"), tr("Restricted")});
    configureTable(m_zones);
    m_zones->setSelectionMode(QAbstractItemView::SingleSelection);
    m_zones->setToolTip(tr("Tick “Restricted” for a zone no pass allows unless the agent ticks it at registration: "
                           "a visitor seen there raises an alert."));
    m_zoneName->setPlaceholderText(tr("e.g. Cuisine"));
    auto *addZone = new QPushButton(tr("&Add the zone"), this);
    addZone->setObjectName(QStringLiteral("addZone"));
    auto *zoneForm = new QHBoxLayout;
    zoneForm->addWidget(m_zoneName, 1);
    zoneForm->addWidget(m_zoneRestricted);
    zoneForm->addWidget(addZone);
    auto *zoneButtons = new QHBoxLayout;
    zoneButtons->addWidget(m_removeZone);
    zoneButtons->addStretch(1);

    m_plan->setPlaceholderText(tr("none: a schematic of the zones is drawn"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("choosePlan"));
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_plan, 1);
    planRow->addWidget(choose);

    m_cameraTable->setHorizontalHeaderLabels({tr("Indoor camera"), tr("Zone"), tr("On the plan")});
    configureTable(m_cameraTable);
    m_cameraTable->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *cameraButtons = new QHBoxLayout;
    cameraButtons->addWidget(m_unplace);
    cameraButtons->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(makeLabel(tr("Zones"), QStringLiteral("subtitle"), this));
    left->addWidget(makeLabel(tr("The parts of the school the indoor cameras watch. A pass allows the unrestricted zones "
                                 "unless the agent changes them; a visitor seen in a zone their pass does not allow "
                                 "raises an alert."),
                              QStringLiteral("note"), this));
    left->addWidget(m_zones, 3);
    left->addLayout(zoneForm);
    left->addLayout(zoneButtons);
    left->addWidget(makeLabel(tr("Plan of the school"), QStringLiteral("section"), this));
    left->addLayout(planRow);
    left->addWidget(makeLabel(tr("The image is not copied: it stays where it is and must remain readable by the station "
                                 "(keep it in a folder the station's user can read)."),
                              QStringLiteral("note"), this));
    left->addWidget(m_planState);
    left->addWidget(makeLabel(tr("Cameras on the plan"), QStringLiteral("section"), this));
    left->addWidget(makeLabel(tr("Select a camera, then click on the plan where it is."), QStringLiteral("note"), this));
    left->addWidget(m_cameraTable, 2);
    left->addLayout(cameraButtons);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);
    left->addLayout(saveRow);

    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(24, 20, 24, 20);
    columns->setSpacing(20);
    auto *leftHolder = new QWidget(this);
    leftHolder->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    // The forms at the width they read well at; the plan takes the rest.
    leftHolder->setFixedWidth(440);
    columns->addWidget(leftHolder);
    columns->addWidget(m_view, 1);

    m_view->setEditable(true);
    m_removeZone->setEnabled(false);
    m_unplace->setEnabled(false);
    m_save->setEnabled(false);
    connect(addZone, &QPushButton::clicked, this, &ZonesPage::addZoneFromForm);
    connect(m_zoneName, &QLineEdit::returnPressed, this, &ZonesPage::addZoneFromForm);
    connect(m_removeZone, &QPushButton::clicked, this, &ZonesPage::removeSelectedZone);
    connect(m_unplace, &QPushButton::clicked, this, &ZonesPage::unplaceSelectedCamera);
    connect(m_save, &QPushButton::clicked, this, &ZonesPage::save);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString start = m_map.planImage.isEmpty() ? QDir::homePath() : QFileInfo(m_map.planImage).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Plan of the school"), start, tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            setPlanImage(path);
    });
    connect(m_plan, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_plan->text().trimmed()) != m_map.planImage)
            setPlanImage(m_plan->text());
    });
    connect(m_zones, &QTableWidget::itemSelectionChanged, this, [this] { m_removeZone->setEnabled(m_zones->currentRow() >= 0); });
    connect(m_zones, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 1 || item->row() >= m_map.zones.size())
            return;
        const bool restricted = item->checkState() == Qt::Checked;
        m_map.zones[item->row()].restricted = restricted;
        // The item is changed in place: rebuilding the table from its own signal would delete it.
        m_filling = true;
        item->setText(restricted ? tr("restricted") : tr("open to visitors"));
        item->setForeground(restricted ? QBrush(colours::alert) : palette().text());
        m_filling = false;
        setModified(true);
        updateView();
    });
    connect(m_cameraTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString camera = selectedCamera();
        m_view->setCurrentCamera(camera);
        m_unplace->setEnabled(!camera.isEmpty() && m_map.cameraSpots.contains(camera));
        if (!camera.isEmpty())
            showMessage(tr("Click on the plan where %1 is.").arg(camera), QStringLiteral("note"));
    });
    connect(m_view, &ZoneMapView::cameraPlaced, this, &ZonesPage::cameraPlaced);
}

void ZonesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Unsaved edits survive switching tabs; only a first showing reads the station.
    if (!m_loaded)
        reload();
}

void ZonesPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<ZonesData>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            ZonesData data;
            data.cameras = station::loadCameras(services.settings);
            data.map = visitors::loadZoneMap(services.settings, data.cameras);
            return data;
        },
        [this](const ZonesData &data) {
            m_map = data.map;
            m_cameras.clear();
            for (const station::CameraConfig &camera : data.cameras) {
                if (camera.role == station::CameraConfig::Role::IndoorZone)
                    m_cameras << camera;
            }
            m_loaded = true;
            setModified(false);
            m_message->clear();
            display();
            Q_EMIT loaded();
        },
        [this](const QString &message) { showMessage(message, QStringLiteral("error")); });
}

void ZonesPage::display()
{
    showZones();
    showCameras();
    m_plan->setText(QDir::toNativeSeparators(m_map.planImage));
    if (m_map.planImage.isEmpty()) {
        m_planState->setText(tr("No plan: the zones are drawn as a schematic."));
        setTextRole(m_planState, QStringLiteral("note"));
    } else if (!QFileInfo(m_map.planImage).isReadable() || !QImageReader(m_map.planImage).canRead()) {
        m_planState->setText(tr("The station cannot read this image: the schematic is shown instead."));
        setTextRole(m_planState, QStringLiteral("error"));
    } else {
        const QSize size = QImageReader(m_map.planImage).size();
        m_planState->setText(tr("Plan image readable (%1 × %2 pixels).").arg(size.width()).arg(size.height()));
        setTextRole(m_planState, QStringLiteral("ok"));
    }
    updateView();
}

void ZonesPage::updateView()
{
    QHash<QString, QString> cameraZones;
    for (const station::CameraConfig &camera : std::as_const(m_cameras))
        cameraZones.insert(camera.name, camera.zone);
    m_view->setMap(m_map, cameraZones);
    m_view->setCurrentCamera(selectedCamera());
}

void ZonesPage::showZones()
{
    m_filling = true;
    const int current = m_zones->currentRow();
    m_zones->setRowCount(int(m_map.zones.size()));
    for (int row = 0; row < m_map.zones.size(); ++row) {
        const visitors::Zone &zone = m_map.zones.at(row);
        auto *name = new QTableWidgetItem(zone.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_zones->setItem(row, 0, name);
        // The box and its word: colour is never the only sign.
        auto *restricted = new QTableWidgetItem(zone.restricted ? tr("restricted") : tr("open to visitors"));
        restricted->setFlags((restricted->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        restricted->setCheckState(zone.restricted ? Qt::Checked : Qt::Unchecked);
        if (zone.restricted)
            restricted->setForeground(colours::alert);
        m_zones->setItem(row, 1, restricted);
    }
    m_zones->resizeColumnsToContents();
    if (current >= 0 && current < m_zones->rowCount())
        m_zones->setCurrentCell(current, 0);
    m_filling = false;
}

void ZonesPage::showCameras()
{
    m_filling = true;
    const QString current = selectedCamera();
    m_cameraTable->setRowCount(int(m_cameras.size()));
    for (int row = 0; row < m_cameras.size(); ++row) {
        const station::CameraConfig &camera = m_cameras.at(row);
        auto *name = new QTableWidgetItem(camera.name);
        m_cameraTable->setItem(row, 0, name);
        auto *zone = new QTableWidgetItem(camera.zone);
        if (!m_map.zone(camera.zone)) {
            // No pass can allow a zone that is not on the map: every sighting there would alert.
            zone->setText(tr("%1 (not a zone: add it)").arg(camera.zone));
            zone->setForeground(colours::alert);
            zone->setToolTip(tr("Add this zone, or change the camera's zone in Administration › Cameras: otherwise every "
                                "visitor seen by this camera raises a restricted-zone alert."));
        }
        m_cameraTable->setItem(row, 1, zone);
        const auto spot = m_map.cameraSpots.constFind(camera.name);
        m_cameraTable->setItem(row, 2,
                               new QTableWidgetItem(spot == m_map.cameraSpots.cend()
                                                        ? tr("not placed")
                                                        : tr("%1 %, %2 %").arg(qRound(spot->x() * 100)).arg(qRound(spot->y() * 100))));
        if (camera.name == current)
            m_cameraTable->setCurrentCell(row, 0);
    }
    if (m_cameras.isEmpty()) {
        m_cameraTable->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No indoor camera: add one in Administration › Cameras."));
        none->setFlags(Qt::ItemIsEnabled);
        m_cameraTable->setItem(0, 0, none);
        m_cameraTable->setSpan(0, 0, 1, 3);
    } else {
        m_cameraTable->clearSpans();
    }
    m_cameraTable->resizeColumnsToContents();
    m_filling = false;
}

QString ZonesPage::selectedCamera() const
{
    const int row = m_cameraTable->currentRow();
    if (row < 0 || row >= m_cameras.size())
        return {};
    return m_cameras.at(row).name;
}

bool ZonesPage::selectCamera(const QString &camera)
{
    for (int row = 0; row < m_cameras.size(); ++row) {
        if (m_cameras.at(row).name == camera) {
            m_cameraTable->setCurrentCell(row, 0);
            m_cameraTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void ZonesPage::addZoneFromForm()
{
    const QString name = m_zoneName->text().simplified();
    if (name.isEmpty()) {
        showMessage(tr("Type the zone's name."), QStringLiteral("error"));
        return;
    }
    if (m_map.zone(name)) {
        showMessage(tr("There already is a zone named %1.").arg(name), QStringLiteral("error"));
        return;
    }
    m_map.zones << visitors::Zone{name, m_zoneRestricted->isChecked()};
    m_zoneName->clear();
    m_zoneRestricted->setChecked(false);
    setModified(true);
    display();
}

void ZonesPage::removeSelectedZone()
{
    const int row = m_zones->currentRow();
    if (row < 0 || row >= m_map.zones.size())
        return;
    const QString name = m_map.zones.at(row).name;
    for (const station::CameraConfig &camera : std::as_const(m_cameras)) {
        if (camera.zone == name) {
            showMessage(tr("%1 watches this zone: give the camera another zone in Administration › Cameras first.").arg(camera.name),
                        QStringLiteral("error"));
            return;
        }
    }
    m_map.zones.removeAt(row);
    setModified(true);
    display();
}

void ZonesPage::setPlanImage(const QString &path)
{
    m_map.planImage = QDir::fromNativeSeparators(path.trimmed());
    if (!m_map.planImage.isEmpty())
        m_map.planImage = QFileInfo(m_map.planImage).absoluteFilePath();
    setModified(true);
    display();
}

void ZonesPage::cameraPlaced(const QString &camera, QPointF spot)
{
    if (camera.isEmpty())
        return;
    m_map.cameraSpots.insert(camera, QPointF(std::clamp(spot.x(), 0.0, 1.0), std::clamp(spot.y(), 0.0, 1.0)));
    setModified(true);
    display();
    m_unplace->setEnabled(true);
    showMessage(tr("%1 placed. Save to keep it.").arg(camera), QStringLiteral("note"));
}

void ZonesPage::unplaceSelectedCamera()
{
    const QString camera = selectedCamera();
    if (camera.isEmpty() || !m_map.cameraSpots.remove(camera))
        return;
    setModified(true);
    display();
    m_unplace->setEnabled(false);
}

void ZonesPage::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(modified);
    if (modified)
        showMessage(tr("Changes not saved yet."), QStringLiteral("note"));
}

void ZonesPage::showMessage(const QString &text, const QString &role)
{
    m_message->setText(text);
    setTextRole(m_message, role);
}

QString ZonesPage::message() const
{
    return m_message->text();
}

void ZonesPage::save()
{
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    const visitors::ZoneMap map = m_map;
    m_save->setEnabled(false);
    submitJob<void>(
        *m_context.writer, this,
        [clock, actor, map](storage::Database &db) {
            station::StationServices services(db, *clock);
            visitors::saveZoneMap(services.settings, map, actor);
        },
        [this] {
            setModified(false);
            showMessage(tr("Saved. Passes already issued keep the zones they allow."),
                        QStringLiteral("ok"));
            Q_EMIT saved();
        },
        [this](const QString &message) {
            // Refused (a duplicate zone, a position off the plan...): nothing saved, everything kept.
            m_save->setEnabled(true);
            showMessage(message, QStringLiteral("error"));
        });
}

} // namespace portique::ui
