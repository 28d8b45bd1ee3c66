// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The presentation attack measurement (issue 24): kept as JSON in the settings, audited, read back
// as written; printed in plain words by the experiment report and the AIPD, or said missing.
#include "clirunner.h"
#include "teststation.h"

#include "common/sodiuminit.h"
#include "privacy/aipd.h"
#include "reports/experiment.h"
#include "reports/padmeasurement.h"
#include "reports/reportrender.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/keyfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString agentPassword = QStringLiteral("agent-pass-2026");

// What the reports must print for sample(), in English (PORTIQUE_LANG=en, en_GB numbers).
const QString stillSentence =
    QStringLiteral("Presentation attacks (ISO/IEC 30107-3), measured with portiquectl bench pad on simulated lanes on 3 December 2026: a "
                   "printed photo of the badge holder held still was granted in 0 % of 30 attempts, moved or turned in 3.3 % of 30, bent "
                   "and waved in 2 % of 150.");
const QString bpcerSentence =
    QStringLiteral("Badge holders not granted on their face (BPCER): 4.2 % of 120 simulated passages; median time from badge to decision "
                   "1,870 ms.");
const QString replaySentence =
    QStringLiteral("Not covered: the holder's video replayed on a phone screen was granted in 96.7 % of 30 attempts; no camera image alone "
                   "can tell it apart. The agent's eye is the control.");
const QString notMeasuredSentence =
    QStringLiteral("Presentation attacks (ISO/IEC 30107-3) have not been measured on this station: run portiquectl bench pad --record to "
                   "measure them and print the figures here.");
const QString residualRisk = QStringLiteral(
    "Residual risk: screen replay, cut-out-eyes photos and masks are not detected; a person without a blink in time is always "
    "checked by hand.");

reports::PadMeasurement sample()
{
    reports::PadMeasurement m;
    m.measuredAt = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    m.version = QStringLiteral(PORTIQUE_VERSION);
    m.lanes = 2;
    m.photoStill = {30, 0};
    m.photoMoved = {30, 1};
    m.photoWaved = {150, 3};
    m.replay = {30, 29};
    m.genuineAttempts = 120;
    m.genuineRejected = 5;
    m.genuineMedianMs = 1870;
    m.genuineP95Ms = 2950;
    return m;
}

/// The message of the std::invalid_argument @p work throws; fails the test when it throws none.
template <typename Work> QString refusal(Work work)
{
    try {
        work();
    } catch (const std::invalid_argument &error) {
        return QString::fromUtf8(error.what());
    }
    QTest::qFail("expected std::invalid_argument", __FILE__, __LINE__);
    return {};
}

bool pdftotextPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/// The PDF's text, its lines joined (a sentence may wrap anywhere, after a hyphen too: "--" then
/// "record") and the ligatures the fonts draw ("ﬁ") undone.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified()
        .replace(QStringLiteral("- "), QStringLiteral("-"));
}

privacy::ExperimentDefinition anExperiment()
{
    return {QStringLiteral("Voie rapide"), QDate(2026, 11, 2), QDate(2026, 12, 18), {}, QStringLiteral("volontaires"), {}};
}

} // namespace

class TestPadMeasurement final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }

    CliRun benchPadAs(const QString &login, const QString &password) const
    {
        return test::runCli({QStringLiteral("bench"), QStringLiteral("pad"), QStringLiteral("--record"), QStringLiteral("--students"),
                             QStringLiteral("1"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(),
                             QStringLiteral("--user"), login},
                            {{QStringLiteral("PORTIQUE_PASSWORD"), password}});
    }

    /// Whether the station of the CLI tests holds a measurement, through its own connection.
    bool stationHoldsAMeasurement() const
    {
        test::FakeClock clock;
        const storage::DatabaseKey databaseKey = storage::KeyFile::read(key());
        const auto database = storage::Database::open(db(), databaseKey, storage::Database::OpenMode::Existing);
        station::StationServices services(*database, clock);
        return reports::loadPadMeasurement(services.settings).has_value();
    }

    /// Fails unless the text of @p pdf has every one of @p sentences and none of @p absent; does
    /// nothing without pdftotext (the test ends with skipIfPdfUnread()).
    static void requireSentences(const QString &pdf, const QStringList &sentences, const QStringList &absent = {})
    {
        if (!pdftotextPresent())
            return;
        const QString text = pdfText(pdf);
        for (const QString &sentence : sentences)
            QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n not in:\n") + text));
        for (const QString &sentence : absent)
            QVERIFY2(!text.contains(sentence), qPrintable(sentence));
    }

    static void skipIfPdfUnread()
    {
        if (pdftotextPresent())
            return;
        if (qEnvironmentVariable("CI") == u"true")
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF");
        QSKIP("pdftotext is absent: the PDF's text was not checked");
    }

private Q_SLOTS:
    void initTestCase()
    {
        common::ensureSodium();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void aMeasurementReadsBackAsWritten()
    {
        const reports::PadMeasurement m = sample();
        QCOMPARE(reports::PadMeasurement::fromJson(m.toJson()), m);
        // The stored form holds counts only; the reports' form adds the rates.
        QVERIFY(!m.toJsonObject()[u"genuine"].toObject().contains(u"bpcer_percent"));
        const QJsonObject report = m.toReportJson();
        QCOMPARE(report[u"attacks"].toObject()[u"photo_moved"].toObject()[u"apcer_percent"].toDouble(), 3.3);
        QCOMPARE(report[u"attacks"].toObject()[u"replay"].toObject()[u"apcer_percent"].toDouble(), 96.7);
        QCOMPARE(report[u"genuine"].toObject()[u"bpcer_percent"].toDouble(), 4.2);
        QCOMPARE(report[u"genuine"].toObject()[u"median_ms"].toInteger(), 1870);
    }

    void malformedMeasurementsAreRefusedSayingWhy_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("named");
        const QJsonObject good = sample().toJsonObject();
        const auto with = [&good](const QString &section, const QString &entry, const QString &field, const QJsonValue &value) {
            QJsonObject root = good;
            if (section.isEmpty()) {
                root.insert(field, value);
                return QString::fromUtf8(QJsonDocument(root).toJson());
            }
            QJsonObject part = root[section].toObject();
            if (entry.isEmpty()) {
                part.insert(field, value);
            } else {
                QJsonObject inner = part[entry].toObject();
                if (value.isUndefined())
                    inner.remove(field);
                else
                    inner.insert(field, value);
                part.insert(entry, inner);
            }
            root.insert(section, part);
            return QString::fromUtf8(QJsonDocument(root).toJson());
        };
        QTest::newRow("not JSON") << QStringLiteral("{\"lanes\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QStringLiteral("[1, 2]") << QStringLiteral("not valid JSON");
        QTest::newRow("no time") << with({}, {}, QStringLiteral("measured_at"), QStringLiteral("yesterday"))
                                 << QStringLiteral("measured_at");
        QTest::newRow("no version") << with({}, {}, QStringLiteral("version"), QStringLiteral(" ")) << QStringLiteral("version");
        QTest::newRow("no lane") << with({}, {}, QStringLiteral("lanes"), 0) << QStringLiteral("lanes");
        QTest::newRow("lanes as text") << with({}, {}, QStringLiteral("lanes"), QStringLiteral("2")) << QStringLiteral("lanes");
        QTest::newRow("waved photos missing") << with(QStringLiteral("attacks"), QStringLiteral("photo_waved"), QStringLiteral("attempts"),
                                                      QJsonValue(QJsonValue::Undefined))
                                              << QStringLiteral("attacks.photo_waved.attempts");
        QTest::newRow("half an attempt") << with(QStringLiteral("attacks"), QStringLiteral("photo_still"), QStringLiteral("attempts"), 2.5)
                                         << QStringLiteral("attacks.photo_still.attempts");
        QTest::newRow("negative") << with(QStringLiteral("attacks"), QStringLiteral("photo_moved"), QStringLiteral("accepted"), -1)
                                  << QStringLiteral("attacks.photo_moved.accepted");
        QTest::newRow("more granted than tried")
            << with(QStringLiteral("attacks"), QStringLiteral("replay"), QStringLiteral("accepted"), 31)
            << QStringLiteral("attacks.replay.accepted");
        QTest::newRow("more rejected than tried")
            << with(QStringLiteral("genuine"), {}, QStringLiteral("rejected"), 121) << QStringLiteral("genuine.rejected");
        QTest::newRow("median above p95") << with(QStringLiteral("genuine"), {}, QStringLiteral("median_ms"), 3000)
                                          << QStringLiteral("genuine.median_ms");
        QTest::newRow("an age in ms") << with(QStringLiteral("genuine"), {}, QStringLiteral("p95_ms"), 1e12)
                                      << QStringLiteral("genuine.p95_ms");
    }

    void malformedMeasurementsAreRefusedSayingWhy()
    {
        QFETCH(QString, json);
        QFETCH(QString, named);
        const QString message = refusal([&] { reports::PadMeasurement::fromJson(json); });
        QVERIFY2(message.contains(named), qPrintable(message));
    }

    void theBenchOutputIsWhatIsRecorded()
    {
        const auto attack = [](int n, int granted) {
            return QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("granted"), granted}, {QStringLiteral("refused"), 0}};
        };
        QJsonObject bench{{QStringLiteral("lanes"), 2},
                          {QStringLiteral("seconds"), 412.5},
                          {QStringLiteral("attacks"), QJsonObject{{QStringLiteral("photo_still"), attack(30, 0)},
                                                                  {QStringLiteral("photo_moved"), attack(30, 1)},
                                                                  {QStringLiteral("photo_waved"), attack(150, 3)},
                                                                  {QStringLiteral("replay"), attack(30, 29)}}},
                          {QStringLiteral("genuine"), QJsonObject{{QStringLiteral("n"), 120},
                                                                  {QStringLiteral("granted"), 115},
                                                                  {QStringLiteral("refused"), 1},
                                                                  {QStringLiteral("check_by_hand"), 4},
                                                                  {QStringLiteral("time_to_decision_ms_p50"), 1870.0},
                                                                  {QStringLiteral("time_to_decision_ms_p95"), 2950.0},
                                                                  {QStringLiteral("bpcer_percent"), 4.17}}}};
        const reports::PadMeasurement expected = sample();
        QCOMPARE(reports::PadMeasurement::fromBench(bench, expected.measuredAt, expected.version), expected);

        // A run cut short, with an attack type never shown, is not recorded as if it had been measured.
        QJsonObject attacks = bench[u"attacks"].toObject();
        attacks.remove(QStringLiteral("replay"));
        bench.insert(QStringLiteral("attacks"), attacks);
        const QString message = refusal([&] { reports::PadMeasurement::fromBench(bench, expected.measuredAt, expected.version); });
        QVERIFY2(message.contains(u"attacks.replay.attempts"), qPrintable(message));
    }

    void theMeasurementIsKeptInTheSettingsAudited()
    {
        test::TestStation station;
        station::SettingsStore settings(station.database(), station.audit());
        QVERIFY(!reports::loadPadMeasurement(settings));

        reports::savePadMeasurement(settings, sample(), QStringLiteral("chef"));
        QCOMPARE(*reports::loadPadMeasurement(settings), sample());
        const privacy::AuditRecord record = station.audit().newest(1).constFirst();
        QCOMPARE(record.actor, QStringLiteral("chef"));
        QCOMPARE(record.action, QStringLiteral("settings.change"));
        QCOMPARE(record.object, QStringLiteral("pad.measurement"));
        QCOMPARE(reports::PadMeasurement::fromJson(record.details[u"after"].toString()), sample());

        // A measurement that would not read back is refused: the previous one stays, nothing audited.
        reports::PadMeasurement impossible = sample();
        impossible.photoWaved.accepted = 151;
        const qint64 records = station.audit().count();
        const QString message = refusal([&] { reports::savePadMeasurement(settings, impossible, QStringLiteral("chef")); });
        QVERIFY2(message.contains(u"attacks.photo_waved.accepted"), qPrintable(message));
        QCOMPARE(*reports::loadPadMeasurement(settings), sample());
        QCOMPARE(station.audit().count(), records);

        // A hand-edited value is refused on reading, saying what is wrong.
        settings.set(station::settings::padMeasurement, QStringLiteral("{\"version\": \"1\"}"), QStringLiteral("chef"));
        QVERIFY(refusal([&] { reports::loadPadMeasurement(settings); }).contains(u"measured_at"));
    }

    void theExperimentReportPrintsTheFiguresOrSaysTheyAreMissing()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        QTemporaryDir dir;

        const reports::ExperimentReport before = reports::buildExperimentReport(services, anExperiment());
        QVERIFY(!before.presentationAttacks);
        QCOMPARE(before.presentationAttackFindings.value(0), notMeasuredSentence);
        QVERIFY(before.toJson()[u"presentation_attacks"].isNull());
        const QString beforePdf = dir.filePath(QStringLiteral("before.pdf"));
        reports::writeExperimentReportPdf(beforePdf, before);
        requireSentences(beforePdf, {notMeasuredSentence}, {stillSentence});
        if (QTest::currentTestFailed())
            return;

        reports::savePadMeasurement(services.settings, sample(), QStringLiteral("chef"));
        const reports::ExperimentReport report = reports::buildExperimentReport(services, anExperiment());
        QVERIFY(report.presentationAttacks);
        QCOMPARE(*report.presentationAttacks, sample());
        QCOMPARE(report.presentationAttackFindings.mid(0, 3), (QStringList{stillSentence, bpcerSentence, replaySentence}));
        QVERIFY(report.presentationAttackFindings.last().contains(u"before the end of the 3-second window is sent to the agent"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json[u"presentation_attacks"].toObject()[u"attacks"].toObject()[u"photo_waved"].toObject()[u"attempts"].toInt(), 150);
        QCOMPARE(json[u"presentation_attacks"].toObject()[u"genuine"].toObject()[u"bpcer_percent"].toDouble(), 4.2);
        QCOMPARE(json[u"presentation_attack_findings"].toArray().first().toString(), stillSentence);
        if (const QString folder = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR"); !folder.isEmpty()) {
            const QList<QImage> pages = reports::renderExperimentReportPages(report, 60);
            for (qsizetype i = 0; i < pages.size(); ++i)
                pages[i].save(QStringLiteral("%1/report-experiment-pad-%2.png").arg(folder).arg(i + 1));
        }
        const QString pdf = dir.filePath(QStringLiteral("experiment.pdf"));
        reports::writeExperimentReportPdf(pdf, report);
        requireSentences(pdf, {stillSentence, bpcerSentence, replaySentence}, {notMeasuredSentence});
        if (QTest::currentTestFailed())
            return;
        skipIfPdfUnread();
    }

    void figuresOfAnotherVersionAskToMeasureAgain()
    {
        reports::PadMeasurement old = sample();
        QVERIFY(!reports::padFindings(old, 3000).join(u' ').contains(u"measure again"));
        old.version = QStringLiteral("0.0.1-old");
        const QStringList findings = reports::padFindings(old, 2500);
        QVERIFY(findings.contains(QStringLiteral("These figures were measured with Portique 0.0.1-old; this station now runs Portique %1: "
                                                 "measure again with portiquectl bench pad --record.")
                                      .arg(QStringLiteral(PORTIQUE_VERSION))));
        // The window the station really waits, not the default's.
        QVERIFY(findings.last().contains(u"the end of the 2.5-second window"));
    }

    void theAipdPrintsTheFiguresAndTheResidualRisk()
    {
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        QTemporaryDir dir;

        const privacy::AipdFacts before = privacy::collectAipdFacts(services, QStringLiteral("chef"));
        QVERIFY(!before.padMeasurement);
        QCOMPARE(before.faceWindowMs, qint64(3000));
        QVERIFY(before.toJson()[u"presentation_attacks"].isNull());
        const QString beforePdf = dir.filePath(QStringLiteral("before.pdf"));
        privacy::writeAipdPdf(beforePdf, before);
        requireSentences(beforePdf, {notMeasuredSentence, residualRisk}, {stillSentence});
        if (QTest::currentTestFailed())
            return;

        reports::savePadMeasurement(services.settings, sample(), QStringLiteral("chef"));
        services.settings.set(station::settings::gateFaceWindowMs, 4000, QStringLiteral("chef"));
        const privacy::AipdFacts facts = privacy::collectAipdFacts(services, QStringLiteral("chef"));
        QVERIFY(facts.padMeasurement);
        QCOMPARE(*facts.padMeasurement, sample());
        QCOMPARE(facts.faceWindowMs, qint64(4000));
        QCOMPARE(facts.toJson()[u"presentation_attacks"].toObject()[u"attacks"].toObject()[u"replay"].toObject()[u"accepted"].toInt(), 29);
        const QList<QImage> pages = privacy::renderAipdPages(facts, 60);
        QVERIFY(!pages.isEmpty());
        if (const QString folder = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR"); !folder.isEmpty()) {
            for (qsizetype i = 0; i < pages.size(); ++i)
                pages[i].save(QStringLiteral("%1/aipd-pad-%2.png").arg(folder).arg(i + 1));
        }
        const QString pdf = dir.filePath(QStringLiteral("aipd.pdf"));
        privacy::writeAipdPdf(pdf, facts);
        requireSentences(pdf, {stillSentence, bpcerSentence, replaySentence, residualRisk, QStringLiteral("end of the 4-second window")},
                         {notMeasuredSentence});
        if (QTest::currentTestFailed())
            return;
        skipIfPdfUnread();
    }

    void benchPadRecordSaysItsOptionAndChecksTheLoginBeforeTheRun()
    {
        const CliRun help = test::runCli({QStringLiteral("bench"), QStringLiteral("pad"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--record"), qPrintable(help.out));

        const CliRun noLogin = test::runCli({QStringLiteral("bench"), QStringLiteral("pad"), QStringLiteral("--record")});
        QCOMPARE(noLogin.exitCode, 2);
        QVERIFY2(noLogin.err.contains(u"No operator given"), qPrintable(noLogin.err));

        const CliRun init =
            test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(),
                          QStringLiteral("--admin"), QStringLiteral("chef"), QStringLiteral("--school"), QStringLiteral("Lycée Hugo")},
                         {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRun agent = test::runCli(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("accueil"), QStringLiteral("--role"), QStringLiteral("agent"),
             QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--user"), QStringLiteral("chef")},
            {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_NEW_PASSWORD"), agentPassword}});
        QVERIFY2(agent.exitCode == 0, qPrintable(agent.err));

        // Refused at once, before any scene is played: nothing printed, nothing recorded.
        const CliRun wrongPassword = benchPadAs(QStringLiteral("chef"), QStringLiteral("not-the-password"));
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY2(wrongPassword.err.contains(u"Wrong login or password"), qPrintable(wrongPassword.err));
        QVERIFY(wrongPassword.out.isEmpty());
        const CliRun notDpo = benchPadAs(QStringLiteral("accueil"), agentPassword);
        QCOMPARE(notDpo.exitCode, 1);
        QVERIFY2(notDpo.err.contains(u"does not allow this command"), qPrintable(notDpo.err));
        QVERIFY(notDpo.out.isEmpty());
        QVERIFY(!stationHoldsAMeasurement());
    }
};

QTEST_MAIN(TestPadMeasurement)
#include "test_padmeasurement.moc"
