// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgeoutput.h"

#include "clicontext.h"
#include "people/badgeprinting.h"
#include "people/peoplejson.h"
#include "privacy/outputlog.h"
#include "station/stationservices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {

void addBadgeOutputOptions(QCommandLineParser &parser, bool required)
{
    parser.addOption({QStringLiteral("badge-out"),
                      required ? QCoreApplication::translate("Cli", "Where to write the new badge: FILE.pdf or FILE.png.")
                               : QCoreApplication::translate("Cli", "Where to write the new badge: FILE.pdf or FILE.png (optional)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("sheet"), QCoreApplication::translate("Cli", "card (one CR80 card a page, the default) or a4 (ten cards a sheet)."),
                      QStringLiteral("layout"), QStringLiteral("card")});
}

QJsonObject writeBadges(const QCommandLineParser &parser, station::StationServices &services,
                        const std::vector<std::pair<people::Person, access::IssuedBadge>> &badges)
{
    const QString sheetName = parser.value(QStringLiteral("sheet"));
    if (sheetName != u"card" && sheetName != u"a4")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--sheet takes card or a4."));
    const QString out = parser.value(QStringLiteral("badge-out"));
    QJsonArray described;
    std::vector<access::BadgeCard> cards;
    const QString school = services.settings.value(station::settings::schoolName);
    for (const auto &[person, badge] : badges) {
        QJsonObject entry = people::toJson(badge.record);
        entry.insert(QStringLiteral("person"), person.id);
        entry.insert(QStringLiteral("payload_characters"), badge.payload.size());
        described.append(entry);
        cards.push_back(people::badgeCard(person, badge, school));
    }
    if (!out.isEmpty() && !cards.empty()) {
        people::writeBadgeFile(out, cards, sheetName == u"a4" ? access::BadgeSheet::A4Sheet : access::BadgeSheet::Card);
        QStringList holders;
        for (const auto &[person, badge] : badges)
            holders.append(person.id);
        privacy::OutputLog(services.database, services.clock).record({out, privacy::OutputKind::Badge, holders});
    }
    return {{QStringLiteral("badges"), described}, {QStringLiteral("badge_file"), out.isEmpty() ? QJsonValue() : QJsonValue(out)}};
}

} // namespace portique::cli
