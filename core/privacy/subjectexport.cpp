// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectexport.h"

#include "access/decision.h"
#include "access/eventstore.h"
#include "access/printlayout.h"
#include "alertstore.h"
#include "auditactions.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/privatefiles.h"
#include "common/refusal.h"
#include "people/importfile.h"
#include "people/peoplestore.h"
#include "reports/reportcanvas.h"
#include "reports/reportrender.h"
#include "retention.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

/// Every column of @p table (PRAGMA table_info), in the table's order.
QStringList columnsOf(storage::Database &database, const QString &table)
{
    QStringList columns;
    storage::Statement info = database.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (info.next())
        columns.append(info.toText(1));
    return columns;
}

/// The rows of @p table, every column but the withheld ones, typed as SQLite stored them.
QJsonArray rowsOf(storage::Database &database, const SubjectTable &table)
{
    QStringList columns = columnsOf(database, table.table);
    for (const QString &withheld : table.withheldColumns)
        columns.removeAll(withheld);
    QStringList selected;
    for (const QString &column : std::as_const(columns))
        selected << QStringLiteral("typeof(%1)").arg(column) << column;
    QJsonArray rows;
    storage::Statement statement = prepareBound(
        database, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY rowid").arg(selected.join(u", "), table.table, table.where),
        table.values);
    while (statement.next()) {
        QJsonObject row;
        for (int c = 0; c < columns.size(); ++c) {
            const QString type = statement.toText(2 * c);
            const int value = 2 * c + 1;
            if (type == u"integer")
                row.insert(columns[c], statement.toInt64(value));
            else if (type == u"real")
                row.insert(columns[c], statement.toDouble(value));
            else if (type == u"text")
                row.insert(columns[c], statement.toText(value));
            else if (type == u"blob")
                row.insert(columns[c], QString::fromLatin1(statement.toBlob(value).toBase64()));
            else
                row.insert(columns[c], QJsonValue::Null);
        }
        rows.append(row);
    }
    return rows;
}

QJsonArray auditOf(storage::Database &database, const QList<qint64> &seqs)
{
    QJsonArray records;
    for (const qint64 seq : seqs) {
        storage::Statement one =
            database.prepare(QStringLiteral("SELECT at, actor, action, object, details FROM audit_log WHERE seq = ?1"));
        one.bind(1, seq);
        if (!one.next())
            continue;
        records.append(QJsonObject{{QStringLiteral("seq"), seq},
                                   {QStringLiteral("at"), one.toText(0)},
                                   {QStringLiteral("actor"), one.toText(1)},
                                   {QStringLiteral("action"), one.toText(2)},
                                   {QStringLiteral("object"), one.toText(3)},
                                   {QStringLiteral("details"), QJsonDocument::fromJson(one.toText(4).toUtf8()).object()}});
    }
    return records;
}

QJsonObject information(SubjectKind kind)
{
    // What art. 15 asks the controller to say besides the data: purposes, recipients, periods,
    // source, rights. The same words as the information notice at enrolment.
    QJsonArray purposes;
    if (kind == SubjectKind::Person) {
        purposes << tr("Control of entry to the school at the gate: badge or QR code, with a one-to-one face comparison only for those who "
                       "consented (face lane).")
                 << tr("Reports on the gate's working for the school's management and the declared experiment: counts, never a person's "
                       "movements.");
    } else {
        purposes << tr("Registration of visitors, their pass, and the list of people on site in case of evacuation.")
                 << tr("With the visitor's consent only: following the visitor inside the school with the indoor cameras while on site.");
    }
    return {
        {QStringLiteral("purposes"), purposes},
        {QStringLiteral("recipients"), tr("No one outside the station: the data stays on the school's station, read only by its "
                                          "reception agents, the principal (counts only) and the data protection officer.")},
        {QStringLiteral("source"), kind == SubjectKind::Person
                                       ? tr("The school's records (SIECLE or a staff list), the enrolment at the desk, and the gate.")
                                       : tr("The registration at the desk, the gate and the indoor cameras.")},
        {QStringLiteral("rights"), kind == SubjectKind::Visitor
                                       ? tr("Access, rectification, erasure, restriction and objection: ask the data protection officer. A "
                                            "complaint can be made to the CNIL (www.cnil.fr).")
                                       : tr("Ask the data protection officer for: access (this document); rectification of your names, "
                                            "class or birth date, which a later import of the school's lists keeps; erasure; "
                                            "restriction (your data kept but used for nothing else: the gate decides on your badge "
                                            "alone and you are left out of reports); objection (your consent to the face lane "
                                            "withdrawn at once, the same badge working badge-only). A complaint can be made to the "
                                            "CNIL (www.cnil.fr).")},
        {QStringLiteral("face_template"), tr("A face template is never exported, only whether the station holds one. With a type 1 "
                                             "badge the template is in your badge's code, not in the station.")}};
}

} // namespace

int SubjectExport::recordCount() const
{
    int count = 0;
    const QJsonObject records = data.value(QStringLiteral("records")).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        count += int(it.value().toArray().size());
    return count + int(data.value(QStringLiteral("audit")).toArray().size());
}

QByteArray SubjectExport::toJson() const
{
    return QJsonDocument(data).toJson(QJsonDocument::Indented);
}

SubjectAccess::SubjectAccess(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

std::vector<SubjectMatch> SubjectAccess::find(const QString &search, int limit)
{
    std::vector<SubjectMatch> matches;
    const QString needle = people::foldForSearch(search.trimmed());
    if (needle.isEmpty())
        return matches;
    const QDate today = m_clock.now().toLocalTime().date();
    for (const people::Person &person : people::PeopleStore(m_database).list({QString(), search.trimmed(), true, today})) {
        if (int(matches.size()) >= limit)
            return matches;
        matches.push_back({SubjectKind::Person, person.id, person.displayName(),
                           person.className.isEmpty() ? people::kindLabel(person.kind) : person.className});
    }
    storage::Statement rows = m_database.prepare(QStringLiteral("SELECT id, name, arrived_at FROM visitors ORDER BY arrived_at DESC"));
    while (rows.next() && int(matches.size()) < limit) {
        if (people::foldForSearch(rows.toText(1)).contains(needle) || people::foldForSearch(rows.toText(0)).contains(needle))
            matches.push_back(
                {SubjectKind::Visitor, rows.toText(0), rows.toText(1),
                 QCoreApplication::translate("portique::privacy::SubjectAccess", "Visitor, %1")
                     .arg(QLocale().toString(common::parseIsoTime(rows.toText(2)).toLocalTime().date(), QLocale::ShortFormat))});
    }
    return matches;
}

SubjectExport SubjectAccess::exportSubject(const QString &subjectId, const QString &actor)
{
    SubjectExport exported;
    m_database.transaction([&] {
        const std::optional<SubjectScope> scope = SubjectScope::resolve(m_database, subjectId);
        if (!scope)
            throw common::Refusal(
                QCoreApplication::translate("portique::privacy::SubjectAccess", "No person or visitor has the id %1.").arg(subjectId));
        AuditLog audit(m_database, m_clock);
        station::SettingsStore settings(m_database, audit);
        exported.kind = scope->kind();
        exported.subjectId = subjectId;
        exported.displayName = scope->displayName();
        exported.generatedAt = m_clock.now().toUTC();
        exported.generatedBy = actor;

        QJsonObject records;
        // Read in the order a person reads them: the record itself first, its details after.
        QList<SubjectTable> tables = scope->tables();
        std::reverse(tables.begin(), tables.end());
        for (const SubjectTable &table : std::as_const(tables))
            records.insert(table.table, rowsOf(m_database, table));
        const QString templates =
            scope->kind() == SubjectKind::Person ? QStringLiteral("face_templates") : QStringLiteral("visitor_templates");
        QJsonArray retention;
        for (const RetentionRule &rule : retentionRules(settings))
            retention.append(QJsonObject{{QStringLiteral("kind"), retentionKindId(rule.kind)},
                                         {QStringLiteral("label"), retentionKindLabel(rule.kind)},
                                         {QStringLiteral("days"), rule.days},
                                         {QStringLiteral("rule"), retentionRuleText(rule)}});
        exported.data = QJsonObject{
            {QStringLiteral("format"), QStringLiteral("portique-subject-export/1")},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("kind"), subjectKindId(scope->kind())},
                                                    {QStringLiteral("id"), subjectId},
                                                    {QStringLiteral("name"), scope->displayName()}}},
            {QStringLiteral("generated_at"), common::isoTime(exported.generatedAt)},
            {QStringLiteral("generated_by"), actor},
            {QStringLiteral("school"), QJsonObject{{QStringLiteral("name"), settings.value(station::settings::schoolName)},
                                                   {QStringLiteral("uai"), settings.value(station::settings::schoolUai)}}},
            {QStringLiteral("records"), records},
            {QStringLiteral("face_template_held"), !records.value(templates).toArray().isEmpty()},
            {QStringLiteral("withheld"),
             QCoreApplication::translate("portique::privacy::SubjectAccess", "Face templates (the sealed bytes) are never exported.")},
            {QStringLiteral("audit"), auditOf(m_database, scope->auditRecords(m_database))},
            {QStringLiteral("retention"), retention},
            {QStringLiteral("information"), information(scope->kind())},
        };
        audit.append(actor, QStringLiteral("subject.export"), subjectId, {{QStringLiteral("records"), exported.recordCount()}});
    });
    return exported;
}

QStringList writeSubjectFiles(const QString &folder, const SubjectExport &exported)
{
    if (!QDir().mkpath(folder))
        throw std::runtime_error(tr("Cannot create the folder %1.").arg(folder).toStdString());
    // The id may come from a school's file: keep it to a file name's safe characters.
    QString base = exported.subjectId;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString jsonPath = QDir(folder).filePath(base + QStringLiteral(".json"));
    const QString pdfPath = QDir(folder).filePath(base + QStringLiteral(".pdf"));
    // Personal data: readable by the station's user alone from the file's creation, like the
    // database (issue 17: the files used to be made 0600 only once written).
    const QString reason = common::writePrivateFile(jsonPath, exported.toJson());
    if (!reason.isEmpty())
        throw std::runtime_error(tr("Cannot write %1: %2").arg(jsonPath, reason).toStdString());
    writeSubjectPdf(pdfPath, exported);
    return {jsonPath, pdfPath};
}

} // namespace portique::privacy
