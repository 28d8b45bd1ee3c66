// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
//
// The AIPD's pages, first half (the processing, its data, recipients, rights and security), and
// the document's writing. The later sections are in aipdsections.cpp.
#include "aipd.h"

#include "aipdpages.h"

#include "access/printlayout.h"
#include "reports/reportcanvas.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

#include <cmath>

namespace portique::privacy {

namespace aipdpages {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

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

} // namespace aipdpages

namespace {

using aipdpages::number;
using aipdpages::toComplete;
using aipdpages::tr;

void paintProcessing(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    const QLocale locale;
    canvas.title(tr("Data protection impact assessment (AIPD)"),
                 tr("%1 (UAI %2) — version %3, pre-filled by Portique on %4 for %5")
                     .arg(f.schoolName, f.schoolUai.isEmpty() ? tr("not set") : f.schoolUai)
                     .arg(f.version)
                     .arg(locale.toString(f.generatedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")), f.generatedBy));
    canvas.paragraph(tr("Portique filled in what the station can state from its live configuration and records on the day above: "
                        "purposes, data, architectures in use, retention, recipients, rights, security measures, cameras and zones, "
                        "the experiment's bounds and measured figures, and a proposed level for each risk with its reason. Each part "
                        "marked \"%1\" is for the data protection officer and the controller to write; the levels are proposals, "
                        "the assessment is theirs, not the software's. Each saved version is recorded in the audit trail with the "
                        "file's SHA-256.")
                         .arg(aipdToComplete()));

    canvas.section(tr("1. The processing and its controller"));
    canvas.paragraph(tr("Control of entry to %1 by badge or QR code, with an optional face lane where the live face is compared one to "
                        "one with the template of the badge just presented; registration of visitors, their passes, and, with their "
                        "consent only, their following by indoor cameras while on site. No central readable biometric base (CNIL "
                        "type 3) exists.")
                         .arg(f.schoolName));
    canvas.paragraph(aipdFaceImageStatement(f));
    toComplete(canvas,
               tr("Controller (the head of the school), the DPO's name and contact, the date the processing starts, the "
                  "record of processing activities entry."),
               3);

    canvas.section(tr("2. Purposes and legal bases"));
    for (const QString &purpose :
         {tr("Entry control at the gate, badge first: the badge or QR code is checked (signature, validity, revocation) and the "
             "passage recorded."),
          tr("Face lane (opt-in speed lane, only inside a declared experiment): a one-to-one comparison with the template of the "
             "presented badge, for people whose consent is in force; anyone else uses the badge lane, which looks and works the "
             "same. The station counts descriptions by reason (Station tab, portiquectl bench gate)."),
          tr("Visitors: registration, signed pass, list of people on site for an evacuation."),
          tr("Visitor tracking (consent only): indoor cameras compare faces with the visitors on site only; a face that matches "
             "none is discarded in memory at once."),
          tr("Watchlist: banned people and custody restrictions entered by the school, checked when a visitor registers; every "
             "possible match is decided by an agent."),
          tr("Evaluation of a bounded experiment from the station's own records (counts and rates, no individual profile).")})
        canvas.paragraph(QStringLiteral("• ") + purpose);
    canvas.paragraph(aipdGateCameraStatement(f));
    toComplete(canvas,
               tr("Legal basis of each purpose (e.g. public-interest task for entry control; explicit consent, art. 9(2)(a), "
                  "for the face lane and visitor tracking)."),
               3);
}

void paintData(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    const QLocale locale;
    canvas.section(tr("3. Data and people concerned"));
    canvas.keyFigures({{tr("Students"), number(f.students)},
                       {tr("of whom minors"), number(f.minors)},
                       {tr("Staff"), number(f.staff)},
                       {tr("Visitor records held"), number(f.visitorsHeld)}});
    canvas.table(
        {tr("Category"), tr("Data"), tr("Where it is held")},
        {{tr("Identity"), tr("Name, class, date of birth, legal representatives' names (from SIECLE or a staff list)"),
          tr("Encrypted database")},
         {tr("Badges"), tr("Serial, type, validity dates, revocation"), tr("Encrypted database; the signed code on the badge")},
         {tr("Face templates"), tr("128 numbers computed from the face, bound to the model version"),
          tr("Type 1: sealed in the badge's code only. Type 2: sealed in the database under a key only the badge carries")},
         {tr("Consents"), tr("Who, when, for what, guardian for a minor, channel, agent, withdrawal or lapse"), tr("Encrypted database")},
         {tr("Passages"), tr("Time, lane, method, decision and reasons, face distance and quality; never an image"),
          tr("Encrypted database")},
         {tr("Visitors"),
          tr("Name, organisation, person visited, purpose, times, zones, pass; template and sightings only "
             "while on site, with consent"),
          tr("Encrypted database")},
         {tr("Watchlist"),
          tr("Banned people and custody restrictions entered by the school: %1 entries, %2 with a reference photo (a face "
             "image), %3 with a template")
              .arg(f.watchlistEntries)
              .arg(f.watchlistPhotos)
              .arg(f.watchlistFaces),
          tr("Encrypted database")},
         {tr("Audit trail"), tr("Agents' actions: time, login, action, object"), tr("Encrypted database, hash chain")}},
        {0.18, 0.5, 0.32});

    canvas.section(tr("4. Architectures in use"));
    canvas.keyFigures({{tr("Type 1 (template in the badge)"), number(f.typeOne)},
                       {tr("Type 2 (sealed in the station)"), number(f.typeTwo)},
                       {tr("Badge only"), number(f.badgeOnly)},
                       {tr("No valid badge"), number(f.withoutBadge)}});
    canvas.paragraph(tr("Counted on the valid badges of people still at the school. Consents in force: %1; ended (withdrawn, objected "
                        "to or lapsed): %2. Comparison thresholds: a face matches at a distance of %3 or less, is refused at %4 or "
                        "more, the agent decides in between; indoor sightings need %5 or less.")
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
}

void paintRecipientsAndRights(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    canvas.section(tr("6. Recipients and processors"));
    canvas.paragraph(tr("Outside the school: none by default. The station transfers nothing by itself: no cloud service, no "
                        "sub-processor, no transfer outside the European Union. The region, or whoever evaluates the experiment, "
                        "receives only what the school hands over: the experiment report, which holds figures and no name."));
    // The first item of aipdRoleAccess() is what every account sees whatever its role: said once.
    canvas.paragraph(tr("Inside the school, every signed-in account, whatever its role, sees %1. Besides, from the permissions "
                        "of its role:")
                         .arg(aipdRoleAccess(accounts::Role::Agent).constFirst()));
    const auto seen = [](accounts::Role role) { return aipdRoleAccess(role).mid(1).join(QStringLiteral("; ")); };
    canvas.table({tr("Role"), tr("Accounts"), tr("Sees")},
                 {{accounts::roleLabel(accounts::Role::Agent), number(f.agents), seen(accounts::Role::Agent)},
                  {accounts::roleLabel(accounts::Role::Principal), number(f.principals), seen(accounts::Role::Principal)},
                  {accounts::roleLabel(accounts::Role::Dpo), number(f.dpos), seen(accounts::Role::Dpo)},
                  {accounts::roleLabel(accounts::Role::Admin), number(f.admins), seen(accounts::Role::Admin)}},
                 {0.2, 0.1, 0.7});
    toComplete(canvas,
               tr("The station's maintainer, if any (the company or the académie's service that installs and repairs it and may "
                  "reach its files): name, contract, what they may access. No setting of the station names one."),
               2);

    canvas.section(tr("7. Rights of the people concerned"));
    canvas.paragraph(tr("Requests go to the DPO or the head of school; the DPO exercises each right at the station (Privacy tab, "
                        "Subject rights) or on the command line, and each is recorded in the audit trail. Anyone may also complain "
                        "to the CNIL. Restricted today: %1.")
                         .arg(number(f.restricted)));
    canvas.table({tr("Right"), tr("What the station does"), tr("How")},
                 {{tr("Access (art. 15)"),
                   tr("Everything held about a person or visitor, with the purposes, recipients and retention periods, as JSON and "
                      "PDF"),
                   tr("Subject rights: Export · portiquectl subject export PERSON_ID --out DIR")},
                  {tr("Rectification (art. 16)"),
                   tr("The DPO corrects names, class or date of birth; a later SIECLE import shows the corrected field and keeps it"),
                   tr("Subject rights: Rectify · portiquectl subject rectify PERSON_ID --field F --value V")},
                  {tr("Erasure (art. 17)"),
                   tr("The person's data erased everywhere (templates, consents, passages; badges revoked); the audit trail "
                      "keeps one record without the name; the files the station wrote naming them are listed"),
                   tr("Subject rights: Erase · portiquectl subject erase PERSON_ID --yes")},
                  {tr("Restriction (art. 18)"),
                   tr("The data is kept and processed for nothing else: the gate decides on the badge alone, the person is left "
                      "out of reports; lifted the same way"),
                   tr("Subject rights: Restrict · portiquectl subject restrict PERSON_ID [--lift]")},
                  {tr("Objection (art. 21) and withdrawal (art. 7)"),
                   tr("The consent to the face lane is withdrawn at once, without a reason; the same badge then works badge-only, "
                      "with no refusal and no alert"),
                   tr("Subject rights: Object · portiquectl subject object PERSON_ID; at the desk: People tab, or portiquectl "
                      "consent withdraw")}},
                 {0.2, 0.45, 0.35});
}

void paintSecurity(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    canvas.section(tr("8. Security measures present"));
    canvas.table(
        {tr("Measure"), tr("On this station")},
        {{tr("Database encryption"), tr("SQLCipher %1, AES-256, random key in a file readable by the station's user only or "
                                        "sealed under a passphrase (Argon2id)")
                                         .arg(f.cipherVersion)},
         {tr("Roles and accounts"), tr("Four roles; the DPO and the administrator cannot do each other's job; every screen and "
                                       "command checks its permission")},
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
}

void paintAipd(reports::ReportCanvas &canvas, const AipdFacts &f)
{
    paintProcessing(canvas, f);
    paintData(canvas, f);
    paintRecipientsAndRights(canvas, f);
    paintSecurity(canvas, f);
    aipdpages::paintCamerasAndZones(canvas, f);
    aipdpages::paintExperiment(canvas, f);
    aipdpages::paintNecessity(canvas, f);
    aipdpages::paintRisks(canvas, f);
    aipdpages::paintDecision(canvas);
}

QString aipdTitle(const AipdFacts &facts)
{
    return tr("Portique — AIPD version %1 — %2").arg(facts.version).arg(facts.schoolName);
}

} // namespace

QString aipdToComplete()
{
    return tr("TO BE COMPLETED BY THE DPO");
}

QByteArray writeAipdPdf(const QString &path, const AipdFacts &facts)
{
    const QString title = aipdTitle(facts);
    reports::writeCanvasPdf(path, title, tr("Cannot write the AIPD %1: %2"),
                            [&](reports::ReportCanvas &canvas) { paintAipd(canvas, facts); });
    // The hash of what is on disk, read back: what the audit record vouches for is the file.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        throw std::runtime_error(tr("Cannot write the AIPD %1: %2").arg(path, written.errorString()).toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&written);
    return hash.result();
}

QList<QImage> renderAipdPages(const AipdFacts &facts, int dpi)
{
    return reports::renderCanvasPages(dpi, aipdTitle(facts), [&](reports::ReportCanvas &canvas) { paintAipd(canvas, facts); });
}

} // namespace portique::privacy
