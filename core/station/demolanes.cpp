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

/// The face-lane person (by @p faceLane) nearest before place @p at but not next to it, else the
/// first one at least two places after it; -1 when there is none.
qsizetype faceLaneFriendOf(const std::vector<bool> &faceLane, std::size_t at)
{
    for (std::size_t i = at; i-- > 0;) {
        if (i + 2 <= at && faceLane[i])
            return qsizetype(i);
    }
    for (std::size_t i = at + 2; i < faceLane.size(); ++i) {
        if (faceLane[i])
            return qsizetype(i);
    }
    return -1;
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
                checks.append(QJsonObject{{QStringLiteral("sights"), check.sights},
                                          {QStringLiteral("self_distance"), check.selfDistance},
                                          {QStringLiteral("blink_visible"), check.blinkVisible}});
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
            // A check missing from a face of a checked lane reads as never measured: it fails (a
            // blink never looked for is not seen: written before the blink check).
            if (!checks.isEmpty())
                lane.checks.push_back({checks[i][QStringLiteral("sights")].toInt(0),
                                       checks[i][QStringLiteral("self_distance")].toDouble(2.0),
                                       checks[i][QStringLiteral("blink_visible")].toBool(false)});
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
    // that never matches them (issue 14), one prepared before the blink check a holder who never
    // shows liveness (issue 24): prepared again, which enrols or re-issues everyone anew.
    if (std::abs(stored.value(QStringLiteral("self_check_bound")).toDouble(-1.0) - double(vision::selfMatchBound)) > 1e-6
        || !stored.value(QStringLiteral("blink_checked")).toBool())
        stored = {};
    if (stored.isEmpty()) {
        const QDate today = services.clock.now().toLocalTime().date();
        std::vector<people::Person> students = services.people.list({QString(), QString(), false, today});
        std::erase_if(students, [](const people::Person &p) { return p.kind != people::PersonKind::Student; });
        std::size_t next = 0;
        QJsonObject lanesJson;
        for (const DemoLaneFaces &lane : readDemoLaneFaces(lanesPath)) {
            QStringList codes;
            std::vector<bool> faceLane;
            for (std::size_t i = 0; i < lane.faces.size() && next < students.size(); ++i) {
                const people::Person &person = students[next++];
                const std::optional<DemoFaceCheck> check = i < lane.checks.size() ? std::optional(lane.checks[i]) : std::nullopt;
                // A face whose staged blink the landmarks do not see is not offered the face lane: the
                // staging's limit, not the person's, so no failure to enrol is recorded for it.
                const bool offered = i % 4 != 0 && (!check || check->blinkVisible);
                const QString failure = check && offered ? selfCheckFailure(*check) : QString();
                if (!failure.isEmpty())
                    services.enrolments.recordFailure(person.id, failure, people::CaptureMethod::Photos, check->sights,
                                                      QStringLiteral("demo"), check->selfDistance);
                faceLane.push_back(offered && failure.isEmpty());
                QString code;
                if (!faceLane.back()) {
                    // A badge-only person who consented on the seeded demo day withdraws first.
                    code = services.consents.current(person.id)
                               ? services.enrolments.withdraw(person.id, QStringLiteral("demo")).payload
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
            // someone a badge that was revoked (reported lost). The friend passes at least two
            // places away: the badge of the person just before would come back within the lane's
            // repeat window (gate.repeat_window_ms, 5 s by default; a place is 3.5 s) and be
            // ignored as the same passage, as it was until issue 24.
            if (codes.size() > 4) {
                if (const qsizetype friendAt = faceLaneFriendOf(faceLane, 3); friendAt >= 0)
                    codes[3] = codes[friendAt];
                const QString serial = services.credentials.verify(codes[4]).credential->serialText();
                services.credentials.revoke(serial, QStringLiteral("lost"), QStringLiteral("demo"));
            }
            lanesJson.insert(lane.lane, QJsonObject{{QStringLiteral("seconds_each"), lane.secondsEach},
                                                    {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
        }
        stored = {{QStringLiteral("lanes"), lanesJson},
                  {QStringLiteral("self_check_bound"), double(vision::selfMatchBound)},
                  {QStringLiteral("blink_checked"), true}};
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
