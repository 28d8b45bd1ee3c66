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
    int guardianLinks = 0;       ///< legal representatives kept
    int guardianStudents = 0;    ///< students whose representatives are replaced
    int guardianLinksIgnored = 0; ///< links to students unknown here or who have left
    /// Set when the file must not be applied as it is (another school's export, no valid record,
    /// most of the school leaving at once); translated.
    QString blocker;
    bool massDeparture = false;  ///< the blocker is a mass departure, which force may override

    QJsonObject toJson() const;
};

/// @brief Imports student lists (SIECLE) and people lists (CSV): preview, then apply. Re-imports
/// update, mark leavers inactive and revoke their badges; a damaged record never makes anyone a
/// leaver. Only people of the file's own source are compared (a CSV of staff never touches SIECLE
/// students).
class ImportService final {
public:
    ImportService(storage::Database &database, access::CredentialStore &credentials, privacy::AuditLog &audit,
                  const common::Clock &clock);

    ImportPreview preview(const ParsedImport &parsed);
    /// @brief Applies @p parsed (compared again inside the transaction, so the result is the
    /// preview of that instant). Throws ImportError when the preview has a blocker (a mass
    /// departure passes with @p force). Returns what was done.
    ImportPreview apply(const ParsedImport &parsed, const QString &actor, bool force = false);

private:
    storage::Database &m_database;
    access::CredentialStore &m_credentials;
    privacy::AuditLog &m_audit;
    const common::Clock &m_clock;
};

} // namespace portique::people
