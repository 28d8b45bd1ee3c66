// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "scenefixture.h"

#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"

#include <QDir>

namespace portique::test {

cv::Mat portraitOf(const QString &dataDir, vision::FaceEngine &engine, const QString &person, cv::Mat *shut, const QString &photo)
{
    const cv::Mat image = vision::loadImage(dataDir + QStringLiteral("/faces/photos/") + person + QLatin1Char('/') + photo);
    const auto faces = engine.detector().detect(image, vision::DetectionOptions::forPhoto(image.size()));
    const QRect &b = faces.front().box;
    cv::Mat portrait = vision::SyntheticScenes::portrait(image, cv::Rect(b.x(), b.y(), b.width(), b.height()));
    if (shut) {
        const auto again = engine.detector().detect(portrait, vision::DetectionOptions::forPhoto(portrait.size()));
        std::vector<cv::Point2f> points;
        for (const QPointF &p : engine.aligner().landmarks(portrait, again.front().box))
            points.emplace_back(float(p.x()), float(p.y()));
        *shut = vision::SyntheticScenes::closeEyes(portrait, points);
    }
    return portrait;
}

std::vector<vision::StagedFace> stageDemoPhotos(const QString &dataDir, vision::FaceEngine &engine)
{
    const QDir group(dataDir + QStringLiteral("/faces/group"));
    QStringList photos;
    for (const QString &name : group.entryList({QStringLiteral("vladmandic_sample*.jpg")}, QDir::Files, QDir::Name))
        photos << group.absoluteFilePath(name);
    return vision::SyntheticScenes::stageFaces(engine, photos);
}

} // namespace portique::test
