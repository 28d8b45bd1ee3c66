// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace portique::ui {

/// @brief Emits idle() when no key, mouse or touch input has reached the application for the
/// timeout. Watches the whole application (an event filter on qApp). GUI thread only.
class InactivityWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityWatcher)

public:
    explicit InactivityWatcher(QObject *parent = nullptr);
    ~InactivityWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    /// @brief Starts (or restarts) watching.
    void start();
    /// @brief Stops watching (while the station is locked, nothing more to lock).
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace portique::ui
