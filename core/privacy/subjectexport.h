// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Subject access (GDPR art. 15, PRIVACY.md §4): everything the station holds about one person or
// visitor, as JSON (every column of every row, docs/privacy-operations.md) and as a readable PDF.
// Never a face template nor a badge secret: only whether a template exists.

#include "subjectscope.h"

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief One export, as handed to the person.
struct SubjectExport {
    SubjectKind kind = SubjectKind::Person;
    QString subjectId;
    QString displayName;
    QDateTime generatedAt;
    QString generatedBy;
    /// @brief The whole export: "format", "subject", "generated_at", "generated_by", "school",
    /// "records" (table name -> array of rows, each with every column but the withheld ones),
    /// "face_template_held", "audit" (records naming the subject), "retention", "information".
    QJsonObject data;

    /// @brief Rows in "records" plus audit records.
    int recordCount() const;
    /// @brief The JSON file's bytes (indented UTF-8).
    QByteArray toJson() const;
};

/// @brief A person or visitor found by a search, for the DPO's choice.
struct SubjectMatch {
    SubjectKind kind = SubjectKind::Person;
    QString id;
    QString name;
    QString detail; ///< the class, or the visit's date
};

/// @brief Builds exports on the caller's connection (the writer: each export is audited).
class SubjectAccess final {
public:
    SubjectAccess(storage::Database &database, const common::Clock &clock);

    /// @brief People (even those who left) and visitors whose name or id contains @p search
    /// (accents and case ignored), at most @p limit, people first.
    std::vector<SubjectMatch> find(const QString &search, int limit = 50);
    /// @brief Everything held about @p subjectId; audited as "subject.export" by @p actor.
    /// Throws common::Refusal when the id names nobody.
    SubjectExport exportSubject(const QString &subjectId, const QString &actor);

private:
    storage::Database &m_database;
    const common::Clock &m_clock;
};

/// @brief Writes @p exported as @p folder/ID.json and @p folder/ID.pdf (each replaced only once
/// complete); returns the two paths. Throws std::runtime_error (translated) when they cannot be
/// written. Any thread but the GUI's.
QStringList writeSubjectFiles(const QString &folder, const SubjectExport &exported);
/// @brief The readable document: A4 pages, dates and words in the interface language.
void writeSubjectPdf(const QString &path, const SubjectExport &exported);
/// @brief The same pages as images, for a preview on screen.
QList<QImage> renderSubjectPages(const SubjectExport &exported, int dpi = 96);

} // namespace portique::privacy
