// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The CSV import (people/csvparser.h) as a file picked by the administrator reaches it:
// parseImportData() decodes (UTF-8, else ISO-8859-15) and parses. An input it would take for XML
// (a '<' first) goes straight to parseCsv() instead, so the time goes to the CSV parser.

#include "fuzzsupport.h"
#include "people/csvparser.h"
#include "people/importfile.h"

using namespace portique;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    try {
        const people::ParsedImport parsed = fuzz::looksLikeXml(bytes)
                                                ? people::parseCsv(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"))
                                                : people::parseImportData(bytes, QStringLiteral("fuzz.csv"));
        if (parsed.source != people::ParsedImport::Source::Csv)
            fuzz::fail("a CSV file was read as SIECLE XML");
        for (const people::PersonRecord &person : parsed.people) {
            if (person.id.isEmpty() || person.line < 1)
                fuzz::fail("a person was accepted without an id or a line");
        }
        for (const people::RowError &error : parsed.errors) {
            if (error.message.isEmpty())
                fuzz::fail("a row was refused with an empty message");
        }
    } catch (const people::ImportError &error) {
        fuzz::checkMessage(error.what());
    }
    return 0;
}
