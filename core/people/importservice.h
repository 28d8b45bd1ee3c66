// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "person.h"
#include "personrecord.h"

#include <QJsonObject>

#include <vector>

namespace portique::access {
class CredentialStore;
}
namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
}
namespace portique::storage {
class Database;
}

namespace portique::people {

/// @brief What an import would do, compared with the registry on one day: shown to the operator
/// before anything is written, and applied as it is, in one transaction.
struct ImportPreview {
    struct Change {
        PersonRecord record;
        Person before;
        QStringList fields; ///< "family_name", "class", "left_on"...
        /// Of @c fields, those a DPO rectified (privacy::SubjectRights): the import keeps the
        /// rectified value unless applied with overwriteRectified.
        QStringList rectified;
        /// The person's processing is restricted (GDPR art. 18): their record is frozen, nothing
        /// of this change is written until the restriction is lifted.
        bool restricted = false;
    };
    struct Leaver {
        Person person;
        QDate leftOn;
        bool absentFromFile = false; ///< not in the file at all (else: its leaving date has come)
    };
    ParsedImport parsed;
    QDate day;
    std::vector<PersonRecord> added;
    std::vector<Change> changed;
    std::vector<Leaver> leaving;
    int unchanged = 0;
    int guardianLinks = 0;        ///< legal representatives kept
    int guardianStudents = 0;     ///< students whose representatives are replaced
    int guardianLinksIgnored = 0; ///< links to students unknown here or who have left
    /// Set when the file must not be applied as it is (another school's export, no valid record,
    /// most of the school leaving at once); translated.
    QString blocker;
    bool massDeparture = false; ///< the blocker is a mass departure, which force may override

    QJsonObject toJson() const;
};

/// @brief Imports student lists (SIECLE) and people lists (CSV): preview, then apply. Re-imports
/// update, mark leavers inactive and revoke their badges; a damaged record never makes anyone a
/// leaver. Only people of the file's own source are compared (a CSV of staff never touches SIECLE
/// students).
class ImportService final {
public:
    ImportService(storage::Database &database, access::CredentialStore &credentials, privacy::AuditLog &audit, const common::Clock &clock);

    ImportPreview preview(const ParsedImport &parsed);
    /// @brief Applies @p parsed (compared again inside the transaction, so the result is the
    /// preview of that instant). Throws ImportError when the preview has a blocker (a mass
    /// departure passes with @p force). Returns what was done.
    /// A field a DPO rectified keeps its rectified value unless @p overwriteRectified (the DPO's
    /// choice after seeing the preview), which also forgets that the field was rectified; only an
    /// @p actor whose role manages privacy may (ImportError otherwise, nothing written).
    ImportPreview apply(const ParsedImport &parsed, const QString &actor, bool force = false, bool overwriteRectified = false);

private:
    storage::Database &m_database;
    access::CredentialStore &m_credentials;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::people
