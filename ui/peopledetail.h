// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The People tab's detail panel: what it reads about one person, and how it shows it.

#include "access/credentialstore.h"
#include "people/enrolmentservice.h"
#include "people/person.h"
#include "privacy/consentstore.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace portique::station {
struct StationServices;
}

namespace portique::ui {

/// Everything the detail panel shows about one person, read in one job.
struct PersonDetail {
    people::Person person;
    std::vector<people::Guardian> guardians;
    std::optional<privacy::Consent> consent;
    std::vector<access::CredentialRecord> badges;
    std::vector<people::EnrolmentAttempt> attempts;
    bool holdsTemplate = false;
};

/// The detail of @p id, read on the writer thread; nothing when no one has that id.
std::optional<PersonDetail> loadPersonDetail(station::StationServices &services, const QString &id);
/// The detail panel's HTML (the People tab's translations, PeoplePage context).
QString personDetailHtml(const PersonDetail &detail, const QDate &today);
/// dd/MM/yyyy, or a dash for no date.
QString peopleShortDate(const QDate &date);

} // namespace portique::ui
