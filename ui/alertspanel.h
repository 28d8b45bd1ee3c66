// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/decision.h"
#include "privacy/alertstore.h"
#include "stationcontext.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace portique::ui {

class FormDialog;
class TonePlayer;

/// @brief The right-hand column of the main window, beside every tab (UI.md: an alert is never
/// missed): "Alerts", open ones first (newest first) then the last acknowledged ones greyed, each
/// with its kind in words, what happened, when and where, and "Acknowledge…" (a note is required);
/// below, "Recent passages" of all lanes. Read from the database every two seconds; a new open
/// alert plays the alert chime (setting gate.sounds). Locked, it shows and reads nothing personal:
/// only the count of open alerts and the chime go on. GUI thread only.
class AlertsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    /// Two seconds: an alert raised at a lane or by a camera is on screen before the agent has
    /// turned their head; the queries (one indexed page of each table) cost well under a millisecond.
    static constexpr int refreshMs = 2000;
    /// Open alerts first, then acknowledged ones: the 20 latest in all (a long column scrolls).
    static constexpr int alertLimit = 20;
    /// The passages of all lanes the column shows (the lane tiles show each lane's own).
    static constexpr int passageCount = 10;

    /// @brief What the column shows of one alert, with the names read in the same job.
    struct AlertItem {
        privacy::Alert alert;
        QString subject;   ///< the visitor's, person's or watchlist entry's name; empty when unknown
        QString entryKind; ///< a watchlist alert: the entry's kind in words
    };
    /// @brief One passage of the "Recent passages" list.
    struct PassageItem {
        qint64 eventId = 0;
        QDateTime at;
        QString lane;
        access::Outcome outcome = access::Outcome::CheckByHand; ///< the one that counted (override included)
        bool overridden = false;
        QString who;
    };

    explicit AlertsPanel(StationContext &context, QWidget *parent = nullptr);

    /// @brief The signed-in user, and whether they acknowledge alerts: the desk does (agents, the
    /// DPO standing in); the principal reads them, as `portiquectl alerts ack` allows.
    void setAgent(const QString &login, bool mayAcknowledge)
    {
        m_agent = login;
        m_mayAcknowledge = mayAcknowledge;
    }
    /// @brief Locked: every alert and passage leaves the screen at once and none is read any more.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    /// @brief Reads now rather than at the next tick (after a sweep, an acknowledgement).
    void refresh();

    int openCount() const { return m_openCount; }
    /// @brief A first reading came back.
    bool isLoaded() const { return m_loaded; }
    /// @brief The alerts on screen, top to bottom (tests).
    QList<qint64> shownAlerts() const;
    /// @brief Whether alert @p id is on screen as acknowledged (greyed).
    bool shownAsAcknowledged(qint64 id) const;
    /// @brief Opens the acknowledgement dialog of alert @p id (its button does the same).
    FormDialog *acknowledge(qint64 id);
    FormDialog *acknowledgeDialog() const { return m_dialog; }
    static QString describe(const AlertItem &item);

Q_SIGNALS:
    void openCountChanged(int count);
    /// @brief A reading was shown (tests).
    void refreshed();
    /// @brief An open alert newer than any seen before appeared and the chime was asked for
    /// (gate.sounds on; heard where there is an audio output).
    void chimed(qint64 alertId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Snapshot;
    void fitPassages();
    void show(const Snapshot &snapshot);
    void showAlerts(const std::vector<AlertItem> &alerts);
    void showPassages(const std::vector<PassageItem> &passages);
    void clearPersonal();
    void chime(qint64 alertId, bool soundsOn);
    QString timeText(const QDateTime &at) const;

    StationContext &m_context;
    QString m_agent;
    bool m_mayAcknowledge = false;
    QTimer m_timer;
    bool m_locked = false;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_again = false;
    int m_openCount = -1;
    qint64 m_lastHeard = -1; ///< the newest alert id already announced; -1 before the first reading
    QString m_shownSignature;
    QString m_passagesSignature;
    QLabel *m_alertsTitle;
    QLabel *m_error;
    QWidget *m_alertsBox;
    QVBoxLayout *m_alertsLayout;
    QWidget *m_passagesBox;
    QScrollArea *m_passagesScroll = nullptr;
    QVBoxLayout *m_passagesLayout;
    QList<QPair<qint64, bool>> m_shown; ///< alert id, acknowledged
    QPointer<FormDialog> m_dialog;
    TonePlayer *m_player = nullptr;
    bool m_playerTried = false;
};

} // namespace portique::ui
