// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/badgerender.h"
#include "access/credentialstore.h"
#include "person.h"

#include <QImage>
#include <QString>

#include <vector>

namespace portique::people {

/// @brief The card of a newly issued badge. @p photo is printed only when the station's setting
/// asks for it (and is then used for this print only).
access::BadgeCard badgeCard(const Person &person, const access::IssuedBadge &badge, const QString &schoolName,
                            const QImage &photo = {});

/// @brief Writes @p cards to @p path: ".pdf" (one card a page, or A4 sheets) or ".png" (one card at
/// 300 dpi). Throws common::Refusal for another extension, several cards in a PNG, or a file that
/// cannot be written.
void writeBadgeFile(const QString &path, const std::vector<access::BadgeCard> &cards, access::BadgeSheet sheet);

} // namespace portique::people
