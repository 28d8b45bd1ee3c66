// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demolanes.h"

#include "common/clock.h"
#include "stationservices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

} // namespace

void writeDemoLaneFaces(const QString &path, const std::vector<DemoLaneFaces> &lanes)
{
    QJsonArray array;
    for (const DemoLaneFaces &lane : lanes) {
        QJsonArray faces;
        for (const biometrics::Descriptor &d : lane.faces)
            faces.append(toText(d));
        array.append(QJsonObject{{QStringLiteral("lane"), lane.lane}, {QStringLiteral("seconds_each"), lane.secondsEach},
                                 {QStringLiteral("faces"), faces}});
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
        for (const QJsonValue &face : value[QStringLiteral("faces")].toArray()) {
            if (const auto d = fromText(face.toString()))
                lane.faces.push_back(*d);
        }
        lanes.push_back(lane);
    }
    return lanes;
}

DemoWallet prepareDemoWallet(StationServices &services, const QString &lanesPath, const QString &walletPath, const QByteArray &modelId)
{
    DemoWallet wallet;
    QJsonObject stored = readJson(walletPath);
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
                QString code;
                if (i % 4 == 0) {
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
                    code = services.enrolments
                               .enrol(person.id, details, {modelId, lane.faces[i]}, people::CaptureMethod::Photos, 50, 1, QStringLiteral("demo"))
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
        stored = {{QStringLiteral("lanes"), lanesJson}};
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
