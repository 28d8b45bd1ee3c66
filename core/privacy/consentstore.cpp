// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentstore.h"

#include "common/isotime.h"
#include "storage/database.h"

namespace portique::privacy {
namespace {

const QString consentColumns = QStringLiteral(
    "id, person_id, purpose, architecture, given_at, given_by, guardian_name, guardian_relationship, channel, "
    "channel_reference, agent, withdrawn_at, withdrawn_by");

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
    return c;
}

} // namespace

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
    auto rows = m_database.prepare(
        QStringLiteral("SELECT %1 FROM consents WHERE person_id = ?1 ORDER BY id DESC").arg(consentColumns));
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

qint64 ConsentStore::insert(const Consent &c)
{
    m_database.execute(QStringLiteral("INSERT INTO consents (person_id, purpose, architecture, given_at, given_by, "
                                      "guardian_name, guardian_relationship, channel, channel_reference, agent) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                       {c.personId, c.purpose, int(c.architecture), common::isoTime(c.givenAt), c.givenBy,
                        c.guardianName, c.guardianRelationship, channelId(c.channel), c.channelReference, c.agent});
    return m_database.lastInsertId();
}

void ConsentStore::markWithdrawn(qint64 id, const QDateTime &at, const QString &by)
{
    m_database.execute(QStringLiteral("UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE id = ?1"),
                       {id, common::isoTime(at), by});
}

} // namespace portique::privacy
