// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "sieclerecords.h"

#include "personid.h"

#include <QCoreApplication>
#include <QPair>

namespace portique::people::siecle {
namespace {

// NOM_USAGE when given, else NOM_DE_FAMILLE, else the pre-2016 NOM (FORMAT.md §3.1, GEPI's order),
// with the element it came from, for messages.
QPair<QString, QString> usualName(const QString &usage, const QString &family, const QString &legacy)
{
    if (!usage.isEmpty())
        return {usage, QStringLiteral("NOM_USAGE")};
    if (!family.isEmpty())
        return {family, QStringLiteral("NOM_DE_FAMILLE")};
    return {legacy, QStringLiteral("NOM")};
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

} // namespace

// SIECLE writes every date as dd/mm/yyyy (FORMAT.md §3.1); anything else, even a date that would
// make sense in another layout, is refused rather than guessed.
QDate parseDate(const QString &text)
{
    if (text.size() != 10 || text[2] != u'/' || text[5] != u'/')
        return {};
    for (int i : {0, 1, 3, 4, 6, 7, 8, 9}) {
        if (text[i] < u'0' || text[i] > u'9')
            return {};
    }
    return QDate(text.mid(6, 4).toInt(), text.mid(3, 2).toInt(), text.mid(0, 2).toInt());
}

void RecordChecker::addError(int line, const QString &id, const QString &message)
{
    m_result.errors.push_back(RowError{line, id, message});
}

void RecordChecker::reject(const QString &id)
{
    if (!id.isEmpty() && !m_rejected.contains(id)) {
        m_rejected.insert(id);
        m_result.rejectedIds.append(id);
    }
}

void RecordChecker::checkStudents(const std::vector<RawStudent> &students, const std::vector<RawStructures> &allStructures)
{
    QHash<QString, std::vector<int>> studentLines; // ELEVE_ID -> lines of its ELEVE elements
    for (const RawStudent &student : students) {
        if (!student.id.isEmpty())
            studentLines[student.id].push_back(student.line);
    }
    QHash<QString, std::vector<const RawStructures *>> structuresOf;
    for (const RawStructures &structures : allStructures) {
        if (structures.id.isEmpty()) {
            addError(structures.line, {},
                     QCoreApplication::translate("portique::people", "STRUCTURES_ELEVE without an ELEVE_ID attribute: ignored."));
        } else if (!studentLines.contains(structures.id)) {
            addError(structures.line, structures.id,
                     QCoreApplication::translate("portique::people", "STRUCTURES_ELEVE for ELEVE_ID %1, which matches no ELEVE: "
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
                 QCoreApplication::translate("portique::people", "ELEVE_ID %1 has %2 STRUCTURES_ELEVE blocks (lines %3): its class "
                                                                 "is ambiguous; the student is not imported.")
                     .arg(it.key())
                     .arg(lines.size())
                     .arg(joinLines(lines)));
        reject(it.key());
    }

    for (const RawStudent &student : students) {
        const int errorsBefore = int(m_result.errors.size());
        const auto error = [&](const QString &message) { addError(student.line, student.id, message); };
        const auto checkText = [&](const QString &value, const QString &field) {
            if (const QString problem = textProblem(value, field); !problem.isEmpty())
                error(problem);
        };

        bool unique = false;
        if (student.id.isEmpty()) {
            error(QCoreApplication::translate("portique::people", "ELEVE without an ELEVE_ID attribute: the student cannot be "
                                                                  "identified and is not imported."));
        } else if (const std::vector<int> &lines = studentLines[student.id]; lines.size() > 1) {
            error(QCoreApplication::translate("portique::people", "ELEVE_ID %1 appears %2 times (lines %3): none of these records "
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
        const auto [familyName, familyField] = usualName(student.usageName, student.familyName, student.legacyName);
        person.familyName = familyName;
        person.firstName = student.firstName;
        if (person.familyName.isEmpty())
            error(QCoreApplication::translate("portique::people", "No family name (NOM_USAGE, NOM_DE_FAMILLE or NOM)."));
        if (person.firstName.isEmpty())
            error(QCoreApplication::translate("portique::people", "No first name (PRENOM)."));
        checkText(person.familyName, familyField);
        checkText(person.firstName, QStringLiteral("PRENOM"));

        // A birth date is required: whether a student is a minor (consent, FORMAT.md §5) depends on it.
        if (student.birthDate.isEmpty()) {
            error(QCoreApplication::translate("portique::people", "No birth date (DATE_NAISS)."));
        } else {
            person.birthDate = parseDate(student.birthDate);
            if (!person.birthDate.isValid())
                error(QCoreApplication::translate("portique::people", "Birth date \"%1\" (DATE_NAISS) is not a valid dd/mm/yyyy "
                                                                      "date.")
                          .arg(student.birthDate));
        }
        if (!student.leftOn.isEmpty()) {
            person.leftOn = parseDate(student.leftOn);
            if (!person.leftOn.isValid())
                error(QCoreApplication::translate("portique::people", "Leaving date \"%1\" (DATE_SORTIE) is not a valid dd/mm/yyyy "
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
                checkText(person.className, QStringLiteral("CODE_STRUCTURE"));
            } else if (divisions.size() > 1) {
                error(QCoreApplication::translate("portique::people", "More than one class (TYPE_STRUCTURE D): %1; the student is "
                                                                      "not imported.")
                          .arg(divisions.join(u", ")));
            } else if (inactive) {
                error(QCoreApplication::translate("portique::people", "No class: the only division is \"Inactifs\"; the student is "
                                                                      "not imported."));
            } else if (found == structuresOf.cend()) {
                error(QCoreApplication::translate("portique::people", "No class: no STRUCTURES_ELEVE for this student; the student "
                                                                      "is not imported."));
            } else {
                error(QCoreApplication::translate("portique::people", "No class: only groups (TYPE_STRUCTURE G), no division; the "
                                                                      "student is not imported."));
            }
        }

        if (int(m_result.errors.size()) == errorsBefore && !m_rejected.contains(student.id))
            m_result.people.push_back(std::move(person));
        else
            reject(student.id);
    }
}

void RecordChecker::checkGuardians(const std::vector<RawLink> &links, const QHash<QString, RawPerson> &persons)
{
    QSet<QPair<QString, QString>> seen;
    for (const RawLink &link : links) {
        // NIVEAU_RESPONSABILITE 1 is a legal representative (2018+ model); a file without it is
        // the older model, where RESP_LEGAL 1 and 2 are the two legal guardians (FORMAT.md §5).
        const bool legal = !link.level.isEmpty() ? link.level == u"1" : (link.legacyLegal == u"1" || link.legacyLegal == u"2");
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
            error(QCoreApplication::translate("portique::people", "RESPONSABLE_ELEVE without PERSONNE_ID for student %1: ignored.")
                      .arg(link.studentId));
            continue;
        }
        const auto person = persons.constFind(link.personId);
        if (person == persons.cend()) {
            error(QCoreApplication::translate("portique::people", "PERSONNE_ID %1 (linked to student %2) matches no PERSONNE: "
                                                                  "ignored.")
                      .arg(link.personId, link.studentId));
            continue;
        }
        if (!legal)
            continue;
        if (person->occurrences > 1) {
            error(QCoreApplication::translate("portique::people", "PERSONNE_ID %1 (linked to student %2) is defined %3 times: "
                                                                  "ignored.")
                      .arg(link.personId, link.studentId)
                      .arg(person->occurrences));
            continue;
        }
        GuardianRecord guardian;
        guardian.studentId = link.studentId;
        guardian.guardianId = link.personId;
        const auto [familyName, familyField] = usualName(person->usageName, person->familyName, person->legacyName);
        guardian.familyName = familyName;
        guardian.firstName = person->firstName;
        guardian.relationship = link.relationship;
        guardian.line = link.line;
        if (guardian.familyName.isEmpty() || guardian.firstName.isEmpty()) {
            error(QCoreApplication::translate("portique::people", "PERSONNE_ID %1 (line %2), legal representative of student %3, "
                                                                  "has no family name or no first name: ignored.")
                      .arg(link.personId)
                      .arg(person->line)
                      .arg(link.studentId));
            continue;
        }
        // A guardian's name is shown and printed with the consent as a student's is (defect 6).
        QString problem = textProblem(guardian.familyName, familyField);
        if (problem.isEmpty())
            problem = textProblem(guardian.firstName, QStringLiteral("PRENOM"));
        if (!problem.isEmpty()) {
            error(problem);
            continue;
        }
        // The same link twice adds nothing.
        if (seen.contains({link.studentId, link.personId}))
            continue;
        seen.insert({link.studentId, link.personId});
        m_result.guardians.push_back(std::move(guardian));
    }
}

} // namespace portique::people::siecle
