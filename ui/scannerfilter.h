// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/wedgedecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QKeyEvent;

namespace portique::ui {

/// @brief Reads keyboard-wedge scanners anywhere in the station, without an input field having
/// focus and without stealing a person's keystrokes (UI.md "Keyboard").
///
/// Installed on the application by the main window for its whole life, locked or not: a scan typed
/// while the lock screen has focus goes to its lane, never into the login or password field (the
/// station's Gate decides which lane: scanner bindings are settings). Each printable key is held back at
/// most about maxGapMs: when the next one follows that fast the burst grows, and from scanLength
/// characters it is a scan whose keys are swallowed until Enter completes the code (codeScanned).
/// A held key that nothing follows quickly was typed by a person: it is posted again to its
/// receiver, so typing into a form still works, a few tens of milliseconds later. GUI thread only.
class ScannerFilter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerFilter)

public:
    explicit ScannerFilter(QObject *parent = nullptr);
    ~ScannerFilter() override;

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// @brief A complete code read from a scanner (without its Enter), and the name of the input
    /// device that typed it (QInputDevice::name(), may be empty).
    void codeScanned(const QString &code, const QString &deviceName);

private:
    struct Held {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };
    bool handleKeyPress(QObject *watched, QKeyEvent *key);
    /// Posts the held keys again, in order, to their receivers (a person typed them).
    void release();
    /// Drops the held keys (they were a scanner's).
    void discard();
    void holdCopy(QObject *receiver, const QKeyEvent &key);
    qint64 timeOf(const QKeyEvent &key) const;
    void onQuiet();

    access::WedgeDecoder m_decoder;
    std::vector<Held> m_held;
    QString m_burstDevice;
    QTimer m_quiet;
    QElapsedTimer m_clock;
    bool m_timelineFromEvents = false; ///< the last key was timed by the platform, not by m_clock
};

} // namespace portique::ui
