// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "rollcall.h"

#include "access/printlayout.h"
#include "visitorservice.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace portique::visitors {
namespace {

using access::FittedText;
using access::PrintGeometry;

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::visitors", text);
}

// Every length below is in millimetres, on A4 portrait (210 x 297).
constexpr double pageWidth = 210.0;
constexpr double pageHeight = 297.0;
// 12 mm: inside what every office printer prints, and the table keeps 186 mm.
constexpr double margin = 12.0;
constexpr double tableWidth = pageWidth - 2 * margin;
// The title block repeated on every sheet (a sheet handed to another teacher stands alone).
constexpr double titleTop = margin;
constexpr double tableTop = 40.0;
constexpr double headerRowHeight = 8.0;
// Two lines of text (name, organisation) and a box big enough to tick with a pen held standing.
constexpr double rowHeight = 11.0;
constexpr double tickBoxSide = 6.0;
constexpr double footerHeight = 8.0;
constexpr double cellPadding = 1.5;
// What a page holds between the table's header row and the footer: 20 rows.
constexpr int rowsPerPage = int((pageHeight - margin - footerHeight - tableTop - headerRowHeight) / rowHeight);
static_assert(rowsPerPage == 20);

enum Column { Tick, Name, Host, Arrived, Departure, Escort, LastSeen, ColumnCount };
// Widths of the columns; they add up to the table's width.
constexpr std::array<double, ColumnCount> columnWidths{12, 50, 34, 17, 19, 14, 40};
static_assert(columnWidths[0] + columnWidths[1] + columnWidths[2] + columnWidths[3] + columnWidths[4] + columnWidths[5]
                  + columnWidths[6]
              == tableWidth);

const QColor headerFill(0xe4, 0xe8, 0xee);
const QColor stripeFill(0xf4, 0xf5, 0xf7); // every other row, so a finger on a row keeps to it
const QColor ruleColour(0xa0, 0xa0, 0xa0);

double columnLeft(int column)
{
    double x = margin;
    for (int c = 0; c < column; ++c)
        x += columnWidths[std::size_t(c)];
    return x;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

/// The title block: what this is, for which school, when it was printed, how many on site.
void paintTitle(QPainter &painter, const PrintGeometry &mm, const RollCall &rollCall)
{
    QPaintDevice *device = painter.device();
    double y = mm(titleTop);
    painter.setPen(access::printTextColour());
    const FittedText title = access::fitText(tr("Roll call: visitors on site"), access::printFont(16, QFont::Bold), mm(tableWidth),
                                             {16, 12, 12, 1}, device);
    access::drawFitted(painter, title, QPointF(mm(margin), y));
    y += title.height() + mm(1);
    const FittedText school = access::fitText(rollCall.schoolName, access::printFont(11), mm(tableWidth), {11, 8, 8, 1}, device);
    access::drawFitted(painter, school, QPointF(mm(margin), y));
    y += school.height() + mm(0.5);
    const QLocale locale;
    const QDateTime local = rollCall.at.toLocalTime();
    const QString when = QStringLiteral("%1 · %2").arg(locale.toString(local.date(), QLocale::LongFormat), timeText(rollCall.at));
    const QString count = QCoreApplication::translate("portique::visitors", "%n visitor(s) on site", nullptr, int(rollCall.entries.size()));
    const FittedText line =
        access::fitText(QStringLiteral("%1   —   %2").arg(when, count), access::printFont(11, QFont::Bold), mm(tableWidth),
                        {11, 8, 8, 1}, device);
    access::drawFitted(painter, line, QPointF(mm(margin), y));
}

/// Draws @p text in the cell of @p column whose row starts at @p rowTop, vertically centred.
void paintCell(QPainter &painter, const PrintGeometry &mm, int column, double rowTop, double height, const QStringList &texts,
               const std::vector<access::TextSizes> &sizes, const std::vector<QFont::Weight> &weights, const std::vector<QColor> &colours)
{
    QPaintDevice *device = painter.device();
    const double width = mm(columnWidths[std::size_t(column)] - 2 * cellPadding);
    std::vector<FittedText> fitted;
    double total = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).isEmpty())
            continue;
        const std::size_t k = std::size_t(i);
        fitted.push_back(access::fitText(texts.at(i), access::printFont(sizes[k].max, weights[k]), width, sizes[k], device));
        total += fitted.back().height();
    }
    double y = mm(rowTop) + (mm(height) - total) / 2;
    std::size_t shown = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).isEmpty())
            continue;
        painter.setPen(colours[std::size_t(i)]);
        access::drawFitted(painter, fitted[shown], QPointF(mm(columnLeft(column) + cellPadding), y));
        y += fitted[shown].height();
        ++shown;
    }
}

void paintHeaderRow(QPainter &painter, const PrintGeometry &mm)
{
    painter.fillRect(mm.rect(margin, tableTop, tableWidth, headerRowHeight), headerFill);
    const std::array<QString, ColumnCount> titles{tr("Here"), tr("Visitor"), tr("Visiting"), tr("Arrived"), tr("Leaves"), tr("Escort"),
                                                  tr("Last seen")};
    for (int c = 0; c < ColumnCount; ++c)
        paintCell(painter, mm, c, tableTop, headerRowHeight, {titles[std::size_t(c)]}, {{8, 6.5, 6.5, 1}}, {QFont::Bold},
                  {access::printTextColour()});
}

void paintRow(QPainter &painter, const PrintGeometry &mm, const RollCall::Entry &entry, double top, bool stripe)
{
    const Visitor &v = entry.visitor;
    if (stripe)
        painter.fillRect(mm.rect(margin, top, tableWidth, rowHeight), stripeFill);
    // The box to tick at the assembly point.
    painter.save();
    painter.setPen(QPen(access::printTextColour(), mm(0.3)));
    painter.setBrush(Qt::white);
    painter.drawRect(mm.rect(margin + (columnWidths[Tick] - tickBoxSide) / 2, top + (rowHeight - tickBoxSide) / 2, tickBoxSide,
                             tickBoxSide));
    painter.restore();

    const QColor text = access::printTextColour();
    const QColor secondary = access::printSecondaryColour();
    const access::TextSizes main{9, 7.5, 7, 1};
    const access::TextSizes sub{7.5, 6.5, 6.5, 1};
    paintCell(painter, mm, Name, top, rowHeight, {v.name, v.organisation}, {main, sub}, {QFont::Bold, QFont::Normal}, {text, secondary});
    paintCell(painter, mm, Host, top, rowHeight, {v.host}, {{8.5, 8, 6.5, 2}}, {QFont::Normal}, {text});
    paintCell(painter, mm, Arrived, top, rowHeight, {timeText(v.arrivedAt)}, {main}, {QFont::Normal}, {text});
    paintCell(painter, mm, Departure, top, rowHeight, {timeText(v.expectedDeparture)}, {main}, {QFont::Normal}, {text});
    paintCell(painter, mm, Escort, top, rowHeight, {v.escort ? tr("Yes") : QString()}, {main}, {QFont::Bold}, {text});
    QStringList seen;
    if (entry.lastSeen)
        seen = QStringList{entry.lastSeen->zone, tr("at %1 (%2)").arg(timeText(entry.lastSeen->at), entry.lastSeen->camera)};
    else
        seen = QStringList{v.tracking ? tr("Not seen yet") : tr("Not tracked"), QString()};
    paintCell(painter, mm, LastSeen, top, rowHeight, seen, {main, sub}, {entry.lastSeen ? QFont::Bold : QFont::Normal, QFont::Normal},
              {entry.lastSeen ? text : secondary, secondary});

    painter.save();
    painter.setPen(QPen(ruleColour, mm(0.15)));
    painter.drawLine(QPointF(mm(margin), mm(top + rowHeight)), QPointF(mm(margin + tableWidth), mm(top + rowHeight)));
    painter.restore();
}

void paintFooter(QPainter &painter, const PrintGeometry &mm, int page, int pages)
{
    painter.setPen(access::printSecondaryColour());
    const FittedText number =
        access::fitText(QStringLiteral("%1/%2").arg(page).arg(pages), access::printFont(9), mm(tableWidth), {9, 9, 9, 1}, painter.device());
    const double width = QFontMetricsF(number.font, painter.device()).horizontalAdvance(number.lines.constFirst());
    access::drawFitted(painter, number, QPointF((mm(pageWidth) - width) / 2, mm(pageHeight - margin) - number.height()));
}

} // namespace

int rollCallPageCount(int visitors)
{
    return std::max(1, (visitors + rowsPerPage - 1) / rowsPerPage);
}

RollCall buildRollCall(VisitorService &visitors, const QString &schoolName, const QDateTime &now)
{
    RollCall rollCall;
    rollCall.schoolName = schoolName;
    rollCall.at = now.toUTC();
    for (const Visitor &visitor : visitors.onSite())
        rollCall.entries.push_back({visitor, visitors.lastSeen(visitor.id)});
    // By name: at the assembly point the list is read out and ticked in order.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rollCall.entries.begin(), rollCall.entries.end(),
                     [&](const RollCall::Entry &a, const RollCall::Entry &b) { return collator.compare(a.visitor.name, b.visitor.name) < 0; });
    return rollCall;
}

int paintRollCall(QPagedPaintDevice &device, const RollCall &rollCall)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    if (!device.setPageLayout(layout))
        throw std::runtime_error(tr("The printer does not accept A4 paper.").toStdString());
    QPainter painter;
    if (!painter.begin(&device))
        throw std::runtime_error(tr("Cannot start printing the roll call.").toStdString());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const PrintGeometry mm = PrintGeometry::of(device);
    const int count = int(rollCall.entries.size());
    const int pages = rollCallPageCount(count);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintTitle(painter, mm, rollCall);
        paintHeaderRow(painter, mm);
        if (count == 0) {
            painter.setPen(access::printTextColour());
            access::drawFitted(painter,
                               access::fitText(tr("Nobody is on site."), access::printFont(12), mm(tableWidth), {12, 9, 9, 2}, &device),
                               QPointF(mm(margin + cellPadding), mm(tableTop + headerRowHeight + 4)));
        }
        const int first = page * rowsPerPage;
        for (int i = first; i < std::min(count, first + rowsPerPage); ++i)
            paintRow(painter, mm, rollCall.entries[std::size_t(i)], tableTop + headerRowHeight + (i - first) * rowHeight, (i - first) % 2 == 1);
        paintFooter(painter, mm, page + 1, pages);
    }
    painter.end();
    return pages;
}

void writeRollCallPdf(const QString &path, const RollCall &rollCall)
{
    access::writePdfFile(path, tr("Roll call"), tr("Cannot write the roll call file %1: %2"),
                         [&](QPdfWriter &writer) { paintRollCall(writer, rollCall); });
}

QStringList rollCallSubjects(const RollCall &rollCall)
{
    QStringList ids;
    for (const RollCall::Entry &entry : rollCall.entries)
        ids.append(entry.visitor.id);
    return ids;
}

} // namespace portique::visitors
