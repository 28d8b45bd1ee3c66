// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "eventstore.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "privacy/alertstore.h"
#include "privacy/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace portique::access {
namespace {

const QString eventColumns = QStringLiteral(
    "e.id, e.at, e.lane, e.method, e.person_id, e.credential_serial, e.outcome, e.reasons, e.face_lane, e.distance, "
    "e.quality, e.liveness, e.latency_ms, e.agent, o.id, o.at, o.agent, o.outcome, o.reason, o.note, e.visitor_id");

std::optional<double> optionalReal(const storage::Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.toDouble(column));
}

AccessEvent readEvent(const storage::Statement &row)
{
    AccessEvent e;
    e.id = row.toInt64(0);
    e.at = common::parseIsoTime(row.toText(1));
    e.lane = row.toText(2);
    e.method = methodFromId(row.toText(3)).value_or(CredentialMethod::Scanner);
    e.personId = row.toText(4);
    e.serial = row.toText(5);
    e.outcome = outcomeFromId(row.toText(6)).value_or(Outcome::CheckByHand);
    e.reasons = row.toText(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.faceLane = row.toInt64(8) != 0;
    e.distance = optionalReal(row, 9);
    e.quality = optionalReal(row, 10);
    if (!row.isNull(11))
        e.liveness = row.toInt64(11) != 0;
    e.latencyMs = row.toInt64(12);
    e.visitorId = row.toText(20);
    e.agent = row.toText(13);
    if (!row.isNull(14)) {
        OverrideRecord o;
        o.id = row.toInt64(14);
        o.eventId = e.id;
        o.at = common::parseIsoTime(row.toText(15));
        o.agent = row.toText(16);
        o.outcome = outcomeFromId(row.toText(17)).value_or(Outcome::CheckByHand);
        o.reason = row.toText(18);
        o.note = row.toText(19);
        e.override_ = o;
    }
    return e;
}

QVariant rounded(std::optional<double> value, double scale)
{
    return value ? QVariant(std::round(*value * scale) / scale) : QVariant();
}

} // namespace

QString overrideReasonId(OverrideReason reason)
{
    switch (reason) {
    case OverrideReason::BadgeForgotten:
        return QStringLiteral("badge_forgotten");
    case OverrideReason::KnownPerson:
        return QStringLiteral("known_person");
    case OverrideReason::CameraMisread:
        return QStringLiteral("camera_misread");
    case OverrideReason::FaceNotMatched:
        return QStringLiteral("face_not_matched");
    case OverrideReason::WrongMatch:
        return QStringLiteral("wrong_match");
    case OverrideReason::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<OverrideReason> overrideReasons()
{
    return {OverrideReason::BadgeForgotten, OverrideReason::KnownPerson, OverrideReason::CameraMisread,
            OverrideReason::FaceNotMatched, OverrideReason::WrongMatch, OverrideReason::Other};
}

std::optional<OverrideReason> overrideReasonFromId(const QString &id)
{
    for (OverrideReason reason : overrideReasons()) {
        if (overrideReasonId(reason) == id)
            return reason;
    }
    return std::nullopt;
}

QString overrideReasonLabel(OverrideReason reason)
{
    switch (reason) {
    case OverrideReason::BadgeForgotten:
        return QCoreApplication::translate("portique::access", "Badge forgotten");
    case OverrideReason::KnownPerson:
        return QCoreApplication::translate("portique::access", "Person known to the agent");
    case OverrideReason::CameraMisread:
        return QCoreApplication::translate("portique::access", "Camera misread (light, angle, glasses…)");
    case OverrideReason::FaceNotMatched:
        return QCoreApplication::translate("portique::access", "Right person, face not recognised");
    case OverrideReason::WrongMatch:
        return QCoreApplication::translate("portique::access", "Wrong match: not the badge holder");
    case OverrideReason::Other:
        break;
    }
    return QCoreApplication::translate("portique::access", "Other (say why)");
}

EventStore::EventStore(storage::Database &database, privacy::AuditLog &audit, const common::Clock &clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

QString alertKindOf(const Passage &p)
{
    const QString reason = p.decision.reasons.value(0);
    if (reason == u"passback")
        return QStringLiteral("passback");
    if (p.decision.outcome == Outcome::Refused && privacy::raisesAlert(reason))
        return p.visitorPass ? QStringLiteral("invalid_pass") : QStringLiteral("invalid_credential");
    return {};
}

qint64 EventStore::record(const Passage &p, const QString &agent)
{
    qint64 id = 0;
    m_database.transaction([&] {
        m_database.execute(
            QStringLiteral("INSERT INTO access_events (at, lane, method, person_id, credential_serial, outcome, reasons, face_lane, "
                           "distance, quality, liveness, latency_ms, agent, visitor_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            {common::isoTime(p.at.isValid() ? p.at : m_clock.now()), p.lane, methodId(p.method),
             p.person ? QVariant(p.person->id) : QVariant(), storage::nullIfEmpty(p.serial), outcomeId(p.decision.outcome),
             p.decision.reasons.join(QLatin1Char(',')), p.faceLane ? 1 : 0,
             rounded(p.decision.distance ? std::optional<double>(*p.decision.distance) : std::nullopt, 1000),
             p.face.present ? rounded(p.face.quality, 10) : QVariant(), p.face.present ? QVariant(p.face.alive ? 1 : 0) : QVariant(),
             p.latencyMs, agent, storage::nullIfEmpty(p.visitorId)});
        id = m_database.lastInsertId();
        const QString kind = alertKindOf(p);
        if (kind == u"invalid_pass")
            privacy::AlertStore(m_database, m_audit, m_clock).raiseForVisitor(kind, p.visitorId, p.lane, p.decision.reasons.value(0), id);
        else if (!kind.isEmpty())
            privacy::AlertStore(m_database, m_audit, m_clock)
                .raise(kind, p.lane, id, p.person ? p.person->id : QString(), p.decision.reasons.value(0));
        // The audit names the event, never the person: an erasure then has nothing to blank here.
        m_audit.append(agent.isEmpty() ? QStringLiteral("system") : agent, QStringLiteral("gate.decision"), QString::number(id),
                       QJsonObject{{QStringLiteral("lane"), p.lane},
                                   {QStringLiteral("outcome"), outcomeId(p.decision.outcome)},
                                   {QStringLiteral("method"), methodId(p.method)}});
    });
    return id;
}

qint64 EventStore::addOverride(qint64 eventId, Outcome outcome, OverrideReason reason, const QString &note, const QString &agent)
{
    qint64 id = 0;
    m_database.transaction([&] {
        const std::optional<AccessEvent> event = find(eventId);
        if (!event)
            throw common::Refusal(QCoreApplication::translate("portique::access", "No passage has the number %1.").arg(eventId));
        if (event->override_)
            throw common::Refusal(QCoreApplication::translate("portique::access", "This passage was already overridden by %1.")
                                      .arg(event->override_->agent));
        if (reason == OverrideReason::Other && note.trimmed().isEmpty())
            throw common::Refusal(QCoreApplication::translate("portique::access", "Say why in a few words."));
        m_database.execute(QStringLiteral("INSERT INTO overrides (event_id, at, agent, outcome, reason, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                           {eventId, common::isoTime(m_clock.now()), agent, outcomeId(outcome), overrideReasonId(reason), note.trimmed()});
        id = m_database.lastInsertId();
        m_audit.append(agent, QStringLiteral("gate.override"), QString::number(eventId),
                       QJsonObject{{QStringLiteral("from"), outcomeId(event->outcome)},
                                   {QStringLiteral("to"), outcomeId(outcome)},
                                   {QStringLiteral("reason"), overrideReasonId(reason)}});
    });
    return id;
}

std::optional<AccessEvent> EventStore::find(qint64 id)
{
    auto row = m_database.prepare(
        QStringLiteral("SELECT %1 FROM access_events e LEFT JOIN overrides o ON o.event_id = e.id WHERE e.id = ?1").arg(eventColumns));
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return readEvent(row);
}

std::vector<AccessEvent> EventStore::recent(const QString &lane, int limit)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM access_events e LEFT JOIN overrides o ON o.event_id = e.id "
                                                  "WHERE (?1 = '' OR e.lane = ?1) ORDER BY e.id DESC LIMIT ?2")
                                       .arg(eventColumns));
    rows.bind(1, lane.isNull() ? QStringLiteral("") : lane);
    rows.bind(2, limit);
    std::vector<AccessEvent> events;
    while (rows.next())
        events.push_back(readEvent(rows));
    return events;
}

std::vector<AccessEvent> EventStore::between(const QDateTime &from, const QDateTime &to)
{
    auto rows = m_database.prepare(QStringLiteral("SELECT %1 FROM access_events e LEFT JOIN overrides o ON o.event_id = e.id "
                                                  "WHERE e.at >= ?1 AND e.at < ?2 ORDER BY e.at, e.id")
                                       .arg(eventColumns));
    rows.bind(1, common::isoTime(from));
    rows.bind(2, common::isoTime(to));
    std::vector<AccessEvent> events;
    while (rows.next())
        events.push_back(readEvent(rows));
    return events;
}

int EventStore::countSince(const QString &lane, const QDateTime &since)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM access_events WHERE (?1 = '' OR lane = ?1) AND at >= ?2"),
                {lane.isNull() ? QStringLiteral("") : lane, common::isoTime(since)})
        .toInt();
}

} // namespace portique::access
