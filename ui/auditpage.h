// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace portique::ui {

class AuditTableModel;

/// @brief The DPO's view of the audit trail: newest records of a kind, a search over the whole
/// trail, and the chain check.
class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    AuditPage(const StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reloads the newest records of the chosen kind matching the search (also called when
    /// the page is shown).
    void reload();
    /// @brief Walks the whole chain on the database thread and shows the verdict.
    void verify();
    /// @brief Verifies the chain and writes a signed checkpoint of it to @p path (a new file), on
    /// the database thread; the outcome is shown in the message area.
    void exportCheckpoint(const QString &path);
    /// @brief Compares the chain with the checkpoint in @p path, on the database thread; the
    /// verdict's sentence is shown in the message area.
    void verifyCheckpoint(const QString &path);

    /// The records loaded at once: a school year of desk activity is a few hundred thousand records;
    /// the kind and the search narrow them in the database, `portiquectl audit list` gives the rest.
    static constexpr int shownRecords = 2000;

Q_SIGNALS:
    /// @brief The records on screen were replaced (@p count of them).
    void loaded(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showVerdict(const QString &role, const QString &text);
    void chooseCheckpointToWrite();
    void chooseCheckpointToVerify();
    void setBusy(bool busy);

    const StationContext &m_context;
    QString m_actor;
    AuditTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_group;
    QLineEdit *m_filter;
    QTimer *m_search;
    int m_generation = 0;
    QPushButton *m_verify;
    QPushButton *m_exportCheckpoint;
    QPushButton *m_verifyCheckpoint;
    QLabel *m_verdict;
};

} // namespace portique::ui
