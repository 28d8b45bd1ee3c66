// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QLabel;

class QTableView;
class QWidget;

namespace portique::ui {

enum class Theme { Light, Dark };

/// @brief Fusion, one restrained palette and the text roles used by every screen (UI.md "Look").
/// Labels opt into a role with setProperty("role", "title" | "subtitle" | "note" | "error" | "ok").
void applyTheme(QApplication &application, Theme theme);

/// @brief Gives @p widget a text role and re-applies the style sheet (needed when it changes at run time).
void setTextRole(QWidget *widget, const QString &role);

/// @brief A page's message line: @p text in @p role, the line hidden while there is nothing to say.
void showMessage(QLabel *label, const QString &text, const QString &role);

/// @brief A label with a text role; "note" and "error" labels wrap.
QLabel *makeLabel(const QString &text, const QString &role, QWidget *parent);

/// @brief The station's read-only tables: whole rows selected, no editing, alternating rows, no
/// row numbers, the last column taking the remaining width.
void configureTable(QTableView *table);

/// @brief Colours that carry meaning (health dots, later the decision states), chosen to stay
/// distinct for the common colour-blindness types; never used without an icon or a word beside them.
namespace colours {
inline const QColor ok{0x1b, 0x7f, 0x3b};      // green
inline const QColor warning{0xb2, 0x6b, 0x00}; // amber
inline const QColor alert{0xc0, 0x1c, 0x28};   // red
} // namespace colours

} // namespace portique::ui
