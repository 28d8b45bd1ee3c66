// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitor.h"

#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace portique::visitors {

/// @brief What a printed visitor pass shows. The photo is the registration photo, printed only
/// when the setting visitors.print_photo is on, used for that print and never stored.
struct PassCard {
    QString schoolName;
    QString visitorId;
    QString visitorName;
    QString organisation;
    QString host;
    QDateTime validFrom; ///< UTC; printed in local time, French format
    QDateTime validUntil;
    QStringList zones;
    bool escort = false;   ///< "ESCORTED VISIT" printed large
    bool tracking = false; ///< the consent sentence (passTrackingSentence()) printed: indoor tracking on
    QString payload;       ///< the signed pass text the QR carries
    QImage photo;          ///< null: no photo printed
};

/// @brief The paper a pass is printed on.
enum class PassSheet {
    Label62, ///< a 62 x 100 mm label (the common label printers' 62 mm tape)
    A6,      ///< A6 portrait (105 x 148 mm) on any printer
};

/// @brief The sentence read to a visitor who agrees to indoor tracking, and printed on their pass
/// (translated): they can stop it at any time at the desk (VisitorService::withdrawTracking).
QString passTrackingSentence();

PassCard passCard(const Visitor &visitor, const QString &payload, const QString &schoolName, const QImage &photo);

/// @brief The page layout of @p sheet (size, portrait, zero margins).
QPageLayout passPageLayout(PassSheet sheet);
/// @brief Paints one pass on @p device (a QPdfWriter, or a QPrinter with setFullPage(true)); the
/// QR drawn as vector squares, at least 30 mm wide. Throws std::invalid_argument when the payload
/// fits no QR code, std::runtime_error (translated) when the device cannot be painted on. Any thread.
void paintPass(QPagedPaintDevice &device, const PassCard &card, PassSheet sheet);
/// @brief Writes the pass as PDF, replacing @p path only once complete; throws std::runtime_error
/// (translated, naming the path) when it cannot be written.
void writePassPdf(const QString &path, const PassCard &card, PassSheet sheet);
/// @brief The pass as an image at @p dpi (screen preview), white background.
QImage renderPassImage(const PassCard &card, PassSheet sheet, int dpi = 200);

} // namespace portique::visitors
