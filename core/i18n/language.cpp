// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace portique::i18n {

QString languageFromEnvironment()
{
    return qEnvironmentVariable("PORTIQUE_LANG") == u"en" ? QStringLiteral("en") : QStringLiteral("fr");
}

bool installTranslation(const QString &language)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *old : {ours.get(), qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::French,
                         language == u"en" ? QLocale::UnitedKingdom : QLocale::France);
    QLocale::setDefault(locale);

    ours = std::make_unique<QTranslator>();
    const bool loaded = ours->load(QStringLiteral(":/i18n/portique_") + language);
    if (loaded)
        QCoreApplication::installTranslator(ours.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return loaded;
}

} // namespace portique::i18n
