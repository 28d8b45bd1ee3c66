// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "cameraspage.h"

#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace portique::ui {

using storage::submitJob;

CamerasPage::CamerasPage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, 4, this))
    , m_name(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_zone(new QLineEdit(this))
    , m_rotation(new QComboBox(this))
    , m_maxWidth(new QSpinBox(this))
    , m_minFace(new QSpinBox(this))
    , m_fov(new QDoubleSpinBox(this))
    , m_reach(makeLabel(QString(), QStringLiteral("note"), this))
    , m_message(makeLabel(QString(), QStringLiteral("error"), this))
{
    m_table->setObjectName(QStringLiteral("camerasTable"));
    m_name->setObjectName(QStringLiteral("cameraName"));
    m_source->setObjectName(QStringLiteral("cameraSource"));
    m_role->setObjectName(QStringLiteral("cameraRole"));
    m_message->setObjectName(QStringLiteral("camerasMessage"));
    m_minFace->setObjectName(QStringLiteral("cameraMinFace"));
    m_fov->setObjectName(QStringLiteral("cameraFov"));
    m_reach->setObjectName(QStringLiteral("cameraReach"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Source"), tr("Role"), tr("Zone"), tr("Rotation"), tr("Width cap"), tr("Smallest face"), tr("Field of view")});
    configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_name->setPlaceholderText(tr("e.g. Voie 1"));
    m_source->setPlaceholderText(tr("/dev/video0, rtsp://…, a video file or a folder of images"));
    m_role->addItem(tr("Entrance lane"), int(station::CameraConfig::Role::GateLane));
    m_role->addItem(tr("Indoor zone"), int(station::CameraConfig::Role::IndoorZone));
    m_role->addItem(tr("Visitor desk (photo on the agent's key only)"), int(station::CameraConfig::Role::Desk));
    m_zone->setPlaceholderText(tr("e.g. Hall, Administration corridor"));
    for (int degrees : {0, 90, 180, 270})
        m_rotation->addItem(tr("%1°").arg(degrees), degrees);
    m_maxWidth->setRange(0, 3840);
    m_maxWidth->setSingleStep(320);
    m_maxWidth->setSpecialValueText(tr("none"));
    m_maxWidth->setSuffix(tr(" px"));
    m_minFace->setRange(station::CameraConfig::minMinFacePx, station::CameraConfig::maxMinFacePx);
    // A tenth of the default: about 12 cm of reach at a time for a 60° webcam at 640 px.
    m_minFace->setSingleStep(8);
    m_minFace->setValue(station::CameraConfig::defaultMinFacePx);
    m_minFace->setSuffix(tr(" px"));
    m_minFace->setToolTip(tr("Faces narrower than this are not looked for. Smaller reaches further from the camera "
                             "but costs more computing time."));
    m_fov->setRange(station::CameraConfig::minFovDegrees, station::CameraConfig::maxFovDegrees);
    m_fov->setDecimals(0);
    m_fov->setValue(station::CameraConfig::defaultFovDegrees);
    m_fov->setSuffix(tr("°"));
    m_fov->setToolTip(tr("The camera's horizontal angle of view, from its data sheet (about 60° for a usual "
                         "USB webcam). Only used to show the distance."));
    m_rotation->setMaximumWidth(260);
    m_source->setMaximumWidth(560);
    m_maxWidth->setMaximumWidth(260);
    m_name->setMaximumWidth(260);
    m_zone->setMaximumWidth(260);
    m_role->setMaximumWidth(260);
    m_minFace->setMaximumWidth(260);
    m_fov->setMaximumWidth(260);

    auto *add = new QPushButton(tr("&Add the camera"), this);
    add->setObjectName(QStringLiteral("addCamera"));
    auto *remove = new QPushButton(tr("&Remove the selected camera"), this);
    remove->setObjectName(QStringLiteral("removeCamera"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("R&ole"), m_role);
    form->addRow(tr("&Zone"), m_zone);
    form->addRow(tr("Ro&tation"), m_rotation);
    form->addRow(tr("&Width cap"), m_maxWidth);
    auto *minFaceRow = new QHBoxLayout;
    minFaceRow->addWidget(m_minFace);
    minFaceRow->addWidget(m_reach, 1);
    form->addRow(tr("Smallest &face"), minFaceRow);
    form->addRow(tr("&Field of view"), m_fov);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makeLabel(tr("Cameras"), QStringLiteral("subtitle"), this));
    layout->addWidget(makeLabel(tr("Each entrance lane has its camera; indoor cameras watch zones for visitors. Changes "
                                   "take effect at the next start of the station."),
                                QStringLiteral("note"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &CamerasPage::addFromForm);
    connect(remove, &QPushButton::clicked, this, &CamerasPage::removeSelected);
    connect(m_minFace, &QSpinBox::valueChanged, this, &CamerasPage::updateReach);
    connect(m_fov, &QDoubleSpinBox::valueChanged, this, &CamerasPage::updateReach);
    connect(m_maxWidth, &QSpinBox::valueChanged, this, &CamerasPage::updateReach);
    connect(m_rotation, &QComboBox::currentIndexChanged, this, &CamerasPage::updateReach);
    updateReach();
}

station::CameraConfig CamerasPage::fromForm() const
{
    station::CameraConfig camera;
    camera.name = m_name->text().trimmed();
    camera.source = m_source->text().trimmed();
    camera.role = static_cast<station::CameraConfig::Role>(m_role->currentData().toInt());
    camera.zone = m_zone->text().trimmed();
    camera.rotation = m_rotation->currentData().toInt();
    camera.maxWidth = m_maxWidth->value();
    camera.minFacePx = m_minFace->value();
    camera.fovDegrees = m_fov->value();
    return camera;
}

void CamerasPage::updateReach()
{
    const station::CameraConfig camera = fromForm();
    //: Beside the smallest face: how far from the camera a face of that size is.
    m_reach->setText(tr("≈ %L1 m for this camera").arg(camera.minFaceDistanceMetres(), 0, 'f', 1));
}

void CamerasPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void CamerasPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<QList<station::CameraConfig>>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return station::loadCameras(services.settings);
        },
        [this](const QList<station::CameraConfig> &cameras) { display(cameras); },
        [this](const QString &message) { m_message->setText(message); });
}

void CamerasPage::display(const QList<station::CameraConfig> &cameras)
{
    m_cameras = cameras;
    m_table->setRowCount(int(cameras.size()));
    for (int row = 0; row < cameras.size(); ++row) {
        const station::CameraConfig &camera = cameras.at(row);
        const QStringList cells{camera.name,
                                camera.source,
                                camera.role == station::CameraConfig::Role::GateLane     ? tr("Entrance lane")
                                : camera.role == station::CameraConfig::Role::IndoorZone ? tr("Indoor zone")
                                                                                         : tr("Visitor desk"),
                                camera.zone,
                                tr("%1°").arg(camera.rotation),
                                camera.maxWidth > 0 ? tr("%1 px").arg(camera.maxWidth) : tr("none"),
                                tr("%1 px (≈ %L2 m)").arg(camera.minFacePx).arg(camera.minFaceDistanceMetres(), 0, 'f', 1),
                                tr("%1°").arg(camera.fovDegrees)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void CamerasPage::addFromForm()
{
    if (m_name->text().trimmed().isEmpty() || m_source->text().trimmed().isEmpty()) {
        m_message->setText(tr("A camera needs a name and a source."));
        return;
    }
    QList<station::CameraConfig> cameras = m_cameras;
    cameras << fromForm();
    save(cameras);
}

void CamerasPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cameras.size())
        return;
    QList<station::CameraConfig> cameras = m_cameras;
    cameras.removeAt(row);
    save(cameras);
}

void CamerasPage::save(const QList<station::CameraConfig> &cameras)
{
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    submitJob<void>(
        *m_context.writer, this,
        [clock, cameras, actor](storage::Database &db) {
            station::StationServices services(db, *clock);
            station::saveCameras(services.settings, cameras, actor);
        },
        [this, cameras] {
            m_message->clear();
            m_name->clear();
            m_source->clear();
            m_zone->clear();
            display(cameras);
        },
        [this](const QString &message) { m_message->setText(message); });
}

} // namespace portique::ui
