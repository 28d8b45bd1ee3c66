// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// French is the first language: every source string has a finished French translation, and the
// compiled catalogues are embedded and load.
#include "i18n/language.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
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

/// The C string literals of a source file's tr("...") calls, adjacent literals joined and the usual
/// escapes undone (enough for the project's sources: \n, \", \\, \t).
QStringList trLiterals(const QString &source)
{
    // tr( followed by one or more adjacent "..." literals; then each literal's text.
    static const QRegularExpression call(QStringLiteral("\\btr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList texts;
    for (auto calls = call.globalMatch(source); calls.hasNext();) {
        QString text;
        for (auto parts = literal.globalMatch(calls.next().captured(1)); parts.hasNext();)
            text += parts.next().captured(1);
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
            .replace(QStringLiteral("\\t"), QStringLiteral("\t"))
            .replace(QStringLiteral("\\\""), QStringLiteral("\""))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        texts << text;
    }
    return texts;
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
        QCOMPARE(QCoreApplication::translate("Cli", "Wrong login or password."), QStringLiteral("Identifiant ou mot de passe incorrect."));
        QVERIFY(portique::i18n::installTranslation(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Cli", "Wrong login or password."), QStringLiteral("Wrong login or password."));
    }

    /// A file that defines its own tr() (QCoreApplication::translate with a fixed context) is
    /// extracted by lupdate under the context lupdate infers: the class, inside a member function.
    /// Where the two differ the text shows in English at run time although the catalogue has it in
    /// French (the restore message, the forget ledger's errors, the erasure's refusals did).
    void localTrWrappersFindTheirFrench()
    {
        // The catalogue itself, not the installed translators: a text may be the same in French
        // ("Zone"), so only "found in this context" tells a missing lookup apart.
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/portique_fr")));
        // QString tr(const char *text) { return QCoreApplication::translate("context", ...
        static const QRegularExpression wrapper(
            QStringLiteral("QString tr\\(const char \\*\\w+\\)\\s*\\{\\s*return QCoreApplication::translate\\(\"([^\"]+)\""));
        QStringList english;
        int files = 0;
        int strings = 0;
        for (const QString &root : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QStringLiteral(PORTIQUE_SOURCE_DIR "/") + root, {QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString source = QString::fromUtf8(file.readAll());
                const QRegularExpressionMatch match = wrapper.match(source);
                if (!match.hasMatch())
                    continue;
                ++files;
                const QByteArray context = match.captured(1).toUtf8();
                for (const QString &text : trLiterals(source)) {
                    ++strings;
                    const QByteArray utf8 = text.toUtf8();
                    if (french.translate(context.constData(), utf8.constData()).isNull())
                        english << QFileInfo(file).fileName() + u": " + text.left(60);
                }
            }
        }
        QVERIFY2(files >= 5, qPrintable(QString::number(files)));
        QVERIFY2(strings >= 100, qPrintable(QString::number(strings)));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("still in English in French: ") + english.join(u" | ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
