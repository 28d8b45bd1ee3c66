// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "siecleparser.h"

#include "sieclerecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <initializer_list>

namespace portique::people {
namespace {

using namespace siecle;

// The longest text any field read from a SIECLE file may hold, in characters. GEPI, the importer
// FORMAT.md follows first, keeps the fields it reads for a student (ELENOM, ELEPRE, ELE_ID, DIVCOD)
// in varchar(40) columns (tbelliard/gepi, init_csv/eleves.php, temp_gep_import2) and real exports
// go through it; 100 leaves room for any real name (PRENOM holds one first name, PRENOM2 and
// PRENOM3 the others) while no field can grow to megabytes (issue 17, defect 8).
constexpr qsizetype maxFieldLength = 100;

class SiecleReader final {
public:
    SiecleReader(const QString &text, const QString &name)
        : m_text(text)
        , m_xml(text)
        , m_name(name)
    {
    }

    ParsedImport read();

private:
    bool nextChild() { return m_xml.readNextStartElement(); }
    bool at(QStringView element) const { return m_xml.name() == element; }
    QString leafText();
    int line() const { return int(m_xml.lineNumber()); }
    QString attribute(QLatin1StringView name);
    void skip() { m_xml.skipCurrentElement(); }
    bool readProlog();
    void checkLength(QStringView field, const QString &value, int line) const;
    void throwIfNotWellFormed();

    void readParameters();
    /// One list of DONNEES and how to read each of its items.
    struct Section {
        QStringView list;
        QStringView item;
        void (SiecleReader::*read)();
    };
    void readFile(std::initializer_list<Section> sections);
    void readStudent();
    void readStructures();
    void readPerson();
    void readLink();

    QStringView m_text;
    QXmlStreamReader m_xml;
    QString m_name;
    ParsedImport m_result;
    RecordChecker m_checker{m_result};
    std::vector<RawStudent> m_students;
    std::vector<RawStructures> m_structures;
    QHash<QString, RawPerson> m_persons;
    std::vector<RawLink> m_links;
};

ParsedImport SiecleReader::read()
{
    if (!readProlog()) {
        throwIfNotWellFormed();
        throw ImportError(QCoreApplication::translate("portique::people", "%1: the XML file has no root element.").arg(m_name));
    }
    if (at(u"BEE_ELEVES")) {
        m_result.source = ParsedImport::Source::SiecleStudents;
        readFile({{u"ELEVES", u"ELEVE", &SiecleReader::readStudent}, {u"STRUCTURES", u"STRUCTURES_ELEVE", &SiecleReader::readStructures}});
    } else if (at(u"BEE_RESPONSABLES")) {
        m_result.source = ParsedImport::Source::SiecleGuardians;
        readFile(
            {{u"PERSONNES", u"PERSONNE", &SiecleReader::readPerson}, {u"RESPONSABLES", u"RESPONSABLE_ELEVE", &SiecleReader::readLink}});
    } else {
        throw ImportError(QCoreApplication::translate("portique::people", "%1, line %2: unknown root element <%3>; a SIECLE export "
                                                                          "starts with <BEE_ELEVES> (students) or <BEE_RESPONSABLES> "
                                                                          "(guardians).")
                              .arg(m_name)
                              .arg(line())
                              .arg(m_xml.name().toString()));
    }
    // Anything after the root must still be well-formed (comments only): read to the end.
    while (!m_xml.atEnd())
        m_xml.readNext();
    throwIfNotWellFormed();

    if (m_result.source == ParsedImport::Source::SiecleStudents) {
        if (m_students.empty())
            throw ImportError(
                QCoreApplication::translate("portique::people", "%1: no record: the file lists no student (ELEVE).").arg(m_name));
        m_checker.checkStudents(m_students, m_structures);
    } else {
        if (m_links.empty())
            throw ImportError(QCoreApplication::translate("portique::people", "%1: no record: the file lists no guardian link "
                                                                              "(RESPONSABLE_ELEVE).")
                                  .arg(m_name));
        m_checker.checkGuardians(m_links, m_persons);
    }
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(), [](const RowError &a, const RowError &b) { return a.line < b.line; });
    return std::move(m_result);
}

// Reads up to the root element. A document type is refused before any of its entities is used:
// SIECLE exports have none (FORMAT.md, and the sample exports), and QXmlStreamReader's only
// guard, a limit on what one entity expands into (4,096 characters by default), does not stop
// 60,000 references to one entity just under it, which made 184 KB a 240-million-character
// PRENOM (issue 17, defect 8).
bool SiecleReader::readProlog()
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token != QXmlStreamReader::DTD)
            continue;
        // The token ends with the document type: name the line where it starts.
        const qsizetype start = m_text.first(std::min(m_text.size(), qsizetype(m_xml.characterOffset()))).lastIndexOf(u"<!DOCTYPE");
        const int startLine = start < 0 ? line() : int(m_text.first(start).count(u'\n')) + 1;
        throw ImportError(QCoreApplication::translate("portique::people", "%1, line %2: the file declares a document type "
                                                                          "(<!DOCTYPE>). A SIECLE export never does, and the entities "
                                                                          "a document type declares can make a small file expand "
                                                                          "beyond any memory; nothing was imported.")
                              .arg(m_name)
                              .arg(startLine));
    }
    return false;
}

QString SiecleReader::leafText()
{
    const int startLine = line();
    const QString field = m_xml.name().toString();
    QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    checkLength(field, text, startLine);
    return text;
}

QString SiecleReader::attribute(QLatin1StringView name)
{
    QString value = m_xml.attributes().value(name).trimmed().toString();
    checkLength(QString(name), value, line());
    return value;
}

// Without a document type nothing expands, so a field is never longer than the file (itself at
// most 64 MiB, importfile.cpp): the length is checked once it is read.
void SiecleReader::checkLength(QStringView field, const QString &value, int line) const
{
    if (value.size() <= maxFieldLength)
        return;
    throw ImportError(QCoreApplication::translate("portique::people", "%1, line %2: %3 is %4 characters long, more than the %5 any "
                                                                      "field of a SIECLE export holds; nothing was imported.")
                          .arg(m_name)
                          .arg(line)
                          .arg(field.toString())
                          .arg(value.size())
                          .arg(maxFieldLength));
}

void SiecleReader::throwIfNotWellFormed()
{
    if (!m_xml.hasError())
        return;
    // QXmlStreamReader's own text is English only; the sentence around it is translated.
    throw ImportError(QCoreApplication::translate("portique::people", "%1, line %2: the file is not well-formed XML (%3); nothing "
                                                                      "was imported.")
                          .arg(m_name)
                          .arg(line())
                          .arg(m_xml.errorString()));
}

void SiecleReader::readParameters()
{
    while (nextChild()) {
        if (at(u"UAJ"))
            m_result.schoolUai = leafText();
        else if (at(u"DATE_EXPORT"))
            m_result.exportDate = parseDate(leafText());
        else
            skip();
    }
}

// Both files: ROOT / {PARAMETRES, DONNEES / {LIST / ITEM...}}; lists not named in @p sections
// (OPTIONS, ADRESSES...) and anything else are skipped unread.
void SiecleReader::readFile(std::initializer_list<Section> sections)
{
    while (nextChild()) {
        if (at(u"PARAMETRES")) {
            readParameters();
        } else if (at(u"DONNEES")) {
            while (nextChild()) {
                const auto section = std::find_if(sections.begin(), sections.end(), [&](const Section &s) { return at(s.list); });
                if (section == sections.end()) {
                    skip();
                    continue;
                }
                while (nextChild()) {
                    if (at(section->item))
                        (this->*section->read)();
                    else
                        skip();
                }
            }
        } else {
            skip();
        }
    }
}

// Only the fields the gate needs; ID_NATIONAL, birthplace, MEL, SCOLARITE_AN_DERNIER (which has a
// CODE_STRUCTURE of its own, last year's class) and the rest are skipped without being read.
void SiecleReader::readStudent()
{
    RawStudent student;
    student.line = line();
    student.id = attribute(QLatin1StringView("ELEVE_ID"));
    while (nextChild()) {
        if (at(u"NOM_DE_FAMILLE"))
            student.familyName = leafText();
        else if (at(u"NOM_USAGE"))
            student.usageName = leafText();
        else if (at(u"NOM"))
            student.legacyName = leafText();
        else if (at(u"PRENOM"))
            student.firstName = leafText();
        else if (at(u"DATE_NAISS"))
            student.birthDate = leafText();
        else if (at(u"DATE_SORTIE"))
            student.leftOn = leafText();
        else
            skip();
    }
    m_students.push_back(std::move(student));
}

void SiecleReader::readStructures()
{
    RawStructures structures;
    structures.line = line();
    structures.id = attribute(QLatin1StringView("ELEVE_ID"));
    while (nextChild()) {
        if (!at(u"STRUCTURE")) {
            skip();
            continue;
        }
        QString code;
        QString type;
        while (nextChild()) {
            if (at(u"CODE_STRUCTURE"))
                code = leafText();
            else if (at(u"TYPE_STRUCTURE"))
                type = leafText();
            else
                skip();
        }
        if (type == u"D" && !code.isEmpty() && !structures.divisions.contains(code))
            structures.divisions.append(code);
    }
    m_structures.push_back(std::move(structures));
}

// Names only: phones, e-mail, civility, profession and the address id are skipped unread.
void SiecleReader::readPerson()
{
    const int startLine = line();
    const QString id = attribute(QLatin1StringView("PERSONNE_ID"));
    RawPerson person;
    person.line = startLine;
    while (nextChild()) {
        if (at(u"NOM_DE_FAMILLE"))
            person.familyName = leafText();
        else if (at(u"NOM_USAGE"))
            person.usageName = leafText();
        else if (at(u"NOM"))
            person.legacyName = leafText();
        else if (at(u"PRENOM"))
            person.firstName = leafText();
        else
            skip();
    }
    if (id.isEmpty()) {
        m_checker.addError(startLine, {},
                           QCoreApplication::translate("portique::people", "PERSONNE without a PERSONNE_ID attribute: ignored."));
        return;
    }
    RawPerson &stored = m_persons[id];
    if (stored.occurrences == 0)
        stored = person;
    ++stored.occurrences;
}

void SiecleReader::readLink()
{
    RawLink link;
    link.line = line();
    while (nextChild()) {
        if (at(u"ELEVE_ID"))
            link.studentId = leafText();
        else if (at(u"PERSONNE_ID"))
            link.personId = leafText();
        else if (at(u"NIVEAU_RESPONSABILITE"))
            link.level = leafText();
        else if (at(u"CODE_PARENTE"))
            link.relationship = leafText();
        else if (at(u"RESP_LEGAL"))
            link.legacyLegal = leafText();
        else
            skip();
    }
    m_links.push_back(std::move(link));
}

} // namespace

ParsedImport parseSiecle(const QString &text, const QString &name)
{
    return SiecleReader(text, name).read();
}

} // namespace portique::people
