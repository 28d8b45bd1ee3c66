// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "personid.h"

#include "access/credential.h"
#include "common/subjectid.h"

#include <QCoreApplication>

#include <algorithm>

namespace portique::people {

// The id syntax of common/ (which cannot see access/) and the badge must agree on the limit.
static_assert(common::maxSubjectIdLength == access::Credential::maxSubjectBytes);

QString personIdProblem(const QString &id)
{
    // Checked here, at import, because the badge is issued much later: a person the registry
    // accepted but no badge can name would only fail at the desk (issue 17, defect 15).
    const qsizetype bytes = id.toUtf8().size();
    if (bytes > access::Credential::maxSubjectBytes)
        return QCoreApplication::translate("portique::people", "The id is %1 bytes long (UTF-8), more than the %2 a badge can carry: "
                                                               "this person is not imported.")
            .arg(bytes)
            .arg(access::Credential::maxSubjectBytes);
    if (std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return QCoreApplication::translate("portique::people", "The id contains a control character (such as a tab or a line break): "
                                                               "this person is not imported.");
    if (!id.isEmpty() && common::kindOf(id) != common::SubjectIdKind::Person)
        return QCoreApplication::translate("portique::people", "The id \"%1\" is not a person's id: it must be a SIECLE number (digits "
                                                               "only) or a capital letter other than V followed by capital letters, "
                                                               "digits or hyphens (P-001), so that it can never be taken for a "
                                                               "visitor's number or a login. This person is not imported.")
            .arg(id);
    return {};
}

QString textProblem(const QString &value, const QString &field)
{
    // C0 only, tab excepted (a tab is blank space to whoever reads the name). DEL and the C1
    // range are left alone: a CSV saved as Windows-1252 and read as Latin-9 puts its curly
    // quotes there, and refusing those names would refuse real people for a cosmetic defect.
    const auto control = std::find_if(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20 && c != u'\t'; });
    if (control == value.cend())
        return {};
    return QCoreApplication::translate("portique::people", "%1 contains a control character (U+%2, such as a NUL, a bell, an escape "
                                                           "or a line break), which no name may hold: this person is not imported.")
        .arg(field, QString::number(control->unicode(), 16).toUpper().rightJustified(4, u'0'));
}

} // namespace portique::people
