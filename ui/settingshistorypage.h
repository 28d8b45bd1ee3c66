// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace portique::ui {

/// @brief "Historique des réglages": every change of a station setting (thresholds, retention
/// periods, lanes, zones...) with who made it, when, and the value before and after — read from
/// the audit trail, the one place they are recorded.
class SettingsHistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsHistoryPage)

public:
    explicit SettingsHistoryPage(StationContext &context, QWidget *parent = nullptr);

    enum Column { When, Who, Setting, Before, After, ColumnCount };
    /// The changes shown: years of changes are a few hundred records.
    static constexpr int shownChanges = 1000;

    void reload();
    int rowCount() const;

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    StationContext &m_context;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

/// @brief A setting's key in words ("Retention: passages and overrides"), or the key itself for
/// one this version does not know.
QString settingLabel(const QString &key);

} // namespace portique::ui
