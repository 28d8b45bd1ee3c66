// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "person.h"
#include "privacy/consentstore.h"

#include <QJsonObject>

namespace portique::people {

/// @brief The JSON forms of the registry's records, one way for the CLI, exports and tests.
/// Never a template, a key or a badge's text.
QJsonObject toJson(const Person &person, const QDate &day);
QJsonObject toJson(const Guardian &guardian);
QJsonObject toJson(const access::CredentialRecord &record);
QJsonObject toJson(const privacy::Consent &consent);

} // namespace portique::people
