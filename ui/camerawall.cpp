// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "camerawall.h"

#include "cameratile.h"
#include "theme.h"
#include "vision/visionpipeline.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

CameraWall::CameraWall(vision::VisionPipeline *pipeline, const QString &unavailableReason, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_layout(new QComboBox(this))
{
    m_layout->setObjectName(QStringLiteral("wallLayout"));
    m_layout->addItem(tr("1 camera"), 1);
    m_layout->addItem(tr("2 × 2"), 2);
    m_layout->addItem(tr("3 × 3"), 3);
    m_layout->setCurrentIndex(1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(makeLabel(tr("Cameras"), QStringLiteral("subtitle"), this));
    bar->addStretch(1);
    bar->addWidget(makeLabel(tr("Layout"), QStringLiteral("note"), this));
    bar->addWidget(m_layout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    m_grid->setSpacing(8);
    layout->addLayout(m_grid, 1);

    if (!pipeline || pipeline->cameraCount() == 0) {
        auto *why = makeLabel(unavailableReason, QStringLiteral("note"), this);
        why->setObjectName(QStringLiteral("noCamera"));
        why->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(why, 0, 0);
        m_layout->setEnabled(false);
        return;
    }
    for (int i = 0; i < pipeline->cameraCount(); ++i) {
        auto *tile = new CameraTile(pipeline->camera(i).name(), this);
        tile->setStatus(pipeline->camera(i).status());
        connect(tile, &CameraTile::doubleClicked, this, [this, tile] {
            m_alone = m_alone == tile ? nullptr : tile;
            relayout();
        });
        m_tiles << tile;
    }
    connect(pipeline, &vision::VisionPipeline::cameraUpdated, this, [this](const vision::CameraView &view) {
        if (view.camera >= 0 && view.camera < m_tiles.size())
            m_tiles[view.camera]->setView(view);
    }, Qt::QueuedConnection);
    connect(pipeline, &vision::VisionPipeline::cameraStatusChanged, this,
            [this](int camera, const vision::CameraStatus &status) {
                if (camera >= 0 && camera < m_tiles.size())
                    m_tiles[camera]->setStatus(status);
            },
            Qt::QueuedConnection);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] { setColumns(m_layout->currentData().toInt()); });
    relayout();
}

void CameraWall::setColumns(int columns)
{
    m_columns = std::clamp(columns, 1, 3);
    m_alone = nullptr;
    relayout();
}

void CameraWall::relayout()
{
    for (CameraTile *tile : m_tiles) {
        m_grid->removeWidget(tile);
        tile->hide();
    }
    if (m_alone) {
        m_grid->addWidget(m_alone, 0, 0);
        m_alone->show();
        return;
    }
    const int shown = std::min<int>(int(m_tiles.size()), m_columns * m_columns);
    for (int i = 0; i < shown; ++i) {
        m_grid->addWidget(m_tiles[i], i / m_columns, i % m_columns);
        m_tiles[i]->show();
    }
}

} // namespace portique::ui
