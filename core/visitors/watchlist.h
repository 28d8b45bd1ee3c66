// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
class AlertStore;
}
namespace portique::storage {
class Database;
}
namespace portique::access {
class StationKeys;
}

namespace portique::visitors {

/// @brief Why someone is on the watchlist: banned from the school, or a custody restriction (a
/// person who must not collect or see a given student).
enum class WatchKind { Banned, Custody };
QString watchKindId(WatchKind kind);
std::optional<WatchKind> watchKindFromId(const QString &id);
QString watchKindLabel(WatchKind kind);

/// @brief An entry an administrator made: a name, and a date of birth and/or a reference photo.
struct WatchlistEntry {
    qint64 id = 0;
    WatchKind kind = WatchKind::Banned;
    QString name;
    QDate birthDate;
    QByteArray photo;       ///< the reference photo (JPEG), shown beside the visitor's on a hit
    bool hasFace = false;   ///< a template was made from the photo
    QString details;        ///< what the agent must know ("décision du 3 mars", the student concerned)
    QDateTime addedAt;
    QString addedBy;
};

/// @brief A possible match: the agent sees both and confirms or dismisses it.
struct WatchlistHit {
    WatchlistEntry entry;
    bool nameMatches = false;
    bool birthDateMatches = false;     ///< both dates known and equal
    std::optional<float> faceDistance; ///< when both faces are known
    bool faceMatches = false;
};

/// @brief The watchlist on the caller's connection. A hit needs the name (its words in any order,
/// accents and case ignored) with no contradicting date of birth, or the face within the
/// threshold. Decisions are audited; a confirmation raises a "watchlist" alert.
class Watchlist final {
public:
    Watchlist(storage::Database &database, access::StationKeys &keys, privacy::AuditLog &audit, privacy::AlertStore &alerts,
              const common::Clock &clock);

    /// @brief Throws common::Refusal without a name, or without a date of birth and a photo.
    qint64 add(WatchKind kind, const QString &name, const QDate &birthDate, const QByteArray &photoJpeg,
               const std::optional<biometrics::Descriptor> &face, const QByteArray &modelId, const QString &details,
               const QString &actor);
    void remove(qint64 id, const QString &actor);
    std::vector<WatchlistEntry> entries();
    std::optional<WatchlistEntry> find(qint64 id);

    std::vector<WatchlistHit> check(const QString &name, const QDate &birthDate, const std::optional<biometrics::Descriptor> &face,
                                    const QByteArray &modelId, float threshold);
    /// @brief The agent's decision on a hit; @p confirmed raises the alert and returns its id.
    qint64 decide(qint64 entryId, bool confirmed, const QString &note, const QString &agent);

private:
    storage::Database &m_database;
    access::StationKeys &m_keys;
    privacy::AuditLog &m_audit;
    privacy::AlertStore &m_alerts;
    const common::Clock &m_clock;
};

/// @brief The face distance at or under which a watchlist photo is a possible hit: 0.6, what the
/// network was trained for, looser than the gate's 0.52 — every hit is shown to an agent who
/// decides, and a missed banned person costs more than a second look.
inline constexpr float watchlistThreshold = 0.6F;

/// @brief A reference photo as the watchlist keeps it: 480 px on its longer side, JPEG quality 85
/// (about 40 kB), enough to be shown beside a visitor's; re-encoding drops whatever the original
/// file carried (EXIF position, camera serial).
QByteArray referencePhotoJpeg(const QImage &photo);

/// @brief The words of a name, folded and sorted: "DUPONT Jean" and "Jean Dupont" are the same.
QString nameKey(const QString &name);

} // namespace portique::visitors
