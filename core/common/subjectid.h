// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The one syntax of each id namespace: people, visitors and logins never share an id, so a
// subject access export or an erasure by id reaches exactly one kind of subject (issue 17,
// defect 5). Only new ids are held to it: an id a database already holds keeps working.

#include <QDate>
#include <QString>
#include <QStringView>

namespace portique::common {

/// @brief The namespace an id's syntax puts it in.
enum class SubjectIdKind {
    Person,  ///< a SIECLE number (digits), or a capital letter other than V then capitals, digits, '-'
    Visitor, ///< 'V', the day as yymmdd, '-', two or more digits (V261207-01)
    Login,   ///< a lower-case letter, then lower-case letters, digits, '.', '-' or '_'; 2 to 32 in all
    Invalid, ///< none of these (a legacy id, or a typing error)
};

/// @brief The longest person or visitor id, in characters (all ASCII, so in bytes too): what a
/// badge or pass can carry as its subject (access::Credential::maxSubjectBytes).
inline constexpr qsizetype maxSubjectIdLength = 64;
/// @brief Login lengths, as they have always been: short enough to type at a busy desk.
inline constexpr qsizetype minLoginLength = 2;
inline constexpr qsizetype maxLoginLength = 32;

/// @brief Which namespace @p id belongs to, by its syntax alone (the database is not asked).
/// The syntaxes are disjoint: a person id starts with a digit or a capital other than V, a
/// visitor id with V, a login with a lower-case letter.
SubjectIdKind kindOf(QStringView id);

/// @brief The visitor id of the @p number -th visitor registered on @p day ("V261207-01").
QString visitorId(const QDate &day, qint64 number);

} // namespace portique::common
