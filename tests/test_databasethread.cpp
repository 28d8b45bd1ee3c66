// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "storage/databasethread.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "teststation.h"

#include <QSignalSpy>

#include <QTest>
#include <atomic>
#include <mutex>

using namespace portique;
using namespace portique::storage;

class TestDatabaseThread final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOffTheCallingThread()
    {
        test::TestStation station;
        station.database().execute(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        station.close();
        DatabaseThread writer(station.databasePath(), station.key().clone());
        QList<QFuture<Qt::HANDLE>> futures;
        for (int i = 0; i < 100; ++i) {
            futures.append(writer.submit<Qt::HANDLE>([i](Database &db) {
                db.execute(QStringLiteral("INSERT INTO t VALUES (?1)"), {i});
                return QThread::currentThreadId();
            }));
        }
        const QString order =
            writer.submit<QString>([](Database &db) { return db.scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(); })
                .result();
        QStringList expected;
        for (int i = 0; i < 100; ++i)
            expected << QString::number(i);
        QCOMPARE(order, expected.join(u','));
        for (auto &future : futures)
            QVERIFY(future.result() != QThread::currentThreadId());
    }

    void gateJobsGoAheadOfPageReadsInTheirOwnOrder()
    {
        // Issue 14: a lane's lookup must not wait behind a report or a search.
        test::TestStation station;
        station.close();
        DatabaseThread writer(station.databasePath(), station.key().clone());
        std::mutex mutex;
        QStringList order;
        const auto record = [&](const QString &name) {
            return std::function<void(Database &)>([&, name](Database &) {
                std::lock_guard lock(mutex);
                order << name;
            });
        };
        // The first job holds the thread while the others queue up behind it.
        std::atomic_bool release{false};
        QFuture<void> blocker = writer.submit<void>([&](Database &) {
            while (!release)
                QThread::msleep(1);
        });
        QList<QFuture<void>> jobs;
        jobs << writer.submit<void>(record(QStringLiteral("page1")));
        jobs << writer.submit<void>(record(QStringLiteral("gate1")), JobPriority::Gate);
        jobs << writer.submit<void>(record(QStringLiteral("page2")));
        jobs << writer.submit<void>(record(QStringLiteral("gate2")), JobPriority::Gate);
        release = true;
        blocker.waitForFinished();
        for (auto &job : jobs)
            job.waitForFinished();
        QCOMPARE(order, (QStringList{QStringLiteral("gate1"), QStringLiteral("gate2"), QStringLiteral("page1"), QStringLiteral("page2")}));
    }

    void errorsArriveThroughTheFuture()
    {
        test::TestStation station;
        station.close();
        DatabaseThread writer(station.databasePath(), station.key().clone());
        QFuture<int> failing =
            writer.submit<int>([](Database &db) { return db.execute(QStringLiteral("INSERT INTO no_such_table VALUES (1)")); });
        QVERIFY_THROWS_EXCEPTION(StorageError, failing.result());
        // The thread goes on after a failed job.
        QCOMPARE(writer.submit<int>([](Database &db) { return db.schemaVersion(); }).result(), storage::Migrations::latestVersion());
    }

    void wrongKeyFailsEveryJob()
    {
        test::TestStation station;
        station.close();
        DatabaseThread writer(station.databasePath(), DatabaseKey::generate());
        try {
            writer.submit<int>([](Database &db) { return db.schemaVersion(); }).result();
            QFAIL("a job ran on a connection opened with the wrong key");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageErrorKind::WrongKey);
        }
    }

    void continuationComesBackOnTheReceiversThread()
    {
        test::TestStation station;
        station.close();
        DatabaseThread writer(station.databasePath(), station.key().clone());
        QObject receiver;
        Qt::HANDLE seenOn = nullptr;
        bool done = false;
        writer.submit<int>([](Database &db) { return db.schemaVersion(); }).then(&receiver, [&](int version) {
            QCOMPARE(version, storage::Migrations::latestVersion());
            seenOn = QThread::currentThreadId();
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(seenOn, QThread::currentThreadId());
    }

    void destructorFinishesQueuedJobs()
    {
        test::TestStation station;
        station.database().execute(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        station.close();
        {
            DatabaseThread writer(station.databasePath(), station.key().clone());
            for (int i = 0; i < 20; ++i)
                writer.submit<int>([i](Database &db) { return db.execute(QStringLiteral("INSERT INTO t VALUES (?1)"), {i}); });
        }
        station.reopen();
        QCOMPARE(station.database().scalar(QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 20);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseThread)
#include "test_databasethread.moc"
