// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "station/settingsstore.h"
#include "teststation.h"

#include <QTest>

#include <stdexcept>

using namespace portique;
using namespace portique::station;

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenUnset()
    {
        test::TestStation station;
        SettingsStore settings(station.database(), station.audit());
        QCOMPARE(settings.value(settings::autoLockMinutes), 5);
        QCOMPARE(settings.value(settings::lockoutAttempts), 5);
        QCOMPARE(settings.value(settings::lockoutMinutes), 5);
        QCOMPARE(settings.value(settings::language), QStringLiteral("fr"));
    }

    void changesAreStoredAndAudited()
    {
        test::TestStation station;
        SettingsStore settings(station.database(), station.audit());
        settings.set(settings::autoLockMinutes, 12, QStringLiteral("dpo"));
        settings.set(settings::language, QStringLiteral("en"), QStringLiteral("dpo"));
        QCOMPARE(settings.value(settings::autoLockMinutes), 12);
        QCOMPARE(settings.value(settings::language), QStringLiteral("en"));
        const auto records = station.audit().newest(2);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).action, QStringLiteral("settings.change"));
        QCOMPARE(records.at(1).object, QStringLiteral("session.auto_lock_minutes"));
        QCOMPARE(records.at(1).details.value(QStringLiteral("after")).toString(), QStringLiteral("12"));
        QCOMPARE(records.at(1).actor, QStringLiteral("dpo"));
    }

    void outOfBoundsIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("too long") << qint64(31);
        QTest::newRow("negative") << qint64(-5);
    }
    void outOfBoundsIsRefusedAndNothingChanges()
    {
        QFETCH(qint64, value);
        test::TestStation station;
        SettingsStore settings(station.database(), station.audit());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, settings.set(settings::autoLockMinutes, value, QStringLiteral("dpo")));
        QCOMPARE(settings.value(settings::autoLockMinutes), 5);
        QCOMPARE(station.audit().count(), 0);
    }

    void unknownLanguageIsRefused()
    {
        test::TestStation station;
        SettingsStore settings(station.database(), station.audit());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, settings.set(settings::language, QStringLiteral("de"), QStringLiteral("dpo")));
    }

    void handEditedValuesFallBackToDefaults()
    {
        test::TestStation station;
        station.database().execute(QStringLiteral("INSERT INTO settings VALUES ('session.auto_lock_minutes', 'soon')"));
        station.database().execute(QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'klingon')"));
        SettingsStore settings(station.database(), station.audit());
        QCOMPARE(settings.value(settings::autoLockMinutes), 5);
        QCOMPARE(settings.value(settings::language), QStringLiteral("fr"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
