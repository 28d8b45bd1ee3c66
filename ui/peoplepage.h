// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "stationcontext.h"

#include <QWidget>

#include <functional>

class QAction;
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
/// consent in one step (the same badge keeps working, badge-only), issue a badge-only badge, print
/// a whole class's badges, write the consent letters of the selected people or of a class. Every
/// read and write is a job of the single database writer, every PDF is written on a worker thread.
/// Use from the GUI thread only (peoplepage.cpp, peoplepageconsent.cpp).
class PeoplePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    /// @brief Asks the operator to confirm an action; true to go ahead. Tests replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    /// @brief Asks where to save a file (@p suggested: a path to start from); empty to cancel.
    /// Tests replace it.
    using SavePath = std::function<QString(QWidget *parent, const QString &suggested)>;

    PeoplePage(const StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reloads the list with the current search, class and "left" filters (also on show).
    void reload();
    /// @brief Selects @p personId in the table when it is listed; returns whether it is.
    bool selectPerson(const QString &personId);
    /// @brief The id of the selected person when exactly one is selected, or an empty string.
    QString selectedId() const;
    /// @brief The ids of every selected person, in the table's order.
    QStringList selectedIds() const;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    void setSavePath(SavePath savePath) { m_savePath = std::move(savePath); }

    PeopleTableModel *model() const { return m_model; }
    /// @brief The last outcome or error shown on the page.
    QString message() const;

Q_SIGNALS:
    /// @brief The consent letters were written at @p path (and recorded in the output log).
    void consentLettersSaved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const PersonRow *selectedRow() const;
    void updateButtons();
    void loadDetail();
    void showMessage(const QString &text, bool error);
    void openImport();
    void openEnrolment();
    /// Withdraws the selected person's consent in one step: no badge is revoked or printed.
    void withdrawConsent();
    /// Issues the form references and writes the letters of the selection (or of the class chosen
    /// when @p wholeClass) to a file the operator picks, off the GUI thread.
    void writeConsentLetters(bool wholeClass);
    void issueBadge();
    /// Issues a badge on the writer (@p issue: a badge-only badge), then says @p doneMessage,
    /// reloads and opens the print dialog; one path for every single-person badge.
    void issueAndPrint(const people::Person &person, std::function<access::IssuedBadge(station::StationServices &, const QString &)> issue,
                       const QString &doneMessage);
    void issueClassBadges();

    const StationContext &m_context;
    QString m_actor;
    Confirmation m_confirm;
    SavePath m_savePath;
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
    QPushButton *m_letters;
    QAction *m_lettersForSelection;
    QAction *m_lettersForClass;
    QLabel *m_message;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_busy = false; ///< a write job is running: its buttons stay disabled until it ends
};

} // namespace portique::ui
