// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "csvparser.h"

#include "personid.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace portique::people {
namespace {

enum class Column { Id, FamilyName, FirstName, Class, BirthDate, Kind, LeftOn };
constexpr int columnCount = 7;

// Header names once normalised (lower case, accents removed, spaces and hyphens as '_'), French or
// English; docs/people-import.md lists them.
Column columnFor(const QString &normalised, bool *known)
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("id"), Column::Id},
        {QStringLiteral("identifiant"), Column::Id},
        {QStringLiteral("family_name"), Column::FamilyName},
        {QStringLiteral("nom"), Column::FamilyName},
        {QStringLiteral("first_name"), Column::FirstName},
        {QStringLiteral("prenom"), Column::FirstName},
        {QStringLiteral("class"), Column::Class},
        {QStringLiteral("classe"), Column::Class},
        {QStringLiteral("division"), Column::Class},
        {QStringLiteral("birth_date"), Column::BirthDate},
        {QStringLiteral("date_naissance"), Column::BirthDate},
        {QStringLiteral("date_de_naissance"), Column::BirthDate},
        {QStringLiteral("kind"), Column::Kind},
        {QStringLiteral("type"), Column::Kind},
        {QStringLiteral("categorie"), Column::Kind},
        {QStringLiteral("left_on"), Column::LeftOn},
        {QStringLiteral("date_sortie"), Column::LeftOn},
    };
    const auto found = names.constFind(normalised);
    *known = found != names.cend();
    return *known ? found.value() : Column::Id;
}

// The name messages use for a column: the English one, as in docs/people-import.md.
QString canonicalName(Column column)
{
    switch (column) {
    case Column::Id:
        return QStringLiteral("id");
    case Column::FamilyName:
        return QStringLiteral("family_name");
    case Column::FirstName:
        return QStringLiteral("first_name");
    case Column::Class:
        return QStringLiteral("class");
    case Column::BirthDate:
        return QStringLiteral("birth_date");
    case Column::Kind:
        return QStringLiteral("kind");
    case Column::LeftOn:
        return QStringLiteral("left_on");
    }
    return {};
}

// "Prénom", "PRENOM", " prenom " and "Date de naissance" -> "prenom", "date_de_naissance".
QString normalised(const QString &text)
{
    QString out;
    for (QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c == u' ' || c == u'-' ? u'_' : c.toLower());
    }
    return out;
}

std::optional<PersonKind> parseKind(const QString &value)
{
    const QString kind = normalised(value);
    // An empty cell means what an absent column means: a student.
    if (kind.isEmpty() || kind == u"eleve" || kind == u"student")
        return PersonKind::Student;
    if (kind == u"personnel" || kind == u"staff")
        return PersonKind::Staff;
    if (kind == u"autre" || kind == u"other")
        return PersonKind::Other;
    return std::nullopt;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// dd/mm/yyyy (French spreadsheets) or yyyy-mm-dd (ISO); nothing else is guessed.
QDate parseCsvDate(const QString &text)
{
    const QStringView view(text);
    if (text.size() != 10)
        return {};
    if (text[2] == u'/' && text[5] == u'/' && allDigits(view.sliced(0, 2)) && allDigits(view.sliced(3, 2))
        && allDigits(view.sliced(6, 4)))
        return QDate(view.sliced(6, 4).toInt(), view.sliced(3, 2).toInt(), view.sliced(0, 2).toInt());
    if (text[4] == u'-' && text[7] == u'-' && allDigits(view.sliced(0, 4)) && allDigits(view.sliced(5, 2))
        && allDigits(view.sliced(8, 2)))
        return QDate(view.sliced(0, 4).toInt(), view.sliced(5, 2).toInt(), view.sliced(8, 2).toInt());
    return {};
}

// The delimiter of the first non-empty line (outside quotes): the most frequent of ';', tab and ','.
// On a tie ';' wins (what a French spreadsheet writes), then tab.
QChar detectDelimiter(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QStringView line = QStringView(text).sliced(start, end - start);
        if (!line.trimmed().isEmpty()) {
            const std::array<QChar, 3> candidates = {u';', u'\t', u','};
            std::array<int, 3> counts = {0, 0, 0};
            bool quoted = false;
            for (QChar c : line) {
                if (c == u'"')
                    quoted = !quoted;
                for (std::size_t i = 0; i < candidates.size(); ++i) {
                    if (!quoted && c == candidates[i])
                        ++counts[i];
                }
            }
            std::size_t best = 0;
            for (std::size_t i = 1; i < candidates.size(); ++i) {
                if (counts[i] > counts[best])
                    best = i;
            }
            return candidates[best];
        }
        start = end + 1;
    }
    return u';';
}

struct CsvRow {
    int line = 0; // physical line where the row starts
    QStringList fields;
    bool misquoted = false; // text after a closing quote
};

// RFC 4180 split. Line breaks are "\r\n", "\n" or a lone "\r"; a quoted field may hold any of them,
// and the line count goes on through it so later rows keep their true line numbers.
std::vector<CsvRow> splitRows(const QString &text, QChar delimiter, const QString &name)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    row.line = 1;
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false;
    bool rowHasContent = false;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool lineBreak = c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'));
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                field.append(c);
                if (lineBreak)
                    ++line;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !afterQuote) {
            inQuotes = true;
            quoteLine = line;
            rowHasContent = true;
        } else if (c == delimiter) {
            row.fields.append(field);
            field.clear();
            afterQuote = false;
            rowHasContent = true;
        } else if (c == u'\r' && !lineBreak) {
            // the '\r' of "\r\n": the '\n' ends the row
        } else if (lineBreak) {
            row.fields.append(field);
            rows.push_back(std::move(row));
            row = CsvRow();
            field.clear();
            afterQuote = false;
            rowHasContent = false;
            ++line;
            row.line = line;
        } else {
            // A stray quote inside an unquoted field is kept as text; text after a closing quote
            // means the quoting is broken.
            if (afterQuote)
                row.misquoted = true;
            field.append(c);
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        // Everything after the opening quote would be one field: the rows it swallowed cannot be
        // told apart, so the whole file is refused rather than read as people who left.
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1, line %2: a quoted field is never closed; nothing was "
                                                      "imported.")
                              .arg(name)
                              .arg(quoteLine));
    }
    if (rowHasContent || !field.isEmpty()) {
        row.fields.append(field);
        rows.push_back(std::move(row));
    }
    return rows;
}

bool isBlank(const CsvRow &row)
{
    return std::all_of(row.fields.cbegin(), row.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

} // namespace

ParsedImport parseCsv(const QString &text, const QString &name)
{
    ParsedImport result;
    result.source = ParsedImport::Source::Csv;

    std::vector<CsvRow> rows = splitRows(text, detectDelimiter(text), name);
    std::erase_if(rows, isBlank);
    if (rows.empty())
        throw ImportError(QCoreApplication::translate("portique::people", "%1: no record: the file is empty.")
                              .arg(name));

    // Header: which field each column gives.
    const CsvRow &header = rows.front();
    std::array<int, columnCount> index;
    index.fill(-1);
    QStringList ignored;
    for (int i = 0; i < int(header.fields.size()); ++i) {
        const QString title = header.fields[i].trimmed();
        bool known = false;
        const Column column = columnFor(normalised(title), &known);
        if (!known) {
            ignored.append(title.isEmpty()
                               ? QCoreApplication::translate("portique::people", "(column %1, no name)").arg(i + 1)
                               : title);
            continue;
        }
        int &slot = index[std::size_t(column)];
        if (slot >= 0)
            throw ImportError(QCoreApplication::translate("portique::people",
                                                          "%1, line %2: the columns \"%3\" and \"%4\" both give "
                                                          "%5.")
                                  .arg(name)
                                  .arg(header.line)
                                  .arg(header.fields[slot].trimmed(), title, canonicalName(column)));
        slot = i;
    }
    QStringList missing;
    for (Column required : {Column::Id, Column::FamilyName, Column::FirstName}) {
        if (index[std::size_t(required)] < 0)
            missing.append(canonicalName(required));
    }
    if (!missing.isEmpty())
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1, line %2: required column(s) missing: %3 (the first "
                                                      "non-empty line must name the columns).")
                              .arg(name)
                              .arg(header.line)
                              .arg(missing.join(u", ")));
    if (!ignored.isEmpty())
        result.errors.push_back(RowError{header.line, {},
                                         QCoreApplication::translate("portique::people",
                                                                     "Columns ignored and not stored: %1.")
                                             .arg(ignored.join(u", "))});
    if (rows.size() == 1)
        throw ImportError(QCoreApplication::translate("portique::people",
                                                      "%1: no record: the file has a header but no row.")
                              .arg(name));

    const auto title = [&](Column column) { return header.fields[index[std::size_t(column)]].trimmed(); };
    const auto value = [&](const CsvRow &row, Column column) {
        const int i = index[std::size_t(column)];
        return i >= 0 && i < int(row.fields.size()) ? row.fields[i].trimmed() : QString();
    };

    // Ids given more than once: all their rows are refused.
    QHash<QString, std::vector<int>> idLines;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const QString id = value(rows[r], Column::Id);
        if (!id.isEmpty())
            idLines[id].push_back(rows[r].line);
    }

    // rejectedIds keeps the order ids were refused in; this set answers "already listed?" at once
    // (a search of the list made 60,000 bad rows take 15 s: issue 17, defect 14).
    QSet<QString> rejected;
    const auto reject = [&](const QString &id) {
        if (!id.isEmpty() && !rejected.contains(id)) {
            rejected.insert(id);
            result.rejectedIds.append(id);
        }
    };

    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows[r];
        const QString id = value(row, Column::Id);
        const std::size_t errorsBefore = result.errors.size();
        const auto error = [&](const QString &message) { result.errors.push_back(RowError{row.line, id, message}); };

        if (row.fields.size() != header.fields.size()) {
            // The fields may be shifted: nothing else of the row is trusted, but the id (when there
            // is one where expected) is still rejected so the person is not taken for a leaver.
            error(QCoreApplication::translate("portique::people", "%1 fields where the header has %2.")
                      .arg(row.fields.size())
                      .arg(header.fields.size()));
            reject(id);
            continue;
        }
        if (row.misquoted)
            error(QCoreApplication::translate("portique::people", "Text after a closing quote: the quoting is broken."));
        if (id.isEmpty())
            error(QCoreApplication::translate("portique::people", "Empty id."));
        else if (const std::vector<int> &lines = idLines[id]; lines.size() > 1) {
            QStringList where;
            for (int line : lines)
                where.append(QString::number(line));
            error(QCoreApplication::translate("portique::people",
                                              "Id %1 appears %2 times (lines %3): none of these rows is imported.")
                      .arg(id)
                      .arg(lines.size())
                      .arg(where.join(u", ")));
        }
        if (const QString problem = personIdProblem(id); !problem.isEmpty())
            error(problem);

        PersonRecord person;
        person.id = id;
        person.line = row.line;
        person.familyName = value(row, Column::FamilyName);
        person.firstName = value(row, Column::FirstName);
        person.className = value(row, Column::Class);
        if (person.familyName.isEmpty())
            error(QCoreApplication::translate("portique::people", "Empty family name."));
        if (person.firstName.isEmpty())
            error(QCoreApplication::translate("portique::people", "Empty first name."));
        // A NUL, ESC or BEL (issue 17, defect 6) is refused in the row's own words: the column
        // as the file titles it.
        for (const auto &[column, text] : {std::pair{Column::FamilyName, &person.familyName},
                                           std::pair{Column::FirstName, &person.firstName}, std::pair{Column::Class, &person.className}}) {
            // An empty text is already reported, or its column (the class) is absent.
            if (text->isEmpty())
                continue;
            if (const QString problem = textProblem(*text, title(column)); !problem.isEmpty())
                error(problem);
        }

        const QString kindText = value(row, Column::Kind);
        const std::optional<PersonKind> kind = parseKind(kindText);
        if (!kind)
            error(QCoreApplication::translate("portique::people",
                                              "Unknown kind \"%1\" (expected student, staff or other).")
                      .arg(kindText));
        person.kind = kind.value_or(PersonKind::Student);

        const QString birthText = value(row, Column::BirthDate);
        if (!birthText.isEmpty()) {
            person.birthDate = parseCsvDate(birthText);
            if (!person.birthDate.isValid())
                error(QCoreApplication::translate("portique::people",
                                                  "Birth date \"%1\" is not a valid date (dd/mm/yyyy or "
                                                  "yyyy-mm-dd).")
                          .arg(birthText));
        }
        const QString leftText = value(row, Column::LeftOn);
        if (!leftText.isEmpty()) {
            person.leftOn = parseCsvDate(leftText);
            if (!person.leftOn.isValid())
                error(QCoreApplication::translate("portique::people",
                                                  "Leaving date \"%1\" is not a valid date (dd/mm/yyyy or "
                                                  "yyyy-mm-dd).")
                          .arg(leftText));
        }
        // A student needs a class (the gate checks it) and a birth date (minors need consent).
        if (kind == PersonKind::Student) {
            if (person.className.isEmpty())
                error(QCoreApplication::translate("portique::people", "A student needs a class."));
            if (birthText.isEmpty())
                error(QCoreApplication::translate("portique::people", "A student needs a birth date."));
        }

        if (result.errors.size() == errorsBefore)
            result.people.push_back(std::move(person));
        else
            reject(id);
    }
    return result;
}

} // namespace portique::people
