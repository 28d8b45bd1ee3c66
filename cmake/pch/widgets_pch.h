// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for portique_ui and the portique program (portique_precompile): the Widgets headers nearly every screen
// includes, on top of core's.
#pragma once

#include "core_pch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
