// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "badgeprintdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <stdexcept>

namespace portique::ui {

BadgePrintDialog::BadgePrintDialog(std::vector<access::BadgeCard> cards, QWidget *parent)
    : QDialog(parent)
    , m_cards(std::move(cards))
    , m_preview(new QLabel(this))
    , m_message(makeLabel(QString(), QStringLiteral("note"), this))
    , m_layout(new QComboBox(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    setWindowTitle(m_cards.size() == 1 ? tr("New badge") : tr("%n new badges", nullptr, int(m_cards.size())));
    m_preview->setObjectName(QStringLiteral("badgePreview"));
    m_layout->setObjectName(QStringLiteral("badgeLayout"));
    m_print->setObjectName(QStringLiteral("printBadges"));
    m_save->setObjectName(QStringLiteral("saveBadges"));
    m_layout->addItem(tr("Card printer (CR80, one card a page)"), int(access::BadgeSheet::Card));
    m_layout->addItem(tr("A4 sheets (10 cards a page, to cut)"), int(access::BadgeSheet::A4Sheet));
    m_layout->setCurrentIndex(m_cards.size() > 1 ? 1 : 0);

    if (!m_cards.empty()) {
        // 140 dpi: about the card's real size on a desk screen.
        const QImage card = access::renderBadgeImage(m_cards.front(), 140);
        m_preview->setPixmap(QPixmap::fromImage(card));
        m_preview->setAlignment(Qt::AlignCenter);
        m_preview->setFrameShape(QFrame::StyledPanel);
    }
    m_message->setText(m_cards.size() == 1
                           ? tr("Print the badge now: the station keeps no copy of it, so a badge that is not printed must be issued again.")
                           : tr("%n badges are ready (the first is shown). The station keeps no copy of them: print them now.", nullptr,
                                int(m_cards.size())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &BadgePrintDialog::print);
    connect(m_save, &QPushButton::clicked, this, &BadgePrintDialog::savePdf);

    auto *layoutLabel = new QLabel(tr("&Layout:"), this);
    layoutLabel->setBuddy(m_layout);
    auto *layoutRow = new QHBoxLayout;
    layoutRow->addWidget(layoutLabel);
    layoutRow->addWidget(m_layout, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    layout->addLayout(layoutRow);
    layout->addWidget(buttons);
    m_print->setDefault(true);
}

access::BadgeSheet BadgePrintDialog::sheet() const
{
    return access::BadgeSheet(m_layout->currentData().toInt());
}

void BadgePrintDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the layout places cards from the paper's edge, not the margins
    printer.setPageLayout(access::badgePageLayout(sheet()));
    printer.setDocName(tr("Badges"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        access::paintBadges(printer, m_cards, sheet());
    } catch (const std::exception &error) {
        setTextRole(m_message, QStringLiteral("error"));
        m_message->setText(tr("The printer refused the badges: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    m_delivered = true;
    m_message->setText(tr("Sent to the printer %1.").arg(printer.printerName()));
}

bool BadgePrintDialog::saveAs(const QString &path)
{
    try {
        access::writeBadgesPdf(path, m_cards, sheet());
    } catch (const std::exception &error) {
        setTextRole(m_message, QStringLiteral("error"));
        m_message->setText(QString::fromStdString(error.what()));
        return false;
    }
    m_delivered = true;
    setTextRole(m_message, QStringLiteral("ok"));
    m_message->setText(tr("Saved in %1.").arg(path));
    Q_EMIT saved(path);
    return true;
}

void BadgePrintDialog::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the badges as PDF"), folder + QStringLiteral("/badges.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

void BadgePrintDialog::done(int result)
{
    if (!m_delivered && !m_cards.empty()
        && QMessageBox::question(this, windowTitle(),
                                 tr("The badge has been neither printed nor saved. Close anyway? It stays valid, but printing it later "
                                    "means issuing a new one."))
               != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace portique::ui
