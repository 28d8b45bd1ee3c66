// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "vision/faceengine.h"

#include <QCommandLineParser>

#include <memory>

namespace portique::cli {

/// @brief The options every face command shares: which model file, which descriptor mode.
void addFaceOptions(QCommandLineParser &parser);
/// @brief Builds the engine those options ask for (CliExit on a bad value, VisionError on a missing model).
std::unique_ptr<vision::FaceEngine> createFaceEngine(const QCommandLineParser &parser);

/// @brief A face of an image ready to compare: the descriptor of its largest usable face. An image
/// of exactly 150x150 is a face crop (the crops of the test data): it is padded and aligned by the
/// whole pipeline ("realign", the default), or fed straight to the network ("straight", the naive
/// way) when asked or when no usable face is found in it.
struct ImageFaces {
    QString path;
    std::vector<vision::AnalyzedFace> faces; ///< empty for an aligned chip
    bool alignedChip = false; ///< fed straight to the network
    std::optional<biometrics::Descriptor> best; ///< largest usable face
};
ImageFaces describeImage(vision::FaceEngine &engine, const QString &path, bool realignCrops = true);
/// @brief Whether --crops asks to realign face crops (default) or feed them straight.
bool realignCrops(const QCommandLineParser &parser);

} // namespace portique::cli
