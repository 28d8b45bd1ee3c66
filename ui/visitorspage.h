// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "visitors/zonemap.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace portique::ui {

class ZoneMapView;
class StopTrackingButton;

/// @brief The Visitors tab (agents): who is on site now (arrival, host, expected departure with
/// overstays marked, escort, tracking, where and when last seen), and for the selected visitor
/// everything the registry holds, their trail as a timeline and on the zone map. Registers (F5),
/// checks out (F6), re-issues a lost pass, prints the evacuation roll call. Reads the database
/// every 5 s and after each action, always through the single writer. GUI thread only.
class VisitorsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorsPage)

public:
    /// @brief The table's columns.
    enum Column { Name, Organisation, Host, Arrived, Departure, Escort, Tracking, LastSeen, ColumnCount };
    /// @brief Asks the operator to confirm an action; true to go ahead. Tests replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    VisitorsPage(StationContext &context, const QString &agent, QWidget *parent = nullptr);

    /// @brief The table's rows as shown (search applied); Qt::UserRole of any cell is the visitor id.
    QAbstractItemModel *model() const;
    /// @brief Selects @p visitorId when listed; returns whether it is.
    bool selectVisitor(const QString &visitorId);
    QString selectedId() const;
    /// @brief The last outcome or error shown on the page.
    QString message() const;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    /// @brief Turns the page's own F5 / F6 off (when the main window binds them window-wide instead).
    void setPageShortcuts(bool enabled);
    /// @brief Writes the roll call of everyone on site to @p path as PDF, off the GUI thread; the
    /// page's message says when it is done.
    void saveRollCall(const QString &path);

public Q_SLOTS:
    /// @brief Reads the list, the zone map and the selected visitor's trail again.
    void reload();
    /// @brief F5: opens the registration dialog.
    void newVisitor();
    /// @brief F6: opens the check-out dialog (the selected visitor picked in it).
    void checkOut();

Q_SIGNALS:
    /// @brief Someone was registered or checked out here.
    void visitorsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    class Model;
    class Filter;
    struct Snapshot;
    void applySnapshot(const Snapshot &snapshot);
    void loadDetail();
    void updateButtons();
    void reissuePass();
    void printRollCall();
    void chooseRollCallFile();
    void showMessage(const QString &text, bool error);

    StationContext &m_context;
    QString m_agent;
    Confirmation m_confirm;
    Model *m_model;
    Filter *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_showLeft;
    QPushButton *m_new;
    QPushButton *m_checkOut;
    QPushButton *m_reissue;
    QPushButton *m_rollCall;
    QLabel *m_message;
    QTextBrowser *m_detail;
    QLabel *m_trailNote;
    QTreeWidget *m_trail;
    ZoneMapView *m_map;
    visitors::ZoneMap m_lastMap; ///< as read with the list: restricted zones in the detail
    QTimer *m_refresh;
    QShortcut *m_f5;
    QShortcut *m_f6;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_restoring = false;                     ///< the selection is being put back after a reload: no detail reload
    StopTrackingButton *m_stopTracking = nullptr; ///< visitortracking.h: withdraws the tracking consent
};

} // namespace portique::ui
