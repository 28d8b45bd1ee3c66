// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgeprinting.h"

#include "common/privatefiles.h"
#include "common/refusal.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

#include <stdexcept>

namespace portique::people {

access::BadgeCard badgeCard(const Person &person, const access::IssuedBadge &badge, const QString &schoolName,
                            const QImage &photo)
{
    access::BadgeCard card;
    card.schoolName = schoolName;
    card.familyName = person.familyName;
    card.firstName = person.firstName;
    card.className = person.className;
    card.kindLabel = kindLabel(person.kind);
    card.validFrom = badge.record.issuedOn;
    card.validUntil = badge.record.expiresOn;
    card.payload = badge.payload;
    card.photo = photo;
    return card;
}

void writeBadgeFile(const QString &path, const std::vector<access::BadgeCard> &cards, access::BadgeSheet sheet)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    try {
        if (suffix == u"pdf") {
            access::writeBadgesPdf(path, cards, sheet);
            return;
        }
        if (suffix == u"png") {
            if (cards.size() != 1)
                throw common::Refusal(QCoreApplication::translate("portique::people", "A PNG file holds one badge; use a PDF for several."));
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            if (!access::renderBadgeImage(cards.front()).save(&png, "PNG"))
                throw common::Refusal(QCoreApplication::translate("portique::people", "Cannot write %1.").arg(path));
            const QString reason = common::writePrivateFile(path, png.data());
            if (!reason.isEmpty())
                throw common::Refusal(QCoreApplication::translate("portique::people", "Cannot write %1: %2").arg(path, reason));
            return;
        }
    } catch (const common::Refusal &) {
        throw;
    } catch (const std::runtime_error &error) {
        throw common::Refusal(QString::fromStdString(error.what()));
    }
    throw common::Refusal(QCoreApplication::translate("portique::people", "A badge file ends in .pdf or .png, not \"%1\".").arg(path));
}

} // namespace portique::people
