// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/wedgedecoder.h"

#include <QElapsedTimer>
#include <QHash>
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
/// Installed on the application while the gate page exists. Each printable key is held back at
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

    /// @brief Sends the codes of the input device named @p deviceName (QInputDevice::name()) to
    /// @p lane; an empty lane removes the binding.
    void bindDevice(const QString &deviceName, const QString &lane);
    /// @brief The lane @p deviceName is bound to, or an empty string (the selected lane then).
    QString boundLane(const QString &deviceName) const;

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// @brief A complete code read from a scanner (without its Enter).
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
    QHash<QString, QString> m_lanes;
    QTimer m_quiet;
    QElapsedTimer m_clock;
    bool m_timelineFromEvents = false; ///< the last key was timed by the platform, not by m_clock
};

} // namespace portique::ui
