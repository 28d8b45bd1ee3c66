// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `portiquectl gate simulate` end to end: a real station, people enrolled from photos, generated
// videos played as the lane camera, and the five passages the issue names.
#include "access/qrcode.h"
#include "clirunner.h"
#include "scenefixture.h"
#include "teststation.h"
#include "vision/syntheticscenes.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace portique;
using test::CliRun;

class TestGateSimulate final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun ctl(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << file(QStringLiteral("s.db")) << QStringLiteral("--key-file") << file(QStringLiteral("s.key"))
                  << QStringLiteral("--user") << QStringLiteral("chef");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("admin-pass-2026")}});
    }

    CliRun simulate(const QString &video, const QStringList &credential) const
    {
        return ctl(QStringList{QStringLiteral("gate"), QStringLiteral("simulate"), QStringLiteral("--lane"), QStringLiteral("Voie 1"),
                               QStringLiteral("--video"), file(video)}
                   + credential);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        m_data = data;
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file(QStringLiteral("s.db")), QStringLiteral("--key-file"),
                               file(QStringLiteral("s.key")), QStringLiteral("--admin"), QStringLiteral("chef"), QStringLiteral("--dpo"),
                               QStringLiteral("dpo")},
                              {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("admin-pass-2026")},
                               {QStringLiteral("PORTIQUE_DPO_PASSWORD"), QStringLiteral("dpo-pass-2026")}})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("people"), QStringLiteral("import"), data + QStringLiteral("/siecle/ElevesSansAdresses.xml"),
                      QStringLiteral("--apply")})
                     .exitCode,
                 0);
        // 4101433 (an adult) enrols in the face lane from two photos of one identity; 4100101 stays
        // badge-only.
        const QString photos = data + QStringLiteral("/faces/photos/King_Abdullah_II/");
        const QStringList files = QDir(photos).entryList(QDir::Files, QDir::Name);
        const CliRun enrol = ctl({QStringLiteral("enrol"), QStringLiteral("4101433"), QStringLiteral("--image"), photos + files[1],
                                  QStringLiteral("--image"), photos + files[2], QStringLiteral("--consent-by"),
                                  QStringLiteral("Eloïse PLACEBO"), QStringLiteral("--badge-out"), file(QStringLiteral("face.png"))});
        QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
        QCOMPARE(ctl({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4100101"), QStringLiteral("--badge-out"),
                      file(QStringLiteral("plain.png"))})
                     .exitCode,
                 0);
        // The face lane runs only inside a declared experiment (issue 15): today, every lane.
        QFile experiment(file(QStringLiteral("experiment.json")));
        QVERIFY(experiment.open(QIODevice::WriteOnly));
        const QDate today = QDate::currentDate();
        experiment.write(QStringLiteral("{\"name\": \"simulation\", \"start\": \"%1\", \"end\": \"%2\"}")
                             .arg(today.addDays(-1).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate))
                             .toUtf8());
        experiment.close();
        const CliRun declared = test::runCli({QStringLiteral("experiment"), QStringLiteral("set"), experiment.fileName(),
                                              QStringLiteral("--db"), file(QStringLiteral("s.db")), QStringLiteral("--key-file"),
                                              file(QStringLiteral("s.key")), QStringLiteral("--user"), QStringLiteral("dpo")},
                                             {{QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("dpo-pass-2026")}});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));

        // The lane camera's videos: the right person blinking, someone else blinking, a photo held still.
        vision::FaceEngine engine(model);
        cv::Mat kingShut, otherShut;
        const cv::Mat king = test::portraitOf(data, engine, QStringLiteral("King_Abdullah_II"), &kingShut);
        const cv::Mat other = test::portraitOf(data, engine, QStringLiteral("Lucy_Liu"), &otherShut);
        vision::SyntheticScenes::write(file(QStringLiteral("right.avi")), vision::SyntheticScenes::blinking(king, kingShut, 4.0, 0.8));
        vision::SyntheticScenes::write(file(QStringLiteral("other.avi")), vision::SyntheticScenes::blinking(other, otherShut, 4.0, 0.8));
        vision::SyntheticScenes::write(file(QStringLiteral("photo.avi")), vision::SyntheticScenes::heldStill(king, 5.0));
        // The right person about 1.1 m from the lane camera: a face 90 px wide in 640x480.
        const auto analyzed = engine.analyze(king, vision::DetectionOptions::forPhoto(king.size()), false);
        QVERIFY(!analyzed.empty());
        const auto own = std::max_element(analyzed.cbegin(), analyzed.cend(),
                                          [](const auto &a, const auto &b) { return a.face.box.width() < b.face.box.width(); });
        const QRect box = own->face.box;
        vision::DistantFaceScene far;
        far.faceWidth = 90;
        far.blinkEvery = 0.8;
        vision::SyntheticScenes::write(
            file(QStringLiteral("far.avi")),
            vision::SyntheticScenes::distantFace({king, kingShut, cv::Rect(box.x(), box.y(), box.width(), box.height())}, far));
    }

    void theRightPersonIsGranted()
    {
        const CliRun run = simulate(QStringLiteral("right.avi"), {QStringLiteral("--credential-image"), file(QStringLiteral("face.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json[u"outcome"].toString(), QStringLiteral("granted"));
        QCOMPARE(run.json[u"reasons"].toArray().first().toString(), QStringLiteral("face_match"));
        QVERIFY(run.json[u"score"].toDouble() < 0.52);
        QVERIFY(run.json[u"latency_ms"].toInteger() >= 0);
        QVERIFY(run.json[u"event_id"].toInteger() > 0);
        // Credential-first: the face was described only after the face-lane badge, and only for it.
        const QJsonObject descriptors = run.json[u"descriptors"].toObject();
        QVERIFY(descriptors[u"after_face_lane_credential"].toInteger() >= 1);
        QCOMPARE(descriptors[u"without_face_lane_credential"].toInteger(), 0);
        qInfo("granted in %lld ms, distance %.3f", run.json[u"latency_ms"].toInteger(), run.json[u"score"].toDouble());
    }

    void aFace90PxWideIsSeen()
    {
        // Issue 14: detection at half resolution needed faces of 160 px; a person 1-1.2 m from the
        // camera (about 90 px) was "check by hand / no face".
        const CliRun run = simulate(QStringLiteral("far.avi"), {QStringLiteral("--credential-image"), file(QStringLiteral("face.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString reason = run.json[u"reasons"].toArray().first().toString();
        qInfo("90-px face: %s / %s", qPrintable(run.json[u"outcome"].toString()), qPrintable(reason));
        QVERIFY2(reason != u"no_face", qPrintable(reason));
        QVERIFY(run.json[u"descriptors"].toObject()[u"after_face_lane_credential"].toInteger() >= 1);
    }

    void anotherFaceWithThisBadgeIsRefused()
    {
        const CliRun run = simulate(QStringLiteral("other.avi"), {QStringLiteral("--credential-image"), file(QStringLiteral("face.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json[u"outcome"].toString(), QStringLiteral("refused"));
        QCOMPARE(run.json[u"reasons"].toArray().first().toString(), QStringLiteral("face_mismatch"));
    }

    void aPhotoHeldStillIsCheckedByHand()
    {
        const CliRun run = simulate(QStringLiteral("photo.avi"), {QStringLiteral("--credential-image"), file(QStringLiteral("face.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json[u"outcome"].toString(), QStringLiteral("check_by_hand"));
        QCOMPARE(run.json[u"reasons"].toArray().first().toString(), QStringLiteral("liveness_not_shown"));
        QCOMPARE(run.json[u"liveness"].toBool(), false);
    }

    void aBadgeOnlyPersonIsGrantedOnTheBadge()
    {
        // Whoever the camera sees: the face of a badge-only person is never compared.
        const CliRun run = simulate(QStringLiteral("other.avi"), {QStringLiteral("--credential-image"), file(QStringLiteral("plain.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json[u"outcome"].toString(), QStringLiteral("granted"));
        QCOMPARE(run.json[u"reasons"].toArray().first().toString(), QStringLiteral("badge"));
        QVERIFY(run.json[u"score"].isNull());
        QCOMPARE(run.json[u"face_lane"].toBool(), false);
        // Issue 14: the lane camera saw this face for as long as it took, and computed nothing of it
        // (the pipeline that landed before described every face on its first frame).
        QVERIFY(run.json[u"frames_processed"].toInteger() >= 1);
        QCOMPARE(run.json[u"descriptors"].toObject()[u"total"].toInteger(), 0);
    }

    void aForgedBadgeIsRefused()
    {
        // The real badge's text, one character changed: what a forger editing a code would present.
        const QStringList codes = access::decodeQr(QImage(file(QStringLiteral("plain.png"))));
        QCOMPARE(codes.size(), 1);
        QString forged = codes.first();
        forged[30] = forged[30] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        const CliRun forgedRun = simulate(QStringLiteral("right.avi"), {QStringLiteral("--credential"), forged});
        QVERIFY2(forgedRun.exitCode == 0, qPrintable(forgedRun.err));
        QCOMPARE(forgedRun.json[u"outcome"].toString(), QStringLiteral("refused"));
        QVERIFY(forgedRun.json[u"reasons"].toArray().first().toString() == u"malformed"
                || forgedRun.json[u"reasons"].toArray().first().toString() == u"bad_signature");
        // The forged code raised an alert (and only it), to be acknowledged with a note.
        const CliRun alerts = ctl({QStringLiteral("alerts"), QStringLiteral("list")});
        QCOMPARE(alerts.json[u"open"].toInt(), 1);
        const QJsonObject alert = alerts.json[u"alerts"].toArray().first().toObject();
        QCOMPARE(alert[u"event_id"].toInteger(), forgedRun.json[u"event_id"].toInteger());
        QCOMPARE(ctl({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(alert[u"id"].toInteger())}).exitCode,
                 1); // no note
        QCOMPARE(ctl({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(alert[u"id"].toInteger()), QStringLiteral("--note"),
                      QStringLiteral("badge retenu")})
                     .json[u"open"]
                     .toInt(),
                 0);
        // Every passage was recorded and the chain holds.
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}).json[u"intact"].toBool(), true);
    }
};

QTEST_MAIN(TestGateSimulate)
#include "test_gate_simulate.moc"
