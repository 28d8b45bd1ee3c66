// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace portique::vision {

class FaceEngine;

/// @brief Verdict of the accuracy check that set-up runs on a freshly converted (or supplied) model.
struct ModelCheck {
    int faces = 0;
    int samePairs = 0;      ///< a face against itself seen again, turned and rescaled
    int differentPairs = 0; ///< two people of the same photo
    float largestSame = 0.0F;
    float smallestDifferent = 0.0F;
    float medianDifferent = 0.0F;
    /// Share of (same pair, different pair) combinations where the same pair is the closer one:
    /// the area under the ROC curve, free of any threshold.
    double separation = 0.0;
    bool passed = false;
    QJsonObject toJson() const;

    /// A model converted right separates these pairs almost perfectly (measured: 0.99+); a wrong
    /// layout scores about 0.5 (chance). A fixed threshold is not used: two look-alike friends in
    /// one photo may fall under 0.6 without the model being wrong.
    static constexpr double requiredSeparation = 0.95;
    /// Ordering alone is not enough: a network with a transposed layout still tells an image from
    /// another (measured: separation 1.0) but on a collapsed scale (different people at 0.06-0.3).
    /// A network working as trained puts most different people beyond its 0.6 threshold (measured
    /// median 0.8 on the demo photos) and the same face, seen again, far below it (0.03).
    static constexpr float requiredMedianDifferent = 0.6F;
    static constexpr float allowedLargestSame = 0.3F;
    /// The check needs enough faces to mean something.
    static constexpr int requiredFaces = 8;
};

/// @brief Checks that @p engine's network separates people without labels: in a group photo every
/// face is a different person, and a face seen again after a small rotation and rescaling of the
/// photo is the same person. @p images are the face-api package's demo photos, so every machine has
/// them.
ModelCheck checkModel(FaceEngine &engine, const QStringList &images);

} // namespace portique::vision
