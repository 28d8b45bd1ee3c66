// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "decision.h"

namespace portique::station {
struct StationServices;
}

namespace portique::access {

/// @brief Everything a presented code brings, looked up on the database thread: the verdict, the
/// holder, whether they use the face lane and, if so, their template (unsealed from the code, or
/// opened with it). @p modelId: the running model's (a template of another model is unusable).
/// @p lane: where it was presented (the face lane runs only on the declared experiment's lanes).
CredentialCheck checkCredential(station::StationServices &services, QStringView code, const QByteArray &modelId, const QString &lane);

/// @brief The same for a person the agent picked by hand (no code): valid when they are active.
CredentialCheck checkPerson(station::StationServices &services, const QString &personId);

} // namespace portique::access
