// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "aipd.h"

#include "access/printlayout.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "reports/reportcanvas.h"
#include "reports/reportrender.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "station/versions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPdfWriter>

#include <cmath>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

int countOf(storage::Database &database, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return int(database.scalar(sql, values).toLongLong());
}

/// A framed box the DPO writes in: the marker, what to write, ruled lines.
void toComplete(reports::ReportCanvas &canvas, const QString &prompt, int lines)
{
    const QFont marker = access::printFont(9.5, QFont::Bold);
    const QFont body = access::printFont(8.5);
    // About 100 characters a line at 8.5 pt across the text width, 4 mm a line.
    const double promptMm = prompt.isEmpty() ? 0.0 : 4.0 * std::ceil(double(prompt.size()) / 100.0) + 1.0;
    const double heightMm = 14.0 + promptMm + 7.0 * lines; // marker 9 mm, the lines, 5 mm below the last
    canvas.drawing(heightMm, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
        painter.save();
        QPen frame(access::printBandColour(), mm(0.5), Qt::DashLine);
        painter.setPen(frame);
        painter.setBrush(QColor(0xFF, 0xF8, 0xE6));
        painter.drawRect(rect.adjusted(mm(0.3), mm(0.3), -mm(0.3), -mm(0.3)));
        painter.setPen(access::printTextColour());
        painter.setFont(marker);
        const double x = rect.left() + mm(3);
        const double width = rect.width() - mm(6);
        painter.drawText(QRectF(x, rect.top() + mm(2), width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("✎ ") + aipdToComplete());
        double y = rect.top() + mm(9);
        if (!prompt.isEmpty()) {
            painter.setFont(body);
            painter.setPen(access::printSecondaryColour());
            painter.drawText(QRectF(x, y, width, mm(promptMm)), Qt::TextWordWrap, prompt);
            y += mm(promptMm);
        }
        painter.setPen(QPen(QColor(0xB8, 0xBE, 0xC8), mm(0.2), Qt::DotLine));
        for (int line = 0; line < lines; ++line) {
            y += mm(7);
            painter.drawLine(QPointF(x, y), QPointF(x + width, y));
        }
        painter.restore();
    });
}

QString criteriaText(const reports::ExperimentCriteria &criteria)
{
    QStringList parts;
    const QLocale locale;
    if (criteria.medianEntryMs)
        parts << tr("%1 at most %2 ms").arg(reports::criterionLabel(QStringLiteral("median_entry_ms"))).arg(*criteria.medianEntryMs);
    if (criteria.fnmrPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fnmr_percent")), locale.toString(*criteria.fnmrPercent));
    if (criteria.fmrPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fmr_percent")), locale.toString(*criteria.fmrPercent));
    if (criteria.overridePercent)
        parts << tr("%1 at most %2 %")
                     .arg(reports::criterionLabel(QStringLiteral("override_percent")), locale.toString(*criteria.overridePercent));
    if (criteria.ftaPercent)
        parts << tr("%1 at most %2 %").arg(reports::criterionLabel(QStringLiteral("fta_percent")), locale.toString(*criteria.ftaPercent));
    if (criteria.peakPerMinute)
        parts << tr("%1 at least %2 per minute")
                     .arg(reports::criterionLabel(QStringLiteral("peak_per_minute")), locale.toString(*criteria.peakPerMinute));
    return parts.isEmpty() ? tr("None stated.") : parts.join(QStringLiteral("; "));
}

void paintAipd(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    const QLocale locale;
    canvas.title(tr("Data protection impact assessment (AIPD)"),
                 tr("%1 (UAI %2) — pre-filled by Portique on %3 for %4")
                     .arg(f.schoolName, f.schoolUai.isEmpty() ? tr("not set") : f.schoolUai,
                          locale.toString(f.generatedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")), f.generatedBy));
    canvas.paragraph(tr("Portique filled in what the station can state from its live configuration and records on the day above: "
                        "purposes, data, architectures in use, retention, recipients, security measures, cameras and zones, the "
                        "experiment's bounds. Each part marked \"%1\" is for the data protection officer and the controller to write; "
                        "the assessment is theirs, not the software's.")
                         .arg(aipdToComplete()));

    canvas.section(tr("1. The processing and its controller"));
    canvas.paragraph(tr("Control of entry to %1 by badge or QR code, with an optional face lane where the live face is compared one to "
                        "one with the template of the badge just presented; registration of visitors, their passes, and, with their "
                        "consent only, their following by indoor cameras while on site. No central readable biometric base (CNIL "
                        "type 3) exists, no face image is stored, no video is recorded.")
                         .arg(f.schoolName));
    toComplete(canvas,
               tr("Controller (the head of the school), the DPO's name and contact, the date the processing starts, the "
                  "record of processing activities entry."),
               3);

    canvas.section(tr("2. Purposes and legal bases"));
    for (const QString &purpose :
         {tr("Entry control at the gate, badge first: the badge or QR code is checked (signature, validity, revocation) and the "
             "passage recorded."),
          tr("Face lane (opt-in speed lane): a one-to-one comparison with the template of the presented badge, for people who "
             "consented; anyone else uses the badge lane, which looks and works the same. Recognition is triggered by the person: "
             "before a face-lane badge is presented at a lane, its camera only locates faces and follows the eye landmarks of the "
             "person standing at the lane (to see a blink); no template of anyone is computed. After a face-lane badge, only the "
             "person presenting it is described, compared once and forgotten; a badge-only badge never causes a description. "
             "The station counts descriptions by reason (Station tab, portiquectl bench gate)."),
          tr("Visitors: registration, signed pass, list of people on site for an evacuation."),
          tr("Visitor tracking (consent only): indoor cameras compare faces with the visitors on site only; a face that matches "
             "none is discarded in memory at once."),
          tr("Evaluation of a bounded experiment from the station's own records (counts and rates, no individual profile).")})
        canvas.paragraph(QStringLiteral("• ") + purpose);
    toComplete(canvas,
               tr("Legal basis of each purpose (e.g. public-interest task for entry control; explicit consent, art. 9(2)(a), "
                  "for the face lane and visitor tracking)."),
               3);

    canvas.section(tr("3. Data and people concerned"));
    canvas.keyFigures({{tr("Students"), number(f.students)},
                       {tr("of whom minors"), number(f.minors)},
                       {tr("Staff"), number(f.staff)},
                       {tr("Visitor records held"), number(f.visitorsHeld)}});
    canvas.table({tr("Category"), tr("Data"), tr("Where it is held")},
                 {{tr("Identity"), tr("Name, class, date of birth, legal representatives' names (from SIECLE or a staff list)"),
                   tr("Encrypted database")},
                  {tr("Badges"), tr("Serial, type, validity dates, revocation"), tr("Encrypted database; the signed code on the badge")},
                  {tr("Face templates"), tr("128 numbers computed from the face, bound to the model version; no image"),
                   tr("Type 1: sealed in the badge's code only. Type 2: sealed in the database under a key only the badge carries")},
                  {tr("Consents"), tr("Who, when, for what, guardian for a minor, channel, agent, withdrawal"), tr("Encrypted database")},
                  {tr("Passages"), tr("Time, lane, method, decision and reasons, face distance and quality; never an image"),
                   tr("Encrypted database")},
                  {tr("Visitors"),
                   tr("Name, organisation, person visited, purpose, times, zones, pass; template and sightings only "
                      "while on site, with consent"),
                   tr("Encrypted database")},
                  {tr("Watchlist"), tr("Banned people and custody restrictions entered by the school (%1 entries)").arg(f.watchlistEntries),
                   tr("Encrypted database")},
                  {tr("Audit trail"), tr("Agents' actions: time, login, action, object"), tr("Encrypted database, hash chain")}},
                 {0.18, 0.5, 0.32});

    canvas.section(tr("4. Architectures in use"));
    canvas.keyFigures({{tr("Type 1 (template in the badge)"), number(f.typeOne)},
                       {tr("Type 2 (sealed in the station)"), number(f.typeTwo)},
                       {tr("Badge only"), number(f.badgeOnly)},
                       {tr("No valid badge"), number(f.withoutBadge)}});
    canvas.paragraph(tr("Counted on the valid badges of people still at the school. Consents in force: %1; withdrawn: %2. Comparison "
                        "thresholds: a face matches at a distance of %3 or less, is refused at %4 or more, the agent decides in "
                        "between; indoor sightings need %5 or less.")
                         .arg(number(f.consentsInForce), number(f.consentsWithdrawn),
                              locale.toString(f.matchThresholdMilli / 1000.0, 'f', 3),
                              locale.toString(f.mismatchThresholdMilli / 1000.0, 'f', 3),
                              locale.toString(f.visitorMatchThresholdMilli / 1000.0, 'f', 3)));

    canvas.section(tr("5. Retention"));
    QList<QStringList> retention;
    for (const RetentionRule &rule : f.retention)
        retention << QStringList{retentionKindLabel(rule.kind), retentionRuleText(rule),
                                 rule.editable
                                     ? tr("%1 to %2 days (default %3)").arg(rule.minimumDays).arg(rule.maximumDays).arg(rule.defaultDays)
                                     : tr("Fixed")};
    canvas.table({tr("Data"), tr("Rule in force"), tr("Bounds")}, retention, {0.3, 0.45, 0.25});
    canvas.paragraph(tr("The purge runs at start-up and every hour, writes one audit record per run with its counts, and deletes rows "
                        "from the file (secure delete), not only flags them."),
                     true);

    canvas.section(tr("6. Recipients"));
    canvas.paragraph(tr("None outside the station: no transfer, no cloud service, no sub-processor. Inside, by role:"));
    canvas.table({tr("Role"), tr("Accounts"), tr("Sees")},
                 {{tr("Reception agent"), number(f.agents), tr("Lanes, passages of the day, visitors, alerts")},
                  {tr("Principal"), number(f.principals), tr("Reports: counts and rates, no individual history")},
                  {tr("DPO / administrator"), number(f.dpos), tr("Everything, including the audit trail, exports and erasures")}},
                 {0.3, 0.15, 0.55});

    canvas.section(tr("7. Security measures present"));
    canvas.table(
        {tr("Measure"), tr("On this station")},
        {{tr("Database encryption"), tr("SQLCipher %1, AES-256, random key in a file readable by the station's user only or "
                                        "sealed under a passphrase (Argon2id)")
                                         .arg(f.cipherVersion)},
         {tr("Roles and accounts"), tr("Three roles; every screen and command checks its permission")},
         {tr("Passwords"), tr("Argon2id; locked for %1 min after %2 failures").arg(f.lockoutMinutes).arg(f.lockoutAttempts)},
         {tr("Session lock"), tr("After %1 min without activity").arg(f.autoLockMinutes)},
         {tr("Audit trail"), tr("BLAKE2b hash chain, %1 records, %2")
                                 .arg(number(f.auditRecords), f.auditIntact ? tr("verified intact today") : tr("BROKEN: investigate"))},
         {tr("Signatures"), f.signingKey ? tr("Badges and passes signed with Ed25519") : tr("No signing key yet (no badge issued)")},
         {tr("Sealed templates"), tr("XChaCha20-Poly1305, in the badge (type 1) or under the badge's key (type 2)")},
         {tr("Deletion"), tr("Secure delete; purge hourly; erasure leaves no trace of the person")}},
        {0.3, 0.7});
    QList<QStringList> components;
    for (const auto &[name, version] : f.components)
        components << QStringList{name, version};
    canvas.table({tr("Component"), tr("Version")}, components, {0.5, 0.5});

    canvas.section(tr("8. Cameras and zones"));
    QList<QStringList> cameras;
    for (const station::CameraConfig &camera : f.cameras)
        cameras << QStringList{camera.name, camera.role == station::CameraConfig::Role::GateLane ? tr("Gate lane") : tr("Indoor"),
                               camera.zone.isEmpty() ? tr("—") : camera.zone};
    if (cameras.isEmpty())
        canvas.paragraph(tr("No camera is configured: badge only."), true);
    else
        canvas.table({tr("Camera"), tr("Use"), tr("Zone watched")}, cameras, {0.4, 0.3, 0.3});
    QList<QStringList> zones;
    for (const visitors::Zone &zone : f.zones.zones)
        zones << QStringList{zone.name, zone.restricted ? tr("Restricted: a visitor seen there raises an alert") : tr("Open to visitors")};
    if (!zones.isEmpty())
        canvas.table({tr("Zone"), tr("Rule")}, zones, {0.4, 0.6});

    canvas.section(tr("9. Experiment"));
    if (f.experiment) {
        const reports::ExperimentDefinition &e = *f.experiment;
        canvas.table({tr("Item"), tr("Declared")},
                     {{tr("Name"), e.name},
                      {tr("From"), locale.toString(e.start, QLocale::LongFormat)},
                      {tr("To"), locale.toString(e.end, QLocale::LongFormat)},
                      {tr("Lanes"), e.lanes.isEmpty() ? tr("Every lane") : e.lanes.join(QStringLiteral(", "))},
                      {tr("Population"), e.population},
                      {tr("Success criteria"), criteriaText(e.criteria)}},
                     {0.3, 0.7});
    } else {
        canvas.paragraph(tr("No experiment is declared (portiquectl experiment set)."), true);
    }
    toComplete(canvas,
               tr("How the experiment's end is decided, who evaluates it, and what happens to the face lane if the criteria are "
                  "not met."),
               3);

    canvas.section(tr("10. Necessity and proportionality"));
    canvas.paragraph(tr("Facts the station can state: the badge lane is the default and needs no consent; the face lane is one-to-one "
                        "only; people without consent are not singled out; a consent is withdrawn at the desk at once. On the day "
                        "above, %1 of %2 people with a valid badge use the face lane.")
                         .arg(number(f.typeOne + f.typeTwo))
                         .arg(number(f.typeOne + f.typeTwo + f.badgeOnly)));
    toComplete(canvas,
               tr("Why badge control with human supervision is not enough on its own; alternatives considered; how consent "
                  "stays free for students under the school's authority (CNIL, 29 October 2019; TA Marseille, 27 February "
                  "2020)."),
               5);

    canvas.section(tr("11. Risks"));
    canvas.table(
        {tr("Risk"), tr("Measures in place"), tr("Likelihood and severity")},
        {{tr("Illegitimate access to data"), tr("Encryption, roles, session lock, audit trail, templates sealed"), aipdToComplete()},
         {tr("Unwanted change of data"), tr("Hash-chained audit trail, signed badges and passes"), aipdToComplete()},
         {tr("Disappearance of data"), tr("Single encrypted file: backups are the school's"), aipdToComplete()},
         {tr("Misidentification at the lane"), tr("One-to-one only, uncertain band decided by the agent, overrides recorded"),
          aipdToComplete()},
         {tr("Presentation attack at the face lane (photo, video, mask)"),
          tr("A live face is required (a blink within the face window), otherwise the agent checks; figures below"), aipdToComplete()}},
        {0.25, 0.45, 0.3});
    for (const QString &finding : reports::padFindings(f.padMeasurement, f.faceWindowMs))
        canvas.paragraph(finding);
    canvas.paragraph(tr("Residual risk: screen replay, cut-out-eyes photos and masks are not detected; a person without a blink in "
                        "time is always checked by hand."));
    toComplete(canvas, tr("Residual risks and the action plan."), 4);

    canvas.section(tr("12. Opinions and decision"));
    toComplete(canvas,
               tr("Consultation of students, parents and staff (conseil d'administration, CVL); the DPO's opinion; the "
                  "controller's decision, date and signature."),
               6);
}

QString aipdTitle(const AipdFacts &facts)
{
    return tr("Portique — AIPD — %1").arg(facts.schoolName);
}

} // namespace

QString aipdToComplete()
{
    return tr("TO BE COMPLETED BY THE DPO");
}

QJsonObject AipdFacts::toJson() const
{
    QJsonArray cameraList;
    for (const station::CameraConfig &camera : cameras)
        cameraList.append(QJsonObject{{QStringLiteral("name"), camera.name},
                                      {QStringLiteral("role"), station::CameraConfig::roleId(camera.role)},
                                      {QStringLiteral("zone"), camera.zone}});
    QJsonArray zoneList;
    for (const visitors::Zone &zone : zones.zones)
        zoneList.append(QJsonObject{{QStringLiteral("name"), zone.name}, {QStringLiteral("restricted"), zone.restricted}});
    QJsonObject periods;
    for (const RetentionRule &rule : retention)
        periods.insert(retentionKindId(rule.kind), rule.days);
    return {{QStringLiteral("generated_at"), common::isoTime(generatedAt)},
            {QStringLiteral("school"), schoolName},
            {QStringLiteral("uai"), schoolUai},
            {QStringLiteral("people"), QJsonObject{{QStringLiteral("students"), students},
                                                   {QStringLiteral("minors"), minors},
                                                   {QStringLiteral("staff"), staff},
                                                   {QStringLiteral("others"), others},
                                                   {QStringLiteral("left_but_held"), leftButHeld}}},
            {QStringLiteral("architectures"), QJsonObject{{QStringLiteral("type1"), typeOne},
                                                          {QStringLiteral("type2"), typeTwo},
                                                          {QStringLiteral("badge_only"), badgeOnly},
                                                          {QStringLiteral("without_badge"), withoutBadge}}},
            {QStringLiteral("consents"),
             QJsonObject{{QStringLiteral("in_force"), consentsInForce}, {QStringLiteral("withdrawn"), consentsWithdrawn}}},
            {QStringLiteral("visitors"), QJsonObject{{QStringLiteral("held"), visitorsHeld},
                                                     {QStringLiteral("tracking"), visitorsTracking},
                                                     {QStringLiteral("templates"), visitorTemplates}}},
            {QStringLiteral("watchlist_entries"), watchlistEntries},
            {QStringLiteral("cameras"), cameraList},
            {QStringLiteral("zones"), zoneList},
            {QStringLiteral("experiment"), experiment ? QJsonValue(experiment->name) : QJsonValue()},
            {QStringLiteral("presentation_attacks"), padMeasurement ? QJsonValue(padMeasurement->toReportJson()) : QJsonValue()},
            {QStringLiteral("retention_days"), periods},
            {QStringLiteral("security"), QJsonObject{{QStringLiteral("sqlcipher"), cipherVersion},
                                                     {QStringLiteral("users"), QJsonObject{{QStringLiteral("agent"), agents},
                                                                                           {QStringLiteral("principal"), principals},
                                                                                           {QStringLiteral("dpo"), dpos}}},
                                                     {QStringLiteral("signing_key"), signingKey},
                                                     {QStringLiteral("audit_records"), auditRecords},
                                                     {QStringLiteral("audit_intact"), auditIntact}}}};
}

AipdFacts collectAipdFacts(station::StationServices &services, const QString &actor)
{
    storage::Database &database = services.database;
    AipdFacts f;
    f.generatedAt = services.clock.now().toUTC();
    f.generatedBy = actor;
    f.schoolName = services.settings.value(station::settings::schoolName);
    f.schoolUai = services.settings.value(station::settings::schoolUai);
    f.components = station::componentVersions();

    const QDate today = f.generatedAt.toLocalTime().date();
    for (const people::Person &person : services.people.list({QString(), QString(), true, today})) {
        if (!person.activeOn(today)) {
            ++f.leftButHeld;
            continue;
        }
        switch (person.kind) {
        case people::PersonKind::Student:
            ++f.students;
            break;
        case people::PersonKind::Staff:
            ++f.staff;
            break;
        case people::PersonKind::Other:
            ++f.others;
            break;
        }
        if (person.minorOn(today))
            ++f.minors;
    }
    const QString day = common::isoDate(today);
    storage::Statement architectures = database.prepare(QStringLiteral(
        "SELECT c.architecture, count(DISTINCT c.person_id) FROM credentials c JOIN people p ON p.id = c.person_id "
        "WHERE c.revoked_at IS NULL AND c.expires_on >= ?1 AND (p.left_on IS NULL OR p.left_on > ?1) GROUP BY c.architecture"));
    architectures.bind(1, day);
    int withBadge = 0;
    while (architectures.next()) {
        const int count = int(architectures.toInt64(1));
        withBadge += count;
        switch (architectures.toInt64(0)) {
        case 1:
            f.typeOne = count;
            break;
        case 2:
            f.typeTwo = count;
            break;
        default:
            f.badgeOnly = count;
            break;
        }
    }
    f.withoutBadge = std::max(0, f.students + f.staff + f.others - withBadge);
    f.consentsInForce = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NULL"));
    f.consentsWithdrawn = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NOT NULL"));
    f.visitorsHeld = countOf(database, QStringLiteral("SELECT count(*) FROM visitors"));
    f.visitorsTracking = countOf(database, QStringLiteral("SELECT count(*) FROM visitors WHERE tracking <> 0"));
    f.visitorTemplates = countOf(database, QStringLiteral("SELECT count(*) FROM visitor_templates"));
    f.watchlistEntries = countOf(database, QStringLiteral("SELECT count(*) FROM watchlist"));

    f.cameras = station::loadCameras(services.settings);
    f.zones = visitors::loadZoneMap(services.settings, f.cameras);
    f.experiment = reports::loadExperiment(services.settings);
    f.padMeasurement = reports::loadPadMeasurement(services.settings);
    f.faceWindowMs = services.settings.value(station::settings::gateFaceWindowMs);
    f.retention = retentionRules(services.settings);

    f.cipherVersion = database.cipherVersion();
    for (const accounts::User &user : services.users.list()) {
        if (user.disabled)
            continue;
        switch (user.role) {
        case accounts::Role::Agent:
            ++f.agents;
            break;
        case accounts::Role::Principal:
            ++f.principals;
            break;
        case accounts::Role::Dpo:
            ++f.dpos;
            break;
        }
    }
    f.lockoutAttempts = int(services.settings.value(station::settings::lockoutAttempts));
    f.lockoutMinutes = int(services.settings.value(station::settings::lockoutMinutes));
    f.autoLockMinutes = int(services.settings.value(station::settings::autoLockMinutes));
    f.signingKey = countOf(database, QStringLiteral("SELECT count(*) FROM station_keys WHERE purpose = 'signing'")) > 0;
    const AuditVerification verification = services.audit.verify();
    f.auditIntact = verification.intact;
    f.auditRecords = services.audit.count();
    f.matchThresholdMilli = int(services.settings.value(station::settings::gateMatchThreshold));
    f.mismatchThresholdMilli = int(services.settings.value(station::settings::gateMismatchThreshold));
    f.visitorMatchThresholdMilli = int(services.settings.value(station::settings::visitorsMatchThreshold));
    return f;
}

void writeAipdPdf(const QString &path, const AipdFacts &facts)
{
    const QString title = aipdTitle(facts);
    reports::writeCanvasPdf(path, title, tr("Cannot write the AIPD %1: %2"),
                            [&](reports::ReportCanvas &canvas) { paintAipd(canvas, facts); });
}

QList<QImage> renderAipdPages(const AipdFacts &facts, int dpi)
{
    return reports::renderCanvasPages(dpi, aipdTitle(facts), [&](reports::ReportCanvas &canvas) { paintAipd(canvas, facts); });
}

} // namespace portique::privacy
