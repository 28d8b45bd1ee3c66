// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demolanes.h"

#include "common/clock.h"
#include "stationservices.h"
#include "vision/enrolmentcapture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <cstring>
#include <optional>

namespace portique::station {
namespace {

QString toText(const biometrics::Descriptor &d)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size() * sizeof(float))).toBase64());
}

std::optional<biometrics::Descriptor> fromText(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    biometrics::Descriptor d{};
    if (bytes.size() != qsizetype(d.size() * sizeof(float)))
        return std::nullopt;
    std::memcpy(d.data(), bytes.constData(), std::size_t(bytes.size()));
    return d;
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson());
        file.commit();
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/// The enrolment's rule (vision::enrolmentFromSights) applied to a demo face's measured check:
/// the failure's id, or empty when the template may be kept.
QString selfCheckFailure(const DemoFaceCheck &check)
{
    if (check.sights < vision::minimumSights)
        return QStringLiteral("too_few_sights");
    if (check.selfDistance > double(vision::selfMatchBound))
        return QStringLiteral("self_mismatch");
    return {};
}

} // namespace

void writeDemoLaneFaces(const QString &path, const std::vector<DemoLaneFaces> &lanes)
{
    QJsonArray array;
    for (const DemoLaneFaces &lane : lanes) {
        QJsonArray faces;
        for (const biometrics::Descriptor &d : lane.faces)
            faces.append(toText(d));
        QJsonObject json{
            {QStringLiteral("lane"), lane.lane}, {QStringLiteral("seconds_each"), lane.secondsEach}, {QStringLiteral("faces"), faces}};
        if (!lane.checks.empty()) {
            QJsonArray checks;
            for (const DemoFaceCheck &check : lane.checks)
                checks.append(QJsonObject{{QStringLiteral("sights"), check.sights}, {QStringLiteral("self_distance"), check.selfDistance}});
            json.insert(QStringLiteral("checks"), checks);
        }
        array.append(json);
    }
    writeJson(path, {{QStringLiteral("lanes"), array}});
}

std::vector<DemoLaneFaces> readDemoLaneFaces(const QString &path)
{
    std::vector<DemoLaneFaces> lanes;
    for (const QJsonValue &value : readJson(path).value(QStringLiteral("lanes")).toArray()) {
        DemoLaneFaces lane;
        lane.lane = value[QStringLiteral("lane")].toString();
        lane.secondsEach = value[QStringLiteral("seconds_each")].toDouble(3.0);
        const QJsonArray faces = value[QStringLiteral("faces")].toArray();
        const QJsonArray checks = value[QStringLiteral("checks")].toArray();
        for (qsizetype i = 0; i < faces.size(); ++i) {
            const auto d = fromText(faces[i].toString());
            if (!d)
                continue;
            lane.faces.push_back(*d);
            // A check missing from a face of a checked lane reads as never measured: it fails.
            if (!checks.isEmpty())
                lane.checks.push_back(
                    {checks[i][QStringLiteral("sights")].toInt(0), checks[i][QStringLiteral("self_distance")].toDouble(2.0)});
        }
        lanes.push_back(lane);
    }
    return lanes;
}

DemoWallet prepareDemoWallet(StationServices &services, const QString &lanesPath, const QString &walletPath, const QByteArray &modelId)
{
    DemoWallet wallet;
    QJsonObject stored = readJson(walletPath);
    // A wallet prepared before the self-check (or under another bound) may give a holder a template
    // that never matches them (issue 14): prepared again, which enrols or re-issues everyone anew.
    if (std::abs(stored.value(QStringLiteral("self_check_bound")).toDouble(-1.0) - double(vision::selfMatchBound)) > 1e-6)
        stored = {};
    if (stored.isEmpty()) {
        const QDate today = services.clock.now().toLocalTime().date();
        std::vector<people::Person> students = services.people.list({QString(), QString(), false, today});
        std::erase_if(students, [](const people::Person &p) { return p.kind != people::PersonKind::Student; });
        std::size_t next = 0;
        QJsonObject lanesJson;
        for (const DemoLaneFaces &lane : readDemoLaneFaces(lanesPath)) {
            QStringList codes;
            for (std::size_t i = 0; i < lane.faces.size() && next < students.size(); ++i) {
                const people::Person &person = students[next++];
                const std::optional<DemoFaceCheck> check = i < lane.checks.size() ? std::optional(lane.checks[i]) : std::nullopt;
                const QString failure = check && i % 4 != 0 ? selfCheckFailure(*check) : QString();
                if (!failure.isEmpty())
                    services.enrolments.recordFailure(person.id, failure, people::CaptureMethod::Photos, check->sights,
                                                      QStringLiteral("demo"), check->selfDistance);
                QString code;
                if (i % 4 == 0 || !failure.isEmpty()) {
                    // A badge-only person who consented on the seeded demo day withdraws first.
                    code = services.consents.current(person.id) ? services.enrolments.withdraw(person.id, QStringLiteral("demo")).payload
                                                                : services.enrolments.issueBadgeOnly(person.id, QStringLiteral("demo")).payload;
                } else {
                    people::ConsentDetails details;
                    details.givenBy = person.firstName + QLatin1Char(' ') + person.familyName;
                    const std::vector<people::Guardian> guardians = services.people.guardiansOf(person.id);
                    if (!guardians.empty()) {
                        details.guardianName = guardians.front().firstName + QLatin1Char(' ') + guardians.front().familyName;
                        details.guardianRelationship = guardians.front().relationship;
                    }
                    details.architecture = i % 2 ? access::TemplateArchitecture::OnBadge : access::TemplateArchitecture::InDatabase;
                    // A face without a check comes from a lanes.json written before it (scripts/setup.sh
                    // writes it again whenever portiquectl changes): enrolled as it was then.
                    code = services.enrolments
                               .enrol(person.id, details, {modelId, lane.faces[i]}, people::CaptureMethod::Photos, 50,
                                      check ? check->sights : 1, QStringLiteral("demo"),
                                      check ? std::optional(check->selfDistance) : std::nullopt)
                               .badge.payload;
                }
                codes << code;
            }
            // A few passages go wrong, as they do: someone shows a face lane friend's badge, and
            // someone a badge that was revoked (reported lost).
            if (codes.size() > 4) {
                codes[3] = codes[2];
                const QString serial = services.credentials.verify(codes[4]).credential->serialText();
                services.credentials.revoke(serial, QStringLiteral("lost"), QStringLiteral("demo"));
            }
            lanesJson.insert(lane.lane, QJsonObject{{QStringLiteral("seconds_each"), lane.secondsEach},
                                                    {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
        }
        stored = {{QStringLiteral("lanes"), lanesJson}, {QStringLiteral("self_check_bound"), double(vision::selfMatchBound)}};
        writeJson(walletPath, stored);
    }
    const QJsonObject lanes = stored.value(QStringLiteral("lanes")).toObject();
    for (auto it = lanes.begin(); it != lanes.end(); ++it) {
        const QJsonObject lane = it.value().toObject();
        QStringList codes;
        for (const QJsonValue &code : lane.value(QStringLiteral("codes")).toArray())
            codes << code.toString();
        wallet.codes.insert(it.key(), codes);
        wallet.secondsEach.insert(it.key(), lane.value(QStringLiteral("seconds_each")).toDouble(3.0));
    }
    return wallet;
}

} // namespace portique::station
