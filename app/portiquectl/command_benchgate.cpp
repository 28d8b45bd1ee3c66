// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "benchschool.h"
#include "clicontext.h"
#include "commands.h"

#include "access/gate.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/enrolmentcapture.h"
#include "vision/facenetwork.h"
#include "vision/liveness.h"
#include "vision/syntheticscenes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>

namespace portique::cli {
namespace {

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, std::size_t(share * double(values.size())))]);
}

/// What one run measured, from the ground truth.
struct Tally {
    std::vector<qint64> latencies;
    std::vector<qint64> faceLatencies;     // genuine face-lane passages
    std::vector<qint64> faceLatenciesLive; // … whose person had shown liveness before the credential
    std::vector<qint64> impostorLatencies;
    std::vector<std::vector<qint64>> perLane;
    std::vector<int> decisions;
    QHash<QString, int> outcomes;
    int genuineRefused = 0;
    int genuineByHand = 0;
    int impostors = 0;
    int impostorGranted = 0;
};

/// A passage the ground truth says went wrong, or an impostor's, on stderr, to find out why (--verbose).
void printPassage(int lane, const BenchPresentation &truth, const access::Passage &p)
{
    QTextStream(stderr) << QStringLiteral("lane %1 second %2 student %3%13: %4/%5 after %6 ms; face present %7 usable %8 alive %9 "
                                          "sights %10 distance %11; alive before the badge %12\n")
                               .arg(lane + 1)
                               .arg(truth.slot)
                               .arg(truth.student)
                               .arg(access::outcomeId(p.decision.outcome), p.decision.reasons.value(0))
                               .arg(p.latencyMs)
                               .arg(p.face.present)
                               .arg(p.face.usable)
                               .arg(p.face.alive)
                               .arg(p.face.sights)
                               .arg(p.decision.distance.value_or(-1), 0, 'f', 2)
                               .arg(truth.aliveBefore)
                               .arg(truth.impostor ? QStringLiteral(" (impostor)") : QString());
}

QJsonObject runLanes(const std::vector<BenchStudent> &students, const std::vector<QString> &videos, const vision::FaceModel &model,
                     const QString &path, const storage::DatabaseKey &key, int seconds, bool naive, bool verbose)
{
    const int lanes = int(videos.size());
    common::SystemClock clock;
    vision::VisionPipeline::Options options;
    options.naive = naive;
    if (naive)
        options.detection = vision::DetectionOptions{};
    vision::VisionPipeline pipeline(model, options);
    storage::DatabaseThread writer(path, key.clone());
    const QList<access::GateLane> gateLanes = addBenchLanes(pipeline, videos);
    // The same Gate as the station's, fed by the same pipeline.
    access::Gate gate(&pipeline, gateLanes, writer, clock, model.sha256.left(biometrics::FaceTemplate::modelIdSize));
    access::LaneController::Options laneOptions;
    laneOptions.repeatWindowMs = 500;
    laneOptions.describeAfterCredential = naive;
    gate.applyOptions(laneOptions);

    Tally tally;
    tally.perLane.resize(std::size_t(lanes));
    tally.decisions.resize(std::size_t(lanes), 0);
    std::vector<std::deque<BenchPresentation>> expected(static_cast<std::size_t>(lanes));
    QObject::connect(&gate, &access::Gate::decided, &gate, [&](int lane, const access::Passage &p) {
        if (expected[std::size_t(lane)].empty())
            return;
        const BenchPresentation truth = expected[std::size_t(lane)].front();
        expected[std::size_t(lane)].pop_front();
        const access::Outcome outcome = p.decision.outcome;
        tally.latencies.push_back(p.latencyMs);
        tally.perLane[std::size_t(lane)].push_back(p.latencyMs);
        ++tally.decisions[std::size_t(lane)];
        ++tally.outcomes[access::outcomeId(outcome) + QLatin1Char('/') + p.decision.reasons.value(0)];
        if (truth.impostor) {
            if (verbose)
                printPassage(lane, truth, p);
            ++tally.impostors;
            tally.impostorGranted += outcome == access::Outcome::Granted;
            tally.impostorLatencies.push_back(p.latencyMs);
            return;
        }
        if (verbose && outcome != access::Outcome::Granted)
            printPassage(lane, truth, p);
        tally.genuineRefused += outcome == access::Outcome::Refused;
        tally.genuineByHand += outcome == access::Outcome::CheckByHand;
        if (truth.faceLane) {
            tally.faceLatencies.push_back(p.latencyMs);
            if (truth.aliveBefore)
                tally.faceLatenciesLive.push_back(p.latencyMs);
        }
    });
    presentBadgesAsPeopleArrive(pipeline, gate, students,
                                [&](int lane, const BenchPresentation &truth) { expected[std::size_t(lane)].push_back(truth); });
    pipeline.start();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    pipeline.stop();

    qint64 described = 0;
    qint64 withoutCredential = 0;
    QJsonObject byReason;
    std::array<qint64, vision::descriptorReasonCount> reasons{};
    for (int camera = 0; camera < pipeline.cameraCount(); ++camera) {
        const vision::CameraCounters counters = pipeline.counters(camera);
        described += counters.descriptorCalls;
        // On a gate camera, anything not asked for by a face-lane credential counts here.
        withoutCredential +=
            counters.descriptorCalls - counters.descriptorsByReason[std::size_t(vision::DescriptorReason::FaceLaneCredential)];
        for (std::size_t r = 0; r < reasons.size(); ++r)
            reasons[r] += counters.descriptorsByReason[r];
    }
    for (std::size_t r = 0; r < reasons.size(); ++r)
        byReason.insert(vision::descriptorReasonId(vision::DescriptorReason(r)), reasons[r]);
    QJsonObject outcomeJson;
    for (auto it = tally.outcomes.cbegin(); it != tally.outcomes.cend(); ++it)
        outcomeJson.insert(it.key(), it.value());
    QJsonArray perMinute;
    QJsonArray laneP95;
    for (int lane = 0; lane < lanes; ++lane) {
        perMinute.append(std::round(double(tally.decisions[std::size_t(lane)]) * 60.0 / elapsed * 10) / 10);
        laneP95.append(percentile(tally.perLane[std::size_t(lane)], 0.95));
    }
    return {{QStringLiteral("mode"), naive ? QStringLiteral("naive") : QStringLiteral("portique")},
            {QStringLiteral("lanes"), lanes},
            {QStringLiteral("seconds"), std::round(elapsed * 10) / 10},
            {QStringLiteral("students"), int(students.size())},
            {QStringLiteral("decisions"), int(tally.latencies.size())},
            {QStringLiteral("latency_ms_p50"), percentile(tally.latencies, 0.5)},
            {QStringLiteral("latency_ms_p95"), percentile(tally.latencies, 0.95)},
            {QStringLiteral("latency_ms_max"), percentile(tally.latencies, 1.0)},
            {QStringLiteral("latency_ms_p95_per_lane"), laneP95},
            {QStringLiteral("face_lane_latency_ms_p50"), percentile(tally.faceLatencies, 0.5)},
            {QStringLiteral("face_lane_latency_ms_p95"), percentile(tally.faceLatencies, 0.95)},
            {QStringLiteral("face_lane_latency_ms_p95_live"), percentile(tally.faceLatenciesLive, 0.95)},
            {QStringLiteral("impostor_latency_ms_p95"), percentile(tally.impostorLatencies, 0.95)},
            {QStringLiteral("passages_per_minute"), perMinute},
            {QStringLiteral("genuine_refused"), tally.genuineRefused},
            {QStringLiteral("genuine_check_by_hand"), tally.genuineByHand},
            {QStringLiteral("impostors"), tally.impostors},
            {QStringLiteral("impostor_granted"), tally.impostorGranted},
            {QStringLiteral("descriptors_computed"), described},
            {QStringLiteral("descriptors_by_reason"), byReason},
            {QStringLiteral("descriptors_without_face_lane_credential"), withoutCredential},
            {QStringLiteral("outcomes"), outcomeJson}};
}

} // namespace

int benchGate(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench gate"),
                       QCoreApplication::translate("Cli",
                                                   "Runs N gate lanes on simulated cameras: a person every second per lane, half of "
                                                   "them on the face lane, each badge presented after the person blinked. Reports "
                                                   "credential-to-decision latency (p50/p95), passages per minute per lane, outcomes "
                                                   "against the ground truth (genuine holders refused, impostors granted: every "
                                                   "8th face-lane presentation is another person's badge) and descriptors computed. "
                                                   "--naive also runs the naive lanes on the same videos."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("lanes"), QCoreApplication::translate("Cli", "Number of lanes (default 4)."), QStringLiteral("n"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QCoreApplication::translate("Cli", "Duration (default 30)."), QStringLiteral("s"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("samples"),
                      QCoreApplication::translate("Cli", "Folder of photos of faces (default: the face-api demo photos)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("naive"),
                      QCoreApplication::translate("Cli", "Also run the naive lanes (full-frame detection, every face described, the "
                                                         "face taken after the credential) in the same run.")});
    parser.addOption(
        {QStringLiteral("verbose"),
         QCoreApplication::translate(
             "Cli", "Print on the error output every impostor's passage and every passage the ground truth says went wrong.")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const bool naive = parser.isSet(QStringLiteral("naive"));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (lanes < 1 || lanes > 8 || seconds < 5)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--lanes takes 1 to 8, --seconds at least 5."));
    const QDir samples(parser.value(QStringLiteral("samples")).isEmpty()
                           ? vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15/demo")
                           : parser.value(QStringLiteral("samples")));
    const vision::FaceModel model = vision::FaceModel::locate();

    QTemporaryDir dir;
    const storage::DatabaseKey key = storage::DatabaseKey::generate();
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const BenchSchool school = buildBenchSchool(samples, model, path, key, QDir(dir.path()), lanes, verbose);
    const std::vector<BenchStudent> &students = school.students;
    const std::vector<QString> &videos = school.videos;
    const int stagedWithoutBlink = school.stagedWithoutBlink;

    // The product's lanes, then (--naive) the naive lanes on the same videos, in the same run.
    QJsonObject report = runLanes(students, videos, model, path, key, seconds, false, verbose);
    report.insert(QStringLiteral("staged_without_visible_blink"), stagedWithoutBlink);
    if (naive) {
        const QJsonObject naiveReport = runLanes(students, videos, model, path, key, seconds, true, verbose);
        const auto ratio = [&](const QString &field) {
            const double ours = report.value(field).toDouble();
            return ours > 0 ? std::round(naiveReport.value(field).toDouble() / ours * 100) / 100 : 0.0;
        };
        report.insert(QStringLiteral("naive"), naiveReport);
        report.insert(QStringLiteral("naive_over_portique"),
                      QJsonObject{{QStringLiteral("latency_ms_p95"), ratio(QStringLiteral("latency_ms_p95"))},
                                  {QStringLiteral("face_lane_latency_ms_p95"), ratio(QStringLiteral("face_lane_latency_ms_p95"))},
                                  {QStringLiteral("descriptors_computed"), ratio(QStringLiteral("descriptors_computed"))}});
    }
    CliContext::printJson(report);
    return Success;
}

} // namespace portique::cli
