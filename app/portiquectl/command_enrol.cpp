// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgeoutput.h"
#include "clicontext.h"
#include "commands.h"
#include "faceoptions.h"

#include "people/importfile.h"
#include "people/peoplejson.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "vision/enrolmentcapture.h"
#include "vision/imageloader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portique::cli {
namespace {

/// The relationship of @p guardianName to the student, from the imported legal representatives
/// (names compared without accents or case); empty when none matches.
QString knownRelationship(station::StationServices &services, const QString &studentId, const QString &guardianName)
{
    const QString wanted = people::foldForSearch(guardianName.simplified());
    for (const people::Guardian &guardian : services.people.guardiansOf(studentId)) {
        if (people::foldForSearch(guardian.displayName()) == wanted
            || people::foldForSearch(guardian.firstName + QLatin1Char(' ') + guardian.familyName) == wanted)
            return guardian.relationship.isEmpty() ? people::relationshipLabel(QString()) : guardian.relationship;
    }
    return {};
}

int enrol(const QStringList &arguments)
{
    CliContext context(QStringLiteral("enrol"),
                       QCoreApplication::translate("Cli",
                                                   "Enrols a person in the face lane from photos taken at the desk (at least two): records "
                                                   "the consent, keeps the best template if it matches every photo (sealed into the badge, "
                                                   "or in the database under a key only the badge carries), discards the images and issues "
                                                   "the new badge."),
                       arguments);
    context.parser().addOption({QStringLiteral("image"),
                                QCoreApplication::translate("Cli", "A photo of the person (repeat: at least two)."),
                                QStringLiteral("file")});
    context.parser().addOption(
        {QStringLiteral("consent-by"), QCoreApplication::translate("Cli", "The name of the person who consents."), QStringLiteral("name")});
    context.parser().addOption({QStringLiteral("guardian"),
                                QCoreApplication::translate("Cli", "For a minor: the legal representative who consents."),
                                QStringLiteral("name")});
    context.parser().addOption({QStringLiteral("relationship"),
                                QCoreApplication::translate("Cli", "The representative's relationship (SIECLE code or words); "
                                                                   "taken from the imported guardians when the name matches."),
                                QStringLiteral("relationship")});
    context.parser().addOption({QStringLiteral("channel"), QCoreApplication::translate("Cli", "in_person (the default) or paper."),
                                QStringLiteral("channel"), QStringLiteral("in_person")});
    context.parser().addOption(
        {QStringLiteral("form-ref"),
         QCoreApplication::translate("Cli", "With --channel paper: the reference printed on the returned form (scan its QR "
                                            "code), issued for this person by `consent letter`."),
         QStringLiteral("reference")});
    context.parser().addOption(
        {QStringLiteral("architecture"),
         QCoreApplication::translate("Cli", "1: the template on the badge (default); 2: in the database, locked by the badge."),
         QStringLiteral("type"), QStringLiteral("1")});
    addBadgeOutputOptions(context.parser(), true);
    addFaceOptions(context.parser());
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const QString personId = context.positional().constFirst();
    const QStringList images = context.parser().values(QStringLiteral("image"));
    if (images.isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give at least one --image."));
    const QString architecture = context.parser().value(QStringLiteral("architecture"));
    if (architecture != u"1" && architecture != u"2")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--architecture takes 1 or 2."));
    const std::optional<privacy::ConsentChannel> channel = privacy::channelFromId(context.parser().value(QStringLiteral("channel")));
    if (!channel)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--channel takes in_person or paper."));
    if (*channel != privacy::ConsentChannel::Paper && context.parser().isSet(QStringLiteral("form-ref")))
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--form-ref goes with --channel paper."));
    context.required(QStringLiteral("badge-out"));

    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    people::ConsentDetails details;
    details.givenBy = context.required(QStringLiteral("consent-by"));
    details.guardianName = context.parser().value(QStringLiteral("guardian"));
    details.guardianRelationship = context.parser().value(QStringLiteral("relationship"));
    if (details.guardianRelationship.isEmpty() && !details.guardianName.isEmpty())
        details.guardianRelationship = knownRelationship(services, personId, details.guardianName);
    details.channel = *channel;
    details.channelReference = context.parser().value(QStringLiteral("form-ref"));
    details.architecture = architecture == u"1" ? access::TemplateArchitecture::OnBadge : access::TemplateArchitecture::InDatabase;
    // Consent first: nothing is computed from a face before it is recorded as possible.
    services.enrolments.checkConsent(personId, details);

    auto engine = createFaceEngine(context.parser());
    std::vector<cv::Mat> photos;
    for (const QString &image : images)
        photos.push_back(vision::loadImage(image));
    const vision::CaptureResult capture = vision::enrolmentFromPhotos(*engine, photos);
    photos.clear(); // the images go now; only the descriptor is kept
    const std::optional<double> selfDistance = capture.selfCheck ? std::optional<double>(capture.selfCheck->largest) : std::nullopt;
    if (!capture.ok()) {
        services.enrolments.recordFailure(personId, capture.failure->id, people::CaptureMethod::Photos, capture.samples, actor.login,
                                          selfDistance);
        QString message = QCoreApplication::translate("Cli", "Failure to enrol (%1): %2").arg(capture.failure->id, capture.failure->text);
        if (capture.failure->id == u"self_mismatch")
            message +=
                u' '
                + QCoreApplication::translate("Cli", "(largest distance from the template to one of its photos %1, at most %2 allowed)")
                      .arg(*selfDistance, 0, 'f', 3)
                      .arg(double(vision::selfMatchBound), 0, 'f', 2);
        throw CliExit(Failed, message);
    }
    const biometrics::FaceTemplate kept{engine->model().sha256.left(biometrics::FaceTemplate::modelIdSize), *capture.descriptor};
    QJsonObject json;
    context.database().transaction([&] {
        const people::Enrolment done = services.enrolments.enrol(personId, details, kept, people::CaptureMethod::Photos, capture.quality,
                                                                 capture.samples, actor.login, selfDistance);
        json = writeBadges(context.parser(), services, {{*services.people.find(personId), done.badge}});
        json.insert(QStringLiteral("consent"), people::toJson(*services.consents.current(personId)));
    });
    json.insert(QStringLiteral("quality"), std::round(capture.quality * 10) / 10);
    json.insert(QStringLiteral("photos"), capture.samples);
    json.insert(QStringLiteral("self_distance"), std::round(*selfDistance * 1000) / 1000);
    CliContext::printJson(json);
    return Success;
}

int withdraw(const QStringList &arguments)
{
    CliContext context(QStringLiteral("consent withdraw"),
                       QCoreApplication::translate("Cli",
                                                   "Withdraws a person's consent to the face lane, at once and without reprinting: deletes "
                                                   "the template kept by the station, and the badge they hold works from now on as a "
                                                   "badge-only badge. With --badge-out, a new badge-only badge is also issued (the "
                                                   "earlier one is revoked)."),
                       arguments);
    addBadgeOutputOptions(context.parser(), false);
    if (!context.parse(1, 1, QStringLiteral("PERSON_ID")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManagePeople);
    station::StationServices services(context.database(), context.clock());
    const QString personId = context.positional().constFirst();
    QJsonObject json;
    context.database().transaction([&] {
        if (context.parser().value(QStringLiteral("badge-out")).isEmpty()) {
            // Issue 15: no reprint; the badge they hold is decided on the badge alone from now on.
            const people::ConsentWithdrawal withdrawal = services.enrolments.withdrawConsent(personId, actor.login);
            json.insert(QStringLiteral("badges_badge_only"), QJsonArray::fromStringList(withdrawal.badges));
            json.insert(QStringLiteral("templates_deleted"), withdrawal.templatesDeleted);
            return;
        }
        const access::IssuedBadge badge = services.enrolments.withdraw(personId, actor.login);
        json = writeBadges(context.parser(), services, {{*services.people.find(personId), badge}});
    });
    json.insert(QStringLiteral("withdrawn"), true);
    CliContext::printJson(json);
    return Success;
}

/// The DPO's consent register (issue 9): who consented, for whom, how, and who withdrew.
int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("consent list"),
                       QCoreApplication::translate("Cli", "Lists the consents to the face lane, newest first, with the person, the "
                                                          "class, whether a template is held and the withdrawal."),
                       arguments);
    context.parser().addOption({QStringLiteral("class"), QCoreApplication::translate("Cli", "Only this class."), QStringLiteral("class")});
    context.parser().addOption({QStringLiteral("in-force"), QCoreApplication::translate("Cli", "Only consents in force.")});
    context.parser().addOption({QStringLiteral("withdrawn"), QCoreApplication::translate("Cli", "Only withdrawn consents.")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const bool inForce = context.parser().isSet(QStringLiteral("in-force"));
    const bool withdrawn = context.parser().isSet(QStringLiteral("withdrawn"));
    if (inForce && withdrawn)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--in-force and --withdrawn exclude each other."));
    context.requireOperator(accounts::Permission::ManagePrivacy);
    station::StationServices services(context.database(), context.clock());
    const privacy::ConsentState state = inForce     ? privacy::ConsentState::InForce
                                        : withdrawn ? privacy::ConsentState::Withdrawn
                                                    : privacy::ConsentState::Any;
    QJsonArray consents;
    for (const privacy::ConsentListing &entry : services.consents.listing(context.parser().value(QStringLiteral("class")), state)) {
        QJsonObject json = people::toJson(entry.consent);
        json.insert(QStringLiteral("person_name"), entry.personName);
        json.insert(QStringLiteral("class"), entry.className);
        json.insert(QStringLiteral("left_on"), entry.leftOn.isValid() ? QJsonValue(entry.leftOn.toString(Qt::ISODate)) : QJsonValue());
        json.insert(QStringLiteral("template_held"), entry.templateHeld);
        consents.append(json);
    }
    CliContext::printJson({{QStringLiteral("consents"), consents}, {QStringLiteral("count"), consents.size()}});
    return Success;
}

} // namespace

int runEnrol(const QStringList &arguments)
{
    return enrol(arguments);
}

int runConsent(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"letter", QT_TRANSLATE_NOOP("Cli", "write the information letters and consent forms (PDF)"), consentLetter},
        {"list", QT_TRANSLATE_NOOP("Cli", "list the consents (the DPO's register)"), list},
        {"withdraw", QT_TRANSLATE_NOOP("Cli", "withdraw a consent to the face lane"), withdraw},
    };
    return dispatchVerb(QStringLiteral("consent"), verbs, arguments);
}

} // namespace portique::cli
