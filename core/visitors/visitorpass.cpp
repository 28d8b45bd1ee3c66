// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorpass.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QtEndian>

#include <stdexcept>

namespace portique::visitors {
namespace {

constexpr qint64 secondsPerMinute = 60;

// valid from (4) | valid until (4) | zone count (1), then a length byte before each name.
constexpr int fixedDataBytes = 9;
static_assert(fixedDataBytes + PassContent::maxZones * (1 + PassContent::maxZoneNameBytes) <= access::Credential::maxDataBytes,
              "a pass allowing every zone of the largest map must fit a credential's data");
static_assert(PassContent::maxZones <= 255 && PassContent::maxZoneNameBytes <= 255, "count and lengths are one byte each");

// Enough of a name to recognise it; a 300-byte name quoted whole would bury the message.
constexpr qsizetype quotedNameLength = 40;

QString quotedName(const QString &name)
{
    if (name.size() <= quotedNameLength)
        return name;
    return name.left(quotedNameLength) + u'…';
}

void appendMinutes(QByteArray &data, const QDateTime &time)
{
    char bytes[4];
    qToBigEndian(static_cast<quint32>(time.toSecsSinceEpoch() / secondsPerMinute), bytes);
    data.append(bytes, 4);
}

QDateTime readMinutes(const char *bytes)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(qFromBigEndian<quint32>(bytes)) * secondsPerMinute, Qt::UTC);
}

} // namespace

QString PassContent::zonesProblem(const QStringList &zones)
{
    if (zones.size() > maxZones)
        return QCoreApplication::translate("portique::visitors",
                                           "A visitor's pass holds at most %1 zones, not %2: merge or remove zones in the zone map.")
            .arg(maxZones)
            .arg(zones.size());
    for (const QString &zone : zones) {
        const qsizetype bytes = zone.toUtf8().size();
        if (bytes == 0)
            return QCoreApplication::translate("portique::visitors", "A zone has no name.");
        if (bytes > maxZoneNameBytes)
            return QCoreApplication::translate("portique::visitors",
                                               "The zone name \"%1\" is too long for a visitor's pass: %2 bytes, at most %3 (an "
                                               "accented letter takes 2).")
                .arg(quotedName(zone))
                .arg(bytes)
                .arg(maxZoneNameBytes);
    }
    return {};
}

access::Credential PassContent::toCredential(const QByteArray &keyId) const
{
    access::Credential credential;
    credential.kind = access::CredentialKind::VisitorPass;
    credential.keyId = keyId;
    credential.serial = serial;
    credential.issuedOn = validFrom.toLocalTime().date();
    credential.expiresOn = validUntil.toLocalTime().date();
    credential.architecture = access::TemplateArchitecture::None;
    credential.subjectId = visitorId;
    appendMinutes(credential.data, validFrom);
    appendMinutes(credential.data, validUntil);
    if (const QString problem = zonesProblem(zones); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    credential.data.append(static_cast<char>(zones.size()));
    for (const QString &zone : zones) {
        const QByteArray name = zone.toUtf8();
        credential.data.append(static_cast<char>(name.size()));
        credential.data.append(name);
    }
    return credential;
}

std::optional<PassContent> PassContent::fromCredential(const access::Credential &credential)
{
    const QByteArray &data = credential.data;
    if (credential.kind != access::CredentialKind::VisitorPass || data.size() < 9)
        return std::nullopt;
    PassContent pass;
    pass.visitorId = credential.subjectId;
    pass.serial = credential.serial;
    pass.validFrom = readMinutes(data.constData());
    pass.validUntil = readMinutes(data.constData() + 4);
    const int count = static_cast<quint8>(data.at(8));
    qsizetype at = 9;
    for (int i = 0; i < count; ++i) {
        if (at >= data.size())
            return std::nullopt;
        const int length = static_cast<quint8>(data.at(at++));
        if (length == 0 || at + length > data.size())
            return std::nullopt;
        pass.zones << QString::fromUtf8(data.mid(at, length));
        at += length;
    }
    if (at != data.size() || pass.validUntil < pass.validFrom)
        return std::nullopt;
    return pass;
}

} // namespace portique::visitors
