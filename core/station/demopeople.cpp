// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demopeople.h"

#include <QStringList>

namespace portique::station {
namespace {

// Invented names (no real person is meant), mixed so that every class looks like a class.
const QStringList familyNames{
    QStringLiteral("ABRICOT"), QStringLiteral("BALUSTRADE"), QStringLiteral("CARILLON"), QStringLiteral("DENTELLE"),
    QStringLiteral("ÉCHARPE"), QStringLiteral("FARANDOLE"), QStringLiteral("GIROUETTE"), QStringLiteral("HIRONDELLE"),
    QStringLiteral("ISBA"), QStringLiteral("JONQUILLE"), QStringLiteral("KAOLIN"), QStringLiteral("LUCARNE"),
    QStringLiteral("MANSARDE"), QStringLiteral("NÉNUPHAR"), QStringLiteral("OSIER"), QStringLiteral("PAPYRUS"),
    QStringLiteral("QUENOUILLE"), QStringLiteral("RIGODON"), QStringLiteral("SARBACANE"), QStringLiteral("TAMBOURIN"),
    QStringLiteral("ULTRAMARIN"), QStringLiteral("VERMILLON"), QStringLiteral("WAGONNET"), QStringLiteral("XYLOPHONE"),
    QStringLiteral("YOLE"), QStringLiteral("ZÉPHYR"), QStringLiteral("CŒURDELION"), QStringLiteral("BEAUPRÉ--MARINE"),
};
const QStringList firstNames{
    QStringLiteral("Léa"), QStringLiteral("Hugo"), QStringLiteral("Chloé"), QStringLiteral("Nathan"), QStringLiteral("Inès"),
    QStringLiteral("Lucas"), QStringLiteral("Manon"), QStringLiteral("Yanis"), QStringLiteral("Zoé"), QStringLiteral("Adam"),
    QStringLiteral("Jade"), QStringLiteral("Théo"), QStringLiteral("Lina"), QStringLiteral("Maël"), QStringLiteral("Rose"),
    QStringLiteral("Noah"), QStringLiteral("Anaïs"), QStringLiteral("Gabriel"), QStringLiteral("Maëlys"), QStringLiteral("Sacha"),
    QStringLiteral("Océane"), QStringLiteral("Élias"), QStringLiteral("Camille"), QStringLiteral("Mathis"),
};
const QStringList parentFirstNames{
    QStringLiteral("Sophie"), QStringLiteral("Karim"), QStringLiteral("Nadia"), QStringLiteral("Olivier"), QStringLiteral("Claire"),
    QStringLiteral("Mehdi"), QStringLiteral("Isabelle"), QStringLiteral("Thomas"), QStringLiteral("Aurélie"), QStringLiteral("Julien"),
};

struct DemoClass {
    const char16_t *code;
    int startYearOffset; ///< age of the class's youngest students at the start of the school year
};
constexpr DemoClass classes[] = {{u"2NDE1", 15}, {u"2NDE2", 15}, {u"1G1", 16}, {u"TG1", 17}, {u"BTS1", 19}};
constexpr int perClass = 12;

QString studentId(int index)
{
    return QString::number(9100100 + index * 37);
}

} // namespace

people::ParsedImport demoStudents(const QDate &today)
{
    people::ParsedImport parsed;
    parsed.source = people::ParsedImport::Source::SiecleStudents;
    parsed.schoolUai = QStringLiteral("0999999Z");
    parsed.exportDate = today;
    parsed.encoding = QStringLiteral("UTF-8");
    int index = 0;
    for (const DemoClass &demoClass : classes) {
        for (int i = 0; i < perClass; ++i, ++index) {
            people::PersonRecord record;
            record.id = studentId(index);
            record.kind = people::PersonKind::Student;
            record.familyName = familyNames[(index * 11 + 3) % familyNames.size()]; // 11 and 28 are coprime: every name comes round
            record.firstName = firstNames[(index * 7 + 1) % firstNames.size()]; // 7 and 24 too
            record.className = QString::fromUtf16(demoClass.code);
            // Birthdays spread over the year, so that some turn 18 during it.
            record.birthDate = QDate(today.year() - demoClass.startYearOffset - (i % 3 == 0 ? 1 : 0), 1 + (index * 5) % 12, 1 + (index * 11) % 28);
            // Two students left the school a few weeks ago: kept, refused at the gate.
            if (index == 7 || index == 40)
                record.leftOn = today.addDays(-20);
            record.line = index + 1;
            parsed.people.push_back(record);
        }
    }
    return parsed;
}

people::ParsedImport demoGuardians(const QDate &today)
{
    people::ParsedImport parsed;
    parsed.source = people::ParsedImport::Source::SiecleGuardians;
    parsed.schoolUai = QStringLiteral("0999999Z");
    parsed.exportDate = today;
    int personId = 6200001;
    for (const people::PersonRecord &student : demoStudents(today).people) {
        const int n = student.id.toInt();
        // Mother and father for most; a single representative or a guardian (tuteur) for some.
        const bool single = n % 5 == 0;
        const bool tutor = n % 17 == 0;
        parsed.guardians.push_back({student.id, QString::number(personId++), tutor ? QStringLiteral("TUTELLE") : student.familyName,
                                    parentFirstNames[n % parentFirstNames.size()], tutor ? QStringLiteral("50") : QStringLiteral("10"), 0});
        if (!single && !tutor)
            parsed.guardians.push_back({student.id, QString::number(personId++), student.familyName,
                                        parentFirstNames[(n + 3) % parentFirstNames.size()], QStringLiteral("20"), 0});
    }
    return parsed;
}

people::ParsedImport demoStaff()
{
    people::ParsedImport parsed;
    parsed.source = people::ParsedImport::Source::Csv;
    parsed.encoding = QStringLiteral("UTF-8");
    const QList<QPair<QString, QString>> staff{{QStringLiteral("PERSONNEL"), QStringLiteral("Agnès")},
                                               {QStringLiteral("SURVEILLANT"), QStringLiteral("Bruno")},
                                               {QStringLiteral("CANTINIÈRE"), QStringLiteral("Fatou")},
                                               {QStringLiteral("PROFESSEUR"), QStringLiteral("Denis")}};
    int line = 2;
    for (const auto &[family, first] : staff) {
        people::PersonRecord record;
        record.id = QStringLiteral("P-%1").arg(line - 1, 3, 10, QLatin1Char('0'));
        record.kind = people::PersonKind::Staff;
        record.familyName = family;
        record.firstName = first;
        record.line = line++;
        parsed.people.push_back(record);
    }
    return parsed;
}

} // namespace portique::station
