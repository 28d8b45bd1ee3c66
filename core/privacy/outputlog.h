// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The output log (issue 17 #12, docs/privacy-operations.md "Files the station wrote"): every file
// the station writes that may hold personal data (badges, passes with their photo, roll calls,
// reports, the AIPD, subject exports, the consent register) is recorded here with its path, kind,
// time and whom it concerns, so that an erasure can tell the DPO which files may still name the
// person: the station cannot delete what it handed over, but it can say where it put it. Whom a
// file concerns is kept as keyed hashes (BLAKE2b, a key derived from the database's key), never as
// ids; an erasure removes the person's hashes, and the retention purge the old entries.

#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
class DatabaseKey;
} // namespace portique::storage

namespace portique::privacy {

/// @brief What a written file is. Ids (outputKindId) are stable: they are stored.
enum class OutputKind { Badge, Pass, RollCall, DailyReport, ExperimentReport, Aipd, SubjectExport, ConsentRegister, ConsentLetter, Notice };

QString outputKindId(OutputKind kind);
/// @brief The kind in words ("Badge"), translated; the id itself when unknown.
QString outputKindLabel(const QString &kindId);

/// @brief A file just written and whom it concerns (person ids, visitor ids; none for a document
/// of figures only).
struct OutputFile {
    QString path;
    OutputKind kind = OutputKind::Badge;
    QStringList subjects;
};

/// @brief A recorded file, as an erasure lists it.
struct WrittenFile {
    QString path;
    QString kind; ///< outputKindId
    QDateTime writtenAt;
};

/// @brief How long an output log entry is kept: 365 days. A badge printed at the start of a school
/// year is in a bag until its end (badges expire with the school year, station setting
/// "badge_expiry_month"), and the longest retention of what files copy (consents of leavers, badges,
/// the audit trail) is a year by default: an erasure within a year of a file still finds it.
inline constexpr int outputLogDays = 365;

/// @brief Records and looks up written files on the caller's connection (the single writer).
class OutputLog final {
public:
    OutputLog(storage::Database &database, const common::Clock &clock);
    ~OutputLog();
    OutputLog(const OutputLog &) = delete;
    OutputLog &operator=(const OutputLog &) = delete;

    /// @brief Records @p file, once written. A path written again replaces its earlier entry (the
    /// earlier content is gone). Runs in its own transaction, or the caller's.
    void record(const OutputFile &file);
    /// @brief The files recorded for @p subjectId that still exist, newest first.
    std::vector<WrittenFile> filesOf(const QString &subjectId);
    /// @brief For an erasure, in its transaction: the files filesOf() lists, then the subject's
    /// hashes go, and so does every entry left concerning no one or whose path names the subject
    /// (@p identifying: the subject's id and names as whole words).
    std::vector<WrittenFile> forget(const QString &subjectId, const QRegularExpression &identifying);
    /// @brief The keyed hash stored for @p subjectId.
    QByteArray subjectTag(const QString &subjectId) const;

private:
    storage::Database &m_database;
    const common::Clock &m_clock;
    std::unique_ptr<storage::DatabaseKey> m_key; ///< hashes subjects (locked memory)
};

} // namespace portique::privacy
