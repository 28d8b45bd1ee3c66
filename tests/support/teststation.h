// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "fakeclock.h"
#include "privacy/auditlog.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/storageerror.h"
#include "vision/facemodel.h"
#include "vision/visionerror.h"

#include <optional>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace portique::test {

/// A fresh encrypted database in its own temporary folder, per test (STYLE.md: fixtures open a fresh
/// encrypted database per test).
class TestStation final {
public:
    TestStation();
    QString folder() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("portique.db")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("portique.key")); }
    const storage::DatabaseKey &key() const { return m_key; }
    storage::Database &database() { return *m_database; }
    privacy::AuditLog &audit() { return *m_audit; }
    FakeClock &clock() { return m_clock; }
    /// Closes the connection (checkpointing the WAL into the main file).
    void close();
    /// Opens it again after close().
    void reopen();

private:
    QTemporaryDir m_dir;
    storage::DatabaseKey m_key;
    FakeClock m_clock;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<privacy::AuditLog> m_audit;
};

/// SHA-256 of a file's bytes, to prove a failed open left it untouched.
QByteArray fileDigest(const QString &path);

/// The kind of StorageError that @p work throws; fails the test when it throws none.
template <typename Work>
storage::StorageErrorKind errorOf(Work work)
{
    try {
        work();
    } catch (const storage::StorageError &error) {
        return error.kind();
    }
    QTest::qFail("expected a StorageError", __FILE__, __LINE__);
    return storage::StorageErrorKind::Io;
}

/// The shared test data folder, or an empty string after QSKIP-worthy absence. Under CI=true a
/// missing folder is a failure, not a skip (DEVELOPERS.md).
QString testDataDir();

/// Where set-up extracted the face-api package (weights, manifest, demo photos), or empty.
QString faceApiDir();

} // namespace portique::test

/// Binds @p var to the shared test data folder; skips the test when it is absent, except under
/// CI=true, where its absence is a failure (DEVELOPERS.md).
#define PORTIQUE_REQUIRE_TESTDATA(var)                                                                   \
    const QString var = portique::test::testDataDir();                                                    \
    if (var.isEmpty()) {                                                                                  \
        if (qEnvironmentVariable("CI") == u"true")                                                      \
            QFAIL("../shared/testdata is missing (PORTIQUE_TESTDATA_DIR); CI needs it");                 \
        QSKIP("../shared/testdata is absent: set PORTIQUE_TESTDATA_DIR to run this test");               \
    }

/// Binds @p var to the installed face model; skips (fails under CI=true) when set-up has not
/// installed one.
#define PORTIQUE_REQUIRE_FACE_MODEL(var)                                                                  \
    std::optional<portique::vision::FaceModel> var##Found;                                                \
    try {                                                                                                 \
        var##Found = portique::vision::FaceModel::locate();                                               \
    } catch (const portique::vision::VisionError &error) {                                                \
        if (qEnvironmentVariable("CI") == u"true")                                                      \
            QFAIL(qPrintable(error.message()));                                                           \
        QSKIP(qPrintable(error.message()));                                                               \
    }                                                                                                     \
    const portique::vision::FaceModel &var = *var##Found;

namespace portique::test {

} // namespace portique::test
