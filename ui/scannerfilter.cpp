// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "scannerfilter.h"

#include <QCoreApplication>
#include <QInputDevice>
#include <QKeyEvent>

namespace portique::ui {
namespace {

/// A person's key given back to its receiver: recognised by its type, so it passes untouched.
class ReplayedKeyEvent final : public QKeyEvent {
public:
    explicit ReplayedKeyEvent(const QKeyEvent &original)
        : QKeyEvent(original.type(), original.key(), original.modifiers(), original.nativeScanCode(),
                    original.nativeVirtualKey(), original.nativeModifiers(), original.text(), original.isAutoRepeat(),
                    quint16(original.count()), original.device())
    {
        setTimestamp(original.timestamp());
    }
};

// Held keys are given back a little after the gap: a scanner's next key, queued behind a repaint,
// may be dispatched a few milliseconds late.
constexpr qint64 releaseSlackMs = 10;

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta
        || key == Qt::Key_AltGr || key == Qt::Key_CapsLock || key == Qt::Key_NumLock;
}

QString deviceName(const QKeyEvent &key)
{
    return key.device() ? key.device()->name() : QString();
}

} // namespace

ScannerFilter::ScannerFilter(QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(int(m_decoder.timing().maxGapMs + releaseSlackMs));
    connect(&m_quiet, &QTimer::timeout, this, &ScannerFilter::onQuiet);
    m_clock.start();
}

ScannerFilter::~ScannerFilter()
{
    // The window closes: what a person typed last still reaches its field.
    if (!m_decoder.scanning())
        release();
}

bool ScannerFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (dynamic_cast<ReplayedKeyEvent *>(key))
        return false;
    if (event->type() == QEvent::KeyRelease) {
        // A release keeps its place behind its held press (a quick tap on Space must press the
        // button before releasing it); a scanner's releases go with its keys.
        if (m_decoder.scanning())
            return true;
        if (m_held.empty())
            return false;
        holdCopy(watched, *key);
        return true;
    }
    return handleKeyPress(watched, key);
}

qint64 ScannerFilter::timeOf(const QKeyEvent &key) const
{
    // The platform's timestamp says when the key was typed, unlike the time it reaches the GUI
    // thread (a repaint can delay one key and bunch the next). Synthetic events carry none.
    return key.timestamp() != 0 ? qint64(key.timestamp()) : m_clock.elapsed();
}

bool ScannerFilter::handleKeyPress(QObject *watched, QKeyEvent *key)
{
    // Shift and the like carry no character: a scanner presses Shift for capitals.
    if (isModifierKey(key->key()))
        return false;

    const auto passInOrder = [this, watched, key] {
        // Keys held before this one must reach their fields before it does.
        if (m_held.empty())
            return false;
        holdCopy(watched, *key);
        release();
        return true;
    };

    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    const bool command = (key->modifiers() & commands) != 0;
    const bool timelineFromEvents = key->timestamp() != 0;
    if (timelineFromEvents != m_timelineFromEvents) {
        // Synthetic and platform keys are timed on different clocks: never one burst.
        m_timelineFromEvents = timelineFromEvents;
        m_decoder.interrupt();
    }
    const qint64 at = timeOf(*key);

    if (key->isAutoRepeat() || command) {
        m_decoder.interrupt();
        return passInOrder();
    }

    const QString text = key->text();
    if (text.size() == 1 && text.front().isPrint()) {
        const access::WedgeDecoder::Step step = m_decoder.character(text.front(), at);
        if (step.newBurst) {
            release(); // the previous burst, unless it was a scan, was a person typing
            m_burstDevice = deviceName(*key);
        }
        m_quiet.start();
        if (step.scanning) {
            discard();
            return true;
        }
        holdCopy(watched, *key);
        return true;
    }

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab) {
        const access::WedgeDecoder::End end = m_decoder.enter(at);
        if (end.partOfScan) {
            discard();
            m_quiet.stop();
            if (end.code)
                Q_EMIT codeScanned(*end.code, m_burstDevice);
            return true;
        }
        return passInOrder();
    }

    // Arrows, Backspace, function keys: no scanner types those inside a code.
    m_decoder.interrupt();
    return passInOrder();
}

void ScannerFilter::holdCopy(QObject *receiver, const QKeyEvent &key)
{
    m_held.push_back(Held{receiver, std::make_unique<ReplayedKeyEvent>(key)});
}

void ScannerFilter::release()
{
    std::vector<Held> held;
    held.swap(m_held);
    for (Held &h : held) {
        if (h.receiver)
            QCoreApplication::postEvent(h.receiver, h.event.release());
    }
}

void ScannerFilter::discard()
{
    m_held.clear();
}

void ScannerFilter::onQuiet()
{
    // Nothing followed within the gap: a person's keys go to their field; a scan cut short (no
    // Enter) is dropped, and the decoder keeps it in mind to swallow what is left of it.
    if (m_decoder.scanning())
        discard();
    else
        release();
}

} // namespace portique::ui
