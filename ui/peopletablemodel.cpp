// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peopletablemodel.h"

#include "station/stationservices.h"
#include <QColor>

#include <QLocale>
#include <QSet>

namespace portique::ui {
namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

} // namespace

PeopleListing loadPeopleListing(storage::Database &database, const common::Clock &clock, const people::PeopleFilter &filter)
{
    station::StationServices services(database, clock);
    PeopleListing listing;
    // One query for who consents, then the consent itself only for them: most people have none.
    const QStringList consentingIds = services.consents.consenting();
    const QSet<QString> consenting(consentingIds.cbegin(), consentingIds.cend());
    for (people::Person &person : services.people.list(filter)) {
        PersonRow row;
        if (consenting.contains(person.id)) {
            if (const std::optional<privacy::Consent> consent = services.consents.current(person.id)) {
                row.faceLane = true;
                row.architecture = consent->architecture;
            }
        }
        row.badge = services.credentials.currentBadge(person.id);
        row.person = std::move(person);
        listing.rows.push_back(std::move(row));
    }
    listing.classes = services.people.classes();
    return listing;
}

QString faceLaneText(bool faceLane, access::TemplateArchitecture architecture)
{
    if (!faceLane)
        return QStringLiteral("—");
    switch (architecture) {
    case access::TemplateArchitecture::OnBadge:
        return PeopleTableModel::tr("Yes — type 1 (badge)");
    case access::TemplateArchitecture::InDatabase:
        return PeopleTableModel::tr("Yes — type 2 (database)");
    case access::TemplateArchitecture::None:
        break;
    }
    return PeopleTableModel::tr("Yes");
}

PeopleTableModel::PeopleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeopleTableModel::setRows(std::vector<PersonRow> rows, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

const PersonRow *PeopleTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int PeopleTableModel::rowOf(const QString &personId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].person.id == personId)
            return int(i);
    }
    return -1;
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    const PersonRow *row = rowAt(index.row());
    if (!row)
        return {};
    const people::Person &person = row->person;
    const bool active = person.activeOn(m_today);
    switch (role) {
    case Qt::UserRole:
        return index.column() == Name ? QVariant(person.id) : QVariant();
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("Id %1 · %2").arg(person.id, people::kindLabel(person.kind));
        if (index.column() == Badge && row->badge)
            return tr("Serial %1, issued on %2").arg(row->badge->serial.left(8), shortDate(row->badge->issuedOn));
        return {};
    case Qt::ForegroundRole:
        // Someone who has left is listed in grey (the Status column says it in words).
        if (!active)
            return QColor(0x80, 0x86, 0x8f);
        return {};
    case SortRole:
        switch (index.column()) {
        case Age:
            return person.ageOn(m_today).value_or(-1);
        case Status:
            return active ? QDate() : person.leftOn;
        case Badge:
            return row->badge ? row->badge->expiresOn : QDate();
        default:
            return display(*row, index.column());
        }
    default:
        return {};
    }
}

QVariant PeopleTableModel::display(const PersonRow &row, int column) const
{
    const people::Person &person = row.person;
    switch (column) {
    case Name:
        return person.displayName();
    case Class:
        return person.className;
    case Age: {
        const std::optional<int> age = person.ageOn(m_today);
        if (!age)
            return QStringLiteral("—");
        return person.minorOn(m_today) ? tr("%1 (minor)").arg(*age) : QString::number(*age);
    }
    case Status:
        if (!person.activeOn(m_today))
            return tr("Left on %1").arg(shortDate(person.leftOn));
        if (person.leftOn.isValid())
            return tr("Active (leaves on %1)").arg(shortDate(person.leftOn));
        return tr("Active");
    case FaceLane:
        return faceLaneText(row.faceLane, row.architecture);
    case Badge:
        return row.badge ? tr("valid until %1").arg(shortDate(row.badge->expiresOn)) : tr("None");
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Class:
        return tr("Class");
    case Age:
        return tr("Age");
    case Status:
        return tr("Status");
    case FaceLane:
        return tr("Face lane");
    case Badge:
        return tr("Badge");
    default:
        return {};
    }
}

} // namespace portique::ui
