// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "pagestack.h"

#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

PageStack::PageStack(QWidget *parent)
    : QScrollArea(parent)
    , m_host(new QWidget(this))
    , m_pages(new QVBoxLayout(m_host))
{
    m_host->setObjectName(QStringLiteral("pages"));
    m_pages->setSpacing(16);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_host);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
}

void PageStack::setPages(const QList<QImage> &pages)
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QImage &page : pages) {
        auto *label = new QLabel(m_host);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
}

int PageStack::pageCount() const
{
    return m_pages->count();
}

} // namespace portique::ui
