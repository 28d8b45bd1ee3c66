// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/printlayout.h"

#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace portique::reports {

/// @brief Lays a report out on A4 portrait pages, top to bottom, starting a new page when a block
/// does not fit: on a PDF writer or printer, or as page images for the screen (the same drawing,
/// so what the principal reads on screen is what prints). Lengths are in millimetres.
class ReportCanvas final {
public:
    /// @brief Draws on @p device (its page layout is set to A4 portrait, no margins).
    explicit ReportCanvas(QPagedPaintDevice &device, QString footer);
    /// @brief Draws page images at @p dpi; take them with images() once finish() ran.
    ReportCanvas(int dpi, QString footer);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas &) = delete;
    ReportCanvas &operator=(const ReportCanvas &) = delete;

    void title(const QString &text, const QString &subtitle);
    void section(const QString &text);
    void paragraph(const QString &text, bool secondary = false);
    /// @brief A row of boxes: big value above its label.
    void keyFigures(const QList<std::pair<QString, QString>> &figures);
    /// @brief A table; @p widths are the columns' shares of the text width (sum 1). Rows that do
    /// not fit continue on the next page under the header again.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths);
    /// @brief A drawing of @p heightMm, painted by @p paint in its rectangle (device units).
    void drawing(double heightMm, const std::function<void(QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm)> &paint);
    /// @brief Starts a new page unless the current one is still empty (a document of several
    /// letters: each begins on its own page).
    void pageBreak();
    /// @brief Writes the page footers ("page N / M" and the footer text); no drawing after this.
    void finish();
    int pageCount() const { return m_pages; }
    QList<QImage> images() const { return m_images; }

    static constexpr double pageWidthMm = 210.0;
    static constexpr double pageHeightMm = 297.0;
    static constexpr double marginMm = 16.0;
    static constexpr double textWidthMm = pageWidthMm - 2 * marginMm;

private:
    void begin();
    void ensureSpace(double heightMm);
    void newPage();
    void drawFooter(int page, int pages);
    double textHeightMm(const QString &text, const QFont &font, double widthMm);

    QPagedPaintDevice *m_device = nullptr;
    int m_dpi = 0;
    QString m_footer;
    QList<QImage> m_images;
    QPainter m_painter;
    access::PrintGeometry m_mm;
    double m_y = marginMm;
    int m_pages = 0;
};

/// @brief A document drawn by @p paint on A4 pages, written as PDF at @p path (replaced only once
/// complete; std::runtime_error with @p failureMessage, "%1" the path and "%2" the reason).
void writeCanvasPdf(const QString &path, const QString &title, const QString &failureMessage,
                    const std::function<void(ReportCanvas &canvas)> &paint);
/// @brief The same document as page images at @p dpi, for the screen.
QList<QImage> renderCanvasPages(int dpi, const QString &title, const std::function<void(ReportCanvas &canvas)> &paint);

/// @brief One series of a bar chart: its name (legend), a fill readable in black and white print.
struct ChartSeries {
    QString name;
    QBrush brush;
    std::vector<int> values;
};

/// @brief The fills of up to three series: solid dark, hatched, light dotted.
QList<QBrush> chartBrushes();

/// @brief Bars per category, the series stacked, with a value axis, gridlines, category labels
/// (every @p labelEvery -th one) and a legend when there are several series.
void paintBarChart(QPainter &painter, const QRectF &rect, const access::PrintGeometry &mm, const QStringList &categories,
                   const std::vector<ChartSeries> &series, int labelEvery = 1);

} // namespace portique::reports
