// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::i18n {

/// @brief "fr" unless PORTIQUE_LANG says "en": French is the station's first language whatever the
/// system locale is.
QString languageFromEnvironment();

/// @brief Installs Portique's translation for @p language ("fr" or "en") and Qt's own (dialog
/// buttons), replacing any installed before. Call from the main thread. Returns false when the
/// embedded catalogue is missing (a build without translations): the English source text then shows.
bool installTranslation(const QString &language);

} // namespace portique::i18n
