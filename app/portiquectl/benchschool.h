// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "vision/syntheticscenes.h"

#include <QDir>
#include <QList>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace portique::access {
class Gate;
struct GateLane;
} // namespace portique::access
namespace portique::storage {
class DatabaseKey;
}
namespace portique::vision {
class VisionPipeline;
struct FaceModel;
} // namespace portique::vision

namespace portique::cli {

/// One person of the benchmarks' school (bench gate, bench soak): their portrait, their badge.
struct BenchStudent {
    vision::StagedFace face;
    QString code;
    bool faceLane = false;
};

/// Who stood at the lane and which badge they showed, for one presentation the lane took.
struct BenchPresentation {
    bool faceLane = false;
    bool impostor = false;
    bool aliveBefore = false; ///< the person had shown liveness before the credential
    std::size_t student = 0;  ///< who stood at the lane
    qint64 slot = 0;          ///< the second of the run they stood there
};

/// The school and the lanes' videos.
struct BenchSchool {
    std::vector<BenchStudent> students;
    std::vector<QString> videos; ///< one per lane, each person for one second, looping
    int stagedWithoutBlink = 0;  ///< faces whose staged blink the landmarks do not see (kept badge-only)
};

/// One impostor attempt every this many face-lane presentations: a face-lane badge shown by
/// another person of the school (a lent or stolen badge), so that impostor_granted means something.
constexpr int benchImpostorEvery = 8;

/// The school of the photos in @p samples, in the database at @p path (created when missing) (one student per face,
/// about half on the face lane, enrolled as at the desk), and one video per lane in @p videoDir.
/// Throws CliExit when there are too few faces.
BenchSchool buildBenchSchool(const QDir &samples, const vision::FaceModel &model, const QString &path, const storage::DatabaseKey &key,
                             const QDir &videoDir, int lanes, bool verbose);

/// One camera per video on @p pipeline ("lane-1", "lane-2"…), as the gate's lanes: the same
/// lanes for bench gate, bench pad and bench soak.
QList<access::GateLane> addBenchLanes(vision::VisionPipeline &pipeline, const std::vector<QString> &videos);

/// The badge shown in slot @p slot of lane @p lane, and by whom.
std::pair<QString, BenchPresentation> benchPresentation(const std::vector<BenchStudent> &students, qint64 slot, int lane);

/// Presents at each lane the badge of the person in view, once per person, once they are there
/// (as a person holds out a badge); @p taken is told of each presentation the gate accepted.
void presentBadgesAsPeopleArrive(vision::VisionPipeline &pipeline, access::Gate &gate, const std::vector<BenchStudent> &students,
                                 std::function<void(int lane, const BenchPresentation &truth)> taken);

/// When each person (or scene) of a lane's video stands at the lane and which badge is shown: bench
/// gate's people stay one second each; bench pad's scenes are longer, so that an attack has the
/// whole decision window.
struct BenchTimetable {
    double secondsEach = 1.0; ///< each person's (scene's) time in a lane's video
    double presentAt = 0.7;   ///< the badge is shown this far into it
    qint64 slots = 0;         ///< people (scenes) in a lane's video before it loops
    /// The badge shown in slot @p slot (0 … slots - 1) of lane @p lane, and by whom.
    std::function<std::pair<QString, BenchPresentation>(qint64 slot, int lane)> badgeAt;
};

/// The same, for any @p timetable.
void presentBadgesAsPeopleArrive(vision::VisionPipeline &pipeline, access::Gate &gate, BenchTimetable timetable,
                                 std::function<void(int lane, const BenchPresentation &truth)> taken);

} // namespace portique::cli
