// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "auditactions.h"

#include <QCoreApplication>
#include <QHash>

namespace portique::privacy {

QString auditActionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("station.init"), QT_TRANSLATE_NOOP("Audit", "Station created")},
        {QStringLiteral("login.ok"), QT_TRANSLATE_NOOP("Audit", "Signed in")},
        {QStringLiteral("login.failed"), QT_TRANSLATE_NOOP("Audit", "Failed sign-in")},
        {QStringLiteral("login.locked"), QT_TRANSLATE_NOOP("Audit", "Login locked after failed attempts")},
        {QStringLiteral("session.lock"), QT_TRANSLATE_NOOP("Audit", "Station locked")},
        {QStringLiteral("session.logout"), QT_TRANSLATE_NOOP("Audit", "Signed out")},
        {QStringLiteral("user.add"), QT_TRANSLATE_NOOP("Audit", "User added")},
        {QStringLiteral("user.password"), QT_TRANSLATE_NOOP("Audit", "Password changed")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("Audit", "User disabled")},
        {QStringLiteral("user.role"), QT_TRANSLATE_NOOP("Audit", "User's role changed")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("Audit", "User enabled")},
        {QStringLiteral("settings.change"), QT_TRANSLATE_NOOP("Audit", "Setting changed")},
        {QStringLiteral("audit.verify"), QT_TRANSLATE_NOOP("Audit", "Audit trail checked")},
        {QStringLiteral("audit.checkpoint"), QT_TRANSLATE_NOOP("Audit", "Signed checkpoint of the audit trail exported")},
        {QStringLiteral("audit.rekey"), QT_TRANSLATE_NOOP("Audit", "Audit trail converted to the keyed chain")},
        {QStringLiteral("alert.raise"), QT_TRANSLATE_NOOP("Audit", "Alert raised")},
        {QStringLiteral("alert.acknowledge"), QT_TRANSLATE_NOOP("Audit", "Alert acknowledged")},
        {QStringLiteral("alert.close_expired"), QT_TRANSLATE_NOOP("Audit", "Open alerts closed at the end of their period")},
        {QStringLiteral("visitor.register"), QT_TRANSLATE_NOOP("Audit", "Visitor registered")},
        {QStringLiteral("visitor.pass_reissue"), QT_TRANSLATE_NOOP("Audit", "Visitor pass re-issued")},
        {QStringLiteral("visitor.checkout"), QT_TRANSLATE_NOOP("Audit", "Visitor checked out")},
        {QStringLiteral("watchlist.add"), QT_TRANSLATE_NOOP("Audit", "Watchlist entry added")},
        {QStringLiteral("watchlist.remove"), QT_TRANSLATE_NOOP("Audit", "Watchlist entry removed")},
        {QStringLiteral("watchlist.confirm"), QT_TRANSLATE_NOOP("Audit", "Watchlist hit confirmed")},
        {QStringLiteral("watchlist.dismiss"), QT_TRANSLATE_NOOP("Audit", "Watchlist hit dismissed")},
        {QStringLiteral("keys.create"), QT_TRANSLATE_NOOP("Audit", "Station key created")},
        {QStringLiteral("people.import"), QT_TRANSLATE_NOOP("Audit", "People imported")},
        {QStringLiteral("badge.issue"), QT_TRANSLATE_NOOP("Audit", "Badge issued")},
        {QStringLiteral("badge.revoke"), QT_TRANSLATE_NOOP("Audit", "Badge revoked")},
        {QStringLiteral("consent.give"), QT_TRANSLATE_NOOP("Audit", "Consent recorded")},
        {QStringLiteral("consent.withdraw"), QT_TRANSLATE_NOOP("Audit", "Consent withdrawn")},
        {QStringLiteral("consent.lapse"), QT_TRANSLATE_NOOP("Audit", "Consent lapsed")},
        {QStringLiteral("consent.form_issue"), QT_TRANSLATE_NOOP("Audit", "Consent form issued")},
        {QStringLiteral("enrolment.done"), QT_TRANSLATE_NOOP("Audit", "Enrolled in the face lane")},
        {QStringLiteral("enrolment.failed"), QT_TRANSLATE_NOOP("Audit", "Enrolment failed")},
        {QStringLiteral("gate.decision"), QT_TRANSLATE_NOOP("Audit", "Gate decision")},
        {QStringLiteral("gate.override"), QT_TRANSLATE_NOOP("Audit", "Gate decision overridden")},
        {QStringLiteral("retention.purge"), QT_TRANSLATE_NOOP("Audit", "Retention purge")},
        {QStringLiteral("subject.export"), QT_TRANSLATE_NOOP("Audit", "Subject access export")},
        {QStringLiteral("subject.erase"), QT_TRANSLATE_NOOP("Audit", "Erasure of a person's data")},
        {QStringLiteral("subject.rectify"), QT_TRANSLATE_NOOP("Audit", "Rectification of a person's data")},
        {QStringLiteral("subject.restrict"), QT_TRANSLATE_NOOP("Audit", "Processing of a person's data restricted")},
        {QStringLiteral("subject.restrict_lift"), QT_TRANSLATE_NOOP("Audit", "Restriction of a person's data lifted")},
        {QStringLiteral("restore.replay"), QT_TRANSLATE_NOOP("Audit", "Erasures and revocations done again after a restore")},
        {QStringLiteral("forget_ledger.damaged"), QT_TRANSLATE_NOOP("Audit", "Forget ledger found damaged")},
        {QStringLiteral("notice.generate"), QT_TRANSLATE_NOOP("Audit", "Information notice generated")},
        {QStringLiteral("aipd.generate"), QT_TRANSLATE_NOOP("Audit", "Impact assessment (AIPD) generated")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : QCoreApplication::translate("Audit", it.value());
}

} // namespace portique::privacy
