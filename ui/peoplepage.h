// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "stationcontext.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace portique::station {
struct StationServices;
}

namespace portique::ui {

class PeopleTableModel;
struct PersonRow;

/// @brief The registry at the desk: find a person (Ctrl+F), see their legal representatives,
/// consent, badges and enrolment attempts; import a list, enrol in the face lane, withdraw a
/// consent, issue a badge-only badge, print a whole class's badges. Every read and write is a job
/// of the single database writer. Use from the GUI thread only.
class PeoplePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    /// @brief Asks the operator to confirm an action; true to go ahead. Tests replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    PeoplePage(const StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reloads the list with the current search, class and "left" filters (also on show).
    void reload();
    /// @brief Selects @p personId in the table when it is listed; returns whether it is.
    bool selectPerson(const QString &personId);
    /// @brief The id of the selected person, or an empty string.
    QString selectedId() const;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    PeopleTableModel *model() const { return m_model; }
    /// @brief The last outcome or error shown on the page.
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    const PersonRow *selectedRow() const;
    void updateButtons();
    void loadDetail();
    void showMessage(const QString &text, bool error);
    void openImport();
    void openEnrolment();
    void withdrawConsent();
    void issueBadge();
    /// Issues a badge on the writer (@p issue: withdraw, or badge only), then says @p doneMessage,
    /// reloads and opens the print dialog; one path for every single-person badge.
    void issueAndPrint(const people::Person &person,
                       std::function<access::IssuedBadge(station::StationServices &, const QString &)> issue,
                       const QString &doneMessage);
    void issueClassBadges();

    const StationContext &m_context;
    QString m_actor;
    Confirmation m_confirm;
    PeopleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_class;
    QCheckBox *m_showLeft;
    QTimer *m_searchDelay;
    QTextBrowser *m_detail;
    QPushButton *m_import;
    QPushButton *m_enrol;
    QPushButton *m_withdraw;
    QPushButton *m_newBadge;
    QPushButton *m_classBadges;
    QLabel *m_message;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_busy = false; ///< a write job is running: its buttons stay disabled until it ends
};

} // namespace portique::ui
