// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentstore.h"

#include "common/isotime.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace portique::privacy {
namespace {

const QString consentColumns =
    QStringLiteral("id, person_id, purpose, architecture, given_at, given_by, guardian_name, guardian_relationship, channel, "
                   "channel_reference, agent, withdrawn_at, withdrawn_by, end_reason");

Consent readConsent(const storage::Statement &row)
{
    Consent c;
    c.id = row.toInt64(0);
    c.personId = row.toText(1);
    c.purpose = row.toText(2);
    c.architecture = access::TemplateArchitecture(row.toInt64(3));
    c.givenAt = common::parseIsoTime(row.toText(4));
    c.givenBy = row.toText(5);
    c.guardianName = row.toText(6);
    c.guardianRelationship = row.toText(7);
    c.channel = channelFromId(row.toText(8)).value_or(ConsentChannel::InPerson);
    c.channelReference = row.toText(9);
    c.agent = row.toText(10);
    c.withdrawnAt = common::parseIsoTime(row.toText(11));
    c.withdrawnBy = row.toText(12);
    c.endReason = consentEndFromId(row.toText(13)).value_or(ConsentEnd::Withdrawn);
    return c;
}

} // namespace

QString consentEndId(ConsentEnd end)
{
    switch (end) {
    case ConsentEnd::Withdrawn:
        return QStringLiteral("withdrawn");
    case ConsentEnd::ExperimentEnded:
        return QStringLiteral("experiment_end");
    case ConsentEnd::SchoolYearEnded:
        return QStringLiteral("school_year_end");
    case ConsentEnd::CameOfAge:
        return QStringLiteral("majority");
    }
    return {};
}

std::optional<ConsentEnd> consentEndFromId(const QString &id)
{
    for (const ConsentEnd end : {ConsentEnd::Withdrawn, ConsentEnd::ExperimentEnded, ConsentEnd::SchoolYearEnded, ConsentEnd::CameOfAge}) {
        if (consentEndId(end) == id)
            return end;
    }
    return std::nullopt;
}

QString consentEndLabel(ConsentEnd end)
{
    switch (end) {
    case ConsentEnd::Withdrawn:
        return QCoreApplication::translate("portique::privacy", "withdrawn");
    case ConsentEnd::ExperimentEnded:
        return QCoreApplication::translate("portique::privacy", "end of the experiment");
    case ConsentEnd::SchoolYearEnded:
        return QCoreApplication::translate("portique::privacy", "end of the school year");
    case ConsentEnd::CameOfAge:
        return QCoreApplication::translate("portique::privacy", "18th birthday");
    }
    return {};
}

QString channelId(ConsentChannel channel)
{
    return channel == ConsentChannel::Paper ? QStringLiteral("paper") : QStringLiteral("in_person");
}

std::optional<ConsentChannel> channelFromId(const QString &id)
{
    if (id == u"paper")
        return ConsentChannel::Paper;
    if (id == u"in_person")
        return ConsentChannel::InPerson;
    return std::nullopt;
}

ConsentStore::ConsentStore(storage::Database &database)
    : m_database(database)
{
}

std::optional<Consent> ConsentStore::current(const QString &personId)
{
    for (const Consent &consent : ofPerson(personId)) {
        if (consent.active())
            return consent;
    }
    return std::nullopt;
}

std::vector<Consent> ConsentStore::ofPerson(const QString &personId)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM consents WHERE person_id = ?1 ORDER BY id DESC").arg(consentColumns));
    rows.bind(1, personId);
    std::vector<Consent> consents;
    while (rows.next())
        consents.push_back(readConsent(rows));
    return consents;
}

QStringList ConsentStore::consenting()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT DISTINCT person_id FROM consents WHERE withdrawn_at IS NULL"));
    QStringList ids;
    while (rows.next())
        ids << rows.toText(0);
    return ids;
}

std::vector<ConsentListing> ConsentStore::listing(const QString &className, ConsentState state)
{
    QString columns;
    for (const QString &column : consentColumns.split(QStringLiteral(", ")))
        columns += QStringLiteral("c.%1, ").arg(column);
    const QString stateClause = state == ConsentState::InForce     ? QStringLiteral(" AND c.withdrawn_at IS NULL")
                                : state == ConsentState::Withdrawn ? QStringLiteral(" AND c.withdrawn_at IS NOT NULL")
                                                                   : QString();
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 p.family_name || ' ' || p.first_name, p.class_name, p.left_on, "
                                                  "EXISTS (SELECT 1 FROM face_templates t WHERE t.person_id = p.id) "
                                                  "FROM consents c JOIN people p ON p.id = c.person_id "
                                                  "WHERE (?1 = '' OR p.class_name = ?1)%2 "
                                                  "ORDER BY c.given_at DESC, c.id DESC")
                                       .arg(columns, stateClause));
    rows.bind(1, className);
    std::vector<ConsentListing> listings;
    while (rows.next()) {
        ConsentListing listing;
        listing.consent = readConsent(rows);
        // The listing's own columns follow the consent's.
        const int next = int(consentColumns.count(u',')) + 1;
        listing.personName = rows.toText(next);
        listing.className = rows.toText(next + 1);
        listing.leftOn = QDate::fromString(rows.toText(next + 2), Qt::ISODate);
        listing.templateHeld = rows.toInt64(next + 3) != 0;
        listings.push_back(std::move(listing));
    }
    return listings;
}

QStringList ConsentStore::classesWithConsents()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT DISTINCT p.class_name FROM consents c JOIN people p ON p.id = c.person_id "
                                                  "WHERE p.class_name <> '' ORDER BY p.class_name"));
    QStringList classes;
    while (rows.next())
        classes << rows.toText(0);
    return classes;
}

qint64 ConsentStore::insert(const Consent &c)
{
    m_database.execute(QStringLiteral("INSERT INTO consents (person_id, purpose, architecture, given_at, given_by, "
                                      "guardian_name, guardian_relationship, channel, channel_reference, agent) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                       {c.personId, c.purpose, int(c.architecture), common::isoTime(c.givenAt), c.givenBy, c.guardianName,
                        c.guardianRelationship, channelId(c.channel), c.channelReference, c.agent});
    return m_database.lastInsertId();
}

void ConsentStore::markEnded(qint64 id, const QDateTime &at, const QString &by, ConsentEnd reason)
{
    m_database.execute(QStringLiteral("UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3, end_reason = ?4 WHERE id = ?1"),
                       {id, common::isoTime(at), by, consentEndId(reason)});
}

} // namespace portique::privacy
