// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "reportspage.h"

#include "common/clock.h"
#include "outputrecord.h"
#include "pagestack.h"
#include "reports/reportrender.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "worker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

/// Draws or writes @p report, whichever kind it is; returns an error message or nothing.
QString writeReport(const std::variant<reports::DailyReport, reports::ExperimentReport> &report, const QString &path)
{
    try {
        if (const auto *daily = std::get_if<reports::DailyReport>(&report))
            reports::writeDailyReportPdf(path, *daily);
        else
            reports::writeExperimentReportPdf(path, std::get<reports::ExperimentReport>(report));
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

ReportsPage::ReportsPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_kind(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_today(new QPushButton(tr("&Today so far"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_message(new QLabel(this))
    , m_pages(new PageStack(this))
{
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Daily report"), int(Kind::Daily));
    m_kind->addItem(tr("Experiment evaluation"), int(Kind::Experiment));
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    const QDate today = m_context.clock->now().toLocalTime().date();
    m_day->setMaximumDate(today);
    m_day->setDate(today.addDays(-1));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_print->setEnabled(false);
    m_save->setEnabled(false);

    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(m_today);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);

    m_pages->setObjectName(QStringLiteral("reportPages"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_day->setEnabled(Kind(m_kind->currentData().toInt()) == Kind::Daily);
        m_today->setEnabled(m_day->isEnabled());
        reload();
    });
    connect(m_day, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    connect(m_today, &QPushButton::clicked, this, [this] { m_day->setDate(m_context.clock->now().toLocalTime().date()); });
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::savePdf);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ReportsPage::print);
    reload();
}

void ReportsPage::show(Kind kind, const QDate &day)
{
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker dayBlocker(m_day);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_day->setEnabled(kind == Kind::Daily);
    m_day->setDate(day);
    reload();
}

int ReportsPage::pageCount() const
{
    return m_pages->pageCount();
}

QString ReportsPage::message() const
{
    return m_message->text();
}

void ReportsPage::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

void ReportsPage::reload()
{
    const int generation = ++m_generation;
    const Kind kind = Kind(m_kind->currentData().toInt());
    const QDate day = m_day->date();
    const common::Clock *clock = m_context.clock;
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    showMessage(tr("Building the report…"), QStringLiteral("note"));
    // The figures are read on the database thread, the pages drawn on a worker: the screen never waits.
    submitJob<std::optional<Report>>(
        *m_context.writer, this,
        [clock, kind, day](storage::Database &db) -> std::optional<Report> {
            station::StationServices services(db, *clock);
            if (kind == Kind::Daily)
                return Report(reports::buildDailyReport(services, day));
            const std::optional<privacy::ExperimentDefinition> definition = privacy::loadExperiment(services.settings);
            if (!definition)
                return std::nullopt;
            return Report(reports::buildExperimentReport(services, *definition));
        },
        [this, generation](const std::optional<Report> &report) {
            if (generation != m_generation)
                return;
            if (!report) {
                m_report.reset();
                display(Report(reports::DailyReport{}), {});
                showMessage(tr("No experiment is declared. The data-protection officer declares it (name, dates, lanes, population, "
                               "success criteria) with portiquectl experiment set; its evaluation then appears here."),
                            QStringLiteral("note"));
                Q_EMIT shown();
                return;
            }
            onWorker<QList<QImage>>(
                this,
                [report = *report] {
                    if (const auto *daily = std::get_if<reports::DailyReport>(&report))
                        return reports::renderDailyReportPages(*daily, PageStack::screenDpi);
                    return reports::renderExperimentReportPages(std::get<reports::ExperimentReport>(report), PageStack::screenDpi);
                },
                [this, generation, report = *report](const QList<QImage> &pages) {
                    if (generation == m_generation)
                        display(report, pages);
                });
        },
        [this](const QString &message) { showMessage(message, QStringLiteral("error")); });
}

void ReportsPage::display(const Report &report, const QList<QImage> &pages)
{
    m_pages->setPages(pages);
    if (pages.isEmpty())
        return;
    m_report = report;
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    const auto *daily = std::get_if<reports::DailyReport>(&report);
    showMessage(daily && daily->partial ? tr("The day is not over: the figures are those of now.") : QString(), QStringLiteral("note"));
    Q_EMIT shown();
}

void ReportsPage::saveAs(const QString &path)
{
    if (!m_report)
        return;
    showMessage(tr("Writing %1…").arg(path), QStringLiteral("note"));
    onWorker<QString>(
        this, [report = *m_report, path] { return writeReport(report, path); },
        [this, path, report = *m_report](const QString &error) {
            if (!error.isEmpty()) {
                showMessage(error, QStringLiteral("error"));
                return;
            }
            const auto *daily = std::get_if<reports::DailyReport>(&report);
            recordOutput(this, m_context,
                         {path, daily ? privacy::OutputKind::DailyReport : privacy::OutputKind::ExperimentReport,
                          daily ? reports::dailyReportSubjects(*daily) : QStringList()});
            showMessage(tr("Saved in %1.").arg(path), QStringLiteral("ok"));
            Q_EMIT saved(path);
        });
}

void ReportsPage::savePdf()
{
    if (!m_report)
        return;
    const QString name = std::holds_alternative<reports::DailyReport>(*m_report)
                             ? QStringLiteral("rapport-%1.pdf").arg(std::get<reports::DailyReport>(*m_report).day.toString(Qt::ISODate))
                             : QStringLiteral("evaluation-experimentation.pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), folder + u'/' + name, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

void ReportsPage::print()
{
    if (!m_report)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setDocName(tr("Portique report"));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Printing…"), QStringLiteral("note"));
    onWorker<QString>(
        this,
        [printer, report = *m_report]() -> QString {
            try {
                if (const auto *daily = std::get_if<reports::DailyReport>(&report))
                    reports::paintDailyReport(*printer, *daily);
                else
                    reports::paintExperimentReport(*printer, std::get<reports::ExperimentReport>(report));
            } catch (const std::exception &error) {
                return QString::fromStdString(error.what());
            }
            return {};
        },
        [this, name = printer->printerName()](const QString &error) {
            if (error.isEmpty())
                showMessage(tr("Sent to the printer %1.").arg(name), QStringLiteral("ok"));
            else
                showMessage(tr("The printer refused the report: %1").arg(error), QStringLiteral("error"));
        });
}

} // namespace portique::ui
