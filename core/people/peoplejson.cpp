// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peoplejson.h"

#include "common/isotime.h"

namespace portique::people {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const Person &person, const QDate &day)
{
    const std::optional<int> age = person.ageOn(day);
    return {{QStringLiteral("id"), person.id},
            {QStringLiteral("kind"), kindId(person.kind)},
            {QStringLiteral("family_name"), person.familyName},
            {QStringLiteral("first_name"), person.firstName},
            {QStringLiteral("class"), person.className},
            {QStringLiteral("birth_date"), textOrNull(common::isoDate(person.birthDate))},
            {QStringLiteral("age"), age ? QJsonValue(*age) : QJsonValue()},
            {QStringLiteral("minor"), person.minorOn(day)},
            {QStringLiteral("active"), person.activeOn(day)},
            {QStringLiteral("left_on"), textOrNull(common::isoDate(person.leftOn))},
            {QStringLiteral("source"), sourceId(person.source)}};
}

QJsonObject toJson(const Guardian &guardian)
{
    return {{QStringLiteral("id"), guardian.guardianId},
            {QStringLiteral("family_name"), guardian.familyName},
            {QStringLiteral("first_name"), guardian.firstName},
            {QStringLiteral("relationship"), guardian.relationship}};
}

QJsonObject toJson(const access::CredentialRecord &record)
{
    return {{QStringLiteral("serial"), record.serial},
            {QStringLiteral("architecture"), int(record.architecture)},
            {QStringLiteral("carries_template"), record.architecture == access::TemplateArchitecture::OnBadge},
            {QStringLiteral("issued_on"), common::isoDate(record.issuedOn)},
            {QStringLiteral("expires_on"), common::isoDate(record.expiresOn)},
            {QStringLiteral("issued_by"), record.issuedBy},
            {QStringLiteral("revoked_at"), textOrNull(common::isoTime(record.revokedAt))},
            {QStringLiteral("revoke_reason"), textOrNull(record.revokeReason)}};
}

QJsonObject toJson(const privacy::Consent &consent)
{
    return {{QStringLiteral("id"), consent.id},
            {QStringLiteral("purpose"), consent.purpose},
            {QStringLiteral("architecture"), int(consent.architecture)},
            {QStringLiteral("given_at"), common::isoTime(consent.givenAt)},
            {QStringLiteral("given_by"), consent.givenBy},
            {QStringLiteral("guardian"), textOrNull(consent.guardianName)},
            {QStringLiteral("guardian_relationship"), textOrNull(consent.guardianRelationship)},
            {QStringLiteral("channel"), privacy::channelId(consent.channel)},
            {QStringLiteral("channel_reference"), textOrNull(consent.channelReference)},
            {QStringLiteral("agent"), consent.agent},
            {QStringLiteral("withdrawn_at"), textOrNull(common::isoTime(consent.withdrawnAt))},
            {QStringLiteral("withdrawn_by"), textOrNull(consent.withdrawnBy)},
            {QStringLiteral("end_reason"), consent.active() ? QJsonValue() : QJsonValue(privacy::consentEndId(consent.endReason))}};
}

} // namespace portique::people
