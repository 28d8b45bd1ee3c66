// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentservice.h"

#include "access/stationkeys.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "common/sodiuminit.h"
#include "peoplestore.h"
#include "privacy/auditlog.h"
#include "privacy/consentforms.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <sodium.h>

#include <cmath>

namespace portique::people {
namespace {

constexpr int badgeSecretSize = 32;

QString methodId(CaptureMethod method)
{
    return method == CaptureMethod::Camera ? QStringLiteral("camera") : QStringLiteral("photos");
}

/// Three decimals: enough to tell a distance from the bound it exceeded (0.451 is not 0.45).
double roundedDistance(double distance)
{
    return std::round(distance * 1000) / 1000;
}

QString refusalText(const char *text)
{
    return QCoreApplication::translate("portique::people", text);
}

} // namespace

EnrolmentService::EnrolmentService(storage::Database &database, access::StationKeys &keys, access::CredentialStore &credentials,
                                   privacy::AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_keys(keys)
    , m_credentials(credentials)
    , m_audit(audit)
    , m_clock(clock)
{
}

void EnrolmentService::checkConsent(const QString &personId, const ConsentDetails &details)
{
    const QDate today = m_clock.now().toLocalTime().date();
    const std::optional<Person> person = PeopleStore(m_database).find(personId);
    if (!person)
        throw common::Refusal(QCoreApplication::translate("portique::people", "No person has the id %1.").arg(personId));
    if (!person->activeOn(today))
        throw common::Refusal(QCoreApplication::translate("portique::people", "%1 has left the school.").arg(person->displayName()));
    if (details.architecture == access::TemplateArchitecture::None)
        throw common::Refusal(
            refusalText(QT_TRANSLATE_NOOP("portique::people", "Choose where the template is kept: on the badge or in the database.")));
    if (details.givenBy.trimmed().isEmpty())
        throw common::Refusal(refusalText(QT_TRANSLATE_NOOP("portique::people", "The name of the person who consents is missing.")));
    if (person->minorOn(today)) {
        if (details.guardianName.trimmed().isEmpty())
            throw common::Refusal(
                QCoreApplication::translate("portique::people", "%1 is a minor: the legal representative's consent is required.")
                    .arg(person->displayName()));
        if (details.guardianRelationship.trimmed().isEmpty())
            throw common::Refusal(
                refusalText(QT_TRANSLATE_NOOP("portique::people", "The legal representative's relationship to the student is missing.")));
    }
    // Issue 15: a paper consent comes back on the form the station printed for this person.
    if (details.channel == privacy::ConsentChannel::Paper)
        privacy::ConsentFormStore(m_database, m_clock).checkUsable(personId, details.channelReference);
}

Enrolment EnrolmentService::enrol(const QString &personId, const ConsentDetails &details, const biometrics::FaceTemplate &faceTemplate,
                                  CaptureMethod method, double quality, int samples, const QString &actor,
                                  std::optional<double> selfDistance)
{
    common::ensureSodium();
    Enrolment enrolment;
    m_database.transaction([&] {
        checkConsent(personId, details);
        const QDateTime now = m_clock.now();
        privacy::ConsentStore consents(m_database);
        // A new enrolment replaces the consent in force (architecture or guardian may change).
        if (const std::optional<privacy::Consent> previous = consents.current(personId))
            consents.markEnded(previous->id, now, actor);
        m_database.execute(QStringLiteral("DELETE FROM face_templates WHERE person_id = ?1"), {personId});

        privacy::Consent consent;
        consent.personId = personId;
        consent.purpose = QString(privacy::faceLanePurpose);
        consent.architecture = details.architecture;
        consent.givenAt = now;
        consent.givenBy = details.givenBy.trimmed();
        consent.guardianName = details.guardianName.trimmed();
        consent.guardianRelationship = details.guardianRelationship.trimmed();
        consent.channel = details.channel;
        consent.channelReference = details.channel == privacy::ConsentChannel::Paper
                                       ? privacy::normaliseConsentFormReference(details.channelReference)
                                       : details.channelReference.trimmed();
        consent.agent = actor;
        enrolment.consentId = consents.insert(consent);
        if (details.channel == privacy::ConsentChannel::Paper)
            privacy::ConsentFormStore(m_database, m_clock).markUsed(consent.channelReference, enrolment.consentId);

        QByteArray badgeData;
        QByteArray sealedForDatabase;
        if (details.architecture == access::TemplateArchitecture::OnBadge) {
            badgeData = faceTemplate.seal(m_keys.templateKey(), biometrics::TemplateEncoding::Int8);
        } else {
            badgeData = QByteArray(badgeSecretSize, Qt::Uninitialized);
            randombytes_buf(badgeData.data(), std::size_t(badgeData.size()));
            sealedForDatabase = faceTemplate.seal(m_keys.badgeTemplateKey(badgeData), biometrics::TemplateEncoding::Float16);
        }
        enrolment.badge = m_credentials.issueBadge(personId, details.architecture, badgeData, actor);
        sodium_memzero(badgeData.data(), std::size_t(badgeData.size()));
        if (!sealedForDatabase.isEmpty())
            m_database.execute(QStringLiteral("INSERT INTO face_templates (person_id, credential_serial, sealed, created_at) "
                                              "VALUES (?1, ?2, ?3, ?4)"),
                               {personId, enrolment.badge.record.serial, sealedForDatabase, common::isoTime(now)});
        m_database.execute(QStringLiteral("INSERT INTO enrolments (person_id, at, agent, outcome, capture, quality, frames) "
                                          "VALUES (?1, ?2, ?3, 'enrolled', ?4, ?5, ?6)"),
                           {personId, common::isoTime(now), actor, methodId(method), quality, samples});
        QJsonObject given{{QStringLiteral("consent"), enrolment.consentId},
                          {QStringLiteral("architecture"), int(details.architecture)},
                          {QStringLiteral("guardian"), !consent.guardianName.isEmpty()},
                          {QStringLiteral("channel"), privacy::channelId(details.channel)}};
        if (consent.channel == privacy::ConsentChannel::Paper)
            given.insert(QStringLiteral("form"), consent.channelReference);
        m_audit.append(actor, QStringLiteral("consent.give"), personId, given);
        QJsonObject done{{QStringLiteral("capture"), methodId(method)},
                         {QStringLiteral("serial"), enrolment.badge.record.serial},
                         {QStringLiteral("quality"), std::round(quality * 10) / 10},
                         {QStringLiteral("samples"), samples}};
        if (selfDistance)
            done.insert(QStringLiteral("self_distance"), roundedDistance(*selfDistance));
        m_audit.append(actor, QStringLiteral("enrolment.done"), personId, done);
    });
    return enrolment;
}

void EnrolmentService::recordFailure(const QString &personId, const QString &reasonId, CaptureMethod method, int samples,
                                     const QString &actor, std::optional<double> selfDistance)
{
    m_database.transaction([&] {
        if (!PeopleStore(m_database).find(personId))
            throw common::Refusal(QCoreApplication::translate("portique::people", "No person has the id %1.").arg(personId));
        const QDateTime now = m_clock.now();
        m_database.execute(QStringLiteral("INSERT INTO enrolments (person_id, at, agent, outcome, reason, capture, frames) "
                                          "VALUES (?1, ?2, ?3, 'failed', ?4, ?5, ?6)"),
                           {personId, common::isoTime(now), actor, reasonId, methodId(method), samples});
        QJsonObject failed{
            {QStringLiteral("reason"), reasonId}, {QStringLiteral("capture"), methodId(method)}, {QStringLiteral("samples"), samples}};
        if (selfDistance)
            failed.insert(QStringLiteral("self_distance"), roundedDistance(*selfDistance));
        m_audit.append(actor, QStringLiteral("enrolment.failed"), personId, failed);
    });
}

ConsentWithdrawal EnrolmentService::withdrawConsent(const QString &personId, const QString &actor)
{
    ConsentWithdrawal withdrawal;
    m_database.transaction([&] {
        privacy::ConsentStore consents(m_database);
        const std::optional<privacy::Consent> consent = consents.current(personId);
        if (!consent)
            throw common::Refusal(
                QCoreApplication::translate("portique::people", "There is no consent in force to withdraw for %1.").arg(personId));
        const QDateTime now = m_clock.now();
        consents.markEnded(consent->id, now, actor);
        withdrawal.consentId = consent->id;
        withdrawal.templatesDeleted = m_database.execute(QStringLiteral("DELETE FROM face_templates WHERE person_id = ?1"), {personId});
        // Issue 15: no badge is revoked (a revoked badge was refused at the lane with an alert naming
        // the student: withdrawing was punished). The badges they hold stay valid, decided badge-only.
        withdrawal.badges = m_credentials.recordWithdrawal(personId);
        m_audit.append(actor, QStringLiteral("consent.withdraw"), personId,
                       QJsonObject{{QStringLiteral("consent"), consent->id},
                                   {QStringLiteral("templates_deleted"), withdrawal.templatesDeleted},
                                   {QStringLiteral("badges_revoked"), 0},
                                   {QStringLiteral("badges_badge_only"), QJsonArray::fromStringList(withdrawal.badges)}});
    });
    m_database.forgetDeleted();
    return withdrawal;
}

access::IssuedBadge EnrolmentService::withdraw(const QString &personId, const QString &actor)
{
    access::IssuedBadge badge;
    m_database.transaction([&] {
        withdrawConsent(personId, actor);
        badge = m_credentials.issueBadge(personId, access::TemplateArchitecture::None, {}, actor);
    });
    return badge;
}

access::IssuedBadge EnrolmentService::issueBadgeOnly(const QString &personId, const QString &actor)
{
    access::IssuedBadge badge;
    m_database.transaction([&] {
        if (privacy::ConsentStore(m_database).current(personId))
            throw common::Refusal(
                QCoreApplication::translate("portique::people",
                                            "%1 uses the face lane: enrol again to replace the badge, or withdraw the consent first.")
                    .arg(personId));
        badge = m_credentials.issueBadge(personId, access::TemplateArchitecture::None, {}, actor);
    });
    return badge;
}

std::vector<EnrolmentAttempt> EnrolmentService::attempts(const QString &personId)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT at, agent, outcome, reason, capture FROM enrolments "
                                                  "WHERE person_id = ?1 ORDER BY id"));
    rows.bind(1, personId);
    std::vector<EnrolmentAttempt> attempts;
    while (rows.next())
        attempts.push_back({common::parseIsoTime(rows.toText(0)), rows.toText(1), rows.toText(2) == u"enrolled", rows.toText(3),
                            rows.toText(4) == u"camera" ? CaptureMethod::Camera : CaptureMethod::Photos});
    return attempts;
}

bool EnrolmentService::holdsTemplate(const QString &personId)
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM face_templates WHERE person_id = ?1"), {personId}).toInt() > 0;
}

std::optional<biometrics::FaceTemplate> EnrolmentService::templateFor(const access::Credential &credential,
                                                                      const QByteArray &expectedModelId)
{
    switch (credential.architecture) {
    case access::TemplateArchitecture::None:
        return std::nullopt;
    case access::TemplateArchitecture::OnBadge:
        return biometrics::FaceTemplate::unseal(credential.data, m_keys.templateKey(), expectedModelId);
    case access::TemplateArchitecture::InDatabase:
        break;
    }
    const QVariant sealed =
        m_database.scalar(QStringLiteral("SELECT sealed FROM face_templates WHERE credential_serial = ?1 AND person_id = ?2"),
                          {credential.serialText(), credential.subjectId});
    if (!sealed.isValid())
        return std::nullopt;
    return biometrics::FaceTemplate::unseal(sealed.toByteArray(), m_keys.badgeTemplateKey(credential.data), expectedModelId);
}

} // namespace portique::people
