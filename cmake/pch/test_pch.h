// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the tests (tests/CMakeLists.txt): QTest alone is ~4 s of parsing per file on the
// CI machine, paid once per build instead of once per test. Shared between tests through REUSE_FROM,
// which needs identical compile flags: see portique_add_test.
#pragma once

#include "core_pch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
