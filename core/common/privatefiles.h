// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace portique::common {

/// @brief From now on every file and folder this process creates is its owner's only (umask 077).
/// Badges, visitor passes (which may carry a photo), roll calls, reports, subject exports and the
/// AIPD name minors: on a shared reception PC another account must not read them, and a file made
/// private only after it is written is readable in between. Called first thing by every program.
void keepNewFilesPrivate();

/// @brief The one way the station writes a file that may hold personal data (a badge, a pass, a
/// roll call, a report, the AIPD, a subject export, the consent register): @p bytes go to a new
/// temporary file beside @p path created with mode 0600 (whatever the umask, so a library user or
/// test that never called keepNewFilesPrivate() gets the same), are flushed to disk, then the file
/// is renamed over @p path. A full disk leaves no half file, and a file that was there before
/// (perhaps 0644) is replaced, not rewritten in place. Returns an empty string on success, else the
/// system's reason, for the caller's translated sentence. Any thread.
QString writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace portique::common
