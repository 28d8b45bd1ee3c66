// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace portique::vision {

/// @brief The descriptor network file in use and its identity. Templates record modelId(), so a
/// template made by another model is refused instead of compared (distances between models mean
/// nothing).
struct FaceModel {
    QString path;
    QByteArray sha256; ///< of the file's bytes
    /// @brief The first 8 bytes of the SHA-256, in hex: short enough to sit in every template.
    QString modelId() const { return QString::fromLatin1(sha256.left(8).toHex()); }
    /// @brief "official dlib model" or "converted from @vladmandic/face-api 1.7.15".
    QString origin;

    /// @brief Where models live: $PORTIQUE_MODEL_DIR, else $XDG_DATA_HOME/portique/models (never
    /// the source tree).
    static QString directory();
    /// @brief The file set-up writes after converting and verifying the face-api weights.
    static QString convertedPath();
    /// @brief dlib's own file, used in preference when a user has put it in directory().
    static QString officialPath();

    /// @brief @p explicitPath when given (setting or --face-model), else the official file if
    /// present, else the converted one. Reads the file to hash it; throws VisionError saying how
    /// to install a model when there is none.
    static FaceModel locate(const QString &explicitPath = {});
    /// @brief Which model locate() would pick, without reading it (for screens): its origin and
    /// path, or an empty string when none is installed.
    static QString installedSummary();
};

} // namespace portique::vision
