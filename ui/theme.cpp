// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace portique::ui {
namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x22, 0x2b));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    palette.setColor(QPalette::Text, QColor(0x1d, 0x22, 0x2b));
    palette.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xef));
    palette.setColor(QPalette::ButtonText, QColor(0x1d, 0x22, 0x2b));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa8));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa8));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x23, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    palette.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1d));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x31));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    palette.setColor(QPalette::Button, QColor(0x2c, 0x30, 0x37));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x92, 0x9c));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x7c));
    return palette;
}

} // namespace

void applyTheme(QApplication &application, Theme theme)
{
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    application.setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    const QString note = theme == Theme::Dark ? QStringLiteral("#a9b0ba") : QStringLiteral("#5b6270");
    application.setStyleSheet(QStringLiteral(R"(
QLabel[role="title"] { font-size: 20pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 13pt; font-weight: 600; }
QLabel[role="section"] { font-size: 12pt; font-weight: 600; margin-top: 8px; }
QLabel[role="note"] { color: %1; }
QLabel[role="error"] { color: %2; font-weight: 600; }
QLabel[role="ok"] { color: %3; font-weight: 600; }
QTabBar::tab { padding: 8px 18px; }
QFrame[role="card"] { background: %4; border: 1px solid %5; border-radius: 8px; }
QStatusBar QLabel { padding: 0 8px; }
)")
                                  .arg(note, colours::alert.name(), colours::ok.name(),
                                       theme == Theme::Dark ? QStringLiteral("#262a31") : QStringLiteral("#ffffff"),
                                       theme == Theme::Dark ? QStringLiteral("#3a3f48") : QStringLiteral("#d5d9e0")));
}

void setTextRole(QWidget *widget, const QString &role)
{
    widget->setProperty("role", role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void showMessage(QLabel *label, const QString &text, const QString &role)
{
    setTextRole(label, role);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *makeLabel(const QString &text, const QString &role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", role);
    label->setWordWrap(role == u"note" || role == u"error");
    return label;
}

void configureTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace portique::ui
