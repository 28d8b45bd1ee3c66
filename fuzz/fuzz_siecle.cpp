// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The SIECLE import (people/siecleparser.h) as a file picked by the administrator reaches it:
// parseImportData() checks the encoding the XML declaration names, decodes, then parses. Inputs that
// do not look like XML go straight to parseSiecle(), so the parser is what the time is spent on.

#include "fuzzsupport.h"
#include "people/importfile.h"
#include "people/siecleparser.h"

using namespace portique;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const bool xml = fuzz::looksLikeXml(bytes);
    try {
        const people::ParsedImport parsed = xml ? people::parseImportData(bytes, QStringLiteral("fuzz.xml"))
                                                : people::parseSiecle(QString::fromUtf8(bytes), QStringLiteral("fuzz.xml"));
        if (parsed.source == people::ParsedImport::Source::Csv)
            fuzz::fail("an XML file was read as a CSV");
        for (const people::PersonRecord &person : parsed.people) {
            if (person.id.isEmpty())
                fuzz::fail("a student was accepted without an id");
        }
        for (const people::RowError &error : parsed.errors) {
            if (error.message.isEmpty())
                fuzz::fail("a record was refused with an empty message");
        }
    } catch (const people::ImportError &error) {
        fuzz::checkMessage(error.what());
    }
    return 0;
}
