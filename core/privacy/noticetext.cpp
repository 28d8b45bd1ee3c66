// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The words of the four notices (notice.h). Every figure is read from NoticeFacts; a sentence that
// depends on a configured feature (a camera use, the face lane, visitor tracking, the watchlist) is
// written only when the configuration has that feature.
#include "notice.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace portique::privacy {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("portique::privacy", text, disambiguation, n);
}

/// Printed where a required detail is missing. A free function on purpose: lupdate files the tr()
/// of a member function under its class, and the text would never find its translation.
QString notSetMarker(const QString &what)
{
    return tr("[not set: %1]").arg(what);
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

/// Appends blocks to a notice.
class Writer {
public:
    explicit Writer(Notice &notice)
        : m_notice(notice)
    {
    }
    void heading(const QString &text) { add(NoticeBlock::Type::Heading, text); }
    void paragraph(const QString &text) { add(NoticeBlock::Type::Paragraph, text); }
    void bullet(const QString &text) { add(NoticeBlock::Type::Bullet, text); }
    void signature(const QString &text) { add(NoticeBlock::Type::Signature, text); }
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths)
    {
        NoticeBlock block;
        block.type = NoticeBlock::Type::Table;
        block.headers = headers;
        block.rows = rows;
        block.widths = widths;
        m_notice.blocks << block;
    }
    /// @p value, or a visible marker naming @p what (and @p what listed as missing).
    QString required(const QString &value, const QString &what)
    {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
        if (!m_notice.missing.contains(what))
            m_notice.missing << what;
        return notSetMarker(what);
    }

private:
    void add(NoticeBlock::Type type, const QString &text)
    {
        NoticeBlock block;
        block.type = type;
        block.text = text;
        m_notice.blocks << block;
    }
    Notice &m_notice;
};

/// The facts every kind repeats.
struct Common {
    QString school;     ///< the name, with the UAI when known
    QString controller; ///< school, address, head
    QString head;
    QString dpo;
    QString location;
    QString experimentSpan; ///< "from … to …, on every lane"; empty without an experiment
};

Common common(Writer &writer, const NoticeFacts &facts)
{
    Common c;
    c.school = facts.schoolUai.isEmpty() ? facts.schoolName : tr("%1 (UAI %2)").arg(facts.schoolName, facts.schoolUai);
    c.head = writer.required(facts.contacts.head, tr("the head of school"));
    c.dpo = writer.required(facts.contacts.dpoContact, tr("the DPO's contact"));
    c.controller = facts.contacts.address.isEmpty()
                       ? tr("%1, represented by its head, %2").arg(c.school, c.head)
                       : tr("%1, %2, represented by its head, %3").arg(c.school, facts.contacts.address, c.head);
    c.location = facts.contacts.noticeLocation.isEmpty() ? tr("at the school's reception desk") : facts.contacts.noticeLocation;
    if (facts.experiment) {
        const ExperimentDefinition &e = *facts.experiment;
        if (e.lanes.isEmpty())
            c.experimentSpan = tr("from %1 to %2, on every lane").arg(day(e.start), day(e.end));
        else if (e.lanes.size() == 1)
            c.experimentSpan = tr("from %1 to %2, on the lane %3").arg(day(e.start), day(e.end), e.lanes.constFirst());
        else
            c.experimentSpan = tr("from %1 to %2, on the lanes %3").arg(day(e.start), day(e.end), e.lanes.join(QStringLiteral(", ")));
    }
    return c;
}

/// One sentence per camera use the configuration has (the sign prints them; every kind lists them).
QStringList cameraUses(const NoticeFacts &facts, const Common &c)
{
    QStringList uses;
    if (facts.gateCameras > 0)
        uses << tr("Gate cameras detect and follow everyone in view, only to keep the lanes moving: they identify no one and record no "
                   "video.");
    if (facts.faceLane())
        uses << tr("Face lane, for volunteers only, %1: when you present your face-lane badge, your face is compared once with the "
                   "template in that badge, then forgotten.")
                    .arg(c.experimentSpan);
    if (facts.visitorTracking())
        uses << tr("Indoor cameras look only for visitors who agreed to be followed during their visit; any other face is discarded at "
                   "once.");
    return uses;
}

QString cnilAddress()
{
    return tr("CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr/plaintes");
}

QString monthName(int month)
{
    return QLocale().monthName(std::clamp(month, 1, 12));
}

/// Camera outages name no one: the notices list only what concerns people.
bool concernsPeople(RetentionKind kind)
{
    return kind != RetentionKind::CameraOutages;
}

/// Visitors' records are not about students: the students' and parents' versions leave them out.
bool concernsStudents(RetentionKind kind)
{
    return concernsPeople(kind) && kind != RetentionKind::Visitors && kind != RetentionKind::VisitorTraces;
}

/// A period in plain words for a student; a kind without its own sentence is said as the DPO reads it.
QString plainPeriod(const RetentionRule &rule)
{
    switch (rule.kind) {
    case RetentionKind::AccessEvents:
        return tr("The times you went through the gate: kept %n day(s), then deleted.", nullptr, rule.days);
    case RetentionKind::Alerts:
        return tr("Alerts about a badge problem: kept %n day(s) after they are dealt with.", nullptr, rule.days);
    case RetentionKind::LeaverConsents:
        return tr("Your consent form for the face lane: kept %n day(s) after you leave the school, as proof.", nullptr, rule.days);
    case RetentionKind::Credentials:
        return tr("An old badge that no longer works: kept %n day(s), so that it stays refused.", nullptr, rule.days);
    case RetentionKind::AuditLog:
        return tr("The list of what staff did on the station: kept %n day(s), to check nobody misused it.", nullptr, rule.days);
    default:
        break;
    }
    return retentionKindLabel(rule.kind) + QStringLiteral(": ") + retentionRuleText(rule);
}

QList<QStringList> retentionRows(const NoticeFacts &facts, bool (*keep)(RetentionKind))
{
    QList<QStringList> rows{{tr("Identity and class (from the school's records), badge number"),
                             tr("While the person is at the school, updated from the school's records.")}};
    for (const RetentionRule &rule : facts.retention) {
        if (keep(rule.kind))
            rows << QStringList{retentionKindLabel(rule.kind), retentionRuleText(rule)};
    }
    if (facts.faceLane())
        rows << QStringList{tr("Face template (face lane)"),
                            tr("In the person's badge: the station keeps no copy. If kept at the station (sealed under the badge's key): "
                               "deleted when the consent is withdrawn or ends, or the day the person leaves.")};
    rows << QStringList{tr("Camera images"), tr("Analysed in memory and forgotten at once: no video is recorded.")};
    return rows;
}

void writeFull(Notice &notice, const NoticeFacts &facts)
{
    Writer w(notice);
    const Common c = common(w, facts);
    notice.cameraUses = cameraUses(facts, c);
    notice.title = tr("Information notice: personal data at the entrance of %1").arg(facts.schoolName);
    notice.subtitle = tr("GDPR art. 13 — written by Portique from the station's configuration on %1").arg(day(facts.today));

    w.heading(tr("1. Who is responsible"));
    w.paragraph(tr("The controller is %1.").arg(c.controller));
    w.paragraph(tr("Data protection officer (DPO): %1. Write to them about any question on your data and to use your rights.").arg(c.dpo));

    w.heading(tr("2. What is processed, why, and on what legal basis"));
    const QString publicInterest = tr("Task in the public interest (GDPR art. 6(1)(e)): the head of school ensures the safety of people "
                                      "and premises (Code de l'éducation, art. R421-10).");
    QList<QStringList> purposes;
    purposes << QStringList{tr("Entry control by badge or QR code"),
                            tr("Name, class and date of birth (from the school's records), badge number; each passage: time, lane, "
                               "decision, an agent's override."),
                            publicInterest};
    if (facts.gateCameras > 0)
        purposes << QStringList{tr("Gate cameras"),
                                tr("Images analysed live and not recorded: where faces are in view, to follow the queue; the eyes of "
                                   "the person standing at the lane, to see a blink. No face template of anyone."),
                                publicInterest};
    if (facts.faceLane())
        purposes << QStringList{tr("Face lane (optional, volunteers only), %1").arg(c.experimentSpan),
                                tr("A face template kept in the volunteer's own badge, or sealed at the station under a key only the "
                                   "badge carries. Only when the volunteer presents that badge, the live face is compared once with it, "
                                   "then forgotten. Nobody else is ever compared."),
                                tr("Explicit consent (GDPR art. 6(1)(a) and 9(2)(a)); for a minor, that of a legal representative and "
                                   "the student's own agreement.")};
    purposes << QStringList{tr("Visitors"),
                            tr("Name, reason and person visited, arrival and departure, the signed pass. A photo printed on the pass is "
                               "never kept."),
                            publicInterest};
    if (facts.visitorTracking())
        purposes << QStringList{tr("Following visitors indoors (only those who agree)"),
                                tr("A face template while the visitor is on site; where and when an indoor camera saw them. A face that "
                                   "matches no visitor on site is discarded at once."),
                                tr("Consent of the visitor (GDPR art. 6(1)(a) and 9(2)(a)).")};
    if (facts.watchlist)
        purposes << QStringList{tr("Watchlist (people banned from the premises, custody restrictions)"),
                                tr("Name, date of birth, a reference photo, the decision. A visitor is compared with it at the desk; a "
                                   "match has an effect only once two staff members confirmed it."),
                                publicInterest};
    if (facts.experiment)
        purposes << QStringList{tr("Evaluation of the experiment \"%1\"").arg(facts.experiment->name),
                                tr("Counts and rates computed from the records above (entry times, errors, overrides); no "
                                   "individual profile."),
                                publicInterest};
    purposes << QStringList{tr("Security of the station"), tr("A tamper-evident record of what each staff account did."),
                            tr("Legal obligation (GDPR art. 6(1)(c), 5(2) and 32): security and accountability.")};
    w.table({tr("Purpose"), tr("Data"), tr("Legal basis")}, purposes, {0.26, 0.42, 0.32});
    w.paragraph(facts.faceLane()
                    ? tr("A badge is needed to enter the school (school rules). The face lane is optional: without it the badge lane "
                         "works the same way and as fast, nothing on screen or on the badge shows who chose what, and refusing or "
                         "withdrawing consent has no consequence.")
                    : tr("A badge is needed to enter the school (school rules). No face comparison is in use at the moment."));

    w.heading(tr("3. How long data is kept"));
    w.paragraph(tr("These periods are the station's settings on the date above; the station deletes what is older every hour."));
    w.table({tr("Data"), tr("Period")}, retentionRows(facts, concernsPeople), {0.4, 0.6});
    if (facts.faceLane())
        w.paragraph(tr("A face-lane consent ends by itself at the end of the experiment, at the end of the school year (end of %1) and on "
                       "the student's 18th birthday.")
                        .arg(monthName(facts.schoolYearEndMonth)));

    w.heading(tr("4. Who receives it"));
    w.paragraph(tr("Only authorised staff of the school, each seeing what their role needs: reception agents (the lanes, the day's "
                   "passages, visitors, alerts), the head and deputies (reports), the DPO (consents, rights requests, the audit "
                   "trail), the station's administrator (configuration). Authorities entitled by law may receive data on a legal "
                   "request. Nothing is sold or used for another purpose."));
    w.paragraph(tr("The data stays on the school's station, in an encrypted database. No transfer outside the European Union, no cloud "
                   "service."));
    w.paragraph(tr("The station decides automatically whether a badge is valid and, for a volunteer, whether the face matches; an "
                   "agent watches every lane, decides every doubtful case and can override any decision. No decision with legal "
                   "effects rests on automated processing alone."));

    w.heading(tr("5. Your rights and how to use them"));
    QList<QStringList> rights{
        {tr("Access (art. 15)"), tr("A copy of everything held about you, in a readable document and a data file.")},
        {tr("Rectification (art. 16)"), tr("Wrong or incomplete data corrected.")},
        {tr("Erasure (art. 17)"), tr("Your data deleted when it is no longer needed, was processed on a consent you withdrew, or "
                                     "unlawfully.")},
        {tr("Restriction (art. 18)"), tr("Your data frozen while a request is examined: kept, used for nothing else.")},
        {tr("Objection (art. 21)"), tr("Object, on grounds relating to your situation, to a processing based on the public interest. For "
                                       "the face lane, objecting is withdrawing.")},
        {tr("Withdrawal of consent (art. 7(3))"), tr("At any time, at the reception desk, without giving a reason: effective at once, "
                                                     "the same badge keeps working on the badge lane, with no consequence.")},
        {tr("Portability (art. 20)"), tr("What you provided on the basis of your consent (face lane, visitor following) handed to you in "
                                         "a structured, machine-readable file.")}};
    w.table({tr("Right"), tr("What it gives you")}, rights, {0.3, 0.7});
    w.paragraph(tr("To use a right, write to the DPO (%1) or ask at the reception desk; a legal representative acts for a minor, and a "
                   "student may also ask on their own. You may be asked to prove your identity. The answer comes within one month "
                   "(art. 12(3)).")
                    .arg(c.dpo));

    w.heading(tr("6. Complaint"));
    w.paragraph(tr("If you think your rights are not respected, you may lodge a complaint with the French data protection authority: %1.")
                    .arg(cnilAddress()));
}

void writeMinors(Notice &notice, const NoticeFacts &facts)
{
    Writer w(notice);
    const Common c = common(w, facts);
    notice.cameraUses = cameraUses(facts, c);
    notice.title = tr("Your data at the gate of %1").arg(facts.schoolName);
    notice.subtitle = tr("In plain words — version of %1").arg(day(facts.today));

    w.heading(tr("Who is in charge?"));
    w.paragraph(tr("Your school is in charge of your data. Its head is %1.").arg(c.head));
    w.paragraph(tr("A data protection officer checks that your data is handled properly. You can write to them: %1.").arg(c.dpo));

    w.heading(tr("What happens at the gate?"));
    w.bullet(tr("You show your badge. The station checks it."));
    w.bullet(tr("It writes down that you came in: the time and the lane."));
    w.bullet(tr("A member of staff watches every lane and can help."));
    if (facts.gateCameras > 0)
        w.bullet(tr("Cameras at the gate see the people in front of them, to keep the line moving. They do not know who you are. They "
                    "do not film: nothing is recorded."));
    if (facts.visitorTracking())
        w.bullet(tr("Cameras inside the school look only for visitors who agreed to it. If your face is not theirs, it is forgotten at "
                    "once."));
    if (facts.faceLane()) {
        w.heading(tr("The face lane: only if you want"));
        w.bullet(tr("The face lane is for volunteers only, %1.").arg(c.experimentSpan));
        w.bullet(tr("If you use it, the camera compares your face with the one saved in your badge. Only when you show that badge. "
                    "Then it forgets."));
        w.bullet(tr("You don't have to use it. Your badge works just the same and just as fast. Nobody can tell who chose what."));
        w.bullet(tr("You can stop whenever you want. Say so at the desk. You don't have to give a reason. Your badge keeps working."));
        w.bullet(tr("It also stops by itself: at the end of the school year, at the end of the experiment, and when you turn 18."));
    }

    w.heading(tr("How long do we keep it?"));
    for (const RetentionRule &rule : facts.retention) {
        if (concernsStudents(rule.kind))
            w.bullet(plainPeriod(rule));
    }
    w.bullet(tr("Your name, class and badge number: while you are at the school."));

    w.heading(tr("Who can see it?"));
    w.paragraph(tr("Only school staff who need it for their job. Nobody outside the school. Your data stays in the school's computer, "
                   "never outside Europe. Nobody sells it."));

    w.heading(tr("Your rights"));
    w.bullet(tr("See your data: ask for a copy of everything we keep about you."));
    w.bullet(tr("Fix it: if something is wrong, we correct it."));
    w.bullet(tr("Delete it: in some cases, we erase it."));
    w.bullet(tr("Pause it: while your question is checked, we keep it but use it for nothing else."));
    w.bullet(tr("Say no: you can object to how we use it."));
    w.bullet(tr("Change your mind: you can take back your yes at any time. Nothing bad happens."));
    w.bullet(tr("Take it with you: get your face-lane data in a file."));
    w.paragraph(tr("How? Ask at the desk, or write to %1. You can ask a parent or an adult you trust to help you. We answer within "
                   "one month.")
                    .arg(c.dpo));

    w.heading(tr("Not happy?"));
    w.paragraph(tr("You can complain to the CNIL, the French authority for personal data: %1.").arg(cnilAddress()));
    w.paragraph(tr("The full notice, with every detail: %1.").arg(c.location));
}

void writeParents(Notice &notice, const NoticeFacts &facts)
{
    Writer w(notice);
    const Common c = common(w, facts);
    notice.cameraUses = cameraUses(facts, c);
    notice.title = tr("Letter to the legal representatives of the students of %1").arg(facts.schoolName);
    notice.subtitle =
        facts.contacts.address.isEmpty() ? day(facts.today) : facts.contacts.address + QStringLiteral(" — ") + day(facts.today);

    w.paragraph(tr("Madam, Sir,"));
    w.paragraph(tr("The school checks who enters with a badge or a QR code. This letter tells you what data about your child the "
                   "station processes, why, for how long and who sees it, and the rights you and your child have. The full notice "
                   "gives every detail: %1.")
                    .arg(c.location));

    w.heading(tr("At the gate"));
    w.paragraph(tr("Each student shows their badge. The station checks it and records the passage (time, lane, decision); an agent "
                   "supervises every lane and can override the station. This is a task in the public interest: the head of school "
                   "ensures the safety of people and premises (Code de l'éducation, art. R421-10)."));
    if (facts.gateCameras > 0)
        w.paragraph(tr("Cameras at the gate lanes detect and follow the people in view so that the queue moves; they identify no one "
                       "and no video is recorded."));

    w.heading(tr("The face lane: optional"));
    if (facts.faceLane()) {
        w.paragraph(tr("During the experiment \"%1\", %2, students who wish may use a faster lane: their face is compared once with a "
                       "template kept in their own badge, only when they present it. It needs your written consent and your child's own "
                       "agreement, each signed separately on the form the school gives you (GDPR art. 9(2)(a)).")
                        .arg(facts.experiment->name, c.experimentSpan));
        w.paragraph(
            tr("Without it, your child uses the badge lane, which works the same way and as fast; nothing on screen or on the badge "
               "shows who chose what, and nothing is held against anyone who refuses."));
        w.paragraph(tr("You or your child may withdraw consent at any time at the reception desk, without giving a reason: it takes effect "
                       "at once, the same badge keeps working, and a template kept at the station is deleted. Consent also ends by itself "
                       "at the end of the experiment, at the end of the school year (end of %1), and on your child's 18th birthday, when "
                       "they decide for themself.")
                        .arg(monthName(facts.schoolYearEndMonth)));
    } else {
        w.paragraph(tr("No face comparison is in use at the moment: every student enters with their badge. Should an experiment be "
                       "declared, you would receive a form first, and nothing would happen without your consent."));
    }

    w.heading(tr("How long data is kept"));
    w.table({tr("Data"), tr("Period")}, retentionRows(facts, concernsStudents), {0.4, 0.6});

    w.heading(tr("Who sees it"));
    w.paragraph(tr("Only authorised staff of the school, each for their job; authorities entitled by law on a legal request. The data "
                   "stays on the school's station, encrypted; nothing leaves the European Union."));

    w.heading(tr("Your rights and your child's"));
    w.paragraph(tr("Access, rectification, erasure, restriction, objection, withdrawal of consent at any time without consequence, and "
                   "portability of what was given on consent. To use them, write to the data protection officer (%1) or ask at the "
                   "reception desk; the answer comes within one month. You may also lodge a complaint with the %2.")
                    .arg(c.dpo, cnilAddress()));
    w.paragraph(tr("The controller is %1.").arg(c.controller));
    w.paragraph(tr("Yours faithfully,"));
    w.signature(c.head + u'\n' + facts.schoolName);
}

void writeSign(Notice &notice, const NoticeFacts &facts)
{
    Writer w(notice);
    const Common c = common(w, facts);
    notice.title = tr("Cameras at this entrance");
    notice.subtitle = facts.schoolName;

    notice.cameraUses = cameraUses(facts, c);
    if (notice.cameraUses.isEmpty())
        notice.cameraUses << tr("No camera is in use at this entrance: entry is by badge only.");
    for (const QString &use : std::as_const(notice.cameraUses))
        w.bullet(use);

    w.paragraph(tr("Controller: %1. Data protection officer: %2.").arg(c.controller, c.dpo));
    QString basis = tr("Purpose: safe entry to the school, a task in the public interest.");
    if (facts.faceLane() || facts.visitorTracking())
        basis += QLatin1Char(' ') + tr("Any face comparison only with consent, withdrawn at any time without consequence.");
    w.paragraph(basis);
    w.paragraph(
        tr("Your rights (access, rectification, erasure, restriction, objection): ask at the desk or write to the DPO. Full notice: "
           "%1.")
            .arg(c.location));
    w.paragraph(tr("Complaint: %1").arg(cnilAddress()));
}

} // namespace

Notice buildNotice(NoticeKind kind, const NoticeFacts &facts)
{
    Notice notice;
    notice.kind = kind;
    switch (kind) {
    case NoticeKind::Full:
        writeFull(notice, facts);
        break;
    case NoticeKind::Minors:
        writeMinors(notice, facts);
        break;
    case NoticeKind::Parents:
        writeParents(notice, facts);
        break;
    case NoticeKind::Sign:
        writeSign(notice, facts);
        break;
    }
    return notice;
}

} // namespace portique::privacy
