// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorpass.h"

#include <QTimeZone>
#include <QtEndian>

#include <stdexcept>

namespace portique::visitors {
namespace {

constexpr qint64 secondsPerMinute = 60;

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
    if (zones.size() > 255)
        throw std::invalid_argument("too many zones on a pass");
    credential.data.append(static_cast<char>(zones.size()));
    for (const QString &zone : zones) {
        const QByteArray name = zone.toUtf8();
        if (name.isEmpty() || name.size() > 255)
            throw std::invalid_argument("a zone name must have 1 to 255 bytes");
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
