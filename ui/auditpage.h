// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace portique::ui {

class AuditTableModel;

/// @brief The DPO's view of the audit trail: newest records, a filter, and the chain check.
class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    AuditPage(const StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reloads the newest records (also called when the page is shown).
    void reload();
    /// @brief Walks the whole chain on the database thread and shows the verdict.
    void verify();

    /// The newest records loaded at once: a school year of desk activity is a few hundred thousand
    /// records; the screen shows recent ones, `portiquectl audit list` and the export give the rest.
    static constexpr int shownRecords = 2000;

protected:
    void showEvent(QShowEvent *event) override;

private:
    const StationContext &m_context;
    QString m_actor;
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_verify;
    QLabel *m_verdict;
};

} // namespace portique::ui
