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
    card->setMaximumWidth(480);
    auto *inner = new QVBoxLayout(card);
    inner->setContentsMargins(32, 28, 32, 28);
    inner->setSpacing(16);
    inner->addWidget(new BrandHeader(context.schoolName, tr("🔒 Station locked"), card));
    auto *hint = new QLabel(tr("Sign in to continue. Another agent may take over the desk."), card);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("note"));
    inner->addWidget(hint);
    inner->addWidget(m_form);

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
