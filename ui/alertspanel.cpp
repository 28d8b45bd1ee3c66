// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "alertspanel.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "formdialog.h"
#include "lanetile.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "tones.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace portique::ui {

using storage::submitJob;

struct AlertsPanel::Snapshot {
    int open = 0;
    qint64 newestOpen = 0;
    bool sounds = true;
    bool personal = false; ///< read while unlocked: alerts and passages are in it
    std::vector<AlertItem> alerts;
    std::vector<PassageItem> passages;
};

namespace {

constexpr int iconSize = 22;
const QColor acknowledgedGrey(0x8a, 0x91, 0x9c);

/// The alert kinds' pictograms, drawn (no icon font to depend on): a card for a badge or a pass, a
/// no-entry sign for a zone, a clock for an overstay, a warning triangle for the watchlist.
QPixmap alertIcon(const QString &kind, bool open, int size = iconSize)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = open ? colours::alert : acknowledgedGrey;
    const double s = size;
    QPen pen(colour, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (kind == u"invalid_credential" || kind == u"invalid_pass" || kind == u"passback") {
        painter.drawRoundedRect(QRectF(s * 0.08, s * 0.2, s * 0.84, s * 0.6), s * 0.08, s * 0.08);
        painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
    } else if (kind == u"restricted_zone") {
        painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
        pen.setWidthF(s * 0.16);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
    } else if (kind == u"overstay") {
        painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
    } else {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.08);
        triangle.lineTo(s * 0.94, s * 0.88);
        triangle.lineTo(s * 0.06, s * 0.88);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6));
        painter.drawPoint(QPointF(s * 0.5, s * 0.75));
    }
    return pixmap;
}

QString localTime(const QString &iso)
{
    const QDateTime at = common::parseIsoTime(iso);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("HH:mm")) : iso;
}

void clearLayout(QVBoxLayout *layout)
{
    // Deleted now, not later: once locked, no alert text may stay in the window, even hidden.
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

AlertsPanel::AlertsPanel(StationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_alertsTitle(makeLabel(tr("Alerts"), QStringLiteral("subtitle"), this))
    , m_error(makeLabel(QString(), QStringLiteral("error"), this))
    , m_alertsBox(new QWidget(this))
    , m_alertsLayout(new QVBoxLayout(m_alertsBox))
    , m_passagesBox(new QWidget(this))
    , m_passagesLayout(new QVBoxLayout(m_passagesBox))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_alertsTitle->setObjectName(QStringLiteral("alertsTitle"));
    m_error->setObjectName(QStringLiteral("alertsError"));
    m_error->hide();
    setMinimumWidth(280);

    const auto scrolled = [this](QWidget *content, QVBoxLayout *layout) -> QScrollArea * {
        layout->setContentsMargins(0, 0, 4, 0);
        layout->setSpacing(6);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *holder = new QWidget(scroll);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        holderLayout->addWidget(content);
        holderLayout->addStretch(1);
        scroll->setWidget(holder);
        scroll->viewport()->setAutoFillBackground(false);
        holder->setAutoFillBackground(false);
        return scroll;
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_alertsTitle);
    layout->addWidget(m_error);
    layout->addWidget(scrolled(m_alertsBox, m_alertsLayout), 1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *passagesTitle = makeLabel(tr("Recent passages"), QStringLiteral("subtitle"), this);
    passagesTitle->setObjectName(QStringLiteral("passagesTitle"));
    layout->addWidget(passagesTitle);
    // The passages take the room they need, up to a share of the column (fitPassages()); the
    // alerts all the rest.
    m_passagesScroll = scrolled(m_passagesBox, m_passagesLayout);
    layout->addWidget(m_passagesScroll);

    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertsPanel::refresh);
    m_timer.start();
    refresh();
}

void AlertsPanel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (locked) {
        delete m_dialog; // it names the alert
        clearPersonal();
    }
    refresh();
}

void AlertsPanel::clearPersonal()
{
    clearLayout(m_alertsLayout);
    clearLayout(m_passagesLayout);
    m_shown.clear();
    m_shownSignature.clear();
    m_passagesSignature.clear();
}

void AlertsPanel::refresh()
{
    if (m_busy) {
        m_again = true; // once the reading in flight is back: it may predate what asked for this one
        return;
    }
    m_busy = true;
    const common::Clock *clock = m_context.clock;
    const bool personal = !m_locked;
    submitJob<Snapshot>(
        *m_context.writer, this,
        [clock, personal](storage::Database &db) {
            station::StationServices services(db, *clock);
            Snapshot snapshot;
            snapshot.personal = personal;
            snapshot.open = services.alerts.openCount();
            snapshot.sounds = services.settings.value(station::settings::gateSounds) != 0;
            const std::vector<privacy::Alert> alerts = services.alerts.recent(personal ? alertLimit : 1);
            if (!alerts.empty() && alerts.front().open())
                snapshot.newestOpen = alerts.front().id;
            if (!personal)
                return snapshot;
            for (const privacy::Alert &alert : alerts) {
                AlertItem item{alert, QString(), QString()};
                if (!alert.visitorId.isEmpty()) {
                    if (const std::optional<visitors::Visitor> visitor = services.visitors.find(alert.visitorId))
                        item.subject = visitor->name;
                } else if (!alert.personId.isEmpty()) {
                    if (const std::optional<people::Person> person = services.people.find(alert.personId))
                        item.subject = person->displayName();
                }
                if (alert.kind == u"watchlist") {
                    bool number = false;
                    const qint64 entryId = alert.details.toLongLong(&number);
                    if (number) {
                        if (const std::optional<visitors::WatchlistEntry> entry = services.watchlist.find(entryId)) {
                            item.subject = entry->name;
                            item.entryKind = visitors::watchKindLabel(entry->kind);
                        }
                    }
                }
                snapshot.alerts.push_back(item);
            }
            for (const access::AccessEvent &event : services.events.recent(QString(), passageCount)) {
                PassageItem passage;
                passage.eventId = event.id;
                passage.at = event.at;
                passage.lane = event.lane;
                passage.outcome = event.finalOutcome();
                passage.overridden = event.override_.has_value();
                if (!event.personId.isEmpty()) {
                    if (const std::optional<people::Person> person = services.people.find(event.personId))
                        passage.who = person->displayName();
                } else if (!event.visitorId.isEmpty()) {
                    if (const std::optional<visitors::Visitor> visitor = services.visitors.find(event.visitorId))
                        passage.who = tr("%1 · visitor").arg(visitor->name);
                }
                snapshot.passages.push_back(passage);
            }
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_busy = false;
            m_error->hide();
            show(snapshot);
            if (std::exchange(m_again, false))
                refresh();
        },
        [this](const QString &message) {
            m_busy = false;
            // Said, never hidden: an agent who sees no alert must know whether there is none.
            m_error->setText(tr("Alerts cannot be read: %1").arg(message));
            m_error->show();
            if (std::exchange(m_again, false))
                refresh();
        });
}

void AlertsPanel::show(const Snapshot &snapshot)
{
    if (snapshot.open != m_openCount) {
        m_openCount = snapshot.open;
        Q_EMIT openCountChanged(m_openCount);
    }
    m_alertsTitle->setText(m_openCount > 0 ? tr("Alerts (%1 open)").arg(m_openCount) : tr("Alerts"));
    if (m_lastHeard < 0)
        m_lastHeard = snapshot.newestOpen; // those already there at start-up are listed, not rung
    else if (snapshot.newestOpen > m_lastHeard)
        chime(snapshot.newestOpen, snapshot.sounds);
    m_loaded = true;
    // A reading started before the lock carries names: it is dropped.
    if (snapshot.personal && !m_locked) {
        showAlerts(snapshot.alerts);
        showPassages(snapshot.passages);
    }
    Q_EMIT refreshed();
}

void AlertsPanel::chime(qint64 alertId, bool soundsOn)
{
    m_lastHeard = alertId;
    if (!soundsOn)
        return;
    if (!m_playerTried) {
        m_playerTried = true;
        m_player = new TonePlayer(this);
        if (!m_player->load({{QStringLiteral("portique-alert-v1.wav"), alertTones()}}))
            setToolTip(m_player->whyOff());
        connect(m_player, &TonePlayer::failed, this, &QWidget::setToolTip);
    }
    m_player->play(0);
    Q_EMIT chimed(alertId);
}

QString AlertsPanel::timeText(const QDateTime &at) const
{
    const QDateTime local = at.toLocalTime();
    // Today's alerts by the time alone; an older one still open says its day.
    if (local.date() == m_context.clock->now().toLocalTime().date())
        return QLocale().toString(local, QStringLiteral("HH:mm"));
    return QLocale().toString(local, QStringLiteral("dd/MM HH:mm"));
}

QString AlertsPanel::describe(const AlertItem &item)
{
    const privacy::Alert &alert = item.alert;
    const QString who = item.subject.isEmpty() ? (alert.visitorId.isEmpty() ? tr("Unknown holder") : alert.visitorId) : item.subject;
    if (alert.kind == u"invalid_credential" || alert.kind == u"invalid_pass" || alert.kind == u"passback") {
        const QString reason = access::reasonText(alert.details);
        if (item.subject.isEmpty())
            return reason;
        return tr("%1 — %2").arg(reason, item.subject);
    }
    if (alert.kind == u"restricted_zone")
        return tr("%1 seen in %2 (restricted)").arg(who, alert.details);
    if (alert.kind == u"overstay")
        return tr("%1 still on site, expected out at %2").arg(who, localTime(alert.details));
    if (alert.kind == u"watchlist") {
        if (item.subject.isEmpty())
            return tr("Watchlist hit confirmed (entry no. %1, since removed)").arg(alert.details);
        return tr("Watchlist hit confirmed: %1 — %2").arg(item.subject, item.entryKind);
    }
    return alert.details;
}

void AlertsPanel::showAlerts(const std::vector<AlertItem> &alerts)
{
    QString signature;
    for (const AlertItem &item : alerts)
        signature += QStringLiteral("%1:%2:%3;").arg(item.alert.id).arg(item.alert.open()).arg(item.subject);
    // Rebuilt only when something changed: a button under the agent's finger stays put.
    if (signature == m_shownSignature && m_alertsLayout->count() > 0)
        return;
    m_shownSignature = signature;
    clearLayout(m_alertsLayout);
    m_shown.clear();
    if (alerts.empty()) {
        auto *none = makeLabel(tr("No alert."), QStringLiteral("note"), m_alertsBox);
        none->setObjectName(QStringLiteral("noAlert"));
        m_alertsLayout->addWidget(none);
        return;
    }
    for (const AlertItem &item : alerts) {
        const privacy::Alert &alert = item.alert;
        const bool open = alert.open();
        auto *card = new QFrame(m_alertsBox);
        card->setObjectName(QStringLiteral("alert-%1").arg(alert.id));
        card->setProperty("role", QStringLiteral("card"));
        card->setFrameShape(QFrame::StyledPanel);
        // A red edge for an open alert, a grey one once acknowledged: the same inset for both.
        card->setStyleSheet(QStringLiteral("QFrame#alert-%1 { border-left: 4px solid %2; }")
                                .arg(alert.id)
                                .arg(open ? colours::alert.name() : acknowledgedGrey.name()));
        auto *grid = new QVBoxLayout(card);
        grid->setContentsMargins(10, 8, 10, 8);
        grid->setSpacing(3);

        auto *head = new QHBoxLayout;
        auto *icon = new QLabel(card);
        icon->setPixmap(alertIcon(alert.kind, open));
        icon->setFixedSize(iconSize, iconSize);
        head->addWidget(icon);
        auto *kind = new QLabel(privacy::alertKindLabel(alert.kind), card);
        kind->setObjectName(QStringLiteral("alertKind"));
        QFont bold = kind->font();
        bold.setBold(true);
        kind->setFont(bold);
        // Wrapped, so a long kind ("Laissez-passer visiteur non valable") never widens the card
        // past a narrow column and pushes its button out of sight.
        kind->setWordWrap(true);
        head->addWidget(kind, 1);
        auto *time = new QLabel(timeText(alert.at), card);
        time->setObjectName(QStringLiteral("alertTime"));
        time->setToolTip(QLocale().toString(alert.at.toLocalTime(), QLocale::LongFormat));
        head->addWidget(time);
        grid->addLayout(head);

        auto *text = wrapped(describe(item), card);
        text->setObjectName(QStringLiteral("alertText"));
        grid->addWidget(text);
        if (!alert.lane.isEmpty()) {
            // A lane is named as such ("Voie 1"); a camera is said to be one.
            auto *place = wrapped(alert.kind == u"restricted_zone" ? tr("Camera %1").arg(alert.lane) : alert.lane, card);
            place->setObjectName(QStringLiteral("alertPlace"));
            setTextRole(place, QStringLiteral("note"));
            grid->addWidget(place);
        }
        if (open && !m_mayAcknowledge) {
            auto *desk = wrapped(tr("Handled at the reception desk."), card);
            desk->setObjectName(QStringLiteral("alertForTheDesk"));
            setTextRole(desk, QStringLiteral("note"));
            grid->addWidget(desk);
        } else if (open) {
            auto *button = new QPushButton(tr("Acknowledge…"), card);
            button->setObjectName(QStringLiteral("acknowledge-%1").arg(alert.id));
            button->setToolTip(tr("Say what was done; the alert then leaves the open ones."));
            const qint64 id = alert.id;
            connect(button, &QPushButton::clicked, this, [this, id] { acknowledge(id); });
            auto *row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(button);
            grid->addLayout(row);
        } else {
            auto *done = wrapped(tr("Acknowledged by %1 at %2: %3").arg(alert.acknowledgedBy, timeText(alert.acknowledgedAt), alert.note), card);
            done->setObjectName(QStringLiteral("alertAcknowledged"));
            grid->addWidget(done);
            // Greyed: seen to, kept in view for the next agent.
            for (QLabel *label : card->findChildren<QLabel *>()) {
                if (label != icon)
                    setTextRole(label, QStringLiteral("note"));
            }
        }
        m_alertsLayout->addWidget(card);
        m_shown.append({alert.id, !open});
    }
}

void AlertsPanel::showPassages(const std::vector<PassageItem> &passages)
{
    QString signature;
    for (const PassageItem &passage : passages)
        signature += QStringLiteral("%1:%2:%3;").arg(passage.eventId).arg(int(passage.outcome)).arg(passage.who);
    if (signature == m_passagesSignature && m_passagesLayout->count() > 0)
        return;
    m_passagesSignature = signature;
    clearLayout(m_passagesLayout);
    if (passages.empty()) {
        auto *none = makeLabel(tr("No passage yet."), QStringLiteral("note"), m_passagesBox);
        none->setObjectName(QStringLiteral("noPassage"));
        m_passagesLayout->addWidget(none);
        QMetaObject::invokeMethod(this, &AlertsPanel::fitPassages, Qt::QueuedConnection);
        return;
    }
    for (const PassageItem &passage : passages) {
        auto *row = new QWidget(m_passagesBox);
        row->setObjectName(QStringLiteral("passage-%1").arg(passage.eventId));
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 2, 0, 2);
        auto *icon = new QLabel(row);
        icon->setPixmap(LaneTile::iconOf(passage.outcome, 18));
        icon->setFixedSize(18, 18);
        line->addWidget(icon, 0, Qt::AlignTop);
        const QString word = access::outcomeWord(passage.outcome);
        const QString head = tr("%1 · %2 · <b style='color:%3'>%4</b>")
                                 .arg(timeText(passage.at).toHtmlEscaped(), passage.lane.toHtmlEscaped(),
                                      LaneTile::colourOf(passage.outcome).name(), word.toHtmlEscaped());
        const QString who = passage.who.isEmpty() ? tr("Unknown") : passage.who;
        auto *text = new QLabel(QStringLiteral("%1%2<br>%3").arg(head, passage.overridden ? tr(" (override)") : QString(),
                                                                 who.toHtmlEscaped()),
                                row);
        text->setObjectName(QStringLiteral("passageText"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        line->addWidget(text, 1);
        m_passagesLayout->addWidget(row);
    }
    // Measured once the new rows are shown (at the next turn of the event loop): a layout leaves
    // hidden widgets out.
    QMetaObject::invokeMethod(this, &AlertsPanel::fitPassages, Qt::QueuedConnection);
}

void AlertsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPassages();
}

void AlertsPanel::fitPassages()
{
    // At most 40 % of the column: the alerts come first. Word-wrapped rows are measured at the
    // width they have.
    constexpr int minimum = 48;
    const int width = m_passagesScroll->viewport()->width();
    const int content = m_passagesBox->hasHeightForWidth() ? m_passagesBox->heightForWidth(width) : m_passagesBox->sizeHint().height();
    const int room = std::max(minimum, height() * 2 / 5);
    m_passagesScroll->setFixedHeight(std::clamp(content + 2 * m_passagesScroll->frameWidth() + 4, minimum, room));
}

QList<qint64> AlertsPanel::shownAlerts() const
{
    QList<qint64> ids;
    for (const auto &[id, acknowledged] : m_shown)
        ids << id;
    return ids;
}

bool AlertsPanel::shownAsAcknowledged(qint64 id) const
{
    for (const auto &[shown, acknowledged] : m_shown) {
        if (shown == id)
            return acknowledged;
    }
    return false;
}

FormDialog *AlertsPanel::acknowledge(qint64 id)
{
    if (m_locked || !m_mayAcknowledge)
        return nullptr;
    delete m_dialog;
    auto *dialog = new FormDialog(m_context, tr("Acknowledge the alert"), this);
    dialog->setObjectName(QStringLiteral("acknowledgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString what;
    for (QFrame *card : m_alertsBox->findChildren<QFrame *>(QStringLiteral("alert-%1").arg(id))) {
        if (auto *kind = card->findChild<QLabel *>(QStringLiteral("alertKind")))
            what = QStringLiteral("<b>%1</b>").arg(kind->text().toHtmlEscaped());
        if (auto *text = card->findChild<QLabel *>(QStringLiteral("alertText")))
            what += QStringLiteral("<br>") + text->text().toHtmlEscaped();
    }
    if (!what.isEmpty()) {
        auto *label = wrapped(what, dialog);
        label->setTextFormat(Qt::RichText);
        dialog->form()->addRow(label);
    }
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("acknowledgeNote"));
    note->setPlaceholderText(tr("What was done, e.g. visitor escorted back to the hall"));
    note->setMinimumWidth(360);
    dialog->form()->addRow(tr("&Note"), note);
    const common::Clock *clock = m_context.clock;
    const QString agent = m_agent;
    // The note is checked by the alert store itself: its refusal is shown in the dialog.
    dialog->setSave([clock, agent, id, note] {
        const QString text = note->text();
        return std::function<void(storage::Database &)>([clock, agent, id, text](storage::Database &db) {
            station::StationServices(db, *clock).alerts.acknowledge(id, text, agent);
        });
    });
    connect(dialog, &QDialog::accepted, this, &AlertsPanel::refresh);
    m_dialog = dialog;
    dialog->open();
    note->setFocus();
    return dialog;
}

} // namespace portique::ui
