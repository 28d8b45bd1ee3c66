// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The DPO's "Subject rights" page over a seeded school day: a person found by part of their name
// (accents and case ignored), exported (JSON + PDF, previewed), then erased through the
// confirmation dialog without a mouse; afterwards nothing names them, not even the decrypted bytes
// of the database, and the audit chain verifies. A visitor still on site is refused.
#include "rawpages.h"
#include "screenstation.h"
#include "teststation.h"

#include "common/sodiuminit.h"
#include "erasuredialog.h"
#include "i18n/language.h"
#include "people/peoplestore.h"
#include "peoplefixture.h"
#include "privacy/auditlog.h"
#include "rectifydialog.h"
#include "station/demoday.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "subjectpage.h"
#include "subjectrightsbar.h"
#include "theme.h"

#include "common/isotime.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace portique;

namespace {

const QDate seededDay(2026, 11, 26);
constexpr int timeoutMs = 30000;

QStringList column(storage::Database &db, const QString &sql, const QVariantList &values)
{
    QStringList result;
    storage::Statement rows = db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        rows.bind(i + 1, values[i]);
    while (rows.next())
        result << rows.toText(0);
    return result;
}

/// The student of the seeded day with the most overrides, then passages, whose name has an
/// accent (so that a search typed without accents proves they are ignored).
people::Person accentedStudentWhoPassed(storage::Database &db)
{
    const QStringList ids =
        column(db,
               QStringLiteral("SELECT e.person_id FROM access_events e JOIN people p ON p.id = e.person_id WHERE p.kind = 'student' "
                              "GROUP BY e.person_id ORDER BY (SELECT count(*) FROM overrides o JOIN access_events x ON x.id = o.event_id "
                              "WHERE x.person_id = e.person_id) DESC, count(*) DESC, e.person_id"),
               {});
    people::PeopleStore store(db);
    for (const QString &id : ids) {
        const std::optional<people::Person> person = store.find(id);
        const QString name = person->displayName();
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7f; }))
            return *person;
    }
    return {};
}

/// Types @p text into @p widget key by key, accents included (QTest::keyClicks knows ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestGuiSubject : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        people::Person person;
        QString search;       ///< part of the person's name, without accents, lower case
        QStringList needles;  ///< what identifies them anywhere
        QStringList passages; ///< ids of their passages

        explicit Fixture(bool seed)
        {
            storage::Database &db = station.database();
            if (seed) {
                station::seedDemoDay(db, seededDay);
                person = accentedStudentWhoPassed(db);
                const QString folded = people::foldForSearch(person.firstName + u' ' + person.familyName);
                search = folded.left(folded.size() - 2);
                const QStringList serials = column(db, QStringLiteral("SELECT serial FROM credentials WHERE person_id = ?1"), {person.id});
                QStringList quoted;
                for (const QString &serial : serials)
                    quoted << u'\'' + serial + u'\'';
                passages = column(db,
                                  QStringLiteral("SELECT id FROM access_events WHERE person_id = ?1 OR credential_serial IN (%1)")
                                      .arg(quoted.isEmpty() ? QStringLiteral("''") : quoted.join(u',')),
                                  {person.id});
                needles << person.id << person.firstName + u' ' + person.familyName << person.displayName() << serials
                        << column(db, QStringLiteral("SELECT guardian_id FROM guardians WHERE student_id = ?1"), {person.id});
                const QString birth = common::isoDate(person.birthDate);
                if (db.scalar(QStringLiteral("SELECT count(*) FROM people WHERE birth_date = ?1"), {birth}).toLongLong() == 1)
                    needles << birth;
            }
            // A visitor who arrived a moment ago and has not left.
            db.execute(
                QStringLiteral(
                    "INSERT INTO visitors (id, name, folded_name, host, arrived_at, expected_departure, pass_serial, "
                    "pass_valid_until, registered_by) VALUES ('V1', 'Jean Fictif', 'jean fictif', 'Accueil', ?1, ?1, 'ab', ?1, 'agent')"),
                {common::isoTime(station.clock().now())});
            writer = test::openForScreens(station, context);
        }

        template <typename Result> Result run(std::function<Result(storage::Database &)> job)
        {
            return writer->submit<Result>(std::move(job)).result();
        }
    };

    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QApplication::processEvents();
        QVERIFY(widget.grab().save(dir + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        common::ensureSodium();
        if (!qEnvironmentVariableIsEmpty("PORTIQUE_SCREENSHOT_DIR")) {
            i18n::installTranslation(i18n::languageFromEnvironment());
            ui::applyTheme(*qApp, ui::Theme::Light);
        }
    }

    void searchFindsAndExportWrites()
    {
        Fixture f(true);
        QVERIFY(!f.person.id.isEmpty());
        QVERIFY2(!f.person.displayName().toLower().contains(f.search), "the search must need accents folded");
        ui::SubjectPage page(f.context, QStringLiteral("dpo"));
        page.resize(1150, 700);
        page.show();
        QSignalSpy searched(&page, &ui::SubjectPage::searched);
        auto *field = page.findChild<QLineEdit *>(QStringLiteral("subjectSearch"));
        auto *results = page.findChild<QTableView *>(QStringLiteral("subjectResults"));
        auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportSubject"));
        QVERIFY(field && results && exportButton);
        QVERIFY(!exportButton->isEnabled());

        // Typed as a DPO types: the search runs once the keys stop, finds them without accents or capitals.
        field->setFocus();
        QTest::keyClicks(field, f.search);
        QTRY_VERIFY_WITH_TIMEOUT(page.resultIds().contains(f.person.id), timeoutMs);
        // Enter moves to the first result, selected: Export is then one Tab away.
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedSubject(), page.resultIds().constFirst(), timeoutMs);
        QCOMPARE(page.focusWidget(), results);
        QVERIFY(exportButton->isEnabled());

        // A stale result never replaces a newer one.
        searched.clear();
        page.search(QStringLiteral("zzz-nobody"));
        page.search(f.search.toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, timeoutMs);
        QTest::qWait(200);
        QCOMPARE(searched.count(), 1);
        QVERIFY(page.resultIds().contains(f.person.id));

        // Export: the two files, the JSON naming them with their passages, the pages on screen.
        QVERIFY(page.selectSubject(f.person.id));
        QTemporaryDir out;
        QSignalSpy exported(&page, &ui::SubjectPage::exported);
        QSignalSpy failed(&page, &ui::SubjectPage::exportFailed);
        page.exportTo(out.path());
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() + failed.count() == 1, timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(page.message()));
        const QStringList files = exported.first().at(0).toStringList();
        QCOMPARE(files,
                 (QStringList{out.filePath(f.person.id + QStringLiteral(".json")), out.filePath(f.person.id + QStringLiteral(".pdf"))}));
        QFile json(files[0]);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject data = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(data[u"subject"].toObject()[u"id"].toString(), f.person.id);
        QCOMPARE(data[u"subject"].toObject()[u"name"].toString(), f.person.displayName());
        QVERIFY(f.passages.size() >= 2);
        const QJsonArray passages = data[u"records"].toObject()[u"access_events"].toArray();
        QCOMPARE(passages.size(), f.passages.size());
        for (const QJsonValue &passage : passages)
            QVERIFY(f.passages.contains(QString::number(passage.toObject()[u"id"].toInteger())));
        QFile pdf(files[1]);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(page.pageCount() >= 1);
        QVERIFY(page.message().contains(QDir::toNativeSeparators(files[0])));
        QVERIFY(page.message().contains(QDir::toNativeSeparators(files[1])));
        QVERIFY(page.message().contains(QString::number(exported.first().at(1).toInt())));
        // Audited on the writer: who exported whom.
        const privacy::AuditRecord audited =
            f.run<privacy::AuditRecord>([&f](storage::Database &db) { return privacy::AuditLog(db, f.station.clock()).newest(1).first(); });
        QCOMPARE(audited.action, QStringLiteral("subject.export"));
        QCOMPARE(audited.object, f.person.id);
        QCOMPARE(audited.actor, QStringLiteral("dpo"));
        saveScreenshot(page, QStringLiteral("privacy-subject.png"));

        // A folder that cannot be made: said, with the folder, and the preview stays.
        const QString notAFolder = out.filePath(QStringLiteral("a-file"));
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        page.exportTo(notAFolder + QStringLiteral("/inside"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(page.message().contains(QDir::toNativeSeparators(notAFolder)), qPrintable(page.message()));
        QVERIFY(page.pageCount() >= 1);
        QVERIFY(exportButton->isEnabled());
    }

    void erasureThroughTheDialog()
    {
        Fixture f(true);
        ui::SubjectPage page(f.context, QStringLiteral("dpo"));
        page.resize(1150, 700);
        page.show();
        QSignalSpy searched(&page, &ui::SubjectPage::searched);
        page.search(f.search);
        QTRY_VERIFY_WITH_TIMEOUT(page.resultIds().contains(f.person.id), timeoutMs);
        QVERIFY(page.selectSubject(f.person.id));

        // Escape cancels: nothing erased.
        {
            QPointer<ui::ErasureDialog> dialog = page.openErasure();
            QVERIFY(dialog);
            QSignalSpy loaded(dialog.data(), &ui::ErasureDialog::previewLoaded);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, timeoutMs);
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("erasureConfirm")), Qt::Key_Escape);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), timeoutMs);
            QCOMPARE(f.run<qint64>([&f](storage::Database &db) {
                return db.scalar(QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"), {f.person.id}).toLongLong();
            }),
                     1);
        }

        QPointer<ui::ErasureDialog> dialog = page.openErasure();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog.data(), &ui::ErasureDialog::previewLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, timeoutMs);
        const privacy::ErasureReport preview = *dialog->preview();
        QCOMPARE(preview.displayName, f.person.displayName());
        QVERIFY(preview.total() > 5);
        QVERIFY(preview.auditRecordsBlanked >= 3);
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("erasureConfirm"));
        auto *erase = dialog->findChild<QPushButton *>(QStringLiteral("eraseButton"));
        QVERIFY(confirm && erase);
        QCOMPARE(dialog->focusWidget(), confirm);

        // The Erase button waits for the whole name (or the id); Enter before that does nothing.
        QVERIFY(!erase->isEnabled());
        typeText(confirm, f.person.displayName().left(5));
        QVERIFY(!erase->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->report());
        confirm->clear();
        typeText(confirm, f.person.displayName() + QStringLiteral("x"));
        QVERIFY(!erase->isEnabled());
        confirm->clear();
        typeText(confirm, f.person.displayName());
        QVERIFY(erase->isEnabled());
        confirm->clear();
        typeText(confirm, f.person.id);
        QVERIFY(erase->isEnabled());
        confirm->clear();
        typeText(confirm, f.person.displayName().toLower());
        QVERIFY(erase->isEnabled());
        saveScreenshot(*dialog, QStringLiteral("privacy-erasure.png"));

        // Erased from the keyboard; the counts are those of the preview.
        QSignalSpy done(&page, &ui::SubjectPage::erasureDone);
        searched.clear();
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, timeoutMs);
        const privacy::ErasureReport report = done.first().at(0).value<privacy::ErasureReport>();
        QVERIFY(!report.preview);
        QCOMPARE(report.total(), preview.total());
        QVERIFY(report.deleted == preview.deleted);
        QCOMPARE(report.auditRecordsBlanked, preview.auditRecordsBlanked);
        QCOMPARE(report.credentialsRevoked, preview.credentialsRevoked);
        QCOMPARE(report.notesScrubbed, preview.notesScrubbed);
        QVERIFY(report.auditSeq > 0);
        QVERIFY(dialog->report());
        QVERIFY(!erase->isVisible());
        QVERIFY(dialog->message().contains(QString::number(report.auditSeq)));
        saveScreenshot(*dialog, QStringLiteral("privacy-erasure-done.png"));

        // The page searched again: they are gone, and nothing of them stays on screen.
        QTRY_VERIFY_WITH_TIMEOUT(searched.count() >= 1, timeoutMs);
        QVERIFY(!page.resultIds().contains(f.person.id));
        QVERIFY(page.selectedSubject().isEmpty());
        QCOMPARE(page.pageCount(), 0);
        searched.clear();
        page.search(f.person.id);
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, timeoutMs);
        QVERIFY(!page.resultIds().contains(f.person.id));
        QTest::keyClick(dialog.data(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), timeoutMs);

        // The chain verifies, the erasure is its last record.
        const privacy::AuditVerification verified =
            f.run<privacy::AuditVerification>([&f](storage::Database &db) { return privacy::AuditLog(db, f.station.clock()).verify(); });
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        const privacy::AuditRecord last =
            f.run<privacy::AuditRecord>([&f](storage::Database &db) { return privacy::AuditLog(db, f.station.clock()).newest(1).first(); });
        QCOMPARE(last.action, QStringLiteral("subject.erase"));
        QCOMPARE(last.actor, QStringLiteral("dpo"));
        QVERIFY(last.object.isEmpty());

        // Nothing of them in the bytes of the file or of its WAL, decrypted page by page.
        f.writer.reset();
        const QByteArray plain = test::decryptedDatabase(f.station.databasePath(), f.station.key());
        QVERIFY(test::looksDecrypted(plain));
        const QByteArray wal = test::decryptedWal(f.station.databasePath() + QStringLiteral("-wal"), f.station.key());
        QVERIFY(f.needles.size() >= 4);
        for (const QString &needle : std::as_const(f.needles)) {
            QVERIFY2(!plain.contains(needle.toUtf8()), qPrintable(QStringLiteral("the file still holds ") + needle));
            QVERIFY2(!wal.contains(needle.toUtf8()), qPrintable(QStringLiteral("the WAL still holds ") + needle));
        }
    }

    void aVisitorOnSiteIsRefused()
    {
        Fixture f(false);
        ui::SubjectPage page(f.context, QStringLiteral("dpo"));
        page.resize(1150, 700);
        page.show();
        page.search(QStringLiteral("FICTIF"));
        QTRY_COMPARE_WITH_TIMEOUT(page.resultIds(), QStringList{QStringLiteral("V1")}, timeoutMs);
        QVERIFY(page.selectSubject(QStringLiteral("V1")));
        auto visitors = [&f] {
            return f.run<qint64>(
                [](storage::Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM visitors")).toLongLong(); });
        };
        auto setOnSite = [&f](bool onSite) {
            f.run<int>([onSite, &f](storage::Database &db) {
                db.execute(QStringLiteral("UPDATE visitors SET departed_at = ?1 WHERE id = 'V1'"),
                           {onSite ? QVariant() : QVariant(common::isoTime(f.station.clock().now()))});
                return 0;
            });
        };

        // Checked out when the preview was counted, back on site when the DPO confirms: the
        // erasure itself refuses, the dialog says why and stays open, nothing is deleted.
        setOnSite(false);
        {
            QPointer<ui::ErasureDialog> dialog = page.openErasure();
            QVERIFY(dialog);
            QSignalSpy loaded(dialog.data(), &ui::ErasureDialog::previewLoaded);
            QSignalSpy refused(dialog.data(), &ui::ErasureDialog::refused);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, timeoutMs);
            auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("erasureConfirm"));
            typeText(confirm, QStringLiteral("Jean Fictif"));
            QVERIFY(dialog->confirmationMatches());
            setOnSite(true);
            QTest::keyClick(confirm, Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, timeoutMs);
            QVERIFY(!dialog->report());
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->message().contains(refused.first().at(0).toString()));
            QVERIFY(confirm->isEnabled());
            QCOMPARE(visitors(), 1);
            QTest::keyClick(confirm, Qt::Key_Escape);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), timeoutMs);
        }

        // On site from the start: the preview is refused, only the reason and Close are shown.
        QPointer<ui::ErasureDialog> dialog = page.openErasure();
        QVERIFY(dialog);
        QSignalSpy refused(dialog.data(), &ui::ErasureDialog::refused);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, timeoutMs);
        // The refusal's own words (they name the visitor and say to check them out), in the dialog.
        const QString reason = refused.first().at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("Jean Fictif")), qPrintable(reason));
        QVERIFY(dialog->message().contains(reason));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("erasureMessage"))->isVisible());
        auto *erase = dialog->findChild<QPushButton *>(QStringLiteral("eraseButton"));
        QVERIFY(!erase->isEnabled());
        dialog->erase();
        QTest::qWait(200);
        QVERIFY(!dialog->report());
        saveScreenshot(*dialog, QStringLiteral("privacy-erasure-refused.png"));
        QCOMPARE(visitors(), 1);
        QTest::keyClick(dialog.data(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), timeoutMs);
        QCOMPARE(page.resultIds(), QStringList{QStringLiteral("V1")});
    }
    /// Issue 15 "Rights as features": a person rectified through the form, restricted and lifted,
    /// then their objection recorded; each audited, each refusal said; a visitor has none of them.
    void rectifyRestrictAndObject()
    {
        Fixture f(false);
        f.run<int>([&f](storage::Database &db) {
            test::addPerson(db, QStringLiteral("9100100"), QDate(2011, 3, 14));
            people::ConsentDetails consent;
            consent.givenBy = QStringLiteral("Léa");
            consent.guardianName = QStringLiteral("Sophie FICTIF");
            consent.guardianRelationship = QStringLiteral("10");
            biometrics::Descriptor descriptor{};
            descriptor.fill(0.05F);
            station::StationServices(db, f.station.clock())
                .enrolments.enrol(QStringLiteral("9100100"), consent, {QByteArray::fromHex("0011223344556677"), descriptor},
                                  people::CaptureMethod::Camera, 60, 30, QStringLiteral("agent"));
            return 0;
        });
        const auto newestAction = [&f] {
            return f.run<QString>(
                [&f](storage::Database &db) { return privacy::AuditLog(db, f.station.clock()).newest(1).first().action; });
        };
        ui::SubjectPage page(f.context, QStringLiteral("dpo"));
        page.resize(1150, 700);
        page.show();
        ui::SubjectRightsBar *bar = page.rights();
        auto *restrict = page.findChild<QPushButton *>(QStringLiteral("restrictSubject"));
        page.search(QStringLiteral("9100100"));
        QTRY_VERIFY_WITH_TIMEOUT(page.selectSubject(QStringLiteral("9100100")), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bar->person().has_value() &&restrict->isEnabled(), timeoutMs);
        QSignalSpy done(bar, &ui::SubjectRightsBar::done);
        QSignalSpy failed(bar, &ui::SubjectRightsBar::failed);

        QPointer<ui::RectifyDialog> form = bar->openRectify();
        QVERIFY(form);
        form->editOf(QStringLiteral("family_name"))->setText(QStringLiteral("CORRIGÉ"));
        QCOMPARE(form->changes().size(), std::size_t(1));
        form->accept();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bar->person()->familyName, QStringLiteral("CORRIGÉ"), timeoutMs);
        QCOMPARE(newestAction(), QStringLiteral("subject.rectify"));

        QTest::mouseClick(restrict, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->person()->restricted() &&restrict->isEnabled(), timeoutMs);
        QVERIFY2(restrict->text().contains(u"Lift"), qPrintable(restrict->text()));
        QCOMPARE(newestAction(), QStringLiteral("subject.restrict"));
        saveScreenshot(page, QStringLiteral("privacy-subject-rights.png"));
        QTest::mouseClick(restrict, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->person()->restricted() &&restrict->isEnabled(), timeoutMs);
        QCOMPARE(newestAction(), QStringLiteral("subject.restrict_lift"));

        QPointer<QMessageBox> box = bar->confirmObjection();
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, timeoutMs);
        QCOMPARE(newestAction(), QStringLiteral("consent.withdraw"));
        QTRY_VERIFY_WITH_TIMEOUT(restrict->isEnabled(), timeoutMs);
        // Nothing left to object to: said on the page, nothing changed.
        bar->object();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
        QVERIFY2(page.message().contains(u"9100100"), qPrintable(page.message()));
        QVERIFY(failed.first().at(0).toString() == page.message());

        page.search(QStringLiteral("FICTIF"));
        QTRY_VERIFY_WITH_TIMEOUT(page.selectSubject(QStringLiteral("V1")), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->person() && !restrict->isEnabled(), timeoutMs);
    }
};

QTEST_MAIN(TestGuiSubject)
#include "test_gui_subject.moc"
