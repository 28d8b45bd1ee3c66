// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace portique::visitors {

/// @brief How a visitor left: checked out at the desk (pass scanned or picked) or at the end of
/// the day by the station.
enum class Departure { Desk, Automatic };
QString departureId(Departure departure);

/// @brief A visitor as the registry keeps them: no photo, no image; their template (tracking
/// consent only) is in visitor_templates while they are on site and nowhere else.
struct Visitor {
    QString id;              ///< "V261129-03": the pass's subject, printed on it
    QString name;
    QString organisation;
    QString host;            ///< person or service visited
    QString purpose;
    QDateTime arrivedAt;     ///< UTC
    QDateTime expectedDeparture;
    bool escort = false;     ///< must be accompanied inside
    QStringList zones;       ///< zones the pass allows
    bool tracking = false;   ///< consented to be followed by the indoor cameras
    QString passSerial;      ///< hex; the pass's revocation handle
    QDateTime passValidUntil;
    QString registeredBy;
    bool overstayAlerted = false;
    QDateTime departedAt;    ///< invalid while on site
    QString departedBy;
    QString departure;       ///< departureId(), empty while on site

    bool onSite() const { return !departedAt.isValid(); }
};

/// @brief What the registration form gives.
struct VisitorDraft {
    QString name;
    QString organisation;
    QString host;
    QString purpose;
    QDate birthDate;             ///< optional: only to check the watchlist, never stored
    QDateTime expectedDeparture;
    bool escort = false;
    QStringList zones;           ///< empty: the zone map's unrestricted zones
    bool trackingConsent = false;
    /// From the registration photo: kept (sealed) only with tracking consent, and only while on
    /// site; without consent it serves the watchlist check and is dropped.
    std::optional<biometrics::Descriptor> face;
};

/// @brief Where and when an indoor camera saw an on-site visitor.
struct Sighting {
    qint64 id = 0;
    QString visitorId;
    QDateTime at;
    QString camera;
    QString zone;
    double score = 0.0; ///< the face distance (lower is closer)
};

} // namespace portique::visitors
