// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The zone map (visitors/zonemap.h): JSON an administrator gives to `portiquectl zones set`, and
// the setting visitors.zone_map read back at every start. What fromJson() accepts must be stored
// and read back unchanged (saveZoneMap relies on it), and the pass limits must hold an answer.

#include "fuzzsupport.h"
#include "visitors/visitorpass.h"
#include "visitors/zonemap.h"

#include <stdexcept>

using namespace portique;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    visitors::ZoneMap map;
    try {
        map = visitors::ZoneMap::fromJson(QString::fromUtf8(fuzz::bytesOf(data, size)));
    } catch (const std::invalid_argument &error) {
        fuzz::checkMessage(error.what());
        return 0;
    }
    visitors::ZoneMap again;
    try {
        again = visitors::ZoneMap::fromJson(map.toJson());
    } catch (const std::invalid_argument &) {
        fuzz::fail("a zone map that was accepted cannot be read back once stored");
    }
    if (again.names() != map.names() || again.defaultAllowed() != map.defaultAllowed() || again.planImage != map.planImage
        || again.cameraSpots != map.cameraSpots)
        fuzz::fail("a zone map changed on the way to the setting and back");
    for (const QString &name : map.names()) {
        if (name.isEmpty() || name != name.trimmed() || map.zone(name) == nullptr)
            fuzz::fail("a zone was accepted with an empty or untrimmed name");
    }
    (void)visitors::PassContent::zonesProblem(map.names());
    return 0;
}
