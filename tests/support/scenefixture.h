// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "vision/faceengine.h"
#include "vision/syntheticscenes.h"

#include <QString>
#include <opencv2/core.hpp>

namespace portique::test {

/// A person of the face test data as a camera would see them: a 640x480 portrait made from
/// `faces/photos/<person>/<photo>`, and, when @p shut is given, the same portrait with the eyes
/// closed (for blinking scenes).
cv::Mat portraitOf(const QString &dataDir, vision::FaceEngine &engine, const QString &person, cv::Mat *shut = nullptr,
                   const QString &photo = QStringLiteral("01.jpg"));

/// The face-api demo photos of the test data (`faces/group/vladmandic_sample*.jpg`) staged as
/// `portiquectl demo cameras` stages them, in the order it reads them.
std::vector<vision::StagedFace> stageDemoPhotos(const QString &dataDir, vision::FaceEngine &engine);

} // namespace portique::test
