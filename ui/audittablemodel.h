// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/auditlog.h"

#include <QAbstractTableModel>

namespace portique::ui {

/// @brief Audit records for a table view, newest first. The raw record is at Qt::UserRole.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { Seq, Time, Actor, Action, Object, Details, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    void setRecords(QList<privacy::AuditRecord> records);
    /// @brief Marks the record where verification found the chain broken (0: none).
    void setBrokenSeq(qint64 seq);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<privacy::AuditRecord> m_records;
    qint64 m_brokenSeq = 0;
};

} // namespace portique::ui
