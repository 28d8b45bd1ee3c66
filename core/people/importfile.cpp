// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "importfile.h"

#include "csvparser.h"
#include "siecleparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace portique::people {
namespace {

// A large lycée's SIECLE export is a few MB (FORMAT.md §2) and a CSV of its staff far less; 64 MiB
// leaves ample room while keeping a wrong pick (a video, a disk image) from filling the memory.
constexpr qint64 maxImportBytes = 64LL * 1024 * 1024;

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// The ZIP signatures (local file header, empty archive, spanned archive): a SIECLE export as
// downloaded, or an .xlsx/.ods spreadsheet.
bool isZip(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("PK\x03\x04")) || data.startsWith(QByteArrayLiteral("PK\x05\x06"))
           || data.startsWith(QByteArrayLiteral("PK\x07\x08"));
}

// An OLE2 compound file: a legacy .xls workbook.
bool isLegacyExcel(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool isUtf16Or32Bom(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("\xFF\xFE")) || data.startsWith(QByteArrayLiteral("\xFE\xFF"))
           || data.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF"));
}

// ISO-8859-15 is ISO-8859-1 with eight code points replaced (€ Š š Ž ž Œ œ Ÿ). Decoded here rather
// than through QStringDecoder("ISO-8859-15"), which exists only when Qt is built with ICU: a Qt
// without it would fail at run time, or worse decode as Latin-1 and turn CŒURVILLE into C¼URVILLE.
QString decodeLatin9(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xA4: c = QChar(0x20AC); break; // €
        case 0xA6: c = QChar(0x0160); break; // Š
        case 0xA8: c = QChar(0x0161); break; // š
        case 0xB4: c = QChar(0x017D); break; // Ž
        case 0xB8: c = QChar(0x017E); break; // ž
        case 0xBC: c = QChar(0x0152); break; // Œ
        case 0xBD: c = QChar(0x0153); break; // œ
        case 0xBE: c = QChar(0x0178); break; // Ÿ
        default: break;
        }
    }
    return text;
}

// The text when @p bytes are valid UTF-8; otherwise std::nullopt and @p badLine set to the first line
// that is not (1-based).
std::optional<QString> decodeUtf8(QByteArrayView bytes, int *badLine)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (!decoder.hasError())
        return text;
    // A line feed is never part of a multi-byte sequence, so each line can be checked alone.
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString lineText = lineDecoder(bytes.sliced(start, end - start));
        if (lineDecoder.hasError())
            break;
        ++line;
        start = end + 1;
    }
    *badLine = line;
    return std::nullopt;
}

// The encoding named by the XML declaration, empty when there is none.
QString declaredEncoding(const QByteArray &data)
{
    if (!data.startsWith("<?xml"))
        return {};
    const qsizetype end = data.indexOf("?>");
    if (end < 0)
        return {};
    static const QRegularExpression encoding(QStringLiteral(R"(\sencoding\s*=\s*["']([^"']*)["'])"));
    const QRegularExpressionMatch match = encoding.match(QString::fromLatin1(data.first(end)));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// "UTF-8" or "ISO-8859-15" for the names those go by, empty for any other encoding.
QString supportedEncoding(const QString &declared)
{
    QString key = declared.toUpper();
    key.remove(u'-').remove(u'_').remove(u' ');
    if (key == u"UTF8")
        return QStringLiteral("UTF-8");
    if (key == u"ISO885915" || key == u"LATIN9" || key == u"L9")
        return QStringLiteral("ISO-8859-15");
    return {};
}

ParsedImport parseXml(const QByteArray &body, bool bom, const QString &name)
{
    const QString declared = declaredEncoding(body);
    // No declaration means UTF-8 (XML 1.0 §4.3.3), as Pix reads SIECLE files too.
    const QString encoding = declared.isEmpty() ? QStringLiteral("UTF-8") : supportedEncoding(declared);
    if (encoding.isEmpty())
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1: the file declares the encoding \"%2\"; only UTF-8 and "
                                                      "ISO-8859-15 are supported.")
                              .arg(name, declared));
    if (bom && encoding != u"UTF-8")
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1: the file starts with a UTF-8 byte order mark but declares "
                                                      "the encoding \"%2\".")
                              .arg(name, declared));
    QString text;
    if (encoding == u"UTF-8") {
        int badLine = 0;
        std::optional<QString> decoded = decodeUtf8(body, &badLine);
        if (!decoded)
            throw ImportError(QCoreApplication::translate("portique::people",
                                                          "%1, line %2: this line is not valid UTF-8, the encoding "
                                                          "the XML declaration gives (or implies when it names "
                                                          "none); nothing was imported.")
                                  .arg(name)
                                  .arg(badLine));
        text = std::move(*decoded);
    } else {
        text = decodeLatin9(body);
    }
    // Given text, QXmlStreamReader ignores the declaration's encoding: the bytes were decoded above.
    ParsedImport result = parseSiecle(text, name);
    result.encoding = encoding;
    return result;
}

ParsedImport parseCsvBytes(const QByteArray &body, bool bom, const QString &name)
{
    int badLine = 0;
    std::optional<QString> text = decodeUtf8(body, &badLine);
    QString encoding = QStringLiteral("UTF-8");
    if (!text) {
        if (bom)
            throw ImportError(QCoreApplication::translate("portique::people",
                                                          "%1, line %2: the file starts with a UTF-8 byte order "
                                                          "mark but this line is not valid UTF-8.")
                                  .arg(name)
                                  .arg(badLine));
        // What a French spreadsheet saves as "CSV" when not asked for UTF-8 (Windows-1252 differs
        // from it only in 0x80-0x9F, control characters in Latin-9, and in the eight letters
        // decodeLatin9 maps).
        text = decodeLatin9(body);
        encoding = QStringLiteral("ISO-8859-15");
    }
    ParsedImport result = parseCsv(*text, name);
    result.encoding = encoding;
    return result;
}

} // namespace

ParsedImport parseImportFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QCoreApplication::translate("portique::people", "Cannot read %1: %2.")
                              .arg(path, file.errorString()));
    if (file.size() > maxImportBytes)
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1 is %2 MB; an import file may not exceed %3 MB.")
                              .arg(name)
                              .arg(file.size() / (1024 * 1024))
                              .arg(maxImportBytes / (1024 * 1024)));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ImportError(QCoreApplication::translate("portique::people", "Cannot read %1: %2.")
                              .arg(path, file.errorString()));
    return parseImportData(data, name);
}

ParsedImport parseImportData(const QByteArray &data, const QString &name)
{
    if (data.size() > maxImportBytes)
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1 is %2 MB; an import file may not exceed %3 MB.")
                              .arg(name)
                              .arg(data.size() / (1024 * 1024))
                              .arg(maxImportBytes / (1024 * 1024)));
    if (isZip(data))
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1 is a ZIP archive (a zipped SIECLE export, or an .xlsx or "
                                                      ".ods workbook): unzip the export first and import the XML "
                                                      "file it holds, or save the workbook as CSV.")
                              .arg(name));
    if (isLegacyExcel(data))
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1 is an Excel workbook: save it as CSV and import that.")
                              .arg(name));
    if (isUtf16Or32Bom(data))
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1 is in UTF-16 or UTF-32; only UTF-8 and ISO-8859-15 are "
                                                      "supported.")
                              .arg(name));
    const bool bom = data.startsWith(utf8Bom);
    const QByteArray body = bom ? data.sliced(utf8Bom.size()) : data;
    const QByteArray start = body.trimmed();
    if (start.isEmpty())
        throw ImportError(QCoreApplication::translate("portique::people", "%1: no record: the file is empty.")
                              .arg(name));
    return start.startsWith('<') ? parseXml(body, bom, name) : parseCsvBytes(body, bom, name);
}

QString relationshipLabel(const QString &code)
{
    // CODE_PARENTE values (FORMAT.md §5, GEPI's table); English sources, French in portique_fr.ts.
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("portique::people", "legal representative");
    if (trimmed == u"10")
        return QCoreApplication::translate("portique::people", "mother");
    if (trimmed == u"20")
        return QCoreApplication::translate("portique::people", "father");
    if (trimmed == u"37")
        return QCoreApplication::translate("portique::people", "sibling");
    if (trimmed == u"38")
        return QCoreApplication::translate("portique::people", "ascendant");
    if (trimmed == u"39")
        return QCoreApplication::translate("portique::people", "other family member");
    if (trimmed == u"41")
        return QCoreApplication::translate("portique::people", "educator");
    if (trimmed == u"42")
        return QCoreApplication::translate("portique::people", "foster carer");
    if (trimmed == u"50")
        return QCoreApplication::translate("portique::people", "guardian");
    if (trimmed == u"51")
        return QCoreApplication::translate("portique::people", "child welfare (ASE)");
    if (trimmed == u"70")
        return QCoreApplication::translate("portique::people", "the student");
    if (trimmed == u"90")
        return QCoreApplication::translate("portique::people", "other");
    return trimmed;
}

} // namespace portique::people
