// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "watchlist.h"

#include "access/stationkeys.h"
#include "biometrics/facetemplate.h"
#include "biometrics/matcher.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "people/peoplestore.h"
#include "privacy/alertstore.h"
#include "privacy/auditlog.h"
#include "storage/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace portique::visitors {
namespace {

const QString entryColumns =
    QStringLiteral("id, kind, name, birth_date, photo, sealed IS NOT NULL, details, added_at, added_by");

WatchlistEntry readEntry(const storage::Statement &row)
{
    WatchlistEntry entry;
    entry.id = row.toInt64(0);
    entry.kind = watchKindFromId(row.toText(1)).value_or(WatchKind::Banned);
    entry.name = row.toText(2);
    entry.birthDate = common::parseIsoDate(row.toText(3));
    entry.photo = row.toBlob(4);
    entry.hasFace = row.toInt64(5) != 0;
    entry.details = row.toText(6);
    entry.addedAt = common::parseIsoTime(row.toText(7));
    entry.addedBy = row.toText(8);
    return entry;
}

} // namespace

QString watchKindId(WatchKind kind)
{
    return kind == WatchKind::Banned ? QStringLiteral("banned") : QStringLiteral("custody");
}

std::optional<WatchKind> watchKindFromId(const QString &id)
{
    if (id == u"banned")
        return WatchKind::Banned;
    if (id == u"custody")
        return WatchKind::Custody;
    return std::nullopt;
}

QString watchKindLabel(WatchKind kind)
{
    return kind == WatchKind::Banned ? QCoreApplication::translate("portique::visitors", "Banned from the school") : QCoreApplication::translate("portique::visitors", "Custody restriction");
}

QByteArray referencePhotoJpeg(const QImage &photo)
{
    constexpr int side = 480;
    constexpr int quality = 85;
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    photo.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPG", quality);
    return jpeg;
}

QString nameKey(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-']+"));
    QStringList words = people::foldForSearch(name).split(separators, Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

Watchlist::Watchlist(storage::Database &database, access::StationKeys &keys, privacy::AuditLog &audit, privacy::AlertStore &alerts,
                     const common::Clock &clock)
    : m_database(database)
    , m_keys(keys)
    , m_audit(audit)
    , m_alerts(alerts)
    , m_clock(clock)
{
}

qint64 Watchlist::add(WatchKind kind, const QString &name, const QDate &birthDate, const QByteArray &photoJpeg,
                      const std::optional<biometrics::Descriptor> &face, const QByteArray &modelId, const QString &details,
                      const QString &actor)
{
    if (nameKey(name).isEmpty())
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "Give the person's name."));
    if (!birthDate.isValid() && photoJpeg.isEmpty())
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "Give a date of birth or a reference photo: a name alone matches too many people."));
    if (!photoJpeg.isEmpty() && !face)
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "No usable face was found on the reference photo."));
    qint64 id = 0;
    m_database.transaction([&] {
        QVariant sealed;
        if (face)
            sealed = biometrics::FaceTemplate{modelId, *face}.seal(m_keys.templateKey(), biometrics::TemplateEncoding::Float16);
        m_database.execute(QStringLiteral("INSERT INTO watchlist (kind, name, folded_name, birth_date, photo, sealed, details, added_at, added_by) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                           {watchKindId(kind), name.trimmed(), nameKey(name), storage::nullIfEmpty(common::isoDate(birthDate)),
                            photoJpeg.isEmpty() ? QVariant() : QVariant(photoJpeg), sealed, details.trimmed(),
                            common::isoTime(m_clock.now()), actor});
        id = m_database.lastInsertId();
        m_audit.append(actor, QStringLiteral("watchlist.add"), QString::number(id),
                       QJsonObject{{QStringLiteral("kind"), watchKindId(kind)}, {QStringLiteral("photo"), !photoJpeg.isEmpty()}});
    });
    return id;
}

void Watchlist::remove(qint64 id, const QString &actor)
{
    m_database.transaction([&] {
        if (m_database.execute(QStringLiteral("DELETE FROM watchlist WHERE id = ?1"), {id}) == 0)
            throw common::Refusal(QCoreApplication::translate("portique::visitors", "No watchlist entry has the number %1.").arg(id));
        m_audit.append(actor, QStringLiteral("watchlist.remove"), QString::number(id));
    });
    m_database.forgetDeleted();
}

std::vector<WatchlistEntry> Watchlist::entries()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM watchlist ORDER BY folded_name, id").arg(entryColumns));
    std::vector<WatchlistEntry> all;
    while (rows.next())
        all.push_back(readEntry(rows));
    return all;
}

std::optional<WatchlistEntry> Watchlist::find(qint64 id)
{
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM watchlist WHERE id = ?1").arg(entryColumns));
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return readEntry(row);
}

std::vector<WatchlistHit> Watchlist::check(const QString &name, const QDate &birthDate, const std::optional<biometrics::Descriptor> &face,
                                           const QByteArray &modelId, float threshold)
{
    const QString key = nameKey(name);
    const common::SecretBytes templateKey = m_keys.templateKey();
    auto rows = m_database.prepare(QStringLiteral("SELECT %1, sealed FROM watchlist ORDER BY id").arg(entryColumns));
    std::vector<WatchlistHit> hits;
    while (rows.next()) {
        WatchlistHit hit;
        hit.entry = readEntry(rows);
        hit.nameMatches = !key.isEmpty() && nameKey(hit.entry.name) == key;
        const bool datesKnown = birthDate.isValid() && hit.entry.birthDate.isValid();
        hit.birthDateMatches = datesKnown && birthDate == hit.entry.birthDate;
        if (face && !rows.isNull(9)) {
            try {
                const biometrics::FaceTemplate reference = biometrics::FaceTemplate::unseal(rows.toBlob(9), templateKey, modelId);
                const biometrics::Comparison comparison = biometrics::compare(*face, reference.descriptor, threshold);
                hit.faceDistance = comparison.distance;
                hit.faceMatches = comparison.same;
            } catch (const biometrics::TemplateError &) {
                // Made with another model: the name still counts, the face cannot.
            }
        }
        // A different date of birth clears a namesake; an unknown one does not.
        const bool byName = hit.nameMatches && (!datesKnown || hit.birthDateMatches);
        if (byName || hit.faceMatches)
            hits.push_back(hit);
    }
    return hits;
}

qint64 Watchlist::decide(qint64 entryId, bool confirmed, const QString &note, const QString &agent)
{
    qint64 alertId = 0;
    m_database.transaction([&] {
        const std::optional<WatchlistEntry> entry = find(entryId);
        if (!entry)
            throw common::Refusal(QCoreApplication::translate("portique::visitors", "No watchlist entry has the number %1.").arg(entryId));
        m_audit.append(agent, confirmed ? QStringLiteral("watchlist.confirm") : QStringLiteral("watchlist.dismiss"), QString::number(entryId),
                       QJsonObject{{QStringLiteral("note"), note.trimmed()}});
        if (confirmed)
            alertId = m_alerts.raiseForVisitor(QStringLiteral("watchlist"), QString(), QString(), QString::number(entryId));
    });
    return alertId;
}

} // namespace portique::visitors
