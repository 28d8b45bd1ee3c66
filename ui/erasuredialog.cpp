// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "erasuredialog.h"

#include "storage/databasejob.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace portique::ui {

using storage::submitJob;

namespace {

/// What each table of privacy::SubjectScope holds, in the DPO's words.
QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Registry entry (identity, class)")},
        {QStringLiteral("guardians"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Legal representatives")},
        {QStringLiteral("credentials"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Badges")},
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Consents and withdrawals")},
        {QStringLiteral("face_templates"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Face templates")},
        {QStringLiteral("enrolments"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Enrolment attempts")},
        {QStringLiteral("access_events"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Passages at the gate")},
        {QStringLiteral("overrides"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Overrides of those passages")},
        {QStringLiteral("alerts"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Alerts")},
        {QStringLiteral("visitors"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Visitor record")},
        {QStringLiteral("visitor_templates"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Visitor face templates")},
        {QStringLiteral("sightings"), QT_TRANSLATE_NOOP("portique::ui::ErasureDialog", "Sightings by indoor cameras")},
    };
    const auto it = labels.constFind(table);
    return it == labels.cend() ? table : ErasureDialog::tr(it.value());
}

} // namespace

ErasureDialog::ErasureDialog(StationContext &context, QString user, QString subjectId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_subjectId(std::move(subjectId))
    , m_title(makeLabel(QString(), QStringLiteral("subtitle"), this))
    , m_intro(makeLabel(QString(), QStringLiteral("note"), this))
    , m_counts(new QTableWidget(0, 2, this))
    , m_warning(makeLabel(tr("⚠ This cannot be undone."), QStringLiteral("error"), this))
    , m_consequences(makeLabel(QString(), QStringLiteral("note"), this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_erase(m_buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Erase a person's data"));
    setObjectName(QStringLiteral("erasureDialog"));
    m_title->setText(name.isEmpty() ? tr("Erase %1").arg(m_subjectId) : tr("Erase %1 (%2)").arg(name, m_subjectId));
    m_intro->setText(tr("Counting what the station holds…"));
    m_counts->setObjectName(QStringLiteral("erasureCounts"));
    m_counts->setHorizontalHeaderLabels({tr("What"), tr("Records")});
    configureTable(m_counts);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setStretchLastSection(false);
    m_counts->setFocusPolicy(Qt::NoFocus); // read-only counts: Tab goes from the confirmation to the buttons
    m_counts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_counts->setMinimumHeight(120);
    m_consequences->setText(tr("The rows are deleted from the database file itself, not hidden, and the "
                          "person's badges stop opening anything. Only one audit record will remain, saying that an erasure "
                          "happened, by whom and when, but not whom it was about. A student still enrolled comes back at the "
                          "next SIECLE import as a new entry, without any history."));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmLabel->setText(tr("&Type the person's name or id to confirm:"));
    m_confirm->setObjectName(QStringLiteral("erasureConfirm"));
    m_confirm->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("erasureMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    // Enter in the confirmation field erases once it matches, and does nothing before.
    m_erase->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelErasure"));
    m_cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_counts);
    layout->addSpacing(4);
    layout->addWidget(m_warning);
    layout->addWidget(m_consequences);
    layout->addSpacing(6);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(640, 0);
    fitHeight();

    connect(m_confirm, &QLineEdit::textChanged, this, &ErasureDialog::updateEraseButton);
    connect(m_erase, &QPushButton::clicked, this, &ErasureDialog::erase);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_report)
            accept();
        else
            reject();
    });
    m_confirm->setFocus();
    loadPreview();
}

bool ErasureDialog::confirmationMatches() const
{
    if (!m_preview)
        return false;
    const QString typed = m_confirm->text().simplified();
    return !typed.isEmpty()
           && (typed.compare(m_preview->displayName.simplified(), Qt::CaseInsensitive) == 0
               || typed.compare(m_subjectId, Qt::CaseInsensitive) == 0);
}

QString ErasureDialog::message() const
{
    return m_message->text();
}

void ErasureDialog::reject()
{
    if (m_busy)
        return; // the erasure runs on the writer either way: stay to show its outcome
    QDialog::reject();
}

void ErasureDialog::loadPreview()
{
    m_busy = false;
    const common::Clock *clock = m_context.clock;
    const QString id = m_subjectId;
    submitJob<privacy::ErasureReport>(
        *m_context.writer, this, [clock, id](storage::Database &db) { return privacy::Erasure(db, *clock).preview(id); },
        [this](const privacy::ErasureReport &preview) {
            m_preview = preview;
            m_title->setText(tr("Erase %1 (%2)").arg(preview.displayName, m_subjectId));
            QString intro =
                tr("Everything the station holds about this person will be deleted: %n record(s).", nullptr, int(preview.total()));
            if (!preview.filesToDelete.isEmpty())
                intro += u' '
                         + tr("%n file(s) the station wrote about them (badges, passes, exports, reports) cannot be erased by the "
                              "station: they are listed afterwards, to delete by hand.",
                              nullptr, int(preview.filesToDelete.size()));
            m_intro->setText(intro);
            m_confirmLabel->setText(tr("&Type the name “%1” or the id “%2” to confirm:").arg(preview.displayName, m_subjectId));
            showCounts(preview);
            updateEraseButton();
            Q_EMIT previewLoaded(preview);
        },
        [this](const QString &message) {
            // Nothing to confirm: the reason, and a way out.
            m_intro->setText(tr("Nothing can be erased now."));
            for (QWidget *widget : {static_cast<QWidget *>(m_counts), static_cast<QWidget *>(m_warning), static_cast<QWidget *>(m_consequences),
                                    static_cast<QWidget *>(m_confirmLabel), static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_erase)})
                widget->hide();
            m_cancel->setText(tr("&Close"));
            m_cancel->setDefault(true);
            m_cancel->setFocus();
            fail(message);
            fitHeight();
        });
}

void ErasureDialog::showCounts(const privacy::ErasureReport &report)
{
    m_counts->setHorizontalHeaderLabels({tr("What"), report.preview ? tr("To delete") : tr("Deleted")});
    m_counts->setRowCount(0);
    const QLocale locale;
    auto add = [&](const QString &what, qint64 count, bool emphasised = false) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        auto *label = new QTableWidgetItem(what);
        auto *number = new QTableWidgetItem(locale.toString(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (emphasised) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            number->setFont(bold);
        }
        m_counts->setItem(row, 0, label);
        m_counts->setItem(row, 1, number);
    };
    // Parents first (the registry entry, then what hangs from it), as a person reads them; the
    // report lists them children first, the order of the deletion.
    for (auto it = report.deleted.crbegin(); it != report.deleted.crend(); ++it) {
        if (it->second > 0)
            add(tableLabel(it->first), it->second);
    }
    add(report.preview ? tr("Rows deleted in all") : tr("Rows deleted"), report.total(), true);
    if (report.kind == privacy::SubjectKind::Person)
        add(report.preview ? tr("Valid badges revoked first") : tr("Valid badges revoked"), report.credentialsRevoked);
    add(report.preview ? tr("Audit records to blank (kept, marked erased)") : tr("Audit records blanked (kept, marked erased)"),
        report.auditRecordsBlanked);
    add(report.preview ? tr("Agents' notes naming them (name to blank)") : tr("Agents' notes naming them (name blanked)"), report.notesScrubbed);
    m_counts->resizeColumnToContents(1);
    fitCounts();
}

void ErasureDialog::fitCounts()
{
    // Every line in view without scrolling (a dozen at most), up to what a 768-pixel screen holds.
    constexpr int tallest = 420;
    int needed = m_counts->horizontalHeader()->sizeHint().height() + 2 * m_counts->frameWidth();
    for (int row = 0; row < m_counts->rowCount(); ++row)
        needed += m_counts->rowHeight(row);
    m_counts->setFixedHeight(std::min(needed, tallest));
    fitHeight();
}

void ErasureDialog::fitHeight()
{
    // Wrapped labels need the height for the dialog's width, which sizeHint() does not give.
    layout()->activate();
    resize(width(), std::max(layout()->totalHeightForWidth(width()), layout()->totalMinimumSize().height()));
}

void ErasureDialog::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

void ErasureDialog::updateEraseButton()
{
    m_erase->setEnabled(!m_busy && !m_report && confirmationMatches());
}

void ErasureDialog::fail(const QString &message)
{
    m_busy = false;
    showMessage(tr("Nothing was erased: %1").arg(message), QStringLiteral("error"));
    updateEraseButton();
    Q_EMIT refused(message);
}

void ErasureDialog::erase()
{
    if (m_busy || m_report || !confirmationMatches())
        return;
    m_busy = true;
    updateEraseButton();
    m_confirm->setEnabled(false);
    m_cancel->setEnabled(false);
    showMessage(tr("Erasing…"), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    const QString id = m_subjectId;
    const QString user = m_user;
    submitJob<privacy::ErasureReport>(
        *m_context.writer, this, [clock, id, user](storage::Database &db) { return privacy::Erasure(db, *clock).erase(id, user); },
        [this](const privacy::ErasureReport &report) {
            m_busy = false;
            m_report = report;
            showCounts(report);
            m_title->setText(tr("Erased"));
            m_intro->setText(tr("Everything the station held about this person was deleted: %n record(s).", nullptr, int(report.total())));
            m_warning->hide();
            m_consequences->hide();
            m_confirmLabel->hide();
            m_confirm->hide();
            m_erase->hide();
            m_cancel->setText(tr("&Close"));
            m_cancel->setEnabled(true);
            m_cancel->setDefault(true);
            m_cancel->setFocus();
            QString done = tr("✓ Erased. The audit trail keeps only record %1, saying that an erasure happened, by %2, and when.")
                               .arg(report.auditSeq)
                               .arg(m_user);
            if (!report.filesToDelete.isEmpty()) {
                // The station cannot erase what it handed over: where it put it, so the DPO can.
                QStringList paths;
                for (const QString &path : report.filesToDelete)
                    paths << QDir::toNativeSeparators(path);
                done += QStringLiteral("\n\n")
                        + tr("The station wrote %n file(s) that may still hold this person's data. Delete them (and any printed copy):",
                             nullptr, int(paths.size()))
                        + u'\n' + paths.join(u'\n');
            }
            if (!report.ledgerProblem.isEmpty())
                done += QStringLiteral("\n\n") + report.ledgerProblem;
            showMessage(done, report.ledgerProblem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error"));
            fitHeight();
            Q_EMIT erased(report);
        },
        [this](const QString &message) {
            m_confirm->setEnabled(true);
            m_cancel->setEnabled(true);
            m_confirm->setFocus();
            fail(message);
        });
}

} // namespace portique::ui
