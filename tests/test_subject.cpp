// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Subject access and erasure (issue 9) against a seeded school day: the export holds every row of
// every table that names the person (found independently of the code under test), never a
// template; after an erasure no table of the decrypted database, and no byte of the decrypted
// file, holds the person's id, names, date of birth or badges; the audit chain still verifies,
// and tampering with the erased records is still found.
#include "peoplefixture.h"
#include "rawpages.h"
#include "teststation.h"

#include "common/isotime.h"
#include "common/refusal.h"
#include "privacy/erasure.h"
#include "privacy/purge.h"
#include "privacy/subjectexport.h"
#include "station/demoday.h"
#include "station/stationservices.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace portique;

namespace {

/// The seeded day: a Thursday four days before the fake clock's now (inside every period).
const QDate seededDay(2026, 11, 26);

QStringList tablesOf(storage::Database &db)
{
    QStringList tables;
    storage::Statement rows = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (rows.next())
        tables << rows.toText(0);
    return tables;
}

QStringList columnsOf(storage::Database &db, const QString &table)
{
    QStringList columns;
    storage::Statement rows = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (rows.next())
        columns << rows.toText(1);
    return columns;
}

QString literals(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values)
        quoted << u'\'' + value.replace(u'\'', QStringLiteral("''")) + u'\'';
    return quoted.join(u',');
}

/// Every cell of every table, as text (blobs as their bytes), holding one of @p needles:
/// "table.column: value" for each.
QStringList searchEverywhere(storage::Database &db, const QStringList &needles)
{
    QStringList hits;
    for (const QString &table : tablesOf(db)) {
        const QStringList columns = columnsOf(db, table);
        QStringList selected;
        for (const QString &column : columns)
            selected << QStringLiteral("typeof(%1)").arg(column) << column;
        storage::Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u", "), table));
        while (rows.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const bool blob = rows.toText(2 * c) == u"blob";
                const QByteArray bytes = blob ? rows.toBlob(2 * c + 1) : rows.toText(2 * c + 1).toUtf8();
                for (const QString &needle : needles) {
                    if (bytes.contains(needle.toUtf8()))
                        hits << QStringLiteral("%1.%2 holds %3").arg(table, columns[c], needle);
                }
            }
        }
    }
    return hits;
}

/// Independently of SubjectScope: per table, the rows in which some column holds one of
/// @p values exactly, or whose event_id is one of @p events. The audit trail is checked apart.
QMap<QString, qint64> rowsNaming(storage::Database &db, const QStringList &values, const QStringList &events)
{
    QMap<QString, qint64> counts;
    for (const QString &table : tablesOf(db)) {
        if (table == u"audit_log")
            continue;
        QStringList conditions;
        for (const QString &column : columnsOf(db, table)) {
            conditions << QStringLiteral("%1 IN (%2)").arg(column, literals(values));
            if (column == u"event_id" && !events.isEmpty())
                conditions << QStringLiteral("event_id IN (%1)").arg(events.join(u','));
        }
        const qint64 count = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, conditions.join(QStringLiteral(" OR ")))).toLongLong();
        if (count > 0)
            counts.insert(table, count);
    }
    return counts;
}

QStringList textColumn(storage::Database &db, const QString &sql, const QString &value)
{
    QStringList values;
    storage::Statement rows = db.prepare(sql);
    rows.bind(1, value);
    while (rows.next())
        values << rows.toText(0);
    return values;
}

/// A student of the seeded day who passed, the one with the most overrides, then passages.
QString studentWhoPassed(storage::Database &db)
{
    return db
        .scalar(QStringLiteral("SELECT e.person_id FROM access_events e JOIN people p ON p.id = e.person_id WHERE p.kind = 'student' "
                               "GROUP BY e.person_id ORDER BY (SELECT count(*) FROM overrides o JOIN access_events x ON x.id = o.event_id "
                               "WHERE x.person_id = e.person_id) DESC, count(*) DESC, e.person_id LIMIT 1"))
        .toString();
}

/// What identifies the person anywhere: id, names as written (both orders), the date of birth
/// when no one else shares it, badges' serials, legal representatives' ids.
QStringList identifiersOf(storage::Database &db, const QString &personId)
{
    storage::Statement person = db.prepare(QStringLiteral("SELECT family_name, first_name, birth_date FROM people WHERE id = ?1"));
    person.bind(1, personId);
    if (!person.next())
        return {};
    const QString family = person.toText(0);
    const QString first = person.toText(1);
    const QString birth = person.toText(2);
    QStringList needles{personId, first + u' ' + family, family + u' ' + first};
    if (db.scalar(QStringLiteral("SELECT count(*) FROM people WHERE birth_date = ?1"), {birth}).toLongLong() == 1)
        needles << birth;
    needles << textColumn(db, QStringLiteral("SELECT serial FROM credentials WHERE person_id = ?1"), personId);
    needles << textColumn(db, QStringLiteral("SELECT guardian_id FROM guardians WHERE student_id = ?1"), personId);
    return needles;
}

/// The redaction MAC as docs/audit-chain.md describes it, written again here with libsodium:
/// BLAKE2b-256 keyed with the chain's key (derived from the database key) over length-prefixed
/// fields, numbers as 8 little-endian bytes. Only someone holding the database key can do this.
QByteArray redactionHash(const storage::Database &db, qint64 seq, const QString &at, const QString &actor, const QString &action,
                         qint64 redactedBy)
{
    const storage::DatabaseKey key = db.derivedKey(1, "PQauditc");
    crypto_generichash_state state;
    crypto_generichash_init(&state, key.data(), storage::DatabaseKey::size, 32);
    auto number = [&](quint64 value) {
        unsigned char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<unsigned char>(value >> (8 * i));
        crypto_generichash_update(&state, le, sizeof le);
    };
    auto text = [&](const QByteArray &bytes) {
        number(quint64(bytes.size()));
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    };
    text(QByteArrayLiteral("portique.audit.redacted"));
    number(quint64(seq));
    text(at.toUtf8());
    text(actor.toUtf8());
    text(action.toUtf8());
    number(quint64(redactedBy));
    QByteArray out(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

bool pdftotextPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSubject final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportIsCompleteAgainstASeededHistory()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        station::seedDemoDay(db, seededDay);
        const QString personId = studentWhoPassed(db);
        QVERIFY(!personId.isEmpty());
        const QStringList serials = textColumn(db, QStringLiteral("SELECT serial FROM credentials WHERE person_id = ?1"), personId);
        const QStringList events = textColumn(
            db, QStringLiteral("SELECT id FROM access_events WHERE person_id = ?1 OR credential_serial IN (%1)").arg(literals(serials)), personId);
        QVERIFY(events.size() >= 2);
        const QMap<QString, qint64> expected = rowsNaming(db, QStringList{personId} + serials, events);
        QVERIFY(expected.contains(QStringLiteral("overrides")));
        QVERIFY(expected.contains(QStringLiteral("consents")));
        const QByteArray sealed = db.scalar(QStringLiteral("SELECT sealed FROM face_templates WHERE person_id = ?1"), {personId}).toByteArray();

        const qint64 auditBefore = station.audit().count();
        const privacy::SubjectExport exported = privacy::SubjectAccess(db, station.clock()).exportSubject(personId, QStringLiteral("dpo"));
        QCOMPARE(exported.kind, privacy::SubjectKind::Person);
        const QJsonObject records = exported.data[u"records"].toObject();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(records.contains(it.key()), qPrintable(QStringLiteral("the export misses the table ") + it.key()));
            QCOMPARE(records[it.key()].toArray().size(), it.value());
            // Every column, but a template's sealed bytes.
            QStringList columns = columnsOf(db, it.key());
            columns.removeAll(QStringLiteral("sealed"));
            const QStringList keys = records[it.key()].toArray().first().toObject().keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()), QSet<QString>(columns.begin(), columns.end()));
        }
        for (auto it = records.begin(); it != records.end(); ++it)
            QVERIFY2(it.value().toArray().isEmpty() || expected.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(records[u"people"].toArray().first().toObject()[u"id"].toString(), personId);
        QCOMPARE(records[u"access_events"].toArray().size(), events.size());
        QCOMPARE(exported.data[u"face_template_held"].toBool(), !sealed.isEmpty());

        // The audit lines about them: their badge, their consent, each of their passages.
        QSet<QString> actions;
        for (const QJsonValue &record : exported.data[u"audit"].toArray())
            actions << record.toObject()[u"action"].toString();
        QVERIFY(actions.contains(QStringLiteral("badge.issue")));
        QVERIFY(actions.contains(QStringLiteral("gate.decision")));
        QVERIFY(actions.contains(QStringLiteral("gate.override")));

        // Never the template: not its bytes, not even its column.
        const QByteArray json = exported.toJson();
        QVERIFY(!json.contains("\"sealed\""));
        if (!sealed.isEmpty())
            QVERIFY(!json.contains(sealed.toBase64()));
        QVERIFY(!json.contains("secret"));

        // Audited: who exported whom.
        QCOMPARE(station.audit().count(), auditBefore + 1);
        const privacy::AuditRecord audited = station.audit().newest(1).first();
        QCOMPARE(audited.action, QStringLiteral("subject.export"));
        QCOMPARE(audited.object, personId);
        QCOMPARE(audited.actor, QStringLiteral("dpo"));

        QTemporaryDir out;
        const QStringList files = privacy::writeSubjectFiles(out.path(), exported);
        QCOMPARE(files.size(), 2);
        QCOMPARE(QFileInfo(files[0]).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(QJsonDocument::fromJson([&] {
                     QFile file(files[0]);
                     file.open(QIODevice::ReadOnly);
                     return file.readAll();
                 }())
                     .object(),
                 exported.data);
        qInfo("export of %s: %d records, JSON %lld bytes, PDF %lld bytes, %lld pages", qPrintable(personId), exported.recordCount(),
              QFileInfo(files[0]).size(), QFileInfo(files[1]).size(), qint64(privacy::renderSubjectPages(exported, 30).size()));
        if (!pdftotextPresent())
            QSKIP("pdftotext is absent: the PDF's text is not checked");
        const QString text = pdfText(files[1]);
        const QJsonObject person = records[u"people"].toArray().first().toObject();
        QVERIFY(text.contains(person[u"family_name"].toString()));
        QVERIFY(text.contains(QStringLiteral("Passages at the gate")));
        QVERIFY(text.contains(QStringLiteral("Audit trail records")));
    }

    void aSchoolYearOfPassages()
    {
        // Two passages a school day for 180 days, one in ten overridden: the size of the largest
        // export a student can ask for within the default periods (docs/privacy-operations.md).
        test::TestStation station;
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("Y1"), QDate(2009, 5, 6));
        station::StationServices services(db, station.clock());
        services.enrolments.issueBadgeOnly(QStringLiteral("Y1"), QStringLiteral("agent"));
        const QDateTime start = station.clock().now().addDays(-180);
        db.transaction([&] {
            for (int i = 0; i < 360; ++i) {
                db.execute(QStringLiteral("INSERT INTO access_events (at, lane, method, person_id, outcome, reasons, latency_ms, agent) "
                                          "VALUES (?1, 'Voie 1', 'scanner', 'Y1', 'granted', 'badge_valid', 90, 'agent')"),
                           {common::isoTime(start.addSecs(qint64(i) * 43200))});
                if (i % 10 == 0)
                    db.execute(QStringLiteral("INSERT INTO overrides (event_id, at, agent, outcome, reason) VALUES (?1, ?2, 'agent', 'granted', 'known_person')"),
                               {db.lastInsertId(), common::isoTime(start.addSecs(qint64(i) * 43200 + 20))});
            }
        });
        QElapsedTimer timer;
        timer.start();
        const privacy::SubjectExport exported = privacy::SubjectAccess(db, station.clock()).exportSubject(QStringLiteral("Y1"), QStringLiteral("dpo"));
        const qint64 collectMs = timer.restart();
        QTemporaryDir out;
        const QStringList files = privacy::writeSubjectFiles(out.path(), exported);
        const qint64 writeMs = timer.elapsed();
        const int pages = int(privacy::renderSubjectPages(exported, 30).size());
        QCOMPARE(exported.data[u"records"].toObject()[u"access_events"].toArray().size(), 360);
        QVERIFY(pages >= 5);
        qInfo("a year of passages: %d records, collected in %lld ms, JSON %lld bytes, PDF %lld bytes (%d pages) written in %lld ms",
              exported.recordCount(), collectMs, QFileInfo(files[0]).size(), QFileInfo(files[1]).size(), pages, writeMs);

        // Erasing them from a trail of a school's year (PORTIQUE_AUDIT_ROWS, default 50,000 records
        // of other people's passages around theirs): one scan of the trail.
        const int filler = qEnvironmentVariableIsSet("PORTIQUE_AUDIT_ROWS") ? qEnvironmentVariableIntValue("PORTIQUE_AUDIT_ROWS") : 50000;
        db.transaction([&] {
            for (int i = 0; i < filler; ++i)
                services.audit.append(QStringLiteral("agent"), QStringLiteral("gate.decision"), QString::number(100000 + i),
                                      {{QStringLiteral("lane"), QStringLiteral("Voie 1")}, {QStringLiteral("outcome"), QStringLiteral("granted")}});
        });
        timer.restart();
        const privacy::ErasureReport erased = privacy::Erasure(db, station.clock()).erase(QStringLiteral("Y1"), QStringLiteral("dpo"));
        qInfo("erasure of %lld rows among %d audit records: %lld ms", erased.total(), filler, timer.elapsed());
        QCOMPARE(erased.total(), 360 + 36 + 1 + 1);
        QVERIFY(station.audit().verify().intact);
    }

    void erasureLeavesNothingAndTheChainStillVerifies()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        station::seedDemoDay(db, seededDay);
        const QString personId = studentWhoPassed(db);
        const QStringList needles = identifiersOf(db, personId);
        QVERIFY(needles.size() >= 5);
        // Someone wrote the person's name in a note about another passage.
        const qint64 otherEvent = db.scalar(QStringLiteral("SELECT e.id FROM access_events e WHERE e.person_id <> ?1 AND NOT EXISTS "
                                                           "(SELECT 1 FROM overrides o WHERE o.event_id = e.id) LIMIT 1"),
                                            {personId})
                                      .toLongLong();
        station::StationServices services(db, station.clock());
        services.events.addOverride(otherEvent, access::Outcome::Granted, access::OverrideReason::Other,
                                    QStringLiteral("Reconnu par ") + needles[1] + QStringLiteral(" à la grille"), QStringLiteral("agent"));
        QVERIFY(!searchEverywhere(db, needles).isEmpty());
        QVERIFY(station.audit().verify().intact);
        const qint64 auditBefore = station.audit().count();

        privacy::Erasure erasure(db, station.clock());
        const privacy::ErasureReport preview = erasure.preview(personId);
        QVERIFY(preview.preview);
        QVERIFY(preview.total() > 5);
        QCOMPARE(preview.notesScrubbed, 1);
        QCOMPARE(station.audit().count(), auditBefore); // a preview changes nothing
        const privacy::ErasureReport report = erasure.erase(personId, QStringLiteral("dpo"));
        QCOMPARE(report.total(), preview.total());
        QCOMPARE(report.auditRecordsBlanked, preview.auditRecordsBlanked);
        QVERIFY(report.auditRecordsBlanked >= 3);
        QCOMPARE(report.notesScrubbed, 1);

        const QStringList hits = searchEverywhere(db, needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        const QString note = db.scalar(QStringLiteral("SELECT note FROM overrides WHERE event_id = ?1"), {otherEvent}).toString();
        QCOMPARE(note, QStringLiteral("Reconnu par […] à la grille"));

        // The chain verifies, and the erasure is one record: by whom, when; not what.
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        QCOMPARE(station.audit().count(), auditBefore + 1); // the erasure alone
        const privacy::AuditRecord erased = station.audit().newest(1).first();
        QCOMPARE(erased.action, QStringLiteral("subject.erase"));
        QCOMPARE(erased.actor, QStringLiteral("dpo"));
        QVERIFY(erased.object.isEmpty());
        QCOMPARE(erased.details[u"records"].toInteger(), report.auditRecordsBlanked);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE redacted_by = ?1"), {erased.seq}).toLongLong(),
                 report.auditRecordsBlanked);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE redacted_by IS NOT NULL AND (object <> '' OR details <> '{}')"))
                     .toLongLong(),
                 0);

        // Nor in the bytes of the file: free pages, page slack, the WAL.
        station.close();
        const QByteArray plain = test::decryptedDatabase(station.databasePath(), station.key());
        QVERIFY(test::looksDecrypted(plain));
        const QByteArray wal = test::decryptedWal(station.databasePath() + QStringLiteral("-wal"), station.key());
        for (const QString &needle : needles) {
            QVERIFY2(!plain.contains(needle.toUtf8()), qPrintable(QStringLiteral("the file still holds ") + needle));
            QVERIFY2(!wal.contains(needle.toUtf8()), qPrintable(QStringLiteral("the WAL still holds ") + needle));
        }
    }

    void erasedRecordsAreStillProtected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("erased record's actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE seq = %1") << QStringLiteral("altered after its erasure");
        QTest::newRow("erased record's action changed") << QStringLiteral("UPDATE audit_log SET action = 'login.ok' WHERE seq = %1") << QStringLiteral("altered after its erasure");
        QTest::newRow("text written back into an erased record") << QStringLiteral("UPDATE audit_log SET object = 'x' WHERE seq = %1") << QStringLiteral("still holds text");
        QTest::newRow("erased mark removed") << QStringLiteral("UPDATE audit_log SET redacted_by = NULL WHERE seq = %1") << QStringLiteral("altered after it was written");
        // Another record blanked to hide an edit, with a copied redaction hash or even the right
        // one: the erasure record's count and digest show it.
        QTest::newRow("another record marked erased")
            << QStringLiteral("UPDATE audit_log SET object = '', details = '{}', redacted_by = (SELECT redacted_by FROM audit_log WHERE seq = %1), "
                              "redaction_hash = (SELECT redaction_hash FROM audit_log WHERE seq = %1) WHERE action = 'test.other'")
            << QStringLiteral("altered after its erasure");
    }
    void erasedRecordsAreStillProtected()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        test::TestStation station;
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("E1"), QDate(2009, 5, 6));
        station::StationServices services(db, station.clock());
        services.enrolments.issueBadgeOnly(QStringLiteral("E1"), QStringLiteral("agent"));
        services.audit.append(QStringLiteral("agent"), QStringLiteral("test.other"), QStringLiteral("not about E1"));
        privacy::Erasure(db, station.clock()).erase(QStringLiteral("E1"), QStringLiteral("dpo"));
        QVERIFY(station.audit().verify().intact);
        const qint64 erased = db.scalar(QStringLiteral("SELECT min(seq) FROM audit_log WHERE redacted_by IS NOT NULL")).toLongLong();
        QVERIFY(erased > 0);
        db.execute(sql.arg(erased));
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY(!verified.intact);
        QVERIFY2(verified.problem.contains(problem), qPrintable(verified.problem));
    }

    void anotherRecordMarkedErasedWithAValidHashIsFound()
    {
        // Someone who holds the database key and reimplemented the redaction MAC (docs/audit-chain.md
        // gives it) marks an unrelated record erased by the erasure record: the erasure's count and
        // digest show it.
        test::TestStation station;
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("E1"), QDate(2009, 5, 6));
        station::StationServices services(db, station.clock());
        services.enrolments.issueBadgeOnly(QStringLiteral("E1"), QStringLiteral("agent"));
        const qint64 victim = services.audit.append(QStringLiteral("agent"), QStringLiteral("test.other"), QStringLiteral("not about E1"));
        const qint64 erasure = privacy::Erasure(db, station.clock()).erase(QStringLiteral("E1"), QStringLiteral("dpo")).auditSeq;
        storage::Statement row = db.prepare(QStringLiteral("SELECT at, actor, action FROM audit_log WHERE seq = ?1"));
        row.bind(1, victim);
        QVERIFY(row.next());
        const QByteArray hash = redactionHash(db, victim, row.toText(0), row.toText(1), row.toText(2), erasure);
        db.execute(QStringLiteral("UPDATE audit_log SET object = '', details = '{}', redacted_by = ?2, redaction_hash = ?3 WHERE seq = ?1"),
                   {victim, erasure, hash});
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY(!verified.intact);
        QCOMPARE(verified.firstBrokenSeq, erasure);
        QVERIFY2(verified.problem.contains(QStringLiteral("does not match the records marked erased")), qPrintable(verified.problem));
    }

    void erasedBadgeIsRefusedAtTheGate()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        test::addPerson(db, QStringLiteral("B1"), QDate(2009, 5, 6));
        station::StationServices services(db, station.clock());
        const access::IssuedBadge badge = services.enrolments.issueBadgeOnly(QStringLiteral("B1"), QStringLiteral("agent"));
        QVERIFY(services.credentials.verify(badge.payload).valid());
        const privacy::ErasureReport report = privacy::Erasure(db, station.clock()).erase(QStringLiteral("B1"), QStringLiteral("dpo"));
        QCOMPARE(report.credentialsRevoked, 1);
        const access::Verification check = services.credentials.verify(badge.payload);
        QVERIFY(!check.valid());
        QCOMPARE(check.verdict, access::Verdict::UnknownSerial);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, privacy::Erasure(db, station.clock()).erase(QStringLiteral("B1"), QStringLiteral("dpo")));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, privacy::SubjectAccess(db, station.clock()).exportSubject(QStringLiteral("B1"), QStringLiteral("dpo")));
    }

    void visitorsToo()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        station::seedDemoDay(db, seededDay);
        // The parent whose pass was shown again after she left: a visit, a refused passage, an alert.
        const QString visitorId = db.scalar(QStringLiteral("SELECT id FROM visitors WHERE name = 'Claire Dubois'")).toString();
        QVERIFY(!visitorId.isEmpty());
        const QString serial = db.scalar(QStringLiteral("SELECT pass_serial FROM visitors WHERE id = ?1"), {visitorId}).toString();
        const QStringList events = textColumn(db, QStringLiteral("SELECT id FROM access_events WHERE visitor_id = ?1"), visitorId);
        QCOMPARE(events.size(), 1);
        const QMap<QString, qint64> expected = rowsNaming(db, {visitorId, serial}, events);

        const privacy::SubjectExport exported = privacy::SubjectAccess(db, station.clock()).exportSubject(visitorId, QStringLiteral("dpo"));
        QCOMPARE(exported.kind, privacy::SubjectKind::Visitor);
        const QJsonObject records = exported.data[u"records"].toObject();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(records[it.key()].toArray().size(), it.value());
        QCOMPARE(records[u"alerts"].toArray().size(), 1);
        QVERIFY(!privacy::renderSubjectPages(exported, 30).isEmpty());

        privacy::Erasure(db, station.clock()).erase(visitorId, QStringLiteral("dpo"));
        const QStringList hits = searchEverywhere(db, {visitorId, QStringLiteral("Claire Dubois"), serial});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY(station.audit().verify().intact);
    }

    void aVisitorOnSiteIsNotErased()
    {
        test::TestStation station;
        storage::Database &db = station.database();
        db.execute(QStringLiteral("INSERT INTO visitors (id, name, folded_name, host, arrived_at, expected_departure, pass_serial, pass_valid_until, "
                                  "registered_by) VALUES ('V1', 'Jean Fictif', 'jean fictif', 'Accueil', ?1, ?1, 'ab', ?1, 'agent')"),
                   {common::isoTime(station.clock().now())});
        QVERIFY_THROWS_EXCEPTION(common::Refusal, privacy::Erasure(db, station.clock()).erase(QStringLiteral("V1"), QStringLiteral("dpo")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM visitors")).toLongLong(), 1);
    }

    void erasureThenAuditRetentionStillVerifies()
    {
        // The erased records are old: the retention purge drops some of them (not all) a year on.
        test::TestStation station;
        storage::Database &db = station.database();
        const QDateTime start = station.clock().now();
        test::addPerson(db, QStringLiteral("R1"), QDate(2009, 5, 6));
        station::StationServices services(db, station.clock());
        services.enrolments.issueBadgeOnly(QStringLiteral("R1"), QStringLiteral("agent"));
        station.clock().set(start.addDays(200));
        services.enrolments.issueBadgeOnly(QStringLiteral("R1"), QStringLiteral("agent"));
        station.clock().set(start.addDays(210));
        privacy::Erasure(db, station.clock()).erase(QStringLiteral("R1"), QStringLiteral("dpo"));
        station.clock().set(start.addDays(400)); // the first badge's records are past a year, the erasure is not
        const privacy::PurgeReport purge = privacy::Purge(db, station.clock()).run(false);
        QVERIFY(purge.deleted(QStringLiteral("audit_log")) > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE redacted_by IS NOT NULL")).toLongLong() > 0);
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
    }
};

QTEST_MAIN(TestSubject)
#include "test_subject.moc"
