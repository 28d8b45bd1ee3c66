// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectscope.h"

#include "auditlog.h"
#include "common/subjectid.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace portique::privacy {
namespace {

/// Shorter texts name too many people to be blanked in others' notes (two initials, "Li").
constexpr qsizetype minimumNameLength = 3;

/// Actions whose object is a row number, not a subject id.
const QString rowObjectActions = QStringLiteral("'gate.decision', 'gate.override', 'alert.raise', 'alert.acknowledge', "
                                                "'watchlist.add', 'watchlist.remove', 'watchlist.confirm', 'watchlist.dismiss'");

/// Records about a station user (object a login), never about a data subject: an older database
/// may hold a person whose id is also a login (issue 17, defect 5: erasing the person "accueil"
/// blanked the agent accueil's sign-ins). A prefix, so that a new action of these groups is
/// left alone too.
const QString loginRecords = QStringLiteral("(action LIKE 'login.%' OR action LIKE 'user.%' OR action LIKE 'session.%')");

QList<qint64> idColumn(storage::Database &database, const QString &sql, const QVariantList &values)
{
    QList<qint64> ids;
    storage::Statement rows = prepareBound(database, sql, values);
    while (rows.next())
        ids.append(rows.toInt64(0));
    return ids;
}

/// A LIKE pattern that finds at least every details text in which @p text is written, whatever
/// its case: LIKE folds ASCII only, so another character matches any one character (_), and one
/// that JSON escapes (a quote, a control character, a NUL) or a space any run of them (%).
QString likeAnywhere(const QString &text)
{
    QString pattern = QStringLiteral("%");
    for (const char32_t c : text.toUcs4()) {
        if (c == U'%' || c == U'_' || c == U'\\')
            pattern += QStringView(u"\\") + QChar(char16_t(c));
        else if (c <= 0x20 || c == U'"')
            pattern += u'%'; // a space too: the word pattern takes any run of spaces between words
        else if (c < 0x80)
            pattern += QChar(char16_t(c));
        else
            pattern += u'_';
    }
    return pattern + u'%';
}

/// Every string of a JSON value, at any depth (the values only: a key is never a name).
void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString()) {
        strings.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, strings);
    } else if (value.isObject()) {
        for (const QJsonValue &item : value.toObject())
            collectStrings(item, strings);
    }
}

} // namespace

QString subjectKindId(SubjectKind kind)
{
    return kind == SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("visitor");
}

storage::Statement prepareBound(storage::Database &database, const QString &sql, const QVariantList &values)
{
    storage::Statement statement = database.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values.at(i));
    return statement;
}

QRegularExpression wholeWordsPattern(const QStringList &texts)
{
    QStringList alternatives;
    for (const QString &text : texts) {
        const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (text.trimmed().size() < minimumNameLength || words.isEmpty())
            continue;
        QStringList escaped;
        for (const QString &word : words)
            escaped.append(QRegularExpression::escape(word));
        alternatives.append(escaped.join(QStringLiteral("\\s+")));
    }
    if (alternatives.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)"));
    // The longest first, so that "Jean Ted" is blanked whole rather than around "Ted".
    std::sort(alternatives.begin(), alternatives.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // A word is letters, marks and digits (and _, as in an identifier): "Ted" inside "restricted",
    // "Tedesco" or "Ted2" is another word, the text of another person.
    const QString edge = QStringLiteral("[\\p{L}\\p{M}\\p{N}_]");
    return QRegularExpression(QStringLiteral("(?<!%1)(?:%2)(?!%1)").arg(edge, alternatives.join(u'|')),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<SubjectScope> SubjectScope::resolve(storage::Database &database, const QString &subjectId)
{
    if (subjectId.trimmed().isEmpty())
        return std::nullopt;
    // By the id's namespace alone (issue 17, defect 5): a visitor number reaches visitors only,
    // even when an older import gave a person the same id, and a person id people only. An id in
    // neither (one an older database holds: "accueil", "V1") is looked up as before, person first,
    // so that no one already registered becomes unreachable.
    const common::SubjectIdKind namespaceKind = common::kindOf(subjectId);
    const bool mayBePerson = namespaceKind != common::SubjectIdKind::Visitor;
    const bool mayBeVisitor = namespaceKind != common::SubjectIdKind::Person;
    SubjectScope scope;
    scope.m_id = subjectId;
    scope.m_idIsWord = namespaceKind == common::SubjectIdKind::Login || namespaceKind == common::SubjectIdKind::Invalid;
    storage::Statement person = database.prepare(QStringLiteral("SELECT family_name, first_name FROM people WHERE id = ?1"));
    person.bind(1, subjectId);
    // Lists (passages, alerts, badges) are subqueries on the id, never ids written into the SQL:
    // SQLCipher 3.4's SQLite has no json_each to bind a list, and allows 999 parameters only.
    const QVariantList id{subjectId};
    const QString ofSubject = QStringLiteral("%1 = ?1");
    if (mayBePerson && person.next()) {
        scope.m_kind = SubjectKind::Person;
        const QString family = person.toText(0);
        const QString first = person.toText(1);
        scope.m_displayName = family + u' ' + first;
        scope.m_texts = {subjectId, first + u' ' + family, family + u' ' + first};
        scope.m_serials = QStringLiteral("SELECT serial AS serial FROM credentials WHERE person_id = ?1");
        // A passage names the person, or only their badge (a badge refused before the person was
        // known to it): both are theirs.
        scope.m_events =
            QStringLiteral("SELECT id FROM access_events WHERE person_id = ?1 OR credential_serial IN (%1)").arg(scope.m_serials);
        scope.m_alerts = QStringLiteral("SELECT id FROM alerts WHERE person_id = ?1 OR event_id IN (%1)").arg(scope.m_events);
        scope.m_tables = {
            {QStringLiteral("overrides"), QStringLiteral("event_id IN (%1)").arg(scope.m_events), id, {}},
            {QStringLiteral("alerts"), QStringLiteral("id IN (%1)").arg(scope.m_alerts), id, {}},
            {QStringLiteral("access_events"), QStringLiteral("id IN (%1)").arg(scope.m_events), id, {}},
            {QStringLiteral("face_templates"), ofSubject.arg(QStringLiteral("person_id")), id, {QStringLiteral("sealed")}},
            {QStringLiteral("enrolments"), ofSubject.arg(QStringLiteral("person_id")), id, {}},
            {QStringLiteral("consents"), ofSubject.arg(QStringLiteral("person_id")), id, {}},
            {QStringLiteral("consent_forms"), ofSubject.arg(QStringLiteral("person_id")), id, {}},
            {QStringLiteral("guardians"), ofSubject.arg(QStringLiteral("student_id")), id, {}},
            {QStringLiteral("credentials"), ofSubject.arg(QStringLiteral("person_id")), id, {}},
            {QStringLiteral("rectified_fields"), ofSubject.arg(QStringLiteral("person_id")), id, {}},
            {QStringLiteral("people"), ofSubject.arg(QStringLiteral("id")), id, {}},
        };
        return scope;
    }
    if (!mayBeVisitor)
        return std::nullopt;
    storage::Statement visitor = database.prepare(QStringLiteral("SELECT name, departed_at IS NULL FROM visitors WHERE id = ?1"));
    visitor.bind(1, subjectId);
    if (!visitor.next())
        return std::nullopt;
    scope.m_kind = SubjectKind::Visitor;
    scope.m_displayName = visitor.toText(0);
    scope.m_onSite = visitor.toInt64(1) != 0;
    scope.m_texts = {subjectId, visitor.toText(0)};
    scope.m_serials = QStringLiteral("SELECT pass_serial AS serial FROM visitors WHERE id = ?1");
    scope.m_events = QStringLiteral("SELECT id FROM access_events WHERE visitor_id = ?1");
    scope.m_alerts = QStringLiteral("SELECT id FROM alerts WHERE visitor_id = ?1 OR event_id IN (%1)").arg(scope.m_events);
    scope.m_tables = {
        {QStringLiteral("overrides"), QStringLiteral("event_id IN (%1)").arg(scope.m_events), id, {}},
        {QStringLiteral("alerts"), QStringLiteral("id IN (%1)").arg(scope.m_alerts), id, {}},
        {QStringLiteral("access_events"), QStringLiteral("id IN (%1)").arg(scope.m_events), id, {}},
        {QStringLiteral("sightings"), ofSubject.arg(QStringLiteral("visitor_id")), id, {}},
        {QStringLiteral("visitor_templates"), ofSubject.arg(QStringLiteral("visitor_id")), id, {QStringLiteral("sealed")}},
        {QStringLiteral("visitors"), ofSubject.arg(QStringLiteral("id")), id, {}},
    };
    return scope;
}

QStringList SubjectScope::identifyingTexts() const
{
    return m_idIsWord ? m_texts.mid(1) : m_texts;
}

QList<qint64> SubjectScope::auditRecords(storage::Database &database) const
{
    // Records whose object is a row number (a passage, an alert, a watchlist entry) are matched by
    // those numbers only, so that passage 9100100 is never taken for person 9100100. ?1 is the
    // subject's id (the lists' subqueries use it), ?2 the erasure's own action.
    const QString exact = QStringLiteral(
        "SELECT seq FROM audit_log WHERE redacted_by IS NULL AND action <> ?2 AND NOT %5 AND ("
        "(object = ?1 AND action NOT IN (%1))"
        " OR instr(details, '\"' || ?1 || '\"') > 0"
        " OR (action IN ('gate.decision', 'gate.override') AND object IN (SELECT CAST(id AS TEXT) FROM (%2)))"
        " OR (action IN ('alert.raise', 'alert.acknowledge') AND object IN (SELECT CAST(id AS TEXT) FROM (%3)))"
        " OR EXISTS (SELECT 1 FROM (%4) AS badge WHERE badge.serial <> '' AND instr(details, '\"' || badge.serial || '\"') > 0))");
    QList<qint64> seqs =
        idColumn(database, exact.arg(rowObjectActions, m_events, m_alerts, m_serials, loginRecords), {m_id, QString(erasureAuditAction)});

    // A name written in a note (a watchlist decision, an override), as whole words only: LIKE
    // narrows the records down, the word pattern decides on their decoded strings.
    const QRegularExpression names = wholeWordsPattern(m_texts.mid(1));
    QStringList likes;
    QVariantList values{QString(erasureAuditAction)};
    for (const QString &text : m_texts.mid(1)) {
        if (text.trimmed().size() >= minimumNameLength) {
            values.append(likeAnywhere(text));
            likes.append(QStringLiteral("details LIKE ?%1 ESCAPE '\\'").arg(values.size()));
        }
    }
    if (!likes.isEmpty()) {
        const QString sql =
            QStringLiteral("SELECT seq, details FROM audit_log WHERE redacted_by IS NULL AND action <> ?1 AND NOT %2 AND (%1)");
        storage::Statement rows = prepareBound(database, sql.arg(likes.join(QStringLiteral(" OR ")), loginRecords), values);
        while (rows.next()) {
            QStringList strings;
            collectStrings(QJsonDocument::fromJson(rows.toText(1).toUtf8()).object(), strings);
            if (std::any_of(strings.cbegin(), strings.cend(), [&](const QString &string) { return string.contains(names); }))
                seqs.append(rows.toInt64(0));
        }
    }
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    return seqs;
}

} // namespace portique::privacy
