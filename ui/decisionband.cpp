// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "decisionband.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

namespace portique::ui {

using access::Outcome;

QColor outcomeColour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return colours::ok;
    case Outcome::Refused:
        return colours::alert;
    case Outcome::CheckByHand:
        break;
    }
    return colours::warning;
}

QPixmap outcomeIcon(Outcome outcome, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    const QColor colour = outcomeColour(outcome);
    QPen pen(colour, size * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at = [size](double x, double y) { return QPointF(size * x, size * y); };
    switch (outcome) {
    case Outcome::Granted: {
        QPainterPath tick;
        tick.moveTo(at(0.28, 0.52));
        tick.lineTo(at(0.44, 0.68));
        tick.lineTo(at(0.73, 0.35));
        painter.drawPath(tick);
        break;
    }
    case Outcome::Refused:
        painter.drawLine(at(0.33, 0.33), at(0.67, 0.67));
        painter.drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case Outcome::CheckByHand:
        painter.drawLine(at(0.5, 0.24), at(0.5, 0.56));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(at(0.5, 0.74), size * 0.075, size * 0.075);
        break;
    }
    return pixmap;
}

QPixmap readingIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    for (int i = 0; i < 3; ++i)
        painter.drawEllipse(QPointF(size * (0.25 + 0.25 * i), size * 0.5), size * 0.08, size * 0.08);
    return pixmap;
}

DecisionBand::DecisionBand(QWidget *parent)
    : QFrame(parent)
    , m_fade(new QVariantAnimation(this))
{
    m_fade->setStartValue(0.0);
    m_fade->setEndValue(1.0);
    connect(m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        const auto mix = [t](float a, float b) { return float(a + (b - a) * t); };
        m_colour =
            QColor::fromRgbF(mix(m_from.redF(), m_to.redF()), mix(m_from.greenF(), m_to.greenF()), mix(m_from.blueF(), m_to.blueF()));
        update();
    });
    connect(m_fade, &QVariantAnimation::finished, this, &DecisionBand::faded);
}

void DecisionBand::setColour(const QColor &colour)
{
    m_fade->stop();
    m_colour = colour;
    update();
}

void DecisionBand::fadeTo(const QColor &colour, int ms)
{
    m_from = m_colour;
    m_to = colour;
    m_fade->stop();
    m_fade->setDuration(ms);
    m_fade->start();
}

void DecisionBand::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colour);
    painter.drawRoundedRect(QRectF(rect()), 8, 8);
}

} // namespace portique::ui
