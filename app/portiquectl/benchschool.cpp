// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "benchschool.h"

#include "privacy/experimentdefinition.h"

#include "clicontext.h"

#include "access/gate.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "vision/camerasource.h"
#include "vision/enrolmentcapture.h"
#include "vision/facenetwork.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <memory>

namespace portique::cli {
namespace {

// Each lane's camera: the students one after another, one second each, blinking early.
constexpr double secondsEach = 1.0;
constexpr double presentAt = 0.7; // after the blink at 0.35 s: the credential comes once the person is there

} // namespace

BenchSchool buildBenchSchool(const QDir &samples, const vision::FaceModel &model, const QString &path, const storage::DatabaseKey &key,
                             const QDir &videoDir, int lanes, bool verbose)
{
    common::SystemClock clock;
    BenchSchool school;
    std::vector<BenchStudent> &students = school.students;
    int faceLanes = 0;
    int &stagedWithoutBlink = school.stagedWithoutBlink;
    {
        vision::FaceEngine engine(model);
        QStringList photos;
        for (const QString &name : samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
            photos << samples.absoluteFilePath(name);
        // A database the caller prepared (bench soak seeds old days first) is added to.
        auto db = storage::Database::open(
            path, key, QFile::exists(path) ? storage::Database::OpenMode::Existing : storage::Database::OpenMode::CreateNew);
        station::StationServices services(*db, clock);
        // The face lane runs only inside a declared experiment (issue 15): the bench school's covers
        // today on every lane.
        privacy::ExperimentDefinition experiment;
        experiment.name = QStringLiteral("bench");
        experiment.start = clock.now().toLocalTime().date().addDays(-1);
        experiment.end = experiment.start.addDays(2);
        experiment.population = QStringLiteral("bench school");
        privacy::saveExperiment(services.settings, experiment, QStringLiteral("bench"));
        const std::vector<vision::StagedFace> staged = vision::SyntheticScenes::stageFaces(engine, photos);
        for (const vision::StagedFace &face : staged) {
            const auto analyzed = engine.analyze(face.open, vision::DetectionOptions::forPhoto(face.open.size()));
            // The portrait's own face is the biggest (a neighbour from the group photo may show at its edge).
            const auto own = std::max_element(analyzed.cbegin(), analyzed.cend(),
                                              [](const auto &a, const auto &b) { return a.face.box.width() < b.face.box.width(); });
            if (own == analyzed.cend() || !own->descriptor)
                continue;
            // About half the school on the face lane, among the people whose staged blink the landmarks
            // see (the demo chooses its face-lane people by the same rule).
            const vision::StagedBlink blink = vision::SyntheticScenes::stagedBlink(engine, face);
            BenchStudent student{face, {}, blink.visible && faceLanes * 2 < int(staged.size())};
            stagedWithoutBlink += blink.visible ? 0 : 1;
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
                                           .arg(blink.open, 0, 'f', 2)
                                           .arg(blink.shut, 0, 'f', 2);
            }
            faceLanes += student.faceLane ? 1 : 0;
            students.push_back(student);
        }
    }
    if (students.size() < 4)
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Too few faces found in %1.").arg(samples.path()));

    for (int lane = 0; lane < lanes; ++lane) {
        std::vector<cv::Mat> frames;
        for (std::size_t i = 0; i < students.size(); ++i) {
            const BenchStudent &s = students[(i + std::size_t(lane)) % students.size()];
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
        school.videos.push_back(videoDir.filePath(QStringLiteral("lane-%1.avi").arg(lane)));
        vision::SyntheticScenes::write(school.videos.back(), frames);
    }

    return school;
}

QList<access::GateLane> addBenchLanes(vision::VisionPipeline &pipeline, const std::vector<QString> &videos)
{
    QList<access::GateLane> lanes;
    for (std::size_t lane = 0; lane < videos.size(); ++lane) {
        const QString name = QStringLiteral("lane-%1").arg(lane + 1);
        lanes << access::GateLane{name, pipeline.addCamera(name, vision::CameraSource::create(videos[lane]))};
    }
    return lanes;
}

std::pair<QString, BenchPresentation> benchPresentation(const std::vector<BenchStudent> &students, qint64 slot, int lane)
{
    const std::size_t at = std::size_t(slot + lane) % students.size();
    const BenchStudent &person = students[at];
    BenchPresentation expected{person.faceLane, false, false, at, slot};
    if (person.faceLane && (slot / 2 + lane) % benchImpostorEvery == benchImpostorEvery - 1) {
        // Another face-lane student's badge, shown by this person.
        for (std::size_t step = 1; step < students.size(); ++step) {
            const BenchStudent &owner = students[(at + step) % students.size()];
            if (owner.faceLane)
                return {owner.code, BenchPresentation{true, true, false, at, slot}};
        }
    }
    return {person.code, expected};
}

void presentBadgesAsPeopleArrive(vision::VisionPipeline &pipeline, access::Gate &gate, const std::vector<BenchStudent> &students,
                                 std::function<void(int lane, const BenchPresentation &truth)> taken)
{
    BenchTimetable timetable{secondsEach, presentAt, qint64(students.size()),
                             [&students](qint64 slot, int lane) { return benchPresentation(students, slot, lane); }};
    presentBadgesAsPeopleArrive(pipeline, gate, std::move(timetable), std::move(taken));
}

void presentBadgesAsPeopleArrive(vision::VisionPipeline &pipeline, access::Gate &gate, BenchTimetable timetable,
                                 std::function<void(int lane, const BenchPresentation &truth)> taken)
{
    const double fps = vision::SyntheticScenes::fps;
    auto presented = std::make_shared<std::vector<qint64>>(std::size_t(gate.laneCount()), -1);
    QObject::connect(&pipeline, &vision::VisionPipeline::cameraUpdated, &gate,
                     [&gate, presented, fps, timetable = std::move(timetable), taken = std::move(taken)](const vision::CameraView &view) {
                         const int lane = gate.laneOfCamera(view.camera);
                         const double each = timetable.secondsEach;
                         const double t = std::fmod(double(view.sequence - 1) / fps, each * double(timetable.slots));
                         const qint64 slot = qint64(double(view.sequence - 1) / fps / each);
                         if (lane < 0 || std::fmod(t, each) < timetable.presentAt || (*presented)[std::size_t(lane)] == slot)
                             return;
                         (*presented)[std::size_t(lane)] = slot;
                         auto [code, truth] = timetable.badgeAt(qint64(t / each), lane);
                         truth.aliveBefore = access::LaneController::bestFace(view.tracks, 0).alive;
                         if (gate.present(lane, code, access::CredentialMethod::Scanner))
                             taken(lane, truth);
                     });
}

} // namespace portique::cli
