// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Consent letters (issue 15, "Consent documents"; PRIVACY.md §3): per student, an information
// letter for the legal representatives and a consent form with two separate signature blocks (the
// representative's; the student's own, in words a 15-year-old reads), the equal alternative (the
// badge only) stated first, nothing filled in but the names, and a reference the station issued
// for that student printed with a QR code of it. Preparing the letters issues the references (in
// the database, audited); drawing them touches no database.

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace portique::common {
class Clock;
}
namespace portique::privacy {
class AuditLog;
}
namespace portique::storage {
class Database;
}

namespace portique::reports {

/// @brief One student's letter and form.
struct ConsentLetter {
    QString personId;
    QString name;      ///< "First FAMILY", as the letter addresses them
    QString firstName; ///< the student's own block speaks to them by it
    QString className;
    QStringList guardians; ///< the legal representatives' names, as imported (may be empty)
    bool minor = true;     ///< unknown age counts as a minor; an adult signs alone
    QString reference;     ///< the form reference issued for this letter
};

/// @brief Everything the letters print.
struct ConsentLetters {
    QString schoolName;
    QDate date;
    std::vector<ConsentLetter> letters;
    QStringList personIds() const;
};

/// @brief Issues one form reference per person (privacy::ConsentFormStore, audited) and collects
/// what the letters print, in one transaction on the caller's connection: the people of
/// @p personIds in that order, or, when it is empty, every person of @p className present on the
/// clock's day (a restricted person is left out of a class, GDPR art. 18). Throws common::Refusal
/// (translated) for an unknown id, a person who has left, or a class with no one in it.
ConsentLetters prepareConsentLetters(storage::Database &database, const common::Clock &clock, privacy::AuditLog &audit,
                                     const QStringList &personIds, const QString &className, const QString &schoolName,
                                     const QString &actor);

/// @brief Writes @p letters as an A4 PDF at @p path: per person, the letter on its own page, then
/// the form on its own page. std::runtime_error (translated) when the file cannot be written. Any
/// thread (no database).
void writeConsentLettersPdf(const QString &path, const ConsentLetters &letters);
/// @brief The same pages as images at @p dpi, for the screen.
QList<QImage> renderConsentLetterPages(const ConsentLetters &letters, int dpi);

} // namespace portique::reports
