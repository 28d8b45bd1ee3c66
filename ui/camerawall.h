// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace portique::vision {
class VisionPipeline;
}

namespace portique::ui {

class CameraTile;

/// @brief The camera wall: every camera's tile in a 1, 2x2 or 3x3 grid; double-click a tile to see
/// it alone, again to come back. Fed by the vision pipeline's signals (queued): the GUI never waits
/// on a camera. GUI thread only.
class CameraWall final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraWall)

public:
    /// @param pipeline may be null: the wall then says why there is no image.
    CameraWall(vision::VisionPipeline *pipeline, const QString &unavailableReason, QWidget *parent = nullptr);

    void setColumns(int columns);
    QList<CameraTile *> tiles() const { return m_tiles; }

private:
    void relayout();

    QList<CameraTile *> m_tiles;
    QGridLayout *m_grid;
    QComboBox *m_layout;
    int m_columns = 2;
    CameraTile *m_alone = nullptr;
};

} // namespace portique::ui
