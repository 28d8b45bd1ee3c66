// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "restorereplay.h"

#include "access/credentialstore.h"
#include "access/stationkeys.h"
#include "alertstore.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "consentstore.h"
#include "erasure.h"
#include "forgetledger.h"
#include "people/enrolmentservice.h"
#include "station/settingsstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "visitors/visitorservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

const QString systemActor = QStringLiteral("system");

/// The services a replay redoes things with, on one connection.
struct Services {
    Services(storage::Database &database, const common::Clock &clock)
        : audit(database, clock)
        , settings(database, audit)
        , keys(database, audit, clock)
        , credentials(database, keys, audit, clock)
        , alerts(database, audit, clock)
        , visitors(database, keys, credentials, audit, alerts, settings, clock)
        , enrolments(database, keys, credentials, audit, clock)
        , consents(database)
    {
    }
    AuditLog audit;
    station::SettingsStore settings;
    access::StationKeys keys;
    access::CredentialStore credentials;
    AlertStore alerts;
    visitors::VisitorService visitors;
    people::EnrolmentService enrolments;
    ConsentStore consents;
};

/// Rows (id, time) of @p sql whose id's erasure tag the ledger holds with a later time: rows the
/// erasure had deleted, brought back by an older copy. A row created after the erasure (an active
/// student imported again, PRIVACY.md: "comes back without any history") is not one of them.
QStringList restoredErased(storage::Database &database, ForgetLedger &ledger, const QHash<QByteArray, QDateTime> &erasedAt,
                           const QString &sql)
{
    QStringList ids;
    storage::Statement rows = database.prepare(sql);
    while (rows.next()) {
        const auto it = erasedAt.constFind(ledger.tag(ForgetKind::Erasure, rows.toText(0)));
        if (it != erasedAt.cend() && common::parseIsoTime(rows.toText(1)) < it.value())
            ids.append(rows.toText(0));
    }
    return ids;
}

QStringList column(storage::Database &database, const QString &sql)
{
    QStringList values;
    storage::Statement rows = database.prepare(sql);
    while (rows.next())
        values.append(rows.toText(0));
    return values;
}

} // namespace

QString ReplayReport::summary() const
{
    QStringList lines;
    if (replayed()) {
        lines << QCoreApplication::translate(
            "portique::privacy::ReplayReport",
            "This database is older than the station's forget ledger (a backup was put back): what had been done since "
            "was done again before the lanes opened.");
        if (erased > 0)
            lines << QCoreApplication::translate("portique::privacy::ReplayReport", "%n erased person(s) or visitor(s) erased again.",
                                                 nullptr, erased);
        if (revoked > 0)
            lines << QCoreApplication::translate("portique::privacy::ReplayReport", "%n revoked badge(s) revoked again.", nullptr, revoked);
        if (withdrawn > 0)
            lines << QCoreApplication::translate("portique::privacy::ReplayReport",
                                                 "%n withdrawn consent(s) withdrawn again: their badges work badge-only.", nullptr,
                                                 withdrawn);
        if (checkedOut > 0)
            lines << QCoreApplication::translate("portique::privacy::ReplayReport", "%n visitor(s) who had left checked out again.",
                                                 nullptr, checkedOut);
        for (const QString &failure : failures)
            lines << failure;
        lines << QCoreApplication::translate("portique::privacy::ReplayReport",
                                             "Badges and passes issued since that backup are unknown to this database: issue them again.");
    }
    if (damaged)
        lines << (keptAs.isEmpty() ? QCoreApplication::translate(
                                         "portique::privacy::ReplayReport",
                                         "The forget ledger is damaged (%1). A new one was started; an alert was raised for the DPO.")
                                         .arg(damage)
                                   : QCoreApplication::translate(
                                         "portique::privacy::ReplayReport",
                                         "The forget ledger is damaged (%1). It was kept as %2 for the DPO, and a new one holds its %3 "
                                         "verified line(s); an alert was raised.")
                                         .arg(damage, QDir::toNativeSeparators(keptAs))
                                         .arg(ledgerEntries));
    if (!flushError.isEmpty())
        lines << flushError;
    return lines.join(u'\n');
}

QJsonObject ReplayReport::toJson() const
{
    return {{QStringLiteral("erased"), erased},
            {QStringLiteral("revoked"), revoked},
            {QStringLiteral("checked_out"), checkedOut},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("failed"), int(failures.size())},
            {QStringLiteral("ledger_entries"), ledgerEntries},
            {QStringLiteral("flushed"), flushed},
            {QStringLiteral("damaged"), damaged}};
}

ReplayReport replayForgetLedger(storage::Database &database, const common::Clock &clock)
{
    ReplayReport report;
    ForgetLedger ledger(database);
    LedgerRead read = ledger.read();
    if (read.damaged) {
        report.damaged = true;
        report.damage = read.problem;
        try {
            report.keptAs = ledger.repair(read);
        } catch (const std::runtime_error &error) {
            report.failures << QString::fromUtf8(error.what());
        }
        // Counts and place only: what the lines said is not known, and would be hashes anyway.
        AuditLog audit(database, clock);
        database.transaction([&] {
            AlertStore(database, audit, clock).raise(QStringLiteral("forget_ledger_damaged"), QString(), 0, QString(), read.problem);
            audit.append(systemActor, QString(ledgerDamagedAuditAction), QString(),
                         {{QStringLiteral("verified_lines"), qint64(read.entries.size())},
                          {QStringLiteral("first_bad_line"), read.firstBadLine},
                          {QStringLiteral("kept_as"), QFileInfo(report.keptAs).fileName()}});
        });
    }
    const LedgerFlush flushed = ledger.flush();
    report.flushed = flushed.written;
    report.flushError = flushed.error;
    if (flushed.written > 0 || !report.keptAs.isEmpty())
        read = ledger.read();
    report.ledgerEntries = qint64(read.entries.size());

    QHash<QByteArray, QDateTime> erasedAt;
    QSet<QByteArray> revokedTags;
    QSet<QByteArray> withdrawnTags;
    for (const ForgetEntry &entry : read.entries) {
        if (entry.kind == ForgetKind::Revocation) {
            revokedTags.insert(entry.tag);
        } else if (entry.kind == ForgetKind::Withdrawal) {
            withdrawnTags.insert(entry.tag);
        } else {
            QDateTime &latest = erasedAt[entry.tag];
            latest = std::max(latest, entry.at);
        }
    }
    if (erasedAt.isEmpty() && revokedTags.isEmpty() && withdrawnTags.isEmpty())
        return report;

    Services services(database, clock);
    auto attempt = [&](const auto &work, const QString &what) {
        try {
            work();
            return true;
        } catch (const storage::StorageError &error) {
            if (error.kind() == storage::StorageErrorKind::CleanupIncomplete)
                return true; // done and committed; only the WAL still holds copies until the next fold
            report.failures << tr("%1: %2").arg(what, error.message());
        } catch (const std::exception &error) {
            report.failures << tr("%1: %2").arg(what, QString::fromUtf8(error.what()));
        }
        return false;
    };
    // Passes first: an erased visitor must have left before their erasure is done again.
    if (!revokedTags.isEmpty()) {
        storage::Statement onSite = database.prepare(QStringLiteral("SELECT id, pass_serial FROM visitors WHERE departed_at IS NULL"));
        QStringList leaving;
        while (onSite.next()) {
            if (revokedTags.contains(ledger.tag(ForgetKind::Revocation, onSite.toText(1))))
                leaving.append(onSite.toText(0));
        }
        for (const QString &id : std::as_const(leaving)) {
            if (attempt([&] { services.visitors.checkOut(id, visitors::Departure::Automatic, systemActor); },
                        tr("Visitor %1 could not be checked out again").arg(id)))
                ++report.checkedOut;
        }
        for (const QString &serial : column(database, QStringLiteral("SELECT serial FROM credentials WHERE revoked_at IS NULL"))) {
            if (revokedTags.contains(ledger.tag(ForgetKind::Revocation, serial))
                && attempt([&] { services.credentials.revoke(serial, QStringLiteral("restored_revocation"), systemActor); },
                           tr("Badge %1 could not be revoked again").arg(serial)))
                ++report.revoked;
        }
    }
    // Withdrawals: a badge the ledger says was decided badge-only but the database still sends to
    // the face lane. Its holder's consent is withdrawn again (template deleted), or, when the copy
    // holds no consent in force, only the badges are made badge-only again.
    if (!withdrawnTags.isEmpty()) {
        QSet<QString> holders;
        storage::Statement faceLane =
            database.prepare(QStringLiteral("SELECT serial, person_id FROM credentials WHERE revoked_at IS NULL AND architecture <> 0"));
        while (faceLane.next()) {
            if (withdrawnTags.contains(ledger.tag(ForgetKind::Withdrawal, faceLane.toText(0))))
                holders.insert(faceLane.toText(1));
        }
        for (const QString &personId : std::as_const(holders)) {
            if (attempt(
                    [&] {
                        if (services.consents.current(personId))
                            services.enrolments.withdrawConsent(personId, systemActor);
                        else
                            services.credentials.recordWithdrawal(personId);
                    },
                    tr("A withdrawn consent could not be withdrawn again")))
                ++report.withdrawn;
        }
    }
    if (!erasedAt.isEmpty()) {
        QStringList ids = restoredErased(database, ledger, erasedAt, QStringLiteral("SELECT id, created_at FROM people"));
        const QStringList visitorIds = restoredErased(database, ledger, erasedAt, QStringLiteral("SELECT id, arrived_at FROM visitors"));
        for (const QString &id : visitorIds) {
            // Normally checked out above (an erasure needs the visitor gone); a check-out older than
            // the ledger is not in it.
            const std::optional<visitors::Visitor> visitor = services.visitors.find(id);
            if (visitor && visitor->onSite())
                attempt([&] { services.visitors.checkOut(id, visitors::Departure::Automatic, systemActor); },
                        tr("An erased visitor could not be checked out again"));
        }
        ids += visitorIds;
        for (const QString &id : std::as_const(ids)) {
            // The failure message never names the subject: they were erased. The count says enough.
            if (attempt([&] { Erasure(database, clock).erase(id, systemActor); }, tr("An erasure could not be done again")))
                ++report.erased;
        }
    }
    if (report.replayed()) {
        database.transaction([&] {
            report.auditSeq = services.audit.append(systemActor, QString(restoreReplayAuditAction), QString(), report.toJson());
            services.alerts.raise(QStringLiteral("restore_replay"), QString(), 0, QString(),
                                  QStringLiteral("erased=%1 revoked=%2 checked_out=%3 withdrawn=%4 failed=%5")
                                      .arg(report.erased)
                                      .arg(report.revoked)
                                      .arg(report.checkedOut)
                                      .arg(report.withdrawn)
                                      .arg(report.failures.size()));
        });
    }
    return report;
}

} // namespace portique::privacy
