// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The readable document of a subject access export (writeSubjectPdf, renderSubjectPages): the
// records of SubjectExport::data laid out in the interface language. Split from subjectexport.cpp,
// which collects them.
#include "subjectexport.h"

#include "access/decision.h"
#include "access/eventstore.h"
#include "access/printlayout.h"
#include "alertstore.h"
#include "auditactions.h"
#include "common/isotime.h"
#include "people/importfile.h"
#include "people/peoplestore.h"
#include "reports/reportcanvas.h"
#include "reports/reportrender.h"
#include "subjectrights.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace portique::privacy {
namespace {

// The same context as subjectexport.cpp: the document's words were translated there.
QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

QString when(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("—");
    if (text.size() == 10)
        return QLocale().toString(common::parseIsoDate(text), QLocale::ShortFormat);
    return QLocale().toString(common::parseIsoTime(text).toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString text(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("—");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toString().isEmpty() ? tr("—") : value.toString();
}

QString shortSerial(const QJsonValue &value)
{
    const QString serial = value.toString();
    return serial.size() > 8 ? serial.left(8) + QStringLiteral("…") : serial;
}

QString architectureLabel(const QJsonValue &value)
{
    switch (value.toInt()) {
    case 1:
        return tr("Face lane, template in the badge (type 1)");
    case 2:
        return tr("Face lane, template in the station sealed by the badge (type 2)");
    default:
        return tr("Badge only");
    }
}

QString methodLabel(const QString &method)
{
    if (method == u"scanner")
        return tr("Badge scanner");
    if (method == u"camera_qr")
        return tr("Code read by the camera");
    if (method == u"typed")
        return tr("Code typed by the agent");
    return tr("Entered by the agent");
}

QString channelLabel(const QString &channel)
{
    return channel == u"paper" ? tr("Paper form") : tr("In person at the desk");
}

QString sourceLabel(const QString &source)
{
    if (source == u"siecle")
        return tr("SIECLE (the school's student records)");
    if (source == u"csv")
        return tr("Staff list");
    return tr("Entered at the desk");
}

QString reasonsLabel(const QString &reasons)
{
    QStringList words;
    for (const QString &reason : reasons.split(u',', Qt::SkipEmptyParts))
        words << access::reasonText(reason.trimmed());
    return words.isEmpty() ? tr("—") : words.join(QStringLiteral("; "));
}

QString overrideLabelOf(const QString &reason)
{
    const std::optional<access::OverrideReason> known = access::overrideReasonFromId(reason);
    return known ? access::overrideReasonLabel(*known) : reason;
}

QList<QJsonObject> rowsIn(const SubjectExport &exported, const QString &table)
{
    QList<QJsonObject> rows;
    for (const QJsonValue &row : exported.data.value(QStringLiteral("records")).toObject().value(table).toArray())
        rows << row.toObject();
    return rows;
}

void personSections(reports::ReportCanvas &canvas, const SubjectExport &exported)
{
    const QList<QJsonObject> people = rowsIn(exported, QStringLiteral("people"));
    if (!people.isEmpty()) {
        const QJsonObject &p = people.first();
        const std::optional<people::PersonKind> kind = people::kindFromId(p.value(QStringLiteral("kind")).toString());
        canvas.section(tr("Identity"));
        canvas.table({tr("Item"), tr("Held")},
                     {{tr("Number"), text(p.value(QStringLiteral("id")))},
                      {tr("Kind"), kind ? people::kindLabel(*kind) : text(p.value(QStringLiteral("kind")))},
                      {tr("Family name"), text(p.value(QStringLiteral("family_name")))},
                      {tr("First name"), text(p.value(QStringLiteral("first_name")))},
                      {tr("Class"), text(p.value(QStringLiteral("class_name")))},
                      {tr("Date of birth"), when(p.value(QStringLiteral("birth_date")))},
                      {tr("Left the school on"), when(p.value(QStringLiteral("left_on")))},
                      {tr("Source"), sourceLabel(p.value(QStringLiteral("source")).toString())},
                      {tr("Recorded on"), when(p.value(QStringLiteral("created_at")))},
                      {tr("Last updated on"), when(p.value(QStringLiteral("updated_at")))},
                      {tr("Processing restricted"), p.value(QStringLiteral("restricted_at")).isNull()
                                                        ? tr("No")
                                                        : tr("Since %1").arg(when(p.value(QStringLiteral("restricted_at"))))}},
                     {0.35, 0.65});
    }
    // Which fields the DPO corrected at the person's request (their values are those above).
    QList<QStringList> rectified;
    for (const QJsonObject &r : rowsIn(exported, QStringLiteral("rectified_fields")))
        rectified << QStringList{SubjectRights::fieldLabel(r.value(QStringLiteral("field")).toString()),
                                 when(r.value(QStringLiteral("rectified_at"))), text(r.value(QStringLiteral("rectified_by")))};
    if (!rectified.isEmpty()) {
        canvas.section(tr("Rectifications"));
        canvas.table({tr("Field"), tr("Rectified on"), tr("By")}, rectified, {0.4, 0.35, 0.25});
    }
    canvas.section(tr("Legal representatives"));
    QList<QStringList> guardians;
    for (const QJsonObject &g : rowsIn(exported, QStringLiteral("guardians")))
        guardians << QStringList{text(g.value(QStringLiteral("family_name"))) + u' ' + text(g.value(QStringLiteral("first_name"))),
                                 people::relationshipLabel(g.value(QStringLiteral("relationship")).toString())};
    if (guardians.isEmpty())
        canvas.paragraph(tr("None recorded."), true);
    else
        canvas.table({tr("Name"), tr("Relationship")}, guardians, {0.6, 0.4});

    canvas.section(tr("Badges"));
    QList<QStringList> badges;
    for (const QJsonObject &c : rowsIn(exported, QStringLiteral("credentials")))
        badges << QStringList{
            shortSerial(c.value(QStringLiteral("serial"))),
            architectureLabel(c.value(QStringLiteral("architecture"))),
            when(c.value(QStringLiteral("issued_on"))),
            when(c.value(QStringLiteral("expires_on"))),
            text(c.value(QStringLiteral("issued_by"))),
            c.value(QStringLiteral("revoked_at")).isNull()
                ? tr("Valid")
                : tr("Revoked %1 (%2)").arg(when(c.value(QStringLiteral("revoked_at"))), text(c.value(QStringLiteral("revoke_reason"))))};
    if (badges.isEmpty())
        canvas.paragraph(tr("No badge was issued."), true);
    else
        canvas.table({tr("Badge"), tr("Type"), tr("Issued"), tr("Valid until"), tr("By"), tr("State")}, badges,
                     {0.12, 0.3, 0.12, 0.12, 0.1, 0.24});

    canvas.section(tr("Consents"));
    QList<QStringList> consents;
    for (const QJsonObject &c : rowsIn(exported, QStringLiteral("consents"))) {
        const QString guardian = c.value(QStringLiteral("guardian_name")).toString();
        consents << QStringList{
            when(c.value(QStringLiteral("given_at"))), architectureLabel(c.value(QStringLiteral("architecture"))),
            text(c.value(QStringLiteral("given_by"))) + (guardian.isEmpty() ? QString() : QStringLiteral(", ") + guardian),
            channelLabel(c.value(QStringLiteral("channel")).toString()) + QStringLiteral(" — ") + text(c.value(QStringLiteral("agent"))),
            c.value(QStringLiteral("withdrawn_at")).isNull() ? tr("In force")
                                                             : tr("Withdrawn %1").arg(when(c.value(QStringLiteral("withdrawn_at"))))};
    }
    if (consents.isEmpty())
        canvas.paragraph(tr("No consent was recorded: badge only."), true);
    else
        canvas.table({tr("Given"), tr("For"), tr("By"), tr("How, agent"), tr("State")}, consents, {0.16, 0.3, 0.22, 0.16, 0.16});

    canvas.section(tr("Face template"));
    canvas.paragraph(exported.data.value(QStringLiteral("face_template_held")).toBool()
                         ? tr("The station holds a face template of this person, sealed so that it opens only with their badge (type 2). "
                              "It is not reproduced here.")
                         : tr("The station holds no face template of this person. A type 1 badge carries its own sealed template in its "
                              "code; the station keeps no copy."));

    canvas.section(tr("Enrolment attempts"));
    QList<QStringList> enrolments;
    for (const QJsonObject &e : rowsIn(exported, QStringLiteral("enrolments")))
        enrolments << QStringList{when(e.value(QStringLiteral("at"))),
                                  e.value(QStringLiteral("outcome")).toString() == u"enrolled" ? tr("Enrolled") : tr("Failed"),
                                  text(e.value(QStringLiteral("reason"))), text(e.value(QStringLiteral("capture"))),
                                  text(e.value(QStringLiteral("agent")))};
    if (enrolments.isEmpty())
        canvas.paragraph(tr("None."), true);
    else
        canvas.table({tr("When"), tr("Outcome"), tr("Reason"), tr("Capture"), tr("Agent")}, enrolments, {0.2, 0.15, 0.3, 0.15, 0.2});
}

void visitorSections(reports::ReportCanvas &canvas, const SubjectExport &exported)
{
    const QList<QJsonObject> visits = rowsIn(exported, QStringLiteral("visitors"));
    if (!visits.isEmpty()) {
        const QJsonObject &v = visits.first();
        canvas.section(tr("Visit"));
        canvas.table(
            {tr("Item"), tr("Held")},
            {{tr("Number"), text(v.value(QStringLiteral("id")))},
             {tr("Name"), text(v.value(QStringLiteral("name")))},
             {tr("Organisation"), text(v.value(QStringLiteral("organisation")))},
             {tr("Visiting"), text(v.value(QStringLiteral("host")))},
             {tr("Purpose"), text(v.value(QStringLiteral("purpose")))},
             {tr("Arrived"), when(v.value(QStringLiteral("arrived_at")))},
             {tr("Expected departure"), when(v.value(QStringLiteral("expected_departure")))},
             {tr("Left"), when(v.value(QStringLiteral("departed_at")))},
             // Stored separated by the unit separator (visitorservice.cpp), shown as a list.
             {tr("Zones allowed"),
              text(v.value(QStringLiteral("zones")).toString().split(QChar(0x1f), Qt::SkipEmptyParts).join(QStringLiteral(", ")))},
             {tr("Followed by the indoor cameras"), v.value(QStringLiteral("tracking")).toInt() ? tr("Yes, with consent") : tr("No")},
             {tr("Registered by"), text(v.value(QStringLiteral("registered_by")))}},
            {0.35, 0.65});
    }
    canvas.section(tr("Face template"));
    canvas.paragraph(exported.data.value(QStringLiteral("face_template_held")).toBool()
                         ? tr("The station holds a sealed face template of this visitor while on site; it is deleted at check-out.")
                         : tr("The station holds no face template of this visitor."));
    canvas.section(tr("Sightings by the indoor cameras"));
    QList<QStringList> sightings;
    for (const QJsonObject &s : rowsIn(exported, QStringLiteral("sightings")))
        sightings << QStringList{when(s.value(QStringLiteral("at"))), text(s.value(QStringLiteral("camera"))),
                                 text(s.value(QStringLiteral("zone")))};
    if (sightings.isEmpty())
        canvas.paragraph(tr("None."), true);
    else
        canvas.table({tr("When"), tr("Camera"), tr("Zone")}, sightings, {0.3, 0.35, 0.35});
}

void paintSubject(reports::ReportCanvas &canvas, const SubjectExport &exported)
{
    canvas.title(tr("Subject access — %1").arg(exported.displayName),
                 tr("Everything Portique holds about %1 (%2) on %3, for %4")
                     .arg(exported.displayName, exported.subjectId,
                          QLocale().toString(exported.generatedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                          exported.generatedBy));
    canvas.paragraph(
        exported.kind == SubjectKind::Person
            ? tr("This document lists every record the school's Portique station holds about this person. The same records are "
                 "in the JSON file that comes with it, every field included.")
            : tr("This document lists every record the school's Portique station holds about this visitor. The same records "
                 "are in the JSON file that comes with it, every field included."));
    if (exported.kind == SubjectKind::Person)
        personSections(canvas, exported);
    else
        visitorSections(canvas, exported);

    canvas.section(tr("Passages at the gate"));
    QHash<qint64, QJsonObject> overrides;
    for (const QJsonObject &o : rowsIn(exported, QStringLiteral("overrides")))
        overrides.insert(o.value(QStringLiteral("event_id")).toInteger(), o);
    QList<QStringList> passages;
    for (const QJsonObject &e : rowsIn(exported, QStringLiteral("access_events"))) {
        const auto o = overrides.constFind(e.value(QStringLiteral("id")).toInteger());
        passages << QStringList{when(e.value(QStringLiteral("at"))),
                                text(e.value(QStringLiteral("lane"))),
                                methodLabel(e.value(QStringLiteral("method")).toString())
                                    + (e.value(QStringLiteral("face_lane")).toInt() ? tr(", face lane") : QString()),
                                reports::outcomeLabel(e.value(QStringLiteral("outcome")).toString()),
                                reasonsLabel(e.value(QStringLiteral("reasons")).toString()),
                                o == overrides.cend() ? tr("—")
                                                      : tr("%1 by %2: %3")
                                                            .arg(reports::outcomeLabel(o->value(QStringLiteral("outcome")).toString()),
                                                                 text(o->value(QStringLiteral("agent"))),
                                                                 overrideLabelOf(o->value(QStringLiteral("reason")).toString()))};
    }
    if (passages.isEmpty())
        canvas.paragraph(tr("None."), true);
    else
        canvas.table({tr("When"), tr("Lane"), tr("How"), tr("Decision"), tr("Why"), tr("Agent's override")}, passages,
                     {0.15, 0.1, 0.18, 0.12, 0.2, 0.25});

    canvas.section(tr("Alerts"));
    QList<QStringList> alerts;
    for (const QJsonObject &a : rowsIn(exported, QStringLiteral("alerts"))) {
        const QString kind = a.value(QStringLiteral("kind")).toString();
        // An overstay's details are the expected departure; a restricted zone's, the zone; a
        // refused code's, the reason.
        const QString details = kind == u"overstay"          ? when(a.value(QStringLiteral("details")))
                                : kind == u"restricted_zone" ? text(a.value(QStringLiteral("details")))
                                                             : access::reasonText(a.value(QStringLiteral("details")).toString());
        alerts << QStringList{when(a.value(QStringLiteral("at"))), alertKindLabel(kind), text(a.value(QStringLiteral("lane"))), details,
                              a.value(QStringLiteral("acknowledged_at")).isNull()
                                  ? tr("Open")
                                  : tr("%1 by %2: %3")
                                        .arg(when(a.value(QStringLiteral("acknowledged_at"))),
                                             text(a.value(QStringLiteral("acknowledged_by"))), text(a.value(QStringLiteral("note"))))};
    }
    if (alerts.isEmpty())
        canvas.paragraph(tr("None."), true);
    else
        canvas.table({tr("When"), tr("Alert"), tr("Where"), tr("Details"), tr("Handled")}, alerts, {0.15, 0.17, 0.12, 0.2, 0.36});

    canvas.section(exported.kind == SubjectKind::Person ? tr("Audit trail records about this person")
                                                        : tr("Audit trail records about this visitor"));
    QList<QStringList> audit;
    for (const QJsonValue &value : exported.data.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject r = value.toObject();
        audit << QStringList{when(r.value(QStringLiteral("at"))), text(r.value(QStringLiteral("actor"))),
                             auditActionLabel(r.value(QStringLiteral("action")).toString())};
    }
    if (audit.isEmpty())
        canvas.paragraph(tr("None."), true);
    else
        canvas.table({tr("When"), tr("Who"), tr("What")}, audit, {0.25, 0.25, 0.5});

    canvas.section(tr("How long each is kept"));
    QList<QStringList> periods;
    for (const QJsonValue &value : exported.data.value(QStringLiteral("retention")).toArray()) {
        const QJsonObject r = value.toObject();
        periods << QStringList{r.value(QStringLiteral("label")).toString(), r.value(QStringLiteral("rule")).toString()};
    }
    canvas.table({tr("Data"), tr("Kept")}, periods, {0.4, 0.6});

    const QJsonObject info = exported.data.value(QStringLiteral("information")).toObject();
    canvas.section(tr("Why, for whom, and your rights"));
    for (const QJsonValue &purpose : info.value(QStringLiteral("purposes")).toArray())
        canvas.paragraph(QStringLiteral("• ") + purpose.toString());
    canvas.paragraph(info.value(QStringLiteral("recipients")).toString());
    canvas.paragraph(info.value(QStringLiteral("source")).toString());
    canvas.paragraph(info.value(QStringLiteral("rights")).toString());
}

QString documentTitle(const SubjectExport &exported)
{
    return tr("Portique — subject access — %1").arg(exported.subjectId);
}

} // namespace

void writeSubjectPdf(const QString &path, const SubjectExport &exported)
{
    const QString title = documentTitle(exported);
    reports::writeCanvasPdf(path, title, tr("Cannot write the subject access document %1: %2"),
                            [&](reports::ReportCanvas &canvas) { paintSubject(canvas, exported); });
}

QList<QImage> renderSubjectPages(const SubjectExport &exported, int dpi)
{
    return reports::renderCanvasPages(dpi, documentTitle(exported), [&](reports::ReportCanvas &canvas) { paintSubject(canvas, exported); });
}

} // namespace portique::privacy
