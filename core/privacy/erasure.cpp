// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "erasure.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "forgetledger.h"
#include "outputlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::privacy {
namespace {

// Every tr() of this file is inside a member of Erasure, so lupdate files the texts under that class:
// the run-time lookup must use the same context (tests/test_translations.cpp checks it).
QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy::Erasure", text);
}

/// Free text other rows may hold a name in: agents' notes, a visit's host and purpose, a
/// watchlist entry's details.
struct TextColumn {
    const char *table;
    const char *column;
};
constexpr TextColumn freeText[] = {
    {"overrides", "note"}, {"alerts", "note"}, {"visitors", "host"}, {"visitors", "purpose"}, {"watchlist", "details"},
};

/// What replaces a name or id in a note: the note keeps its sense ("badge de […]"), not the person.
const QString blanked = QStringLiteral("[…]");

/// The rows of @p column naming the subject (whole words of @p subject), with those words blanked.
QList<std::pair<qint64, QString>> scrubbed(storage::Database &database, const TextColumn &column, const QRegularExpression &subject)
{
    QList<std::pair<qint64, QString>> changed;
    storage::Statement rows = database.prepare(
        QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 <> ''").arg(QLatin1String(column.column), QLatin1String(column.table)));
    while (rows.next()) {
        QString value = rows.toText(1);
        if (value.contains(subject))
            changed.append({rows.toInt64(0), value.replace(subject, blanked)});
    }
    return changed;
}

} // namespace

qint64 ErasureReport::total() const
{
    qint64 sum = 0;
    for (const auto &[table, rows] : deleted)
        sum += rows;
    return sum;
}

QJsonObject ErasureReport::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, rows] : deleted)
        tables.insert(table, rows);
    return {{QStringLiteral("preview"), preview},
            {QStringLiteral("kind"), subjectKindId(kind)},
            {QStringLiteral("subject"), subjectId},
            {QStringLiteral("deleted"), tables},
            {QStringLiteral("total_deleted"), total()},
            {QStringLiteral("credentials_revoked"), credentialsRevoked},
            {QStringLiteral("audit_records_blanked"), auditRecordsBlanked},
            {QStringLiteral("notes_scrubbed"), notesScrubbed},
            {QStringLiteral("audit_seq"), auditSeq},
            {QStringLiteral("files_to_delete"), QJsonArray::fromStringList(filesToDelete)},
            // A preview writes nothing, so it says nothing of the ledger either.
            {QStringLiteral("forget_ledger"), preview                   ? QJsonValue(QStringLiteral("not_applicable"))
                                              : ledgerProblem.isEmpty() ? QJsonValue(QStringLiteral("written"))
                                                                        : QJsonValue(ledgerProblem)}};
}

Erasure::Erasure(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

ErasureReport Erasure::preview(const QString &subjectId)
{
    return run(subjectId, QString(), true);
}

ErasureReport Erasure::erase(const QString &subjectId, const QString &actor)
{
    ErasureReport report = run(subjectId, actor, false);
    // The commit appended the erasure to the forget ledger; when it could not, this try says why
    // (the line stays pending in the database for the next start).
    const LedgerFlush ledger = ForgetLedger(m_database).flush();
    report.ledgerProblem = ledger.error;
    // The WAL held older copies of the deleted rows' pages (Database::forgetDeleted).
    m_database.forgetDeleted();
    return report;
}

ErasureReport Erasure::run(const QString &subjectId, const QString &actor, bool preview)
{
    ErasureReport report;
    report.preview = preview;
    m_database.transaction([&] {
        const std::optional<SubjectScope> scope = SubjectScope::resolve(m_database, subjectId);
        if (!scope)
            throw common::Refusal(tr("No person or visitor has the id %1.").arg(subjectId));
        if (scope->kind() == SubjectKind::Visitor && scope->onSite())
            throw common::Refusal(tr("%1 is still on site: check them out before erasing their record.").arg(scope->displayName()));
        report.kind = scope->kind();
        report.subjectId = subjectId;
        report.displayName = preview ? scope->displayName() : QString();
        const QList<qint64> auditRecords = scope->auditRecords(m_database);
        report.auditRecordsBlanked = auditRecords.size();
        const QRegularExpression texts = wholeWordsPattern(scope->identifyingTexts());

        if (preview) {
            if (scope->kind() == SubjectKind::Person)
                report.credentialsRevoked = int(
                    m_database
                        .scalar(QStringLiteral("SELECT count(*) FROM credentials WHERE person_id = ?1 AND revoked_at IS NULL"), {subjectId})
                        .toLongLong());
            for (const SubjectTable &table : scope->tables()) {
                storage::Statement count = prepareBound(
                    m_database, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table.table, table.where), table.values);
                report.deleted.append({table.table, count.next() ? count.toInt64(0) : 0});
            }
            for (const TextColumn &column : freeText)
                report.notesScrubbed += int(scrubbed(m_database, column, texts).size());
            for (const WrittenFile &file : OutputLog(m_database, m_clock).filesOf(subjectId))
                report.filesToDelete.append(file.path);
            return;
        }

        // Revoked first: whatever happens to the rows, the badge no longer opens anything (and
        // once its row is gone it is refused as unknown).
        if (scope->kind() == SubjectKind::Person)
            report.credentialsRevoked = m_database.execute(
                QStringLiteral(
                    "UPDATE credentials SET revoked_at = ?2, revoke_reason = 'erased' WHERE person_id = ?1 AND revoked_at IS NULL"),
                {subjectId, common::isoTime(m_clock.now())});
        for (const SubjectTable &table : scope->tables())
            report.deleted.append(
                {table.table,
                 prepareBound(m_database, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.table, table.where), table.values).run()});
        for (const TextColumn &column : freeText) {
            for (const auto &[rowid, value] : scrubbed(m_database, column, texts)) {
                m_database.execute(
                    QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE rowid = ?1").arg(QLatin1String(column.table), QLatin1String(column.column)),
                    {rowid, value});
                ++report.notesScrubbed;
            }
        }
        for (const WrittenFile &file : OutputLog(m_database, m_clock).forget(subjectId, texts))
            report.filesToDelete.append(file.path);
        report.auditSeq = AuditLog(m_database, m_clock).appendErasure(actor, auditRecords);
        ForgetLedger(m_database).record(ForgetKind::Erasure, subjectId, m_clock);
    });
    return report;
}

} // namespace portique::privacy
