// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
//
// The AIPD's facts: read from the live configuration and records at one moment, and each
// generation recorded (version, hash) once its file is written.
#include "aipd.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "outputlog.h"
#include "station/stationservices.h"
#include "station/versions.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace portique::privacy {
namespace {

int countOf(storage::Database &database, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return int(database.scalar(sql, values).toLongLong());
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject entryJson(const reports::ExperimentReport::EntryTimes &times)
{
    return {{QStringLiteral("passages"), times.passages},
            {QStringLiteral("median_ms"), optionalJson(times.medianMs)},
            {QStringLiteral("p95_ms"), optionalJson(times.p95Ms)}};
}

void countPeople(station::StationServices &services, const QDate &today, AipdFacts &f)
{
    for (const people::Person &person : services.people.list({QString(), QString(), true, today})) {
        if (!person.activeOn(today)) {
            ++f.leftButHeld;
            continue;
        }
        switch (person.kind) {
        case people::PersonKind::Student:
            ++f.students;
            break;
        case people::PersonKind::Staff:
            ++f.staff;
            break;
        case people::PersonKind::Other:
            ++f.others;
            break;
        }
        if (person.minorOn(today))
            ++f.minors;
        if (person.restricted())
            ++f.restricted;
    }
}

void countBadges(storage::Database &database, const QDate &today, AipdFacts &f)
{
    const QString day = common::isoDate(today);
    storage::Statement architectures = database.prepare(QStringLiteral(
        "SELECT c.architecture, count(DISTINCT c.person_id), count(*) FROM credentials c JOIN people p ON p.id = c.person_id "
        "WHERE c.revoked_at IS NULL AND c.expires_on >= ?1 AND (p.left_on IS NULL OR p.left_on > ?1) GROUP BY c.architecture"));
    architectures.bind(1, day);
    int withBadge = 0;
    while (architectures.next()) {
        const int count = int(architectures.toInt64(1));
        withBadge += count;
        switch (architectures.toInt64(0)) {
        case 1:
            f.typeOne = count;
            // Badges, not people: a lost badge not yet revoked still carries a template.
            f.typeOneBadges = int(architectures.toInt64(2));
            break;
        case 2:
            f.typeTwo = count;
            break;
        default:
            f.badgeOnly = count;
            break;
        }
    }
    f.withoutBadge = std::max(0, f.students + f.staff + f.others - withBadge);
}

void countUsers(station::StationServices &services, AipdFacts &f)
{
    for (const accounts::User &user : services.users.list()) {
        if (user.disabled)
            continue;
        switch (user.role) {
        case accounts::Role::Agent:
            ++f.agents;
            break;
        case accounts::Role::Principal:
            ++f.principals;
            break;
        case accounts::Role::Dpo:
            ++f.dpos;
            break;
        case accounts::Role::Admin:
            ++f.admins;
            break;
        }
    }
}

} // namespace

int AipdFacts::gateCameras() const
{
    return int(std::count_if(cameras.cbegin(), cameras.cend(),
                             [](const station::CameraConfig &camera) { return camera.role == station::CameraConfig::Role::GateLane; }));
}

int AipdFacts::indoorCameras() const
{
    // A desk camera follows no one (it takes a visitor's photo on the agent's key only).
    return int(std::count_if(cameras.cbegin(), cameras.cend(),
                             [](const station::CameraConfig &camera) { return camera.role == station::CameraConfig::Role::IndoorZone; }));
}

QJsonObject AipdFacts::toJson() const
{
    QJsonArray cameraList;
    for (const station::CameraConfig &camera : cameras)
        cameraList.append(QJsonObject{{QStringLiteral("name"), camera.name},
                                      {QStringLiteral("role"), station::CameraConfig::roleId(camera.role)},
                                      {QStringLiteral("zone"), camera.zone}});
    QJsonArray zoneList;
    for (const visitors::Zone &zone : zones.zones)
        zoneList.append(QJsonObject{{QStringLiteral("name"), zone.name}, {QStringLiteral("restricted"), zone.restricted}});
    QJsonObject periods;
    for (const RetentionRule &rule : retention)
        periods.insert(retentionKindId(rule.kind), rule.days);
    QJsonArray risks;
    for (const AipdRisk &risk : assessAipdRisks(*this))
        risks.append(QJsonObject{{QStringLiteral("id"), risk.id},
                                 {QStringLiteral("severity"), risk.severity},
                                 {QStringLiteral("likelihood"), risk.likelihood},
                                 {QStringLiteral("reason"), risk.reason}});
    QJsonValue measuredJson;
    if (measured)
        measuredJson = QJsonObject{{QStringLiteral("badge_only_entry"), entryJson(measured->badgeOnlyEntry)},
                                   {QStringLiteral("face_lane_entry"), entryJson(measured->faceLaneEntry)},
                                   {QStringLiteral("fnmr_percent"), optionalJson(measured->fnmrPercent)},
                                   {QStringLiteral("fmr_percent"), optionalJson(measured->fmrPercent)},
                                   {QStringLiteral("genuine_attempts"), measured->genuineAttempts},
                                   {QStringLiteral("face_grants"), measured->faceGrants}};
    return {{QStringLiteral("version"), version},
            {QStringLiteral("generated_at"), common::isoTime(generatedAt)},
            {QStringLiteral("school"), schoolName},
            {QStringLiteral("uai"), schoolUai},
            {QStringLiteral("people"), QJsonObject{{QStringLiteral("students"), students},
                                                   {QStringLiteral("minors"), minors},
                                                   {QStringLiteral("staff"), staff},
                                                   {QStringLiteral("others"), others},
                                                   {QStringLiteral("left_but_held"), leftButHeld},
                                                   {QStringLiteral("restricted"), restricted}}},
            {QStringLiteral("architectures"), QJsonObject{{QStringLiteral("type1"), typeOne},
                                                          {QStringLiteral("type2"), typeTwo},
                                                          {QStringLiteral("badge_only"), badgeOnly},
                                                          {QStringLiteral("without_badge"), withoutBadge},
                                                          {QStringLiteral("type1_badges"), typeOneBadges},
                                                          {QStringLiteral("type2_templates"), templatesHeld}}},
            {QStringLiteral("consents"), QJsonObject{{QStringLiteral("in_force"), consentsInForce},
                                                     {QStringLiteral("withdrawn"), consentsWithdrawn},
                                                     {QStringLiteral("at_desk"), consentsAtDesk},
                                                     {QStringLiteral("on_paper"), consentsOnPaper}}},
            {QStringLiteral("visitors"), QJsonObject{{QStringLiteral("held"), visitorsHeld},
                                                     {QStringLiteral("tracking"), visitorsTracking},
                                                     {QStringLiteral("templates"), visitorTemplates}}},
            {QStringLiteral("watchlist_entries"), watchlistEntries},
            {QStringLiteral("watchlist_photos"), watchlistPhotos},
            {QStringLiteral("statements"),
             QJsonObject{{QStringLiteral("face_images"), aipdFaceImageStatement(*this)},
                         {QStringLiteral("gate_cameras"), aipdGateCameraStatement(*this)},
                         {QStringLiteral("principal"), aipdRoleAccess(accounts::Role::Principal).join(QStringLiteral("; "))}}},
            {QStringLiteral("cameras"), cameraList},
            {QStringLiteral("zones"), zoneList},
            {QStringLiteral("experiment"), experiment ? QJsonValue(experiment->name) : QJsonValue()},
            {QStringLiteral("measured"), measuredJson},
            {QStringLiteral("presentation_attacks"), padMeasurement ? QJsonValue(padMeasurement->toReportJson()) : QJsonValue()},
            {QStringLiteral("retention_days"), periods},
            {QStringLiteral("risks"), risks},
            {QStringLiteral("security"), QJsonObject{{QStringLiteral("sqlcipher"), cipherVersion},
                                                     {QStringLiteral("users"), QJsonObject{{QStringLiteral("agent"), agents},
                                                                                           {QStringLiteral("principal"), principals},
                                                                                           {QStringLiteral("dpo"), dpos},
                                                                                           {QStringLiteral("admin"), admins}}},
                                                     {QStringLiteral("signing_key"), signingKey},
                                                     {QStringLiteral("audit_records"), auditRecords},
                                                     {QStringLiteral("audit_intact"), auditIntact}}}};
}

AipdFacts collectAipdFacts(station::StationServices &services, const QString &actor)
{
    storage::Database &database = services.database;
    AipdFacts f;
    f.version = nextAipdVersion(services);
    f.generatedAt = services.clock.now().toUTC();
    f.generatedBy = actor;
    f.schoolName = services.settings.value(station::settings::schoolName);
    f.schoolUai = services.settings.value(station::settings::schoolUai);
    f.components = station::componentVersions();

    const QDate today = f.generatedAt.toLocalTime().date();
    countPeople(services, today, f);
    countBadges(database, today, f);
    f.templatesHeld = countOf(database, QStringLiteral("SELECT count(*) FROM face_templates"));
    f.consentsInForce = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NULL"));
    f.consentsWithdrawn = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE withdrawn_at IS NOT NULL"));
    f.consentsAtDesk = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE channel = 'in_person'"));
    f.consentsOnPaper = countOf(database, QStringLiteral("SELECT count(*) FROM consents WHERE channel = 'paper'"));
    f.visitorsHeld = countOf(database, QStringLiteral("SELECT count(*) FROM visitors"));
    f.visitorsTracking = countOf(database, QStringLiteral("SELECT count(*) FROM visitors WHERE tracking <> 0"));
    f.visitorTemplates = countOf(database, QStringLiteral("SELECT count(*) FROM visitor_templates"));
    f.watchlistEntries = countOf(database, QStringLiteral("SELECT count(*) FROM watchlist"));
    f.watchlistPhotos = countOf(database, QStringLiteral("SELECT count(*) FROM watchlist WHERE photo IS NOT NULL AND length(photo) > 0"));
    f.watchlistFaces = countOf(database, QStringLiteral("SELECT count(*) FROM watchlist WHERE sealed IS NOT NULL"));
    f.passPhoto = services.settings.value(station::settings::visitorsPrintPhoto) != 0;

    f.cameras = station::loadCameras(services.settings);
    f.zones = visitors::loadZoneMap(services.settings, f.cameras);
    f.experiment = privacy::loadExperiment(services.settings);
    if (f.experiment) {
        const reports::ExperimentReport report = reports::buildExperimentReport(services, *f.experiment);
        f.measured = AipdMeasuredFigures{
            report.days,       report.badgeOnlyEntry, report.faceLaneEntry, report.genuineAttempts, report.falseNonMatches,
            report.faceGrants, report.falseMatches,   report.fnmrPercent,   report.fmrPercent};
    }
    f.padMeasurement = reports::loadPadMeasurement(services.settings);
    f.faceWindowMs = services.settings.value(station::settings::gateFaceWindowMs);
    f.retention = retentionRules(services.settings);

    f.cipherVersion = database.cipherVersion();
    countUsers(services, f);
    f.lockoutAttempts = int(services.settings.value(station::settings::lockoutAttempts));
    f.lockoutMinutes = int(services.settings.value(station::settings::lockoutMinutes));
    f.autoLockMinutes = int(services.settings.value(station::settings::autoLockMinutes));
    f.signingKey = countOf(database, QStringLiteral("SELECT count(*) FROM station_keys WHERE purpose = 'signing'")) > 0;
    const AuditVerification verification = services.audit.verify();
    f.auditIntact = verification.intact;
    f.auditRecords = services.audit.count();
    f.matchThresholdMilli = int(services.settings.value(station::settings::gateMatchThreshold));
    f.mismatchThresholdMilli = int(services.settings.value(station::settings::gateMismatchThreshold));
    f.visitorMatchThresholdMilli = int(services.settings.value(station::settings::visitorsMatchThreshold));
    return f;
}

int nextAipdVersion(station::StationServices &services)
{
    return int(services.settings.value(aipdVersionSetting)) + 1;
}

void recordAipdGeneration(station::StationServices &services, const AipdFacts &facts, const QString &path, const QByteArray &sha256,
                          const QString &actor)
{
    services.database.transaction([&] {
        // Never back: a preview read before another generation keeps its number, and the counter
        // still moves forward past both.
        const int last = int(services.settings.value(aipdVersionSetting));
        services.settings.set(aipdVersionSetting, std::max(last, facts.version), actor);
        // The AIPD names no one (counts, roles, cameras): recorded so the DPO finds every copy.
        OutputLog(services.database, services.clock).record({path, OutputKind::Aipd, {}});
        services.audit.append(actor, QString(aipdAuditAction), QStringLiteral("v%1").arg(facts.version),
                              {{QStringLiteral("version"), facts.version},
                               {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                               {QStringLiteral("file"), QFileInfo(path).fileName()}});
    });
}

} // namespace portique::privacy
