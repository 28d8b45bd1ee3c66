// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The People tab's consent actions (issue 15), offscreen, through the real database thread:
// withdrawal in one step that keeps the same badge working badge-only, and the consent letters of a
// selection or a class written off the GUI thread.
#include "access/decision.h"
#include "access/gatecheck.h"
#include "badgeprintdialog.h"
#include "people/importfile.h"
#include "peoplepage.h"
#include "peopletablemodel.h"
#include "screenstation.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

// The day the sample was exported: the expected counts of the test data are given on it.
const QDateTime sampleDay(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
const QString agent = QStringLiteral("accueil");

} // namespace

class TestGuiConsent final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        Fixture()
        {
            station.clock().set(sampleDay);
            station::StationServices services(station.database(), station.clock());
            services.users.add(agent, QStringLiteral("Karim Fictif"), accounts::Role::Agent, QStringLiteral("agent-pass-1"),
                               QStringLiteral("system"));
            writer = test::openForScreens(station, context);
        }
        template <typename Result> Result run(std::function<Result(station::StationServices &, storage::Database &)> work)
        {
            const common::Clock *clock = &station.clock();
            return writer
                ->submit<Result>([clock, work](storage::Database &db) {
                    station::StationServices services(db, *clock);
                    return work(services, db);
                })
                .result();
        }
        void import(const QString &path)
        {
            writer
                ->submit<void>([clock = &station.clock(), path](storage::Database &db) {
                    station::StationServices(db, *clock).imports.apply(people::parseImportFile(path), agent);
                })
                .waitForFinished();
        }
        int count(const QString &table)
        {
            return run<int>([table](station::StationServices &, storage::Database &db) {
                return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
            });
        }
        std::optional<access::CredentialRecord> currentBadge(const QString &id)
        {
            return run<std::optional<access::CredentialRecord>>(
                [id](station::StationServices &services, storage::Database &) { return services.credentials.currentBadge(id); });
        }
    };

private Q_SLOTS:
    void withdrawalIsOneStepAndTheSameBadgeKeepsWorking()
    {
        // Issue 15: the People tab withdrew by revoking the badge and printing a new one; the old
        // badge was then refused at the lane with an alert naming the student. Now: one
        // confirmation, nothing printed, the same badge decided on the badge alone, no alert.
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        const QString chimere = QStringLiteral("4100286");
        const QByteArray modelId = QByteArray::fromHex("0011223344556677");
        const QString payload = f.run<QString>([chimere, modelId](station::StationServices &services, storage::Database &) {
            people::ConsentDetails details;
            details.givenBy = QStringLiteral("Zoé CHIMÈRE");
            details.guardianName = QStringLiteral("Hélène CHIMÈRE");
            details.guardianRelationship = QStringLiteral("10");
            biometrics::Descriptor descriptor{};
            descriptor.fill(0.05F);
            return services.enrolments.enrol(chimere, details, {modelId, descriptor}, people::CaptureMethod::Camera, 60, 10, agent)
                .badge.payload;
        });
        const access::CredentialRecord before = *f.currentBadge(chimere);
        ui::PeoplePage page(f.context, agent);
        QStringList asked;
        page.setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked << text;
            return true;
        });
        page.show();
        QTRY_VERIFY(page.selectPerson(chimere));
        auto *withdraw = page.findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QTRY_VERIFY(withdraw->isEnabled());
        withdraw->click();
        QTRY_VERIFY(f.run<bool>([chimere](station::StationServices &services, storage::Database &) {
            return !services.consents.current(chimere).has_value();
        }));
        // One question, which says what the person needs to know.
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"without giving a reason"), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(u"same badge keeps opening the gate"), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(u"nothing to print, no new badge"), qPrintable(asked.first()));
        QVERIFY(!page.findChild<ui::BadgePrintDialog *>());

        // The same badge, still valid, now decided on the badge alone.
        const access::CredentialRecord after = *f.currentBadge(chimere);
        QCOMPARE(after.serial, before.serial);
        QVERIFY(!after.revoked());
        QCOMPARE(after.architecture, access::TemplateArchitecture::None);
        QCOMPARE(f.count(QStringLiteral("credentials")), 1);
        const access::Decision decision =
            f.run<access::Decision>([payload, modelId](station::StationServices &services, storage::Database &) {
                const access::CredentialCheck check = access::checkCredential(services, payload, modelId, QStringLiteral("Voie 1"));
                access::FaceEvidence face;
                face.present = face.usable = face.alive = true;
                face.quality = 80;
                face.descriptor = biometrics::Descriptor{}; // someone else's face: a face lane decision would refuse it
                face.sights = 3;
                return access::decide(check, access::CredentialMethod::Scanner, face, false, access::LanePolicy{});
            });
        QCOMPARE(access::outcomeId(decision.outcome), QStringLiteral("granted"));
        QCOMPARE(decision.reasons, QStringList{QStringLiteral("badge")});
        QCOMPARE(f.count(QStringLiteral("alerts")), 0);
        QTRY_VERIFY2(page.message().contains(u"same badge keeps working"), qPrintable(page.message()));
        QVERIFY(!withdraw->isEnabled());
    }

    void consentLettersAreWrittenForTheSelectionOrTheClass()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f;
        f.import(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"));
        QTemporaryDir out;
        ui::PeoplePage page(f.context, agent);
        QString suggested;
        page.setSavePath([&](QWidget *, const QString &path) {
            suggested = path;
            return out.filePath(QFileInfo(path).fileName());
        });
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 38);
        auto *forSelection = page.findChild<QAction *>(QStringLiteral("consentLetterForSelection"));
        auto *forClass = page.findChild<QAction *>(QStringLiteral("consentLetterForClass"));
        QVERIFY(!forSelection->isEnabled());
        QVERIFY(!forClass->isEnabled());

        // One person selected: one letter.
        QSignalSpy saved(&page, &ui::PeoplePage::consentLettersSaved);
        QTRY_VERIFY(page.selectPerson(QStringLiteral("4100286")));
        QVERIFY(forSelection->isEnabled());
        forSelection->trigger();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(QFile::exists(saved.at(0).at(0).toString()));
        QVERIFY2(suggested.endsWith(u"consent-letters-4100286.pdf"), qPrintable(suggested));
        QCOMPARE(f.count(QStringLiteral("consent_forms")), 1);

        // The class: one letter a person present in it.
        auto *classes = page.findChild<QComboBox *>(QStringLiteral("classFilter"));
        classes->setCurrentIndex(classes->findText(QStringLiteral("2NDE1")));
        QTRY_VERIFY(page.model()->rowCount() < 38);
        const int inClass = page.model()->rowCount();
        QTRY_VERIFY(forClass->isEnabled());
        forClass->trigger();
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY2(page.message().contains(QStringLiteral("%1 consent letter(s) saved").arg(inClass)), qPrintable(page.message()));
        QCOMPARE(f.count(QStringLiteral("consent_forms")), 1 + inClass);
        QCOMPARE(f.run<int>([](station::StationServices &, storage::Database &db) {
            return db.scalar(QStringLiteral("SELECT count(*) FROM output_files WHERE kind = 'consent_letter'")).toInt();
        }),
                 2);
        QFile pdf(saved.at(1).at(0).toString());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestGuiConsent)
#include "test_gui_consent.moc"
