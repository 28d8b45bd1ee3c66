// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "people/peoplestore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::ui {

/// @brief One person of the list with what the list shows about their gate access.
struct PersonRow {
    people::Person person;
    bool faceLane = false; ///< a consent to the face lane is in force
    access::TemplateArchitecture architecture = access::TemplateArchitecture::None; ///< of that consent
    std::optional<access::CredentialRecord> badge; ///< the current badge (neither revoked nor expired)
};

/// @brief What the People page loads in one database job: the rows of a filter and every class.
struct PeopleListing {
    std::vector<PersonRow> rows;
    QStringList classes;
};

/// @brief Reads the people of @p filter with their consent and badge, and the classes. Runs on the
/// database thread only (a job of the single writer), never on the GUI thread.
PeopleListing loadPeopleListing(storage::Database &database, const common::Clock &clock, const people::PeopleFilter &filter);

/// @brief The registry's people for a table view. The person id is at Qt::UserRole on column 0;
/// SortRole gives each column a value that sorts naturally (ages as numbers, dates as dates).
class PeopleTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleTableModel)

public:
    enum Column { Name, Class, Age, Status, FaceLane, Badge, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PeopleTableModel(QObject *parent = nullptr);
    /// @brief Replaces the rows; ages, minority and status are judged on @p today.
    void setRows(std::vector<PersonRow> rows, QDate today);
    const PersonRow *rowAt(int row) const;
    /// @brief The row of @p personId, or -1.
    int rowOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const PersonRow &row, int column) const;

    std::vector<PersonRow> m_rows;
    QDate m_today;
};

/// @brief "Yes — type 1 (badge)", "Yes — type 2 (database)" or "—" (translated).
QString faceLaneText(bool faceLane, access::TemplateArchitecture architecture);

} // namespace portique::ui
