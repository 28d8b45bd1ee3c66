// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/credential.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace portique::visitors {

/// @brief What a visitor pass's signed code says: whose pass, from when until when (to the
/// minute, unlike a badge's days), and which zones it allows.
///
/// It is a Credential of kind VisitorPass (docs/credentials.md) whose subject is the visitor id
/// and whose data is: valid from (4 bytes) | valid until (4 bytes), both minutes since
/// 1970-01-01 UTC, big-endian | zone count (1) | per zone: UTF-8 length (1) and name.
struct PassContent {
    QString visitorId;
    QByteArray serial;    ///< 8 random bytes, the registry's handle (revoked at check-out)
    QDateTime validFrom;  ///< UTC, whole minutes
    QDateTime validUntil; ///< UTC, whole minutes
    QStringList zones;

    /// A pass may allow every zone of the map (restricted ones when the agent ticks them), so the
    /// map itself is held to what one pass carries: at most maxZones zones, each name 1 to
    /// maxZoneNameBytes bytes of UTF-8. The largest pass then has 9 + 16 x (1 + 40) = 665 bytes of
    /// data, within access::Credential::maxDataBytes (1024), and its code (1146 characters, measured
    /// in tests/test_visitors.cpp) is a QR version 23, 109 modules: 0.29 mm each in the label's
    /// 32 mm, where the full 1024 bytes would need version 28 (129 modules, 0.25 mm). 16 zones is
    /// three times the demo school's five; 40 bytes holds "Centre de documentation et d'information"
    /// spelled out (accented letters take 2 bytes).
    static constexpr int maxZones = 16;
    static constexpr int maxZoneNameBytes = 40;

    /// @brief Why @p zones cannot all be on one pass (translated, naming the zone at fault), or an
    /// empty string when they can.
    static QString zonesProblem(const QStringList &zones);

    /// @brief The credential to sign (dates are the local days of the window). Throws
    /// std::invalid_argument (translated) when the zones break zonesProblem().
    access::Credential toCredential(const QByteArray &keyId) const;
    /// @brief Reads a pass from a verified credential; nothing when its data is not a pass's.
    static std::optional<PassContent> fromCredential(const access::Credential &credential);
};

} // namespace portique::visitors
