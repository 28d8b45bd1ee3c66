// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "lockscreen.h"

#include "brandheader.h"
#include "loginform.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

LockScreen::LockScreen(const StationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_form(new LoginForm(context, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("role", QStringLiteral("card"));
    // A fixed width lets the word-wrapped texts compute their height (heightForWidth).
    card->setFixedWidth(460);
    auto *inner = new QVBoxLayout(card);
    inner->setContentsMargins(32, 28, 32, 28);
    inner->setSpacing(16);
    inner->addWidget(new BrandHeader(context.schoolName, tr("Station locked"), card));
    auto *hint = new QLabel(tr("Sign in to continue. Another agent may take over the desk."), card);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("note"));
    inner->addWidget(hint);
    inner->addWidget(m_form);
    // The outer layout sizes the card from its plain size hint, which ignores the wrapped text's
    // height at this width and squeezes the fields: ask the layout for its height at that width.
    card->setMinimumHeight(inner->totalHeightForWidth(card->width()));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_form, &LoginForm::authenticated, this, &LockScreen::unlocked);
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_form->reset();
}

} // namespace portique::ui
