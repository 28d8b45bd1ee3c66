// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// French is the first language: every source string has a finished French translation, and the
// compiled catalogues are embedded and load.
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue {
    QStringList sources;
    QStringList unfinished;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name" && source.isNull())
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = context + u"::" + xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool unfinished = type == u"unfinished";
            const bool vanished = type == u"vanished" || type == u"obsolete";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!vanished) {
                catalogue.sources << source;
                if (unfinished || text.trimmed().isEmpty())
                    catalogue.unfinished << source;
            }
            source = QString();
        }
    }
    return catalogue;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void frenchIsComplete()
    {
        const Catalogue french = readCatalogue(QStringLiteral(PORTIQUE_SOURCE_DIR "/translations/portique_fr.ts"));
        QVERIFY(french.sources.size() > 50);
        QVERIFY2(french.unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + french.unfinished.join(u" | ")));
    }

    void bothCataloguesCoverTheSameStrings()
    {
        const Catalogue french = readCatalogue(QStringLiteral(PORTIQUE_SOURCE_DIR "/translations/portique_fr.ts"));
        const Catalogue english = readCatalogue(QStringLiteral(PORTIQUE_SOURCE_DIR "/translations/portique_en.ts"));
        QCOMPARE(english.sources, french.sources);
    }

    void embeddedFrenchLoadsAndTranslates()
    {
        QVERIFY(portique::i18n::installTranslation(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Cli", "Wrong login or password."),
                 QStringLiteral("Identifiant ou mot de passe incorrect."));
        QVERIFY(portique::i18n::installTranslation(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Cli", "Wrong login or password."), QStringLiteral("Wrong login or password."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
