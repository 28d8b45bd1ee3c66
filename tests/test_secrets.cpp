// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 17 #17: keys in protected memory, secrets wiped once used.
#include "access/stationkeys.h"
#include "common/secretbytes.h"
#include "teststation.h"

#include <QTest>

#include <type_traits>

using namespace portique;

class TestSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void takingASecretWipesWhereItCameFrom()
    {
        QByteArray source("0123456789abcdef0123456789abcdef"); // on the heap, as a key read from a query
        const common::SecretBytes secret = common::SecretBytes::take(source);
        QVERIFY(secret.view() == QByteArrayView("0123456789abcdef0123456789abcdef"));
        QCOMPARE(source, QByteArray(32, '\0'));
    }

    void aSharedBufferIsLeftToItsOtherOwner()
    {
        QByteArray source("shared secret");
        const QByteArray otherOwner = source;
        common::wipe(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(otherOwner, QByteArrayLiteral("shared secret"));
    }

    void wipingEmptiesPasswordsAndTerminalLines()
    {
        QString password = QStringLiteral("correct horse battery");
        common::wipe(password);
        QVERIFY(password.isEmpty());
        std::string line = "typed at the terminal";
        common::wipe(line);
        QVERIFY(line.empty());
    }

    void secretsAreNeverCopiedImplicitly()
    {
        static_assert(!std::is_copy_constructible_v<common::SecretBytes>);
        static_assert(!std::is_copy_constructible_v<access::SigningKey>);
        common::SecretBytes first = common::SecretBytes::copyOf(QByteArrayView("abc"));
        common::SecretBytes moved = std::move(first);
        QVERIFY(first.isEmpty());
        QCOMPARE(moved.size(), 3);
    }

    void stationKeysComeBackInProtectedMemory()
    {
        test::TestStation station;
        access::StationKeys keys(station.database(), station.audit(), station.clock());
        const access::SigningKey signing = keys.signingKey();
        QCOMPARE(signing.secretKey.size(), 64);
        const common::SecretBytes again = keys.signingKey().secretKey;
        QVERIFY(signing.secretKey.view() == again.view());
        QCOMPARE(keys.templateKey().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
