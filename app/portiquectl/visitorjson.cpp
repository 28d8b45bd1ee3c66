// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorjson.h"

#include "common/isotime.h"
#include "station/stationservices.h"

#include <QJsonArray>

#include <cmath>

namespace portique::cli {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject sightingJson(const visitors::Sighting &sighting)
{
    return {{QStringLiteral("at"), common::isoTime(sighting.at)},
            {QStringLiteral("camera"), sighting.camera},
            {QStringLiteral("zone"), sighting.zone},
            {QStringLiteral("score"), std::round(sighting.score * 1000) / 1000}};
}

QJsonObject visitorJson(const visitors::Visitor &visitor)
{
    return {{QStringLiteral("id"), visitor.id},
            {QStringLiteral("name"), visitor.name},
            {QStringLiteral("organisation"), visitor.organisation},
            {QStringLiteral("host"), visitor.host},
            {QStringLiteral("purpose"), visitor.purpose},
            {QStringLiteral("arrived_at"), common::isoTime(visitor.arrivedAt)},
            {QStringLiteral("expected_departure"), common::isoTime(visitor.expectedDeparture)},
            {QStringLiteral("escort"), visitor.escort},
            {QStringLiteral("zones"), QJsonArray::fromStringList(visitor.zones)},
            {QStringLiteral("tracking"), visitor.tracking},
            {QStringLiteral("pass_serial"), visitor.passSerial},
            {QStringLiteral("pass_valid_until"), common::isoTime(visitor.passValidUntil)},
            {QStringLiteral("registered_by"), visitor.registeredBy},
            {QStringLiteral("overstay_alerted"), visitor.overstayAlerted},
            {QStringLiteral("on_site"), visitor.onSite()},
            {QStringLiteral("departed_at"), textOrNull(common::isoTime(visitor.departedAt))},
            {QStringLiteral("departed_by"), textOrNull(visitor.departedBy)},
            {QStringLiteral("departure"), textOrNull(visitor.departure)}};
}

QJsonObject visitorWithLastSeen(station::StationServices &services, const visitors::Visitor &visitor)
{
    QJsonObject json = visitorJson(visitor);
    const std::optional<visitors::Sighting> last = services.visitors.lastSeen(visitor.id);
    json.insert(QStringLiteral("last_seen"), last ? QJsonValue(sightingJson(*last)) : QJsonValue());
    return json;
}

} // namespace portique::cli
