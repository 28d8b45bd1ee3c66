// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "subjectpage.h"

#include "erasuredialog.h"
#include "outputrecord.h"
#include "pagestack.h"
#include "privacy/subjectexport.h"
#include "storage/databasejob.h"
#include "subjectrightsbar.h"
#include "theme.h"
#include "worker.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

namespace {

// Typing a name runs one query after the last key, not one a key (as on the People screen):
// 200 ms is below what reads as a delay, above the interval between keys of someone typing.
constexpr int searchDelayMs = 200;
// A search the DPO makes precise by typing more: 50 rows fill the list without scrolling far.
constexpr int resultLimit = 50;

enum Column { KindColumn, NameColumn, DetailColumn, IdColumn, ColumnCount };
constexpr int idRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;
constexpr int isPersonRole = Qt::UserRole + 2;

/// What the worker made of one export: the preview and the two files, or why they were not written.
struct Written {
    QList<QImage> pages;
    QStringList files;
    QString error;
};

} // namespace

SubjectPage::SubjectPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_results(new QTableView(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_erase(new QPushButton(tr("&Erase…"), this))
    , m_rights(new SubjectRightsBar(context, m_user, this))
    , m_status(makeLabel(QString(), QStringLiteral("note"), this))
    , m_message(new QLabel(this))
    , m_previewTitle(makeLabel(tr("Preview"), QStringLiteral("subtitle"), this))
    , m_previewArea(new QStackedWidget(this))
    , m_pages(new PageStack(this))
{
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setPlaceholderText(tr("Name or identifier of a person or visitor"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_model->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Class or visit"), tr("Id")});
    m_results->setObjectName(QStringLiteral("subjectResults"));
    m_results->setModel(m_model);
    configureTable(m_results);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSortingEnabled(false);
    m_results->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_export->setObjectName(QStringLiteral("exportSubject"));
    m_export->setToolTip(tr("Everything held about the selected person, as JSON and as a PDF to hand them (right of access)"));
    m_erase->setObjectName(QStringLiteral("eraseSubject"));
    m_erase->setToolTip(tr("Delete everything held about the selected person (right to erasure); asks for a confirmation"));
    m_status->setObjectName(QStringLiteral("subjectStatus"));
    m_message->setObjectName(QStringLiteral("subjectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_pages->setObjectName(QStringLiteral("subjectPages"));

    auto *title = makeLabel(tr("Rights of the persons concerned"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Find a person of the registry (even one who left) or a visitor. Export gives them "
                                     "everything the station holds about them (right of access); erasure deletes it "
                                     "(right to erasure). A person's data can also be corrected (rectification), "
                                     "frozen (restriction) and their face lane consent withdrawn (objection). "
                                     "Each is recorded in the audit trail."),
                                  QStringLiteral("note"), this);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);

    auto *left = new QWidget(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_erase);
    buttons->addStretch(1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_status);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_rights);
    leftLayout->addWidget(m_message);

    auto *hint = makeLabel(tr("Select a person and export what is held about them: the document they receive "
                              "appears here."),
                           QStringLiteral("note"), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(24);
    m_previewArea->addWidget(hint);
    m_previewArea->addWidget(m_pages);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_previewArea, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The list needs its four columns; the rest goes to the A4 page (794 px wide at 96 dpi).
    splitter->setSizes({360, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SubjectPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            runSearch();
        }
        if (m_searchPending)
            m_focusFirstWhenListed = true;
        else
            focusFirstResult();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubjectPage::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &SubjectPage::chooseFolder);
    connect(m_erase, &QPushButton::clicked, this, &SubjectPage::openErasure);
    connect(m_rights, &SubjectRightsBar::done, this, [this](const QString &text) {
        showMessage(text, QStringLiteral("ok"));
        runSearch(); // a rectified name is listed as it now is
    });
    connect(m_rights, &SubjectRightsBar::failed, this, [this](const QString &text) { showMessage(text, QStringLiteral("error")); });
    updateButtons();
}

void SubjectPage::search(const QString &text)
{
    const QSignalBlocker blocker(m_search);
    m_search->setText(text);
    m_searchDelay->stop();
    runSearch();
}

QStringList SubjectPage::resultIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, KindColumn).data(idRole).toString();
    return ids;
}

bool SubjectPage::selectSubject(const QString &id)
{
    const int row = int(resultIds().indexOf(id));
    if (row < 0)
        return false;
    m_results->setCurrentIndex(m_model->index(row, KindColumn));
    m_results->selectRow(row);
    return true;
}

QString SubjectPage::selectedSubject() const
{
    const QModelIndexList rows = m_results->selectionModel()->selectedRows(KindColumn);
    return rows.isEmpty() ? QString() : rows.first().data(idRole).toString();
}

int SubjectPage::pageCount() const
{
    return m_pages->pageCount();
}

QString SubjectPage::message() const
{
    return m_message->text();
}

void SubjectPage::runSearch()
{
    const int generation = ++m_searchGeneration;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchPending = false;
        m_focusFirstWhenListed = false;
        m_model->removeRows(0, m_model->rowCount());
        m_status->clear();
        updateButtons();
        Q_EMIT searched(0);
        return;
    }
    m_searchPending = true;
    const common::Clock *clock = m_context.clock;
    submitJob<std::vector<privacy::SubjectMatch>>(
        *m_context.writer, this,
        [clock, text](storage::Database &db) { return privacy::SubjectAccess(db, *clock).find(text, resultLimit); },
        [this, generation, text](const std::vector<privacy::SubjectMatch> &matches) {
            if (generation != m_searchGeneration)
                return; // typed on since: a newer search is on its way
            m_searchPending = false;
            const QString selected = selectedSubject();
            m_model->removeRows(0, m_model->rowCount());
            for (const privacy::SubjectMatch &match : matches) {
                QList<QStandardItem *> row{
                    new QStandardItem(match.kind == privacy::SubjectKind::Person ? tr("Person") : tr("Visitor")),
                    new QStandardItem(match.name),
                    new QStandardItem(match.detail),
                    new QStandardItem(match.id),
                };
                row[KindColumn]->setData(match.id, idRole);
                row[KindColumn]->setData(match.name, nameRole);
                row[KindColumn]->setData(match.kind == privacy::SubjectKind::Person, isPersonRole);
                m_model->appendRow(row);
            }
            m_results->resizeColumnToContents(KindColumn);
            m_results->resizeColumnToContents(DetailColumn);
            m_results->resizeColumnToContents(IdColumn);
            if (matches.empty())
                m_status->setText(tr("Nobody found for “%1”.").arg(text));
            else if (int(matches.size()) >= resultLimit)
                m_status->setText(tr("The first %n results: type more of the name to narrow them.", nullptr, int(matches.size())));
            else
                m_status->setText(tr("%n result(s).", nullptr, int(matches.size())));
            if (!selected.isEmpty())
                selectSubject(selected);
            updateButtons();
            if (m_focusFirstWhenListed) {
                m_focusFirstWhenListed = false;
                focusFirstResult();
            }
            Q_EMIT searched(int(matches.size()));
        },
        [this, generation](const QString &message) {
            if (generation != m_searchGeneration)
                return;
            m_searchPending = false;
            m_focusFirstWhenListed = false;
            setTextRole(m_status, QStringLiteral("error"));
            m_status->setText(message);
            Q_EMIT searched(0);
        });
    setTextRole(m_status, QStringLiteral("note"));
}

void SubjectPage::focusFirstResult()
{
    if (m_model->rowCount() == 0)
        return;
    m_results->setFocus(Qt::ShortcutFocusReason);
    if (selectedSubject().isEmpty())
        selectSubject(resultIds().constFirst());
}

void SubjectPage::updateButtons()
{
    const bool selected = !selectedSubject().isEmpty();
    m_export->setEnabled(selected && !m_exporting);
    m_erase->setEnabled(selected && !m_exporting);
    const QModelIndexList rows = m_results->selectionModel()->selectedRows(KindColumn);
    m_rights->setSubject(selectedSubject(), !rows.isEmpty() && rows.first().data(isPersonRole).toBool());
}

void SubjectPage::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

void SubjectPage::chooseFolder()
{
    if (selectedSubject().isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into which folder?"),
                                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        exportTo(folder);
}

void SubjectPage::exportTo(const QString &folder)
{
    const QString id = selectedSubject();
    if (id.isEmpty() || m_exporting)
        return;
    m_exporting = true;
    updateButtons();
    showMessage(tr("Collecting everything held about %1…").arg(id), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    const QString user = m_user;
    // Collected (and audited) on the writer; drawn and written on a worker: the screen never waits.
    submitJob<privacy::SubjectExport>(
        *m_context.writer, this,
        [clock, id, user](storage::Database &db) { return privacy::SubjectAccess(db, *clock).exportSubject(id, user); },
        [this, folder](const privacy::SubjectExport &collected) {
            showMessage(tr("Writing the files into %1…").arg(QDir::toNativeSeparators(folder)), QStringLiteral("note"));
            onWorker<Written>(
                this,
                [collected, folder] {
                    Written written;
                    try {
                        written.pages = privacy::renderSubjectPages(collected, PageStack::screenDpi);
                        written.files = privacy::writeSubjectFiles(folder, collected);
                    } catch (const std::exception &error) {
                        written.error = QString::fromStdString(error.what());
                    }
                    return written;
                },
                [this, collected, folder](const Written &written) {
                    m_pages->setPages(written.pages);
                    m_previewArea->setCurrentWidget(written.pages.isEmpty() ? m_previewArea->widget(0) : m_pages);
                    m_previewTitle->setText(tr("Preview: %1 (%2), %n page(s)", nullptr, int(written.pages.size()))
                                                .arg(collected.displayName, collected.subjectId));
                    if (!written.error.isEmpty() || written.files.size() != 2) {
                        showMessage(tr("The export could not be written into %1: %2\nNothing is lost: choose another folder and "
                                       "export again.")
                                        .arg(QDir::toNativeSeparators(folder), written.error),
                                    QStringLiteral("error"));
                        finishExport(false);
                        return;
                    }
                    for (const QString &file : written.files)
                        recordOutput(this, m_context, {file, privacy::OutputKind::SubjectExport, {collected.subjectId}});
                    showMessage(tr("✓ %n record(s) about %1 exported (recorded in the audit trail).", nullptr, collected.recordCount())
                                        .arg(collected.displayName)
                                    + u'\n' + tr("JSON: %1").arg(QDir::toNativeSeparators(written.files[0])) + u'\n'
                                    + tr("PDF: %1").arg(QDir::toNativeSeparators(written.files[1])),
                                QStringLiteral("ok"));
                    finishExport(true);
                    Q_EMIT exported(written.files, collected.recordCount());
                });
        },
        [this](const QString &message) {
            showMessage(tr("The export was refused: %1").arg(message), QStringLiteral("error"));
            finishExport(false);
        });
}

void SubjectPage::finishExport(bool ok)
{
    m_exporting = false;
    updateButtons();
    if (!ok)
        Q_EMIT exportFailed(m_message->text());
}

ErasureDialog *SubjectPage::openErasure()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const QString id = selectedSubject();
    if (id.isEmpty())
        return nullptr;
    const QModelIndexList rows = m_results->selectionModel()->selectedRows(KindColumn);
    auto *dialog = new ErasureDialog(m_context, m_user, id, rows.first().data(nameRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErasureDialog::erased, this, [this](const privacy::ErasureReport &report) {
        // Nothing of the person stays on screen: not the selection, not the preview of their export.
        m_results->clearSelection();
        m_pages->clear();
        m_previewArea->setCurrentIndex(0);
        m_previewTitle->setText(tr("Preview"));
        showMessage(tr("✓ Erased: %n record(s) deleted. One audit record says that an erasure happened.", nullptr, int(report.total())),
                    QStringLiteral("ok"));
        runSearch();
        Q_EMIT erasureDone(report);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace portique::ui
