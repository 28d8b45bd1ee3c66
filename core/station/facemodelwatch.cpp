// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facemodelwatch.h"

#include "stationservices.h"
#include "storage/database.h"

namespace portique::station {

std::optional<FaceModelChange> noteFaceModel(StationServices &services, const QByteArray &modelId)
{
    const QString current = QString::fromLatin1(modelId.toHex());
    const QString previous = services.settings.value(settings::faceModelId);
    if (previous == current)
        return std::nullopt;
    std::optional<FaceModelChange> change;
    services.database.transaction([&] {
        services.settings.set(settings::faceModelId, current, QStringLiteral("system"));
        if (previous.isEmpty())
            return;
        change = FaceModelChange{previous, current};
        services.alerts.raise(QStringLiteral("face_model_changed"), QString(), 0, QString(), previous + QStringLiteral(" → ") + current);
    });
    return change;
}

} // namespace portique::station
