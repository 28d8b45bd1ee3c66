// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "brandheader.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

BrandHeader::BrandHeader(const QString &schoolName, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/portique.svg")).pixmap(56, 56));
    auto *product = new QLabel(QStringLiteral("Portique"), this);
    product->setProperty("role", QStringLiteral("title"));
    auto *school = new QLabel(schoolName, this);
    school->setObjectName(QStringLiteral("schoolName"));
    school->setProperty("role", QStringLiteral("subtitle"));
    auto *what = new QLabel(subtitle, this);
    what->setProperty("role", QStringLiteral("note"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(product);
    text->addWidget(school);
    text->addWidget(what);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(logo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

} // namespace portique::ui
