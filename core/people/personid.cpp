// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "personid.h"

#include "access/credential.h"

#include <QCoreApplication>

#include <algorithm>

namespace portique::people {

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
    return {};
}

} // namespace portique::people
