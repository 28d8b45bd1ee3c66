// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "noticespage.h"

#include "pagestack.h"
#include "reports/noticerender.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "worker.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace portique::ui {

using storage::submitJob;

namespace {

/// What a worker's write gave: the file's SHA-256, or the translated reason it failed.
struct Written {
    QByteArray sha256;
    QString error;
};

} // namespace

NoticesPage::NoticesPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_kind(new QComboBox(this))
    , m_head(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_dpoContact(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_saveContacts(new QPushButton(tr("Save the &details"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_message(new QLabel(this))
    , m_pages(new PageStack(this))
{
    m_kind->setObjectName(QStringLiteral("noticeKind"));
    for (const privacy::NoticeKind kind : privacy::noticeKinds())
        m_kind->addItem(privacy::noticeKindLabel(kind), privacy::noticeKindId(kind));
    m_head->setObjectName(QStringLiteral("noticeHead"));
    m_head->setPlaceholderText(tr("e.g. Mme Claire Martin, proviseure"));
    m_address->setObjectName(QStringLiteral("noticeAddress"));
    m_dpoContact->setObjectName(QStringLiteral("noticeDpoContact"));
    m_dpoContact->setPlaceholderText(tr("an e-mail address or a phone number"));
    m_location->setObjectName(QStringLiteral("noticeLocation"));
    m_location->setPlaceholderText(tr("at the school's reception desk"));
    m_saveContacts->setObjectName(QStringLiteral("noticeSaveContacts"));
    m_save->setObjectName(QStringLiteral("noticeSave"));
    m_save->setEnabled(false);
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setWordWrap(true);
    m_pages->setObjectName(QStringLiteral("noticePages"));

    auto *intro = makeLabel(tr("Information notices written from this station's configuration: every retention period, camera use "
                               "and contact is read from the settings when the notice is drawn, so a changed setting changes the next "
                               "notice. Save and print a new one after each change."),
                            QStringLiteral("note"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Head of school:"), m_head);
    form->addRow(tr("School &address:"), m_address);
    form->addRow(tr("DPO's &contact:"), m_dpoContact);
    form->addRow(tr("&Where to read the notice:"), m_location);
    // Wide enough for an address or a web address at a glance, not the whole screen.
    for (QLineEdit *edit : {m_head, m_address, m_dpoContact, m_location}) {
        edit->setMinimumWidth(380);
        edit->setMaximumWidth(560);
    }
    auto *details = new QHBoxLayout;
    details->addLayout(form);
    details->addWidget(m_saveContacts, 0, Qt::AlignBottom);
    details->addStretch(1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(makeLabel(tr("Information notices"), QStringLiteral("subtitle"), this));
    bar->addStretch(1);
    auto *kindLabel = new QLabel(tr("&Notice:"), this);
    kindLabel->setBuddy(m_kind);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticesPage::render);
    connect(m_saveContacts, &QPushButton::clicked, this, &NoticesPage::saveContacts);
    connect(m_save, &QPushButton::clicked, this, &NoticesPage::chooseFile);
}

void NoticesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

int NoticesPage::pageCount() const
{
    return m_pages->pageCount();
}

QString NoticesPage::message() const
{
    return m_message->text();
}

QString NoticesPage::previewText() const
{
    return m_notice ? m_notice->plainText() : QString();
}

void NoticesPage::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

void NoticesPage::setKind(privacy::NoticeKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(privacy::noticeKindId(kind)));
}

void NoticesPage::fillContacts(const privacy::NoticeContacts &contacts)
{
    m_head->setText(contacts.head);
    m_address->setText(contacts.address);
    m_dpoContact->setText(contacts.dpoContact);
    m_location->setText(contacts.noticeLocation);
}

void NoticesPage::reload()
{
    m_loaded = true;
    const int generation = ++m_generation;
    const common::Clock *clock = m_context.clock;
    m_save->setEnabled(false);
    submitJob<privacy::NoticeFacts>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return privacy::collectNoticeFacts(services);
        },
        [this, generation](const privacy::NoticeFacts &facts) {
            if (generation != m_generation)
                return;
            m_facts = facts;
            fillContacts(facts.contacts);
            render();
        },
        [this](const QString &message) { showMessage(message, QStringLiteral("error")); });
}

void NoticesPage::render()
{
    if (!m_facts)
        return;
    const std::optional<privacy::NoticeKind> kind = privacy::noticeKindFromId(m_kind->currentData().toString());
    if (!kind)
        return;
    const int generation = ++m_generation;
    // The words are cheap to build; drawing the pages is not, and goes to a worker.
    const privacy::Notice notice = privacy::buildNotice(*kind, *m_facts);
    m_save->setEnabled(false);
    onWorker<QList<QImage>>(
        this, [notice] { return reports::renderNoticePages(notice, PageStack::screenDpi); },
        [this, generation, notice](const QList<QImage> &pages) {
            if (generation != m_generation)
                return;
            m_notice = notice;
            m_pages->setPages(pages);
            const QString notReady = privacy::noticeNotReady(notice);
            m_save->setEnabled(notReady.isEmpty());
            // A "saved" line stays; an error the new configuration no longer has goes.
            if (!notReady.isEmpty())
                showMessage(notReady, QStringLiteral("error"));
            else if (m_message->property("role").toString() == u"error")
                showMessage(QString(), QStringLiteral("note"));
            Q_EMIT shown();
        });
}

void NoticesPage::saveContacts()
{
    const privacy::NoticeContacts contacts{m_head->text(), m_address->text(), m_dpoContact->text(), m_location->text()};
    if (const QString problem = privacy::noticeContactsProblem(contacts); !problem.isEmpty()) {
        showMessage(problem, QStringLiteral("error"));
        return;
    }
    const common::Clock *clock = m_context.clock;
    m_saveContacts->setEnabled(false);
    submitJob<int>(
        *m_context.writer, this,
        [clock, contacts, user = m_user](storage::Database &db) {
            station::StationServices services(db, *clock);
            privacy::saveNoticeContacts(services.settings, contacts, user);
            return 0;
        },
        [this](int) {
            m_saveContacts->setEnabled(true);
            showMessage(tr("Details saved."), QStringLiteral("ok"));
            Q_EMIT contactsSaved();
            reload();
        },
        [this](const QString &message) {
            m_saveContacts->setEnabled(true);
            showMessage(message, QStringLiteral("error"));
        });
}

void NoticesPage::saveAs(const QString &path)
{
    if (!m_notice)
        return;
    if (const QString notReady = privacy::noticeNotReady(*m_notice); !notReady.isEmpty()) {
        showMessage(notReady, QStringLiteral("error"));
        return;
    }
    showMessage(tr("Writing %1…").arg(path), QStringLiteral("note"));
    const privacy::Notice notice = *m_notice;
    onWorker<Written>(
        this,
        [notice, path]() -> Written {
            try {
                return {reports::writeNoticePdf(path, notice), QString()};
            } catch (const std::exception &error) {
                return {QByteArray(), QString::fromStdString(error.what())};
            }
        },
        [this, path, kind = notice.kind](const Written &written) {
            if (!written.error.isEmpty()) {
                showMessage(written.error, QStringLiteral("error"));
                return;
            }
            const common::Clock *clock = m_context.clock;
            submitJob<int>(
                *m_context.writer, this,
                [clock, kind, path, sha256 = written.sha256, user = m_user](storage::Database &db) {
                    station::StationServices services(db, *clock);
                    privacy::recordNoticeGeneration(services, kind, path, sha256, user);
                    return 0;
                },
                [this, path](int) {
                    showMessage(tr("Saved in %1.").arg(path), QStringLiteral("ok"));
                    Q_EMIT saved(path);
                },
                [this, path](const QString &message) {
                    // The file is there; only its record is missing: say so rather than pretend.
                    showMessage(tr("%1 was written but could not be recorded in the audit trail: %2").arg(path, message),
                                QStringLiteral("error"));
                });
        });
}

void NoticesPage::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("/notice-%1.pdf").arg(m_kind->currentData().toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice"), folder + name, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

} // namespace portique::ui
