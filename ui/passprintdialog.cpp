// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "passprintdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>
#include <stdexcept>

namespace portique::ui {
namespace {

// The preview is drawn this tall whatever the sheet: about the real size of an A6 on a desk screen,
// and the label fits the dialog on a 768-pixel-high screen.
constexpr double previewHeightPx = 500;
constexpr double mmPerInch = 25.4;

double sheetHeightMm(visitors::PassSheet sheet)
{
    return sheet == visitors::PassSheet::A6 ? 148.0 : 100.0;
}

/// Runs @p work on a pool thread and calls @p done with an error message (empty on success) on
/// @p context's thread; printing and PDF writing never block the GUI (STYLE.md 8).
void runOffThread(QObject *context, std::function<void()> work, std::function<void(const QString &)> done)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work]() -> QString {
        try {
            work();
        } catch (const std::exception &error) {
            return QString::fromStdString(error.what());
        }
        return {};
    }));
}

} // namespace

PassPrintDialog::PassPrintDialog(visitors::PassCard card, QWidget *parent)
    : QDialog(parent)
    , m_card(std::move(card))
    , m_preview(new QLabel(this))
    , m_message(makeLabel(QString(), QStringLiteral("note"), this))
    , m_sheet(new QComboBox(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    setObjectName(QStringLiteral("passPrintDialog"));
    setWindowTitle(tr("Visitor pass — %1").arg(m_card.visitorName));
    m_preview->setObjectName(QStringLiteral("passPreview"));
    m_sheet->setObjectName(QStringLiteral("passSheet"));
    m_print->setObjectName(QStringLiteral("printPass"));
    m_save->setObjectName(QStringLiteral("savePass"));
    m_sheet->addItem(tr("62 mm label (label printer)"), int(visitors::PassSheet::Label62));
    m_sheet->addItem(tr("A6 sheet (any printer)"), int(visitors::PassSheet::A6));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMinimumSize(int(previewHeightPx * 105 / 148) + 8, int(previewHeightPx) + 8);
    m_message->setObjectName(QStringLiteral("passMessage"));
    m_message->setText(tr("Print the pass now and hand it to the visitor: the station keeps no copy of it (nor of the photo), so "
                          "a pass that is not printed must be re-issued."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PassPrintDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PassPrintDialog::savePdf);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &PassPrintDialog::updatePreview);

    auto *sheetLabel = new QLabel(tr("Pa&per:"), this);
    sheetLabel->setBuddy(m_sheet);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(sheetLabel);
    sheetRow->addWidget(m_sheet, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sheetRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_print->setDefault(true);
    m_print->setFocus();
    updatePreview();
}

visitors::PassSheet PassPrintDialog::sheet() const
{
    return visitors::PassSheet(m_sheet->currentData().toInt());
}

void PassPrintDialog::setSheet(visitors::PassSheet sheet)
{
    m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(int(sheet))));
}

void PassPrintDialog::updatePreview()
{
    const int dpi = int(previewHeightPx * mmPerInch / sheetHeightMm(sheet()));
    try {
        m_preview->setPixmap(QPixmap::fromImage(visitors::renderPassImage(m_card, sheet(), dpi)));
    } catch (const std::exception &error) {
        m_preview->setText(tr("No preview: %1").arg(QString::fromStdString(error.what())));
    }
}

void PassPrintDialog::showError(const QString &text)
{
    setTextRole(m_message, QStringLiteral("error"));
    m_message->setText(text);
}

void PassPrintDialog::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the pass is laid out from the paper's edge, not the margins
    printer->setPageLayout(visitors::passPageLayout(sheet()));
    printer->setDocName(tr("Visitor pass"));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    setTextRole(m_message, QStringLiteral("note"));
    m_message->setText(tr("Printing…"));
    runOffThread(
        this, [printer, card = m_card, sheet = sheet()] { visitors::paintPass(*printer, card, sheet); },
        [this, name = printer->printerName()](const QString &error) {
            m_print->setEnabled(true);
            m_save->setEnabled(true);
            if (!error.isEmpty()) {
                showError(tr("The printer refused the pass: %1").arg(error));
                return;
            }
            m_delivered = true;
            setTextRole(m_message, QStringLiteral("ok"));
            m_message->setText(tr("Sent to the printer %1.").arg(name));
        });
}

bool PassPrintDialog::saveAs(const QString &path)
{
    if (!m_save->isEnabled())
        return false; // a print or a save is under way
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    setTextRole(m_message, QStringLiteral("note"));
    m_message->setText(tr("Saving…"));
    runOffThread(
        this, [path, card = m_card, sheet = sheet()] { visitors::writePassPdf(path, card, sheet); },
        [this, path](const QString &error) {
            m_print->setEnabled(true);
            m_save->setEnabled(true);
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            m_delivered = true;
            setTextRole(m_message, QStringLiteral("ok"));
            m_message->setText(tr("Saved in %1.").arg(path));
            Q_EMIT saved(path);
        });
    return true;
}

void PassPrintDialog::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the pass as PDF"),
                                                      folder + u'/' + m_card.visitorId + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

void PassPrintDialog::done(int result)
{
    if (!m_delivered
        && QMessageBox::question(this, windowTitle(),
                                 tr("The pass has been neither printed nor saved. Close anyway? It stays valid, but printing it "
                                    "later means re-issuing it (the photo is not kept)."))
               != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace portique::ui
