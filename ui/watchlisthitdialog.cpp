// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "watchlisthitdialog.h"

#include "theme.h"

#include <QCloseEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {
namespace {

// The two photos at the same size, large enough to compare faces at a desk.
const QSize photoSize(200, 240);

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : WatchlistHitDialog::tr("not given");
}

/// One side of the comparison: a photo (or "no photo") over a name and a date of birth.
QFrame *side(const QString &title, const QImage &photo, const QString &name, const QDate &birthDate, const QString &objectName,
             QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", QStringLiteral("card"));
    frame->setObjectName(objectName);
    auto *heading = makeLabel(title, QStringLiteral("section"), frame);
    auto *picture = new QLabel(frame);
    picture->setObjectName(objectName + QStringLiteral("Photo"));
    picture->setFixedSize(photoSize);
    picture->setAlignment(Qt::AlignCenter);
    picture->setFrameShape(QFrame::StyledPanel);
    if (photo.isNull())
        picture->setText(WatchlistHitDialog::tr("No photo"));
    else
        picture->setPixmap(QPixmap::fromImage(photo.scaled(photoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto *nameLabel = new QLabel(name, frame);
    QFont bold = nameLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    nameLabel->setFont(bold);
    nameLabel->setWordWrap(true);
    nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *birth = new QLabel(WatchlistHitDialog::tr("Date of birth: %1").arg(dateText(birthDate)), frame);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(heading);
    layout->addWidget(picture, 0, Qt::AlignHCenter);
    layout->addWidget(nameLabel);
    layout->addWidget(birth);
    layout->addStretch(1);
    return frame;
}

} // namespace

WatchlistHitDialog::WatchlistHitDialog(const visitors::WatchlistHit &hit, const QImage &photo, const QString &name,
                                       const QDate &birthDate, QWidget *parent)
    : QDialog(parent)
    , m_hit(hit)
    , m_note(new QLineEdit(this))
    , m_noteHint(makeLabel(tr("A note is required to confirm (what you checked: an identity document, the decision)."),
                           QStringLiteral("note"), this))
    , m_confirm(new QPushButton(tr("&Confirm: refuse entry"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss: not this person"), this))
{
    setObjectName(QStringLiteral("watchlistHitDialog"));
    setWindowTitle(tr("Possible watchlist match"));
    setModal(true);
    // No close button in the title bar: the only ways out are the two decisions.
    setWindowFlags((windowFlags() | Qt::CustomizeWindowHint | Qt::WindowTitleHint) & ~Qt::WindowCloseButtonHint);
    m_note->setObjectName(QStringLiteral("hitNote"));
    m_confirm->setObjectName(QStringLiteral("confirmHit"));
    m_dismiss->setObjectName(QStringLiteral("dismissHit"));
    // Enter in the note must not decide for the agent: neither button is the default.
    m_confirm->setAutoDefault(false);
    m_dismiss->setAutoDefault(false);

    auto *title = makeLabel(QStringLiteral("⚠ ") + tr("This visitor may be on the watchlist"), QStringLiteral("subtitle"), this);
    title->setStyleSheet(QStringLiteral("color: %1").arg(colours::alert.name()));
    auto *instruction = makeLabel(tr("Compare the two before anything else. Nothing is registered until you decide; both "
                                     "decisions are recorded in the audit log."),
                                  QStringLiteral("note"), this);
    auto *kind = new QLabel(visitors::watchKindLabel(hit.entry.kind), this);
    kind->setObjectName(QStringLiteral("hitKind"));
    QFont kindFont = kind->font();
    kindFont.setBold(true);
    kindFont.setPointSizeF(kindFont.pointSizeF() * 1.3);
    kind->setFont(kindFont);
    kind->setStyleSheet(QStringLiteral("color: %1").arg(colours::alert.name()));

    const QImage reference = hit.entry.photo.isEmpty() ? QImage() : QImage::fromData(hit.entry.photo);
    auto *sides = new QHBoxLayout;
    sides->addWidget(side(tr("Visitor at the desk"), photo, name, birthDate, QStringLiteral("visitorSide"), this), 1);
    sides->addWidget(side(tr("Watchlist entry"), reference, hit.entry.name, hit.entry.birthDate, QStringLiteral("entrySide"), this), 1);

    // What matched, each with a word and a sign: colour alone never says it.
    const QString yes = QStringLiteral("✓ ");
    const QString no = QStringLiteral("✕ ");
    QString birthText;
    if (hit.birthDateMatches)
        birthText = yes + tr("same date of birth");
    else if (!birthDate.isValid() || !hit.entry.birthDate.isValid())
        birthText = QStringLiteral("? ") + tr("cannot be compared (not known on both sides)");
    else
        birthText = no + tr("different date of birth");
    QString faceText;
    if (hit.faceDistance)
        faceText = QString(hit.faceMatches ? yes + tr("similar face, distance %1") : no + tr("different face, distance %1"))
                       .arg(QLocale().toString(double(*hit.faceDistance), 'f', 3));
    else
        faceText = QStringLiteral("? ") + tr("not compared (no usable photo on one side)");
    auto *matches = new QGridLayout;
    const QList<std::pair<QString, QString>> rows{
        {tr("Name:"), hit.nameMatches ? yes + tr("same name") : no + tr("different name")},
        {tr("Date of birth:"), birthText},
        {tr("Face:"), faceText},
    };
    for (int i = 0; i < rows.size(); ++i) {
        matches->addWidget(new QLabel(rows.at(i).first, this), i, 0);
        auto *value = new QLabel(rows.at(i).second, this);
        value->setObjectName(i == 0 ? QStringLiteral("hitName") : i == 1 ? QStringLiteral("hitBirth") : QStringLiteral("hitFace"));
        matches->addWidget(value, i, 1);
    }
    matches->setColumnStretch(1, 1);

    auto *details = makeLabel(hit.entry.details.isEmpty() ? tr("No details were given with the entry.")
                                                          : tr("Details: %1").arg(hit.entry.details),
                              QStringLiteral("note"), this);
    details->setObjectName(QStringLiteral("hitDetails"));
    details->setStyleSheet(QStringLiteral("font-weight: 600"));
    auto *added = makeLabel(tr("Entered by %1 on %2.")
                                .arg(hit.entry.addedBy, QLocale().toString(hit.entry.addedAt.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"))),
                            QStringLiteral("note"), this);

    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("e.g. identity card checked: same person"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_dismiss);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(instruction);
    layout->addWidget(kind);
    layout->addLayout(sides);
    layout->addLayout(matches);
    layout->addWidget(details);
    layout->addWidget(added);
    layout->addSpacing(6);
    layout->addLayout(noteRow);
    layout->addWidget(m_noteHint);
    layout->addLayout(buttons);

    m_confirm->setEnabled(false);
    connect(m_note, &QLineEdit::textChanged, this, [this](const QString &text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { choose(false); });
    m_note->setFocus();
}

QString WatchlistHitDialog::note() const
{
    return m_note->text().trimmed();
}

void WatchlistHitDialog::choose(bool confirmed)
{
    if (confirmed && note().isEmpty())
        return;
    m_confirmed = confirmed;
    m_closing = true;
    Q_EMIT decided(confirmed, note());
    accept();
}

void WatchlistHitDialog::reject()
{
    // Deliberately nothing: leaving without a decision would let the registration go on unseen.
    m_noteHint->setText(tr("Choose one of the two buttons: the registration waits for your decision."));
    setTextRole(m_noteHint, QStringLiteral("error"));
}

void WatchlistHitDialog::closeEvent(QCloseEvent *event)
{
    if (m_closing) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    reject();
}

} // namespace portique::ui
