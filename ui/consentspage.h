// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/consentstore.h"
#include "stationcontext.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace portique::ui {

/// @brief "Consentements": the DPO's register of consents to the face lane — who consented, who
/// signed for a minor, how, which architecture, whether a template is held, and withdrawals —
/// filtered by class and state, saved as CSV for the DPO's own records.
class ConsentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentsPage)

public:
    ConsentsPage(StationContext &context, QString user, QWidget *parent = nullptr);

    enum Column { Person, Class, Given, SignedBy, Guardian, Channel, Architecture, Template, State, Agent, ColumnCount };

    void reload();
    /// @brief Writes the rows on screen (filters applied) as CSV (UTF-8, semicolons, as French
    /// spreadsheets expect); returns an error message or nothing.
    QString saveCsv(const QString &path);
    int rowCount() const;

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const std::vector<privacy::ConsentListing> &listing, const QStringList &classes);
    void chooseCsv();

    StationContext &m_context;
    QString m_user;
    QComboBox *m_class;
    QComboBox *m_state;
    QLineEdit *m_search;
    QPushButton *m_csv;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    int m_generation = 0;
};

} // namespace portique::ui
