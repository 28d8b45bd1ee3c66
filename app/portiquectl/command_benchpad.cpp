// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `bench pad`: presentation attacks (ISO/IEC 30107-3) against the station's own lanes. Every
// face-lane student of the bench school (buildBenchSchool) is shown at a lane as themself (bona
// fide presentations) and by an attacker holding their badge and an artefact: their photo held
// still, moved, bent and waved, or their video replayed. APCER per attack type, BPCER and the
// genuine time to decision come out against this ground truth. With --record, the figures are
// kept in the station's database for the experiment report and the AIPD (reports/padmeasurement.h).
#include "benchschool.h"
#include "clicontext.h"
#include "commands.h"

#include "access/gate.h"
#include "common/clock.h"
#include "reports/padmeasurement.h"
#include "station/settingsstore.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/facenetwork.h"
#include "vision/visionerror.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <stdexcept>

namespace portique::cli {
namespace {

/// A scene: 4.5 s of a face at the lane (the badge at 1 s, the 3-s window, half a second to
/// spare: a face gone as the window ends would read "no face" rather than what it showed), then
/// an empty entrance long enough for the tracker to forget the face (0.4 s unseen, docs/gate.md)
/// so that nothing seen in one scene, liveness above all, is lent to the next.
constexpr int faceFrames = 68;
constexpr int emptyFrames = 8;
constexpr int sceneFrames = faceFrames + emptyFrames;
/// The badge is shown 1 s into the scene: the attacker then has the whole 3-s window (until the
/// face goes), and 1 s before it, to show liveness.
constexpr double badgeAtSeconds = 1.0;

enum class Kind { Genuine, PhotoStill, PhotoMoved, PhotoWaved, Replay };

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Genuine:
        return QStringLiteral("genuine");
    case Kind::PhotoStill:
        return QStringLiteral("photo_still");
    case Kind::PhotoMoved:
        return QStringLiteral("photo_moved");
    case Kind::PhotoWaved:
        return QStringLiteral("photo_waved");
    case Kind::Replay:
        break;
    }
    return QStringLiteral("replay");
}

struct Scene {
    Kind kind = Kind::Genuine;
    std::size_t student = 0;
    QString variant;
    vision::PhotoAttack attack;
    double blinkEvery = 1.3; ///< genuine standing: seconds between blinks (the first comes 0.2 s earlier)
    bool walking = false;    ///< genuine: walking across the lane, face 140 px wide
};

/// The bent and waved photos: amplitudes 2, 4, 8 px × waves of 1, 2, 4 face widths × bent or
/// rippled; the 4-px waves run at 2 Hz, the others at 1 Hz; the 2-face waves are also moved
/// (pan 20 px, zoom ±5 %, turn ±4°), as a hand does.
std::vector<Scene> wavedVariants()
{
    std::vector<Scene> variants;
    for (double amplitude : {2.0, 4.0, 8.0}) {
        for (double length : {1.0, 2.0, 4.0}) {
            for (bool ripple : {false, true}) {
                Scene scene;
                scene.kind = Kind::PhotoWaved;
                scene.attack.waveAmplitudePx = amplitude;
                scene.attack.waveLengthFaces = length;
                scene.attack.ripple = ripple;
                scene.attack.waveHz = amplitude == 4.0 ? 2.0 : 1.0;
                if (length == 2.0) {
                    scene.attack.panPx = 20;
                    scene.attack.zoom = 0.05;
                    scene.attack.rotationDeg = 4;
                }
                scene.variant = QStringLiteral("%1 %2px %3f")
                                    .arg(ripple ? QStringLiteral("rippled") : QStringLiteral("bent"))
                                    .arg(amplitude)
                                    .arg(length);
                variants.push_back(scene);
            }
        }
    }
    return variants;
}

/// Each face-lane student: 4 bona fide scenes (standing, blinking every 0.8, 1.3 or 2.6 s, so the
/// first blink comes before or after the badge; walking across the lane), their photo held still
/// and moved (pan 40 px, zoom ±15 %, turn ±8°), 5 of the 18 waved photos (each variant about as
/// often), and their standing video replayed.
std::vector<Scene> scenesOf(const std::vector<BenchStudent> &students, int most)
{
    const std::vector<Scene> waved = wavedVariants();
    std::vector<Scene> scenes;
    std::size_t nextWave = 0;
    int taken = 0;
    for (std::size_t s = 0; s < students.size(); ++s) {
        if (!students[s].faceLane || (most > 0 && taken >= most))
            continue;
        ++taken;
        for (double every : {0.8, 1.3, 2.6})
            scenes.push_back({Kind::Genuine, s, QStringLiteral("standing, blink every %1 s").arg(every), {}, every, false});
        scenes.push_back({Kind::Genuine, s, QStringLiteral("walking"), {}, 1.3, true});
        scenes.push_back({Kind::PhotoStill, s, QStringLiteral("held still"), {}, 0, false});
        vision::PhotoAttack moved;
        moved.panPx = 40;
        moved.zoom = 0.15;
        moved.rotationDeg = 8;
        moved.motionHz = 0.5;
        scenes.push_back({Kind::PhotoMoved, s, QStringLiteral("panned, zoomed, turned"), moved, 0, false});
        for (int i = 0; i < 5; ++i) {
            Scene scene = waved[nextWave++ % waved.size()];
            scene.student = s;
            scenes.push_back(scene);
        }
        scenes.push_back({Kind::Replay, s, QStringLiteral("standing video replayed"), {}, 1.3, false});
    }
    return scenes;
}

std::vector<cv::Mat> framesOf(const Scene &scene, const vision::StagedFace &face)
{
    const double seconds = (faceFrames + 0.5) / vision::SyntheticScenes::fps;
    std::vector<cv::Mat> frames;
    switch (scene.kind) {
    case Kind::Genuine:
        if (scene.walking) {
            vision::DistantFaceScene walking;
            walking.faceWidth = 140;
            walking.seconds = seconds;
            walking.blinkEvery = scene.blinkEvery;
            frames = vision::SyntheticScenes::distantFace(face, walking);
        } else {
            frames = vision::SyntheticScenes::blinking(face.open, face.shut, seconds, scene.blinkEvery);
        }
        break;
    case Kind::Replay:
        frames = vision::SyntheticScenes::replay(vision::SyntheticScenes::blinking(face.open, face.shut, seconds, scene.blinkEvery));
        break;
    default: {
        vision::PhotoAttack attack = scene.attack;
        attack.seconds = seconds;
        frames = vision::SyntheticScenes::photoAttack(face.open, attack);
    }
    }
    frames.resize(faceFrames, frames.empty() ? vision::SyntheticScenes::emptyEntrance() : frames.back());
    return frames;
}

/// Writes each lane's video scene by scene (a whole run held in memory would be gigabytes).
void writeLane(const QString &path, const std::vector<const Scene *> &scenes, const std::vector<BenchStudent> &students)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), vision::SyntheticScenes::fps,
                           cv::Size(vision::SyntheticScenes::width, vision::SyntheticScenes::height));
    if (!writer.isOpened())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot write the video %1.").arg(path));
    const cv::Mat empty = vision::SyntheticScenes::emptyEntrance();
    for (const Scene *scene : scenes) {
        for (const cv::Mat &frame : framesOf(*scene, students[scene->student].face))
            writer.write(frame);
        for (int i = 0; i < emptyFrames; ++i)
            writer.write(empty);
    }
}

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, std::size_t(share * double(values.size())))]);
}

double rate(int part, int whole)
{
    return whole > 0 ? std::round(double(part) / whole * 10000) / 100 : 0.0; // a percentage, 2 decimals
}

struct Count {
    int n = 0;
    int granted = 0;
    int refused = 0;
    int byHand = 0;
    std::vector<qint64> latencies;
    std::map<QString, int> outcomes;
    std::map<QString, int> grantedVariants;
};

QJsonObject countJson(const Count &count)
{
    QJsonObject outcomes;
    for (const auto &[id, n] : count.outcomes)
        outcomes.insert(id, n);
    return {{QStringLiteral("n"), count.n},
            {QStringLiteral("granted"), count.granted},
            {QStringLiteral("refused"), count.refused},
            {QStringLiteral("check_by_hand"), count.byHand},
            {QStringLiteral("time_to_decision_ms_p50"), percentile(count.latencies, 0.5)},
            {QStringLiteral("time_to_decision_ms_p95"), percentile(count.latencies, 0.95)},
            {QStringLiteral("outcomes"), outcomes}};
}

} // namespace

int benchPad(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench pad"),
                       QCoreApplication::translate(
                           "Cli", "Presentation attacks (ISO/IEC 30107-3) on simulated gate lanes: each face-lane student of the bench "
                                  "school is shown as themself (blinking, standing or walking) and by an attacker with their badge "
                                  "and their photo held still, moved, bent and waved, or their video replayed. Reports APCER per "
                                  "attack type (attacks granted), BPCER (genuine holders refused or left to the agent) and the "
                                  "genuine time from the badge to the decision."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("lanes"), QCoreApplication::translate("Cli", "Number of lanes (default 2)."), QStringLiteral("n"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("samples"),
                      QCoreApplication::translate("Cli", "Folder of photos of faces (default: the face-api demo photos)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("students"),
                      QCoreApplication::translate("Cli", "Play the scenes of this many face-lane students only (default: all)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("verbose"), QCoreApplication::translate("Cli", "Print every passage on the error output.")});
    parser.addOption(
        {QStringLiteral("record"),
         QCoreApplication::translate("Cli", "Keep the figures in the station's database (--db, --key-file, --user of role dpo) "
                                            "for the experiment report and the AIPD, in place of the previous ones "
                                            "(audited).")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    bool number = false;
    const int most = parser.value(QStringLiteral("students")).toInt(&number);
    if (lanes < 1 || lanes > 8 || !number || most < 0)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--lanes takes 1 to 8, --students 0 (all) or more."));
    // The station and its operator are checked before the run, which takes minutes: a wrong
    // password or role must not cost them.
    std::optional<accounts::User> recorder;
    if (parser.isSet(QStringLiteral("record")))
        recorder = context.requireOperator(accounts::Permission::ManagePrivacy);
    const QDir samples(parser.value(QStringLiteral("samples")).isEmpty()
                           ? vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15/demo")
                           : parser.value(QStringLiteral("samples")));
    const vision::FaceModel model = vision::FaceModel::locate();

    QTemporaryDir dir;
    const storage::DatabaseKey key = storage::DatabaseKey::generate();
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    // The school only (no lane video of bench gate's): its students, badges and templates.
    const BenchSchool school = buildBenchSchool(samples, model, path, key, QDir(dir.path()), 0, verbose);
    const std::vector<BenchStudent> &students = school.students;
    const std::vector<Scene> scenes = scenesOf(students, most);
    if (scenes.empty())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No face-lane student in %1.").arg(samples.path()));

    // Scenes dealt to the lanes in turn, each student's first scene, then each one's second…, so
    // that the lanes never show one badge at once (anti-passback would leave it to the agent).
    std::vector<const Scene *> order;
    for (const Scene &scene : scenes)
        order.push_back(&scene);
    std::stable_sort(order.begin(), order.end(), [&scenes](const Scene *a, const Scene *b) {
        const auto rank = [&scenes](const Scene *s) {
            return std::count_if(scenes.data(), s, [s](const Scene &o) { return o.student == s->student; });
        };
        return rank(a) < rank(b);
    });
    std::vector<std::vector<const Scene *>> laneScenes(static_cast<std::size_t>(lanes));
    for (std::size_t i = 0; i < order.size(); ++i)
        laneScenes[i % std::size_t(lanes)].push_back(order[i]);
    std::vector<QString> videos;
    try {
        for (int lane = 0; lane < lanes; ++lane) {
            videos.push_back(dir.filePath(QStringLiteral("pad-%1.avi").arg(lane)));
            writeLane(videos.back(), laneScenes[std::size_t(lane)], students);
        }
    } catch (const vision::VisionError &error) {
        throw CliExit(Failed, error.message());
    }

    common::SystemClock clock;
    vision::VisionPipeline pipeline(model, vision::VisionPipeline::Options{});
    storage::DatabaseThread writer(path, key.clone());
    const QList<access::GateLane> gateLanes = addBenchLanes(pipeline, videos);
    // The station's Gate and LaneController, with their default policy (3-s window, liveness
    // required); a student's badge comes back every scene, so the repeat window is bench gate's.
    access::Gate gate(&pipeline, gateLanes, writer, clock, model.sha256.left(biometrics::FaceTemplate::modelIdSize));
    access::LaneController::Options laneOptions;
    laneOptions.repeatWindowMs = 500;
    gate.applyOptions(laneOptions);

    const qint64 slots = qint64(laneScenes.front().size());
    std::vector<std::deque<const Scene *>> expected(static_cast<std::size_t>(lanes));
    std::map<Kind, Count> counts;
    int presented = 0;
    int decided = 0;
    QEventLoop loop;
    BenchTimetable timetable;
    timetable.secondsEach = sceneFrames / vision::SyntheticScenes::fps;
    timetable.presentAt = badgeAtSeconds;
    timetable.slots = slots;
    std::vector<qint64> lastSlot(static_cast<std::size_t>(lanes), -1);
    timetable.badgeAt = [&](qint64 slot, int lane) {
        const auto &own = laneScenes[std::size_t(lane)];
        // Each video plays once: a slot again (the file looping) or past a shorter lane's last
        // scene shows no badge (an empty code is never taken).
        const bool again = slot <= lastSlot[std::size_t(lane)];
        lastSlot[std::size_t(lane)] = std::max(lastSlot[std::size_t(lane)], slot);
        const Scene *scene = !again && std::size_t(slot) < own.size() ? own[std::size_t(slot)] : nullptr;
        BenchPresentation truth;
        truth.slot = slot;
        truth.student = scene ? scene->student : 0;
        truth.faceLane = true;
        truth.impostor = scene && scene->kind != Kind::Genuine;
        return std::pair<QString, BenchPresentation>{scene ? students[scene->student].code : QString(), truth};
    };
    presentBadgesAsPeopleArrive(pipeline, gate, timetable, [&](int lane, const BenchPresentation &truth) {
        expected[std::size_t(lane)].push_back(laneScenes[std::size_t(lane)][std::size_t(truth.slot)]);
        ++presented;
    });
    QObject::connect(&gate, &access::Gate::decided, &gate, [&](int lane, const access::Passage &p) {
        if (expected[std::size_t(lane)].empty())
            return;
        const Scene *scene = expected[std::size_t(lane)].front();
        expected[std::size_t(lane)].pop_front();
        ++decided;
        Count &count = counts[scene->kind];
        const access::Outcome outcome = p.decision.outcome;
        ++count.n;
        count.granted += outcome == access::Outcome::Granted;
        count.refused += outcome == access::Outcome::Refused;
        count.byHand += outcome == access::Outcome::CheckByHand;
        count.latencies.push_back(p.latencyMs);
        ++count.outcomes[access::outcomeId(outcome) + QLatin1Char('/') + p.decision.reasons.value(0)];
        const bool wrong = (scene->kind == Kind::Genuine) != (outcome == access::Outcome::Granted);
        if (wrong && scene->kind != Kind::Genuine)
            ++count.grantedVariants[scene->variant];
        if (verbose)
            QTextStream(stderr) << QStringLiteral("lane %1 (%2, %3, student %4): %5/%6 after %7 ms, alive %8\n")
                                       .arg(lane + 1)
                                       .arg(kindId(scene->kind), scene->variant)
                                       .arg(scene->student)
                                       .arg(access::outcomeId(outcome), p.decision.reasons.value(0))
                                       .arg(p.latencyMs)
                                       .arg(p.face.alive);
    });
    pipeline.start();
    QElapsedTimer timer;
    timer.start();
    // One pass of the videos, and a little for the last decisions; done sooner when all are in.
    const int runMs = int(double(slots) * timetable.secondsEach * 1000) + 2000;
    QTimer::singleShot(runMs, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (decided == int(scenes.size()))
            loop.quit();
    });
    poll.start(200);
    loop.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    pipeline.stop();

    QJsonObject attacks;
    for (Kind kind : {Kind::PhotoStill, Kind::PhotoMoved, Kind::PhotoWaved, Kind::Replay}) {
        const Count &count = counts[kind];
        QJsonObject json = countJson(count);
        json.insert(QStringLiteral("apcer_percent"), rate(count.granted, count.n));
        QJsonObject variants;
        for (const auto &[variant, n] : count.grantedVariants)
            variants.insert(variant, n);
        json.insert(QStringLiteral("granted_by_variant"), variants);
        attacks.insert(kindId(kind), json);
    }
    const Count &genuine = counts[Kind::Genuine];
    QJsonObject bonaFide = countJson(genuine);
    bonaFide.insert(QStringLiteral("bpcer_percent"), rate(genuine.refused + genuine.byHand, genuine.n));
    QJsonObject result{{QStringLiteral("lanes"), lanes},
                       {QStringLiteral("seconds"), std::round(elapsed * 10) / 10},
                       {QStringLiteral("face_lane_students"),
                        int(std::count_if(students.cbegin(), students.cend(), [](const BenchStudent &s) { return s.faceLane; }))},
                       {QStringLiteral("staged_without_visible_blink"), school.stagedWithoutBlink},
                       {QStringLiteral("scenes"), int(scenes.size())},
                       {QStringLiteral("presented"), presented},
                       {QStringLiteral("decided"), decided},
                       {QStringLiteral("badge_at_s"), badgeAtSeconds},
                       {QStringLiteral("face_shown_s"), faceFrames / vision::SyntheticScenes::fps},
                       {QStringLiteral("attacks"), attacks},
                       {QStringLiteral("genuine"), bonaFide}};
    if (recorder) {
        try {
            const reports::PadMeasurement measurement =
                reports::PadMeasurement::fromBench(result, context.clock().now().toUTC(), QStringLiteral(PORTIQUE_VERSION));
            station::SettingsStore settings(context.database(), context.audit());
            reports::savePadMeasurement(settings, measurement, recorder->login);
        } catch (const std::invalid_argument &error) {
            CliContext::printJson(result); // the run's figures are not lost
            throw CliExit(Failed,
                          QCoreApplication::translate("Cli", "The figures were not recorded: %1").arg(QString::fromUtf8(error.what())));
        }
        result.insert(QStringLiteral("recorded"), true);
    }
    CliContext::printJson(result);
    return Success;
}

} // namespace portique::cli
