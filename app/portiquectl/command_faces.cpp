// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"
#include "faceoptions.h"

#include "biometrics/matcher.h"
#include "vision/visionerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace portique::cli {
namespace {


QJsonArray toJson(const biometrics::Descriptor &descriptor)
{
    QJsonArray values;
    for (float value : descriptor)
        values.append(std::round(double(value) * 1e6) / 1e6);
    return values;
}

double rounded(double value, int decimals = 4)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

void addThresholdOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("threshold"), QCoreApplication::translate("Cli", "Decision threshold (default: the station's)."),
                      QStringLiteral("distance")});
}

float thresholdOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("threshold")))
        return biometrics::defaultThreshold;
    bool ok = false;
    const float threshold = parser.value(QStringLiteral("threshold")).toFloat(&ok);
    if (!ok || threshold <= 0.0F || threshold >= 2.0F)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--threshold takes a distance between 0 and 2."));
    return threshold;
}

int embed(const QStringList &arguments)
{
    CliContext context(QStringLiteral("faces embed"),
                       QCoreApplication::translate("Cli", "Prints, for each image, one JSON line with every face found: box, detector score, quality, "
                          "whether it is usable, and the 128-D descriptor of usable faces."),
                       arguments);
    addFaceOptions(context.parser());
    if (!context.parse(1, -1, QStringLiteral("IMAGE...")))
        return Success;
    auto engine = createFaceEngine(context.parser());
    int failures = 0;
    for (const QString &path : context.positional()) {
        QJsonArray faces;
        try {
            const ImageFaces image = describeImage(*engine, path, realignCrops(context.parser()));
            if (image.alignedChip) {
                faces.append(QJsonObject{{QStringLiteral("box"), QJsonArray{0, 0, 150, 150}},
                                         {QStringLiteral("score"), QJsonValue()},
                                         {QStringLiteral("aligned_chip"), true},
                                         {QStringLiteral("usable"), true},
                                         {QStringLiteral("descriptor"), toJson(*image.best)}});
            }
            for (const vision::AnalyzedFace &face : image.faces) {
                const QRect &b = face.face.box;
                QJsonObject object{{QStringLiteral("box"), QJsonArray{b.x(), b.y(), b.width(), b.height()}},
                                   {QStringLiteral("score"), rounded(face.face.score)},
                                   {QStringLiteral("quality"), face.quality.toJson()},
                                   {QStringLiteral("usable"), face.quality.usable()}};
                if (face.descriptor)
                    object.insert(QStringLiteral("descriptor"), toJson(*face.descriptor));
                faces.append(object);
            }
            CliContext::printJson({{QStringLiteral("image"), path}, {QStringLiteral("faces"), faces}});
        } catch (const vision::VisionError &error) {
            ++failures;
            QTextStream(stderr) << error.message() << '\n';
            CliContext::printJson({{QStringLiteral("image"), path}, {QStringLiteral("error"), error.message()}});
        }
    }
    return failures ? Failed : Success;
}

int compare(const QStringList &arguments)
{
    CliContext context(QStringLiteral("faces compare"),
                       QCoreApplication::translate("Cli", "Compares the largest usable face of two images (1:1) and prints the distance, the threshold, "
                          "the decision and the displayed confidence."),
                       arguments);
    addFaceOptions(context.parser());
    addThresholdOption(context.parser());
    if (!context.parse(2, 2, QStringLiteral("IMAGE_A IMAGE_B")))
        return Success;
    const float threshold = thresholdOption(context.parser());
    auto engine = createFaceEngine(context.parser());
    std::vector<biometrics::Descriptor> descriptors;
    for (const QString &path : context.positional()) {
        const ImageFaces image = describeImage(*engine, path, realignCrops(context.parser()));
        if (!image.best)
            throw CliExit(Failed, image.faces.empty() ? QCoreApplication::translate("Cli", "No face found in %1.").arg(path)
                                                      : QCoreApplication::translate("Cli", "No usable face in %1 (%2 found, none of comparable quality).")
                                                            .arg(path)
                                                            .arg(image.faces.size()));
        descriptors.push_back(*image.best);
    }
    const biometrics::Comparison result = biometrics::compare(descriptors[0], descriptors[1], threshold);
    CliContext::printJson({{QStringLiteral("distance"), rounded(result.distance)},
                           {QStringLiteral("threshold"), rounded(result.threshold)},
                           {QStringLiteral("same"), result.same},
                           {QStringLiteral("confidence"), rounded(result.confidence)}});
    return Success;
}

struct Pair {
    QString a;
    QString b;
    bool same = false;
};

QList<Pair> readPairs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot read the pairs file %1.").arg(path));
    QList<Pair> pairs;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (line == 1 && fields.value(0) == u"fileA")
            continue; // header
        if (fields.size() < 3 || (fields[2] != u"0" && fields[2] != u"1"))
            throw CliExit(Failed, QCoreApplication::translate("Cli", "%1, line %2: expected fileA, fileB and same (0 or 1), tab-separated.").arg(path).arg(line));
        pairs.append({fields[0], fields[1], fields[2] == u"1"});
    }
    return pairs;
}

int eval(const QStringList &arguments)
{
    CliContext context(QStringLiteral("faces eval"),
                       QCoreApplication::translate("Cli", "Evaluates labelled pairs (tab-separated fileA, fileB, same): accuracy, false match and false "
                          "non-match rates at the threshold, ROC points and failures to acquire."),
                       arguments);
    addFaceOptions(context.parser());
    context.parser().addOption({QStringLiteral("pairs"), QCoreApplication::translate("Cli", "The pairs file."), QStringLiteral("file")});
    context.parser().addOption({QStringLiteral("root"), QCoreApplication::translate("Cli", "Folder the pairs' paths are relative to."), QStringLiteral("dir")});
    addThresholdOption(context.parser());
    if (!context.parse(0, 0, QString()))
        return Success;
    const QList<Pair> pairs = readPairs(context.required(QStringLiteral("pairs")));
    const QString root = context.required(QStringLiteral("root"));
    const float threshold = thresholdOption(context.parser());
    auto engine = createFaceEngine(context.parser());
    const bool realign = realignCrops(context.parser());

    QHash<QString, std::optional<biometrics::Descriptor>> descriptors;
    for (const Pair &pair : pairs) {
        for (const QString &file : {pair.a, pair.b}) {
            if (!descriptors.contains(file))
                descriptors.insert(file, describeImage(*engine, root + u'/' + file, realign).best);
        }
    }
    QJsonArray failedToAcquire;
    for (auto it = descriptors.cbegin(); it != descriptors.cend(); ++it) {
        if (!it.value())
            failedToAcquire.append(it.key());
    }
    struct Scored {
        float distance;
        bool same;
    };
    std::vector<Scored> scored;
    int skipped = 0;
    for (const Pair &pair : pairs) {
        const auto &a = descriptors.value(pair.a);
        const auto &b = descriptors.value(pair.b);
        if (!a || !b) {
            ++skipped;
            continue;
        }
        scored.push_back({biometrics::distance(*a, *b), pair.same});
    }
    auto rates = [&](float t) {
        int genuine = 0, impostor = 0, falseNonMatch = 0, falseMatch = 0;
        for (const Scored &s : scored) {
            if (s.same) {
                ++genuine;
                falseNonMatch += s.distance >= t;
            } else {
                ++impostor;
                falseMatch += s.distance < t;
            }
        }
        return std::tuple{genuine, impostor, falseNonMatch, falseMatch};
    };
    const auto [genuine, impostor, fnm, fm] = rates(threshold);
    QJsonArray roc;
    for (int step = 30; step <= 70; step += 2) {
        const float t = step / 100.0F;
        const auto [g, i, fn, f] = rates(t);
        roc.append(QJsonObject{{QStringLiteral("threshold"), t},
                               {QStringLiteral("fmr"), i ? rounded(double(f) / i, 5) : 0.0},
                               {QStringLiteral("fnmr"), g ? rounded(double(fn) / g, 5) : 0.0}});
    }
    float largestImpostor = 2.0F; // the smallest impostor distance: the threshold under which FMR is 0
    for (const Scored &s : scored) {
        if (!s.same)
            largestImpostor = std::min(largestImpostor, s.distance);
    }
    const int correct = (genuine - fnm) + (impostor - fm);
    CliContext::printJson({{QStringLiteral("pairs"), int(pairs.size())},
                           {QStringLiteral("compared"), int(scored.size())},
                           {QStringLiteral("skipped_pairs"), skipped},
                           {QStringLiteral("threshold"), rounded(threshold)},
                           {QStringLiteral("accuracy"), scored.empty() ? 0.0 : rounded(double(correct) / scored.size(), 5)},
                           {QStringLiteral("genuine_pairs"), genuine},
                           {QStringLiteral("impostor_pairs"), impostor},
                           {QStringLiteral("false_non_matches"), fnm},
                           {QStringLiteral("false_matches"), fm},
                           {QStringLiteral("fnmr"), genuine ? rounded(double(fnm) / genuine, 5) : 0.0},
                           {QStringLiteral("fmr"), impostor ? rounded(double(fm) / impostor, 5) : 0.0},
                           {QStringLiteral("smallest_impostor_distance"), rounded(largestImpostor)},
                           {QStringLiteral("failures_to_acquire"), failedToAcquire},
                           {QStringLiteral("mode"), context.parser().value(QStringLiteral("mode"))},
                           {QStringLiteral("crops"), context.parser().value(QStringLiteral("crops"))},
                           {QStringLiteral("model"), engine->model().modelId()},
                           {QStringLiteral("roc"), roc}});
    return Success;
}

} // namespace

int runFaces(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"embed", QT_TRANSLATE_NOOP("Cli", "faces and descriptors of images"), embed},
        {"compare", QT_TRANSLATE_NOOP("Cli", "compare the faces of two images (1:1)"), compare},
        {"eval", QT_TRANSLATE_NOOP("Cli", "evaluate labelled pairs: FMR, FNMR, ROC"), eval},
    };
    return dispatchVerb(QStringLiteral("faces"), verbs, arguments);
}

} // namespace portique::cli
