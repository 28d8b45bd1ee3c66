// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentlapse.h"

#include "access/credentialstore.h"
#include "access/stationkeys.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/schoolyear.h"
#include "people/peoplestore.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace portique::privacy {
namespace {

// The first day a person is 18, as Person::ageOn counts it: a 29 February birthday is reached on
// 1 March in a common year.
QDate majorityDay(const QDate &birthDate)
{
    return QDate(birthDate.year() + 18, birthDate.month(), 1).addDays(birthDate.day() - 1);
}

} // namespace

LapseContext lapseContext(station::SettingsStore &settings, const QDate &today)
{
    LapseContext context;
    context.today = today;
    context.schoolYearEndMonth = int(settings.value(station::settings::badgeExpiryMonth));
    try {
        context.experiment = loadExperiment(settings);
    } catch (const std::invalid_argument &) {
        // A definition that no longer reads closes the face lane (faceLaneOpen) but ends nobody's
        // consent: the DPO declares it again.
    }
    return context;
}

std::optional<ConsentEnd> consentLapse(const Consent &consent, const people::Person &person, const LapseContext &context)
{
    const QDate given = consent.givenAt.toLocalTime().date();
    std::optional<std::pair<QDate, ConsentEnd>> first; // the earliest last day in force already past
    auto consider = [&](const QDate &lastDay, ConsentEnd reason) {
        if (lastDay < context.today && (!first || lastDay < first->first))
            first = std::pair(lastDay, reason);
    };
    // A consent given after an experiment ended is for the next one, not ended by the old end.
    if (context.experiment && given <= context.experiment->end)
        consider(context.experiment->end, ConsentEnd::ExperimentEnded);
    consider(common::schoolYearEnd(given, context.schoolYearEndMonth), ConsentEnd::SchoolYearEnded);
    // A representative consented for a minor; the adult consents for themself.
    if (person.birthDate.isValid() && person.minorOn(given))
        consider(majorityDay(person.birthDate).addDays(-1), ConsentEnd::CameOfAge);
    return first ? std::optional(first->second) : std::nullopt;
}

std::vector<LapsedConsent> dueLapses(storage::Database &database, const common::Clock &clock)
{
    AuditLog audit(database, clock);
    station::SettingsStore settings(database, audit);
    ConsentStore consents(database);
    people::PeopleStore people(database);
    const LapseContext context = lapseContext(settings, clock.now().toLocalTime().date());
    std::vector<LapsedConsent> due;
    for (const QString &personId : consents.consenting()) {
        const std::optional<Consent> consent = consents.current(personId);
        const std::optional<people::Person> person = people.find(personId);
        if (!consent || !person)
            continue;
        if (const std::optional<ConsentEnd> reason = consentLapse(*consent, *person, context))
            due.push_back({consent->id, personId, *reason, 0, {}});
    }
    return due;
}

std::vector<LapsedConsent> lapseConsents(storage::Database &database, const common::Clock &clock, const QString &actor)
{
    std::vector<LapsedConsent> lapsed;
    const QDateTime now = clock.now();
    database.transaction([&] {
        AuditLog audit(database, clock);
        access::StationKeys keys(database, audit, clock);
        access::CredentialStore credentials(database, keys, audit, clock);
        ConsentStore consents(database);
        lapsed = dueLapses(database, clock);
        for (LapsedConsent &entry : lapsed) {
            consents.markEnded(entry.consentId, now, actor, entry.reason);
            entry.templatesDeleted =
                int(database.execute(QStringLiteral("DELETE FROM face_templates WHERE person_id = ?1"), {entry.personId}));
            entry.badges = credentials.recordWithdrawal(entry.personId);
            audit.append(actor, QStringLiteral("consent.lapse"), entry.personId,
                         QJsonObject{{QStringLiteral("consent"), entry.consentId},
                                     {QStringLiteral("reason"), consentEndId(entry.reason)},
                                     {QStringLiteral("templates_deleted"), entry.templatesDeleted},
                                     {QStringLiteral("badges_badge_only"), QJsonArray::fromStringList(entry.badges)}});
        }
    });
    if (!lapsed.empty())
        database.forgetDeleted();
    return lapsed;
}

} // namespace portique::privacy
