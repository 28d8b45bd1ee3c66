// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peopledetail.h"

#include "people/importfile.h"
#include "peoplepage.h"
#include "station/stationservices.h"
#include "theme.h"
#include "vision/enrolmentcapture.h"

#include <QLocale>

namespace portique::ui {

QString peopleShortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

std::optional<PersonDetail> loadPersonDetail(station::StationServices &services, const QString &id)
{
    std::optional<people::Person> person = services.people.find(id);
    if (!person)
        return std::nullopt;
    PersonDetail detail;
    detail.person = std::move(*person);
    detail.guardians = services.people.guardiansOf(id);
    detail.consent = services.consents.current(id);
    detail.badges = services.credentials.ofPerson(id);
    detail.attempts = services.enrolments.attempts(id);
    detail.holdsTemplate = services.enrolments.holdsTemplate(id);
    return detail;
}

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : QStringLiteral("—");
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString revokeReasonText(const QString &reason)
{
    if (reason == u"left")
        return PeoplePage::tr("left the school");
    if (reason == u"consent_withdrawn")
        return PeoplePage::tr("consent withdrawn");
    if (reason == u"reissued")
        return PeoplePage::tr("replaced by a new badge");
    return reason;
}

QString architectureText(access::TemplateArchitecture architecture)
{
    switch (architecture) {
    case access::TemplateArchitecture::OnBadge:
        return PeoplePage::tr("type 1: the sealed template is on the badge only");
    case access::TemplateArchitecture::InDatabase:
        return PeoplePage::tr("type 2: the template is in the database, sealed under a key only the badge carries");
    case access::TemplateArchitecture::None:
        break;
    }
    return PeoplePage::tr("badge only");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#5b6270'>%1</td><td>%2</td></tr>").arg(label, value);
}

} // namespace

QString personDetailHtml(const PersonDetail &detail, const QDate &today)
{
    const people::Person &person = detail.person;
    QString text = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(html(person.displayName()));
    text += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(html(PeoplePage::tr("%1 · id %2").arg(people::kindLabel(person.kind), person.id)));

    QString identity;
    if (!person.className.isEmpty())
        identity += row(PeoplePage::tr("Class"), html(person.className));
    identity += row(PeoplePage::tr("Birth date"), peopleShortDate(person.birthDate));
    if (const std::optional<int> age = person.ageOn(today)) {
        identity += row(PeoplePage::tr("Age"),
                        person.minorOn(today) ? PeoplePage::tr("%1 — minor").arg(*age) : PeoplePage::tr("%1 — adult").arg(*age));
    } else {
        identity += row(PeoplePage::tr("Age"), PeoplePage::tr("unknown — treated as a minor"));
    }
    identity +=
        row(PeoplePage::tr("Status"),
            person.activeOn(today) ? (person.leftOn.isValid() ? PeoplePage::tr("active, leaves on %1").arg(peopleShortDate(person.leftOn))
                                                              : PeoplePage::tr("active"))
                                   : PeoplePage::tr("left on %1").arg(peopleShortDate(person.leftOn)));
    text += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(identity);

    if (person.kind == people::PersonKind::Student) {
        text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Legal representatives"));
        if (detail.guardians.empty()) {
            text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("None recorded (import ResponsablesAvecAdresses.xml)."));
        } else {
            QString items;
            for (const people::Guardian &guardian : detail.guardians)
                items += QStringLiteral("<li>%1 — %2</li>")
                             .arg(html(guardian.displayName()), html(people::relationshipLabel(guardian.relationship)));
            text += QStringLiteral("<ul style='margin-top:0'>%1</ul>").arg(items);
        }
    }

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Face lane"));
    if (const std::optional<privacy::Consent> &consent = detail.consent) {
        QString rows = row(PeoplePage::tr("Consent given"), shortTime(consent->givenAt));
        rows += row(PeoplePage::tr("By"), html(consent->givenBy));
        if (!consent->guardianName.isEmpty())
            rows +=
                row(PeoplePage::tr("Legal representative"),
                    html(PeoplePage::tr("%1 (%2)").arg(consent->guardianName, people::relationshipLabel(consent->guardianRelationship))));
        rows += row(PeoplePage::tr("Channel"), consent->channel == privacy::ConsentChannel::Paper
                                                   ? html(PeoplePage::tr("paper form %1").arg(consent->channelReference))
                                                   : PeoplePage::tr("in person"));
        rows += row(PeoplePage::tr("Template"), html(architectureText(consent->architecture)));
        rows += row(PeoplePage::tr("Recorded by"), html(consent->agent));
        text += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows);
    } else {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("Badge only: no consent in force, no template anywhere."));
    }
    if (detail.holdsTemplate && !detail.consent)
        text += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(colours::alert.name(), PeoplePage::tr("! The database still holds a template without a consent in force."));

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Badges"));
    if (detail.badges.empty()) {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("No badge issued."));
    } else {
        QString rows =
            QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
                .arg(PeoplePage::tr("Serial"), PeoplePage::tr("Issued"), PeoplePage::tr("Expires"), PeoplePage::tr("State"));
        for (const access::CredentialRecord &badge : detail.badges) {
            QString state;
            if (badge.revoked())
                state = PeoplePage::tr("revoked on %1 (%2)")
                            .arg(peopleShortDate(badge.revokedAt.toLocalTime().date()), revokeReasonText(badge.revokeReason));
            else if (badge.expiresOn < today)
                state = PeoplePage::tr("expired");
            else
                state = PeoplePage::tr("valid");
            rows += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(html(badge.serial.left(8)), peopleShortDate(badge.issuedOn), peopleShortDate(badge.expiresOn), html(state));
        }
        text += QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
    }

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Enrolment attempts"));
    if (detail.attempts.empty()) {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("None."));
    } else {
        QString rows = QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                           .arg(PeoplePage::tr("Date"), PeoplePage::tr("Outcome"), PeoplePage::tr("Agent"));
        for (const people::EnrolmentAttempt &attempt : detail.attempts) {
            const QString outcome = attempt.enrolled ? PeoplePage::tr("✓ enrolled")
                                                     : PeoplePage::tr("✕ failed: %1").arg(vision::captureFailure(attempt.reason).text);
            rows +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(shortTime(attempt.at), html(outcome), html(attempt.agent));
        }
        text += QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
    }
    return text;
}

} // namespace portique::ui
