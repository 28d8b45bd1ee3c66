// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "credentialstore.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "common/schoolyear.h"
#include "common/sodiuminit.h"
#include "people/peoplestore.h"
#include "privacy/auditlog.h"
#include "privacy/forgetledger.h"
#include "station/settingsstore.h"
#include "stationkeys.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

namespace portique::access {
namespace {

const QString recordColumns =
    QStringLiteral("serial, person_id, architecture, issued_on, expires_on, issued_at, issued_by, revoked_at, revoke_reason");

CredentialRecord readRecord(const storage::Statement &row)
{
    CredentialRecord record;
    record.serial = row.toText(0);
    record.personId = row.toText(1);
    record.architecture = TemplateArchitecture(row.toInt64(2));
    record.issuedOn = common::parseIsoDate(row.toText(3));
    record.expiresOn = common::parseIsoDate(row.toText(4));
    record.issuedAt = common::parseIsoTime(row.toText(5));
    record.issuedBy = row.toText(6);
    record.revokedAt = common::parseIsoTime(row.toText(7));
    record.revokeReason = row.toText(8);
    return record;
}

} // namespace

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Malformed:
        return QStringLiteral("malformed");
    case Verdict::WrongKind:
        return QStringLiteral("wrong_kind");
    case Verdict::UnknownKey:
        return QStringLiteral("unknown_key");
    case Verdict::BadSignature:
        return QStringLiteral("bad_signature");
    case Verdict::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::UnknownSerial:
        return QStringLiteral("unknown_serial");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    case Verdict::PersonUnknown:
        return QStringLiteral("person_unknown");
    case Verdict::PersonInactive:
        break;
    }
    return QStringLiteral("person_inactive");
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    for (Verdict verdict :
         {Verdict::Valid, Verdict::Malformed, Verdict::WrongKind, Verdict::UnknownKey, Verdict::BadSignature, Verdict::NotYetValid,
          Verdict::Expired, Verdict::UnknownSerial, Verdict::Revoked, Verdict::PersonUnknown, Verdict::PersonInactive}) {
        if (verdictId(verdict) == id)
            return verdict;
    }
    return std::nullopt;
}

QString verdictReason(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate("portique::access", "Valid");
    case Verdict::Malformed:
        return QCoreApplication::translate("portique::access", "Not a code of this school, or damaged");
    case Verdict::WrongKind:
        return QCoreApplication::translate("portique::access", "Wrong kind of code (a visitor pass is not a badge, a badge is not a pass)");
    case Verdict::UnknownKey:
        return QCoreApplication::translate("portique::access", "Signed by an unknown key: forged");
    case Verdict::BadSignature:
        return QCoreApplication::translate("portique::access", "Signature does not match: altered or forged");
    case Verdict::NotYetValid:
        return QCoreApplication::translate("portique::access", "Not valid yet");
    case Verdict::Expired:
        return QCoreApplication::translate("portique::access", "Expired");
    case Verdict::UnknownSerial:
        return QCoreApplication::translate("portique::access", "Unknown to this station");
    case Verdict::Revoked:
        return QCoreApplication::translate("portique::access", "Revoked");
    case Verdict::PersonUnknown:
        return QCoreApplication::translate("portique::access", "Holder unknown");
    case Verdict::PersonInactive:
        break;
    }
    return QCoreApplication::translate("portique::access", "Holder has left the school");
}

CredentialStore::CredentialStore(storage::Database &database, StationKeys &keys, privacy::AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_keys(keys)
    , m_audit(audit)
    , m_clock(clock)
{
}

QString CredentialStore::newSerial()
{
    common::ensureSodium();
    QByteArray serial(Credential::serialSize, Qt::Uninitialized);
    randombytes_buf(serial.data(), std::size_t(serial.size()));
    return QString::fromLatin1(serial.toHex());
}

QDate CredentialStore::expiryFor(const QDate &day)
{
    const int month = int(station::SettingsStore(m_database, m_audit).value(station::settings::badgeExpiryMonth));
    return common::schoolYearEnd(day, month);
}

IssuedBadge CredentialStore::issueBadge(const QString &personId, TemplateArchitecture architecture, const QByteArray &data,
                                        const QString &actor)
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    IssuedBadge issued;
    m_database.transaction([&] {
        const std::optional<people::Person> person = people::PeopleStore(m_database).find(personId);
        if (!person)
            throw common::Refusal(QCoreApplication::translate("portique::access", "No person has the id %1.").arg(personId));
        if (!person->activeOn(today))
            throw common::Refusal(QCoreApplication::translate("portique::access", "%1 has left the school: no badge can be issued.")
                                      .arg(person->displayName()));
        // Imports refuse such ids now; a person imported before that still gets a clear refusal.
        if (personId.toUtf8().size() > Credential::maxSubjectBytes)
            throw common::Refusal(QCoreApplication::translate("portique::access",
                                                              "The id of %1 is longer than the %2 bytes a badge can carry: "
                                                              "correct it in the school's file and import it again.")
                                      .arg(person->displayName())
                                      .arg(Credential::maxSubjectBytes));
        const int replaced = revokeAllOf(personId, QStringLiteral("reissued"), actor);

        const SigningKey key = m_keys.signingKey();
        Credential credential;
        credential.kind = CredentialKind::Badge;
        credential.keyId = key.keyId;
        credential.serial = QByteArray::fromHex(newSerial().toLatin1());
        credential.issuedOn = today;
        credential.expiresOn = expiryFor(today);
        credential.architecture = architecture;
        credential.subjectId = personId;
        credential.data = data;
        // Every badge's code as long as a type-1 one: its size must not tell the architecture.
        padToUniformSize(credential);
        issued.payload = signCredential(credential, key.secretKey);

        CredentialRecord &record = issued.record;
        record.serial = credential.serialText();
        record.personId = personId;
        record.architecture = architecture;
        record.issuedOn = credential.issuedOn;
        record.expiresOn = credential.expiresOn;
        record.issuedAt = now;
        record.issuedBy = actor;
        m_database.execute(QStringLiteral("INSERT INTO credentials (serial, person_id, architecture, issued_on, expires_on, "
                                          "issued_at, issued_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                           {record.serial, personId, int(architecture), common::isoDate(record.issuedOn), common::isoDate(record.expiresOn),
                            common::isoTime(now), actor});
        m_audit.append(actor, QStringLiteral("badge.issue"), personId,
                       QJsonObject{{QStringLiteral("serial"), record.serial},
                                   {QStringLiteral("architecture"), int(architecture)},
                                   {QStringLiteral("expires_on"), common::isoDate(record.expiresOn)},
                                   {QStringLiteral("replaced"), replaced}});
    });
    return issued;
}

bool CredentialStore::revoke(const QString &serial, const QString &reason, const QString &actor)
{
    bool changed = false;
    m_database.transaction([&] {
        const std::optional<CredentialRecord> record = find(serial);
        if (!record || record->revoked())
            return;
        m_database.execute(QStringLiteral("UPDATE credentials SET revoked_at = ?2, revoke_reason = ?3 WHERE serial = ?1"),
                           {serial, common::isoTime(m_clock.now()), reason});
        m_audit.append(actor, QStringLiteral("badge.revoke"), record->personId,
                       QJsonObject{{QStringLiteral("serial"), serial}, {QStringLiteral("reason"), reason}});
        // Beside the database too, so that restoring an older copy of it cannot make the badge
        // valid again (privacy/restorereplay.h).
        privacy::ForgetLedger(m_database).record(privacy::ForgetKind::Revocation, serial, m_clock);
        changed = true;
    });
    return changed;
}

int CredentialStore::revokeAllOf(const QString &personId, const QString &reason, const QString &actor)
{
    int count = 0;
    m_database.transaction([&] {
        for (const CredentialRecord &record : ofPerson(personId)) {
            if (revoke(record.serial, reason, actor))
                ++count;
        }
    });
    return count;
}

QStringList CredentialStore::recordWithdrawal(const QString &personId)
{
    QStringList serials;
    m_database.transaction([&] {
        for (const CredentialRecord &record : ofPerson(personId)) {
            if (record.revoked() || record.architecture == TemplateArchitecture::None)
                continue;
            m_database.execute(QStringLiteral("UPDATE credentials SET architecture = ?2 WHERE serial = ?1"),
                               {record.serial, int(TemplateArchitecture::None)});
            // A backup put back must not bring the face lane back for this badge (restorereplay).
            privacy::ForgetLedger(m_database).record(privacy::ForgetKind::Withdrawal, record.serial, m_clock);
            serials << record.serial;
        }
    });
    return serials;
}

Verification CredentialStore::verifySignature(QStringView text, CredentialKind expected)
{
    Verification result;
    const std::optional<DecodedCredential> decoded = decodeCredential(text);
    if (!decoded)
        return result; // Malformed
    const std::optional<QByteArray> publicKey = m_keys.publicKey(decoded->credential.keyId);
    if (!publicKey) {
        result.verdict = Verdict::UnknownKey;
        return result;
    }
    if (!signatureMatches(*decoded, *publicKey)) {
        result.verdict = Verdict::BadSignature;
        return result;
    }
    result.credential = decoded->credential;
    result.verdict = decoded->credential.kind == expected ? Verdict::Valid : Verdict::WrongKind;
    return result;
}

Verification CredentialStore::verify(QStringView text, CredentialKind expected)
{
    Verification result = verifySignature(text, expected);
    if (!result.valid())
        return result;
    const Credential &credential = *result.credential;
    const QDate today = m_clock.now().toLocalTime().date();
    result.record = find(credential.serialText());
    if (result.record && result.record->personId == credential.subjectId)
        result.person = people::PeopleStore(m_database).find(credential.subjectId);
    // The registry is the authority on what was issued: a code signed with this station's key but
    // whose holder or dates differ from its record (a key taken from a copy of the database, a badge
    // re-signed to last until 2099) is not the badge the station issued.
    const bool asIssued = result.record && result.record->personId == credential.subjectId && result.record->issuedOn == credential.issuedOn
                          && result.record->expiresOn == credential.expiresOn;
    if (today < credential.issuedOn)
        result.verdict = Verdict::NotYetValid;
    else if (today > credential.expiresOn)
        result.verdict = Verdict::Expired;
    else if (!asIssued)
        result.verdict = Verdict::UnknownSerial;
    else if (result.record->revoked())
        result.verdict = Verdict::Revoked;
    else if (!result.person)
        result.verdict = Verdict::PersonUnknown;
    else if (!result.person->activeOn(today))
        result.verdict = Verdict::PersonInactive;
    else
        result.verdict = Verdict::Valid;
    return result;
}

std::optional<CredentialRecord> CredentialStore::find(const QString &serial)
{
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM credentials WHERE serial = ?1").arg(recordColumns));
    row.bind(1, serial);
    if (!row.next())
        return std::nullopt;
    return readRecord(row);
}

std::vector<CredentialRecord> CredentialStore::ofPerson(const QString &personId)
{
    auto rows =
        m_database.prepare(QStringLiteral("SELECT %1 FROM credentials WHERE person_id = ?1 ORDER BY issued_at DESC").arg(recordColumns));
    rows.bind(1, personId);
    std::vector<CredentialRecord> records;
    while (rows.next())
        records.push_back(readRecord(rows));
    return records;
}

std::optional<CredentialRecord> CredentialStore::currentBadge(const QString &personId)
{
    const QDate today = m_clock.now().toLocalTime().date();
    for (const CredentialRecord &record : ofPerson(personId)) {
        if (!record.revoked() && record.expiresOn >= today)
            return record;
    }
    return std::nullopt;
}

} // namespace portique::access
