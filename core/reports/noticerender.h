// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The information notices (privacy/notice.h) on A4 paper: the full notice, the students' version
// and the parents' letter through the report canvas, the gate sign as one page of its own with a
// camera pictogram, its text shrunk until it fits. Drawing only: the words are the notice's.

#include "privacy/notice.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace portique::reports {

/// @brief @p notice as the bytes of a PDF file. Any thread but the GUI's.
QByteArray noticePdf(const privacy::Notice &notice);

/// @brief Writes @p notice as PDF at @p path, replacing it only once the whole file is on disk
/// (a failure leaves nothing behind), and returns the SHA-256 of the bytes written. Throws
/// std::runtime_error (translated, naming the path and the reason) when it cannot be written.
/// Any thread but the GUI's.
QByteArray writeNoticePdf(const QString &path, const privacy::Notice &notice);

/// @brief The same pages as images at @p dpi, for the screen.
QList<QImage> renderNoticePages(const privacy::Notice &notice, int dpi = 96);

} // namespace portique::reports
