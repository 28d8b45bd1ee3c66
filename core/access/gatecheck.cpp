// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "gatecheck.h"

#include "common/clock.h"
#include "privacy/consentlapse.h"
#include "privacy/experimentdefinition.h"
#include "station/stationservices.h"
#include "visitors/visitorservice.h"

namespace portique::access {

CredentialCheck checkCredential(station::StationServices &services, QStringView code, const QByteArray &modelId, const QString &lane)
{
    CredentialCheck check;
    const std::optional<DecodedCredential> decoded = decodeCredential(code);
    if (decoded && decoded->credential.kind == CredentialKind::VisitorPass) {
        // A visitor's pass at a lane: valid while its holder is on site and within its window;
        // never a face lane (a visitor's template serves the indoor cameras only).
        const visitors::PassCheck pass = services.visitors.verifyPass(code);
        check.verdict = pass.verdict;
        check.visitorPass = true;
        if (pass.visitor) {
            check.visitorId = pass.visitor->id;
            check.visitorName = pass.visitor->name;
        }
        return check;
    }
    const Verification verification = services.credentials.verify(code);
    check.verdict = verification.verdict;
    check.credential = verification.credential;
    check.person = verification.person;
    if (!verification.valid())
        return check;
    // Restriction (GDPR art. 18, issue 15): the holder's data is kept and processed for nothing
    // else, so the badge alone decides, whatever the consent: no template opened, no face
    // compared, and nothing on screen nor an alert says why (as for a withdrawal).
    if (check.person && check.person->restricted())
        return check;
    // The face lane needs a consent in force and a badge that brings a template, as the registry
    // still knows it: a badge-only badge of someone who consented since (not yet replaced), and the
    // badge of someone who withdrew (recorded against its serial, issue 15; a type-1 badge still
    // carries its sealed template, never opened again) are decided on the badge, like any badge.
    // Issue 15: and only inside the declared experiment's dates and lanes, and only while the
    // consent is in force by its terms (a lapse past the end of the experiment, of the school year
    // or at 18 counts at once, before privacy::lapseConsents records it). Either way the badge
    // alone decides, shown like any grant.
    const bool faceBadge = verification.credential->architecture != TemplateArchitecture::None && verification.record
                           && verification.record->architecture != TemplateArchitecture::None;
    if (!faceBadge)
        return check;
    const std::optional<privacy::Consent> consent = services.consents.current(verification.credential->subjectId);
    if (!consent || !check.person)
        return check;
    const QDate today = services.clock.now().toLocalTime().date();
    if (privacy::consentLapse(*consent, *check.person, privacy::lapseContext(services.settings, today)))
        return check;
    if (!privacy::faceLaneOpen(services.settings, today, lane))
        return check;
    check.faceLane = true;
    try {
        check.faceTemplate = services.enrolments.templateFor(*verification.credential, modelId);
    } catch (const biometrics::TemplateError &) {
        check.faceTemplate.reset();
    }
    check.templateUnavailable = !check.faceTemplate.has_value();
    return check;
}

CredentialCheck checkPerson(station::StationServices &services, const QString &personId)
{
    CredentialCheck check;
    check.person = services.people.find(personId);
    const QDate today = services.clock.now().toLocalTime().date();
    check.verdict = !check.person ? Verdict::PersonUnknown : check.person->activeOn(today) ? Verdict::Valid : Verdict::PersonInactive;
    return check;
}

} // namespace portique::access
