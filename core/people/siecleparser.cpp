// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "siecleparser.h"

#include "personid.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <initializer_list>

namespace portique::people {
namespace {

// SIECLE writes every date as dd/mm/yyyy (FORMAT.md §3.1); anything else, even a date that would
// make sense in another layout, is refused rather than guessed.
QDate parseSiecleDate(const QString &text)
{
    if (text.size() != 10 || text[2] != u'/' || text[5] != u'/')
        return {};
    for (int i : {0, 1, 3, 4, 6, 7, 8, 9}) {
        if (text[i] < u'0' || text[i] > u'9')
            return {};
    }
    return QDate(text.mid(6, 4).toInt(), text.mid(3, 2).toInt(), text.mid(0, 2).toInt());
}

// NOM_USAGE when given, else NOM_DE_FAMILLE, else the pre-2016 NOM (FORMAT.md §3.1, GEPI's order).
QString usualName(const QString &usage, const QString &family, const QString &legacy)
{
    if (!usage.isEmpty())
        return usage;
    return family.isEmpty() ? legacy : family;
}

QString joinLines(const std::vector<int> &lines)
{
    QStringList parts;
    for (int line : lines)
        parts.append(QString::number(line));
    return parts.join(u", ");
}

// The division SIECLE uses for students who are enrolled nowhere (FORMAT.md §3.2, Pix ignores it).
bool isInactiveDivision(const QString &code)
{
    return code.compare(u"Inactifs", Qt::CaseInsensitive) == 0;
}

struct RawStudent {
    int line = 0;
    QString id; // empty when the ELEVE has no ELEVE_ID
    QString familyName;
    QString usageName;
    QString legacyName;
    QString firstName;
    QString birthDate;
    QString leftOn;
};

struct RawStructures {
    int line = 0;
    QString id;
    QStringList divisions; // CODE_STRUCTURE of every TYPE_STRUCTURE "D", in file order
};

struct RawPerson {
    int line = 0;
    int occurrences = 0;
    QString familyName;
    QString usageName;
    QString legacyName;
    QString firstName;
};

struct RawLink {
    int line = 0;
    QString studentId;
    QString personId;
    QString level;        // NIVEAU_RESPONSABILITE (2018+)
    QString relationship; // CODE_PARENTE
    QString legacyLegal;  // RESP_LEGAL (pre-2018)
};

class SiecleReader final {
public:
    SiecleReader(const QString &text, const QString &name)
        : m_xml(text)
        , m_name(name)
    {
    }

    ParsedImport read();

private:
    bool nextChild() { return m_xml.readNextStartElement(); }
    bool at(QStringView element) const { return m_xml.name() == element; }
    QString leafText() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); }
    int line() const { return int(m_xml.lineNumber()); }
    QString attribute(QLatin1StringView name) const { return m_xml.attributes().value(name).trimmed().toString(); }
    void skip() { m_xml.skipCurrentElement(); }
    void throwIfNotWellFormed();
    void addError(int line, const QString &id, const QString &message)
    {
        m_result.errors.push_back(RowError{line, id, message});
    }
    void reject(const QString &id)
    {
        if (!id.isEmpty() && !m_rejected.contains(id)) {
            m_rejected.insert(id);
            m_result.rejectedIds.append(id);
        }
    }

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
    void checkStudents();
    void readPerson();
    void readLink();
    void checkGuardians();

    QXmlStreamReader m_xml;
    QString m_name;
    ParsedImport m_result;
    // The ids of m_result.rejectedIds, looked up at once: a search of the list made a file of
    // many refused records quadratic (issue 17, defect 14).
    QSet<QString> m_rejected;
    std::vector<RawStudent> m_students;
    std::vector<RawStructures> m_structures;
    QHash<QString, RawPerson> m_persons;
    std::vector<RawLink> m_links;
};

ParsedImport SiecleReader::read()
{
    if (!nextChild()) {
        throwIfNotWellFormed();
        throw ImportError(QCoreApplication::translate("portique::people", "%1: the XML file has no root element.")
                              .arg(m_name));
    }
    if (at(u"BEE_ELEVES")) {
        m_result.source = ParsedImport::Source::SiecleStudents;
        readFile({{u"ELEVES", u"ELEVE", &SiecleReader::readStudent},
                  {u"STRUCTURES", u"STRUCTURES_ELEVE", &SiecleReader::readStructures}});
    } else if (at(u"BEE_RESPONSABLES")) {
        m_result.source = ParsedImport::Source::SiecleGuardians;
        readFile({{u"PERSONNES", u"PERSONNE", &SiecleReader::readPerson},
                  {u"RESPONSABLES", u"RESPONSABLE_ELEVE", &SiecleReader::readLink}});
    } else {
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1, line %2: unknown root element <%3>; a SIECLE export "
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
            throw ImportError(QCoreApplication::translate("portique::people",
                                                          "%1: no record: the file lists no student (ELEVE).")
                                  .arg(m_name));
        checkStudents();
    } else {
        if (m_links.empty())
            throw ImportError(QCoreApplication::translate("portique::people",
                                                          "%1: no record: the file lists no guardian link "
                                                          "(RESPONSABLE_ELEVE).")
                                  .arg(m_name));
        checkGuardians();
    }
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
    return std::move(m_result);
}

void SiecleReader::throwIfNotWellFormed()
{
    if (!m_xml.hasError())
        return;
    // QXmlStreamReader's own text is English only; the sentence around it is translated.
    throw ImportError(QCoreApplication::translate("portique::people",
                                                  "%1, line %2: the file is not well-formed XML (%3); nothing "
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
            m_result.exportDate = parseSiecleDate(leafText());
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

void SiecleReader::checkStudents()
{
    QHash<QString, std::vector<int>> studentLines; // ELEVE_ID -> lines of its ELEVE elements
    for (const RawStudent &student : m_students) {
        if (!student.id.isEmpty())
            studentLines[student.id].push_back(student.line);
    }
    QHash<QString, std::vector<const RawStructures *>> structuresOf;
    for (const RawStructures &structures : m_structures) {
        if (structures.id.isEmpty()) {
            addError(structures.line, {},
                     QCoreApplication::translate("portique::people",
                                                 "STRUCTURES_ELEVE without an ELEVE_ID attribute: ignored."));
        } else if (!studentLines.contains(structures.id)) {
            addError(structures.line, structures.id,
                     QCoreApplication::translate("portique::people",
                                                 "STRUCTURES_ELEVE for ELEVE_ID %1, which matches no ELEVE: "
                                                 "ignored.")
                         .arg(structures.id));
        } else {
            structuresOf[structures.id].push_back(&structures);
        }
    }
    // More than one STRUCTURES_ELEVE makes the class ambiguous (GEPI reports it as an anomaly):
    // one error per student, on the line of the second block.
    for (auto it = structuresOf.cbegin(); it != structuresOf.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        std::vector<int> lines;
        for (const RawStructures *structures : it.value())
            lines.push_back(structures->line);
        addError(lines[1], it.key(),
                 QCoreApplication::translate("portique::people",
                                             "ELEVE_ID %1 has %2 STRUCTURES_ELEVE blocks (lines %3): its class "
                                             "is ambiguous; the student is not imported.")
                     .arg(it.key())
                     .arg(lines.size())
                     .arg(joinLines(lines)));
        reject(it.key());
    }

    for (const RawStudent &student : m_students) {
        const int errorsBefore = int(m_result.errors.size());
        const auto error = [&](const QString &message) { addError(student.line, student.id, message); };

        bool unique = false;
        if (student.id.isEmpty()) {
            error(QCoreApplication::translate("portique::people",
                                              "ELEVE without an ELEVE_ID attribute: the student cannot be "
                                              "identified and is not imported."));
        } else if (const std::vector<int> &lines = studentLines[student.id]; lines.size() > 1) {
            error(QCoreApplication::translate("portique::people",
                                              "ELEVE_ID %1 appears %2 times (lines %3): none of these records "
                                              "is imported.")
                      .arg(student.id)
                      .arg(lines.size())
                      .arg(joinLines(lines)));
        } else {
            unique = true;
        }
        if (const QString problem = personIdProblem(student.id); !problem.isEmpty())
            error(problem);

        PersonRecord person;
        person.id = student.id;
        person.kind = PersonKind::Student;
        person.line = student.line;
        person.familyName = usualName(student.usageName, student.familyName, student.legacyName);
        person.firstName = student.firstName;
        if (person.familyName.isEmpty())
            error(QCoreApplication::translate("portique::people",
                                              "No family name (NOM_USAGE, NOM_DE_FAMILLE or NOM)."));
        if (person.firstName.isEmpty())
            error(QCoreApplication::translate("portique::people", "No first name (PRENOM)."));

        // A birth date is required: whether a student is a minor (consent, FORMAT.md §5) depends on it.
        if (student.birthDate.isEmpty()) {
            error(QCoreApplication::translate("portique::people", "No birth date (DATE_NAISS)."));
        } else {
            person.birthDate = parseSiecleDate(student.birthDate);
            if (!person.birthDate.isValid())
                error(QCoreApplication::translate("portique::people",
                                                  "Birth date \"%1\" (DATE_NAISS) is not a valid dd/mm/yyyy "
                                                  "date.")
                          .arg(student.birthDate));
        }
        if (!student.leftOn.isEmpty()) {
            person.leftOn = parseSiecleDate(student.leftOn);
            if (!person.leftOn.isValid())
                error(QCoreApplication::translate("portique::people",
                                                  "Leaving date \"%1\" (DATE_SORTIE) is not a valid dd/mm/yyyy "
                                                  "date.")
                          .arg(student.leftOn));
        }

        // The class only for a unique id with a single STRUCTURES_ELEVE (the ambiguous case is
        // reported above); never from SCOLARITE_AN_DERNIER.
        const auto found = structuresOf.constFind(student.id);
        if (unique && (found == structuresOf.cend() || found.value().size() == 1)) {
            QStringList divisions = found == structuresOf.cend() ? QStringList() : found.value().front()->divisions;
            const bool inactive = divisions.removeIf(isInactiveDivision) > 0;
            if (divisions.size() == 1) {
                person.className = divisions.front();
            } else if (divisions.size() > 1) {
                error(QCoreApplication::translate("portique::people",
                                                  "More than one class (TYPE_STRUCTURE D): %1; the student is "
                                                  "not imported.")
                          .arg(divisions.join(u", ")));
            } else if (inactive) {
                error(QCoreApplication::translate("portique::people",
                                                  "No class: the only division is \"Inactifs\"; the student is "
                                                  "not imported."));
            } else if (found == structuresOf.cend()) {
                error(QCoreApplication::translate("portique::people",
                                                  "No class: no STRUCTURES_ELEVE for this student; the student "
                                                  "is not imported."));
            } else {
                error(QCoreApplication::translate("portique::people",
                                                  "No class: only groups (TYPE_STRUCTURE G), no division; the "
                                                  "student is not imported."));
            }
        }

        if (int(m_result.errors.size()) == errorsBefore && !m_rejected.contains(student.id))
            m_result.people.push_back(std::move(person));
        else
            reject(student.id);
    }
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
        addError(startLine, {},
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

void SiecleReader::checkGuardians()
{
    QSet<QPair<QString, QString>> seen;
    for (const RawLink &link : m_links) {
        // NIVEAU_RESPONSABILITE 1 is a legal representative (2018+ model); a file without it is
        // the older model, where RESP_LEGAL 1 and 2 are the two legal guardians (FORMAT.md §5).
        const bool legal = !link.level.isEmpty() ? link.level == u"1"
                                                 : (link.legacyLegal == u"1" || link.legacyLegal == u"2");
        const auto error = [&](const QString &message) {
            addError(link.line, link.studentId, message);
            // Only a damaged legal link leaves the student's guardians incomplete.
            if (legal)
                reject(link.studentId);
        };
        if (link.studentId.isEmpty()) {
            error(QCoreApplication::translate("portique::people", "RESPONSABLE_ELEVE without ELEVE_ID: ignored."));
            continue;
        }
        if (link.personId.isEmpty()) {
            error(QCoreApplication::translate("portique::people",
                                              "RESPONSABLE_ELEVE without PERSONNE_ID for student %1: ignored.")
                      .arg(link.studentId));
            continue;
        }
        const auto person = m_persons.constFind(link.personId);
        if (person == m_persons.cend()) {
            error(QCoreApplication::translate("portique::people",
                                              "PERSONNE_ID %1 (linked to student %2) matches no PERSONNE: "
                                              "ignored.")
                      .arg(link.personId, link.studentId));
            continue;
        }
        if (!legal)
            continue;
        if (person->occurrences > 1) {
            error(QCoreApplication::translate("portique::people",
                                              "PERSONNE_ID %1 (linked to student %2) is defined %3 times: "
                                              "ignored.")
                      .arg(link.personId, link.studentId)
                      .arg(person->occurrences));
            continue;
        }
        GuardianRecord guardian;
        guardian.studentId = link.studentId;
        guardian.guardianId = link.personId;
        guardian.familyName = usualName(person->usageName, person->familyName, person->legacyName);
        guardian.firstName = person->firstName;
        guardian.relationship = link.relationship;
        guardian.line = link.line;
        if (guardian.familyName.isEmpty() || guardian.firstName.isEmpty()) {
            error(QCoreApplication::translate("portique::people",
                                              "PERSONNE_ID %1 (line %2), legal representative of student %3, "
                                              "has no family name or no first name: ignored.")
                      .arg(link.personId)
                      .arg(person->line)
                      .arg(link.studentId));
            continue;
        }
        // The same link twice adds nothing.
        if (seen.contains({link.studentId, link.personId}))
            continue;
        seen.insert({link.studentId, link.personId});
        m_result.guardians.push_back(std::move(guardian));
    }
}

} // namespace

ParsedImport parseSiecle(const QString &text, const QString &name)
{
    return SiecleReader(text, name).read();
}

} // namespace portique::people
