// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "alertstore.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portique::privacy {

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
    qint64 id = 0;
    m_database.transaction([&] {
        m_database.execute(QStringLiteral("INSERT INTO alerts (at, kind, lane, event_id, person_id, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                           {common::isoTime(m_clock.now()), kind, lane, eventId > 0 ? QVariant(eventId) : QVariant(),
                            storage::nullIfEmpty(personId), details});
        id = m_database.lastInsertId();
        m_audit.append(QStringLiteral("system"), QStringLiteral("alert.raise"), QString::number(id),
                       QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("lane"), lane}, {QStringLiteral("reason"), details}});
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

std::vector<Alert> AlertStore::recent(int limit)
{
    auto rows = m_database.prepare(QStringLiteral(
        "SELECT id, at, kind, lane, coalesce(event_id, 0), coalesce(person_id, ''), details, acknowledged_at, coalesce(acknowledged_by, ''), note "
        "FROM alerts ORDER BY acknowledged_at IS NOT NULL, id DESC LIMIT ?1"));
    rows.bind(1, limit);
    std::vector<Alert> alerts;
    while (rows.next())
        alerts.push_back({rows.toInt64(0), common::parseIsoTime(rows.toText(1)), rows.toText(2), rows.toText(3), rows.toInt64(4), rows.toText(5),
                          rows.toText(6), common::parseIsoTime(rows.toText(7)), rows.toText(8), rows.toText(9)});
    return alerts;
}

int AlertStore::openCount()
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL")).toInt();
}

} // namespace portique::privacy
