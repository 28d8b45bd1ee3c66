// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Where the station holds data about one data subject (a person of the registry, or a visitor):
// every table and the rows in it, found once and shared by the subject access export and the
// erasure, so that what is exported is exactly what is erased. When a migration adds a table or
// a column naming a person, it is added here (test_subject checks every column of every table).

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace portique::storage {
class Database;
class Statement;
}

namespace portique::privacy {

/// @brief Whom a subject id names.
enum class SubjectKind { Person, Visitor };
QString subjectKindId(SubjectKind kind);

/// @brief One table's rows about the subject.
struct SubjectTable {
    QString table;
    QString where;                  ///< SQL condition on the parameters ?1..?N of @c values
    QVariantList values;            ///< bound, never written into the SQL (issue 17: a NUL cut it)
    QStringList withheldColumns;    ///< exported as "withheld" only: sealed templates, never read out
};

/// @brief @p sql prepared with @p values bound to ?1..?N (a SubjectTable's condition).
storage::Statement prepareBound(storage::Database &database, const QString &sql, const QVariantList &values);

/// @brief Finds any of @p texts in free text as whole words only, never inside a longer word
/// ("Ted" is neither in "restricted" nor in "Mr Tedesco"), case ignored (Unicode), any run of
/// spaces between the words of a text. Texts shorter than 3 characters are left out. Matches
/// nothing when no text is left.
QRegularExpression wholeWordsPattern(const QStringList &texts);

/// @brief The subject's rows in every table. Each condition binds the subject's id alone (?1):
/// passages, alerts and badges are found through their parents, which the deletion order
/// (children first) keeps until the children are gone.
class SubjectScope final {
public:
    /// @brief The scope of @p subjectId, by its namespace (common::kindOf): a visitor number is
    /// looked up among visitors only, a person id among people only, and any other id (one an
    /// older database may hold) among people, then visitors. nullopt when none has it.
    static std::optional<SubjectScope> resolve(storage::Database &database, const QString &subjectId);

    SubjectKind kind() const { return m_kind; }
    QString subjectId() const { return m_id; }
    /// @brief "FAMILY First" for a person, the name for a visitor.
    QString displayName() const { return m_displayName; }
    /// @brief Texts that identify the subject in free text: the id and the full name (both orders).
    /// An id outside the people's and visitors' namespaces (an older database's "accueil") is a
    /// word others' notes use for something else, and is left out: only the names are.
    QStringList identifyingTexts() const;
    bool onSite() const { return m_onSite; }
    /// @brief Every table holding rows about the subject, children before parents (the order in
    /// which an erasure deletes them).
    const QList<SubjectTable> &tables() const { return m_tables; }
    /// @brief The audit records that name the subject, directly or through one of their rows.
    QList<qint64> auditRecords(storage::Database &database) const;

private:
    SubjectKind m_kind = SubjectKind::Person;
    QString m_id;
    QString m_displayName;
    QStringList m_texts; ///< the id, then the names
    bool m_idIsWord = false;
    bool m_onSite = false;
    QList<SubjectTable> m_tables;
    QString m_events;  ///< SELECT of the subject's passage ids, on ?1
    QString m_alerts;  ///< SELECT of the subject's alert ids, on ?1
    QString m_serials; ///< SELECT of the subject's badge or pass serials (column "serial"), on ?1
};

} // namespace portique::privacy
