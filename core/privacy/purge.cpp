// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "purge.h"

#include "consentlapse.h"
#include "erasure.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

/// Every table a run reports on, in the order of the report.
const QStringList &reportTables()
{
    static const QStringList tables{QStringLiteral("consent_lapses"), QStringLiteral("alerts_closed"),     QStringLiteral("people"),
                                    QStringLiteral("access_events"),  QStringLiteral("overrides"),         QStringLiteral("alerts"),
                                    QStringLiteral("visitors"),       QStringLiteral("visitor_templates"), QStringLiteral("sightings"),
                                    QStringLiteral("consents"),       QStringLiteral("enrolments"),        QStringLiteral("face_templates"),
                                    QStringLiteral("credentials"),    QStringLiteral("camera_outages"),    QStringLiteral("output_files"),
                                    QStringLiteral("audit_log")};
    return tables;
}

/// One table's rule as SQL: the rows out of their period and not in use, and those out of their
/// period but kept because in use. ?1, ?2 are @c values.
struct Stage {
    QString table;
    QString where;
    QString heldWhere; ///< empty: nothing is ever held
    QVariantList values;
};

/// In the order they run: alerts before passages (a passage an alert still points at is kept,
/// and deleting it would take the alert with it), traces before their visitors.
std::vector<Stage> stagesFor(const RetentionCutoffs &c)
{
    // What stays of a table an earlier stage purges, so that a dry run counts what the real run,
    // stage after stage, deletes: the alerts this run keeps, the face templates it keeps.
    const QString alertedEvents = QStringLiteral("SELECT event_id FROM alerts WHERE event_id IS NOT NULL AND at >= ?2");
    const QString boundSerials = QStringLiteral("SELECT credential_serial FROM face_templates WHERE person_id NOT IN "
                                                "(SELECT id FROM people WHERE left_on IS NOT NULL AND left_on <= ?3)");
    const QString leftBy = QStringLiteral("SELECT id FROM people WHERE left_on IS NOT NULL AND left_on <= ?1");
    const QString pastVisits = QStringLiteral("SELECT id FROM visitors WHERE departed_at IS NOT NULL OR arrived_at < ?1");
    return {
        // Every alert past its period: one still open was closed when the run started (issue 15).
        {QStringLiteral("alerts"), QStringLiteral("at < ?1"), QString(), {common::isoTime(c.alertsBefore)}},
        {QStringLiteral("access_events"),
         QStringLiteral("at < ?1 AND id NOT IN (%1)").arg(alertedEvents),
         QStringLiteral("at < ?1 AND id IN (%1)").arg(alertedEvents),
         {common::isoTime(c.accessEventsBefore), common::isoTime(c.alertsBefore)}},
        {QStringLiteral("visitor_templates"),
         QStringLiteral("visitor_id IN (%1)").arg(pastVisits),
         QString(),
         {common::isoTime(c.visitorTracesBefore)}},
        {QStringLiteral("sightings"),
         QStringLiteral("at < ?1 OR visitor_id IN (%1)").arg(pastVisits),
         QString(),
         {common::isoTime(c.visitorTracesBefore)}},
        {QStringLiteral("visitors"),
         QStringLiteral("departed_at IS NOT NULL AND departed_at < ?1"),
         QStringLiteral("departed_at IS NULL AND arrived_at < ?1"),
         {common::isoTime(c.visitorsDepartedBefore)}},
        {QStringLiteral("consents"),
         QStringLiteral("person_id IN (%1)").arg(leftBy),
         QString(),
         {common::isoDate(c.leaversLeftOnOrBefore)}},
        {QStringLiteral("enrolments"),
         QStringLiteral("person_id IN (%1)").arg(leftBy),
         QString(),
         {common::isoDate(c.leaversLeftOnOrBefore)}},
        {QStringLiteral("face_templates"),
         QStringLiteral("person_id IN (%1)").arg(leftBy),
         QString(),
         {common::isoDate(c.templatesLeftOnOrBefore)}},
        // A badge a type-2 template is bound to stays while the template does (the template goes
        // with its consent or the person's departure, above).
        {QStringLiteral("credentials"),
         QStringLiteral("(revoked_at < ?1 OR expires_on < ?2) AND serial NOT IN (%1)").arg(boundSerials),
         QStringLiteral("(revoked_at < ?1 OR expires_on < ?2) AND serial IN (%1)").arg(boundSerials),
         {common::isoTime(c.credentialsRevokedBefore), common::isoDate(c.credentialsExpiredBefore),
          common::isoDate(c.templatesLeftOnOrBefore)}},
        {QStringLiteral("camera_outages"),
         QStringLiteral("ended_at IS NOT NULL AND ended_at < ?1"),
         QStringLiteral("ended_at IS NULL AND started_at < ?1"),
         {common::isoTime(c.cameraOutagesEndedBefore)}},
        // The output log's entries (and, by cascade, whom each file concerned): privacy/outputlog.h.
        {QStringLiteral("output_files"), QStringLiteral("written_at < ?1"), QString(), {common::isoTime(c.outputFilesBefore)}},
    };
}

storage::Statement prepared(storage::Database &database, const QString &sql, const QVariantList &values)
{
    storage::Statement statement = database.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values.at(i));
    return statement;
}

qint64 countWhere(storage::Database &database, const QString &table, const QString &where, const QVariantList &values)
{
    if (where.isEmpty())
        return 0;
    storage::Statement count = prepared(database, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), values);
    return count.next() ? count.toInt64(0) : 0;
}

PurgeCount &countOf(PurgeReport &report, const QString &table)
{
    for (PurgeCount &count : report.counts) {
        if (count.table == table)
            return count;
    }
    report.counts.append({table, 0, 0});
    return report.counts.last();
}

} // namespace

qint64 PurgeReport::deleted(const QString &table) const
{
    for (const PurgeCount &count : counts) {
        if (count.table == table)
            return count.deleted;
    }
    return 0;
}

qint64 PurgeReport::held(const QString &table) const
{
    for (const PurgeCount &count : counts) {
        if (count.table == table)
            return count.held;
    }
    return 0;
}

qint64 PurgeReport::totalDeleted() const
{
    qint64 total = 0;
    for (const PurgeCount &count : counts)
        total += count.deleted;
    return total;
}

QJsonObject PurgeReport::toJson() const
{
    QJsonObject deletedJson;
    QJsonObject heldJson;
    for (const PurgeCount &count : counts) {
        deletedJson.insert(count.table, count.deleted);
        heldJson.insert(count.table, count.held);
    }
    return {{QStringLiteral("dry_run"), dryRun},     {QStringLiteral("at"), common::isoTime(at)},
            {QStringLiteral("actor"), actor},        {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("batches"), batches},    {QStringLiteral("longest_batch_ms"), longestBatchMs},
            {QStringLiteral("audit_seq"), auditSeq}, {QStringLiteral("deleted"), deletedJson},
            {QStringLiteral("held"), heldJson},      {QStringLiteral("total_deleted"), totalDeleted()}};
}

PurgeReport PurgeReport::fromAudit(const QDateTime &at, const QString &actor, qint64 seq, const QJsonObject &details)
{
    PurgeReport report;
    report.at = at;
    report.actor = actor;
    report.auditSeq = seq;
    report.batches = details.value(QStringLiteral("batches")).toInt();
    report.elapsedMs = details.value(QStringLiteral("elapsed_ms")).toInteger();
    const QJsonObject deleted = details.value(QStringLiteral("deleted")).toObject();
    const QJsonObject held = details.value(QStringLiteral("held")).toObject();
    for (const QString &table : reportTables())
        report.counts.append({table, deleted.value(table).toInteger(), held.value(table).toInteger()});
    return report;
}

QString purgeTableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("consent_lapses"), QT_TRANSLATE_NOOP("portique::privacy", "Face-lane consents that lapsed (now badge only)")},
        {QStringLiteral("alerts_closed"), QT_TRANSLATE_NOOP("portique::privacy", "Open alerts closed at the end of their period")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("portique::privacy", "People who left, erased")},
        {QStringLiteral("access_events"), QT_TRANSLATE_NOOP("portique::privacy", "Passages")},
        {QStringLiteral("overrides"), QT_TRANSLATE_NOOP("portique::privacy", "Overrides")},
        {QStringLiteral("alerts"), QT_TRANSLATE_NOOP("portique::privacy", "Alerts")},
        {QStringLiteral("visitors"), QT_TRANSLATE_NOOP("portique::privacy", "Visitor records")},
        {QStringLiteral("visitor_templates"), QT_TRANSLATE_NOOP("portique::privacy", "Visitor face templates")},
        {QStringLiteral("sightings"), QT_TRANSLATE_NOOP("portique::privacy", "Visitor sightings")},
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("portique::privacy", "Consents of people who left")},
        {QStringLiteral("enrolments"), QT_TRANSLATE_NOOP("portique::privacy", "Enrolment attempts of people who left")},
        {QStringLiteral("face_templates"), QT_TRANSLATE_NOOP("portique::privacy", "Face templates of people who left")},
        {QStringLiteral("credentials"), QT_TRANSLATE_NOOP("portique::privacy", "Revoked or expired badges")},
        {QStringLiteral("camera_outages"), QT_TRANSLATE_NOOP("portique::privacy", "Camera outages")},
        {QStringLiteral("output_files"), QT_TRANSLATE_NOOP("portique::privacy", "Output log entries (files written)")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("portique::privacy", "Audit records")},
    };
    const auto it = labels.constFind(table);
    return it == labels.cend() ? table : tr(it.value());
}

struct PurgeRun::State {
    RetentionCutoffs cutoffs;
    PurgeReport report;
    bool leaversDone = false;
    std::size_t stage = 0;
    bool finished = false;
    QElapsedTimer timer;
};

PurgeRun::PurgeRun()
    : m_state(std::make_unique<State>())
{
}
PurgeRun::~PurgeRun() = default;
PurgeRun::PurgeRun(PurgeRun &&) noexcept = default;
PurgeRun &PurgeRun::operator=(PurgeRun &&) noexcept = default;

bool PurgeRun::finished() const
{
    return m_state->finished;
}

const PurgeReport &PurgeRun::report() const
{
    return m_state->report;
}

struct Purge::Services {
    Services(storage::Database &database, const common::Clock &clock)
        : audit(database, clock)
        , settings(database, audit)
    {
    }
    AuditLog audit;
    station::SettingsStore settings;
};

Purge::Purge(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_services(std::make_unique<Services>(database, clock))
{
}

Purge::~Purge() = default;

PurgeReport Purge::run(bool dryRun, const QString &actor)
{
    PurgeRun run = start(dryRun, actor);
    while (step(run)) {
    }
    return run.report();
}

PurgeRun Purge::start(bool dryRun, const QString &actor)
{
    PurgeRun run;
    PurgeRun::State &state = *run.m_state;
    state.timer.start();
    state.cutoffs = retentionCutoffs(retentionRules(m_services->settings), m_clock.now());
    state.report.dryRun = dryRun;
    state.report.at = state.cutoffs.now;
    state.report.actor = actor;
    for (const QString &table : reportTables())
        state.report.counts.append({table, 0, 0});
    // Consents past their term end first (issue 15), so that the templates they leave go in this
    // run's own transaction and nothing waits for the next one. A handful of rows: one transaction.
    const std::vector<LapsedConsent> lapses = dryRun ? dueLapses(m_database, m_clock) : lapseConsents(m_database, m_clock, actor);
    countOf(state.report, QStringLiteral("consent_lapses")).deleted = qint64(lapses.size());
    // Nothing is kept forever (issue 15): an alert still open at the end of its period is closed
    // by the station, and deleted with the others by this run.
    const QString expiredOpen = QStringLiteral("acknowledged_at IS NULL AND at < ?1");
    const QVariantList alertsBefore{common::isoTime(state.cutoffs.alertsBefore)};
    qint64 &closed = countOf(state.report, QStringLiteral("alerts_closed")).deleted;
    if (dryRun) {
        closed = countWhere(m_database, QStringLiteral("alerts"), expiredOpen, alertsBefore);
    } else {
        m_database.transaction([&] {
            closed = m_database.execute(
                QStringLiteral("UPDATE alerts SET acknowledged_at = ?2, acknowledged_by = ?3, note = ?4 WHERE %1").arg(expiredOpen),
                {alertsBefore.front(), common::isoTime(state.cutoffs.now), actor,
                 QStringLiteral("closed at the end of its retention period")});
            if (closed > 0)
                m_services->audit.append(actor, QStringLiteral("alert.close_expired"), QString(),
                                         QJsonObject{{QStringLiteral("closed"), closed}});
        });
    }
    return run;
}

bool Purge::step(PurgeRun &run)
{
    PurgeRun::State &state = *run.m_state;
    if (state.finished)
        return false;
    QElapsedTimer batch;
    batch.start();
    PurgeReport &report = state.report;
    const std::vector<Stage> stages = stagesFor(state.cutoffs);
    if (!state.leaversDone) {
        // People who left, past their period: erased one by one as an erasure request erases
        // (privacy/erasure.h, each its own transaction and "subject.erase" record), a few per batch.
        // A restricted person (GDPR art. 18, often asked to keep the data for a claim) is held.
        QStringList due;
        const QString leftBy = QStringLiteral("left_on IS NOT NULL AND left_on <= ?1");
        const QVariantList cutoff{common::isoDate(state.cutoffs.leaversErasedLeftOnOrBefore)};
        storage::Statement select = prepared(m_database,
                                             QStringLiteral("SELECT id FROM people WHERE %1 AND restricted_at IS NULL "
                                                            "ORDER BY left_on, id LIMIT %2")
                                                 .arg(leftBy)
                                                 .arg(report.dryRun ? -1 : leaverErasuresPerBatch),
                                             cutoff);
        while (select.next())
            due << select.toText(0);
        if (!report.dryRun) {
            Erasure erasure(m_database, m_clock);
            for (const QString &personId : std::as_const(due))
                erasure.erase(personId, report.actor);
        }
        countOf(report, QStringLiteral("people")).deleted += due.size();
        state.leaversDone = report.dryRun || due.size() < leaverErasuresPerBatch;
        if (state.leaversDone)
            countOf(report, QStringLiteral("people")).held =
                countWhere(m_database, QStringLiteral("people"), leftBy + QStringLiteral(" AND restricted_at IS NOT NULL"), cutoff);
    } else if (state.stage < stages.size()) {
        const Stage &stage = stages[state.stage];
        bool stageDone = true;
        if (report.dryRun) {
            countOf(report, stage.table).deleted = countWhere(m_database, stage.table, stage.where, stage.values);
            if (stage.table == u"access_events")
                countOf(report, QStringLiteral("overrides")).deleted =
                    countWhere(m_database, QStringLiteral("overrides"),
                               QStringLiteral("event_id IN (SELECT id FROM access_events WHERE %1)").arg(stage.where), stage.values);
        } else {
            m_database.transaction([&] {
                QStringList rowids;
                {
                    storage::Statement select = prepared(
                        m_database,
                        QStringLiteral("SELECT rowid FROM %1 WHERE %2 LIMIT %3").arg(stage.table, stage.where, QString::number(batchRows)),
                        stage.values);
                    while (select.next())
                        rowids.append(QString::number(select.toInt64(0)));
                }
                if (rowids.isEmpty())
                    return;
                const QString list = rowids.join(u',');
                if (stage.table == u"access_events") // their overrides go with them (ON DELETE CASCADE)
                    countOf(report, QStringLiteral("overrides")).deleted +=
                        m_database.scalar(QStringLiteral("SELECT count(*) FROM overrides WHERE event_id IN (%1)").arg(list)).toLongLong();
                countOf(report, stage.table).deleted +=
                    m_database.execute(QStringLiteral("DELETE FROM %1 WHERE rowid IN (%2)").arg(stage.table, list));
                stageDone = rowids.size() < batchRows;
            });
        }
        if (stageDone) {
            countOf(report, stage.table).held = countWhere(m_database, stage.table, stage.heldWhere, stage.values);
            ++state.stage;
        }
    } else {
        // The audit trail, and the run's own record, in one transaction: the record names the
        // anchor where the trail now starts.
        AuditLog &audit = m_services->audit;
        if (report.dryRun) {
            countOf(report, QStringLiteral("audit_log")).deleted = audit.countDroppable(state.cutoffs.auditBefore);
        } else {
            m_database.transaction([&] {
                countOf(report, QStringLiteral("audit_log")).deleted = audit.dropOldest(state.cutoffs.auditBefore, auditRowsPerRun);
                QJsonObject deleted;
                QJsonObject held;
                for (const PurgeCount &count : std::as_const(report.counts)) {
                    deleted.insert(count.table, count.deleted);
                    held.insert(count.table, count.held);
                }
                QJsonObject details = audit.anchorDetails();
                details.insert(QStringLiteral("deleted"), deleted);
                details.insert(QStringLiteral("held"), held);
                details.insert(QStringLiteral("batches"), report.batches + 1);
                details.insert(QStringLiteral("elapsed_ms"), state.timer.elapsed());
                report.auditSeq = audit.append(report.actor, QString(purgeAuditAction), QString(), details);
            });
            // The WAL held older copies of the deleted rows' pages (Database::forgetDeleted).
            m_database.forgetDeleted();
        }
        state.finished = true;
    }
    ++report.batches;
    report.longestBatchMs = std::max(report.longestBatchMs, batch.elapsed());
    report.elapsedMs = state.timer.elapsed();
    return !state.finished;
}

std::vector<PurgeReport> Purge::history(int limit)
{
    std::vector<PurgeReport> runs;
    storage::Statement rows =
        m_database.prepare(QStringLiteral("SELECT seq, at, actor, details FROM audit_log WHERE action = ?1 ORDER BY seq DESC LIMIT ?2"));
    rows.bind(1, QString(purgeAuditAction)).bind(2, limit);
    while (rows.next())
        runs.push_back(PurgeReport::fromAudit(common::parseIsoTime(rows.toText(1)), rows.toText(2), rows.toInt64(0),
                                              QJsonDocument::fromJson(rows.toText(3).toUtf8()).object()));
    return runs;
}

} // namespace portique::privacy
