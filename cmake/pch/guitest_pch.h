// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the tests of screens (tests/CMakeLists.txt): the tests' header and the Widgets one.
#pragma once

#include "test_pch.h"
#include "widgets_pch.h"

#include <QApplication>
