// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "gatepage.h"

#include "access/gate.h"
#include "lanetile.h"
#include "manualentrydialog.h"
#include "overridedialog.h"
#include "theme.h"
#include "tones.h"
#include "vision/visionpipeline.h"

#include <QAudioDevice>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace portique::ui {

using access::Outcome;

namespace {

Q_LOGGING_CATEGORY(gateLog, "portique.gate")

// The tones (UI.md "Decision states"): a grant is one short high beep that does not startle; a
// refusal two low ones the agent cannot miss; a check by hand one mid tone. The alert chime
// (alertTones()) is in another key, so the two are never confused.
std::vector<Tone> tonesOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return {{1318.5, 140, 0}}; // E6
    case Outcome::Refused:
        return {{329.6, 180, 90}, {329.6, 180, 0}}; // E4, twice
    case Outcome::CheckByHand:
        break;
    }
    return {{659.3, 260, 0}}; // E5
}

QString fileNameOf(Outcome outcome)
{
    // The version in the name: a change of tones writes new files rather than trusting old ones.
    return QStringLiteral("portique-%1-v1.wav").arg(access::outcomeId(outcome));
}

int soundIndex(Outcome outcome)
{
    return outcome == Outcome::Granted ? 0 : outcome == Outcome::Refused ? 1 : 2;
}

} // namespace

QString GatePage::writeTone(Outcome outcome, const QString &directory)
{
    return writeToneFile(fileNameOf(outcome), tonesOf(outcome), directory);
}

GatePage::GatePage(const StationContext &context, QString agentLogin, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_agent(std::move(agentLogin))
    , m_grid(new QGridLayout)
    , m_notice(makeLabel(QString(), QStringLiteral("note"), this))
    , m_soundState(makeLabel(QString(), QStringLiteral("note"), this))
    , m_manualButton(new QPushButton(tr("Manual entry… (Ctrl+M)"), this))
    , m_player(new TonePlayer(this))
{
    connect(m_player, &TonePlayer::failed, this, &GatePage::soundsUnavailable);
    setObjectName(QStringLiteral("gatePage"));
    m_notice->setObjectName(QStringLiteral("gateNotice"));
    m_soundState->setObjectName(QStringLiteral("soundState"));
    m_manualButton->setObjectName(QStringLiteral("manualEntryButton"));
    m_manualButton->setToolTip(tr("Let a person without a badge in, or type a badge's code (Ctrl+M)"));
    m_manualButton->setFocusPolicy(Qt::TabFocus);

    auto *bar = new QHBoxLayout;
    bar->addWidget(makeLabel(tr("Entrances"), QStringLiteral("subtitle"), this));
    bar->addSpacing(12);
    bar->addWidget(m_notice, 1);
    bar->addWidget(m_soundState);
    bar->addWidget(m_manualButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(bar);
    m_grid->setSpacing(10);
    // On a screen too small for every lane the page scrolls: nothing is squeezed until it overlaps.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("lanesScroll"));
    // Sized by fitLanes(), not by the scroll area: it would grow the tiles to their preferred
    // height (word-wrapped labels), where the lanes should share the room there is.
    scroll->setWidgetResizable(false);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *lanes = new QWidget(scroll);
    lanes->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(lanes);
    scroll->viewport()->setAutoFillBackground(false);
    m_lanesView = scroll->viewport();
    m_lanes = lanes;
    // A decision that wraps onto more lines needs more room: refit when the tiles ask for layout.
    lanes->installEventFilter(this);
    // A vertical scroll bar narrows the view: the lanes are fitted to it again.
    m_lanesView->installEventFilter(this);
    lanes->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(6000);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);

    access::Gate *gate = m_context.gate;
    if (!gate || gate->laneCount() == 0) {
        // Never an empty screen: say why there is no lane and what to do.
        vision::VisionPipeline *pipeline = m_context.pipeline;
        QString why;
        if (pipeline || m_context.camerasUnavailable.isEmpty()) {
            why = pipeline ? tr("No entrance lane is configured.") : tr("No camera can run on this station.");
            why += u'\n' + tr("An administrator adds the lanes' cameras, with the role “Entrance lane”, in Administration › Cameras.");
        } else {
            why = m_context.camerasUnavailable; // says why and what to do
        }
        auto *label = makeLabel(why, QStringLiteral("note"), this);
        label->setObjectName(QStringLiteral("noLane"));
        label->setAlignment(Qt::AlignCenter);
        QFont font = label->font();
        font.setPointSize(font.pointSize() + 3);
        label->setFont(font);
        m_grid->addWidget(label, 0, 0);
        m_manualButton->setEnabled(false);
        m_ready = true;
        return;
    }

    const int laneCount = gate->laneCount();
    const int columns = laneCount <= 2 ? laneCount : laneCount <= 4 ? 2 : 3;
    m_columns = columns;
    for (int i = 0; i < laneCount; ++i) {
        auto *tile = new LaneTile(*gate, i, *m_context.writer, *m_context.clock, this);
        const int camera = gate->lanes().at(i).camera;
        if (gate->pipeline() && camera >= 0 && camera < gate->pipeline()->cameraCount())
            tile->setCameraStatus(gate->pipeline()->camera(camera).status());
        m_grid->addWidget(tile, i / columns, i % columns);
        m_tiles << tile;
        connect(tile, &LaneTile::selectRequested, this, [this](LaneTile *t) { selectLane(int(m_tiles.indexOf(t))); });
        connect(tile, &LaneTile::overrideRequested, this, &GatePage::openOverride);
        connect(tile, &LaneTile::passageShown, this, [this](const access::Passage &p) { play(p.decision.outcome); });
    }
    // The selection is the gate's: it survives the page (a lock, another user).
    selectLane(std::clamp(gate->defaultLane(), 0, laneCount - 1));

    if (vision::VisionPipeline *pipeline = gate->pipeline()) {
        connect(
            pipeline, &vision::VisionPipeline::cameraStatusChanged, this,
            [this](int camera, const vision::CameraStatus &status) {
                const int lane = m_context.gate->laneOfCamera(camera);
                if (lane >= 0 && lane < m_tiles.size())
                    m_tiles[lane]->setCameraStatus(status);
            },
            Qt::QueuedConnection);
    }

    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, &GatePage::overrideSelected);
    auto *manual = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    connect(manual, &QShortcut::activated, this, &GatePage::openManualEntry);
    connect(m_manualButton, &QPushButton::clicked, this, &GatePage::openManualEntry);
    for (int i = 0; i < std::min<int>(4, int(m_tiles.size())); ++i) {
        auto *select = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(select, &QShortcut::activated, this, [this, i] { selectLane(i); });
        m_tiles[i]->setToolTip(tr("%1 — Ctrl+%2 selects it").arg(m_tiles[i]->lane()).arg(i + 1));
    }

    connect(gate, &access::Gate::settingsApplied, this, &GatePage::settingsApplied);
    if (gate->settingsLoaded())
        settingsApplied(QString());
}

void GatePage::settingsApplied(const QString &error)
{
    if (!error.isEmpty()) {
        // The lanes work on their defaults (the documented ones); the agent is told.
        showNotice(tr("Gate settings unreadable, defaults used: %1").arg(error));
    }
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setFaceLaneOpen(m_context.gate->faceLaneOpen(i));
    const bool wanted = m_context.gate->soundsWanted();
    if (wanted != m_soundsWanted || !m_ready) {
        m_soundsWanted = wanted;
        if (m_soundsWanted) {
            setUpSounds();
        } else {
            m_soundState->setText(tr("Sounds off"));
            m_soundState->setToolTip(QString());
        }
    }
    if (!std::exchange(m_ready, true))
        Q_EMIT ready();
}

GatePage::~GatePage() = default;

void GatePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLanes();
}

bool GatePage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_lanes && event->type() == QEvent::LayoutRequest) || (watched == m_lanesView && event->type() == QEvent::Resize))
        QMetaObject::invokeMethod(this, &GatePage::fitLanes, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void GatePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitLanes();
}

void GatePage::fitLanes()
{
    if (!m_lanes || !m_lanesView)
        return;
    if (m_tiles.isEmpty()) {
        m_lanes->resize(m_lanesView->size()); // the explanation, centred
        return;
    }
    // Across, the lanes take the width there is (their words wrap; a camera needs 240 px): the page
    // never scrolls sideways. Down, at least what the tiles need, so nothing overlaps.
    constexpr int minimumTileWidth = 320;
    const QSize room = m_lanesView->size();
    // The tiles' shape follows the room each lane has, not their own size (which may have grown
    // to their minimum): wider than 1.45:1, the decision goes beside the camera.
    constexpr double wideRatio = 1.45;
    const int rowCount = int((m_tiles.size() + m_columns - 1) / m_columns);
    const double cellWidth = double(room.width() - (m_columns - 1) * m_grid->spacing()) / m_columns;
    const double cellHeight = double(room.height() - (rowCount - 1) * m_grid->spacing()) / rowCount;
    for (LaneTile *tile : std::as_const(m_tiles))
        tile->setWide(cellWidth >= wideRatio * cellHeight);
    m_grid->activate();
    const int width = std::max(room.width(), m_columns * minimumTileWidth);
    const int tileWidth = (width - (m_columns - 1) * m_grid->spacing()) / m_columns;
    const int rows = int((m_tiles.size() + m_columns - 1) / m_columns);
    int needed = (rows - 1) * m_grid->spacing();
    for (int row = 0; row < rows; ++row) {
        int tallest = 0;
        for (int column = 0; column < m_columns && row * m_columns + column < m_tiles.size(); ++column)
            tallest = std::max(tallest, m_tiles[row * m_columns + column]->heightNeeded(tileWidth));
        needed += tallest;
    }
    const int height = std::max(room.height(), needed);
    m_lanes->resize(width, height);
}

LaneTile *GatePage::selectedTile() const
{
    return m_selected >= 0 && m_selected < m_tiles.size() ? m_tiles[m_selected] : nullptr;
}

void GatePage::selectLane(int index)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    m_selected = index;
    m_context.gate->setDefaultLane(index);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setSelected(i == index);
}

OverrideDialog *GatePage::overrideDialog() const
{
    return m_overrideDialog;
}

ManualEntryDialog *GatePage::manualEntryDialog() const
{
    return m_manualDialog;
}

QString GatePage::notice() const
{
    return m_notice->text();
}

void GatePage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_noticeTimer.start();
}

void GatePage::laneStillDeciding(int lane)
{
    if (lane >= 0 && lane < m_tiles.size())
        showNotice(tr("%1 is still deciding the previous passage: scan again in a moment.").arg(m_tiles[lane]->lane()));
}

void GatePage::overrideSelected()
{
    if (LaneTile *tile = selectedTile())
        openOverride(tile);
}

void GatePage::openOverride(LaneTile *tile)
{
    if (m_overrideDialog)
        return;
    const std::optional<access::Passage> &passage = tile->lastPassage();
    if (tile->state() == LaneTile::State::Reading) {
        showNotice(tr("%1 is reading a credential: override once it is decided.").arg(tile->lane()));
        return;
    }
    if (!passage) {
        showNotice(tr("%1: no decision to override yet.").arg(tile->lane()));
        return;
    }
    if (passage->eventId <= 0) {
        showNotice(tr("%1: the last decision is not on record and cannot be overridden.").arg(tile->lane()));
        return;
    }
    if (tile->lastOverridden()) {
        showNotice(tr("%1: the last decision is already overridden.").arg(tile->lane()));
        return;
    }
    auto *dialog = new OverrideDialog(*m_context.writer, *m_context.clock, m_agent, *passage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<LaneTile> target = tile;
    connect(dialog, &OverrideDialog::overridden, this, [target](const access::OverrideRecord &record) {
        if (target)
            target->showOverride(record);
    });
    m_overrideDialog = dialog;
    dialog->open();
}

void GatePage::openManualEntry()
{
    if (m_tiles.isEmpty() || m_manualDialog)
        return;
    auto *dialog = new ManualEntryDialog(*m_context.writer, *m_context.clock, *m_context.gate, m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_manualDialog = dialog;
    dialog->open();
}

bool GatePage::soundsOn() const
{
    return m_soundsWanted && m_player->isOn();
}

void GatePage::soundsUnavailable(const QString &why)
{
    m_soundState->setText(tr("Sounds off"));
    m_soundState->setToolTip(why);
    // Said once per run, not at every page or passage.
    static bool told = false;
    if (!std::exchange(told, true))
        qCInfo(gateLog).noquote() << "gate sounds off:" << why;
}

void GatePage::setUpSounds()
{
    // A station without audio (no device, no sound server, headless) works silently.
    std::vector<TonePlayer::Sound> sounds(3);
    for (Outcome outcome : {Outcome::Granted, Outcome::Refused, Outcome::CheckByHand})
        sounds[std::size_t(soundIndex(outcome))] = {fileNameOf(outcome), tonesOf(outcome)};
    if (!m_player->load(sounds)) {
        soundsUnavailable(m_player->whyOff());
        return;
    }
    m_soundState->setText(tr("Sounds on"));
    m_soundState->setToolTip(QMediaDevices::defaultAudioOutput().description());
}

void GatePage::play(Outcome outcome)
{
    if (m_soundsWanted)
        m_player->play(soundIndex(outcome));
}

} // namespace portique::ui
