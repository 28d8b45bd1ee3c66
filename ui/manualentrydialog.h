// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace portique::access {
class Gate;
class LaneController;
} // namespace portique::access
namespace portique::common {
class Clock;
}
namespace portique::storage {
class DatabaseThread;
}

namespace portique::ui {

/// @brief Lets a person without a badge through a lane: found by name, number or class, chosen,
/// and presented to the gate's lane as a manual entry (recorded as such). As a last resort the agent can
/// type a badge's code, recorded as typed. Keyboard: type, Down to the list, Enter to let in.
/// GUI thread only.
class ManualEntryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntryDialog)

public:
    /// Typing pauses this long before the registry is searched (one query per pause, not per key).
    static constexpr int searchDelayMs = 250;
    /// At most this many people are listed: past that the agent narrows the search.
    static constexpr int maxResults = 50;

    ManualEntryDialog(storage::DatabaseThread &writer, const common::Clock &clock, access::Gate &gate, int selectedLane,
                      QWidget *parent = nullptr);

    /// @brief Searches at once (tests; the field searches after a pause).
    void search(const QString &text);
    /// @brief The people listed, by id, in order.
    QStringList resultIds() const;
    /// @brief Presents @p personId to the chosen lane; false (and a message) when the lane refused.
    bool letIn(const QString &personId);
    /// @brief Presents @p code as typed by the agent.
    bool presentTyped(const QString &code);
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    access::LaneController *chosenLane() const;
    void showMessage(const QString &text, bool error);

    storage::DatabaseThread &m_writer;
    const common::Clock &m_clock;
    access::Gate &m_gate;
    QComboBox *m_lane;
    QLineEdit *m_search;
    QComboBox *m_class;
    QListWidget *m_results;
    QPushButton *m_letIn;
    QLineEdit *m_code;
    QPushButton *m_present;
    QLabel *m_message;
    QTimer m_searchDelay;
    quint64 m_generation = 0;
};

} // namespace portique::ui
