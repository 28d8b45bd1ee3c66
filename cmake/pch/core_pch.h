// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for portique_core and portiquectl (cmake/PortiqueSettings.cmake, portique_precompile): the Qt and
// standard headers most of core's files include, parsed once per build instead of once per file.
// Only what core already uses everywhere: never a Widgets header (core has none), never a project
// header (a change to one would rebuild all of core).
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
