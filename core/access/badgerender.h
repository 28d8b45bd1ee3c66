// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDate>
#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace portique::access {

/// @brief What one printed badge shows. No face photo unless the station is configured to print
/// one (then @p photo is the enrolment's capture, used for this print only and never stored).
struct BadgeCard {
    QString schoolName;
    QString familyName;
    QString firstName;
    QString className;   ///< empty for staff
    QString kindLabel;   ///< "Élève", "Personnel"...
    QDate validFrom;
    QDate validUntil;
    QString payload;     ///< the signed credential text the QR carries
    QImage photo;        ///< null: no photo printed
};

/// @brief How badges are laid out on paper.
enum class BadgeSheet {
    Card,     ///< one CR80 card (85.6 x 54 mm) a page, for card printers
    A4Sheet,  ///< A4 portrait, 2 x 5 cards with cut marks, for ordinary printers
};

/// @brief The page layout of @p sheet (size, orientation, zero margins). QPageSize keeps whole
/// points, so a Card page comes out of QPdfWriter as 243 x 153 pt (85.7 x 54.0 mm).
QPageLayout badgePageLayout(BadgeSheet sheet);

/// @brief Paints @p cards on @p device (a QPdfWriter, or a QPrinter from the GUI), one card a page
/// or ten a sheet; the QR is drawn as vector squares, 25 mm wide at least (docs/badges.md).
/// The device's page layout is set from badgePageLayout(); positions are measured from the
/// paper's corner, so give a QPrinter setFullPage(true). Returns the number of pages (0, and
/// nothing painted, for no cards). Every payload is encoded before the first page: one too long
/// for a QR code throws std::invalid_argument with nothing printed. Throws std::runtime_error
/// (translated) when the device refuses the page size or cannot be painted on. Meant for a worker
/// thread (STYLE.md: PDF rendering never runs on the GUI thread); QPdfWriter and QPrinter may be
/// painted on outside it.
int paintBadges(QPagedPaintDevice &device, const std::vector<BadgeCard> &cards, BadgeSheet sheet);

/// @brief Writes @p cards to a PDF file (600 dpi device units, vector text and codes), replacing
/// @p path only once the whole file is written. Throws std::runtime_error (translated, naming
/// the path) when the file cannot be written (folder missing, no permission, disk full), and
/// std::invalid_argument when @p cards is empty or a payload does not fit a QR code. Any thread.
void writeBadgesPdf(const QString &path, const std::vector<BadgeCard> &cards, BadgeSheet sheet);

/// @brief One card as an image at @p dpi (for a PNG file or the screen's preview): 85.6 x 54 mm
/// at that resolution (1011 x 638 pixels at 300 dpi), white background, the image's own
/// resolution set. @p dpi is capped at 1200; a null image for @p dpi <= 0. Throws
/// std::invalid_argument when the payload does not fit a QR code. Any thread.
QImage renderBadgeImage(const BadgeCard &card, int dpi = 300);

} // namespace portique::access
