// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "importservice.h"

#include "access/credentialstore.h"
#include "accounts/userstore.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "peoplestore.h"
#include "privacy/auditlog.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace portique::people {
namespace {

PersonSource sourceOf(const ParsedImport &parsed)
{
    return parsed.source == ParsedImport::Source::Csv ? PersonSource::Csv : PersonSource::Siecle;
}

Person personFrom(const PersonRecord &record, PersonSource source)
{
    return Person{record.id, record.kind, record.familyName, record.firstName, record.className, record.birthDate, record.leftOn, source};
}

/// @p fromFile, with the @p kept fields (rectified by a DPO) as @p stored holds them.
Person keeping(const Person &stored, Person fromFile, const QStringList &kept)
{
    if (kept.contains(u"family_name"))
        fromFile.familyName = stored.familyName;
    if (kept.contains(u"first_name"))
        fromFile.firstName = stored.firstName;
    if (kept.contains(u"class"))
        fromFile.className = stored.className;
    if (kept.contains(u"birth_date"))
        fromFile.birthDate = stored.birthDate;
    return fromFile;
}

QJsonObject personJson(const QString &id, const QString &family, const QString &first, const QString &className)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("family_name"), family},
                       {QStringLiteral("first_name"), first},
                       {QStringLiteral("class"), className}};
}

/// A school's list rarely loses more than a few people between two exports; past this share, the
/// file is probably the wrong one (another school, a single class) and needs an explicit force.
constexpr double massDepartureShare = 0.5;
constexpr int massDepartureMinimum = 10;

} // namespace

QJsonObject ImportPreview::toJson() const
{
    QJsonArray addedJson;
    for (const PersonRecord &record : added)
        addedJson.append(personJson(record.id, record.familyName, record.firstName, record.className));
    QJsonArray changedJson;
    for (const Change &change : changed) {
        QJsonObject entry = personJson(change.record.id, change.record.familyName, change.record.firstName, change.record.className);
        entry.insert(QStringLiteral("fields"), QJsonArray::fromStringList(change.fields));
        entry.insert(QStringLiteral("rectified"), QJsonArray::fromStringList(change.rectified));
        entry.insert(QStringLiteral("restricted"), change.restricted);
        changedJson.append(entry);
    }
    QJsonArray leavingJson;
    for (const Leaver &leaver : leaving) {
        QJsonObject entry = personJson(leaver.person.id, leaver.person.familyName, leaver.person.firstName, leaver.person.className);
        entry.insert(QStringLiteral("left_on"), common::isoDate(leaver.leftOn));
        entry.insert(QStringLiteral("absent_from_file"), leaver.absentFromFile);
        leavingJson.append(entry);
    }
    QJsonArray errorsJson;
    for (const RowError &error : parsed.errors) {
        errorsJson.append(QJsonObject{
            {QStringLiteral("line"), error.line}, {QStringLiteral("id"), error.recordId}, {QStringLiteral("message"), error.message}});
    }
    const char *source = parsed.source == ParsedImport::Source::Csv               ? "csv"
                         : parsed.source == ParsedImport::Source::SiecleGuardians ? "siecle_guardians"
                                                                                  : "siecle";
    return QJsonObject{{QStringLiteral("source"), QString::fromLatin1(source)},
                       {QStringLiteral("encoding"), parsed.encoding},
                       {QStringLiteral("school_uai"), parsed.schoolUai},
                       {QStringLiteral("export_date"), common::isoDate(parsed.exportDate)},
                       {QStringLiteral("day"), common::isoDate(day)},
                       {QStringLiteral("records"), qint64(parsed.people.size())},
                       {QStringLiteral("new"), addedJson},
                       {QStringLiteral("changed"), changedJson},
                       {QStringLiteral("leaving"), leavingJson},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("guardian_links"), guardianLinks},
                       {QStringLiteral("guardian_students"), guardianStudents},
                       {QStringLiteral("guardian_links_ignored"), guardianLinksIgnored},
                       {QStringLiteral("errors"), errorsJson},
                       {QStringLiteral("blocker"), blocker},
                       {QStringLiteral("mass_departure"), massDeparture}};
}

ImportService::ImportService(storage::Database &database, access::CredentialStore &credentials, privacy::AuditLog &audit,
                             const common::Clock &clock)
    : m_database(database)
    , m_credentials(credentials)
    , m_audit(audit)
    , m_clock(clock)
{
}

ImportPreview ImportService::preview(const ParsedImport &parsed)
{
    ImportPreview preview;
    preview.parsed = parsed;
    preview.day = m_clock.now().toLocalTime().date();
    PeopleStore store(m_database);

    if (parsed.source == ParsedImport::Source::SiecleGuardians) {
        // A set, not the list: one lookup per link (issue 17, defect 14).
        const QSet<QString> rejected(parsed.rejectedIds.cbegin(), parsed.rejectedIds.cend());
        QSet<QString> students;
        for (const GuardianRecord &link : parsed.guardians) {
            const std::optional<Person> student = store.find(link.studentId);
            if (!student || student->kind != PersonKind::Student || !student->activeOn(preview.day) || rejected.contains(link.studentId)) {
                ++preview.guardianLinksIgnored;
                continue;
            }
            ++preview.guardianLinks;
            students.insert(link.studentId);
        }
        preview.guardianStudents = int(students.size());
        return preview;
    }

    if (parsed.source == ParsedImport::Source::SiecleStudents) {
        const QString uai = station::SettingsStore(m_database, m_audit).value(station::settings::schoolUai);
        if (!uai.isEmpty() && !parsed.schoolUai.isEmpty() && uai.compare(parsed.schoolUai, Qt::CaseInsensitive) != 0)
            preview.blocker =
                QCoreApplication::translate("portique::people", "This export is from the school %1, but this station belongs to %2.")
                    .arg(parsed.schoolUai, uai);
    }
    if (parsed.people.empty() && preview.blocker.isEmpty())
        preview.blocker = QCoreApplication::translate("portique::people", "The file has no valid record: nothing can be imported.");

    const PersonSource source = sourceOf(parsed);
    QHash<QString, Person> existing;
    for (Person &person : store.ofSource(source))
        existing.insert(person.id, std::move(person));

    QSet<QString> inFile;
    for (const PersonRecord &record : parsed.people) {
        inFile.insert(record.id);
        const Person after = personFrom(record, source);
        std::optional<Person> before;
        if (auto it = existing.constFind(record.id); it != existing.cend())
            before = *it;
        else
            before = store.find(record.id); // the same id from another source: an error below
        if (!before) {
            preview.added.push_back(record);
            continue;
        }
        if (before->source != source) {
            preview.parsed.errors.push_back(
                {record.line, record.id,
                 QCoreApplication::translate("portique::people", "The id %1 already belongs to %2, imported from another source.")
                     .arg(record.id, before->displayName())});
            preview.parsed.rejectedIds << record.id;
            continue;
        }
        if (before->activeOn(preview.day) && !after.activeOn(preview.day)) {
            preview.leaving.push_back({*before, after.leftOn, false});
            continue;
        }
        const QStringList fields = changedFields(*before, after);
        if (fields.isEmpty()) {
            ++preview.unchanged;
            continue;
        }
        const QStringList rectifiedFields = store.rectifiedFields(record.id);
        QStringList rectified;
        for (const QString &field : fields) {
            if (rectifiedFields.contains(field))
                rectified << field;
        }
        preview.changed.push_back({record, *before, fields, rectified, before->restricted()});
    }
    const QSet<QString> rejected(parsed.rejectedIds.cbegin(), parsed.rejectedIds.cend());
    int active = 0;
    for (const Person &person : std::as_const(existing)) {
        if (!person.activeOn(preview.day))
            continue;
        ++active;
        if (!inFile.contains(person.id) && !rejected.contains(person.id))
            preview.leaving.push_back({person, preview.day, true});
    }
    std::sort(preview.leaving.begin(), preview.leaving.end(),
              [](const auto &a, const auto &b) { return a.person.displayName() < b.person.displayName(); });
    if (preview.blocker.isEmpty() && int(preview.leaving.size()) >= massDepartureMinimum
        && double(preview.leaving.size()) > massDepartureShare * active) {
        preview.massDeparture = true;
        preview.blocker = QCoreApplication::translate("portique::people",
                                                      "%1 of the %2 people present would be marked as having left: is this the right file?")
                              .arg(preview.leaving.size())
                              .arg(active);
    }
    return preview;
}

ImportPreview ImportService::apply(const ParsedImport &parsed, const QString &actor, bool force, bool overwriteRectified)
{
    int rectifiedKept = 0;
    int rectifiedOverwritten = 0;
    int restrictedHeld = 0;
    bool overwriteAllowed = false;
    if (overwriteRectified) {
        const std::optional<accounts::User> user = accounts::UserStore(m_database, m_audit, m_clock).find(actor);
        overwriteAllowed = user && !user->disabled && accounts::roleAllows(user->role, accounts::Permission::ManagePrivacy);
    }
    // The DPO's rectifications of @p person that this import keeps (all of them unless told
    // otherwise); an overwritten one is forgotten, the file's value being the one held now.
    const auto keptFields = [&](const QString &personId, const QStringList &fields) {
        QStringList rectified;
        for (const QString &field : PeopleStore(m_database).rectifiedFields(personId)) {
            if (fields.contains(field))
                rectified << field;
        }
        if (!overwriteRectified) {
            rectifiedKept += int(rectified.size());
            return rectified;
        }
        if (!rectified.isEmpty() && !overwriteAllowed) {
            // A rectification is the DPO's act on a person's request: only a DPO undoes it.
            throw ImportError(QCoreApplication::translate("portique::people", "Only the data protection officer may replace "
                                                                              "values a DPO rectified with the file's; %1 may not.")
                                  .arg(actor));
        }
        for (const QString &field : std::as_const(rectified))
            m_database.execute(QStringLiteral("DELETE FROM rectified_fields WHERE person_id = ?1 AND field = ?2"), {personId, field});
        rectifiedOverwritten += int(rectified.size());
        return QStringList();
    };
    ImportPreview done;
    m_database.transaction([&] {
        done = preview(parsed);
        if (!done.blocker.isEmpty() && !(done.massDeparture && force))
            throw ImportError(done.blocker);
        const QDateTime now = m_clock.now();
        PeopleStore store(m_database);
        const PersonSource source = sourceOf(parsed);

        if (parsed.source == ParsedImport::Source::SiecleGuardians) {
            QHash<QString, std::vector<Guardian>> byStudent;
            const QSet<QString> rejected(parsed.rejectedIds.cbegin(), parsed.rejectedIds.cend());
            for (const GuardianRecord &link : parsed.guardians) {
                // A student with a damaged link keeps the representatives already known.
                if (rejected.contains(link.studentId))
                    continue;
                const std::optional<Person> student = store.find(link.studentId);
                if (student && student->kind == PersonKind::Student && student->activeOn(done.day))
                    byStudent[link.studentId].push_back(
                        {link.studentId, link.guardianId, link.familyName, link.firstName, link.relationship});
            }
            for (auto it = byStudent.cbegin(); it != byStudent.cend(); ++it)
                store.replaceGuardians(it.key(), it.value());
        } else {
            for (const PersonRecord &record : done.added)
                store.save(personFrom(record, source), now);
            for (const ImportPreview::Change &change : done.changed) {
                if (change.restricted) {
                    ++restrictedHeld; // frozen (art. 18): written once the restriction is lifted
                    continue;
                }
                store.save(keeping(change.before, personFrom(change.record, source), keptFields(change.record.id, change.fields)), now);
            }
            for (const ImportPreview::Leaver &leaver : done.leaving) {
                Person person = leaver.person;
                person.leftOn = leaver.leftOn;
                // A restricted leaver's record stays as it is but for the leaving date: the badge must
                // stop opening the gate all the same.
                if (!leaver.absentFromFile && !leaver.person.restricted()) {
                    for (const PersonRecord &record : parsed.people) {
                        if (record.id == person.id) {
                            const Person fromFile = personFrom(record, source);
                            person = keeping(leaver.person, fromFile, keptFields(person.id, changedFields(leaver.person, fromFile)));
                        }
                    }
                }
                store.save(person, now);
                m_credentials.revokeAllOf(person.id, QStringLiteral("left"), actor);
                // A leaver's type-2 template opens nothing any more: it goes at once.
                m_database.execute(QStringLiteral("DELETE FROM face_templates WHERE person_id = ?1"), {person.id});
            }
            if (parsed.source == ParsedImport::Source::SiecleStudents && !parsed.schoolUai.isEmpty()) {
                station::SettingsStore settings(m_database, m_audit);
                if (settings.value(station::settings::schoolUai).isEmpty())
                    settings.set(station::settings::schoolUai, parsed.schoolUai, actor);
            }
        }
        m_audit.append(actor, QStringLiteral("people.import"), QString(),
                       QJsonObject{{QStringLiteral("source"), done.toJson().value(QStringLiteral("source"))},
                                   {QStringLiteral("new"), qint64(done.added.size())},
                                   {QStringLiteral("changed"), qint64(done.changed.size())},
                                   {QStringLiteral("leaving"), qint64(done.leaving.size())},
                                   {QStringLiteral("unchanged"), done.unchanged},
                                   {QStringLiteral("guardian_links"), done.guardianLinks},
                                   {QStringLiteral("errors"), qint64(done.parsed.errors.size())},
                                   {QStringLiteral("forced"), done.massDeparture && force},
                                   {QStringLiteral("rectified_kept"), rectifiedKept},
                                   {QStringLiteral("rectified_overwritten"), rectifiedOverwritten},
                                   {QStringLiteral("restricted_held"), restrictedHeld}});
    });
    return done;
}

} // namespace portique::people
