// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace portique::station {

struct StationServices;

/// @brief The face model a station ran with before, when it now runs another one.
struct FaceModelChange {
    QString previous; ///< model id, hex
    QString current;
};

/// @brief Records @p modelId as the face model this station runs, at each start. The first time
/// it is only recorded. A model other than last time's is audited (settings.change of
/// face.model_id by "system", before and after) and raises a `face_model_changed` alert: every
/// template made with the previous model can no longer be compared, so each face-lane holder is
/// checked by hand until they enrol again. `portiquectl model install` needs no station (it runs
/// at setup, before any exists): this is where a swapped model becomes visible (issue 17).
std::optional<FaceModelChange> noteFaceModel(StationServices &services, const QByteArray &modelId);

} // namespace portique::station
