// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectid.h"

#include <algorithm>

namespace portique::common {
namespace {

// ASCII only, on purpose: QChar::isDigit() and isLower() accept other scripts' digits and letters,
// which would let two ids that look alike on a badge differ.
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool allOf(QStringView text, bool (*accepted)(QChar))
{
    return std::all_of(text.begin(), text.end(), accepted);
}

// A SIECLE ELEVE_ID is a number (FORMAT.md §3.1: "numeric"); a school's own CSV code starts with
// a capital, V excepted because V starts every visitor number.
bool isPersonId(QStringView id)
{
    if (id.isEmpty() || id.size() > maxSubjectIdLength)
        return false;
    if (allOf(id, isDigit))
        return true;
    return isUpper(id.front()) && id.front() != u'V' && allOf(id.sliced(1), [](QChar c) { return isUpper(c) || isDigit(c) || c == u'-'; });
}

// As VisitorService numbers them: V, yymmdd, '-', the day's number on two digits or more.
bool isVisitorId(QStringView id)
{
    return id.size() >= 10 && id.size() <= maxSubjectIdLength && id.front() == u'V' && allOf(id.sliced(1, 6), isDigit) && id[7] == u'-'
           && allOf(id.sliced(8), isDigit);
}

bool isLogin(QStringView id)
{
    return id.size() >= minLoginLength && id.size() <= maxLoginLength && isLower(id.front())
           && allOf(id.sliced(1), [](QChar c) { return isLower(c) || isDigit(c) || c == u'.' || c == u'-' || c == u'_'; });
}

} // namespace

SubjectIdKind kindOf(QStringView id)
{
    if (isPersonId(id))
        return SubjectIdKind::Person;
    if (isVisitorId(id))
        return SubjectIdKind::Visitor;
    if (isLogin(id))
        return SubjectIdKind::Login;
    return SubjectIdKind::Invalid;
}

QString visitorId(const QDate &day, qint64 number)
{
    return QStringLiteral("V") + day.toString(QStringLiteral("yyMMdd")) + u'-' + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace portique::common
