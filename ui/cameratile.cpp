// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "cameratile.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace portique::ui {

CameraTile::CameraTile(QString name, QWidget *parent)
    : QWidget(parent)
    , m_name(std::move(name))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 180);
    setToolTip(m_name);
}

void CameraTile::setView(const vision::CameraView &view)
{
    m_view = view;
    update();
}

void CameraTile::setStatus(const vision::CameraStatus &status)
{
    m_status = status;
    update();
}

QString CameraTile::statusText() const
{
    using State = vision::CameraStatus::State;
    switch (m_status.state) {
    case State::Connecting:
        return tr("connecting…");
    case State::Live:
        return tr("live · %1 fps").arg(m_status.fps, 0, 'f', 0);
    case State::Stalled:
        return tr("! image frozen");
    case State::Lost:
        return tr("✕ lost — reconnecting (%1)").arg(m_status.reconnects);
    case State::Stopped:
        return tr("stopped");
    }
    return {};
}

void CameraTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x1d, 0x22, 0x2b));
    painter.setRenderHint(QPainter::Antialiasing);

    QRectF target;
    if (!m_view.image.isNull()) {
        const QSizeF scaled = QSizeF(m_view.image.size()).scaled(size(), Qt::KeepAspectRatio);
        target = QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
        painter.drawImage(target, m_view.image);
        // Boxes are in the camera's pixels: map them onto the drawn image.
        const double sx = target.width() / std::max(1, m_view.frameSize.width());
        const double sy = target.height() / std::max(1, m_view.frameSize.height());
        QFont small = font();
        small.setBold(true);
        painter.setFont(small);
        for (const vision::TrackView &track : m_view.tracks) {
            const QRectF box(target.left() + track.box.x() * sx, target.top() + track.box.y() * sy, track.box.width() * sx,
                             track.box.height() * sy);
            const QColor colour = track.described ? colours::ok : (track.quality > 0 && !track.usable ? colours::warning : QColor(Qt::white));
            painter.setPen(QPen(colour, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            // The id and a word, never colour alone (UI.md).
            const QString label = QStringLiteral("#%1 ").arg(track.id)
                                  + (track.described ? tr("✓ ready") : (track.quality > 0 && !track.usable ? tr("! quality") : tr("…")))
                                  + (track.alive ? tr(" · alive") : QString());
            const QRectF labelRect(box.left(), box.top() - 20, std::max(box.width(), 150.0), 18);
            painter.fillRect(labelRect, QColor(0, 0, 0, 160));
            painter.setPen(colour);
            painter.drawText(labelRect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    } else {
        painter.setPen(QColor(0xa9, 0xb0, 0xba));
        painter.drawText(rect(), Qt::AlignCenter, tr("No image yet"));
    }

    // The overlay: camera name and status on a dark band, red when the camera needs attention.
    const QRect band(0, 0, width(), 26);
    const bool bad = m_status.state == vision::CameraStatus::State::Lost || m_status.state == vision::CameraStatus::State::Stalled;
    painter.fillRect(band, bad ? colours::alert : QColor(0, 0, 0, 150));
    painter.setPen(Qt::white);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(band.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, m_name);
    painter.setFont(font());
    painter.drawText(band.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignRight, statusText());
}

void CameraTile::mouseDoubleClickEvent(QMouseEvent *)
{
    Q_EMIT doubleClicked();
}

} // namespace portique::ui
