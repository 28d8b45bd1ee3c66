// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "audittablemodel.h"

#include "privacy/auditactions.h"
#include "theme.h"

#include <QJsonDocument>
#include <QLocale>

namespace portique::ui {
namespace {

QString detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it)
        parts << it.key() + QStringLiteral(" : ") + it.value().toVariant().toString();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setRecords(QList<privacy::AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void AuditTableModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const privacy::AuditRecord &record = m_records.at(index.row());
    if (role == Qt::UserRole)
        return QVariant::fromValue(record.seq);
    if (role == Qt::ForegroundRole && record.seq == m_brokenSeq)
        return colours::alert;
    if (role == Qt::ToolTipRole)
        return tr("Hash %1").arg(QString::fromLatin1(record.hash.toHex()));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return record.seq;
    case Time:
        return QLocale().toString(record.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Actor:
        return record.actor;
    case Action:
        return privacy::auditActionLabel(record.action);
    case Object:
        return record.object;
    case Details:
        return detailsText(record.details);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Date and time");
    case Actor:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace portique::ui
