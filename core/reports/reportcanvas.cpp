// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "reportcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace portique::reports {
namespace {

constexpr double bodyPt = 9.0;
constexpr double tablePt = 8.0;
constexpr double cellPaddingMm = 1.2;
constexpr double footerMm = 10.0;

double bottomMm()
{
    return ReportCanvas::pageHeightMm - ReportCanvas::marginMm - footerMm;
}

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice &device, QString footer)
    : m_device(&device)
    , m_footer(std::move(footer))
{
    if (!device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF())))
        throw std::runtime_error(QCoreApplication::translate("portique::reports", "The printer refused the A4 page.").toStdString());
    if (!m_painter.begin(&device))
        throw std::runtime_error(QCoreApplication::translate("portique::reports", "Cannot draw on the printer or the file.").toStdString());
    m_mm = access::PrintGeometry::of(device);
    m_pages = 1;
}

ReportCanvas::ReportCanvas(int dpi, QString footer)
    : m_dpi(std::clamp(dpi, 30, 300))
    , m_footer(std::move(footer))
{
    begin();
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

void ReportCanvas::begin()
{
    m_images << access::blankPrintImage(pageWidthMm, pageHeightMm, m_dpi);
    m_painter.begin(&m_images.last());
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_mm = access::PrintGeometry::of(m_images.last());
    ++m_pages;
}

void ReportCanvas::newPage()
{
    if (m_device) {
        m_device->newPage();
        ++m_pages;
    } else {
        m_painter.end();
        begin();
    }
    m_y = marginMm;
}

void ReportCanvas::ensureSpace(double heightMm)
{
    if (m_y + heightMm > bottomMm() && m_y > marginMm + 0.1)
        newPage();
}

double ReportCanvas::textHeightMm(const QString &text, const QFont &font, double widthMm)
{
    const QFontMetricsF metrics(font, m_painter.device());
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, m_mm(widthMm), 1e9), Qt::TextWordWrap, text);
    return bounds.height() / m_mm.unitsPerMm;
}

void ReportCanvas::title(const QString &text, const QString &subtitle)
{
    const QFont big = access::printFont(17, QFont::Bold);
    const QFont small = access::printFont(bodyPt);
    const double height = textHeightMm(text, big, textWidthMm) + textHeightMm(subtitle, small, textWidthMm) + 6;
    ensureSpace(height);
    m_painter.fillRect(m_mm.rect(marginMm, m_y, 3, height - 4), access::printBandColour());
    m_painter.setPen(access::printTextColour());
    m_painter.setFont(big);
    const double titleHeight = textHeightMm(text, big, textWidthMm - 6);
    m_painter.drawText(m_mm.rect(marginMm + 6, m_y, textWidthMm - 6, titleHeight), Qt::TextWordWrap, text);
    m_painter.setFont(small);
    m_painter.setPen(access::printSecondaryColour());
    m_painter.drawText(m_mm.rect(marginMm + 6, m_y + titleHeight + 1, textWidthMm - 6, height), Qt::TextWordWrap, subtitle);
    m_y += height + 2;
}

void ReportCanvas::section(const QString &text)
{
    const QFont font = access::printFont(11.5, QFont::Bold);
    // A heading never ends a page alone: keep room for a few lines under it.
    ensureSpace(textHeightMm(text, font, textWidthMm) + 22);
    m_y += 3;
    m_painter.setFont(font);
    m_painter.setPen(access::printBandColour());
    const double height = textHeightMm(text, font, textWidthMm);
    m_painter.drawText(m_mm.rect(marginMm, m_y, textWidthMm, height), Qt::TextWordWrap, text);
    m_y += height + 0.6;
    m_painter.setPen(QPen(access::printBandColour(), m_mm(0.3)));
    m_painter.drawLine(QPointF(m_mm(marginMm), m_mm(m_y)), QPointF(m_mm(marginMm + textWidthMm), m_mm(m_y)));
    m_y += 2;
}

void ReportCanvas::paragraph(const QString &text, bool secondary)
{
    const QFont font = access::printFont(bodyPt);
    const double height = textHeightMm(text, font, textWidthMm);
    ensureSpace(height);
    m_painter.setFont(font);
    m_painter.setPen(secondary ? access::printSecondaryColour() : access::printTextColour());
    m_painter.drawText(m_mm.rect(marginMm, m_y, textWidthMm, height + 1), Qt::TextWordWrap, text);
    m_y += height + 1.5;
}

void ReportCanvas::keyFigures(const QList<std::pair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    constexpr int perRow = 4;
    constexpr double gapMm = 3;
    constexpr double boxHeightMm = 17;
    const double boxWidth = (textWidthMm - gapMm * (perRow - 1)) / perRow;
    for (qsizetype start = 0; start < figures.size(); start += perRow) {
        ensureSpace(boxHeightMm + gapMm);
        for (qsizetype i = start; i < std::min(figures.size(), start + perRow); ++i) {
            const QRectF box = m_mm.rect(marginMm + double(i - start) * (boxWidth + gapMm), m_y, boxWidth, boxHeightMm);
            m_painter.setPen(QPen(access::printSecondaryColour(), m_mm(0.25)));
            m_painter.setBrush(QColor(0xF2, 0xF4, 0xF7));
            m_painter.drawRect(box);
            m_painter.setPen(access::printTextColour());
            const access::FittedText value = access::fitText(figures[i].second, access::printFont(15, QFont::Bold), box.width() - m_mm(3),
                                                             {15, 10, 10, 1}, m_painter.device());
            access::drawFitted(m_painter, value, box.topLeft() + QPointF(m_mm(1.5), m_mm(2)));
            m_painter.setPen(access::printSecondaryColour());
            const access::FittedText label =
                access::fitText(figures[i].first, access::printFont(7.5), box.width() - m_mm(3), {7.5, 6.5, 6, 2}, m_painter.device());
            access::drawFitted(m_painter, label, QPointF(box.left() + m_mm(1.5), box.bottom() - m_mm(1.2) - label.height()));
        }
        m_painter.setBrush(Qt::NoBrush);
        m_y += boxHeightMm + gapMm;
    }
}

void ReportCanvas::table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths)
{
    const QFont headerFont = access::printFont(tablePt, QFont::Bold);
    const QFont cellFont = access::printFont(tablePt);
    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double height = 0;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            height = std::max(height, textHeightMm(cells[c], font, widths[c] * textWidthMm - 2 * cellPaddingMm));
        return height + 2 * cellPaddingMm;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &font, double height, bool header, bool shaded) {
        double x = marginMm;
        if (header || shaded)
            m_painter.fillRect(m_mm.rect(marginMm, m_y, textWidthMm, height), header ? QColor(0xDD, 0xE2, 0xEA) : QColor(0xF6, 0xF7, 0xF9));
        m_painter.setFont(font);
        m_painter.setPen(access::printTextColour());
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const double width = widths[c] * textWidthMm;
            m_painter.drawText(m_mm.rect(x + cellPaddingMm, m_y + cellPaddingMm, width - 2 * cellPaddingMm, height), Qt::TextWordWrap,
                               cells.value(c));
            x += width;
        }
        m_painter.setPen(QPen(QColor(0xB8, 0xBE, 0xC8), m_mm(0.15)));
        m_painter.drawLine(QPointF(m_mm(marginMm), m_mm(m_y + height)), QPointF(m_mm(marginMm + textWidthMm), m_mm(m_y + height)));
        m_y += height;
    };
    const double headerHeight = rowHeight(headers, headerFont);
    ensureSpace(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), cellFont)));
    drawRow(headers, headerFont, headerHeight, true, false);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double height = rowHeight(rows[r], cellFont);
        if (m_y + height > bottomMm()) {
            newPage();
            drawRow(headers, headerFont, headerHeight, true, false);
        }
        drawRow(rows[r], cellFont, height, false, r % 2 == 1);
    }
    m_y += 3;
}

void ReportCanvas::drawing(double heightMm, const std::function<void(QPainter &, const QRectF &, const access::PrintGeometry &)> &paint)
{
    ensureSpace(heightMm);
    m_painter.save();
    paint(m_painter, m_mm.rect(marginMm, m_y, textWidthMm, heightMm), m_mm);
    m_painter.restore();
    m_y += heightMm + 3;
}

void ReportCanvas::pageBreak()
{
    if (m_y > marginMm + 0.1)
        newPage();
}

void ReportCanvas::drawFooter(int page, int pages)
{
    m_painter.setFont(access::printFont(7));
    m_painter.setPen(access::printSecondaryColour());
    const QRectF line = m_mm.rect(marginMm, pageHeightMm - marginMm - 4, textWidthMm, 5);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("portique::reports", "page %1 / %2").arg(page).arg(pages));
}

void ReportCanvas::finish()
{
    if (m_device) {
        // A PDF page cannot be gone back to: its footer says its number only when it is the last.
        drawFooter(m_pages, m_pages);
        m_painter.end();
        return;
    }
    m_painter.end();
    const int pages = int(m_images.size());
    for (int i = 0; i < pages; ++i) {
        m_painter.begin(&m_images[i]);
        m_mm = access::PrintGeometry::of(m_images[i]);
        drawFooter(i + 1, pages);
        m_painter.end();
    }
}

void writeCanvasPdf(const QString &path, const QString &title, const QString &failureMessage,
                    const std::function<void(ReportCanvas &canvas)> &paint)
{
    access::writePdfFile(path, title, failureMessage, [&](QPdfWriter &writer) {
        ReportCanvas canvas(writer, title);
        paint(canvas);
        canvas.finish();
    });
}

QList<QImage> renderCanvasPages(int dpi, const QString &title, const std::function<void(ReportCanvas &canvas)> &paint)
{
    ReportCanvas canvas(dpi, title);
    paint(canvas);
    canvas.finish();
    return canvas.images();
}

QList<QBrush> chartBrushes()
{
    QBrush hatched(QColor(0x40, 0x40, 0x40), Qt::BDiagPattern);
    QBrush dotted(QColor(0x60, 0x60, 0x60), Qt::Dense6Pattern);
    return {QBrush(QColor(0x1F, 0x3A, 0x5F)), hatched, dotted};
}

void paintBarChart(QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm, const QStringList &categories,
                   const std::vector<ChartSeries> &series, int labelEvery)
{
    const QFont font = access::printFont(6.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double legendHeight = series.size() > 1 ? mm(5) : 0;
    int maximum = 1;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        int stacked = 0;
        for (const ChartSeries &one : series)
            stacked += one.values.size() > std::size_t(c) ? one.values[std::size_t(c)] : 0;
        maximum = std::max(maximum, stacked);
    }
    // A round scale: 1, 2 or 5 times a power of ten per gridline, four or five lines.
    const double raw = maximum / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    const double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
    const double top = std::ceil(maximum / step) * step;
    const double axisWidth = metrics.horizontalAdvance(QString::number(int(top))) + mm(2);
    const QRectF plot(rect.left() + axisWidth, rect.top() + legendHeight, rect.width() - axisWidth,
                      rect.height() - legendHeight - metrics.height() - mm(1.5));

    painter.setPen(QPen(QColor(0xC8, 0xCC, 0xD2), mm(0.15)));
    for (double value = 0; value <= top + 0.5; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(access::printSecondaryColour());
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axisWidth - mm(1), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(int(value)));
        painter.setPen(QPen(QColor(0xC8, 0xCC, 0xD2), mm(0.15)));
    }
    const double slot = categories.isEmpty() ? plot.width() : plot.width() / double(categories.size());
    const double barWidth = slot * 0.72;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        double base = plot.bottom();
        const double x = plot.left() + slot * double(c) + (slot - barWidth) / 2;
        for (const ChartSeries &one : series) {
            const int value = one.values.size() > std::size_t(c) ? one.values[std::size_t(c)] : 0;
            if (value == 0)
                continue;
            const double height = plot.height() * value / top;
            const QRectF bar(x, base - height, barWidth, height);
            painter.fillRect(bar, Qt::white);
            painter.setPen(QPen(Qt::black, mm(0.15)));
            painter.setBrush(one.brush);
            painter.drawRect(bar);
            base -= height;
        }
        if (labelEvery > 0 && c % labelEvery == 0) {
            painter.setPen(access::printSecondaryColour());
            painter.drawText(QRectF(plot.left() + slot * double(c) - slot * labelEvery / 2.0 + slot / 2, plot.bottom() + mm(0.8),
                                    slot * labelEvery, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, categories[c]);
        }
    }
    painter.setPen(QPen(Qt::black, mm(0.25)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (series.size() > 1) {
        double x = plot.left();
        for (const ChartSeries &one : series) {
            const QRectF swatch(x, rect.top() + mm(0.5), mm(4), mm(3));
            painter.fillRect(swatch, Qt::white);
            painter.setBrush(one.brush);
            painter.setPen(QPen(Qt::black, mm(0.15)));
            painter.drawRect(swatch);
            painter.setPen(access::printTextColour());
            const double width = metrics.horizontalAdvance(one.name);
            painter.drawText(QRectF(swatch.right() + mm(1), rect.top(), width + mm(1), mm(4)), Qt::AlignLeft | Qt::AlignVCenter, one.name);
            x = swatch.right() + mm(1) + width + mm(5);
        }
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace portique::reports
