// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"

#include "vision/faceengine.h"
#include "vision/facemodel.h"
#include "vision/facenetwork.h"
#include "vision/modelcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace portique::cli {
namespace {


QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot read %1.").arg(path));
    return file.readAll();
}

QStringList sampleImages(const QString &folder)
{
    const QDir dir(folder);
    QStringList images;
    for (const QString &name : dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        images << dir.absoluteFilePath(name);
    if (images.isEmpty())
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No sample photos in %1.").arg(folder));
    return images;
}

int install(const QStringList &arguments)
{
    CliContext context(QStringLiteral("model install"),
                       QCoreApplication::translate("Cli", "Converts the face-api face recognition weights into dlib's format, checks the result on the "
                          "package's demo photos, and installs it only if it separates people as the network should. "
                          "With --official, checks and installs dlib's own model file instead."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("manifest"), QCoreApplication::translate("Cli", "face_recognition_model-weights_manifest.json"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("weights"), QCoreApplication::translate("Cli", "face_recognition_model.bin"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("official"), QCoreApplication::translate("Cli", "dlib_face_recognition_resnet_model_v1.dat to install instead."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("samples"), QCoreApplication::translate("Cli", "Folder of group photos for the check (the package's demo/)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Where to install (default: the model folder)."), QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const QStringList samples = sampleImages(context.required(QStringLiteral("samples")));
    const bool official = parser.isSet(QStringLiteral("official"));
    const QString out = parser.isSet(QStringLiteral("out"))
                            ? parser.value(QStringLiteral("out"))
                            : (official ? vision::FaceModel::officialPath() : vision::FaceModel::convertedPath());
    QByteArray model = official ? readFile(parser.value(QStringLiteral("official")))
                                : vision::convertFaceApiModel(readFile(context.required(QStringLiteral("manifest"))),
                                                              readFile(context.required(QStringLiteral("weights"))));
    QDir().mkpath(QFileInfo(out).absolutePath());
    const QString candidate = out + QStringLiteral(".candidate");
    {
        QSaveFile file(candidate);
        if (!file.open(QIODevice::WriteOnly) || file.write(model) != model.size() || !file.commit())
            throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot write %1.").arg(candidate));
    }
    vision::setBlasThreads(2);
    vision::ModelCheck check;
    QString modelId;
    try {
        vision::FaceEngine engine(vision::FaceModel::locate(candidate), vision::DescriptorMode::Single);
        modelId = engine.model().modelId();
        check = vision::checkModel(engine, samples);
    } catch (...) {
        QFile::remove(candidate);
        throw;
    }
    const QJsonObject report{{QStringLiteral("model"), out},
                             {QStringLiteral("model_id"), modelId},
                             {QStringLiteral("bytes"), model.size()},
                             {QStringLiteral("check"), check.toJson()},
                             {QStringLiteral("installed"), check.passed}};
    if (!check.passed) {
        QFile::remove(candidate);
        CliContext::printJson(report);
        throw CliExit(Failed, QCoreApplication::translate("Cli", "The model failed its accuracy check on %1 faces (separation %2, median distance "
                                 "between different people %3, largest distance of a face to itself %4): it was not "
                                 "installed. This is what a wrong weight layout looks like.")
                                  .arg(check.faces)
                                  .arg(check.separation, 0, 'f', 3)
                                  .arg(check.medianDifferent, 0, 'f', 3)
                                  .arg(check.largestSame, 0, 'f', 3));
    }
    QFile::remove(out);
    if (!QFile::rename(candidate, out))
        throw CliExit(Failed, QCoreApplication::translate("Cli", "Cannot install the model at %1.").arg(out));
    CliContext::printJson(report);
    return Success;
}

int info(const QStringList &arguments)
{
    CliContext context(QStringLiteral("model info"), QCoreApplication::translate("Cli", "Which face model is in use, its id, and the BLAS it runs on."),
                       arguments);
    context.parser().addOption({QStringLiteral("face-model"), QCoreApplication::translate("Cli", "Face model file."), QStringLiteral("path")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const vision::FaceModel model = vision::FaceModel::locate(context.parser().value(QStringLiteral("face-model")));
    CliContext::printJson({{QStringLiteral("model"), model.path},
                           {QStringLiteral("origin"), model.origin},
                           {QStringLiteral("model_id"), model.modelId()},
                           {QStringLiteral("sha256"), QString::fromLatin1(model.sha256.toHex())},
                           {QStringLiteral("landmarks"), vision::FaceAligner::defaultLandmarksPath()},
                           {QStringLiteral("blas"), vision::blasName()}});
    return Success;
}

} // namespace

int runModel(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"install", QT_TRANSLATE_NOOP("Cli", "convert, check and install the face model"), install},
        {"info", QT_TRANSLATE_NOOP("Cli", "the face model in use"), info},
    };
    return dispatchVerb(QStringLiteral("model"), verbs, arguments);
}

} // namespace portique::cli
