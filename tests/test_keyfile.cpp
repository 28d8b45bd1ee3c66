// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "storage/keyfile.h"
#include "storage/storageerror.h"
#include "teststation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>

using namespace portique::storage;
using portique::test::errorOf;

namespace {

bool sameKey(const DatabaseKey &a, const DatabaseKey &b)
{
    return std::memcmp(a.data(), b.data(), DatabaseKey::size) == 0;
}


} // namespace

class TestKeyFile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rawKeyRoundTripsWithOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        const DatabaseKey key = DatabaseKey::generate();
        KeyFile::writeRaw(path, key);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(QFile(path).size(), 32);
        QCOMPARE(KeyFile::inspect(path), KeyFileKind::Raw);
        QVERIFY(sameKey(KeyFile::read(path), key));
    }

    void neverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        const DatabaseKey key = DatabaseKey::generate();
        KeyFile::writeRaw(path, key);
        QCOMPARE(errorOf([&] { KeyFile::writeRaw(path, DatabaseKey::generate()); }), StorageErrorKind::AlreadyExists);
        QVERIFY(sameKey(KeyFile::read(path), key));
    }

    void refusesAFileOthersCanRead_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group readable") << 0640;
        QTest::newRow("world readable") << 0604;
        QTest::newRow("group writable") << 0620;
    }
    void refusesAFileOthersCanRead()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        KeyFile::writeRaw(path, DatabaseKey::generate());
        ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode));
        QCOMPARE(errorOf([&] { KeyFile::read(path); }), StorageErrorKind::KeyFileUnsafe);
    }

    void refusesMissingAndMalformedFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(errorOf([&] { KeyFile::read(dir.filePath(QStringLiteral("absent"))); }), StorageErrorKind::NotFound);
        const QString shortFile = dir.filePath(QStringLiteral("short"));
        QFile file(shortFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(31, 'x'));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(errorOf([&] { KeyFile::read(shortFile); }), StorageErrorKind::KeyFileUnsafe);
    }

    void passphraseFileOpensOnlyWithThePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        const DatabaseKey key = DatabaseKey::generate();
        const QString passphrase = QStringLiteral("clé de la loge, 2026 !");
        KeyFile::writeWrapped(path, key, passphrase);
        QCOMPARE(KeyFile::inspect(path), KeyFileKind::Passphrase);
        QVERIFY(sameKey(KeyFile::read(path, [&] { return passphrase; }), key));
        QCOMPARE(errorOf([&] { KeyFile::read(path, [] { return QStringLiteral("not the passphrase"); }); }),
                 StorageErrorKind::WrongKey);
        QCOMPARE(errorOf([&] { KeyFile::read(path); }), StorageErrorKind::WrongKey);
        // The sealed key is not in the file in clear.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(QByteArray(reinterpret_cast<const char *>(key.data()), DatabaseKey::size)));
    }

    void tamperedPassphraseFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        const QString passphrase = QStringLiteral("a long enough passphrase");
        KeyFile::writeWrapped(path, DatabaseKey::generate(), passphrase);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 1] = static_cast<char>(bytes.at(bytes.size() - 1) ^ 0x01);
        file.seek(0);
        file.write(bytes);
        file.close();
        QCOMPARE(errorOf([&] { KeyFile::read(path, [&] { return passphrase; }); }), StorageErrorKind::WrongKey);
    }

    void shortPassphraseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        QCOMPARE(errorOf([&] { KeyFile::writeWrapped(path, DatabaseKey::generate(), QStringLiteral("short")); }),
                 StorageErrorKind::KeyFileUnsafe);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "test_keyfile.moc"
