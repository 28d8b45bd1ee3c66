// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "access/eventstore.h"
#include "access/stationkeys.h"
#include "accounts/userstore.h"
#include "people/enrolmentservice.h"
#include "people/importservice.h"
#include "people/peoplestore.h"
#include "privacy/alertstore.h"
#include "privacy/auditlog.h"
#include "settingsstore.h"
#include "visitors/visitorservice.h"
#include "visitors/watchlist.h"

namespace portique::station {

/// @brief The services that work on one connection, wired together once. Build one inside a
/// DatabaseThread job (or on the CLI's connection); it lives no longer than the connection.
struct StationServices {
    StationServices(storage::Database &database, const common::Clock &clock)
        : database(database)
        , clock(clock)
        , audit(database, clock)
        , users(database, audit, clock)
        , settings(database, audit)
        , keys(database, audit, clock)
        , credentials(database, keys, audit, clock)
        , people(database)
        , imports(database, credentials, audit, clock)
        , enrolments(database, keys, credentials, audit, clock)
        , consents(database)
        , events(database, audit, clock)
        , alerts(database, audit, clock)
        , visitors(database, keys, credentials, audit, alerts, settings, clock)
        , watchlist(database, keys, audit, alerts, clock)
    {
    }
    storage::Database &database;
    const common::Clock &clock;
    privacy::AuditLog audit;
    accounts::UserStore users;
    SettingsStore settings;
    access::StationKeys keys;
    access::CredentialStore credentials;
    people::PeopleStore people;
    people::ImportService imports;
    people::EnrolmentService enrolments;
    privacy::ConsentStore consents;
    access::EventStore events;
    privacy::AlertStore alerts;
    visitors::VisitorService visitors;
    visitors::Watchlist watchlist;
};

} // namespace portique::station
