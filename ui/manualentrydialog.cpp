// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "manualentrydialog.h"

#include "access/gate.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

ManualEntryDialog::ManualEntryDialog(storage::DatabaseThread &writer, const common::Clock &clock, access::Gate &gate, int selectedLane,
                                     QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_gate(gate)
    , m_lane(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_class(new QComboBox(this))
    , m_results(new QListWidget(this))
    , m_letIn(new QPushButton(tr("&Let in on this lane"), this))
    , m_code(new QLineEdit(this))
    , m_present(new QPushButton(tr("&Present the code"), this))
    , m_message(makeLabel(QString(), QStringLiteral("note"), this))
{
    setObjectName(QStringLiteral("manualEntryDialog"));
    setWindowTitle(tr("Manual entry"));
    resize(520, 560);
    for (const access::GateLane &lane : m_gate.lanes())
        m_lane->addItem(lane.name);
    m_lane->setCurrentIndex(std::clamp(selectedLane, 0, std::max(0, m_gate.laneCount() - 1)));
    m_lane->setObjectName(QStringLiteral("manualLane"));
    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setPlaceholderText(tr("Family name, first name or number"));
    m_search->setClearButtonEnabled(true);
    m_class->setObjectName(QStringLiteral("manualClass"));
    m_class->addItem(tr("All classes"), QString());
    m_results->setObjectName(QStringLiteral("manualResults"));
    m_letIn->setObjectName(QStringLiteral("manualLetIn"));
    m_code->setObjectName(QStringLiteral("typedCode"));
    m_code->setPlaceholderText(tr("The code printed under the badge's QR code"));
    m_present->setObjectName(QStringLiteral("presentTyped"));
    m_message->setObjectName(QStringLiteral("manualMessage"));
    // Enter belongs to the field it is typed in, never to a default button of the dialog.
    for (QPushButton *button : {m_letIn, m_present}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_letIn->setEnabled(false);
    m_present->setEnabled(false);

    auto *person = new QGroupBox(tr("A person without a badge"), this);
    auto *personLayout = new QVBoxLayout(person);
    auto *find = new QFormLayout;
    auto *searchLabel = new QLabel(tr("&Find"), person);
    searchLabel->setBuddy(m_search);
    find->addRow(searchLabel, m_search);
    auto *classLabel = new QLabel(tr("&Class"), person);
    classLabel->setBuddy(m_class);
    find->addRow(classLabel, m_class);
    personLayout->addLayout(find);
    personLayout->addWidget(m_results, 1);
    personLayout->addWidget(makeLabel(tr("Check the person's identity before letting them in: the passage is recorded as a "
                                         "manual entry in your name."),
                                      QStringLiteral("note"), person));
    personLayout->addWidget(m_letIn, 0, Qt::AlignRight);

    auto *typed = new QGroupBox(tr("Last resort: type a badge's code"), this);
    auto *typedLayout = new QHBoxLayout(typed);
    typedLayout->addWidget(m_code, 1);
    typedLayout->addWidget(m_present);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *laneRow = new QFormLayout;
    auto *laneLabel = new QLabel(tr("La&ne"), this);
    laneLabel->setBuddy(m_lane);
    laneRow->addRow(laneLabel, m_lane);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(laneRow);
    layout->addWidget(person, 1);
    layout->addWidget(typed);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ManualEntryDialog::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { runSearch(); });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_letIn->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { letIn(item->data(Qt::UserRole).toString()); });
    connect(m_letIn, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_results->currentItem())
            letIn(item->data(Qt::UserRole).toString());
    });
    connect(m_code, &QLineEdit::textChanged, this, [this](const QString &text) { m_present->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { presentTyped(m_code->text()); });
    connect(m_present, &QPushButton::clicked, this, [this] { presentTyped(m_code->text()); });
    m_search->installEventFilter(this);

    submitJob<QStringList>(
        m_writer, this, [](storage::Database &db) { return people::PeopleStore(db).classes(); },
        [this](const QStringList &classes) {
            for (const QString &name : classes)
                m_class->addItem(name, name);
        },
        [this](const QString &message) { showMessage(message, true); });
    showMessage(tr("Type a name or choose a class."), false);
    m_search->setFocus();
}

bool ManualEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the list, as in any search box.
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_results->count() > 0) {
        m_results->setFocus();
        m_results->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ManualEntryDialog::search(const QString &text)
{
    m_searchDelay.stop();
    m_search->blockSignals(true);
    m_search->setText(text);
    m_search->blockSignals(false);
    runSearch();
}

void ManualEntryDialog::runSearch()
{
    m_searchDelay.stop();
    people::PeopleFilter filter;
    filter.search = m_search->text().trimmed();
    filter.className = m_class->currentData().toString();
    filter.includeLeft = false;
    filter.day = m_clock.now().toLocalTime().date();
    if (filter.search.isEmpty() && filter.className.isEmpty()) {
        m_results->clear();
        showMessage(tr("Type a name or choose a class."), false);
        return;
    }
    const quint64 generation = ++m_generation;
    submitJob<std::vector<people::Person>>(
        m_writer, this, [filter](storage::Database &db) { return people::PeopleStore(db).list(filter); },
        [this, generation](const std::vector<people::Person> &found) {
            if (generation != m_generation)
                return; // an older search answered late
            m_results->clear();
            for (const people::Person &person : found) {
                if (m_results->count() >= maxResults)
                    break;
                const QString text = person.className.isEmpty()
                    ? tr("%1 (%2)").arg(person.displayName(), person.id)
                    : tr("%1 · %2 (%3)").arg(person.displayName(), person.className, person.id);
                auto *item = new QListWidgetItem(text, m_results);
                item->setData(Qt::UserRole, person.id);
            }
            if (found.empty())
                showMessage(tr("Nobody found: check the spelling, or the class."), false);
            else if (int(found.size()) > maxResults)
                showMessage(tr("%1 people found; the first %2 are listed: narrow the search.").arg(found.size()).arg(maxResults), false);
            else
                showMessage(QString(), false);
        },
        [this](const QString &message) { showMessage(message, true); });
}

QStringList ManualEntryDialog::resultIds() const
{
    QStringList ids;
    for (int i = 0; i < m_results->count(); ++i)
        ids << m_results->item(i)->data(Qt::UserRole).toString();
    return ids;
}

access::LaneController *ManualEntryDialog::chosenLane() const
{
    // Through the gate, not a tile: the entry is the lane's, whatever the screen shows.
    return m_gate.controller(m_lane->currentIndex());
}

bool ManualEntryDialog::letIn(const QString &personId)
{
    access::LaneController *lane = chosenLane();
    if (!lane || personId.isEmpty())
        return false;
    if (!lane->presentPerson(personId)) {
        showMessage(tr("%1 is still deciding a passage: try again in a moment.").arg(lane->lane()), true);
        return false;
    }
    accept();
    return true;
}

bool ManualEntryDialog::presentTyped(const QString &code)
{
    access::LaneController *lane = chosenLane();
    if (!lane || code.trimmed().isEmpty())
        return false;
    if (!lane->present(code, access::CredentialMethod::Typed)) {
        showMessage(tr("%1 did not take the code: it was just presented, or a passage is still being decided.").arg(lane->lane()),
                    true);
        return false;
    }
    accept();
    return true;
}

QString ManualEntryDialog::message() const
{
    return m_message->text();
}

void ManualEntryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setTextRole(m_message, error ? QStringLiteral("error") : QStringLiteral("note"));
}

} // namespace portique::ui
