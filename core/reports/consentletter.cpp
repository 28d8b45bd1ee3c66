// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentletter.h"

#include "access/printlayout.h"
#include "access/qrcode.h"
#include "common/clock.h"
#include "common/refusal.h"
#include "people/peoplestore.h"
#include "privacy/auditlog.h"
#include "privacy/consentforms.h"
#include "reportcanvas.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

namespace portique::reports {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::reports", text);
}

// The QR code of the reference: 26 mm, about 1.2 mm a module for the 21 modules of the version 1
// symbol an 11-character reference needs, which any phone or desk scanner reads from paper.
constexpr double qrSideMm = 26;
constexpr double checkboxMm = 4;
constexpr double rowMm = 7.5;
constexpr double signatureHeightMm = 24;

/// A filled-in-by-hand block: boxes to tick (never ticked), a name line (printed only when
/// @p printedName is given), a date line and a signature box.
void handBlock(ReportCanvas &canvas, const QStringList &boxes, const QString &nameLabel, const QString &printedName)
{
    const double height = double(boxes.size()) * rowMm + rowMm + signatureHeightMm + 4;
    canvas.drawing(height, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
        const double left = rect.left() / mm.unitsPerMm;
        const double top = rect.top() / mm.unitsPerMm;
        const double width = rect.width() / mm.unitsPerMm;
        painter.setPen(QPen(access::printTextColour(), mm(0.3)));
        painter.setBrush(Qt::NoBrush);
        painter.setFont(access::printFont(9.5));
        double y = top + 1;
        for (const QString &box : boxes) {
            // A choice under the box above it (where the template is kept) is indented.
            const double indent = box.startsWith(u' ') ? 8 : 0;
            painter.drawRect(mm.rect(left + 1 + indent, y, checkboxMm, checkboxMm));
            painter.drawText(mm.rect(left + 8 + indent, y - 1, width - 8 - indent, rowMm), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             box.trimmed());
            y += rowMm;
        }
        painter.drawText(mm.rect(left + 1, y, 40, rowMm), Qt::AlignLeft | Qt::AlignVCenter, nameLabel);
        if (!printedName.isEmpty()) {
            painter.setFont(access::printFont(10, QFont::Bold));
            painter.drawText(mm.rect(left + 42, y, width - 42, rowMm), Qt::AlignLeft | Qt::AlignVCenter, printedName);
            painter.setFont(access::printFont(9.5));
        } else {
            painter.setPen(QPen(access::printSecondaryColour(), mm(0.2), Qt::DotLine));
            painter.drawLine(QPointF(mm(left + 42), mm(y + rowMm - 1.5)), QPointF(mm(left + width - 2), mm(y + rowMm - 1.5)));
            painter.setPen(QPen(access::printTextColour(), mm(0.3)));
        }
        y += rowMm + 2;
        painter.drawText(mm.rect(left + 1, y, 60, rowMm), Qt::AlignLeft | Qt::AlignVCenter,
                         tr(QT_TRANSLATE_NOOP("portique::reports", "Date: ____ / ____ / ________")));
        const QRectF signature = mm.rect(left + width - 82, y, 80, signatureHeightMm);
        painter.drawRect(signature);
        painter.setPen(access::printSecondaryColour());
        painter.setFont(access::printFont(7.5));
        painter.drawText(signature.adjusted(mm(1.5), mm(1), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         tr(QT_TRANSLATE_NOOP("portique::reports", "Signature")));
    });
}

void drawLetter(ReportCanvas &canvas, const ConsentLetters &all, const ConsentLetter &letter)
{
    const QString date = QLocale().toString(all.date, QLocale::LongFormat);
    QString addressed;
    if (!letter.minor)
        addressed = tr(QT_TRANSLATE_NOOP("portique::reports", "To %1")).arg(letter.name);
    else if (letter.guardians.isEmpty())
        addressed = tr(QT_TRANSLATE_NOOP("portique::reports", "To the legal representatives of %1")).arg(letter.name);
    else
        addressed = QCoreApplication::translate("portique::reports", "To %1, legal representative(s) of %2")
                        .arg(letter.guardians.join(QStringLiteral(", ")), letter.name);
    canvas.title(tr(QT_TRANSLATE_NOOP("portique::reports", "The face lane at the entrance: your choice")),
                 QStringLiteral("%1 · %2 · %3").arg(all.schoolName, letter.className, date));
    canvas.paragraph(addressed);

    // The alternative first (issue 15): a choice is free only when saying no costs nothing.
    canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "Saying no, or not answering, changes nothing")));
    canvas.paragraph(letter.minor
                         ? QCoreApplication::translate("portique::reports",
                                                       "%1 can keep entering the school with the badge only, as today. The badge-only "
                                                       "lane is just as fast and looks exactly the same at the gate. Refusing, or not "
                                                       "returning the form, has no consequence of any kind: no mark, no delay, no "
                                                       "remark, and nobody will ask why.")
                               .arg(letter.firstName)
                         : tr(QT_TRANSLATE_NOOP("portique::reports",
                                                "You can keep entering the school with the badge only, as today. The badge-only lane "
                                                "is just as fast and looks exactly the same at the gate. Refusing, or not returning "
                                                "the form, has no consequence of any kind: no mark, no delay, no remark, and nobody "
                                                "will ask why.")));

    canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "What the face lane is")));
    canvas.paragraph(tr(QT_TRANSLATE_NOOP(
        "portique::reports",
        "The school runs an experiment at its entrance. For the students who agree, after the badge is shown, a camera "
        "compares the face of the person at the lane with the template of the badge's owner (one to one). It never searches "
        "for a face among other students. A template is a list of numbers computed from the face, not a photograph; it is "
        "sealed into the badge, or kept in the station locked by a key that only the badge carries. No photo or video is "
        "kept: the images taken at the desk to compute the template are discarded at once.")));

    canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "Withdrawing, and what ends by itself")));
    canvas.paragraph(tr(QT_TRANSLATE_NOOP(
        "portique::reports",
        "Consent can be withdrawn at any time, at the desk, by the student or a legal representative, without giving a reason. "
        "It takes effect at once: the template is no longer used (and deleted where the station keeps it), and the same badge "
        "keeps opening the gate, with no new card and nothing different at the lane. Consent also ends by itself at the end of "
        "the experiment, at the end of the school year, and when the student turns 18 (an adult decides alone).")));

    canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "Your rights")));
    canvas.paragraph(tr(QT_TRANSLATE_NOOP(
        "portique::reports",
        "The school is the controller of this processing, on the basis of consent (GDPR art. 9-2-a). You may ask the school's "
        "data protection officer for access to the data, its rectification, its erasure or the restriction of its processing, "
        "and you may lodge a complaint with the CNIL (www.cnil.fr). The full information notice is available at the desk.")));

    canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "If you agree")));
    canvas.paragraph(letter.minor
                         ? QCoreApplication::translate("portique::reports",
                                                       "Fill in and sign the form attached, in your part only; %1 decides in their own "
                                                       "part, separately: the face lane is used only if both of you sign. Return the "
                                                       "form to the school's desk. It carries a reference printed for %1 alone, which "
                                                       "the desk scans; a copy of another student's form is refused.")
                               .arg(letter.firstName)
                         : tr(QT_TRANSLATE_NOOP("portique::reports",
                                                "Fill in and sign the form attached and return it to the school's desk. It carries a "
                                                "reference printed for you alone, which the desk scans.")));
    canvas.paragraph(tr(QT_TRANSLATE_NOOP("portique::reports", "Form reference: %1")).arg(letter.reference), true);
}

void drawForm(ReportCanvas &canvas, const ConsentLetters &all, const ConsentLetter &letter)
{
    canvas.title(tr(QT_TRANSLATE_NOOP("portique::reports", "Consent form: the face lane at the entrance")),
                 QStringLiteral("%1 · %2 · %3").arg(all.schoolName, letter.name, letter.className));
    // The reference and its code, for the desk's scanner; nothing else is in the code.
    const access::QrMatrix qr = access::encodeQr(letter.reference);
    canvas.drawing(qrSideMm + 2, [&](QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm) {
        const double left = rect.left() / mm.unitsPerMm;
        const double top = rect.top() / mm.unitsPerMm;
        const double quiet = qrSideMm * access::qrQuietZoneModules / (qr.size + 2.0 * access::qrQuietZoneModules);
        access::drawQrCode(painter, mm, qr, QRectF(left + quiet, top + quiet, qrSideMm - 2 * quiet, qrSideMm - 2 * quiet));
        painter.setPen(access::printTextColour());
        painter.setFont(access::printFont(16, QFont::Bold));
        painter.drawText(mm.rect(left + qrSideMm + 6, top + 2, 120, 10), Qt::AlignLeft | Qt::AlignVCenter, letter.reference);
        painter.setFont(access::printFont(8.5));
        painter.setPen(access::printSecondaryColour());
        painter.drawText(mm.rect(left + qrSideMm + 6, top + 13, rect.width() / mm.unitsPerMm - qrSideMm - 6, 20),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         QCoreApplication::translate("portique::reports",
                                                     "Form reference, issued for %1 only. The desk scans it when the form comes "
                                                     "back; it counts once.")
                             .arg(letter.name));
    });

    canvas.paragraph(
        letter.minor
            ? QCoreApplication::translate("portique::reports", "Nothing needs to be returned for the badge only: without this form, "
                                                               "%1 keeps entering with the badge, just as fast, with no consequence.")
                  .arg(letter.firstName)
            : tr(QT_TRANSLATE_NOOP("portique::reports", "Nothing needs to be returned for the badge only: without this form, you "
                                                        "keep entering with the badge, just as fast, with no consequence.")));
    const QStringList where{tr(QT_TRANSLATE_NOOP("portique::reports", "the template on the badge only (the station keeps none)")),
                            tr(QT_TRANSLATE_NOOP("portique::reports", "the template in the station, locked by a key only the badge "
                                                                      "carries"))};
    if (letter.minor) {
        canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "1. The legal representative")));
        canvas.paragraph(QCoreApplication::translate("portique::reports",
                                                     "I am a legal representative of %1. I agree that a template of their face is "
                                                     "used at the entrance, compared only with their badge. I know that I can "
                                                     "withdraw this consent at any time at the desk, without giving a reason. Tick "
                                                     "one box to agree, and where the template is kept:")
                             .arg(letter.name));
        QStringList boxes{tr(QT_TRANSLATE_NOOP("portique::reports", "I agree to the face lane for my child, with:"))};
        for (const QString &choice : where)
            boxes << QStringLiteral("    ") + choice;
        handBlock(canvas, boxes, tr(QT_TRANSLATE_NOOP("portique::reports", "My name:")), QString());

        canvas.section(QCoreApplication::translate("portique::reports", "2. %1, it is your choice too").arg(letter.firstName));
        canvas.paragraph(tr(QT_TRANSLATE_NOOP(
            "portique::reports",
            "You do not have to use the face lane. If you don't want it, don't sign: you keep using your badge, just as fast, "
            "and no one will ask you why. If you sign, the camera at the entrance checks that the face in front of it matches "
            "your badge. It does not look for you among other people and keeps no photo of you. You can change your mind "
            "whenever you want, at the desk, without saying why: your badge keeps working the same way.")));
        handBlock(canvas, {tr(QT_TRANSLATE_NOOP("portique::reports", "I want to use the face lane."))},
                  tr(QT_TRANSLATE_NOOP("portique::reports", "My name:")), letter.name);
    } else {
        canvas.section(tr(QT_TRANSLATE_NOOP("portique::reports", "Your consent (you are an adult: you decide alone)")));
        canvas.paragraph(tr(QT_TRANSLATE_NOOP(
            "portique::reports",
            "You do not have to use the face lane. If you sign, the camera at the entrance checks that the face in front of it "
            "matches your badge; it looks for no one among others and keeps no photo. You can withdraw at any time at the "
            "desk, without saying why: your badge keeps working the same way. Tick one box to agree, and where the template "
            "is kept:")));
        QStringList boxes{tr(QT_TRANSLATE_NOOP("portique::reports", "I want to use the face lane, with:"))};
        for (const QString &choice : where)
            boxes << QStringLiteral("    ") + choice;
        handBlock(canvas, boxes, tr(QT_TRANSLATE_NOOP("portique::reports", "My name:")), letter.name);
    }
    canvas.paragraph(
        tr(QT_TRANSLATE_NOOP("portique::reports", "Return this form to the school's desk. A form without its reference, a copy of another "
                                                  "student's form or a form already recorded is refused.")),
        true);
}

void drawAll(ReportCanvas &canvas, const ConsentLetters &letters)
{
    bool first = true;
    for (const ConsentLetter &letter : letters.letters) {
        if (!first)
            canvas.pageBreak();
        first = false;
        drawLetter(canvas, letters, letter);
        canvas.pageBreak();
        drawForm(canvas, letters, letter);
    }
}

QString documentTitle()
{
    return tr(QT_TRANSLATE_NOOP("portique::reports", "Face lane: information letters and consent forms"));
}

} // namespace

QStringList ConsentLetters::personIds() const
{
    QStringList ids;
    for (const ConsentLetter &letter : letters)
        ids << letter.personId;
    return ids;
}

ConsentLetters prepareConsentLetters(storage::Database &database, const common::Clock &clock, privacy::AuditLog &audit,
                                     const QStringList &personIds, const QString &className, const QString &schoolName,
                                     const QString &actor)
{
    ConsentLetters result;
    result.schoolName = schoolName;
    result.date = clock.now().toLocalTime().date();
    people::PeopleStore people(database);
    privacy::ConsentFormStore forms(database, clock);
    database.transaction([&] {
        std::vector<people::Person> chosen;
        if (personIds.isEmpty()) {
            people::PeopleFilter filter;
            filter.className = className;
            filter.day = result.date;
            filter.includeRestricted = false;
            chosen = people.list(filter);
            if (className.isEmpty() || chosen.empty())
                throw common::Refusal(
                    QCoreApplication::translate("portique::reports", "No one present in the class \"%1\".").arg(className));
        } else {
            for (const QString &id : personIds) {
                std::optional<people::Person> person = people.find(id);
                if (!person)
                    throw common::Refusal(QCoreApplication::translate("portique::reports", "No person has the id %1.").arg(id));
                if (!person->activeOn(result.date))
                    throw common::Refusal(
                        QCoreApplication::translate("portique::reports", "%1 has left the school.").arg(person->displayName()));
                chosen.push_back(std::move(*person));
            }
        }
        for (const people::Person &person : chosen) {
            ConsentLetter letter;
            letter.personId = person.id;
            letter.name = person.firstName + u' ' + person.familyName;
            letter.firstName = person.firstName;
            letter.className = person.className;
            letter.minor = person.minorOn(result.date);
            for (const people::Guardian &guardian : people.guardiansOf(person.id))
                letter.guardians << guardian.firstName + u' ' + guardian.familyName;
            letter.reference = forms.issue(person.id, actor, audit).reference;
            result.letters.push_back(std::move(letter));
        }
    });
    return result;
}

void writeConsentLettersPdf(const QString &path, const ConsentLetters &letters)
{
    writeCanvasPdf(path, documentTitle(), tr(QT_TRANSLATE_NOOP("portique::reports", "Cannot write the consent letters %1: %2")),
                   [&](ReportCanvas &canvas) { drawAll(canvas, letters); });
}

QList<QImage> renderConsentLetterPages(const ConsentLetters &letters, int dpi)
{
    return renderCanvasPages(dpi, documentTitle(), [&](ReportCanvas &canvas) { drawAll(canvas, letters); });
}

} // namespace portique::reports
