// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peoplepage.h"

#include "common/clock.h"
#include "enrolmentwizard.h"
#include "importdialog.h"
#include "people/importfile.h"
#include "peopledetail.h"
#include "peopletablemodel.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

// Typing a name runs one query after the last key, not one a key: 200 ms is below what reads as a
// delay, and above the interval between keys of someone typing.
constexpr int searchDelayMs = 200;

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    // Each of these changes a badge or a consent: going ahead takes a deliberate choice.
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

PeoplePage::PeoplePage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_confirm(askQuestion)
    , m_savePath([](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save the consent letters"), suggested, tr("PDF (*.pdf)"));
    })
    , m_model(new PeopleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_class(new QComboBox(this))
    , m_showLeft(new QCheckBox(tr("Show people who have &left"), this))
    , m_searchDelay(new QTimer(this))
    , m_detail(new QTextBrowser(this))
    , m_import(new QPushButton(tr("&Import a list…"), this))
    , m_enrol(new QPushButton(tr("&Enrol in the face lane…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw consent…"), this))
    , m_newBadge(new QPushButton(tr("New &badge…"), this))
    , m_classBadges(new QPushButton(tr("&Print the class's badges…"), this))
    , m_letters(new QPushButton(tr("Consent &letter…"), this))
    , m_lettersForSelection(new QAction(tr("For the &selected people"), this))
    , m_lettersForClass(new QAction(tr("For the whole &class"), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_showLeft->setObjectName(QStringLiteral("showLeft"));
    m_detail->setObjectName(QStringLiteral("personDetail"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_newBadge->setObjectName(QStringLiteral("newBadgeButton"));
    m_classBadges->setObjectName(QStringLiteral("classBadgesButton"));
    m_letters->setObjectName(QStringLiteral("consentLetterButton"));
    m_lettersForSelection->setObjectName(QStringLiteral("consentLetterForSelection"));
    m_lettersForClass->setObjectName(QStringLiteral("consentLetterForClass"));
    m_letters->setToolTip(tr("An information letter for the legal representatives and a consent form to sign, with its own "
                             "reference and QR code, per person."));
    auto *lettersMenu = new QMenu(m_letters);
    lettersMenu->addAction(m_lettersForSelection);
    lettersMenu->addAction(m_lettersForClass);
    m_letters->setMenu(lettersMenu);
    m_message->setObjectName(QStringLiteral("peopleMessage"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeopleTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    configureTable(m_table);
    // Several people at once for their consent letters; every other action takes exactly one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleTableModel::Name, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // A class or a whole school is scrolled through: one line of text a row, not Fusion's 30 px.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_search->setPlaceholderText(tr("Find a name or an id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a person"));
    m_class->addItem(tr("All classes"), QString());
    m_class->setAccessibleName(tr("Class"));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    m_detail->setMinimumWidth(320);
    m_detail->setPlaceholderText(tr("Select a person to see their legal representatives, consent, badges and enrolment attempts."));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *title = makeLabel(tr("People"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Students come from the SIECLE exports, staff and others from a CSV list. Everyone gets a "
                                     "badge; the face lane is only for those who consent (a minor's legal representative "
                                     "too), and anyone may withdraw a consent at any time, without a reason: it takes effect at once and "
                                     "the same badge keeps working."),
                                  QStringLiteral("note"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_class);
    filters->addWidget(m_showLeft);
    filters->addSpacing(12);
    filters->addWidget(m_classBadges);
    filters->addWidget(m_letters);
    filters->addWidget(m_import);

    auto *detailPanel = new QWidget(this);
    auto *actions = new QGridLayout;
    actions->addWidget(m_enrol, 0, 0, 1, 2);
    actions->addWidget(m_withdraw, 1, 0);
    actions->addWidget(m_newBadge, 1, 1);
    auto *detailLayout = new QVBoxLayout(detailPanel);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list needs its six columns; the panel the rest (the operator may drag the handle).
    splitter->setSizes({640, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_class);
    setTabOrder(m_class, m_showLeft);
    setTabOrder(m_showLeft, m_classBadges);
    setTabOrder(m_classBadges, m_letters);
    setTabOrder(m_letters, m_import);
    setTabOrder(m_import, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_enrol);
    setTabOrder(m_enrol, m_withdraw);
    setTabOrder(m_withdraw, m_newBadge);

    // UI.md: Ctrl+F finds a person. Active only while the page is shown.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter searches at once and moves to the list, to pick someone with the arrows.
        m_searchDelay->stop();
        reload();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_searchDelay, &QTimer::timeout, this, &PeoplePage::reload);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        updateButtons();
    });
    connect(m_showLeft, &QCheckBox::toggled, this, &PeoplePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadDetail();
    });
    connect(m_import, &QPushButton::clicked, this, &PeoplePage::openImport);
    connect(m_enrol, &QPushButton::clicked, this, &PeoplePage::openEnrolment);
    connect(m_withdraw, &QPushButton::clicked, this, &PeoplePage::withdrawConsent);
    connect(m_newBadge, &QPushButton::clicked, this, &PeoplePage::issueBadge);
    connect(m_classBadges, &QPushButton::clicked, this, &PeoplePage::issueClassBadges);
    connect(m_lettersForSelection, &QAction::triggered, this, [this] { writeConsentLetters(false); });
    connect(m_lettersForClass, &QAction::triggered, this, [this] { writeConsentLetters(true); });
    updateButtons();
}

void PeoplePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PeoplePage::reload()
{
    const common::Clock *clock = m_context.clock;
    people::PeopleFilter filter;
    filter.className = m_class->currentData().toString();
    filter.search = m_search->text().trimmed();
    filter.includeLeft = m_showLeft->isChecked();
    filter.day = clock->now().toLocalTime().date();
    const quint64 generation = ++m_listGeneration;
    submitJob<PeopleListing>(
        *m_context.writer, this, [clock, filter](storage::Database &db) { return loadPeopleListing(db, *clock, filter); },
        [this, generation, day = filter.day](const PeopleListing &listing) {
            if (generation != m_listGeneration)
                return; // a newer search is on its way
            const QString selected = selectedId();
            m_model->setRows(listing.rows, day);
            // The classes of a new import appear without losing the class chosen.
            const QString chosen = m_class->currentData().toString();
            QStringList known;
            for (int i = 1; i < m_class->count(); ++i)
                known << m_class->itemData(i).toString();
            if (known != listing.classes) {
                const QSignalBlocker blocker(m_class);
                while (m_class->count() > 1)
                    m_class->removeItem(1);
                for (const QString &className : listing.classes)
                    m_class->addItem(className, className);
                m_class->setCurrentIndex(std::max(0, m_class->findData(chosen)));
            }
            m_table->resizeColumnsToContents();
            const bool filtered = !m_search->text().trimmed().isEmpty() || m_class->currentIndex() > 0;
            m_detail->setPlaceholderText(listing.rows.empty() && !filtered
                                             ? tr("No one in the registry yet: import a list (a SIECLE export or a CSV file) "
                                                  "with \"Import a list…\".")
                                         : listing.rows.empty() ? tr("No one matches the search.")
                                                                : tr("Select a person to see their legal representatives, "
                                                                     "consent, badges and enrolment attempts."));
            // The same person stays selected (maybe with a new badge or consent: the panel reloads).
            if (selected.isEmpty() || !selectPerson(selected)) {
                ++m_detailGeneration;
                m_detail->clear();
                updateButtons();
            }
        },
        [this](const QString &message) { showMessage(message, true); });
}

bool PeoplePage::selectPerson(const QString &personId)
{
    const int sourceRow = m_model->rowOf(personId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, PeopleTableModel::Name));
    if (selectedId() == personId) {
        // Already selected, so no selectionChanged: refresh the buttons and the panel here.
        updateButtons();
        loadDetail();
    } else {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(index);
    return true;
}

QString PeoplePage::selectedId() const
{
    const PersonRow *row = selectedRow();
    return row ? row->person.id : QString();
}

const PersonRow *PeoplePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(rows.constFirst()).row());
}

QStringList PeoplePage::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : rows) {
        if (const PersonRow *row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            ids << row->person.id;
    }
    return ids;
}

QString PeoplePage::message() const
{
    return m_message->text();
}

void PeoplePage::showMessage(const QString &text, bool error)
{
    ui::showMessage(m_message, text, error ? QStringLiteral("error") : QStringLiteral("ok"));
}

void PeoplePage::updateButtons()
{
    const PersonRow *row = selectedRow();
    const QDate today = m_context.clock->now().toLocalTime().date();
    const bool active = row && row->person.activeOn(today);
    m_enrol->setEnabled(!m_busy && active);
    m_withdraw->setEnabled(!m_busy && row && row->faceLane);
    m_newBadge->setEnabled(!m_busy && active && !row->faceLane);
    m_classBadges->setEnabled(!m_busy && m_class->currentIndex() > 0);
    // Say why a button that looks useful is not available.
    m_newBadge->setToolTip(row && row->faceLane ? tr("This person uses the face lane: enrol again to replace the badge, "
                                                     "or withdraw the consent first.")
                                                : QString());
    m_classBadges->setToolTip(m_class->currentIndex() > 0 ? QString() : tr("Choose a class first."));
    const bool anySelected = m_table->selectionModel()->hasSelection();
    m_lettersForSelection->setEnabled(!m_busy && anySelected);
    m_lettersForClass->setEnabled(!m_busy && m_class->currentIndex() > 0);
    m_lettersForClass->setText(m_class->currentIndex() > 0 ? tr("For the whole &class %1").arg(m_class->currentText())
                                                           : tr("For the whole &class (choose one first)"));
    m_letters->setEnabled(m_lettersForSelection->isEnabled() || m_lettersForClass->isEnabled());
}

void PeoplePage::loadDetail()
{
    const QString id = selectedId();
    const quint64 generation = ++m_detailGeneration;
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    const common::Clock *clock = m_context.clock;
    submitJob<std::optional<PersonDetail>>(
        *m_context.writer, this,
        [clock, id](storage::Database &db) {
            station::StationServices services(db, *clock);
            return loadPersonDetail(services, id);
        },
        [this, generation](const std::optional<PersonDetail> &detail) {
            if (generation != m_detailGeneration)
                return;
            if (!detail) {
                m_detail->clear();
                return;
            }
            m_detail->setHtml(personDetailHtml(*detail, m_context.clock->now().toLocalTime().date()));
        },
        [this](const QString &message) { showMessage(message, true); });
}

void PeoplePage::openImport()
{
    auto *dialog = new ImportDialog(m_context, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &PeoplePage::reload);
    dialog->open();
}

void PeoplePage::openEnrolment()
{
    const PersonRow *row = selectedRow();
    if (!row)
        return;
    auto *wizard = new EnrolmentWizard(m_context, m_actor, row->person, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &EnrolmentWizard::enrolmentChanged, this, &PeoplePage::reload);
    connect(wizard, &QDialog::finished, this, &PeoplePage::reload);
    wizard->open();
}

} // namespace portique::ui
