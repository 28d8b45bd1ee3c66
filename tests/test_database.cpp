// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "rawpages.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "teststation.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QFileInfo>
#include <QTest>

using namespace portique;
using namespace portique::storage;
using portique::test::errorOf;

namespace {


QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileOnDiskIsEncrypted()
    {
        test::TestStation station;
        const QString canary = QStringLiteral("CANARY-") + QString::number(QRandomGenerator::global()->generate64(), 16);
        station.database().execute(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        for (int i = 0; i < 50; ++i)
            station.database().execute(QStringLiteral("INSERT INTO notes VALUES (?1)"), {QString(canary + QString::number(i))});
        station.audit().append(QStringLiteral("tester"), QStringLiteral("test.write"), canary);
        QVERIFY(!station.database().cipherVersion().isEmpty());
        QCOMPARE(station.database().scalar(QStringLiteral("PRAGMA cipher_version")).toString(),
                 station.database().cipherVersion());
        // While open, the WAL holds the new pages: it must be encrypted too.
        const QByteArray wal = readAll(station.databasePath() + QStringLiteral("-wal"));
        QVERIFY(!wal.contains(canary.toUtf8()));
        station.close();

        const QByteArray bytes = readAll(station.databasePath());
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(canary.toUtf8()));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!bytes.contains("audit_log"));
        QVERIFY(!bytes.contains("test.write"));
    }

    void fileIsOwnerOnly()
    {
        test::TestStation station;
        QCOMPARE(QFile::permissions(station.databasePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void wrongKeyFailsAndLeavesFileUntouched()
    {
        test::TestStation station;
        station.close();
        const QByteArray before = test::fileDigest(station.databasePath());
        const DatabaseKey other = DatabaseKey::generate();
        QCOMPARE(errorOf([&] { Database::open(station.databasePath(), other, Database::OpenMode::Existing); }),
                 StorageErrorKind::WrongKey);
        QCOMPARE(test::fileDigest(station.databasePath()), before);
        QVERIFY(!QFile::exists(station.databasePath() + QStringLiteral("-wal")));
        station.reopen(); // the right key still opens it
        QCOMPARE(station.database().schemaVersion(), storage::Migrations::latestVersion());
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(8192, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("élève;classe\nLéa;2NDE1\n");
        QTest::newRow("tiny") << QByteArray("x");
    }
    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = test::fileDigest(path);
        QCOMPARE(errorOf([&] { Database::open(path, DatabaseKey::generate(), Database::OpenMode::Existing); }),
                 StorageErrorKind::WrongKey);
        QCOMPARE(test::fileDigest(path), before);
    }

    void truncatedDatabaseIsRefused()
    {
        test::TestStation station;
        for (int i = 0; i < 200; ++i)
            station.audit().append(QStringLiteral("t"), QStringLiteral("fill"), QString::number(i));
        station.close();
        QFile file(station.databasePath());
        QVERIFY(file.resize(file.size() / 2));
        bool refused = false;
        try {
            station.reopen();
            station.audit().verify(); // reads every page
        } catch (const StorageError &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void plainSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        file.close();
        QCOMPARE(errorOf([&] { Database::open(path, DatabaseKey::generate(), Database::OpenMode::Existing); }),
                 StorageErrorKind::NotEncrypted);
    }

    void openModesProtectFiles()
    {
        test::TestStation station;
        QCOMPARE(errorOf([&] { Database::open(station.databasePath(), station.key(), Database::OpenMode::CreateNew); }),
                 StorageErrorKind::AlreadyExists);
        QCOMPARE(errorOf([&] {
                     Database::open(station.folder() + QStringLiteral("/absent.db"), station.key(),
                                    Database::OpenMode::Existing);
                 }),
                 StorageErrorKind::NotFound);
        QVERIFY(!QFile::exists(station.folder() + QStringLiteral("/absent.db")));
    }

    void walAndForeignKeysAreOn()
    {
        test::TestStation station;
        QCOMPARE(station.database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(station.database().scalar(QStringLiteral("PRAGMA foreign_keys")).toLongLong(), 1);
        QCOMPARE(station.database().scalar(QStringLiteral("PRAGMA secure_delete")).toLongLong(), 1);
        station.database().execute(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
        station.database().execute(QStringLiteral("CREATE TABLE child (parent INTEGER REFERENCES parent(id))"));
        QCOMPARE(errorOf([&] { station.database().execute(QStringLiteral("INSERT INTO child VALUES (42)")); }),
                 StorageErrorKind::Constraint);
    }

    void usersReadNoRawSqliteText()
    {
        // "UNIQUE constraint failed: visitors.id" once reached the desk as it was (issue 17): the
        // message is a translated sentence; SQLite's text and the statement go to the log only.
        test::TestStation station;
        station.database().execute(QStringLiteral("CREATE TABLE once (id TEXT PRIMARY KEY)"));
        station.database().execute(QStringLiteral("INSERT INTO once VALUES ('V261207-01')"));
        try {
            station.database().execute(QStringLiteral("INSERT INTO once VALUES ('V261207-01')"));
            QFAIL("a duplicate key was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageErrorKind::Constraint);
            QVERIFY2(!error.message().contains(QStringLiteral("UNIQUE")) && !error.message().contains(QStringLiteral("once"))
                         && !error.message().contains(QStringLiteral("INSERT")),
                     qPrintable(error.message()));
        }
        try {
            station.database().execute(QStringLiteral("SELECT nothing FROM nowhere"));
            QFAIL("a bad statement ran");
        } catch (const StorageError &error) {
            QVERIFY2(!error.message().contains(QStringLiteral("nowhere")), qPrintable(error.message()));
        }
    }

    /// Deleted rows leave the file, not only their content (PRIVACY.md §4): a new file uses
    /// incremental auto-vacuum, and forgetDeleted() gives the emptied pages back and empties the WAL.
    void deletedPagesLeaveTheFile()
    {
        test::TestStation station;
        Database &db = station.database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA auto_vacuum")).toLongLong(), 2);
        db.execute(QStringLiteral("CREATE TABLE scratch (blob BLOB)"));
        db.transaction([&] {
            for (int i = 0; i < 500; ++i)
                db.execute(QStringLiteral("INSERT INTO scratch VALUES (randomblob(2000))"));
        });
        db.forgetDeleted();
        const qint64 full = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
        db.execute(QStringLiteral("DELETE FROM scratch"));
        QVERIFY(db.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong() > 100);
        db.forgetDeleted();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong(), 0);
        QVERIFY2(db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() < full / 4,
                 qPrintable(QString::number(db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong())));
        QCOMPARE(QFileInfo(station.databasePath() + QStringLiteral("-wal")).size(), 0);
    }

    void fullDiskCancelsTheChangeAndLosesNothing()
    {
        test::TestStation station;
        Database &db = station.database();
        db.execute(QStringLiteral("CREATE TABLE blobs (data BLOB)"));
        db.execute(QStringLiteral("INSERT INTO blobs VALUES (?1)"), {QByteArray(500, 'a')});
        // A page limit is how SQLite reports a full disk (SQLITE_FULL) without filling the real one.
        const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
        db.execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4));
        const StorageErrorKind kind = errorOf([&] {
            db.transaction([&] {
                for (int i = 0; i < 100; ++i)
                    db.execute(QStringLiteral("INSERT INTO blobs VALUES (?1)"), {QByteArray(4000, 'b')});
            });
        });
        QCOMPARE(kind, StorageErrorKind::DiskFull);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM blobs")).toLongLong(), 1);
        // The connection is usable again once space is back.
        db.execute(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        db.execute(QStringLiteral("INSERT INTO blobs VALUES (?1)"), {QByteArray(10, 'c')});
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM blobs")).toLongLong(), 2);
    }

    void innerTransactionRollsBackAlone()
    {
        test::TestStation station;
        Database &db = station.database();
        db.execute(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        db.transaction([&] {
            db.execute(QStringLiteral("INSERT INTO t VALUES (1)"));
            try {
                db.transaction([&] {
                    db.execute(QStringLiteral("INSERT INTO t VALUES (2)"));
                    throw std::runtime_error("inner failure");
                });
            } catch (const std::runtime_error &) {
            }
            db.execute(QStringLiteral("INSERT INTO t VALUES (3)"));
        });
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("1,3"));
        // And a failing outer transaction leaves nothing.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction([&] {
            db.execute(QStringLiteral("INSERT INTO t VALUES (4)"));
            throw std::runtime_error("outer failure");
        }));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 2);
    }

    /// Issue 17, defect 7: a reader's older snapshot blocks the checkpoint; the erasure is committed
    /// but its traces remain, and forgetDeleted() must say so instead of returning as if done.
    void blockedCheckpointIsReportedNotHidden_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::newRow("after the commit") << false;
        QTest::newRow("inside the transaction") << true;
    }
    void blockedCheckpointIsReportedNotHidden()
    {
        QFETCH(bool, inTransaction);
        test::TestStation station;
        Database &db = station.database();
        const QByteArray canary = "ERASED-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        db.execute(QStringLiteral("CREATE TABLE erased (name TEXT)"));
        db.execute(QStringLiteral("INSERT INTO erased VALUES (?1)"), {QString::fromLatin1(canary)});
        db.forgetDeleted(); // the name is now in the main file, the WAL is empty
        QVERIFY(test::decryptedDatabase(station.databasePath(), station.key()).contains(canary));

        auto reader = Database::open(station.databasePath(), station.key(), Database::OpenMode::Existing);
        reader->execute(QStringLiteral("BEGIN"));
        QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM erased")).toLongLong(), 1);

        const StorageErrorKind kind = errorOf([&] {
            if (inTransaction) {
                db.transaction([&] {
                    db.execute(QStringLiteral("DELETE FROM erased"));
                    db.forgetDeleted();
                });
            } else {
                db.execute(QStringLiteral("DELETE FROM erased"));
                db.forgetDeleted();
            }
        });
        QCOMPARE(kind, StorageErrorKind::CleanupIncomplete);
        // Committed, not rolled back: the row is gone for everyone but the old snapshot...
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM erased")).toLongLong(), 0);
        // ...and the name really is still in the file, which is what the error tells.
        QVERIFY(test::decryptedDatabase(station.databasePath(), station.key()).contains(canary));

        reader->execute(QStringLiteral("COMMIT"));
        // The next open folds the log even though two connections stay open (no close-time checkpoint).
        auto later = Database::open(station.databasePath(), station.key(), Database::OpenMode::Existing);
        QCOMPARE(QFileInfo(station.databasePath() + QStringLiteral("-wal")).size(), 0);
        QVERIFY(!test::decryptedDatabase(station.databasePath(), station.key()).contains(canary));
        db.forgetDeleted(); // and a later call completes without a word
    }

    /// Issue 17, defect 16: a wrong key on a file with a hot WAL (a crash before the checkpoint)
    /// must not fold that WAL into the file nor delete it.
    void wrongKeyLeavesHotWalUntouched()
    {
        test::TestStation station;
        station.database().execute(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        station.database().execute(QStringLiteral("INSERT INTO notes VALUES ('in the WAL only')"));
        const QString wal = station.databasePath() + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        // Copy the pair while open: the copy is what a crash leaves, a file plus a WAL never folded.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("crashed.db"));
        QVERIFY(QFile::copy(station.databasePath(), copy));
        QVERIFY(QFile::copy(wal, copy + QStringLiteral("-wal")));
        const QByteArray fileBefore = test::fileDigest(copy);
        const QByteArray walBefore = test::fileDigest(copy + QStringLiteral("-wal"));

        QCOMPARE(errorOf([&] { Database::open(copy, DatabaseKey::generate(), Database::OpenMode::Existing); }), StorageErrorKind::WrongKey);
        QVERIFY(QFile::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(test::fileDigest(copy + QStringLiteral("-wal")), walBefore);
        QCOMPARE(test::fileDigest(copy), fileBefore);

        // The right key still finds the row that only the WAL held.
        auto db = Database::open(copy, station.key(), Database::OpenMode::Existing);
        QCOMPARE(db->scalar(QStringLiteral("SELECT text FROM notes")).toString(), QStringLiteral("in the WAL only"));
    }

    void newerSchemaIsRefused()
    {
        test::TestStation station;
        station.database().execute(QStringLiteral("PRAGMA user_version = 999"));
        station.close();
        const QByteArray before = test::fileDigest(station.databasePath());
        QCOMPARE(errorOf([&] { station.reopen(); }), StorageErrorKind::TooNew);
        QCOMPARE(test::fileDigest(station.databasePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
