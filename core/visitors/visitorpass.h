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

    /// @brief The credential to sign (dates are the local days of the window).
    access::Credential toCredential(const QByteArray &keyId) const;
    /// @brief Reads a pass from a verified credential; nothing when its data is not a pass's.
    static std::optional<PassContent> fromCredential(const access::Credential &credential);
};

} // namespace portique::visitors
