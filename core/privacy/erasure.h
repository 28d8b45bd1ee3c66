// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Erasure (GDPR art. 17, PRIVACY.md §4): deletes everything held about one person or visitor, in
// every table (privacy/subjectscope.h), blanks their name from free-text notes and their personal
// data from the audit trail, and leaves one audit record "subject.erase" that says an erasure
// happened, by whom and when, not what. The audit chain still verifies (docs/privacy-operations.md).

#include "subjectscope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portique::common {
class Clock;
}
namespace portique::storage {
class Database;
}

namespace portique::privacy {

/// @brief What an erasure deleted (or, previewed, would delete). Given to the DPO who asked; the
/// audit trail keeps none of it.
struct ErasureReport {
    bool preview = false;
    SubjectKind kind = SubjectKind::Person;
    QString subjectId;
    QString displayName;           ///< for the confirmation; empty once erased
    QList<std::pair<QString, qint64>> deleted; ///< table -> rows, children first
    int credentialsRevoked = 0;    ///< badges still valid, revoked before their rows went
    qint64 auditRecordsBlanked = 0;
    int notesScrubbed = 0;         ///< other rows' free text where the name or id was written
    qint64 auditSeq = 0;           ///< the "subject.erase" record; 0 for a preview
    /// Files the station wrote that concern the subject and still exist (badges, passes, roll
    /// calls, reports, exports: privacy/outputlog.h), newest first: the station cannot erase what
    /// it handed over, so the DPO is told where to delete it.
    QStringList filesToDelete;
    /// Why the forget ledger (privacy/forgetledger.h) could not record the erasure, translated;
    /// empty when it did. The erasure stands; the ledger is written at the next start.
    QString ledgerProblem;

    qint64 total() const;
    QJsonObject toJson() const;
};

/// @brief Erases on the caller's connection (the single writer), in one transaction.
class Erasure final {
public:
    Erasure(storage::Database &database, const common::Clock &clock);

    /// @brief What erase() would do, for the confirmation ("this deletes 212 passages…").
    /// Throws common::Refusal when the id names nobody.
    ErasureReport preview(const QString &subjectId);
    /// @brief Revokes the subject's valid badges, deletes their rows everywhere, blanks their name
    /// and id in other rows' notes and their audit records' objects and details, forgets them in
    /// the output log (listing the files that may still hold them), appends the one
    /// "subject.erase" record by @p actor, records the erasure in the forget ledger (so a restored
    /// backup cannot bring them back), then empties the WAL so no copy stays in it.
    /// Throws common::Refusal when the id names nobody or names a visitor still on site (check
    /// them out first: their pass and the roll call still need the record).
    ErasureReport erase(const QString &subjectId, const QString &actor);

private:
    ErasureReport run(const QString &subjectId, const QString &actor, bool preview);
    storage::Database &m_database;
    const common::Clock &m_clock;
};

} // namespace portique::privacy
