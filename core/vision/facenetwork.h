// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "biometrics/descriptor.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace portique::vision {

/// @brief dlib's face recognition ResNet (29 convolutions, 150x150 RGB chip in, 128-D out).
///
/// Not thread-safe: one instance per worker thread (FACE_MODEL.md). The only translation unit that
/// includes dlib's DNN headers is facenetwork.cpp.
class FaceNetwork final {
public:
    /// @brief Loads a dlib-serialised network (the official .dat or one converted by
    /// convertFaceApiModel). Throws VisionError naming the file.
    static std::unique_ptr<FaceNetwork> load(const QString &path);
    ~FaceNetwork();
    FaceNetwork(const FaceNetwork &) = delete;
    FaceNetwork &operator=(const FaceNetwork &) = delete;

    /// @brief Descriptors of aligned 150x150 chips (CV_8UC3, BGR), computed in batches of
    /// @p batchSize; the result has one descriptor per chip, in order.
    std::vector<biometrics::Descriptor> describe(const std::vector<cv::Mat> &chips, std::size_t batchSize = 8);

    /// The chip size the network was trained on (dlib's get_face_chip_details(shape, 150, 0.25)).
    static constexpr int chipSize = 150;
    /// The padding around the face in the chip, from the same call.
    static constexpr double chipPadding = 0.25;

private:
    struct Impl;
    explicit FaceNetwork(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// @brief How the converter reads the tfjs convolution filters. Only TfjsHwio is right; the other
/// exists so a test can prove that set-up's accuracy check catches a wrong layout.
enum class FilterLayout { TfjsHwio, DeliberatelyWrong };

/// @brief Converts @vladmandic/face-api's face_recognition_model (weights manifest JSON + .bin)
/// into dlib's serialised format. Throws VisionError when the manifest does not describe the
/// expected 117 tensors of the expected shapes, or the .bin is short.
QByteArray convertFaceApiModel(const QByteArray &manifestJson, const QByteArray &weights,
                               FilterLayout layout = FilterLayout::TfjsHwio);

/// @brief Sets the number of OpenBLAS threads when OpenBLAS is the BLAS in use (dlib's convolutions
/// run on it). Returns false when another BLAS is loaded. Idle OpenBLAS threads spin, so with one
/// vision worker per core each worker's network runs on one thread.
bool setBlasThreads(int threads);
/// @brief Name of the BLAS library dlib is running on ("OpenBLAS …" or "reference BLAS").
QString blasName();

} // namespace portique::vision
