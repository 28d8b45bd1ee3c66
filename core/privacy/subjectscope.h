// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Where the station holds data about one data subject (a person of the registry, or a visitor):
// every table and the rows in it, found once and shared by the subject access export and the
// erasure, so that what is exported is exactly what is erased. When a migration adds a table or
// a column naming a person, it is added here (test_subject checks every column of every table).

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief Whom a subject id names.
enum class SubjectKind { Person, Visitor };
QString subjectKindId(SubjectKind kind);

/// @brief One table's rows about the subject.
struct SubjectTable {
    QString table;
    QString where;                  ///< SQL condition, self-contained (ids written in as literals)
    QStringList withheldColumns;    ///< exported as "withheld" only: sealed templates, never read out
};

/// @brief The subject's rows in every table, resolved at one moment (ids of their passages,
/// alerts and badges are listed then, so the rows stay found while others are deleted).
class SubjectScope final {
public:
    /// @brief The scope of @p subjectId: a person id, else a visitor id; nullopt when neither.
    static std::optional<SubjectScope> resolve(storage::Database &database, const QString &subjectId);

    SubjectKind kind() const { return m_kind; }
    QString subjectId() const { return m_id; }
    /// @brief "FAMILY First" for a person, the name for a visitor.
    QString displayName() const { return m_displayName; }
    /// @brief Texts that identify the subject in free text: the id and the full name (both orders).
    QStringList identifyingTexts() const { return m_texts; }
    bool onSite() const { return m_onSite; }
    /// @brief Every table holding rows about the subject, children before parents (the order in
    /// which an erasure deletes them).
    const QList<SubjectTable> &tables() const { return m_tables; }
    const QList<qint64> &eventIds() const { return m_events; }
    const QStringList &serials() const { return m_serials; }
    /// @brief The audit records that name the subject, directly or through one of their rows.
    QList<qint64> auditRecords(storage::Database &database) const;

private:
    SubjectKind m_kind = SubjectKind::Person;
    QString m_id;
    QString m_displayName;
    QStringList m_texts;
    bool m_onSite = false;
    QList<SubjectTable> m_tables;
    QList<qint64> m_events;
    QList<qint64> m_alerts;
    QStringList m_serials;
};

/// @brief @p text as an SQL string literal ('' doubled).
QString sqlLiteral(const QString &text);

} // namespace portique::privacy
