// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Privacy > Notices: the preview follows the configuration, the controller's details are checked
// before they are stored, a notice is saved off the GUI thread and audited, a bad path is an error.
#include "i18n/language.h"
#include "noticespage.h"
#include "privacy/notice.h"
#include "privacy/retention.h"
#include "privacypage.h"
#include "screenstation.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

struct Fixture {
    test::TestStation station;
    std::unique_ptr<storage::DatabaseThread> writer;
    ui::StationContext context;

    explicit Fixture(bool withContacts = true)
    {
        station::StationServices services(station.database(), station.clock());
        if (withContacts)
            privacy::saveNoticeContacts(
                services.settings,
                {QStringLiteral("Mme Claire Martin, proviseure"), QString(), QStringLiteral("dpd@ac-test.fr"), QString()},
                QStringLiteral("dpo"));
        writer = test::openForScreens(station, context);
    }

    template <typename Result, typename Work> Result onWriter(Work work)
    {
        return writer
            ->submit<Result>([&work, this](storage::Database &db) {
                station::StationServices services(db, station.clock());
                return work(services);
            })
            .result();
    }
};

} // namespace

class TestGuiNotices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(i18n::installTranslation(QStringLiteral("en"))); }

    void thePreviewFollowsTheSettings()
    {
        Fixture f;
        ui::NoticesPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::NoticesPage::shown);
        page.resize(1150, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        QVERIFY(page.pageCount() >= 2);
        QVERIFY(page.previewText().contains(QStringLiteral("Deleted 90 days after the passage")));
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("noticeHead"))->text(), QStringLiteral("Mme Claire Martin, proviseure"));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("noticeSave"))->isEnabled());

        f.onWriter<int>([](station::StationServices &services) {
            privacy::setRetentionDays(services.settings, privacy::RetentionKind::AccessEvents, 52, QStringLiteral("dpo"));
            return 0;
        });
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.previewText().contains(QStringLiteral("Deleted 52 days after the passage")), 20000);

        page.setKind(privacy::NoticeKind::Sign);
        QTRY_VERIFY_WITH_TIMEOUT(page.previewText().startsWith(QStringLiteral("Cameras at this entrance")), 20000);
        QCOMPARE(page.pageCount(), 1);
    }

    void theDetailsAreCheckedThenStored()
    {
        Fixture f(false);
        ui::NoticesPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::NoticesPage::shown);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        // Without the controller nothing can be saved, and the page says what is missing.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("noticeSave"))->isEnabled());
        QVERIFY2(page.message().contains(QStringLiteral("the head of school")), qPrintable(page.message()));
        page.saveAs(QDir::temp().filePath(QStringLiteral("never.pdf")));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("never.pdf"))));

        page.findChild<QLineEdit *>(QStringLiteral("noticeHead"))->setText(QStringLiteral("M. Paul Durand, proviseur"));
        page.findChild<QLineEdit *>(QStringLiteral("noticeDpoContact"))->setText(QStringLiteral("the académie"));
        page.saveContacts();
        QVERIFY(page.message().contains(QStringLiteral("e-mail address or a phone number")));
        QCOMPARE(
            f.onWriter<QString>([](station::StationServices &services) { return services.settings.value(station::settings::schoolHead); }),
            QString());

        QSignalSpy stored(&page, &ui::NoticesPage::contactsSaved);
        page.findChild<QLineEdit *>(QStringLiteral("noticeDpoContact"))->setText(QStringLiteral("04 91 00 00 00"));
        page.saveContacts();
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QPushButton *>(QStringLiteral("noticeSave"))->isEnabled(), 20000);
        QVERIFY(page.previewText().contains(QStringLiteral("M. Paul Durand, proviseur")));
        QCOMPARE(
            f.onWriter<QString>([](station::StationServices &services) { return services.settings.value(station::settings::schoolHead); }),
            QStringLiteral("M. Paul Durand, proviseur"));
    }

    void aNoticeIsSavedAndAudited()
    {
        Fixture f;
        ui::NoticesPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::NoticesPage::shown);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        page.setKind(privacy::NoticeKind::Parents);
        QTRY_VERIFY_WITH_TIMEOUT(page.previewText().startsWith(QStringLiteral("Letter to the legal representatives")), 20000);
        QTemporaryDir dir;
        QSignalSpy saved(&page, &ui::NoticesPage::saved);
        page.saveAs(dir.filePath(QStringLiteral("parents.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
        QFile pdf(dir.filePath(QStringLiteral("parents.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(f.onWriter<QString>([](station::StationServices &services) {
            return services.database.scalar(QStringLiteral("SELECT object FROM audit_log WHERE action = 'notice.generate'")).toString();
        }),
                 QStringLiteral("parents"));

        const QString unwritable = dir.filePath(QStringLiteral("parents.pdf/inside.pdf"));
        page.saveAs(unwritable);
        // "Writing PATH…" first, then the failure naming the path.
        QTRY_VERIFY_WITH_TIMEOUT(page.message().startsWith(QStringLiteral("Cannot write the notice")), 20000);
        QVERIFY(page.message().contains(unwritable));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(f.onWriter<qint64>([](station::StationServices &services) {
            return services.database.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notice.generate'")).toLongLong();
        }),
                 1);
    }

    void theConsoleHasANoticesTab()
    {
        Fixture f;
        ui::PrivacyPage console(f.context, QStringLiteral("dpo"));
        QStringList titles;
        for (int i = 0; i < console.count(); ++i)
            titles << console.tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Notices")), qPrintable(titles.join(u',')));
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the page with each notice to be looked at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save screenshots of the notices page");
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        Fixture f;
        ui::NoticesPage page(f.context, QStringLiteral("dpo"));
        QSignalSpy shown(&page, &ui::NoticesPage::shown);
        page.resize(1150, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        for (const privacy::NoticeKind kind : privacy::noticeKinds()) {
            const qsizetype before = shown.count();
            page.setKind(kind);
            QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before || kind == privacy::NoticeKind::Full, 20000);
            QTest::qWait(300);
            QVERIFY(page.grab().save(QStringLiteral("%1/notices-%2.png").arg(dir, privacy::noticeKindId(kind))));
        }
    }
};

QTEST_MAIN(TestGuiNotices)
#include "test_gui_notices.moc"
