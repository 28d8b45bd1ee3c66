// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "access/lanecontroller.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/facenetwork.h"
#include "vision/syntheticscenes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace portique::cli {
namespace {

/// One person of the benchmark's school: their portrait, their badge.
struct Student {
    vision::StagedFace face;
    QString code;
    bool faceLane = false;
};

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, std::size_t(share * double(values.size())))]);
}

} // namespace

int benchGate(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench gate"),
                       QCoreApplication::translate("Cli", "Runs N gate lanes on simulated cameras: a person every second per lane, half of "
                                                          "them on the face lane, each badge presented after the person blinked. Reports "
                                                          "credential-to-decision latency (p50/p95), passages per minute per lane and "
                                                          "outcomes. --naive describes the face only after the credential."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("lanes"), QCoreApplication::translate("Cli", "Number of lanes (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QCoreApplication::translate("Cli", "Duration (default 30)."), QStringLiteral("s"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("samples"), QCoreApplication::translate("Cli", "Folder of photos of faces (default: the face-api demo photos)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("naive"), QCoreApplication::translate("Cli", "The naive lane: full-frame detection, every face described, and the face taken after the credential.")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const bool naive = parser.isSet(QStringLiteral("naive"));
    if (lanes < 1 || lanes > 8 || seconds < 5)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--lanes takes 1 to 8, --seconds at least 5."));
    const QDir samples(parser.value(QStringLiteral("samples")).isEmpty() ? vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15/demo")
                                                                         : parser.value(QStringLiteral("samples")));
    const vision::FaceModel model = vision::FaceModel::locate();

    // The school: one student per face of the photos, every other one on the face lane (type 1).
    QTemporaryDir dir;
    common::SystemClock clock;
    const storage::DatabaseKey key = storage::DatabaseKey::generate();
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    std::vector<Student> students;
    {
        vision::FaceEngine engine(model);
        QStringList photos;
        for (const QString &name : samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
            photos << samples.absoluteFilePath(name);
        auto db = storage::Database::open(path, key, storage::Database::OpenMode::CreateNew);
        station::StationServices services(*db, clock);
        for (const vision::StagedFace &face : vision::SyntheticScenes::stageFaces(engine, photos)) {
            const auto analyzed = engine.analyze(face.open, vision::DetectionOptions::forPhoto(face.open.size()));
            // The portrait's own face is the biggest (a neighbour from the group photo may show at its edge).
            const auto own = std::max_element(analyzed.cbegin(), analyzed.cend(),
                                              [](const auto &a, const auto &b) { return a.face.box.width() < b.face.box.width(); });
            if (own == analyzed.cend() || !own->descriptor)
                continue;
            Student student{face, {}, students.size() % 2 == 0};
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
                student.code = services.enrolments
                                   .enrol(person.id, details, {model.sha256.left(biometrics::FaceTemplate::modelIdSize), *own->descriptor},
                                          people::CaptureMethod::Photos, 50, 1, QStringLiteral("bench"))
                                   .badge.payload;
            } else {
                student.code = services.enrolments.issueBadgeOnly(person.id, QStringLiteral("bench")).payload;
            }
            students.push_back(student);
        }
    }
    if (students.size() < 4)
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Too few faces found in %1.").arg(samples.path()));

    // Each lane's camera: the students one after another, one second each, blinking early.
    constexpr double secondsEach = 1.0;
    constexpr double presentAt = 0.7; // after the blink at 0.35 s: the credential comes once the person is there
    std::vector<QString> videos;
    for (int lane = 0; lane < lanes; ++lane) {
        std::vector<cv::Mat> frames;
        for (std::size_t i = 0; i < students.size(); ++i) {
            const Student &s = students[(i + std::size_t(lane)) % students.size()];
            auto clip = vision::SyntheticScenes::blinking(s.face.open, s.face.shut, secondsEach, 0.35);
            // Every other person stands a little to the side, as people do: the next face is a new
            // track, not the previous person's track continued.
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

    vision::VisionPipeline::Options options;
    options.naive = naive;
    if (naive)
        options.detection = vision::DetectionOptions{};
    vision::VisionPipeline pipeline(model, options);
    storage::DatabaseThread writer(path, key.clone());
    access::LaneController::Options laneOptions;
    laneOptions.repeatWindowMs = 500;
    laneOptions.describeAfterCredential = naive;
    std::vector<std::unique_ptr<access::LaneController>> controllers;
    std::vector<qint64> latencies;
    std::vector<qint64> faceLatencies; // face lane passages: the badge's plus the wait for a live face
    std::vector<int> decisions(std::size_t(lanes), 0);
    QHash<QString, int> outcomes;
    for (int lane = 0; lane < lanes; ++lane) {
        pipeline.addCamera(QStringLiteral("lane-%1").arg(lane + 1), vision::CameraSource::create(videos[std::size_t(lane)]));
        controllers.push_back(std::make_unique<access::LaneController>(QStringLiteral("lane-%1").arg(lane + 1), writer, clock,
                                                                       model.sha256.left(biometrics::FaceTemplate::modelIdSize), laneOptions));
        QObject::connect(controllers.back().get(), &access::LaneController::decided, controllers.back().get(),
                         [&, lane](const access::Passage &p) {
                             latencies.push_back(p.latencyMs);
                             if (p.faceLane)
                                 faceLatencies.push_back(p.latencyMs);
                             ++decisions[std::size_t(lane)];
                             ++outcomes[access::outcomeId(p.decision.outcome) + QLatin1Char('/') + p.decision.reasons.value(0)];
                         });
    }
    // The badge of the person in view, once per person, at presentAt into their second.
    const double fps = vision::SyntheticScenes::fps;
    std::vector<qint64> presented(std::size_t(lanes), -1);
    QObject::connect(&pipeline, &vision::VisionPipeline::cameraUpdated, &pipeline, [&](const vision::CameraView &view) {
        access::LaneController &lane = *controllers[std::size_t(view.camera)];
        lane.updateFaces(view.tracks);
        const double t = std::fmod(double(view.sequence - 1) / fps, secondsEach * double(students.size()));
        const qint64 slot = qint64(double(view.sequence - 1) / fps / secondsEach);
        if (std::fmod(t, secondsEach) >= presentAt && presented[std::size_t(view.camera)] != slot) {
            presented[std::size_t(view.camera)] = slot;
            const Student &s = students[(std::size_t(t / secondsEach) + std::size_t(view.camera)) % students.size()];
            lane.present(s.code, access::CredentialMethod::Scanner);
        }
    });
    pipeline.start();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    pipeline.stop();

    QJsonObject outcomeJson;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        outcomeJson.insert(it.key(), it.value());
    QJsonArray perMinute;
    for (int count : decisions)
        perMinute.append(std::round(double(count) * 60.0 / elapsed * 10) / 10);
    CliContext::printJson({{QStringLiteral("mode"), naive ? QStringLiteral("naive") : QStringLiteral("portique")},
                           {QStringLiteral("lanes"), lanes},
                           {QStringLiteral("seconds"), std::round(elapsed * 10) / 10},
                           {QStringLiteral("students"), int(students.size())},
                           {QStringLiteral("decisions"), int(latencies.size())},
                           {QStringLiteral("latency_ms_p50"), percentile(latencies, 0.5)},
                           {QStringLiteral("latency_ms_p95"), percentile(latencies, 0.95)},
                           {QStringLiteral("latency_ms_max"), percentile(latencies, 1.0)},
                           {QStringLiteral("face_lane_latency_ms_p50"), percentile(faceLatencies, 0.5)},
                           {QStringLiteral("face_lane_latency_ms_p95"), percentile(faceLatencies, 0.95)},
                           {QStringLiteral("passages_per_minute"), perMinute},
                           {QStringLiteral("outcomes"), outcomeJson}});
    return Success;
}

} // namespace portique::cli
