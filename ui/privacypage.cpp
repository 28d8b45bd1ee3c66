// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "privacypage.h"

#include "aipdpage.h"
#include "auditpage.h"
#include "consentspage.h"
#include "noticespage.h"
#include "retentionpage.h"
#include "settingshistorypage.h"
#include "subjectpage.h"

namespace portique::ui {

PrivacyPage::PrivacyPage(StationContext &context, const QString &user, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("privacyTabs"));
    // Each sub-page reads its data when first shown: opening the tab costs one query, not six.
    addTab(new SubjectPage(context, user, this), tr("Subject rights"));
    addTab(new ConsentsPage(context, user, this), tr("Consents"));
    addTab(new RetentionPage(context, user, this), tr("Retention and purge"));
    addTab(new AuditPage(context, user, this), tr("Audit trail"));
    addTab(new SettingsHistoryPage(context, this), tr("Settings history"));
    addTab(new AipdPage(context, user, this), tr("AIPD"));
    addTab(new NoticesPage(context, user, this), tr("Notices"));
}

} // namespace portique::ui
