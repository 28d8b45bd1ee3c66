// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
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

/// One person of the benchmark's school: their portrait, their badge.
struct Student {
    vision::StagedFace face;
    QString code;
    bool faceLane = false;
};

/// How open the eyes of the portrait's face are (LivenessMonitor::eyeAspectRatio), 0 without a face.
double eyeOpening(vision::FaceEngine &engine, const cv::Mat &portrait)
{
    const auto seen = engine.analyze(portrait, vision::DetectionOptions::forPhoto(portrait.size()), false);
    return seen.empty() ? 0.0 : vision::LivenessMonitor::eyeAspectRatio(seen.front().landmarks);
}

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, std::size_t(share * double(values.size())))]);
}

/// One impostor attempt every this many face-lane presentations: a face-lane badge shown by
/// another person of the school (a lent or stolen badge), so that impostor_granted means something.
constexpr int impostorEvery = 8;
// Each lane's camera: the students one after another, one second each, blinking early.
constexpr double secondsEach = 1.0;
constexpr double presentAt = 0.7; // after the blink at 0.35 s: the credential comes once the person is there

/// Who stood at the lane and which badge they showed, for one presentation the lane took.
struct Expected {
    bool faceLane = false;
    bool impostor = false;
    bool aliveBefore = false; ///< the person had shown liveness before the credential
    std::size_t student = 0;  ///< who stood at the lane
    qint64 slot = 0;          ///< the second of the run they stood there
};

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

/// The badge shown in slot @p slot of lane @p lane, and by whom.
std::pair<QString, Expected> presentation(const std::vector<Student> &students, qint64 slot, int lane)
{
    const std::size_t at = std::size_t(slot + lane) % students.size();
    const Student &person = students[at];
    Expected expected{person.faceLane, false, false, at, slot};
    if (person.faceLane && (slot / 2 + lane) % impostorEvery == impostorEvery - 1) {
        // Another face-lane student's badge, shown by this person.
        for (std::size_t step = 1; step < students.size(); ++step) {
            const Student &owner = students[(at + step) % students.size()];
            if (owner.faceLane)
                return {owner.code, Expected{true, true, false, at, slot}};
        }
    }
    return {person.code, expected};
}

/// A passage the ground truth says went wrong, or an impostor's, on stderr, to find out why (--verbose).
void printPassage(int lane, const Expected &truth, const access::Passage &p)
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

QJsonObject runLanes(const std::vector<Student> &students, const std::vector<QString> &videos, const vision::FaceModel &model,
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
    QList<access::GateLane> gateLanes;
    for (int lane = 0; lane < lanes; ++lane) {
        const int camera =
            pipeline.addCamera(QStringLiteral("lane-%1").arg(lane + 1), vision::CameraSource::create(videos[std::size_t(lane)]));
        gateLanes << access::GateLane{QStringLiteral("lane-%1").arg(lane + 1), camera};
    }
    // The same Gate as the station's, fed by the same pipeline.
    access::Gate gate(&pipeline, gateLanes, writer, clock, model.sha256.left(biometrics::FaceTemplate::modelIdSize));
    access::LaneController::Options laneOptions;
    laneOptions.repeatWindowMs = 500;
    laneOptions.describeAfterCredential = naive;
    gate.applyOptions(laneOptions);

    Tally tally;
    tally.perLane.resize(std::size_t(lanes));
    tally.decisions.resize(std::size_t(lanes), 0);
    std::vector<std::deque<Expected>> expected(static_cast<std::size_t>(lanes));
    QObject::connect(&gate, &access::Gate::decided, &gate, [&](int lane, const access::Passage &p) {
        if (expected[std::size_t(lane)].empty())
            return;
        const Expected truth = expected[std::size_t(lane)].front();
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
    // The badge of the person in view, once per person, at presentAt into their second.
    const double fps = vision::SyntheticScenes::fps;
    std::vector<qint64> presented(std::size_t(lanes), -1);
    QObject::connect(&pipeline, &vision::VisionPipeline::cameraUpdated, &gate, [&](const vision::CameraView &view) {
        const int lane = gate.laneOfCamera(view.camera);
        const double t = std::fmod(double(view.sequence - 1) / fps, secondsEach * double(students.size()));
        const qint64 slot = qint64(double(view.sequence - 1) / fps / secondsEach);
        if (lane < 0 || std::fmod(t, secondsEach) < presentAt || presented[std::size_t(lane)] == slot)
            return;
        presented[std::size_t(lane)] = slot;
        auto [code, truth] = presentation(students, qint64(t / secondsEach), lane);
        truth.aliveBefore = access::LaneController::bestFace(view.tracks, 0).alive;
        if (gate.present(lane, code, access::CredentialMethod::Scanner))
            expected[std::size_t(lane)].push_back(truth);
    });
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

    // The school: one student per face of the photos, every other one on the face lane (type 1).
    QTemporaryDir dir;
    common::SystemClock clock;
    const storage::DatabaseKey key = storage::DatabaseKey::generate();
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    std::vector<Student> students;
    int faceLanes = 0;
    int stagedWithoutBlink = 0;
    {
        vision::FaceEngine engine(model);
        QStringList photos;
        for (const QString &name : samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
            photos << samples.absoluteFilePath(name);
        auto db = storage::Database::open(path, key, storage::Database::OpenMode::CreateNew);
        station::StationServices services(*db, clock);
        const std::vector<vision::StagedFace> staged = vision::SyntheticScenes::stageFaces(engine, photos);
        for (const vision::StagedFace &face : staged) {
            const auto analyzed = engine.analyze(face.open, vision::DetectionOptions::forPhoto(face.open.size()));
            // The portrait's own face is the biggest (a neighbour from the group photo may show at its edge).
            const auto own = std::max_element(analyzed.cbegin(), analyzed.cend(),
                                              [](const auto &a, const auto &b) { return a.face.box.width() < b.face.box.width(); });
            if (own == analyzed.cend() || !own->descriptor)
                continue;
            // About half the school on the face lane, among the people whose staged blink the landmarks
            // see: eyes painted shut do not always look shut to them, and such a person could only
            // ever be checked by hand, which would measure the staging, not the gate.
            const double eyesOpen = eyeOpening(engine, face.open);
            const double eyesShut = eyeOpening(engine, face.shut);
            const bool blinks = eyesShut < eyesOpen * vision::LivenessMonitor::blinkDrop;
            Student student{face, {}, blinks && faceLanes * 2 < int(staged.size())};
            stagedWithoutBlink += blinks ? 0 : 1;
            // Enrolled as at the desk: several sights of the person (the portrait and frames of
            // them at the camera), the best kept only if it matches every one of them; a student
            // whose template fails that check is a failure to enrol and goes badge-only.
            std::optional<vision::CaptureResult> enrolled;
            if (student.faceLane) {
                std::vector<vision::Sight> sights{{*own->descriptor, vision::qualityScore(own->quality)}};
                const auto frames = vision::describeFrames(engine, vision::SyntheticScenes::blinking(face.open, face.shut, 1.0, 0.35),
                                                           vision::DetectionOptions::forLane(), 5);
                sights.insert(sights.end(), frames.begin(), frames.end());
                const vision::CaptureResult result = vision::enrolmentFromSights(sights);
                if (result.ok())
                    enrolled = result;
                else
                    student.faceLane = false;
            }
            people::Person person;
            person.id = QString::number(5000000 + int(students.size()));
            person.familyName = QStringLiteral("BANC");
            person.firstName = QStringLiteral("Élève %1").arg(students.size());
            person.className = QStringLiteral("2NDE1");
            person.birthDate = QDate(2000, 1, 1);
            person.source = people::PersonSource::Manual;
            services.people.save(person, clock.now());
            if (student.faceLane) {
                people::ConsentDetails details;
                details.givenBy = person.firstName;
                student.code =
                    services.enrolments
                        .enrol(person.id, details, {model.sha256.left(biometrics::FaceTemplate::modelIdSize), *enrolled->descriptor},
                               people::CaptureMethod::Camera, enrolled->quality, enrolled->samples, QStringLiteral("bench"),
                               enrolled->selfCheck ? std::optional<double>(enrolled->selfCheck->largest) : std::nullopt)
                        .badge.payload;
            } else {
                student.code = services.enrolments.issueBadgeOnly(person.id, QStringLiteral("bench")).payload;
            }
            if (verbose) {
                // How the lane will see this person: a face never usable there is never compared.
                const auto atLane = engine.analyze(vision::SyntheticScenes::blinking(face.open, face.shut, 1.0, 0.35).front(),
                                                   vision::DetectionOptions::forLane(), false);
                QStringList problems;
                for (const auto &seen : atLane)
                    problems << QStringLiteral("%1 px: %2").arg(seen.face.box.width()).arg(seen.quality.problems.join(QLatin1Char(',')));
                QTextStream(stderr) << QStringLiteral("student %1 (%2): at the lane %3; eyes open %4, shut %5\n")
                                           .arg(students.size())
                                           .arg(student.faceLane ? QStringLiteral("face lane") : QStringLiteral("badge only"),
                                                problems.join(QStringLiteral("; ")))
                                           .arg(eyesOpen, 0, 'f', 2)
                                           .arg(eyesShut, 0, 'f', 2);
            }
            faceLanes += student.faceLane ? 1 : 0;
            students.push_back(student);
        }
    }
    if (students.size() < 4)
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Too few faces found in %1.").arg(samples.path()));

    std::vector<QString> videos;
    for (int lane = 0; lane < lanes; ++lane) {
        std::vector<cv::Mat> frames;
        for (std::size_t i = 0; i < students.size(); ++i) {
            const Student &s = students[(i + std::size_t(lane)) % students.size()];
            auto clip = vision::SyntheticScenes::blinking(s.face.open, s.face.shut, secondsEach, 0.35);
            // Every other person stands a little to the side, as people do; the others stand
            // exactly where the person before last stood (the track must not be lent across them).
            if (i % 2 == 1) {
                const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 220, 0, 1, 0);
                for (cv::Mat &frame : clip)
                    cv::warpAffine(frame, frame, shift, frame.size(), cv::INTER_NEAREST, cv::BORDER_REPLICATE);
            }
            frames.insert(frames.end(), clip.begin(), clip.end());
        }
        videos.push_back(dir.filePath(QStringLiteral("lane-%1.avi").arg(lane)));
        vision::SyntheticScenes::write(videos.back(), frames);
    }

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
