// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentforms.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "common/sodiuminit.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

#include <cstring>

namespace portique::privacy {
namespace {

// Crockford's base32: no I, L, O, U, so that a reference read aloud or copied by hand is not
// mistaken for another (https://www.crockford.com/base32.html).
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int bodyLength = 8;
const QString prefix = QStringLiteral("CF-");

const QString formColumns = QStringLiteral("reference, person_id, issued_at, issued_by, used_at, consent_id");

ConsentForm readForm(const storage::Statement &row)
{
    ConsentForm form;
    form.reference = row.toText(0);
    form.personId = row.toText(1);
    form.issuedAt = common::parseIsoTime(row.toText(2));
    form.issuedBy = row.toText(3);
    form.usedAt = common::parseIsoTime(row.toText(4));
    form.consentId = row.toInt64(5);
    return form;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

} // namespace

QString newConsentFormReference()
{
    common::ensureSodium();
    QString reference = prefix;
    for (int i = 0; i < bodyLength; ++i)
        reference += QLatin1Char(alphabet[randombytes_uniform(32)]);
    return reference;
}

QString normaliseConsentFormReference(const QString &typed)
{
    QString compact;
    for (const QChar c : typed.toUpper()) {
        if (!c.isSpace() && c != u'-' && c != u'_')
            compact += c;
    }
    if (compact.size() == bodyLength + 2 && compact.startsWith(u"CF"))
        compact = compact.mid(2);
    if (compact.size() != bodyLength)
        return {};
    QString body;
    for (QChar c : compact) {
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() > 127 || !std::strchr(alphabet, char(c.unicode())))
            return {};
        body += c;
    }
    return prefix + body;
}

ConsentFormStore::ConsentFormStore(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

ConsentForm ConsentFormStore::issue(const QString &personId, const QString &actor, AuditLog &audit)
{
    ConsentForm form;
    form.personId = personId;
    form.issuedAt = m_clock.now();
    form.issuedBy = actor;
    m_database.transaction([&] {
        // 40 random bits: a collision is all but impossible, but a unique key must never fail a
        // whole class's letters, so draw again.
        do {
            form.reference = newConsentFormReference();
        } while (m_database.scalar(QStringLiteral("SELECT count(*) FROM consent_forms WHERE reference = ?1"), {form.reference}).toInt()
                 > 0);
        m_database.execute(QStringLiteral("INSERT INTO consent_forms (reference, person_id, issued_at, issued_by) VALUES (?1, ?2, ?3, ?4)"),
                           {form.reference, personId, common::isoTime(form.issuedAt), actor});
        audit.append(actor, QStringLiteral("consent.form_issue"), personId, QJsonObject{{QStringLiteral("reference"), form.reference}});
    });
    return form;
}

std::optional<ConsentForm> ConsentFormStore::find(const QString &reference)
{
    const QString normalised = normaliseConsentFormReference(reference);
    if (normalised.isEmpty())
        return std::nullopt;
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM consent_forms WHERE reference = ?1").arg(formColumns));
    row.bind(1, normalised);
    if (!row.next())
        return std::nullopt;
    return readForm(row);
}

std::vector<ConsentForm> ConsentFormStore::ofPerson(const QString &personId)
{
    auto rows = m_database.prepare(
        QStringLiteral("SELECT %1 FROM consent_forms WHERE person_id = ?1 ORDER BY issued_at DESC, reference").arg(formColumns));
    rows.bind(1, personId);
    std::vector<ConsentForm> forms;
    while (rows.next())
        forms.push_back(readForm(rows));
    return forms;
}

QString ConsentFormStore::checkUsable(const QString &personId, const QString &reference)
{
    if (reference.trimmed().isEmpty())
        throw common::Refusal(
            tr(QT_TRANSLATE_NOOP("portique::privacy", "A consent on paper needs the reference printed on the form (scan its QR code).")));
    const std::optional<ConsentForm> form = find(reference);
    if (!form)
        throw common::Refusal(QCoreApplication::translate("portique::privacy",
                                                          "%1 is not a consent form reference issued by this station: print the "
                                                          "consent letter from the station and use the form it gives.")
                                  .arg(reference.trimmed()));
    // Another student's form says nothing of this one's consent; whose it is stays unsaid.
    if (form->personId != personId)
        throw common::Refusal(
            QCoreApplication::translate("portique::privacy", "The consent form %1 was issued for someone else, not for %2.")
                .arg(form->reference, personId));
    if (form->used())
        throw common::Refusal(QCoreApplication::translate("portique::privacy",
                                                          "The consent form %1 was already recorded on %2: a form counts once; "
                                                          "print a new letter for a new consent.")
                                  .arg(form->reference, form->usedAt.toLocalTime().date().toString(Qt::ISODate)));
    return form->reference;
}

void ConsentFormStore::markUsed(const QString &reference, qint64 consentId)
{
    m_database.execute(QStringLiteral("UPDATE consent_forms SET used_at = ?2, consent_id = ?3 WHERE reference = ?1"),
                       {normaliseConsentFormReference(reference), common::isoTime(m_clock.now()), consentId});
}

} // namespace portique::privacy
