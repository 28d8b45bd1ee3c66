// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "inactivitywatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace portique::ui {

InactivityWatcher::InactivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

void InactivityWatcher::start()
{
    m_timer.start();
}

void InactivityWatcher::stop()
{
    m_timer.stop();
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Only a person's input counts as activity; timers and repaints never keep the station open.
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace portique::ui
