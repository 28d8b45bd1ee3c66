// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credentialstore.h"
#include "visitor.h"
#include "visitorpass.h"
#include "zonemap.h"

#include <optional>
#include <utility>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
class AlertStore;
} // namespace portique::privacy
namespace portique::station {
class SettingsStore;
}
namespace portique::storage {
class Database;
}
namespace portique::access {
class StationKeys;
}

namespace portique::visitors {

/// @brief A registration done: the record, and the pass's code to print now (not kept; a lost
/// pass is re-issued, which invalidates the old one).
struct RegisteredVisitor {
    Visitor visitor;
    QString passPayload;
};

/// @brief A pass presented somewhere, checked: signature, window, registry, still on site.
struct PassCheck {
    access::Verdict verdict = access::Verdict::Malformed;
    std::optional<PassContent> pass;
    std::optional<Visitor> visitor; ///< set when the registry knows the pass's visitor
    bool valid() const { return verdict == access::Verdict::Valid; }
};

/// @brief One face the indoor cameras look for: an on-site visitor who consented.
struct GalleryEntry {
    QString visitorId;
    biometrics::Descriptor descriptor;
};

/// @brief What a sighting wrote: its row, and an alert when the zone is not on the pass.
struct SightingRecord {
    qint64 sightingId = 0;
    qint64 alertId = 0; ///< 0: the zone is allowed
};

/// @brief What withdrawing a visitor's tracking consent deleted (counts only: no face data).
struct TrackingWithdrawal {
    Visitor visitor; ///< as it is now: tracking off, still on site, same pass
    int templatesDeleted = 0;
    int sightingsDeleted = 0;
};

/// @brief What a sweep did (overstays flagged, visitors checked out at the end of the day).
struct SweepResult {
    QStringList overstays;
    QStringList checkedOut;
};

/// @brief The visitor life cycle on the caller's connection (the single writer): registration and
/// pass, pass checks, sightings, check-out that deletes template and sightings at once, and the
/// periodic sweep (overstay alerts, automatic check-out). Every change is audited by visitor id.
class VisitorService final {
public:
    VisitorService(storage::Database &database, access::StationKeys &keys, access::CredentialStore &credentials, privacy::AuditLog &audit,
                   privacy::AlertStore &alerts, station::SettingsStore &settings, const common::Clock &clock);

    /// @brief Registers a visitor and signs their pass. @p modelId: the running face model's (the
    /// template is bound to it). Throws common::Refusal (translated) for a missing name or host,
    /// a departure not later today before the end-of-day check-out, an unknown zone, or tracking
    /// consent without a usable photo. The watchlist is checked before, by the caller.
    RegisteredVisitor registerVisitor(const VisitorDraft &draft, const QByteArray &modelId, const QString &agent);
    /// @brief A new pass for an on-site visitor (lost or damaged): the previous one stops working.
    RegisteredVisitor reissuePass(const QString &visitorId, const QString &agent);

    std::optional<Visitor> find(const QString &visitorId);
    /// @brief Everyone on site, by arrival.
    std::vector<Visitor> onSite();
    /// @brief Visitors who arrived on @p day (local), on site or not, by arrival.
    std::vector<Visitor> arrivedOn(const QDate &day);

    PassCheck verifyPass(QStringView text);
    /// @brief Checks @p visitorId out: pass revoked, template and sightings deleted at once (and
    /// out of the write-ahead log). Throws common::Refusal when unknown or already gone.
    Visitor checkOut(const QString &visitorId, Departure departure, const QString &agent);
    /// @brief Checks out the holder of a presented pass; throws common::Refusal with the pass's
    /// verdict when it is not a valid pass of someone on site.
    Visitor checkOutByPass(QStringView text, const QString &agent);

    /// @brief The visitor withdraws their consent to indoor tracking at the desk, without leaving:
    /// their template and the visit's sightings are deleted at once (and out of the write-ahead
    /// log), audited with counts; the visit goes on (same pass, still on site, on the roll call).
    /// Throws common::Refusal (translated) for an unknown visitor, one no longer on site, one who
    /// never consented or already withdrew.
    TrackingWithdrawal withdrawTracking(const QString &visitorId, const QString &agent);

    /// @brief The faces the indoor cameras compare with (on-site, consenting, same model).
    std::vector<GalleryEntry> gallery(const QByteArray &modelId);
    /// @brief Records a sighting of an on-site visitor; raises a "restricted_zone" alert when the
    /// pass does not allow @p zone. Nothing is written for a visitor no longer on site (nullopt).
    std::optional<SightingRecord> recordSighting(const QString &visitorId, const QString &camera, const QString &zone, double score);
    std::vector<Sighting> trail(const QString &visitorId);
    std::optional<Sighting> lastSeen(const QString &visitorId);

    /// @brief Raises one "overstay" alert per visitor past their expected departure and checks
    /// everyone out once the end-of-day time has passed. Run every minute by the station.
    SweepResult sweep();
    /// @brief The end-of-day check-out time of @p day (local), as UTC.
    QDateTime endOfDay(const QDate &day);

    ZoneMap zoneMap();

private:
    Visitor requireOnSite(const QString &visitorId);
    /// Deletes @p visitorId's template and sightings (check-out and withdrawal): {templates, sightings}.
    std::pair<int, int> deleteTrackingData(const QString &visitorId);
    QString nextVisitorId(const QDate &day);
    QString signPass(const Visitor &visitor);

    storage::Database &m_database;
    access::StationKeys &m_keys;
    access::CredentialStore &m_credentials;
    privacy::AuditLog &m_audit;
    privacy::AlertStore &m_alerts;
    station::SettingsStore &m_settings;
    const common::Clock &m_clock;
};

} // namespace portique::visitors
