// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The face engine on real faces: model conversion and its check, detection on annotated group
// photos, quality gating, batching, and accuracy against the naive pipeline's figures.
#include "biometrics/matcher.h"
#include "teststation.h"
#include "vision/faceengine.h"
#include "vision/facenetwork.h"
#include "vision/imageloader.h"
#include "vision/modelcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace portique;
using namespace portique::vision;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList demoPhotos(const QString &faceApi)
{
    QStringList photos;
    for (const QString &name : QDir(faceApi + QStringLiteral("/demo")).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
        photos << faceApi + QStringLiteral("/demo/") + name;
    return photos;
}

double iou(const QRect &a, const QRect &b)
{
    const QRect both = a.intersected(b);
    const double inter = double(both.width()) * both.height();
    return inter / (double(a.width()) * a.height() + double(b.width()) * b.height() - inter);
}

QJsonObject runEval(const QString &pairs, const QString &root, const QStringList &options)
{
    QProcess process;
    process.start(QStringLiteral(PORTIQUECTL_PATH), QStringList{QStringLiteral("faces"), QStringLiteral("eval"), QStringLiteral("--pairs"),
                                                               pairs, QStringLiteral("--root"), root}
                                                       + options);
    process.waitForFinished(600'000);
    if (process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The pairs of dev.tsv except those between two given identities.
QString pairsWithout(const QString &source, const QString &a, const QString &b, const QString &folder)
{
    QFile in(source);
    in.open(QIODevice::ReadOnly | QIODevice::Text);
    const QString path = folder + QStringLiteral("/pairs.tsv");
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Text);
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        const bool between = (line.contains(a.toUtf8()) && line.contains(b.toUtf8()));
        if (!between)
            out.write(line);
    }
    return path;
}

} // namespace

class TestFaceEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wrongLayoutFailsTheModelCheck()
    {
        const QString faceApi = test::faceApiDir();
        if (faceApi.isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("the face-api package was not extracted by set-up");
            QSKIP("run scripts/setup.sh: it fetches and extracts the face-api package");
        }
        const QByteArray manifest = readFile(faceApi + QStringLiteral("/model/face_recognition_model-weights_manifest.json"));
        const QByteArray weights = readFile(faceApi + QStringLiteral("/model/face_recognition_model.bin"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wrong.dat"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(convertFaceApiModel(manifest, weights, FilterLayout::DeliberatelyWrong));
        file.close();
        FaceEngine engine(FaceModel::locate(path), DescriptorMode::Single);
        const ModelCheck check = checkModel(engine, demoPhotos(faceApi));
        QVERIFY(check.faces >= ModelCheck::requiredFaces);
        qInfo().noquote() << QJsonDocument(check.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(!check.passed, qPrintable(QString::number(check.separation)));
        QVERIFY(check.medianDifferent < ModelCheck::requiredMedianDifferent);
    }

    void installedModelPassesTheModelCheck()
    {
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        const QString faceApi = test::faceApiDir();
        if (faceApi.isEmpty())
            QSKIP("the face-api demo photos are not extracted");
        FaceEngine engine(model, DescriptorMode::Single);
        const ModelCheck check = checkModel(engine, demoPhotos(faceApi));
        QVERIFY2(check.passed, qPrintable(QString::number(check.separation)));
    }

    void malformedWeightsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<int>("weightBytes");
        QTest::newRow("not json") << QByteArray("not a manifest") << 100;
        QTest::newRow("no weights") << QByteArray(R"([{"paths":["x.bin"],"weights":[]}])") << 0;
        QTest::newRow("short bin")
            << QByteArray(R"([{"paths":["x.bin"],"weights":[{"name":"conv32_down/conv/filters","shape":[7,7,3,32],"dtype":"float32"}]}])")
            << 100;
        QTest::newRow("extra bytes")
            << QByteArray(R"([{"paths":["x.bin"],"weights":[{"name":"fc","shape":[2],"dtype":"float32"}]}])") << 12;
    }
    void malformedWeightsAreRefused()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(int, weightBytes);
        QVERIFY_THROWS_EXCEPTION(VisionError, convertFaceApiModel(manifest, QByteArray(weightBytes, '\0')));
    }

    void detectionMatchesTheAnnotatedGroupPhotos()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        QFile annotations(data + QStringLiteral("/faces/group/annotations.tsv"));
        QVERIFY(annotations.open(QIODevice::ReadOnly | QIODevice::Text));
        annotations.readLine(); // header
        int annotated = 0;
        int found = 0;
        int photos = 0;
        while (!annotations.atEnd()) {
            const QStringList fields = QString::fromUtf8(annotations.readLine()).split(u'\t');
            if (fields.size() < 7 || fields[3].isEmpty())
                continue;
            ++photos;
            const cv::Mat image = loadImage(data + QStringLiteral("/faces/") + fields[0]);
            const auto faces = engine.detector().detect(image, DetectionOptions::forPhoto(image.size()));
            const int expected = fields[3].toInt();
            // The counts are the sources' own; HOG misses strongly turned faces, so one miss is
            // allowed per photo, and nothing that is not a face may be found.
            QVERIFY2(int(faces.size()) >= expected - 1 && int(faces.size()) <= expected,
                     qPrintable(QStringLiteral("%1: %2 faces found, %3 annotated").arg(fields[0]).arg(faces.size()).arg(expected)));
            for (const QString &box : fields[6].split(u';', Qt::SkipEmptyParts)) {
                const QStringList xywh = box.trimmed().split(u',');
                const QRect truth(xywh[0].toInt(), xywh[1].toInt(), xywh[2].toInt(), xywh[3].toInt());
                ++annotated;
                for (const FaceBox &face : faces) {
                    if (iou(face.box, truth) >= 0.3) {
                        ++found;
                        break;
                    }
                }
            }
        }
        QVERIFY(photos >= 5);
        QVERIFY2(found >= annotated * 85 / 100, qPrintable(QStringLiteral("%1 of %2 annotated boxes found").arg(found).arg(annotated)));
    }

    void noFaceMeansNoFace()
    {
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        cv::Mat noise(480, 640, CV_8UC3);
        cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
        QVERIFY(engine.analyze(noise, DetectionOptions::forGate()).empty());
        cv::Mat gradient(480, 640, CV_8UC3);
        for (int y = 0; y < gradient.rows; ++y)
            gradient.row(y).setTo(cv::Scalar(y / 2, 128, 255 - y / 2));
        QVERIFY(engine.analyze(gradient, DetectionOptions::forPhoto(gradient.size())).empty());
    }

    void unusableFacesAreNeverDescribed()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model);
        const QStringList photos = QDir(data + QStringLiteral("/faces/photos")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QString first = QDir(data + QStringLiteral("/faces/photos/") + photos.first()).entryList({QStringLiteral("*.jpg")}).first();
        const cv::Mat photo = loadImage(data + QStringLiteral("/faces/photos/") + photos.first() + u'/' + first);
        const auto sharp = engine.analyze(photo, DetectionOptions::forPhoto(photo.size()));
        QVERIFY(!sharp.empty());
        QVERIFY(sharp.front().quality.usable());
        QVERIFY(sharp.front().descriptor.has_value());
        // Heavy blur and darkness: still found, measured, refused, not described.
        cv::Mat bad;
        cv::GaussianBlur(photo, bad, cv::Size(0, 0), 3.5);
        bad.convertTo(bad, -1, 0.12, 0);
        const auto faces = engine.analyze(bad, DetectionOptions::forPhoto(bad.size()), true);
        for (const AnalyzedFace &face : faces) {
            QVERIFY(!face.quality.usable());
            QVERIFY(!face.descriptor.has_value());
        }
    }

    void batchesGiveTheSameDescriptors()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        FaceEngine engine(model, DescriptorMode::Single);
        std::vector<cv::Mat> chips;
        for (const QString &name : {QStringLiteral("amy"), QStringLiteral("raj"), QStringLiteral("penny")})
            chips.push_back(loadImage(data + QStringLiteral("/faces/crops/") + name + QStringLiteral("/01.png")));
        const auto together = engine.describe(chips);
        for (std::size_t i = 0; i < chips.size(); ++i) {
            const auto alone = engine.describe({chips[i]});
            QVERIFY(biometrics::distance(alone.front(), together[i]) < 1e-4F);
        }
        QVERIFY(biometrics::distance(together[0], together[1]) > 0.3F);
    }

    void cliEmbedAndCompare()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        Q_UNUSED(model);
        const QString photos = data + QStringLiteral("/faces/photos/");
        auto run = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(PORTIQUECTL_PATH), arguments);
            process.waitForFinished(120'000);
            return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        const QString a1 = photos + QStringLiteral("Anthony_Hopkins/01.jpg");
        const QString a2 = photos + QStringLiteral("Anthony_Hopkins/02.jpg");
        const QString other = photos + QStringLiteral("Al_Pacino/01.jpg");

        const auto [embedCode, embedOut, embedErr] = run({QStringLiteral("faces"), QStringLiteral("embed"), a1, a2});
        QCOMPARE(embedCode, 0);
        const QStringList lines = embedOut.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("image")).toString(), a1);
        const QJsonObject face = first.value(QStringLiteral("faces")).toArray().first().toObject();
        QCOMPARE(face.value(QStringLiteral("box")).toArray().size(), 4);
        QVERIFY(face.value(QStringLiteral("usable")).toBool());
        QCOMPARE(face.value(QStringLiteral("descriptor")).toArray().size(), 128);
        QVERIFY(face.value(QStringLiteral("quality")).toObject().contains(QStringLiteral("sharpness")));

        const auto [sameCode, sameOut, sameErr] = run({QStringLiteral("faces"), QStringLiteral("compare"), a1, a2});
        QCOMPARE(sameCode, 0);
        const QJsonObject same = QJsonDocument::fromJson(sameOut.toUtf8()).object();
        QVERIFY(same.value(QStringLiteral("same")).toBool());
        QVERIFY(same.value(QStringLiteral("confidence")).toDouble() > 0.5);
        QVERIFY(std::abs(same.value(QStringLiteral("threshold")).toDouble() - double(biometrics::defaultThreshold)) < 1e-4);

        const auto [diffCode, diffOut, diffErr] = run({QStringLiteral("faces"), QStringLiteral("compare"), a1, other});
        QCOMPARE(diffCode, 0);
        QVERIFY(!QJsonDocument::fromJson(diffOut.toUtf8()).object().value(QStringLiteral("same")).toBool());

        QTemporaryDir dir;
        const QString blank = dir.filePath(QStringLiteral("mur.png"));
        cv::Mat wall(300, 300, CV_8UC3, cv::Scalar(180, 170, 160));
        QVERIFY(cv::imwrite(blank.toStdString(), wall));
        const auto [noneCode, noneOut, noneErr] = run({QStringLiteral("faces"), QStringLiteral("compare"), a1, blank});
        QCOMPARE(noneCode, 1);
        QVERIFY2(noneErr.contains(blank), qPrintable(noneErr));
        QVERIFY(noneOut.isEmpty());

        const auto [badCode, badOut, badErr] = run({QStringLiteral("faces"), QStringLiteral("embed"), dir.filePath(QStringLiteral("absent.jpg"))});
        QCOMPARE(badCode, 1);
        QVERIFY(badErr.contains(QStringLiteral("absent.jpg")));
    }

    void accuracyIsAtLeastTheNaivePipelines()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        Q_UNUSED(model);
        const QString root = data + QStringLiteral("/faces");
        const QJsonObject naive = runEval(root + QStringLiteral("/pairs.tsv"), root,
                                          {QStringLiteral("--mode"), QStringLiteral("single"), QStringLiteral("--crops"), QStringLiteral("straight")});
        const QJsonObject ours = runEval(root + QStringLiteral("/pairs.tsv"), root, {});
        QVERIFY2(!naive.isEmpty() && !ours.isEmpty(), "portiquectl faces eval failed");
        const auto summary = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).left(400); };
        // Every image acquired, every pair compared.
        QCOMPARE(ours.value(QStringLiteral("compared")).toInt(), ours.value(QStringLiteral("pairs")).toInt());
        // At the default threshold: at least as accurate as the naive pipeline.
        QVERIFY2(ours.value(QStringLiteral("accuracy")).toDouble() >= naive.value(QStringLiteral("accuracy")).toDouble(),
                 qPrintable(summary(ours) + QStringLiteral(" vs ") + summary(naive)));
        // And at most half of its false non-matches (docs/face-engine.md).
        QVERIFY2(2 * ours.value(QStringLiteral("false_non_matches")).toInt() <= naive.value(QStringLiteral("false_non_matches")).toInt(),
                 qPrintable(summary(ours) + QStringLiteral(" vs ") + summary(naive)));

        // Without the one look-alike pair of identities that dlib's model confuses at any threshold
        // above 0.39, the default threshold admits no false match at all.
        QTemporaryDir dir;
        const QString clean = pairsWithout(root + QStringLiteral("/pairs.tsv"), QStringLiteral("Chen_Shui-bian"),
                                           QStringLiteral("Lee_Hoi-chang"), dir.path());
        const QJsonObject strict = runEval(clean, root, {});
        QCOMPARE(strict.value(QStringLiteral("false_matches")).toInt(), 0);
        QVERIFY(strict.value(QStringLiteral("smallest_impostor_distance")).toDouble() > biometrics::defaultThreshold);
    }
};

QTEST_GUILESS_MAIN(TestFaceEngine)
#include "test_faceengine.moc"
