// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
//
// A sincere AIPD (issue 15): its statements follow the station's content (the watchlist's photos,
// the gate cameras, what each role sees), every risk has both levels and a reason computed from
// the facts, and each generation gets the next version and is audited with the file's hash.
#include "teststation.h"

#include "accounts/role.h"
#include "common/sodiuminit.h"
#include "privacy/aipd.h"
#include "station/cameraconfig.h"
#include "station/stationservices.h"
#include "visitors/watchlist.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace portique;

namespace {

bool pdftotextPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/// The PDF's text in reading order, lines joined.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QByteArray aPhotoJpeg()
{
    QImage image(120, 160, QImage::Format_RGB32);
    image.fill(QColor(0xC0, 0xA0, 0x80));
    QPainter(&image).fillRect(30, 40, 60, 80, QColor(0x80, 0x60, 0x40));
    return visitors::referencePhotoJpeg(image);
}

station::CameraConfig camera(const QString &name, station::CameraConfig::Role role, const QString &zone = {})
{
    station::CameraConfig config;
    config.name = name;
    config.source = QStringLiteral("/dev/video9");
    config.role = role;
    config.zone = zone;
    return config;
}

const QString noImage = QStringLiteral("No face image is stored");

} // namespace

class TestAipd final : public QObject {
    Q_OBJECT

    static void requireInPdf(const QString &pdf, const QStringList &present, const QStringList &absent = {})
    {
        if (!pdftotextPresent()) {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("pdftotext (poppler-utils) is needed to read the AIPD");
            return;
        }
        const QString text = pdfText(pdf);
        for (const QString &sentence : present)
            QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n not in:\n") + text));
        for (const QString &sentence : absent)
            QVERIFY2(!text.contains(sentence), qPrintable(sentence));
    }

private Q_SLOTS:
    void initTestCase()
    {
        common::ensureSodium();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void theFaceImageStatementFollowsTheWatchlist()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        QTemporaryDir dir;

        const privacy::AipdFacts empty = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        QCOMPARE(empty.watchlistPhotos, 0);
        QVERIFY(privacy::aipdFaceImageStatement(empty).startsWith(noImage));
        QCOMPARE(empty.toJson()[u"watchlist_photos"].toInt(), 0);
        const QString before = dir.filePath(QStringLiteral("before.pdf"));
        privacy::writeAipdPdf(before, empty);
        requireInPdf(before, {noImage}, {QStringLiteral("reference photo(s)"), QStringLiteral("reference photo of")});

        // A name and a date of birth only: no image stored, still none.
        services.watchlist.add(visitors::WatchKind::Banned, QStringLiteral("Marc Interdit"), QDate(1980, 4, 2), {}, std::nullopt, {}, {},
                               QStringLiteral("admin"));
        QVERIFY(privacy::aipdFaceImageStatement(privacy::collectAipdFacts(services, QStringLiteral("dpo"))).startsWith(noImage));

        biometrics::Descriptor face{};
        face.fill(0.05F);
        services.watchlist.add(visitors::WatchKind::Custody, QStringLiteral("Paul Garde"), {}, aPhotoJpeg(), face, QByteArray(8, 'm'),
                               QStringLiteral("ne doit pas récupérer Léa"), QStringLiteral("admin"));
        const privacy::AipdFacts one = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        QCOMPARE(one.watchlistEntries, 2);
        QCOMPARE(one.watchlistPhotos, 1);
        QCOMPARE(one.watchlistFaces, 1);
        const QString statement = privacy::aipdFaceImageStatement(one);
        QVERIFY2(!statement.contains(noImage), qPrintable(statement));
        QVERIFY2(statement.contains(u"the watchlist holds 1 reference photo"), qPrintable(statement));
        QVERIFY2(statement.contains(u"encrypted database"), qPrintable(statement));
        QCOMPARE(one.toJson()[u"statements"].toObject()[u"face_images"].toString(), statement);
        const QString after = dir.filePath(QStringLiteral("after.pdf"));
        privacy::writeAipdPdf(after, one);
        requireInPdf(after, {QStringLiteral("Face images are stored in one place")}, {noImage});
    }

    void whatEachRoleSeesFollowsItsPermissions_data()
    {
        QTest::addColumn<accounts::Role>("role");
        for (accounts::Role role : accounts::allRoles())
            QTest::newRow(qPrintable(accounts::roleId(role))) << role;
    }

    void whatEachRoleSeesFollowsItsPermissions()
    {
        QFETCH(accounts::Role, role);
        using accounts::Permission;
        const QString seen = privacy::aipdRoleAccess(role).join(u' ');
        // The alerts column names people for every signed-in account: no role is "counts only".
        QVERIFY(seen.contains(u"with the names of the people"));
        QVERIFY(!seen.contains(u"counts only"));
        QCOMPARE(seen.contains(u"the day's visitors by name"), accounts::roleAllows(role, Permission::ReadReports));
        QCOMPARE(seen.contains(u"reference photos"), accounts::roleAllows(role, Permission::ManageSettings));
        QCOMPARE(seen.contains(u"the audit trail's content"), accounts::roleAllows(role, Permission::ReadAudit));
        QCOMPARE(seen.contains(u"subject rights"), accounts::roleAllows(role, Permission::ManagePrivacy));
        QCOMPARE(seen.contains(u"overrides"), accounts::roleAllows(role, Permission::OperateGate));
    }

    void thePrincipalStatementIsPrinted()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        const privacy::AipdFacts facts = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        const QString principal = facts.toJson()[u"statements"].toObject()[u"principal"].toString();
        QVERIFY2(principal.contains(u"the day's visitors by name"), qPrintable(principal));
        QVERIFY2(principal.contains(u"alerts"), qPrintable(principal));
        QVERIFY2(!principal.contains(u"watchlist (names"), qPrintable(principal));
        QVERIFY2(!principal.contains(u"audit trail's content"), qPrintable(principal));
    }

    void everyRiskHasBothLevelsAndAReason()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        const privacy::AipdFacts facts = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        const QList<privacy::AipdRisk> risks = privacy::assessAipdRisks(facts);
        QStringList ids;
        for (const privacy::AipdRisk &risk : risks) {
            ids << risk.id;
            QVERIFY2(risk.severity >= 1 && risk.severity <= 4, qPrintable(risk.id));
            QVERIFY2(risk.likelihood >= 1 && risk.likelihood <= 4, qPrintable(risk.id));
            QVERIFY2(!risk.reason.trimmed().isEmpty(), qPrintable(risk.id));
            QVERIFY2(!risk.title.isEmpty() && !risk.measures.isEmpty(), qPrintable(risk.id));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("illegitimate_access"), QStringLiteral("unwanted_modification"),
                                   QStringLiteral("disappearance"), QStringLiteral("misidentification"), QStringLiteral("consent_pressure"),
                                   QStringLiteral("bias"), QStringLiteral("replay_spoofing"), QStringLiteral("station_key"),
                                   QStringLiteral("false_indoor_match")}));
        const QJsonArray json = facts.toJson()[u"risks"].toArray();
        QCOMPARE(json.size(), risks.size());
        for (const QJsonValue &risk : json)
            QVERIFY(risk[u"severity"].toInt() >= 1 && risk[u"likelihood"].toInt() >= 1);
        QCOMPARE(privacy::aipdLevelLabel(3), QStringLiteral("significant"));
    }

    void theLevelsFollowTheFacts()
    {
        const auto find = [](const privacy::AipdFacts &facts, const QString &id) {
            for (const privacy::AipdRisk &risk : privacy::assessAipdRisks(facts)) {
                if (risk.id == id)
                    return risk;
            }
            return privacy::AipdRisk{};
        };
        privacy::AipdFacts facts;
        facts.auditIntact = true;
        facts.lockoutAttempts = 5;
        facts.autoLockMinutes = 5;
        facts.visitorMatchThresholdMilli = 500;
        QCOMPARE(find(facts, QStringLiteral("station_key")).severity, 1);
        facts.typeOneBadges = 7;
        const privacy::AipdRisk key = find(facts, QStringLiteral("station_key"));
        QCOMPARE(key.severity, 3);
        QVERIFY2(key.reason.contains(u"7 valid type-1 badge"), qPrintable(key.reason));

        QVERIFY(find(facts, QStringLiteral("misidentification")).reason.contains(u"not measured"));
        facts.experiment = privacy::ExperimentDefinition{};
        facts.measured = privacy::AipdMeasuredFigures{};
        facts.measured->genuineAttempts = 200;
        facts.measured->falseNonMatches = 6;
        facts.measured->fnmrPercent = 3.0;
        facts.measured->faceGrants = 190;
        facts.measured->falseMatches = 0;
        facts.measured->fmrPercent = 0.0;
        privacy::AipdRisk misidentification = find(facts, QStringLiteral("misidentification"));
        QCOMPARE(misidentification.likelihood, 2);
        QVERIFY2(misidentification.reason.contains(u"FNMR 3.0 % (6 of 200"), qPrintable(misidentification.reason));
        facts.measured->falseMatches = 1;
        facts.measured->fmrPercent = 0.5;
        QCOMPARE(find(facts, QStringLiteral("misidentification")).likelihood, 3);

        QCOMPARE(find(facts, QStringLiteral("consent_pressure")).likelihood, 1); // none collected
        facts.consentsAtDesk = 8;
        facts.consentsOnPaper = 2;
        const privacy::AipdRisk pressure = find(facts, QStringLiteral("consent_pressure"));
        QCOMPARE(pressure.likelihood, 3);
        QVERIFY2(pressure.reason.contains(u"8 (80.0 %) were given at the desk and 2 on a paper form"), qPrintable(pressure.reason));
        facts.consentsAtDesk = 1;
        facts.consentsOnPaper = 9;
        QCOMPARE(find(facts, QStringLiteral("consent_pressure")).likelihood, 2);

        QCOMPARE(find(facts, QStringLiteral("replay_spoofing")).likelihood, 1); // no face-lane badge
        facts.typeOne = 3;
        QCOMPARE(find(facts, QStringLiteral("replay_spoofing")).likelihood, 3); // not measured: the worst
        reports::PadMeasurement pad;
        pad.measuredAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc());
        pad.replay = {30, 29};
        facts.padMeasurement = pad;
        const privacy::AipdRisk replay = find(facts, QStringLiteral("replay_spoofing"));
        QCOMPARE(replay.likelihood, 3);
        QVERIFY2(replay.reason.contains(u"96.7 % of 30 attempts"), qPrintable(replay.reason));

        QVERIFY(find(facts, QStringLiteral("bias")).reason.contains(u"Not measured: any difference by age, sex or skin colour"));

        QCOMPARE(find(facts, QStringLiteral("false_indoor_match")).likelihood, 1);
        facts.cameras = {camera(QStringLiteral("Hall"), station::CameraConfig::Role::IndoorZone, QStringLiteral("Hall"))};
        const privacy::AipdRisk indoor = find(facts, QStringLiteral("false_indoor_match"));
        QCOMPARE(indoor.likelihood, 2);
        QVERIFY2(indoor.reason.contains(u"1 indoor camera") && indoor.reason.contains(u"0.500"), qPrintable(indoor.reason));
    }

    void eachGenerationGetsTheNextVersionAndIsAudited()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        QTemporaryDir dir;
        const auto audited = [&](const QString &sql) { return station.database().scalar(sql); };

        const privacy::AipdFacts first = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.toJson()[u"version"].toInt(), 1);
        const QString firstPdf = dir.filePath(QStringLiteral("aipd-1.pdf"));
        const QByteArray firstHash = privacy::writeAipdPdf(firstPdf, first);
        QFile written(firstPdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(firstHash, QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256));
        QCOMPARE(audited(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'aipd.generate'")).toInt(), 0);
        privacy::recordAipdGeneration(services, first, firstPdf, firstHash, QStringLiteral("dpo"));

        const QJsonObject details =
            QJsonDocument::fromJson(audited(QStringLiteral("SELECT details FROM audit_log WHERE action = 'aipd.generate'")).toByteArray())
                .object();
        QCOMPARE(details[u"version"].toInt(), 1);
        QCOMPARE(details[u"sha256"].toString(), QString::fromLatin1(firstHash.toHex()));
        QCOMPARE(audited(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'aipd.generate'")).toString(), QStringLiteral("dpo"));
        QCOMPARE(audited(QStringLiteral("SELECT count(*) FROM output_files WHERE kind = 'aipd'")).toInt(), 1);

        const privacy::AipdFacts second = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        QCOMPARE(second.version, 2);
        const QString secondPdf = dir.filePath(QStringLiteral("aipd-2.pdf"));
        privacy::recordAipdGeneration(services, second, secondPdf, privacy::writeAipdPdf(secondPdf, second), QStringLiteral("dpo"));
        QCOMPARE(audited(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'aipd.generate'")).toInt(), 2);
        QCOMPARE(privacy::nextAipdVersion(services), 3);
        // A preview drawn before the second generation keeps its number; the counter never goes back.
        privacy::recordAipdGeneration(services, first, firstPdf, firstHash, QStringLiteral("dpo"));
        QCOMPARE(privacy::nextAipdVersion(services), 3);
        QVERIFY(services.audit.verify().intact);
        requireInPdf(secondPdf, {QStringLiteral("version 2")});
    }

    void theGateCamerasAreDescribed()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        QTemporaryDir dir;
        const QString none = privacy::aipdGateCameraStatement(privacy::collectAipdFacts(services, QStringLiteral("dpo")));
        QVERIFY2(none.contains(u"No gate camera is configured"), qPrintable(none));

        station::saveCameras(services.settings,
                             {camera(QStringLiteral("Voie 1"), station::CameraConfig::Role::GateLane),
                              camera(QStringLiteral("Hall"), station::CameraConfig::Role::IndoorZone, QStringLiteral("Hall")),
                              // Issue 16: the desk camera follows no one, it is neither gate nor indoor.
                              camera(QStringLiteral("Accueil"), station::CameraConfig::Role::Desk)},
                             QStringLiteral("admin"));
        const privacy::AipdFacts facts = privacy::collectAipdFacts(services, QStringLiteral("dpo"));
        QCOMPARE(facts.gateCameras(), 1);
        QCOMPARE(facts.indoorCameras(), 1);
        const QString statement = privacy::aipdGateCameraStatement(facts);
        for (const char16_t *part :
             {u"Gate cameras (1): they detect and track every face in view of their lane",
              u"only for a volunteer who presented a face-lane badge", u"one to one with that badge's template",
              u"Nobody else's face is described", u"nothing of anyone's face is kept", u"none is declared: no face is compared today"})
            QVERIFY2(statement.contains(QStringView(part)), qPrintable(statement));
        const QString pdf = dir.filePath(QStringLiteral("aipd.pdf"));
        privacy::writeAipdPdf(pdf, facts);
        requireInPdf(pdf, {QStringLiteral("they detect and track every face in view of their lane"),
                           QStringLiteral("7. Rights of the people concerned"), QStringLiteral("portiquectl subject rectify"),
                           QStringLiteral("portiquectl subject restrict"), QStringLiteral("portiquectl subject object"),
                           QStringLiteral("6. Recipients and processors"), QStringLiteral("12. Risks")});
    }
};

QTEST_MAIN(TestAipd)
#include "test_aipd.moc"
