// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectrights.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "people/peoplestore.h"
#include "people/personid.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy::SubjectRights", text);
}

people::Person personOrRefuse(people::PeopleStore &store, const QString &personId)
{
    std::optional<people::Person> person = store.find(personId);
    if (!person)
        throw common::Refusal(QCoreApplication::translate("portique::privacy", "No person has the id %1.").arg(personId));
    return *person;
}

/// Sets @p field of @p person to @p text, or refuses saying why (nothing is written yet).
void setField(people::Person &person, const QString &field, const QString &text, const QDate &today)
{
    const QString value = text.trimmed();
    if (field == u"family_name" || field == u"first_name") {
        if (value.isEmpty())
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "The %1 cannot be empty.")
                                      .arg(SubjectRights::fieldLabel(field).toLower()));
        if (const QString problem = people::textProblem(value, field); !problem.isEmpty())
            throw common::Refusal(problem);
        (field == u"family_name" ? person.familyName : person.firstName) = value;
    } else if (field == u"class") {
        // A student is listed, counted and printed by class: without one they would drop out of
        // every class list. Staff and others have none.
        if (value.isEmpty() && person.kind == people::PersonKind::Student)
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "A student's class cannot be empty."));
        if (const QString problem = people::textProblem(value, field); !problem.isEmpty())
            throw common::Refusal(problem);
        person.className = value;
    } else if (field == u"birth_date") {
        const QDate date = common::parseIsoDate(value);
        if (!date.isValid())
            throw common::Refusal(
                QCoreApplication::translate("portique::privacy", "“%1” is not a date: write it as yyyy-mm-dd (2011-03-14).").arg(value));
        if (date > today)
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "The birth date %1 is in the future.").arg(value));
        person.birthDate = date;
    } else {
        throw common::Refusal(QCoreApplication::translate("portique::privacy", "“%1” is not a field that can be rectified: one of %2.")
                                  .arg(field, SubjectRights::rectifiableFields().join(QStringLiteral(", "))));
    }
}

} // namespace

SubjectRights::SubjectRights(storage::Database &database, AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

QStringList SubjectRights::rectifiableFields()
{
    return {QStringLiteral("family_name"), QStringLiteral("first_name"), QStringLiteral("class"), QStringLiteral("birth_date")};
}

QString SubjectRights::fieldLabel(const QString &field)
{
    if (field == u"family_name")
        return tr("Family name");
    if (field == u"first_name")
        return tr("First name");
    if (field == u"class")
        return tr("Class");
    if (field == u"birth_date")
        return tr("Birth date");
    return field;
}

QStringList SubjectRights::rectify(const QString &personId, const std::vector<FieldValue> &changes, const QString &actor)
{
    QStringList changed;
    m_database.transaction([&] {
        people::PeopleStore store(m_database);
        const people::Person before = personOrRefuse(store, personId);
        people::Person after = before;
        const QDateTime now = m_clock.now();
        for (const FieldValue &change : changes)
            setField(after, change.field, change.value, now.toLocalTime().date());
        changed = people::changedFields(before, after);
        if (changed.isEmpty())
            throw common::Refusal(tr("Nothing to rectify: %1 already holds these values.").arg(before.displayName()));
        store.save(after, now);
        for (const QString &field : std::as_const(changed)) {
            // A plain table without children: REPLACE only refreshes the date and the DPO.
            m_database.execute(QStringLiteral("INSERT OR REPLACE INTO rectified_fields (person_id, field, rectified_at, rectified_by) "
                                              "VALUES (?1, ?2, ?3, ?4)"),
                               {personId, field, common::isoTime(now), actor});
        }
        // Which fields, never their values: the old name would outlive an erasure in the trail.
        m_audit.append(actor, QStringLiteral("subject.rectify"), personId,
                       {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
    });
    return changed;
}

void SubjectRights::restrictProcessing(const QString &personId, const QString &actor)
{
    m_database.transaction([&] {
        people::PeopleStore store(m_database);
        const people::Person person = personOrRefuse(store, personId);
        if (person.restricted())
            throw common::Refusal(
                tr("The processing of %1's data is already restricted (since %2).")
                    .arg(person.displayName(), QLocale().toString(person.restrictedAt.toLocalTime(), QLocale::ShortFormat)));
        m_database.execute(QStringLiteral("UPDATE people SET restricted_at = ?2, restricted_by = ?3 WHERE id = ?1"),
                           {personId, common::isoTime(m_clock.now()), actor});
        m_audit.append(actor, QStringLiteral("subject.restrict"), personId);
    });
}

void SubjectRights::liftRestriction(const QString &personId, const QString &actor)
{
    m_database.transaction([&] {
        people::PeopleStore store(m_database);
        const people::Person person = personOrRefuse(store, personId);
        if (!person.restricted())
            throw common::Refusal(tr("The processing of %1's data is not restricted: there is nothing to lift.").arg(person.displayName()));
        m_database.execute(QStringLiteral("UPDATE people SET restricted_at = NULL, restricted_by = NULL WHERE id = ?1"), {personId});
        m_audit.append(actor, QStringLiteral("subject.restrict_lift"), personId,
                       {{QStringLiteral("restricted_at"), common::isoTime(person.restrictedAt)}});
    });
}

people::ConsentWithdrawal object(storage::Database &database, people::EnrolmentService &enrolments, const QString &personId,
                                 const QString &actor)
{
    people::PeopleStore store(database);
    personOrRefuse(store, personId);
    return enrolments.withdrawConsent(personId, actor);
}

} // namespace portique::privacy
