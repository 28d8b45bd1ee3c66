// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "alertstore.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace portique::privacy {

QString alertKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("invalid_credential"), QT_TRANSLATE_NOOP("portique::privacy", "Invalid badge")},
        {QStringLiteral("invalid_pass"), QT_TRANSLATE_NOOP("portique::privacy", "Invalid visitor pass")},
        {QStringLiteral("restricted_zone"), QT_TRANSLATE_NOOP("portique::privacy", "Restricted zone")},
        {QStringLiteral("overstay"), QT_TRANSLATE_NOOP("portique::privacy", "Overstay")},
        {QStringLiteral("watchlist"), QT_TRANSLATE_NOOP("portique::privacy", "Watchlist")},
        {QStringLiteral("passback"), QT_TRANSLATE_NOOP("portique::privacy", "Badge used at two lanes")},
        {QStringLiteral("face_model_changed"), QT_TRANSLATE_NOOP("portique::privacy", "Face model changed")},
        {QStringLiteral("restore_replay"),
         QT_TRANSLATE_NOOP("portique::privacy", "Older database restored: erasures and revocations done again")},
        {QStringLiteral("forget_ledger_damaged"), QT_TRANSLATE_NOOP("portique::privacy", "Forget ledger damaged")},
        {QStringLiteral("forget_ledger_unwritten"), QT_TRANSLATE_NOOP("portique::privacy", "Forget ledger could not be written")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : QCoreApplication::translate("portique::privacy", it.value());
}

bool raisesAlert(const QString &reasonId)
{
    // A code that is not ours, altered, out of date, revoked or of nobody: someone is trying
    // something, or holds a badge that must be taken back. A person who has left is one too.
    static const QStringList reasons{QStringLiteral("malformed"),      QStringLiteral("unknown_key"),
                                     QStringLiteral("bad_signature"),  QStringLiteral("wrong_kind"),
                                     QStringLiteral("not_yet_valid"),  QStringLiteral("expired"),
                                     QStringLiteral("unknown_serial"), QStringLiteral("revoked"),
                                     QStringLiteral("person_unknown"), QStringLiteral("person_inactive")};
    return reasons.contains(reasonId);
}

AlertStore::AlertStore(storage::Database &database, AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

qint64 AlertStore::raise(const QString &kind, const QString &lane, qint64 eventId, const QString &personId, const QString &details)
{
    return insert(kind, lane, eventId, personId, QString(), details);
}

qint64 AlertStore::raiseForVisitor(const QString &kind, const QString &visitorId, const QString &where, const QString &details,
                                   qint64 eventId)
{
    return insert(kind, where, eventId, QString(), visitorId, details);
}

qint64 AlertStore::insert(const QString &kind, const QString &lane, qint64 eventId, const QString &personId, const QString &visitorId,
                          const QString &details)
{
    qint64 id = 0;
    m_database.transaction([&] {
        m_database.execute(QStringLiteral("INSERT INTO alerts (at, kind, lane, event_id, person_id, visitor_id, details) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                           {common::isoTime(m_clock.now()), kind, lane, eventId > 0 ? QVariant(eventId) : QVariant(),
                            storage::nullIfEmpty(personId), storage::nullIfEmpty(visitorId), details});
        id = m_database.lastInsertId();
        QJsonObject audited{{QStringLiteral("kind"), kind}, {QStringLiteral("lane"), lane}, {QStringLiteral("reason"), details}};
        if (!visitorId.isEmpty())
            audited.insert(QStringLiteral("visitor"), visitorId);
        m_audit.append(QStringLiteral("system"), QStringLiteral("alert.raise"), QString::number(id), audited);
    });
    return id;
}

void AlertStore::acknowledge(qint64 id, const QString &note, const QString &agent)
{
    m_database.transaction([&] {
        const QVariant acknowledged = m_database.scalar(QStringLiteral("SELECT coalesce(acknowledged_by, '') FROM alerts WHERE id = ?1"), {id});
        if (!acknowledged.isValid())
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "No alert has the number %1.").arg(id));
        if (!acknowledged.toString().isEmpty())
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "This alert was already acknowledged by %1.").arg(acknowledged.toString()));
        if (note.trimmed().isEmpty())
            throw common::Refusal(QCoreApplication::translate("portique::privacy", "Say in a note what was done."));
        m_database.execute(QStringLiteral("UPDATE alerts SET acknowledged_at = ?2, acknowledged_by = ?3, note = ?4 WHERE id = ?1"),
                           {id, common::isoTime(m_clock.now()), agent, note.trimmed()});
        m_audit.append(agent, QStringLiteral("alert.acknowledge"), QString::number(id));
    });
}

namespace {

const QString alertColumns = QStringLiteral(
    "id, at, kind, lane, coalesce(event_id, 0), coalesce(person_id, ''), details, acknowledged_at, coalesce(acknowledged_by, ''), note, "
    "coalesce(visitor_id, '')");

Alert readAlert(const storage::Statement &row)
{
    return Alert{row.toInt64(0), common::parseIsoTime(row.toText(1)), row.toText(2), row.toText(3), row.toInt64(4), row.toText(5),
                 row.toText(6), common::parseIsoTime(row.toText(7)), row.toText(8), row.toText(9), row.toText(10)};
}

} // namespace

std::vector<Alert> AlertStore::recent(int limit)
{
    auto rows = m_database.prepare(
        QStringLiteral("SELECT %1 FROM alerts ORDER BY acknowledged_at IS NOT NULL, id DESC LIMIT ?1").arg(alertColumns));
    rows.bind(1, limit);
    std::vector<Alert> alerts;
    while (rows.next())
        alerts.push_back(readAlert(rows));
    return alerts;
}

std::optional<Alert> AlertStore::find(qint64 id)
{
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?1").arg(alertColumns));
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return readAlert(row);
}

int AlertStore::openCount()
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL")).toInt();
}

} // namespace portique::privacy
