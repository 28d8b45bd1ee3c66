// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "station/demolanes.h"
#include "station/demostation.h"
#include "vision/enrolmentcapture.h"
#include "vision/faceengine.h"
#include "vision/facenetwork.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"

#include <QDir>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace portique::cli {
namespace {

double rounded(double distance)
{
    return std::round(distance * 1000) / 1000;
}

int init(const QStringList &arguments)
{
    CliContext context(QStringLiteral("demo init"),
                       QCoreApplication::translate("Cli",
                                                   "Creates the demo station in DIR (portique.db, portique.key) "
                                                   "with the published demo users; if it exists, only adds the demo users it lacks."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("dir"), QCoreApplication::translate("Cli", "Folder of the demo station."), QStringLiteral("dir")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const station::DemoStation demo = station::ensureDemoStation(context.required(QStringLiteral("dir")), context.clock());
    QJsonArray logins;
    for (const station::DemoAccount &account : station::demoAccounts())
        logins.append(QJsonObject{{QStringLiteral("login"), account.login},
                                  {QStringLiteral("role"), accounts::roleId(account.role)},
                                  {QStringLiteral("password"), account.password}});
    CliContext::printJson({{QStringLiteral("database"), demo.databasePath},
                           {QStringLiteral("key_file"), demo.keyFilePath},
                           {QStringLiteral("created"), demo.created},
                           {QStringLiteral("users"), logins}});
    return Success;
}

int cameras(const QStringList &arguments)
{
    CliContext context(QStringLiteral("demo cameras"),
                       QCoreApplication::translate("Cli", "Writes the demo cameras' videos from the face-api demo photos: two "
                                                          "gate lanes (people walking up one after another), a hall (a pan "
                                                          "across a group), and two indoor cameras (Administration, Cuisine) "
                                                          "where the demo visitors walk by."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("samples"), QCoreApplication::translate("Cli", "Folder of the photos."), QStringLiteral("dir")});
    context.parser().addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Folder of the videos."), QStringLiteral("dir")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QDir samples(context.required(QStringLiteral("samples")));
    const QDir out(context.required(QStringLiteral("out")));
    QDir().mkpath(out.absolutePath());
    vision::setBlasThreads(2);
    vision::FaceEngine engine(vision::FaceModel::locate(), vision::DescriptorMode::Single);
    QStringList photos;
    for (const QString &name : samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
        photos << samples.absoluteFilePath(name);
    const std::vector<vision::StagedFace> staged = vision::SyntheticScenes::stageFaces(engine, photos);
    std::vector<cv::Mat> portraits;
    std::vector<cv::Mat> shut;
    for (const vision::StagedFace &face : staged) {
        portraits.push_back(face.open);
        shut.push_back(face.shut); // the same person with the eyes closed, for the blinks that show liveness
    }
    const cv::Mat hall = photos.isEmpty() ? cv::Mat() : vision::loadImage(photos.constFirst());
    // The last faces are the demo visitors': they walk past the indoor cameras only, never up to a
    // gate, so no student of the demo school shares a face with a visitor.
    constexpr std::size_t visitorFaces = 3;
    if (portraits.size() < 4 + visitorFaces)
        throw CliExit(Failed,
                      QCoreApplication::translate("Cli", "Too few faces found in %1 to make the demo cameras.").arg(samples.path()));
    const std::size_t gateFaces = portraits.size() - visitorFaces;
    const std::size_t half = gateFaces / 2;
    const auto slice = [](const std::vector<cv::Mat> &all, std::size_t from, std::size_t to) {
        return std::vector<cv::Mat>(all.begin() + long(from), all.begin() + long(to));
    };
    const QString gate1 = out.absoluteFilePath(QStringLiteral("gate-1.avi"));
    const QString gate2 = out.absoluteFilePath(QStringLiteral("gate-2.avi"));
    const QString hallVideo = out.absoluteFilePath(QStringLiteral("hall.avi"));
    const QString administrationVideo = out.absoluteFilePath(QStringLiteral("administration.avi"));
    const QString kitchenVideo = out.absoluteFilePath(QStringLiteral("cuisine.avi"));
    const std::vector<std::vector<cv::Mat>> gateFrames{
        vision::SyntheticScenes::approach(slice(portraits, 0, half), 3.0, slice(shut, 0, half)),
        vision::SyntheticScenes::approach(slice(portraits, half, gateFaces), 3.0, slice(shut, half, gateFaces))};
    vision::SyntheticScenes::write(gate1, gateFrames[0]);
    vision::SyntheticScenes::write(gate2, gateFrames[1]);
    vision::SyntheticScenes::write(hallVideo, vision::SyntheticScenes::pan(hall));
    // Administration: a visitor who consented, then one who did not; Cuisine: a visitor whose
    // pass does not allow it (the demo station registers them, core/station/demostation.cpp).
    vision::SyntheticScenes::write(administrationVideo, vision::SyntheticScenes::approach(slice(portraits, gateFaces, gateFaces + 2), 3.0,
                                                                                          slice(shut, gateFaces, gateFaces + 2)));
    vision::SyntheticScenes::write(kitchenVideo, vision::SyntheticScenes::approach(slice(portraits, gateFaces + 2, gateFaces + 3), 4.0,
                                                                                   slice(shut, gateFaces + 2, gateFaces + 3)));

    // Who walks past each camera, as descriptors (the pipeline's own mode): the demo station
    // enrols some of the lanes' people so that its simulated scanner has face lane passages to
    // show, and registers the visitors with theirs. A gate person's enrolment follows the rule of
    // a real one (vision::enrolmentFromSights): their portrait (the desk photo) and the sights of
    // them their lane's camera gets are the captures, the best one is the template, and it must
    // lie within the bound of every capture; the check goes into lanes.json with the template, and
    // the demo station lets a person whose check fails keep a badge-only badge (issue 14). So does
    // a person whose staged blink the landmarks do not see (the benches' rule,
    // SyntheticScenes::stagedBlink): they could never show liveness at the lane (issue 24).
    vision::FaceEngine describer(engine.model());
    const double slot = vision::SyntheticScenes::approachSlotSeconds(3.0);
    std::vector<station::DemoLaneFaces> lanes{{QStringLiteral("Voie 1"), slot, {}}, {QStringLiteral("Voie 2"), slot, {}}};
    std::vector<station::DemoLaneFaces> indoor{{QStringLiteral("Administration"), slot, {}},
                                               {QStringLiteral("Cuisine"), vision::SyntheticScenes::approachSlotSeconds(4.0), {}}};
    const std::size_t slotFrames = std::size_t(std::lround(slot * vision::SyntheticScenes::fps));
    QJsonArray checks;
    int withoutBlink = 0;
    for (std::size_t i = 0; i < portraits.size(); ++i) {
        const std::optional<vision::Sight> portrait =
            vision::describeLargestFace(describer, portraits[i], vision::DetectionOptions::forPhoto(portraits[i].size()));
        if (i >= gateFaces) {
            indoor[i < gateFaces + 2 ? 0 : 1].faces.push_back(portrait ? portrait->descriptor : biometrics::Descriptor{});
            continue;
        }
        station::DemoLaneFaces &lane = lanes[i < half ? 0 : 1];
        // What the lane's camera sees of them walking up: a sight every third frame (five a second;
        // the face grows by 4 to 12 % from one to the next), with the lane's detection options.
        const std::vector<cv::Mat> &frames = gateFrames[i < half ? 0 : 1];
        const std::size_t first = std::min((i < half ? i : i - half) * slotFrames, frames.size());
        const std::size_t last = std::min(first + slotFrames, frames.size());
        std::vector<vision::Sight> captures =
            vision::describeFrames(describer, slice(frames, first, last), vision::DetectionOptions::forGate(), 3);
        std::vector<biometrics::Descriptor> seen;
        for (const vision::Sight &sight : captures)
            seen.push_back(sight.descriptor);
        const QJsonValue before = portrait ? QJsonValue(rounded(vision::selfMatch(portrait->descriptor, seen).largest)) : QJsonValue();
        if (portrait)
            captures.push_back(*portrait);
        const vision::CaptureResult enrolment = vision::enrolmentFromSights(captures);
        // The template is kept even when the check fails: the demo station records the failure
        // from the check and never puts that template on a badge.
        const auto kept = std::max_element(captures.cbegin(), captures.cend(),
                                           [](const vision::Sight &a, const vision::Sight &b) { return a.quality < b.quality; });
        lane.faces.push_back(kept != captures.cend() ? kept->descriptor : biometrics::Descriptor{});
        const double selfDistance = enrolment.selfCheck ? double(enrolment.selfCheck->largest) : 2.0;
        const vision::StagedBlink blink = vision::SyntheticScenes::stagedBlink(engine, staged[i]);
        lane.checks.push_back({enrolment.samples, selfDistance, blink.visible});
        withoutBlink += blink.visible ? 0 : 1;
        checks.append(QJsonObject{{QStringLiteral("lane"), lane.lane},
                                  {QStringLiteral("face"), int(lane.faces.size())},
                                  {QStringLiteral("sights"), enrolment.samples},
                                  {QStringLiteral("self_distance"), rounded(selfDistance)},
                                  {QStringLiteral("blink_visible"), blink.visible},
                                  // What the template was before issue 14: the portrait alone, against what the lane sees.
                                  {QStringLiteral("portrait_self_distance"), before},
                                  {QStringLiteral("failure"), enrolment.failure ? QJsonValue(enrolment.failure->id) : QJsonValue()}});
    }
    station::writeDemoLaneFaces(out.absoluteFilePath(QStringLiteral("lanes.json")), lanes);
    station::writeDemoLaneFaces(out.absoluteFilePath(QStringLiteral("visitors.json")), indoor);
    CliContext::printJson({{QStringLiteral("videos"), QJsonArray{gate1, gate2, hallVideo, administrationVideo, kitchenVideo}},
                           {QStringLiteral("people"), int(gateFaces)},
                           {QStringLiteral("visitors"), int(visitorFaces)},
                           {QStringLiteral("staged_without_visible_blink"), withoutBlink},
                           {QStringLiteral("self_check_bound"), rounded(vision::selfMatchBound)},
                           {QStringLiteral("self_checks"), checks}});
    return Success;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"init", QT_TRANSLATE_NOOP("Cli", "create the demo station"), init},
        {"cameras", QT_TRANSLATE_NOOP("Cli", "write the demo cameras' videos"), cameras},
        {"seed", QT_TRANSLATE_NOOP("Cli", "fill the database with a scripted school day"), demoSeed},
    };
    return dispatchVerb(QStringLiteral("demo"), verbs, arguments);
}

} // namespace portique::cli
