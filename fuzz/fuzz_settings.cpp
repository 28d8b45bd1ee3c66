// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The JSON kept in settings, through the real SettingsStore of an encrypted database made once at
// start in TMPDIR (scripts/fuzz.sh puts it on /dev/shm: every input that gets that far costs
// audited, synchronous transactions):
//  - the experiment definition, from the file given to `portiquectl experiment set`
//    (reports/experiment.h): what fromJson() accepts, saveExperiment() must store and
//    loadExperiment() give back unchanged;
//  - the camera list (station/cameraconfig.h), read back by loadCameras() at every start.

#include "common/clock.h"
#include "fuzzsupport.h"
#include "privacy/auditlog.h"
#include "reports/experiment.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "storage/database.h"
#include "storage/databasekey.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>
#include <stdexcept>

using namespace portique;

namespace {

// The key of station/cameraconfig.cpp's setting (file-local there).
const station::TextSetting camerasSetting{u"vision.cameras", u"[]", {}};
const QString actor = QStringLiteral("fuzz");

struct Station {
    QTemporaryDir folder{QDir::tempPath() + QStringLiteral("/portique-fuzz-settings-XXXXXX")};
    common::SystemClock clock;
    std::unique_ptr<storage::Database> database = storage::Database::open(
        folder.filePath(QStringLiteral("fuzz.db")), storage::DatabaseKey::generate(), storage::Database::OpenMode::CreateNew);
    privacy::AuditLog audit{*database, clock};
    station::SettingsStore settings{*database, audit};
};

Station *made = nullptr;

Station &fuzzStation()
{
    if (made == nullptr) {
        made = new Station;
        // libFuzzer ends a time-bounded run with exit(): the folder goes then. After a crash it
        // stays, in TMPDIR, which scripts/fuzz.sh points at a scratch folder of its own.
        std::atexit([] {
            delete made;
            made = nullptr;
        });
    }
    return *made;
}

bool sameDefinition(const privacy::ExperimentDefinition &a, const privacy::ExperimentDefinition &b)
{
    return a.name == b.name && a.start == b.start && a.end == b.end && a.lanes == b.lanes && a.population == b.population
           && a.criteria.medianEntryMs == b.criteria.medianEntryMs && a.criteria.fnmrPercent == b.criteria.fnmrPercent
           && a.criteria.fmrPercent == b.criteria.fmrPercent && a.criteria.overridePercent == b.criteria.overridePercent
           && a.criteria.ftaPercent == b.criteria.ftaPercent && a.criteria.peakPerMinute == b.criteria.peakPerMinute;
}

void experiment(const QString &json)
{
    privacy::ExperimentDefinition definition;
    try {
        definition = privacy::ExperimentDefinition::fromJson(json);
    } catch (const std::invalid_argument &error) {
        fuzz::checkMessage(error.what());
        return;
    }
    if (definition.name.isEmpty() || !definition.start.isValid() || !definition.end.isValid() || definition.end < definition.start)
        fuzz::fail("an experiment was accepted without a name or with an impossible period");
    try {
        privacy::saveExperiment(fuzzStation().settings, definition, actor);
    } catch (const std::invalid_argument &) {
        fuzz::fail("an experiment that was accepted cannot be stored");
    }
    const std::optional<privacy::ExperimentDefinition> stored = privacy::loadExperiment(fuzzStation().settings);
    if (!stored || !sameDefinition(*stored, definition))
        fuzz::fail("an experiment changed on the way to the setting and back");
}

void cameras(const QString &json)
{
    // loadCameras() reads a JSON array and finds nothing in anything else: only arrays are worth
    // the two audited transactions of storing them (the rest kept this target at 34 inputs/s).
    if (!QJsonDocument::fromJson(json.trimmed().toUtf8()).isArray())
        return;
    try {
        fuzzStation().settings.set(camerasSetting, json, actor);
    } catch (const std::invalid_argument &error) {
        fuzz::checkMessage(error.what()); // blank
        return;
    }
    for (const station::CameraConfig &camera : station::loadCameras(fuzzStation().settings)) {
        if (camera.name.isEmpty() || camera.source.isEmpty())
            fuzz::fail("a camera was read without a name or a source");
        (void)camera.minFaceDistanceMetres();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    (void)fuzzStation();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString json = QString::fromUtf8(fuzz::bytesOf(data, size));
    experiment(json);
    cameras(json);
    return 0;
}
