// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facemodel.h"

#include "visionerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace portique::vision {

QString FaceModel::directory()
{
    const QString overridden = qEnvironmentVariable("PORTIQUE_MODEL_DIR");
    if (!overridden.isEmpty())
        return overridden;
    const QString data = qEnvironmentVariable("XDG_DATA_HOME");
    return (data.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : data) + QStringLiteral("/portique/models");
}

QString FaceModel::convertedPath()
{
    return directory() + QStringLiteral("/portique_face_recognition_faceapi_1.7.15.dat");
}

QString FaceModel::officialPath()
{
    return directory() + QStringLiteral("/dlib_face_recognition_resnet_model_v1.dat");
}

FaceModel FaceModel::locate(const QString &explicitPath)
{
    FaceModel model;
    if (!explicitPath.isEmpty()) {
        model.path = explicitPath;
        model.origin = QFileInfo(explicitPath).fileName() == QFileInfo(officialPath()).fileName()
                           ? QStringLiteral("official dlib model")
                           : QStringLiteral("given file");
    } else if (QFileInfo::exists(officialPath())) {
        model.path = officialPath();
        model.origin = QStringLiteral("official dlib model");
    } else {
        model.path = convertedPath();
        model.origin = QStringLiteral("converted from @vladmandic/face-api 1.7.15");
    }
    QFile file(model.path);
    if (!file.open(QIODevice::ReadOnly))
        throw VisionError(QCoreApplication::translate("Vision", "No face model at %1: run scripts/setup.sh (it converts and "
                                                                "checks the model), or give dlib's official file.")
                              .arg(model.path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    model.sha256 = hash.result();
    return model;
}

QString FaceModel::installedSummary()
{
    if (QFileInfo::exists(officialPath()))
        return QCoreApplication::translate("Vision", "official dlib model — %1").arg(officialPath());
    if (QFileInfo::exists(convertedPath()))
        return QCoreApplication::translate("Vision", "converted from @vladmandic/face-api 1.7.15 — %1").arg(convertedPath());
    return {};
}

} // namespace portique::vision
