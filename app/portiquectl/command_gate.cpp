// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "access/gate.h"
#include "access/scannerbindings.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/facemodel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <cmath>

namespace portique::cli {
namespace {

QJsonObject passageJson(const access::Passage &passage)
{
    QJsonObject json{{QStringLiteral("outcome"), access::outcomeId(passage.decision.outcome)},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(passage.decision.reasons)},
                     {QStringLiteral("score"),
                      passage.decision.distance ? QJsonValue(std::round(*passage.decision.distance * 1000) / 1000) : QJsonValue()},
                     {QStringLiteral("confidence"), std::round(passage.decision.confidence * 1000) / 1000},
                     {QStringLiteral("latency_ms"), passage.latencyMs},
                     {QStringLiteral("lane"), passage.lane},
                     {QStringLiteral("method"), access::methodId(passage.method)},
                     {QStringLiteral("face_lane"), passage.faceLane},
                     {QStringLiteral("event_id"), passage.eventId},
                     {QStringLiteral("person_id"), passage.person ? QJsonValue(passage.person->id) : QJsonValue()}};
    if (passage.face.present) {
        json.insert(QStringLiteral("quality"), std::round(passage.face.quality * 10) / 10);
        json.insert(QStringLiteral("liveness"), passage.face.alive);
    }
    return json;
}

int simulate(const QStringList &arguments)
{
    CliContext context(QStringLiteral("gate simulate"),
                       QCoreApplication::translate("Cli",
                                                   "Runs one passage headless: the video plays as the lane camera, the credential is "
                                                   "presented when the first frame has been processed, and the decision is printed "
                                                   "and recorded like any passage."),
                       arguments);
    context.parser().addOption({QStringLiteral("lane"), QCoreApplication::translate("Cli", "The lane's name."), QStringLiteral("name"),
                                QStringLiteral("simulation")});
    context.parser().addOption({QStringLiteral("video"),
                                QCoreApplication::translate("Cli", "The lane camera: a video file or a folder of images."),
                                QStringLiteral("file")});
    context.parser().addOption(
        {QStringLiteral("credential"), QCoreApplication::translate("Cli", "The text of the badge's QR code."), QStringLiteral("payload")});
    context.parser().addOption({QStringLiteral("credential-image"),
                                QCoreApplication::translate("Cli", "A picture of the badge (its QR code is read)."),
                                QStringLiteral("file")});
    context.parser().addOption({QStringLiteral("face-model"),
                                QCoreApplication::translate("Cli", "The descriptor model file (default: the installed one)."),
                                QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QString video = context.required(QStringLiteral("video"));
    const QString code = context.qrText(QStringLiteral("credential"), QStringLiteral("credential-image"));
    const accounts::User agent = context.requireOperator(accounts::Permission::OperateGate);
    station::StationServices services(context.database(), context.clock());
    const access::LaneController::Options options = access::LaneController::optionsFrom(services.settings);

    const vision::FaceModel model = vision::FaceModel::locate(context.parser().value(QStringLiteral("face-model")));
    vision::VisionPipeline pipeline(model, vision::VisionPipeline::Options{});
    const QString laneName = context.parser().value(QStringLiteral("lane"));
    const int camera = pipeline.addCamera(laneName, vision::CameraSource::create(video));
    const std::unique_ptr<storage::DatabaseThread> writer = context.openWriter();
    // The station's own Gate, with one lane: the same code path as at the desk.
    access::Gate gate(&pipeline, {access::GateLane{laneName, camera}}, *writer, context.clock(),
                      model.sha256.left(biometrics::FaceTemplate::modelIdSize));
    gate.applyOptions(options);
    gate.setAgent(agent.login);

    QEventLoop loop;
    std::optional<access::Passage> result;
    QString failure;
    bool presented = false;
    QObject::connect(&gate, &access::Gate::viewed, &loop, [&](int lane) {
        if (!std::exchange(presented, true))
            gate.present(lane, code, access::CredentialMethod::Scanner);
    });
    QObject::connect(&gate, &access::Gate::decided, &loop, [&](int, const access::Passage &passage) {
        result = passage;
        loop.quit();
    });
    QObject::connect(&gate, &access::Gate::failed, &loop, [&](int, const QString &message) {
        failure = message;
        loop.quit();
    });
    // A video that never shows a frame (unreadable) must not hang the command.
    QTimer::singleShot(options.policy.faceWindowMs + 30000, &loop, [&] {
        failure = QCoreApplication::translate("Cli", "No frame came from %1.").arg(video);
        loop.quit();
    });
    pipeline.start();
    loop.exec();
    pipeline.stop();
    if (!result)
        throw CliExit(Failed, failure);
    QJsonObject json = passageJson(*result);
    // What the lane camera computed of faces, by reason (PRIVACY.md §1: shown, not claimed).
    const vision::CameraCounters counters = pipeline.counters(camera);
    QJsonObject descriptors{
        {QStringLiteral("total"), counters.descriptorCalls},
        {QStringLiteral("without_face_lane_credential"),
         counters.descriptorCalls - counters.descriptorsByReason[std::size_t(vision::DescriptorReason::FaceLaneCredential)]}};
    for (int r = 0; r < vision::descriptorReasonCount; ++r)
        descriptors.insert(vision::descriptorReasonId(vision::DescriptorReason(r)), counters.descriptorsByReason[std::size_t(r)]);
    json.insert(QStringLiteral("descriptors"), descriptors);
    json.insert(QStringLiteral("frames_processed"), counters.processed);
    CliContext::printJson(json);
    return Success;
}

QJsonArray bindingsJson(const access::ScannerBindings &bindings)
{
    QJsonArray array;
    for (const auto &[device, lane] : bindings)
        array.append(QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("lane"), lane}});
    return array;
}

int bindScanner(const QStringList &arguments)
{
    CliContext context(QStringLiteral("gate bind-scanner"),
                       QCoreApplication::translate("Cli",
                                                   "Binds a keyboard-wedge scanner (its device name, as `xinput list` shows it) to a lane; "
                                                   "an empty LANE unbinds it. Scanners not bound feed the lane selected on screen."),
                       arguments);
    if (!context.parse(1, 2, QStringLiteral("DEVICE [LANE]")))
        return Success;
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::StationServices services(context.database(), context.clock());
    const access::ScannerBindings bindings =
        access::withScannerBinding(access::parseScannerBindings(services.settings.value(station::settings::gateScannerLanes)),
                                   context.positional().constFirst(), context.positional().value(1));
    services.settings.set(station::settings::gateScannerLanes, access::formatScannerBindings(bindings), actor.login);
    CliContext::printJson({{QStringLiteral("scanners"), bindingsJson(bindings)}});
    return Success;
}

int scanners(const QStringList &arguments)
{
    CliContext context(QStringLiteral("gate scanners"), QCoreApplication::translate("Cli", "Lists which scanner feeds which lane."),
                       arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageSettings);
    station::StationServices services(context.database(), context.clock());
    CliContext::printJson({{QStringLiteral("scanners"),
                            bindingsJson(access::parseScannerBindings(services.settings.value(station::settings::gateScannerLanes)))}});
    return Success;
}

} // namespace

int runGate(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"simulate", QT_TRANSLATE_NOOP("Cli", "run one passage headless from a video"), simulate},
        {"bind-scanner", QT_TRANSLATE_NOOP("Cli", "bind a scanner to a lane"), bindScanner},
        {"scanners", QT_TRANSLATE_NOOP("Cli", "list the scanners' lanes"), scanners},
    };
    return dispatchVerb(QStringLiteral("gate"), verbs, arguments);
}

} // namespace portique::cli
