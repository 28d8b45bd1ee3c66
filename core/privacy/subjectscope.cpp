// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectscope.h"

#include "auditlog.h"
#include "storage/database.h"

namespace portique::privacy {
namespace {

QStringList textColumn(storage::Database &database, const QString &sql, const QString &value)
{
    QStringList values;
    storage::Statement rows = database.prepare(sql);
    rows.bind(1, value);
    while (rows.next())
        values.append(rows.toText(0));
    return values;
}

QList<qint64> idColumn(storage::Database &database, const QString &sql, const QString &value)
{
    QList<qint64> ids;
    storage::Statement rows = database.prepare(sql);
    rows.bind(1, value);
    while (rows.next())
        ids.append(rows.toInt64(0));
    return ids;
}

QString numberList(const QList<qint64> &ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(u',');
}

/// The ids as SQL text literals: audit records name rows by their number written as text.
QString numberTextList(const QList<qint64> &ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts.append(u'\'' + QString::number(id) + u'\'');
    return texts.join(u',');
}

QString textList(const QStringList &values)
{
    QStringList literals;
    for (const QString &value : values)
        literals.append(sqlLiteral(value));
    return literals.join(u',');
}

QString likeLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return sqlLiteral(u'%' + escaped + u'%');
}

} // namespace

QString subjectKindId(SubjectKind kind)
{
    return kind == SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("visitor");
}

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

std::optional<SubjectScope> SubjectScope::resolve(storage::Database &database, const QString &subjectId)
{
    if (subjectId.trimmed().isEmpty())
        return std::nullopt;
    SubjectScope scope;
    scope.m_id = subjectId;
    const QString id = sqlLiteral(subjectId);
    storage::Statement person = database.prepare(QStringLiteral("SELECT family_name, first_name FROM people WHERE id = ?1"));
    person.bind(1, subjectId);
    if (person.next()) {
        scope.m_kind = SubjectKind::Person;
        const QString family = person.toText(0);
        const QString first = person.toText(1);
        scope.m_displayName = family + u' ' + first;
        scope.m_texts = {subjectId, first + u' ' + family, family + u' ' + first};
        scope.m_serials = textColumn(database, QStringLiteral("SELECT serial FROM credentials WHERE person_id = ?1"), subjectId);
        // A passage names the person, or only their badge (a badge refused before the person was
        // known to it): both are theirs.
        scope.m_events = idColumn(database,
                                  QStringLiteral("SELECT id FROM access_events WHERE person_id = ?1 OR credential_serial IN (%1)")
                                      .arg(textList(scope.m_serials)),
                                  subjectId);
        scope.m_alerts = idColumn(database,
                                  QStringLiteral("SELECT id FROM alerts WHERE person_id = ?1 OR event_id IN (%1)").arg(numberList(scope.m_events)),
                                  subjectId);
        scope.m_tables = {
            {QStringLiteral("overrides"), QStringLiteral("event_id IN (%1)").arg(numberList(scope.m_events)), {}},
            {QStringLiteral("alerts"), QStringLiteral("id IN (%1)").arg(numberList(scope.m_alerts)), {}},
            {QStringLiteral("access_events"), QStringLiteral("id IN (%1)").arg(numberList(scope.m_events)), {}},
            {QStringLiteral("face_templates"), QStringLiteral("person_id = %1").arg(id), {QStringLiteral("sealed")}},
            {QStringLiteral("enrolments"), QStringLiteral("person_id = %1").arg(id), {}},
            {QStringLiteral("consents"), QStringLiteral("person_id = %1").arg(id), {}},
            {QStringLiteral("guardians"), QStringLiteral("student_id = %1").arg(id), {}},
            {QStringLiteral("credentials"), QStringLiteral("person_id = %1").arg(id), {}},
            {QStringLiteral("people"), QStringLiteral("id = %1").arg(id), {}},
        };
        return scope;
    }
    storage::Statement visitor = database.prepare(QStringLiteral("SELECT name, departed_at IS NULL, pass_serial FROM visitors WHERE id = ?1"));
    visitor.bind(1, subjectId);
    if (!visitor.next())
        return std::nullopt;
    scope.m_kind = SubjectKind::Visitor;
    scope.m_displayName = visitor.toText(0);
    scope.m_onSite = visitor.toInt64(1) != 0;
    scope.m_texts = {subjectId, visitor.toText(0)};
    scope.m_serials = {visitor.toText(2)};
    scope.m_events = idColumn(database, QStringLiteral("SELECT id FROM access_events WHERE visitor_id = ?1"), subjectId);
    scope.m_alerts = idColumn(database,
                              QStringLiteral("SELECT id FROM alerts WHERE visitor_id = ?1 OR event_id IN (%1)").arg(numberList(scope.m_events)),
                              subjectId);
    scope.m_tables = {
        {QStringLiteral("overrides"), QStringLiteral("event_id IN (%1)").arg(numberList(scope.m_events)), {}},
        {QStringLiteral("alerts"), QStringLiteral("id IN (%1)").arg(numberList(scope.m_alerts)), {}},
        {QStringLiteral("access_events"), QStringLiteral("id IN (%1)").arg(numberList(scope.m_events)), {}},
        {QStringLiteral("sightings"), QStringLiteral("visitor_id = %1").arg(id), {}},
        {QStringLiteral("visitor_templates"), QStringLiteral("visitor_id = %1").arg(id), {QStringLiteral("sealed")}},
        {QStringLiteral("visitors"), QStringLiteral("id = %1").arg(id), {}},
    };
    return scope;
}

QList<qint64> SubjectScope::auditRecords(storage::Database &database) const
{
    // Records whose object is a row number (a passage, an alert, a watchlist entry) are matched by
    // those numbers only, so that passage 9100100 is never taken for person 9100100.
    QStringList conditions{
        QStringLiteral("(object = %1 AND action NOT IN ('gate.decision', 'gate.override', 'alert.raise', 'alert.acknowledge', "
                       "'watchlist.add', 'watchlist.remove', 'watchlist.confirm', 'watchlist.dismiss'))")
            .arg(sqlLiteral(m_id)),
        QStringLiteral("instr(details, %1) > 0").arg(sqlLiteral(u'"' + m_id + u'"')),
        QStringLiteral("(action IN ('gate.decision', 'gate.override') AND object IN (%1))").arg(numberTextList(m_events)),
        QStringLiteral("(action IN ('alert.raise', 'alert.acknowledge') AND object IN (%1))").arg(numberTextList(m_alerts)),
    };
    for (const QString &serial : m_serials) {
        if (!serial.isEmpty())
            conditions.append(QStringLiteral("instr(details, %1) > 0").arg(sqlLiteral(u'"' + serial + u'"')));
    }
    // A name written in a note (a watchlist decision, an override): LIKE ignores ASCII case.
    for (const QString &text : m_texts.mid(1)) {
        if (text.size() >= 3)
            conditions.append(QStringLiteral("details LIKE %1 ESCAPE '\\'").arg(likeLiteral(text)));
    }
    const QString sql = QStringLiteral("SELECT seq FROM audit_log WHERE redacted_by IS NULL AND action <> %1 AND (%2) ORDER BY seq")
                            .arg(sqlLiteral(QString(erasureAuditAction)), conditions.join(QStringLiteral(" OR ")));
    QList<qint64> seqs;
    storage::Statement rows = database.prepare(sql);
    while (rows.next())
        seqs.append(rows.toInt64(0));
    return seqs;
}

} // namespace portique::privacy
