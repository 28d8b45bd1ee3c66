// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 17 #2 and #3: the end of the audit trail and its erased records, attacked by someone who
// can write the tables and knows the unkeyed hashes (docs/audit-chain.md gives them).
#include "accounts/userstore.h"
#include "privacy/auditlog.h"
#include "teststation.h"

#include <QJsonDocument>
#include <QTest>

#include <sodium.h>

using namespace portique;

namespace {

/// BLAKE2b-256 as the audit chain uses it: each piece length-prefixed, numbers little-endian.
class Blake {
public:
    explicit Blake(QByteArrayView key = {})
    {
        crypto_generichash_init(&m_state, reinterpret_cast<const unsigned char *>(key.data()), std::size_t(key.size()), 32);
    }
    Blake &number(quint64 value)
    {
        unsigned char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<unsigned char>(value >> (8 * i));
        crypto_generichash_update(&m_state, le, sizeof le);
        return *this;
    }
    Blake &text(const QByteArray &bytes)
    {
        number(quint64(bytes.size()));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
        return *this;
    }
    QByteArray finish()
    {
        QByteArray out(32, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), 32);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

/// The redaction hash as Portique wrote it before issue 17: unkeyed.
QByteArray unkeyedRedactionHash(qint64 seq, const QString &at, const QString &actor, const QString &action, qint64 by)
{
    return Blake()
        .text(QByteArrayLiteral("portique.audit.redacted"))
        .number(quint64(seq))
        .text(at.toUtf8())
        .text(actor.toUtf8())
        .text(action.toUtf8())
        .number(quint64(by))
        .finish();
}

/// A trail as Portique wrote it before issue 17, row by row: unkeyed links, the head repeating the
/// last link. Record 3 was erased by record 5 (an unkeyed redaction, a digest of its number).
void writeLegacyTrail(storage::Database &db, int count)
{
    QByteArray previous(32, '\0');
    for (int seq = 1; seq <= count; ++seq) {
        const QString at = QStringLiteral("2026-09-01T08:00:%1.000Z").arg(seq, 2, 10, QLatin1Char('0'));
        const QString actor = QStringLiteral("agent");
        QString action = QStringLiteral("test.old");
        QString object = QStringLiteral("objet-%1").arg(seq);
        QByteArray details = QByteArrayLiteral("{}");
        if (seq == 3) // what it said before its erasure
            details = QByteArrayLiteral("{\"name\":\"Ted\"}");
        if (seq == 5) {
            action = QStringLiteral("subject.erase");
            object.clear();
            details = QJsonDocument(QJsonObject{{QStringLiteral("records"), 1},
                                                {QStringLiteral("first"), 3},
                                                {QStringLiteral("digest"), QString::fromLatin1(Blake().number(3).finish().toHex())}})
                          .toJson(QJsonDocument::Compact);
        }
        const QByteArray content = Blake()
                                       .number(quint64(seq))
                                       .text(at.toUtf8())
                                       .text(actor.toUtf8())
                                       .text(action.toUtf8())
                                       .text(object.toUtf8())
                                       .text(details)
                                       .finish();
        const QByteArray link = Blake().text(previous).text(content).finish();
        db.execute(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, details, content_hash, hash) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                   {seq, at, actor, action, object, QString::fromUtf8(details), content, link});
        previous = link;
    }
    db.execute(
        QStringLiteral("UPDATE audit_log SET object = '', details = '{}', redacted_by = 5, redaction_hash = ?1 WHERE seq = 3"),
        {unkeyedRedactionHash(3, QStringLiteral("2026-09-01T08:00:03.000Z"), QStringLiteral("agent"), QStringLiteral("test.old"), 5)});
    db.execute(QStringLiteral("INSERT INTO audit_head (id, last_seq, hash) VALUES (1, ?1, ?2)"), {count, previous});
}

/// The keyed redaction MAC, as someone holding the database key would compute it.
QByteArray keyedRedactionMac(const storage::Database &db, qint64 seq, const QString &at, const QString &actor, const QString &action,
                             qint64 by)
{
    const storage::DatabaseKey key = db.derivedKey(1, "PQauditc");
    return Blake(QByteArrayView(reinterpret_cast<const char *>(key.data()), qsizetype(storage::DatabaseKey::size)))
        .text(QByteArrayLiteral("portique.audit.redacted"))
        .number(quint64(seq))
        .text(at.toUtf8())
        .text(actor.toUtf8())
        .text(action.toUtf8())
        .number(quint64(by))
        .finish();
}

void fill(test::TestStation &station, int count)
{
    for (int i = 1; i <= count; ++i) {
        station.clock().advance(7);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.action"), QStringLiteral("objet-%1").arg(i),
                               {{QStringLiteral("n"), i}});
    }
}

void run(storage::Database &db, const QString &sql)
{
    for (const QString &statement : sql.split(QStringLiteral("; ")))
        db.execute(statement);
}

} // namespace

class TestAuditIntegrity final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    /// #2: the last records removed and the head rewritten to the new last record, as the head was
    /// computed before issue 17 (it repeated the last link hash).
    void truncatedTailWithRewrittenHeadIsFound()
    {
        test::TestStation station;
        fill(station, 25);
        QVERIFY(station.audit().verify().intact);
        run(station.database(), QStringLiteral("DELETE FROM audit_log WHERE seq > 19; "
                                               "UPDATE audit_head SET last_seq = 19, hash = (SELECT hash FROM audit_log WHERE seq = 19)"));
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(!verified.intact, "a trail cut at record 19 with its head rewritten verifies");
        QCOMPARE(verified.firstBrokenSeq, 20);
    }

    /// #2: the whole trail and its head deleted, on a station whose users (whose creation is
    /// always recorded) show that records were written.
    void deletedTrailIsFound()
    {
        test::TestStation station;
        accounts::UserStore users(station.database(), station.audit(), station.clock());
        users.add(QStringLiteral("dpo"), QStringLiteral("Délégué"), accounts::Role::Dpo, QStringLiteral("dpo-pass-2026-x"),
                  QStringLiteral("system"));
        fill(station, 5);
        QVERIFY(station.audit().verify().intact);
        run(station.database(), QStringLiteral("DELETE FROM audit_log; DELETE FROM audit_head"));
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(!verified.intact, "an emptied trail verifies on a station with users");
        QCOMPARE(verified.firstBrokenSeq, 1);
    }

    /// #3: an erased badge.issue by an agent rewritten as user.password by the DPO, dated 2025,
    /// with the unkeyed redaction hash recomputed.
    void erasedRecordRewrittenIsFound()
    {
        test::TestStation station;
        fill(station, 3);
        const qint64 victim = station.audit().append(QStringLiteral("accueil"), QStringLiteral("badge.issue"), QStringLiteral("P42"),
                                                     {{QStringLiteral("serial"), QStringLiteral("S-9")}});
        fill(station, 2);
        const qint64 erasure = station.audit().appendErasure(QStringLiteral("dpo"), {victim});
        fill(station, 2);
        QVERIFY(station.audit().verify().intact);
        const QString at = QStringLiteral("2025-03-04T10:00:00.000Z");
        station.database().execute(
            QStringLiteral("UPDATE audit_log SET at = ?2, actor = 'dpo', action = 'user.password', "
                           "redaction_hash = ?3 WHERE seq = ?1"),
            {victim, at, unkeyedRedactionHash(victim, at, QStringLiteral("dpo"), QStringLiteral("user.password"), erasure)});
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(!verified.intact, "a rewritten erased record verifies");
        QCOMPARE(verified.firstBrokenSeq, victim);
    }

    /// The station keeps writing after such a cut (its records must not fail), and its writes do
    /// not make the cut trail verify again: the head stays unvouched.
    void laterRecordsDoNotHideACut_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("head rewritten the old way") << QStringLiteral("DELETE FROM audit_log WHERE seq > 19; UPDATE audit_head SET "
                                                                      "last_seq = 19, hash = (SELECT hash FROM audit_log WHERE seq = 19)");
        QTest::newRow("head set back") << QStringLiteral("DELETE FROM audit_log WHERE seq > 19; UPDATE audit_head SET last_seq = 19");
        QTest::newRow("head deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq > 19; DELETE FROM audit_head");
        QTest::newRow("head deleted, records kept") << QStringLiteral("DELETE FROM audit_head");
    }
    void laterRecordsDoNotHideACut()
    {
        QFETCH(QString, sql);
        test::TestStation station;
        fill(station, 25);
        run(station.database(), sql);
        fill(station, 3);
        station.close();
        station.reopen();
        fill(station, 1);
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY2(!verified.intact, "records written after a cut hide it");
        QVERIFY2(verified.problem.contains(QStringLiteral("does not vouch")), qPrintable(verified.problem));
    }

    /// A keyed trail whose head is given the old form, nothing removed: still refused, since its
    /// records show that it is keyed.
    void keyedTrailCannotPassForAnOldOne()
    {
        test::TestStation station;
        fill(station, 6);
        run(station.database(), QStringLiteral("UPDATE audit_head SET hash = (SELECT hash FROM audit_log WHERE seq = 6)"));
        QCOMPARE(station.audit().verify().firstBrokenSeq, 7);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.after"), QString());
        QCOMPARE(station.audit().verify().firstBrokenSeq, 8);
        QCOMPARE(station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.rekey'")).toInt(), 0);
    }

    /// #3 by someone holding the database key, who recomputes the keyed redaction MAC: the erasure
    /// record's digest covers the MACs of the records it blanked.
    void erasedRecordRewrittenWithTheKeyIsFoundByItsErasure()
    {
        test::TestStation station;
        fill(station, 3);
        const qint64 victim = station.audit().append(QStringLiteral("accueil"), QStringLiteral("badge.issue"), QStringLiteral("P42"));
        const qint64 erasure = station.audit().appendErasure(QStringLiteral("dpo"), {victim});
        fill(station, 2);
        QVERIFY(station.audit().verify().intact);
        const QString at = QStringLiteral("2025-03-04T10:00:00.000Z");
        station.database().execute(
            QStringLiteral("UPDATE audit_log SET at = ?2, actor = 'dpo', action = 'user.password', redaction_hash = ?3 WHERE seq = ?1"),
            {victim, at,
             keyedRedactionMac(station.database(), victim, at, QStringLiteral("dpo"), QStringLiteral("user.password"), erasure)});
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY(!verified.intact);
        QCOMPARE(verified.firstBrokenSeq, erasure);
        QVERIFY2(verified.problem.contains(QStringLiteral("does not match the records marked erased")), qPrintable(verified.problem));
    }

    /// A trail written before issue 17 verifies the old way; the next record converts it (one
    /// "audit.rekey" record), after which it is held to the keyed rules.
    void oldTrailIsConvertedOnce()
    {
        test::TestStation station;
        writeLegacyTrail(station.database(), 8);
        const privacy::AuditVerification old = station.audit().verify();
        QVERIFY2(old.intact, qPrintable(old.problem));
        QCOMPARE(old.checked, 8);
        QCOMPARE(station.audit().append(QStringLiteral("agent"), QStringLiteral("test.new"), QString()), 10);
        const std::optional<privacy::AuditRecord> rekey = station.audit().record(9);
        QVERIFY(rekey);
        QCOMPARE(rekey->action, QString(privacy::rekeyAuditAction));
        QCOMPARE(rekey->details.value(QStringLiteral("records")).toInteger(), 8);
        QCOMPARE(station.audit().append(QStringLiteral("agent"), QStringLiteral("test.new"), QString()), 11);
        // An erasure now reaches an old record too, with a keyed redaction.
        QCOMPARE(station.audit().appendErasure(QStringLiteral("dpo"), {2}), 12);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.new"), QString());
        station.close();
        station.reopen();
        const privacy::AuditVerification converted = station.audit().verify();
        QVERIFY2(converted.intact, qPrintable(converted.problem));
        QCOMPARE(converted.checked, 13);

        // From now on, the end cut and the head given the old form is found.
        run(station.database(), QStringLiteral("DELETE FROM audit_log WHERE seq > 12; "
                                               "UPDATE audit_head SET last_seq = 12, hash = (SELECT hash FROM audit_log WHERE seq = 12)"));
        QCOMPARE(station.audit().verify().firstBrokenSeq, 13);
    }

    /// An old trail that does not verify the old way is not converted: its break stays where it is.
    void brokenOldTrailIsNotConverted()
    {
        test::TestStation station;
        writeLegacyTrail(station.database(), 8);
        station.database().execute(QStringLiteral("UPDATE audit_log SET actor = 'dpo' WHERE seq = 6"));
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.new"), QString());
        QCOMPARE(station.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.rekey'")).toInt(), 0);
        QCOMPARE(station.audit().verify().firstBrokenSeq, 6);
    }

    /// #3 on a record erased before the conversion: its redaction and its erasure's digest are
    /// unkeyed, so the conversion record seals them; rewriting it afterwards is found there.
    void recordErasedBeforeTheConversionStaysProtected_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("keyed");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("rewritten, old hash recomputed") << QStringLiteral("dpo") << false << qint64(7);
        QTest::newRow("keyed MAC put on it") << QStringLiteral("agent") << true << qint64(3);
    }
    void recordErasedBeforeTheConversionStaysProtected()
    {
        QFETCH(QString, actor);
        QFETCH(bool, keyed);
        QFETCH(qint64, brokenAt);
        test::TestStation station;
        writeLegacyTrail(station.database(), 6);
        station.audit().append(QStringLiteral("agent"), QStringLiteral("test.new"), QString());
        QCOMPARE(station.audit().record(7)->action, QString(privacy::rekeyAuditAction));
        QCOMPARE(station.audit().record(7)->details.value(QStringLiteral("erased")).toInteger(), 1);
        QVERIFY(station.audit().verify().intact);
        const QString at = QStringLiteral("2026-09-01T08:00:03.000Z");
        const QString action = QStringLiteral("test.old");
        const QByteArray hash =
            keyed ? keyedRedactionMac(station.database(), 3, at, actor, action, 5) : unkeyedRedactionHash(3, at, actor, action, 5);
        station.database().execute(QStringLiteral("UPDATE audit_log SET actor = ?1, redaction_hash = ?2 WHERE seq = 3"), {actor, hash});
        const privacy::AuditVerification verified = station.audit().verify();
        QVERIFY(!verified.intact);
        QCOMPARE(verified.firstBrokenSeq, brokenAt);
    }
};

QTEST_GUILESS_MAIN(TestAuditIntegrity)
#include "test_auditintegrity.moc"
