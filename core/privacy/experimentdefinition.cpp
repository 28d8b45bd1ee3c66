// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "experimentdefinition.h"

#include "common/isotime.h"
#include "station/setting.h"
#include "station/settingsstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

// The messages keep the context "portique::reports", where they were first written and translated.
namespace portique::privacy {
namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

// The largest median entry time a criterion may name: an hour. A gate decides within seconds (the
// face window is 10 s at most); the bound only keeps the number an integer can hold.
constexpr double maxMedianEntryMs = 3'600'000.0;

// The criteria's JSON keys, in the order the report lists them.
constexpr ExperimentCriterionKey criterionKeys[] = {{u"median_entry_ms", true},  {u"fnmr_percent", true}, {u"fmr_percent", true},
                                                    {u"override_percent", true}, {u"fta_percent", true},  {u"peak_per_minute", false}};

} // namespace

std::span<const ExperimentCriterionKey> experimentCriterionKeys()
{
    return criterionKeys;
}

std::optional<double> experimentCriterionTarget(const ExperimentCriteria &criteria, QStringView id)
{
    if (id == u"median_entry_ms")
        return criteria.medianEntryMs ? std::optional<double>(double(*criteria.medianEntryMs)) : std::nullopt;
    if (id == u"fnmr_percent")
        return criteria.fnmrPercent;
    if (id == u"fmr_percent")
        return criteria.fmrPercent;
    if (id == u"override_percent")
        return criteria.overridePercent;
    if (id == u"fta_percent")
        return criteria.ftaPercent;
    return criteria.peakPerMinute;
}

QString ExperimentDefinition::toJson() const
{
    QJsonObject criteriaJson;
    for (const ExperimentCriterionKey &key : criterionKeys) {
        if (const std::optional<double> value = experimentCriterionTarget(criteria, key.id))
            criteriaJson.insert(QString::fromUtf16(key.id), *value);
    }
    const QJsonObject root{{QStringLiteral("name"), name},
                           {QStringLiteral("start"), common::isoDate(start)},
                           {QStringLiteral("end"), common::isoDate(end)},
                           {QStringLiteral("lanes"), QJsonArray::fromStringList(lanes)},
                           {QStringLiteral("population"), population},
                           {QStringLiteral("criteria"), criteriaJson}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ExperimentDefinition ExperimentDefinition::fromJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        refuse(QCoreApplication::translate("portique::reports", "The experiment is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject root = document.object();
    ExperimentDefinition definition;
    definition.name = root.value(QStringLiteral("name")).toString().trimmed();
    definition.start = common::parseIsoDate(root.value(QStringLiteral("start")).toString());
    definition.end = common::parseIsoDate(root.value(QStringLiteral("end")).toString());
    for (const QJsonValue &lane : root.value(QStringLiteral("lanes")).toArray())
        definition.lanes << lane.toString();
    definition.population = root.value(QStringLiteral("population")).toString();
    if (definition.name.isEmpty())
        refuse(QCoreApplication::translate("portique::reports", "The experiment needs a name."));
    if (!definition.start.isValid() || !definition.end.isValid())
        refuse(QCoreApplication::translate("portique::reports", "The experiment needs a start and an end date (YYYY-MM-DD)."));
    if (definition.end < definition.start)
        refuse(QCoreApplication::translate("portique::reports", "The experiment ends before it starts."));
    const QJsonObject criteria = root.value(QStringLiteral("criteria")).toObject();
    for (auto it = criteria.begin(); it != criteria.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            refuse(QCoreApplication::translate("portique::reports", "The criterion %1 must be a number, 0 or more.").arg(it.key()));
        const double value = it.value().toDouble();
        if (it.key() == u"median_entry_ms") {
            if (value > maxMedianEntryMs)
                refuse(QCoreApplication::translate("portique::reports", "The criterion %1 must be at most %2 ms.")
                           .arg(it.key())
                           .arg(qint64(maxMedianEntryMs)));
            definition.criteria.medianEntryMs = qint64(value);
        } else if (it.key() == u"fnmr_percent")
            definition.criteria.fnmrPercent = value;
        else if (it.key() == u"fmr_percent")
            definition.criteria.fmrPercent = value;
        else if (it.key() == u"override_percent")
            definition.criteria.overridePercent = value;
        else if (it.key() == u"fta_percent")
            definition.criteria.ftaPercent = value;
        else if (it.key() == u"peak_per_minute")
            definition.criteria.peakPerMinute = value;
        else
            refuse(QCoreApplication::translate("portique::reports", "Unknown criterion %1.").arg(it.key()));
    }
    return definition;
}

std::optional<ExperimentDefinition> loadExperiment(station::SettingsStore &settings)
{
    const QString json = settings.value(station::settings::experimentDefinition);
    if (json.isEmpty())
        return std::nullopt;
    return ExperimentDefinition::fromJson(json);
}

void saveExperiment(station::SettingsStore &settings, const ExperimentDefinition &definition, const QString &actor)
{
    ExperimentDefinition::fromJson(definition.toJson());
    settings.set(station::settings::experimentDefinition, definition.toJson(), actor);
}

bool faceLaneOpen(station::SettingsStore &settings, const QDate &day, const QString &lane)
{
    try {
        const std::optional<ExperimentDefinition> experiment = loadExperiment(settings);
        return experiment && experiment->coversDay(day) && experiment->coversLane(lane);
    } catch (const std::invalid_argument &) {
        return false;
    }
}

} // namespace portique::privacy
