// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "faceoptions.h"

#include "clicontext.h"
#include "vision/facenetwork.h"
#include "vision/imageloader.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace portique::cli {

void addFaceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("face-model"),
                      QCoreApplication::translate("Cli", "Face model file (or PORTIQUE_FACE_MODEL; default: the official "
                                                         "dlib file if installed, else the converted one)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("mode"),
                      QCoreApplication::translate("Cli", "Descriptor: mirror (chip and its mirror averaged, the default) or "
                                                         "single (the naive pipeline)."),
                      QStringLiteral("mode"), QStringLiteral("mirror")});
    parser.addOption({QStringLiteral("crops"),
                      QCoreApplication::translate("Cli", "150x150 face crops: realign (pad, then detect and align, the "
                                                         "default) or straight (fed to the network as they are)."),
                      QStringLiteral("how"), QStringLiteral("realign")});
}

bool realignCrops(const QCommandLineParser &parser)
{
    const QString how = parser.value(QStringLiteral("crops"));
    if (how != u"realign" && how != u"straight")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--crops takes realign or straight."));
    return how == u"realign";
}

std::unique_ptr<vision::FaceEngine> createFaceEngine(const QCommandLineParser &parser)
{
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode != u"mirror" && mode != u"single")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--mode takes mirror or single."));
    const QString path = parser.isSet(QStringLiteral("face-model")) ? parser.value(QStringLiteral("face-model"))
                                                                     : qEnvironmentVariable("PORTIQUE_FACE_MODEL");
    // One engine on one thread here: let OpenBLAS use both cores for the descriptor.
    vision::setBlasThreads(2);
    return std::make_unique<vision::FaceEngine>(vision::FaceModel::locate(path),
                                                mode == u"single" ? vision::DescriptorMode::Single
                                                                  : vision::DescriptorMode::MirrorAveraged);
}

ImageFaces describeImage(vision::FaceEngine &engine, const QString &path, bool realign)
{
    ImageFaces result;
    result.path = path;
    cv::Mat image = vision::loadImage(path);
    const bool crop = image.rows == vision::FaceNetwork::chipSize && image.cols == vision::FaceNetwork::chipSize;
    if (crop && realign) {
        // A tight crop leaves no room for the landmarks' alignment (dlib's chip has 25 % padding):
        // a neutral border of 40 % lets the detector and the aligner frame it the way the network
        // was trained (docs/face-engine.md: this halves the false non-matches of the crops).
        const int border = vision::FaceNetwork::chipSize * 2 / 5;
        cv::copyMakeBorder(image, image, border, border, border, border, cv::BORDER_CONSTANT, cv::Scalar::all(128));
    }
    if (!crop || realign) {
        result.faces = engine.analyze(image, vision::DetectionOptions::forPhoto(image.size()));
        int largest = -1;
        for (const vision::AnalyzedFace &face : result.faces) {
            const int area = face.face.box.width() * face.face.box.height();
            if (face.descriptor && area > largest) {
                largest = area;
                result.best = face.descriptor;
            }
        }
    }
    if (crop && !result.best) {
        result.faces.clear();
        result.alignedChip = true;
        result.best = engine.describe({vision::loadImage(path)}).front();
    }
    return result;
}

} // namespace portique::cli
