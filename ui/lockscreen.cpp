// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "lockscreen.h"

#include "access/gate.h"
#include "brandheader.h"
#include "decisionband.h"
#include "loginform.h"
#include "theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

using access::Outcome;

namespace {

// Read from the desk, not from the lane: smaller than a tile's band, the word still bold.
constexpr int iconSize = 32;
constexpr int wordPointSize = 15;
// The sign-in card, wider for a long school name up to what leaves the lanes room at 1366 px.
constexpr int signInCardWidth = 460;
constexpr int maxSignInCardWidth = 640;
constexpr int lanesCardWidth = 340;

QString stateWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return LockScreen::tr("granted");
    case Outcome::Refused:
        return LockScreen::tr("refused");
    case Outcome::CheckByHand:
        break;
    }
    return LockScreen::tr("check by hand");
}

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("role", QStringLiteral("card"));
    return card;
}

} // namespace

LockScreen::LockScreen(const StationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_form(new LoginForm(context, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *card = makeCard(this);
    auto *inner = new QVBoxLayout(card);
    inner->setContentsMargins(32, 28, 32, 28);
    inner->setSpacing(16);
    auto *brand = new BrandHeader(context.schoolName, tr("Station locked"), card);
    inner->addWidget(brand);
    // A fixed width lets the word-wrapped texts compute their height (heightForWidth); wide enough
    // for the school's name, which the header does not wrap.
    card->setFixedWidth(std::clamp(brand->sizeHint().width() + 64, signInCardWidth, maxSignInCardWidth));
    auto *hint = new QLabel(tr("Sign in to continue. Another agent may take over the desk."), card);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("note"));
    inner->addWidget(hint);
    inner->addWidget(m_form);
    // The outer layout sizes the card from its plain size hint, which ignores the wrapped text's
    // height at this width and squeezes the fields: ask the layout for its height at that width.
    card->setMinimumHeight(inner->totalHeightForWidth(card->width()));

    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addStretch(1);
    row->addWidget(card, 0, Qt::AlignTop);
    if (m_context.gate && m_context.gate->laneCount() > 0) {
        row->addWidget(buildLanes(), 0, Qt::AlignTop);
        connect(m_context.gate, &access::Gate::summariesChanged, this, &LockScreen::refreshLanes);
    }
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    connect(m_form, &LoginForm::authenticated, this, &LockScreen::unlocked);
}

QWidget *LockScreen::buildLanes()
{
    auto *card = makeCard(this);
    card->setObjectName(QStringLiteral("laneSummaries"));
    card->setFixedWidth(lanesCardWidth);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 22);
    layout->setSpacing(6);
    layout->addWidget(makeLabel(tr("Entrance lanes"), QStringLiteral("subtitle"), card));
    layout->addWidget(makeLabel(tr("The lanes go on deciding while the station is locked."), QStringLiteral("note"), card));
    for (const access::GateLane &lane : m_context.gate->lanes()) {
        LaneView view;
        view.name = new QLabel(lane.name, card);
        view.name->setObjectName(QStringLiteral("summaryLane"));
        QFont nameFont = view.name->font();
        nameFont.setBold(true);
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
        view.name->setFont(nameFont);
        view.band = new DecisionBand(card);
        view.band->setObjectName(QStringLiteral("summaryBand"));
        view.icon = new QLabel(view.band);
        view.icon->setFixedSize(iconSize, iconSize);
        view.word = new QLabel(view.band);
        view.word->setObjectName(QStringLiteral("summaryState"));
        QFont font = view.word->font();
        font.setPointSize(wordPointSize);
        font.setBold(true);
        view.word->setFont(font);
        auto *band = new QHBoxLayout(view.band);
        band->setContentsMargins(10, 6, 10, 6);
        band->setSpacing(10);
        band->addWidget(view.icon);
        band->addWidget(view.word, 1);
        view.band->setMinimumHeight(iconSize + 12);
        view.count = makeLabel(QString(), QStringLiteral("note"), card);
        view.count->setObjectName(QStringLiteral("summaryCount"));
        layout->addSpacing(6);
        layout->addWidget(view.name);
        layout->addWidget(view.band);
        layout->addWidget(view.count);
        m_lanes.push_back(view);
    }
    refreshLanes();
    return card;
}

void LockScreen::refreshLanes()
{
    const QList<access::LaneSummary> summaries = m_context.gate->summaries();
    for (std::size_t i = 0; i < m_lanes.size() && i < std::size_t(summaries.size()); ++i) {
        const access::LaneSummary &summary = summaries[qsizetype(i)];
        LaneView &view = m_lanes[i];
        QColor text = Qt::white;
        // Never colour alone (UI.md): each state has its icon and its word.
        if (summary.reading) {
            view.band->setColour(bandColours::reading);
            view.icon->setPixmap(readingIcon(iconSize));
            view.word->setText(tr("reading…"));
            view.word->setAccessibleName(view.word->text());
        } else if (summary.lastOutcome) {
            view.band->setColour(outcomeColour(*summary.lastOutcome));
            view.icon->setPixmap(outcomeIcon(*summary.lastOutcome, iconSize));
            view.word->setText(stateWord(*summary.lastOutcome));
            view.word->setAccessibleName(view.word->text());
        } else {
            view.band->setColour(bandColours::idle);
            view.icon->clear();
            view.word->setText(QStringLiteral("—"));
            view.word->setAccessibleName(tr("quiet"));
            text = bandColours::idleText;
        }
        view.word->setStyleSheet(QStringLiteral("color: %1;").arg(text.name()));
        view.count->setText(tr("%n passage(s) in the last minute", nullptr, summary.passagesLastMinute));
    }
}

void LockScreen::setLastLogin(const QString &login)
{
    m_form->setLogin(login);
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_form->reset();
    if (!m_lanes.empty())
        refreshLanes();
}

} // namespace portique::ui
