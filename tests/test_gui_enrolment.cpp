// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The desk's enrolment wizard, offscreen, through the real database thread: badge only, the face
// lane for a minor (guardian, type 2, capture with hints), and a failure to enrol.
#include "badgeprintdialog.h"
#include "enrolmentwizard.h"
#include "peoplefixture.h"
#include "privacy/consentforms.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "vision/camerasource.h"
#include "vision/visionpipeline.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

/// A track as the pipeline reports it; its descriptor (if @p described) answers describe request
/// @p request (the capture takes only those of its own request).
vision::TrackView track(int width, bool usable, bool alive, bool described, QStringList problems = {}, int request = 0)
{
    vision::TrackView view;
    view.id = 1;
    view.box = QRect(200, 120, width, width);
    view.quality = width;
    view.usable = usable;
    view.alive = alive;
    view.problems = problems;
    if (described) {
        biometrics::Descriptor d{};
        for (std::size_t i = 0; i < d.size(); ++i)
            d[i] = float(i % 7) * 0.01F;
        view.descriptor = d;
        view.request = request;
        view.samples = 1;
    }
    return view;
}

vision::CameraView cameraView(const std::vector<vision::TrackView> &tracks)
{
    vision::CameraView view;
    view.camera = 0;
    view.frameSize = QSize(640, 480);
    view.image = QImage(640, 480, QImage::Format_RGB888);
    view.image.fill(QColor(90, 100, 110));
    view.tracks = tracks;
    return view;
}

} // namespace

class TestGuiEnrolment final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        std::unique_ptr<vision::VisionPipeline> pipeline;
        ui::StationContext context;
        people::Person minor;
        people::Person adult;
        QTemporaryDir frames;
        Fixture()
        {
            minor = test::addPerson(station.database(), QStringLiteral("4100101"), QDate(2011, 3, 14));
            adult = test::addPerson(station.database(), QStringLiteral("4101433"), QDate(2006, 2, 1), QStringLiteral("BTS1"));
            people::PeopleStore(station.database())
                .replaceGuardians(
                    minor.id,
                    {{minor.id, QStringLiteral("5300001"), QStringLiteral("FICTIF"), QStringLiteral("Sophie"), QStringLiteral("10")},
                     {minor.id, QStringLiteral("5300008"), QStringLiteral("FICTIF"), QStringLiteral("Sébastien"), QStringLiteral("20")}});
            station.close();
            writer = std::make_unique<storage::DatabaseThread>(station.databasePath(), station.key().clone());
            // A pipeline that is never started: the test plays the camera's updates itself.
            vision::FaceModel model{QStringLiteral("test.dat"), QByteArray(32, '\x11'), QStringLiteral("test")};
            pipeline = std::make_unique<vision::VisionPipeline>(model, vision::VisionPipeline::Options{});
            pipeline->addCamera(QStringLiteral("Accueil"), vision::CameraSource::create(frames.path()));
            context.writer = writer.get();
            context.clock = &station.clock();
            context.schoolName = QStringLiteral("Lycée Test");
            context.pipeline = pipeline.get();
        }
        template <typename T> T query(std::function<T(station::StationServices &, storage::Database &)> work)
        {
            return writer
                ->submit<T>([this, work](storage::Database &db) {
                    station::StationServices services(db, station.clock());
                    return work(services, db);
                })
                .result();
        }
    };

    static void save(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(dir + QStringLiteral("/enrol-") + name + QStringLiteral(".png"));
    }

    static ui::BadgePrintDialog *printDialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ui::BadgePrintDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

private Q_SLOTS:
    void badgeOnlyIsTheDefaultAndIssuesAPlainBadge()
    {
        Fixture f;
        ui::EnrolmentWizard wizard(f.context, QStringLiteral("agent"), f.adult);
        wizard.show();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        save(&wizard, QStringLiteral("1-notice"));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("chooseBadgeOnly"))->isChecked());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("informationNotice"))->text().contains(u"one-to-one"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::EnrolmentWizard::BadgePage));
        QTRY_VERIFY(printDialog());
        ui::BadgePrintDialog *dialog = printDialog();
        save(dialog, QStringLiteral("4-print"));
        QTemporaryDir out;
        QVERIFY(dialog->saveAs(out.filePath(QStringLiteral("badge.pdf"))));
        dialog->accept();
        const auto badge = f.query<std::optional<access::CredentialRecord>>(
            [&](station::StationServices &s, storage::Database &) { return s.credentials.currentBadge(f.adult.id); });
        QVERIFY(badge);
        QCOMPARE(badge->architecture, access::TemplateArchitecture::None);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void minorEnrolsWithTheirGuardianInTheDatabaseArchitecture()
    {
        Fixture f;
        ui::EnrolmentWizard wizard(f.context, QStringLiteral("agent"), f.minor);
        vision::EnrolmentCapture::Options fast;
        fast.minimumMs = 0; // the test plays frames faster than a camera
        wizard.setCaptureOptions(fast);
        wizard.resize(760, 660);
        wizard.show();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QRadioButton *>(QStringLiteral("chooseFaceLane"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::EnrolmentWizard::ConsentPage));
        // A minor cannot go on without a legal representative.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *guardian = wizard.findChild<QComboBox *>(QStringLiteral("guardianName"));
        QCOMPARE(guardian->count(), 2);
        guardian->setCurrentIndex(0);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("guardianRelationship"))->currentData().toString(), QStringLiteral("10"));
        wizard.findChild<QRadioButton *>(QStringLiteral("typeTwo"))->setChecked(true);
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("channelInPerson"))->isChecked());
        // Issue 15: the student's own agreement is not written for them.
        auto *givenBy = wizard.findChild<QLineEdit *>(QStringLiteral("consentBy"));
        QVERIFY(givenBy->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        givenBy->setText(QStringLiteral("Léa FICTIF"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // A paper form needs the reference of a form the station issued for this student.
        wizard.findChild<QRadioButton *>(QStringLiteral("channelPaper"))->setChecked(true);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *reference = wizard.findChild<QLineEdit *>(QStringLiteral("formReference"));
        auto *referenceStatus = wizard.findChild<QLabel *>(QStringLiteral("formReferenceStatus"));
        reference->setText(QStringLiteral("AUT-2026-041"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString issued = f.query<QString>([&](station::StationServices &s, storage::Database &db) {
            return privacy::ConsentFormStore(db, f.station.clock()).issue(f.minor.id, QStringLiteral("agent"), s.audit).reference;
        });
        const QString foreign = f.query<QString>([&](station::StationServices &s, storage::Database &db) {
            return privacy::ConsentFormStore(db, f.station.clock()).issue(f.adult.id, QStringLiteral("agent"), s.audit).reference;
        });
        reference->setText(foreign);
        QTRY_VERIFY2(referenceStatus->text().contains(u"someone else"), qPrintable(referenceStatus->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        reference->setText(issued.toLower()); // typed by hand
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        save(&wizard, QStringLiteral("2-consent"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::EnrolmentWizard::CapturePage));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("captureHint"));

        // The camera describes the person in front for this enrolment only while it captures.
        const int request = wizard.descriptorRequest();
        QVERIFY(request > 0);
        Q_EMIT f.pipeline->cameraUpdated(cameraView({track(40, false, false, false, {QStringLiteral("too_small")})}));
        QCOMPARE(hint->text(), vision::captureHintText(vision::CaptureHint::ComeCloser));
        Q_EMIT f.pipeline->cameraUpdated(cameraView({track(120, true, false, true, {}, request)}));
        QCOMPARE(hint->text(), vision::captureHintText(vision::CaptureHint::Blink));
        save(&wizard, QStringLiteral("3-capture"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // A descriptor computed for another request (a lane's) is not the enrolment's.
        Q_EMIT f.pipeline->cameraUpdated(cameraView({track(120, true, true, true, {}, request + 1)}));
        QTest::qWait(50);
        QCOMPARE(wizard.currentId(), int(ui::EnrolmentWizard::CapturePage));
        Q_EMIT f.pipeline->cameraUpdated(cameraView({track(120, true, true, true, {}, request)}));
        QTRY_COMPARE(wizard.currentId(), int(ui::EnrolmentWizard::BadgePage));
        QCOMPARE(wizard.descriptorRequest(), 0); // released once captured
        QTRY_VERIFY(printDialog());
        printDialog()->saveAs(QDir::temp().filePath(QStringLiteral("portique-test-enrol.pdf")));
        printDialog()->accept();
        save(&wizard, QStringLiteral("4-done"));

        const auto consent = f.query<std::optional<privacy::Consent>>(
            [&](station::StationServices &s, storage::Database &) { return s.consents.current(f.minor.id); });
        QVERIFY(consent);
        QCOMPARE(consent->guardianName, QStringLiteral("Sophie FICTIF"));
        QCOMPARE(consent->guardianRelationship, QStringLiteral("10"));
        QCOMPARE(consent->architecture, access::TemplateArchitecture::InDatabase);
        QCOMPARE(consent->agent, QStringLiteral("agent"));
        QCOMPARE(consent->channel, privacy::ConsentChannel::Paper);
        QCOMPARE(consent->channelReference, issued);
        QVERIFY(f.query<bool>([&](station::StationServices &s, storage::Database &) { return s.enrolments.holdsTemplate(f.minor.id); }));
        const auto attempts = f.query<std::vector<people::EnrolmentAttempt>>(
            [&](station::StationServices &s, storage::Database &) { return s.enrolments.attempts(f.minor.id); });
        QCOMPARE(attempts.size(), std::size_t(1));
        QVERIFY(attempts.front().enrolled);
        QCOMPARE(attempts.front().method, people::CaptureMethod::Camera);
    }

    void aPhotoHeldUpIsAFailureToEnrol()
    {
        Fixture f;
        ui::EnrolmentWizard wizard(f.context, QStringLiteral("agent"), f.adult);
        vision::EnrolmentCapture::Options quick;
        quick.timeoutMs = 200;
        wizard.setCaptureOptions(quick);
        wizard.show();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QRadioButton *>(QStringLiteral("chooseFaceLane"))->setChecked(true);
        wizard.next();
        // An adult consents alone, in their own name and choice: nothing is filled in for them.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QLineEdit *>(QStringLiteral("consentBy"))->setText(QStringLiteral("Gaëlle FAUXSEMBLANT"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QRadioButton *>(QStringLiteral("typeOne"))->setChecked(true);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        // Usable and described, but never alive: a photo. After the timeout: FTE, recorded.
        const int request = wizard.descriptorRequest();
        QVERIFY(request > 0);
        for (int i = 0; i < 6; ++i) {
            Q_EMIT f.pipeline->cameraUpdated(cameraView({track(120, true, false, true, {}, request)}));
            QTest::qWait(60);
        }
        QTRY_VERIFY(wizard.findChild<QPushButton *>(QStringLiteral("captureRetry"))->isVisible());
        QCOMPARE(wizard.descriptorRequest(), 0); // given up: the camera describes nobody
        save(&wizard, QStringLiteral("3-failed"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(f.query<std::size_t>(
                         [&](station::StationServices &s, storage::Database &) { return s.enrolments.attempts(f.adult.id).size(); }),
                     std::size_t(1));
        const auto attempts = f.query<std::vector<people::EnrolmentAttempt>>(
            [&](station::StationServices &s, storage::Database &) { return s.enrolments.attempts(f.adult.id); });
        QCOMPARE(attempts.front().reason, QStringLiteral("no_liveness"));
        QVERIFY(!attempts.front().enrolled);
        QVERIFY(
            !f.query<bool>([&](station::StationServices &s, storage::Database &) { return s.consents.current(f.adult.id).has_value(); }));
    }
};

QTEST_MAIN(TestGuiEnrolment)
#include "test_gui_enrolment.moc"
