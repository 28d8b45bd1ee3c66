// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "aipdpage.h"

#include "pagestack.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "worker.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

AipdPage::AipdPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_refresh(new QPushButton(tr("&Update from the configuration"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_message(new QLabel(this))
    , m_pages(new PageStack(this))
{
    m_refresh->setObjectName(QStringLiteral("aipdRefresh"));
    m_save->setObjectName(QStringLiteral("aipdSave"));
    m_save->setEnabled(false);
    m_message->setObjectName(QStringLiteral("aipdMessage"));
    m_message->setWordWrap(true);
    m_pages->setObjectName(QStringLiteral("aipdPages"));

    auto *intro = makeLabel(tr("The data protection impact assessment, pre-filled from what this station really does today: purposes, "
                               "data, architectures in use, recipients, rights, cameras and zones, retention periods, security "
                               "measures, the experiment and its measured figures, risks with proposed levels. Each saved PDF gets "
                               "the next version number and is recorded in the audit trail with its SHA-256. The sections marked for "
                               "the DPO are completed by hand on the saved PDF."),
                            QStringLiteral("note"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(makeLabel(tr("Impact assessment (AIPD)"), QStringLiteral("subtitle"), this));
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    connect(m_refresh, &QPushButton::clicked, this, &AipdPage::reload);
    connect(m_save, &QPushButton::clicked, this, &AipdPage::chooseFile);
}

void AipdPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Walking the audit chain for the facts takes a moment on a year of records: once per visit of
    // the page, and on demand.
    if (!m_loaded)
        reload();
}

int AipdPage::pageCount() const
{
    return m_pages->pageCount();
}

QString AipdPage::message() const
{
    return m_message->text();
}

void AipdPage::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

void AipdPage::reload()
{
    m_loaded = true;
    const int generation = ++m_generation;
    const common::Clock *clock = m_context.clock;
    m_save->setEnabled(false);
    m_refresh->setEnabled(false);
    showMessage(tr("Reading the configuration and checking the audit trail…"), QStringLiteral("note"));
    submitJob<privacy::AipdFacts>(
        *m_context.writer, this,
        [clock, user = m_user](storage::Database &db) {
            station::StationServices services(db, *clock);
            return privacy::collectAipdFacts(services, user);
        },
        [this, generation](const privacy::AipdFacts &facts) {
            if (generation != m_generation)
                return;
            onWorker<QList<QImage>>(
                this, [facts] { return privacy::renderAipdPages(facts, PageStack::screenDpi); },
                [this, generation, facts](const QList<QImage> &pages) {
                    if (generation != m_generation)
                        return;
                    m_facts = facts;
                    m_pages->setPages(pages);
                    m_refresh->setEnabled(true);
                    m_save->setEnabled(true);
                    showMessage(QString(), QStringLiteral("note"));
                    Q_EMIT shown();
                });
        },
        [this](const QString &message) {
            m_refresh->setEnabled(true);
            showMessage(message, QStringLiteral("error"));
        });
}

void AipdPage::saveAs(const QString &path)
{
    if (!m_facts)
        return;
    showMessage(tr("Writing %1…").arg(path), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    // The version is read again when saving: another generation (the command line, another
    // session) may have taken the number the preview shows since it was drawn.
    submitJob<int>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return privacy::nextAipdVersion(services);
        },
        [this, path, clock](int version) {
            privacy::AipdFacts facts = *m_facts;
            facts.version = version;
            struct Written {
                QByteArray sha256;
                QString error;
            };
            onWorker<Written>(
                this,
                [facts, path]() -> Written {
                    try {
                        return {privacy::writeAipdPdf(path, facts), {}};
                    } catch (const std::exception &error) {
                        return {{}, QString::fromStdString(error.what())};
                    }
                },
                [this, path, clock, facts](const Written &written) {
                    if (!written.error.isEmpty()) {
                        showMessage(written.error, QStringLiteral("error"));
                        return;
                    }
                    submitJob<bool>(
                        *m_context.writer, this,
                        [clock, facts, path, sha256 = written.sha256, user = m_user](storage::Database &db) {
                            station::StationServices services(db, *clock);
                            privacy::recordAipdGeneration(services, facts, path, sha256, user);
                            return true;
                        },
                        [this, path, version = facts.version](bool) {
                            showMessage(tr("Saved in %1 as version %2 (recorded in the audit trail).").arg(path).arg(version),
                                        QStringLiteral("ok"));
                            Q_EMIT saved(path);
                        },
                        [this, path](const QString &message) {
                            showMessage(tr("%1 was written, but its generation could not be recorded in the audit trail: %2. "
                                           "Delete the file and save again.")
                                            .arg(path, message),
                                        QStringLiteral("error"));
                        });
                });
        },
        [this](const QString &message) { showMessage(message, QStringLiteral("error")); });
}

void AipdPage::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the impact assessment"), folder + QStringLiteral("/aipd-portique.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

} // namespace portique::ui
