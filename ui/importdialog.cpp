// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "importdialog.h"

#include "people/importfile.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace portique::ui {

using storage::submitJob;

struct ImportDialog::ParseOutcome {
    std::optional<people::ParsedImport> parsed;
    QString error; ///< why the whole file is refused, translated
};

namespace {

using people::ImportPreview;
using people::ParsedImport;

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString nameOf(const QString &family, const QString &first)
{
    return family + u' ' + first;
}

QString changeText(const ImportPreview::Change &change)
{
    const people::PersonRecord &after = change.record;
    const people::Person &before = change.before;
    QStringList parts;
    for (const QString &field : change.fields) {
        if (field == u"family_name")
            parts << ImportDialog::tr("family name: %1 → %2").arg(orDash(before.familyName), orDash(after.familyName));
        else if (field == u"first_name")
            parts << ImportDialog::tr("first name: %1 → %2").arg(orDash(before.firstName), orDash(after.firstName));
        else if (field == u"class")
            parts << ImportDialog::tr("class: %1 → %2").arg(orDash(before.className), orDash(after.className));
        else if (field == u"birth_date")
            parts << ImportDialog::tr("birth date: %1 → %2").arg(shortDate(before.birthDate), shortDate(after.birthDate));
        else if (field == u"left_on")
            parts << ImportDialog::tr("leaving date: %1 → %2").arg(shortDate(before.leftOn), shortDate(after.leftOn));
        else if (field == u"kind")
            parts << ImportDialog::tr("kind: %1 → %2").arg(people::kindLabel(before.kind), people::kindLabel(after.kind));
        else
            parts << field;
        // A DPO's rectification is kept unless the DPO ticks the box below the lists.
        if (change.rectified.contains(field))
            parts.last() += ImportDialog::tr(" (rectified by the DPO: kept)");
    }
    // A restricted person's record is frozen (GDPR art. 18): the import writes none of it.
    if (change.restricted)
        parts.prepend(ImportDialog::tr("restricted: not updated"));
    return parts.join(QStringLiteral("; "));
}

QTreeWidget *makeList(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

void fitColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}

QString sourceText(const ParsedImport &parsed)
{
    switch (parsed.source) {
    case ParsedImport::Source::SiecleStudents:
        return ImportDialog::tr("SIECLE export of students");
    case ParsedImport::Source::SiecleGuardians:
        return ImportDialog::tr("SIECLE export of legal representatives");
    case ParsedImport::Source::Csv:
        break;
    }
    return ImportDialog::tr("CSV list");
}

} // namespace

ImportDialog::ImportDialog(const StationContext &context, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_parser(new QFutureWatcher<ParseOutcome>(this))
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_choose(new QPushButton(tr("&Choose a file…"), this))
    , m_source(makeLabel(QString(), QStringLiteral("note"), this))
    , m_summary(new QLabel(this))
    , m_message(makeLabel(QString(), QStringLiteral("error"), this))
    , m_tabs(new QTabWidget(this))
    , m_added(makeList({tr("Name"), tr("Class"), tr("Birth date"), tr("Id")}, QStringLiteral("importAdded"), this))
    , m_changed(makeList({tr("Name"), tr("Class"), tr("Changes")}, QStringLiteral("importChanged"), this))
    , m_leaving(makeList({tr("Name"), tr("Class"), tr("Why")}, QStringLiteral("importLeaving"), this))
    , m_leavingNote(new QLabel(this))
    , m_leavingPage(new QWidget(this))
    , m_errors(makeList({tr("Line"), tr("Id"), tr("Message")}, QStringLiteral("importErrors"), this))
    , m_force(new QCheckBox(tr("I c&onfirm these departures"), this))
    , m_overwriteRectified(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setWindowTitle(tr("Import a list of people"));
    resize(860, 620);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    setTextRole(m_summary, QStringLiteral("section"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_force->setObjectName(QStringLiteral("confirmDepartures"));
    m_overwriteRectified->setObjectName(QStringLiteral("overwriteRectified"));
    m_overwriteRectified->setToolTip(tr("Only the data protection officer may: the file's values replace the corrected ones"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_errors->setWordWrap(true);
    m_errors->setUniformRowHeights(false);

    // Amber, with a "!" (UI.md: colour is never the only signal): it needs reading, not action.
    m_leavingNote->setWordWrap(true);
    m_leavingNote->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(colours::warning.name()));
    m_leavingNote->setText(tr("! When the import is applied, these people are marked as having left and their badges "
                              "are revoked at once: they no longer open the gate."));
    auto *leavingLayout = new QVBoxLayout(m_leavingPage);
    leavingLayout->setContentsMargins(0, 6, 0, 0);
    leavingLayout->addWidget(m_leavingNote);
    leavingLayout->addWidget(m_leaving, 1);

    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_force, &QCheckBox::toggled, this, &ImportDialog::updateApply);
    connect(m_parser, &QFutureWatcherBase::finished, this, &ImportDialog::parsed);

    auto *title = makeLabel(tr("Import a list of people"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("A SIECLE export (ElevesSansAdresses.xml for the students, ResponsablesAvecAdresses.xml for "
                                     "their legal representatives) or a CSV list of staff and others. The file is compared "
                                     "with the registry first: nothing is written before you click Apply."),
                                  QStringLiteral("note"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_tabs->addTab(m_added, QString());
    m_tabs->addTab(m_changed, QString());
    m_tabs->addTab(m_leavingPage, QString());
    m_tabs->addTab(m_errors, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(fileRow);
    layout->addWidget(m_source);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    // Before a file is read the lists are hidden: the space stays below, not between the lines.
    layout->addStretch(0);
    layout->addWidget(m_force);
    layout->addWidget(m_overwriteRectified);
    layout->addWidget(m_buttons);
    resetView();
    m_choose->setDefault(true);
    m_choose->setFocus();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::reject()
{
    if (m_applying)
        return;
    // Closing after an import is the way out of a completed task, not a cancellation.
    if (m_applied)
        QDialog::accept();
    else
        QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a list to import"), start, tr("SIECLE (*.xml);;CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::resetView()
{
    ++m_generation;
    m_parsed.reset();
    m_preview.reset();
    m_source->clear();
    m_source->hide();
    m_summary->clear();
    m_summary->hide();
    m_message->clear();
    m_message->hide();
    m_tabs->hide();
    m_force->setChecked(false);
    m_force->hide();
    m_overwriteRectified->hide();
    updateApply();
}

void ImportDialog::setFile(const QString &path)
{
    if (m_applying || m_applied)
        return;
    resetView();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    setTextRole(m_message, QStringLiteral("note"));
    m_message->setText(tr("Reading the file…"));
    m_message->show();
    m_choose->setEnabled(false);
    // Parsing is pure (no database) but a SIECLE export of a big school takes a moment: off the
    // GUI thread. The refusal comes back as text, since QtConcurrent only carries QExceptions.
    m_parser->setFuture(QtConcurrent::run([path] {
        ParseOutcome outcome;
        try {
            outcome.parsed = people::parseImportFile(path);
        } catch (const common::Refusal &refusal) {
            outcome.error = refusal.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromStdString(error.what());
        }
        return outcome;
    }));
}

void ImportDialog::parsed()
{
    m_choose->setEnabled(true);
    const ParseOutcome outcome = m_parser->result();
    if (!outcome.parsed) {
        showRefusal(outcome.error);
        return;
    }
    m_parsed = outcome.parsed;
    m_message->setText(tr("Comparing with the registry…"));
    const common::Clock *clock = m_context.clock;
    const quint64 generation = m_generation;
    submitJob<ImportPreview>(
        *m_context.writer, this,
        [clock, parsed = *m_parsed](storage::Database &db) { return station::StationServices(db, *clock).imports.preview(parsed); },
        [this, generation](const ImportPreview &preview) {
            if (generation == m_generation)
                showPreview(preview);
        },
        [this, generation](const QString &message) {
            if (generation == m_generation)
                showRefusal(message);
        });
}

void ImportDialog::showRefusal(const QString &message)
{
    // The file as a whole cannot be used: its message and nothing else.
    m_parsed.reset();
    m_preview.reset();
    m_source->hide();
    m_summary->hide();
    m_tabs->hide();
    m_force->hide();
    m_overwriteRectified->hide();
    setTextRole(m_message, QStringLiteral("error"));
    m_message->setText(message);
    m_message->show();
    updateApply();
}

void ImportDialog::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    const ParsedImport &parsed = preview.parsed;
    QStringList facts{sourceText(parsed)};
    if (!parsed.encoding.isEmpty())
        facts << tr("encoding %1").arg(parsed.encoding);
    if (!parsed.schoolUai.isEmpty())
        facts << tr("school %1").arg(parsed.schoolUai);
    if (parsed.exportDate.isValid())
        facts << tr("exported on %1").arg(shortDate(parsed.exportDate));
    m_source->setText(facts.join(QStringLiteral(" · ")));
    m_source->show();

    const bool guardians = parsed.source == ParsedImport::Source::SiecleGuardians;
    const int errors = int(parsed.errors.size());
    QStringList counts;
    if (guardians) {
        counts << tr("%n legal representative(s) kept", nullptr, preview.guardianLinks)
               << tr("%n student(s)", nullptr, preview.guardianStudents)
               << tr("%n link(s) ignored (students unknown or who have left)", nullptr, preview.guardianLinksIgnored);
    } else {
        counts << tr("%n new", nullptr, int(preview.added.size())) << tr("%n changed", nullptr, int(preview.changed.size()))
               << tr("%n leaving", nullptr, int(preview.leaving.size())) << tr("%n unchanged", nullptr, preview.unchanged);
    }
    counts << tr("%n error(s)", nullptr, errors);
    m_summary->setText(counts.join(QStringLiteral(" · ")));
    m_summary->show();

    m_added->clear();
    for (const people::PersonRecord &record : preview.added) {
        auto *item = new QTreeWidgetItem(
            m_added, {nameOf(record.familyName, record.firstName), record.className, shortDate(record.birthDate), record.id});
        if (record.leftOn.isValid())
            item->setToolTip(0, tr("Left on %1").arg(shortDate(record.leftOn)));
    }
    m_changed->clear();
    for (const ImportPreview::Change &change : preview.changed) {
        const QString changes = changeText(change);
        auto *item =
            new QTreeWidgetItem(m_changed, {nameOf(change.record.familyName, change.record.firstName), change.record.className, changes});
        item->setToolTip(2, changes);
    }
    m_leaving->clear();
    for (const ImportPreview::Leaver &leaver : preview.leaving)
        new QTreeWidgetItem(m_leaving,
                            {leaver.person.displayName(), leaver.person.className,
                             leaver.absentFromFile ? tr("absent from the file") : tr("left on %1").arg(shortDate(leaver.leftOn))});
    m_errors->clear();
    for (const people::RowError &error : parsed.errors) {
        auto *item = new QTreeWidgetItem(m_errors, {QString::number(error.line), error.recordId, error.message});
        item->setToolTip(2, error.message);
    }
    for (QTreeWidget *list : {m_added, m_changed, m_leaving, m_errors})
        fitColumns(list);

    m_tabs->setTabText(m_tabs->indexOf(m_added), tr("&New (%1)").arg(preview.added.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_changed), tr("C&hanged (%1)").arg(preview.changed.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_leavingPage), tr("&Leaving (%1)").arg(preview.leaving.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_errors), tr("E&rrors (%1)").arg(errors));
    // A guardians file adds, changes and removes no person: only its refused links are listed.
    for (QWidget *page : {static_cast<QWidget *>(m_added), static_cast<QWidget *>(m_changed), m_leavingPage})
        m_tabs->setTabVisible(m_tabs->indexOf(page), !guardians);
    // Open where the operator has to look: refused records, then leavers, else the first list
    // (after Apply, the tab the operator was reading stays open).
    if (!m_applied) {
        if (errors > 0 || guardians)
            m_tabs->setCurrentWidget(m_errors);
        else if (!preview.leaving.empty())
            m_tabs->setCurrentWidget(m_leavingPage);
        else
            m_tabs->setCurrentWidget(m_added);
    }
    m_tabs->show();

    if (!m_applied) {
        m_message->setVisible(!preview.blocker.isEmpty());
        setTextRole(m_message, QStringLiteral("error"));
        m_message->setText(preview.blocker);
        m_force->setVisible(preview.massDeparture);
        m_force->setChecked(false);
        int rectified = 0;
        for (const ImportPreview::Change &change : preview.changed)
            rectified += change.restricted ? 0 : int(change.rectified.size());
        m_overwriteRectified->setText(tr("Replace the %n value(s) the DPO rectified with the file's", nullptr, rectified));
        m_overwriteRectified->setVisible(rectified > 0);
        m_overwriteRectified->setChecked(false);
    }
    updateApply();
    if (m_apply->isEnabled())
        m_apply->setFocus();
}

void ImportDialog::updateApply()
{
    const bool ready = m_parsed && m_preview && !m_applying && !m_applied
                       && (m_preview->blocker.isEmpty() || (m_preview->massDeparture && m_force->isChecked()));
    m_apply->setEnabled(ready);
    m_apply->setDefault(ready);
    m_apply->setVisible(!m_applied);
}

void ImportDialog::apply()
{
    if (!m_parsed || !m_preview || m_applying || m_applied)
        return;
    const bool force = m_preview->massDeparture && m_force->isChecked();
    const bool overwriteRectified = !m_overwriteRectified->isHidden() && m_overwriteRectified->isChecked();
    m_applying = true;
    m_choose->setEnabled(false);
    m_force->setEnabled(false);
    m_overwriteRectified->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    updateApply();
    setTextRole(m_message, QStringLiteral("note"));
    m_message->setText(tr("Importing…"));
    m_message->show();
    const common::Clock *clock = m_context.clock;
    submitJob<ImportPreview>(
        *m_context.writer, this,
        [clock, parsed = *m_parsed, actor = m_actor, force, overwriteRectified](storage::Database &db) {
            return station::StationServices(db, *clock).imports.apply(parsed, actor, force, overwriteRectified);
        },
        [this](const ImportPreview &done) {
            m_applying = false;
            m_applied = true;
            // What was done (compared again inside the transaction), not what was previewed.
            showPreview(done);
            QStringList parts;
            if (done.parsed.source == ParsedImport::Source::SiecleGuardians) {
                parts << tr("%n legal representative(s) recorded", nullptr, done.guardianLinks)
                      << tr("for %n student(s)", nullptr, done.guardianStudents);
                m_message->setText(tr("Import applied: %1.").arg(parts.join(u' ')));
            } else {
                parts << tr("%n person(s) added", nullptr, int(done.added.size())) << tr("%n changed", nullptr, int(done.changed.size()))
                      << tr("%n marked as having left (badges revoked)", nullptr, int(done.leaving.size()))
                      << tr("%n unchanged", nullptr, done.unchanged);
                m_message->setText(tr("Import applied: %1.").arg(parts.join(QStringLiteral(", "))));
            }
            setTextRole(m_message, QStringLiteral("ok"));
            m_message->show();
            m_force->hide();
            m_overwriteRectified->hide();
            QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
            close->setText(tr("&Close"));
            close->setEnabled(true);
            close->setDefault(true);
            close->setFocus();
            Q_EMIT imported();
        },
        [this](const QString &message) {
            m_applying = false;
            m_choose->setEnabled(true);
            m_force->setEnabled(true);
            m_overwriteRectified->setEnabled(true);
            m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
            setTextRole(m_message, QStringLiteral("error"));
            m_message->setText(message);
            m_message->show();
            updateApply();
        });
}

} // namespace portique::ui
