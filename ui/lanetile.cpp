// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "lanetile.h"

#include "access/gate.h"
#include "cameratile.h"
#include "common/clock.h"
#include "decisionband.h"
#include "lanepassages.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

using access::Outcome;

namespace {

// Readable from 2 m (UI.md): the state's word at 30 pt, over the 28 pt minimum; the name a size
// below, still readable from the lane.
constexpr int wordPointSize = 30;
constexpr int namePointSize = 18;
constexpr int reasonPointSize = 13;
constexpr int bandIconSize = 64;
// The fade back to "Ready" is slow enough to be noticed, not to distract.
constexpr int fadeMs = 900;

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

QString methodText(access::CredentialMethod method)
{
    switch (method) {
    case access::CredentialMethod::Scanner:
        return LaneTile::tr("scanner");
    case access::CredentialMethod::CameraQr:
        return LaneTile::tr("QR code seen by the camera");
    case access::CredentialMethod::Typed:
        return LaneTile::tr("code typed by the agent");
    case access::CredentialMethod::Manual:
        break;
    }
    return LaneTile::tr("manual entry");
}

/// The reasons that only say why a grant is a grant: not on the reason line, so a badge grant and
/// a face grant look the same (UI.md: nobody is singled out). The small detail line says which.
bool isGrantReason(const QString &reason)
{
    return reason == u"badge" || reason == u"face_match";
}

QLabel *bigLabel(int pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

LaneTile::LaneTile(access::Gate &gate, int index, storage::DatabaseThread &writer, const common::Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_lane(gate.lanes().value(index).name)
    , m_clock(clock)
    , m_camera(new CameraTile(m_lane, this))
    , m_title(makeLabel(m_lane, QStringLiteral("subtitle"), this))
    , m_selectedMark(makeLabel(tr("▶ selected"), QStringLiteral("note"), this))
    , m_counter(makeLabel(QString(), QStringLiteral("note"), this))
    , m_band(new DecisionBand(this))
    , m_icon(new QLabel(m_band))
    , m_word(bigLabel(wordPointSize, true, m_band))
    , m_name(bigLabel(namePointSize, true, this))
    , m_reason(bigLabel(reasonPointSize, false, this))
    , m_confidence(new QProgressBar(this))
    , m_confidenceText(bigLabel(reasonPointSize, true, this))
    , m_detail(makeLabel(QString(), QStringLiteral("note"), this))
    , m_override(makeLabel(QString(), QStringLiteral("note"), this))
    , m_overrideButton(new QPushButton(tr("Override (F2)"), this))
    , m_passages(new LanePassages(m_lane, writer, clock, this))
{
    setObjectName(QStringLiteral("laneTile"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(m_lane);
    m_title->setObjectName(QStringLiteral("laneName"));
    m_selectedMark->setObjectName(QStringLiteral("selectedMark"));
    m_counter->setObjectName(QStringLiteral("perMinute"));
    m_band->setObjectName(QStringLiteral("decisionBand"));
    m_icon->setObjectName(QStringLiteral("decisionIcon"));
    m_word->setObjectName(QStringLiteral("decisionWord"));
    m_name->setObjectName(QStringLiteral("decisionName"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_confidence->setObjectName(QStringLiteral("confidenceBar"));
    m_confidenceText->setObjectName(QStringLiteral("confidenceText"));
    m_confidenceText->setWordWrap(false); // "correspondance 97 %" on one line, the bar takes what is left
    m_detail->setObjectName(QStringLiteral("decisionDetail"));
    m_override->setObjectName(QStringLiteral("overrideLine"));
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));

    m_icon->setFixedSize(bandIconSize, bandIconSize);
    // Wide enough for the longest word of any state (it wraps between words, never inside one), so
    // every tile of the page splits camera and decision alike whatever it shows.
    int longestWord = 0;
    for (Outcome outcome : {Outcome::Granted, Outcome::Refused, Outcome::CheckByHand}) {
        for (const QString &part : access::outcomeWord(outcome).split(u' '))
            longestWord = std::max(longestWord, QFontMetrics(m_word->font()).horizontalAdvance(part));
    }
    m_word->setMinimumWidth(longestWord + 4);
    m_word->setMinimumHeight(QFontMetrics(m_word->font()).height() + 4);
    m_confidence->setRange(0, 100);
    m_confidence->setTextVisible(false);
    m_confidence->setFixedHeight(14);
    // The confidence row keeps its place when no face was compared: the panel never jumps, and a
    // badge grant is laid out exactly like a face grant.
    for (QWidget *w : {static_cast<QWidget *>(m_confidence), static_cast<QWidget *>(m_confidenceText)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_overrideButton->setToolTip(tr("Override the lane's last decision, with a reason (F2)"));
    m_overrideButton->setFocusPolicy(Qt::TabFocus);
    m_overrideButton->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_selectedMark);
    header->addStretch(1);
    header->addWidget(m_counter);

    auto *bandLayout = new QHBoxLayout(m_band);
    bandLayout->setContentsMargins(12, 8, 12, 8);
    bandLayout->setSpacing(14);
    bandLayout->addWidget(m_icon, 0, Qt::AlignVCenter);
    bandLayout->addWidget(m_word, 1);

    auto *confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceText);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detail, 1);
    actions->addWidget(m_overrideButton, 0, Qt::AlignBottom);

    // Every line keeps at least one line's height whatever it shows: the panel does not jump
    // between "Ready", "Reading…" and a decision.
    // (The override line appears only after the agent acted: it may push the panel then.)
    for (QLabel *line : {m_name, m_reason, m_confidenceText, m_detail})
        line->setMinimumHeight(QFontMetrics(line->font()).height());

    m_panel = new QWidget(this);
    auto *panel = new QVBoxLayout(m_panel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->setSpacing(4);
    panel->addWidget(m_band);
    panel->addWidget(m_name);
    panel->addWidget(m_reason);
    panel->addLayout(confidenceRow);
    panel->addLayout(actions);
    panel->addWidget(m_override);
    panel->addStretch(1);

    m_body = new QGridLayout;
    m_body->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(m_body, 1);
    // The body is split by stretch, not by what each part would like: every tile of the page then
    // divides camera, decision and list alike, whatever it shows. The camera keeps its own minimum
    // (240 × 180); the decision keeps room for its longest word beside the icon; the list two rows.
    m_camera->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_passages->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_panel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_panel->setMinimumWidth(m_word->minimumWidth() + bandIconSize + 14 + 2 * 12);
    arrange(false);

    m_hold.setSingleShot(true);
    m_hold.setInterval(holdMs);
    connect(&m_hold, &QTimer::timeout, this, &LaneTile::startFade);
    connect(m_band, &DecisionBand::faded, this, &LaneTile::showIdle);
    connect(m_overrideButton, &QPushButton::clicked, this, [this] {
        Q_EMIT selectRequested(this);
        Q_EMIT overrideRequested(this);
    });
    connect(m_passages, &LanePassages::perMinuteChanged, this,
            [this](int count) { m_counter->setText(tr("%1 passages / min").arg(count)); });

    // The tile only observes its lane: the gate decides whether the tile exists or not.
    connect(&gate, &access::Gate::started, this, [this](int lane) {
        if (lane == m_index)
            showReading();
    });
    connect(&gate, &access::Gate::decided, this, [this](int lane, const access::Passage &passage) {
        if (lane == m_index)
            showPassage(passage);
    });
    connect(&gate, &access::Gate::failed, this, [this](int lane, const QString &message) {
        if (lane == m_index)
            showFailure(message);
    });
    connect(&gate, &access::Gate::viewed, this, [this](int lane, const vision::CameraView &view) {
        if (lane == m_index)
            m_camera->setView(view);
    });

    setSelected(false);
    showIdle();
    // Built again after a lock, the tile says at once what its lane is doing.
    const QList<access::LaneSummary> summaries = gate.summaries();
    if (index < summaries.size() && summaries[index].reading)
        showReading();
    // A refusal or a check by hand decided while the screen was locked waits for the agent: shown
    // again (without its sound, already in the list), so that F2 can override it.
    else if (const std::optional<access::Passage> last = gate.lastPassage(index); last && last->decision.outcome != Outcome::Granted)
        showPassage(*last, false);
}

int LaneTile::passagesPerMinute() const
{
    return m_passages->perMinute();
}

void LaneTile::setCameraStatus(const vision::CameraStatus &status)
{
    m_camera->setStatus(status);
}

void LaneTile::setFaceLaneOpen(bool open)
{
    m_title->setText(open ? m_lane : tr("%1 · badge only").arg(m_lane));
    m_title->setToolTip(open ? QString() : tr("Outside the declared experiment: every badge on this lane is decided on the badge alone."));
}

void LaneTile::setSelected(bool selected)
{
    m_selected = selected;
    m_selectedMark->setVisible(selected);
    // The selected lane (scanners without a lane of their own, F2, Ctrl+M) is framed, and says so.
    // The same outer width either way (border + padding), so nothing moves when the selection does.
    setStyleSheet(selected ? QStringLiteral("QFrame#laneTile { border: 3px solid palette(highlight); border-radius: 8px; }")
                           : QStringLiteral("QFrame#laneTile { border: 1px solid palette(mid); border-radius: 8px; padding: 2px; }"));
}

void LaneTile::arrange(bool wide)
{
    // A tall tile (two lanes side by side) stacks camera, decision and list; a wide one (one lane,
    // or four in a 2 × 2 grid) puts the decision beside the camera, the list under the camera.
    m_wide = wide;
    for (QWidget *w : std::initializer_list<QWidget *>{m_camera, m_panel, m_passages})
        m_body->removeWidget(w);
    for (int i = 0; i < 3; ++i) {
        m_body->setRowStretch(i, 0);
        m_body->setColumnStretch(i, 0);
    }
    if (wide) {
        m_body->addWidget(m_camera, 0, 0);
        m_body->addWidget(m_passages, 1, 0);
        m_body->addWidget(m_panel, 0, 1, 2, 1);
        m_body->setRowStretch(0, 3);
        m_body->setRowStretch(1, 2);
        m_body->setColumnStretch(0, 1);
        m_body->setColumnStretch(1, 1);
    } else {
        m_body->addWidget(m_camera, 0, 0);
        m_body->addWidget(m_panel, 1, 0);
        m_body->addWidget(m_passages, 2, 0);
        m_body->setRowStretch(0, 3);
        m_body->setRowStretch(2, 2);
    }
}

int LaneTile::heightNeeded(int width) const
{
    const QMargins margins = layout()->contentsMargins() + contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int header = static_cast<QVBoxLayout *>(layout())->itemAt(0)->sizeHint().height() + layout()->spacing();
    const int spacing = m_body->spacing();
    const auto panelHeight = [this](int panelWidth) {
        return std::max(m_panel->layout()->totalHeightForWidth(panelWidth), m_panel->layout()->totalMinimumSize().height());
    };
    int body = 0;
    if (m_wide) {
        const int panelWidth = (inner - spacing) / 2;
        body = std::max(m_camera->minimumHeight() + spacing + m_passages->minimumHeight(), panelHeight(panelWidth));
    } else {
        body = m_camera->minimumHeight() + panelHeight(inner) + m_passages->minimumHeight() + 2 * spacing;
    }
    return margins.top() + header + body + margins.bottom();
}

void LaneTile::setWide(bool wide)
{
    if (wide != m_wide)
        arrange(wide);
}

void LaneTile::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT selectRequested(this);
    QFrame::mousePressEvent(event);
}

void LaneTile::paintBand(const QColor &colour, const QColor &text)
{
    m_band->setColour(colour);
    m_word->setStyleSheet(QStringLiteral("color: %1;").arg(text.name()));
}

void LaneTile::showIdle()
{
    m_state = State::Idle;
    paintBand(bandColours::idle, bandColours::idleText);
    m_icon->clear();
    m_icon->setVisible(false);
    m_word->setText(tr("Ready"));
    // Nothing personal stays on the panel once the passage is over; the list below keeps it.
    m_name->clear();
    m_reason->setText(tr("Present a badge or a QR code"));
    m_confidence->hide();
    m_confidenceText->hide();
    m_detail->clear();
    m_override->clear();
    m_override->hide();
}

void LaneTile::showReading()
{
    m_hold.stop();
    m_state = State::Reading;
    paintBand(bandColours::reading, Qt::white);
    m_icon->setPixmap(readingIcon(bandIconSize));
    m_icon->setVisible(true);
    m_word->setText(tr("Reading…"));
    m_overrideButton->setEnabled(false); // the override is for a decision, not one being taken
    m_name->clear();
    m_reason->clear();
    m_confidence->hide();
    m_confidenceText->hide();
    m_detail->clear();
    m_override->clear();
    m_override->hide();
}

void LaneTile::showPassage(const access::Passage &passage, bool live)
{
    m_state = State::Decided;
    m_last = passage;
    m_lastOverride.reset();
    const Outcome outcome = passage.decision.outcome;
    paintBand(colourOf(outcome), Qt::white);
    m_icon->setPixmap(iconOf(outcome, bandIconSize));
    m_icon->setVisible(true);
    m_word->setText(access::outcomeWord(outcome));
    m_word->setAccessibleName(access::outcomeWord(outcome));

    m_name->setText(holderText(passage));

    QStringList reasons;
    for (const QString &reason : passage.decision.reasons) {
        if (!isGrantReason(reason))
            reasons << access::reasonText(reason);
    }
    m_reason->setText(reasons.join(QStringLiteral(" · ")));

    if (passage.decision.distance) {
        const int percent = int(std::lround(passage.decision.confidence * 100.0));
        m_confidence->setValue(percent);
        m_confidenceText->setText(tr("match %1 %").arg(percent));
        const QString distance = tr("Face distance %1 (0 is identical; the lower, the closer)")
                                     .arg(QLocale().toString(double(*passage.decision.distance), 'f', 3));
        m_confidence->setToolTip(distance);
        m_confidenceText->setToolTip(distance);
        m_confidence->show();
        m_confidenceText->show();
    } else {
        m_confidence->hide();
        m_confidenceText->hide();
    }

    QStringList detail{timeText(passage.at), methodText(passage.method)};
    if (passage.decision.reasons.contains(QStringLiteral("badge")))
        detail << tr("badge");
    else if (passage.decision.reasons.contains(QStringLiteral("face_match")))
        detail << tr("face checked");
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    m_override->clear();
    m_override->hide();
    setTextRole(m_override, QStringLiteral("note"));
    m_overrideButton->setEnabled(passage.eventId > 0);

    m_hold.start();
    if (!live)
        return;
    m_passages->add(passage);
    Q_EMIT passageShown(passage);
}

void LaneTile::showFailure(const QString &message)
{
    if (m_state == State::Decided && m_last) {
        // Shown, but the event could not be written: the agent knows it is not on record.
        m_override->setText(tr("Not recorded: %1").arg(message));
        setTextRole(m_override, QStringLiteral("error"));
        m_override->show();
        return;
    }
    // The credential could not even be looked up: never a silent grant, the agent checks. There
    // is no event to override (F2 must not reach the previous passage instead).
    m_state = State::Decided;
    m_last.reset();
    paintBand(colourOf(Outcome::CheckByHand), Qt::white);
    m_icon->setPixmap(iconOf(Outcome::CheckByHand, bandIconSize));
    m_icon->setVisible(true);
    m_word->setText(access::outcomeWord(Outcome::CheckByHand));
    m_name->setText(tr("Unknown"));
    m_reason->setText(message);
    m_confidence->hide();
    m_confidenceText->hide();
    m_detail->setText(timeText(m_clock.now()));
    m_hold.start();
}

void LaneTile::startFade()
{
    if (m_state == State::Decided)
        m_band->fadeTo(bandColours::idle, fadeMs);
}

void LaneTile::showOverride(const access::OverrideRecord &record)
{
    m_lastOverride = record;
    QString reason = access::overrideReasonFromId(record.reason) ? access::overrideReasonLabel(*access::overrideReasonFromId(record.reason))
                                                                 : record.reason;
    if (!record.note.isEmpty())
        reason = tr("%1: %2").arg(reason, record.note);
    const QString line = tr("Overridden: %1 by %2 — %3").arg(overrideVerb(record.outcome), record.agent, reason);
    m_passages->markOverridden(record.eventId, record.outcome);
    m_overrideButton->setEnabled(false);
    if (m_last && m_last->eventId == record.eventId) {
        // The panel shows what the agent decided: the band takes the new state, the line says why.
        m_state = State::Decided;
        paintBand(colourOf(record.outcome), Qt::white);
        m_icon->setPixmap(iconOf(record.outcome, bandIconSize));
        m_icon->setVisible(true);
        m_word->setText(access::outcomeWord(record.outcome));
        m_name->setText(holderText(*m_last));
        m_override->setText(line);
        setTextRole(m_override, QStringLiteral("section"));
        m_override->show();
        m_hold.start();
    }
}

} // namespace portique::ui
