// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "padmeasurement.h"

#include "common/isotime.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <stdexcept>

namespace portique::reports {
namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

// The bench's own bounds on --lanes (command_benchpad.cpp).
constexpr int maxLanes = 8;
// A bound on every count only so that sums and percentages stay within an int: the bench plays
// 11 scenes per student, a few thousand at most.
constexpr int maxCount = 1'000'000;
// Times to a decision: at most an hour, as for the experiment's median entry time; a lane decides
// within its face window (10 s at most), the bound only keeps the number an integer.
constexpr qint64 maxMs = 3'600'000;

// The attack types as `bench pad` names them, in the order the reports list them.
struct AttackKey {
    const char16_t *id;
    PadAttackCount PadMeasurement::*count;
};
constexpr AttackKey attackKeys[] = {{u"photo_still", &PadMeasurement::photoStill},
                                    {u"photo_moved", &PadMeasurement::photoMoved},
                                    {u"photo_waved", &PadMeasurement::photoWaved},
                                    {u"replay", &PadMeasurement::replay}};

qint64 wholeAt(const QJsonObject &object, const QString &key, const QString &path, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < double(minimum) || number > double(maximum))
        refuse(QCoreApplication::translate("portique::reports",
                                           "In the presentation attack measurement, %1 must be a whole number from %2 to %3.")
                   .arg(path)
                   .arg(minimum)
                   .arg(maximum));
    return qint64(number);
}

void refuseAbove(const QString &path, const QString &bound)
{
    refuse(
        QCoreApplication::translate("portique::reports", "In the presentation attack measurement, %1 cannot exceed %2.").arg(path, bound));
}

PadMeasurement parse(const QJsonObject &root)
{
    PadMeasurement m;
    m.measuredAt = common::parseIsoTime(root.value(QStringLiteral("measured_at")).toString());
    if (!m.measuredAt.isValid())
        refuse(QCoreApplication::translate("portique::reports",
                                           "The presentation attack measurement needs the time it was made (measured_at, ISO 8601)."));
    m.version = root.value(QStringLiteral("version")).toString().trimmed();
    if (m.version.isEmpty())
        refuse(QCoreApplication::translate("portique::reports",
                                           "The presentation attack measurement needs the Portique version that made it (version)."));
    m.lanes = int(wholeAt(root, QStringLiteral("lanes"), QStringLiteral("lanes"), 1, maxLanes));
    const QJsonObject attacks = root.value(QStringLiteral("attacks")).toObject();
    for (const AttackKey &key : attackKeys) {
        const QString id = QString::fromUtf16(key.id);
        const QString path = QStringLiteral("attacks.") + id;
        const QJsonObject attack = attacks.value(id).toObject();
        PadAttackCount &count = m.*key.count;
        // Every type is measured at each run: a type without an attempt is a run cut short.
        count.attempts = int(wholeAt(attack, QStringLiteral("attempts"), path + QStringLiteral(".attempts"), 1, maxCount));
        count.accepted = int(wholeAt(attack, QStringLiteral("accepted"), path + QStringLiteral(".accepted"), 0, maxCount));
        if (count.accepted > count.attempts)
            refuseAbove(path + QStringLiteral(".accepted"), path + QStringLiteral(".attempts"));
    }
    const QJsonObject genuine = root.value(QStringLiteral("genuine")).toObject();
    m.genuineAttempts = int(wholeAt(genuine, QStringLiteral("attempts"), QStringLiteral("genuine.attempts"), 1, maxCount));
    m.genuineRejected = int(wholeAt(genuine, QStringLiteral("rejected"), QStringLiteral("genuine.rejected"), 0, maxCount));
    if (m.genuineRejected > m.genuineAttempts)
        refuseAbove(QStringLiteral("genuine.rejected"), QStringLiteral("genuine.attempts"));
    m.genuineMedianMs = wholeAt(genuine, QStringLiteral("median_ms"), QStringLiteral("genuine.median_ms"), 0, maxMs);
    m.genuineP95Ms = wholeAt(genuine, QStringLiteral("p95_ms"), QStringLiteral("genuine.p95_ms"), 0, maxMs);
    if (m.genuineMedianMs > m.genuineP95Ms)
        refuseAbove(QStringLiteral("genuine.median_ms"), QStringLiteral("genuine.p95_ms"));
    return m;
}

QString percentWords(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value) : QCoreApplication::translate("portique::reports", "—");
}

} // namespace

std::optional<double> PadAttackCount::apcerPercent() const
{
    return percent(accepted, attempts);
}

std::optional<double> PadMeasurement::bpcerPercent() const
{
    return percent(genuineRejected, genuineAttempts);
}

QJsonObject PadMeasurement::toJsonObject() const
{
    QJsonObject attacks;
    for (const AttackKey &key : attackKeys) {
        const PadAttackCount &count = this->*key.count;
        attacks.insert(QString::fromUtf16(key.id),
                       QJsonObject{{QStringLiteral("attempts"), count.attempts}, {QStringLiteral("accepted"), count.accepted}});
    }
    return {{QStringLiteral("measured_at"), common::isoTime(measuredAt)},
            {QStringLiteral("version"), version},
            {QStringLiteral("lanes"), lanes},
            {QStringLiteral("attacks"), attacks},
            {QStringLiteral("genuine"), QJsonObject{{QStringLiteral("attempts"), genuineAttempts},
                                                    {QStringLiteral("rejected"), genuineRejected},
                                                    {QStringLiteral("median_ms"), genuineMedianMs},
                                                    {QStringLiteral("p95_ms"), genuineP95Ms}}}};
}

QString PadMeasurement::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact));
}

QJsonObject PadMeasurement::toReportJson() const
{
    QJsonObject json = toJsonObject();
    QJsonObject attacks = json.value(QStringLiteral("attacks")).toObject();
    for (const AttackKey &key : attackKeys) {
        QJsonObject attack = attacks.value(QString::fromUtf16(key.id)).toObject();
        const std::optional<double> apcer = (this->*key.count).apcerPercent();
        attack.insert(QStringLiteral("apcer_percent"), apcer ? QJsonValue(*apcer) : QJsonValue());
        attacks.insert(QString::fromUtf16(key.id), attack);
    }
    json.insert(QStringLiteral("attacks"), attacks);
    QJsonObject genuine = json.value(QStringLiteral("genuine")).toObject();
    const std::optional<double> bpcer = bpcerPercent();
    genuine.insert(QStringLiteral("bpcer_percent"), bpcer ? QJsonValue(*bpcer) : QJsonValue());
    json.insert(QStringLiteral("genuine"), genuine);
    return json;
}

PadMeasurement PadMeasurement::fromJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        refuse(QCoreApplication::translate("portique::reports", "The presentation attack measurement is not valid JSON: %1.")
                   .arg(error.errorString()));
    return parse(document.object());
}

PadMeasurement PadMeasurement::fromBench(const QJsonObject &bench, const QDateTime &measuredAt, const QString &version)
{
    QJsonObject attacks;
    const QJsonObject benchAttacks = bench.value(QStringLiteral("attacks")).toObject();
    for (const AttackKey &key : attackKeys) {
        const QJsonObject attack = benchAttacks.value(QString::fromUtf16(key.id)).toObject();
        attacks.insert(QString::fromUtf16(key.id), QJsonObject{{QStringLiteral("attempts"), attack.value(QStringLiteral("n"))},
                                                               {QStringLiteral("accepted"), attack.value(QStringLiteral("granted"))}});
    }
    // BPCER as the bench counts it: a holder left to the agent was not granted on their face either.
    const QJsonObject genuine = bench.value(QStringLiteral("genuine")).toObject();
    const QJsonValue refused = genuine.value(QStringLiteral("refused"));
    const QJsonValue byHand = genuine.value(QStringLiteral("check_by_hand"));
    const QJsonValue rejected = refused.isDouble() && byHand.isDouble() ? QJsonValue(refused.toDouble() + byHand.toDouble()) : QJsonValue();
    return parse(
        {{QStringLiteral("measured_at"), common::isoTime(measuredAt)},
         {QStringLiteral("version"), version},
         {QStringLiteral("lanes"), bench.value(QStringLiteral("lanes"))},
         {QStringLiteral("attacks"), attacks},
         {QStringLiteral("genuine"), QJsonObject{{QStringLiteral("attempts"), genuine.value(QStringLiteral("n"))},
                                                 {QStringLiteral("rejected"), rejected},
                                                 {QStringLiteral("median_ms"), genuine.value(QStringLiteral("time_to_decision_ms_p50"))},
                                                 {QStringLiteral("p95_ms"), genuine.value(QStringLiteral("time_to_decision_ms_p95"))}}}});
}

std::optional<PadMeasurement> loadPadMeasurement(station::SettingsStore &settings)
{
    const QString json = settings.value(station::settings::padMeasurement);
    if (json.isEmpty())
        return std::nullopt;
    return PadMeasurement::fromJson(json);
}

void savePadMeasurement(station::SettingsStore &settings, const PadMeasurement &measurement, const QString &actor)
{
    // Checked before anything is written: what is stored must read back.
    PadMeasurement::fromJson(measurement.toJson());
    settings.set(station::settings::padMeasurement, measurement.toJson(), actor);
}

QStringList padFindings(const std::optional<PadMeasurement> &measurement, qint64 faceWindowMs)
{
    const QLocale locale;
    QStringList findings;
    if (measurement) {
        const PadMeasurement &m = *measurement;
        findings << QCoreApplication::translate("portique::reports",
                                                "Presentation attacks (ISO/IEC 30107-3), measured with portiquectl bench pad on simulated "
                                                "lanes on %1: a printed photo of the badge holder held still was granted in %2 % of %3 "
                                                "attempts, moved or turned in %4 % of %5, bent and waved in %6 % of %7.")
                        .arg(locale.toString(m.measuredAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy")),
                             percentWords(m.photoStill.apcerPercent()), locale.toString(m.photoStill.attempts),
                             percentWords(m.photoMoved.apcerPercent()), locale.toString(m.photoMoved.attempts),
                             percentWords(m.photoWaved.apcerPercent()), locale.toString(m.photoWaved.attempts));
        findings << QCoreApplication::translate("portique::reports",
                                                "Badge holders not granted on their face (BPCER): %1 % of %2 simulated passages; median "
                                                "time from badge to decision %3 ms.")
                        .arg(percentWords(m.bpcerPercent()), locale.toString(m.genuineAttempts), locale.toString(m.genuineMedianMs));
        findings << QCoreApplication::translate("portique::reports",
                                                "Not covered: the holder's video replayed on a phone screen was granted in %1 % of %2 "
                                                "attempts; no camera image alone can tell it apart. The agent's eye is the control.")
                        .arg(percentWords(m.replay.apcerPercent()), locale.toString(m.replay.attempts));
        // Figures of another version describe another liveness rule.
        if (m.version != QStringLiteral(PORTIQUE_VERSION))
            findings << QCoreApplication::translate("portique::reports",
                                                    "These figures were measured with Portique %1; this station now runs Portique %2: "
                                                    "measure again with portiquectl bench pad --record.")
                            .arg(m.version, QStringLiteral(PORTIQUE_VERSION));
    } else {
        findings << QCoreApplication::translate("portique::reports",
                                                "Presentation attacks (ISO/IEC 30107-3) have not been measured on this station: run "
                                                "portiquectl bench pad --record to measure them and print the figures here.");
        findings << QCoreApplication::translate("portique::reports",
                                                "Not covered: a video of the holder replayed on a phone screen; no camera image alone can "
                                                "tell it apart. The agent's eye is the control.");
    }
    findings << QCoreApplication::translate("portique::reports",
                                            "A holder who does not blink before the end of the %1-second window is sent to the agent; how "
                                            "often this happens with real people is read from this station's events.")
                    .arg(locale.toString(double(faceWindowMs) / 1000.0));
    return findings;
}

} // namespace portique::reports
