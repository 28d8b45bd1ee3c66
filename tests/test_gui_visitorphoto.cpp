// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The visitor dialog's photo (issue 16, "desk photos only on purpose"), offscreen: only desk
// cameras are offered (a gate lane "Voie 1" never is), nothing is described on opening, Space on
// the preview takes the photo, which counts only once confirmed, and without a desk camera the
// dialog says so and registers the visitor without a photo.
#include "passprintdialog.h"
#include "screenstation.h"
#include "teststation.h"
#include "theme.h"
#include "vision/camerasource.h"
#include "vision/visionpipeline.h"
#include "visitordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;

namespace {

const QString agent = QStringLiteral("accueil");
const QDateTime morning(QDate(2026, 11, 30), QTime(9, 0));

biometrics::Descriptor descriptor()
{
    biometrics::Descriptor d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = float((int(i) % 7) - 3) * 0.03F;
    return d;
}

} // namespace

class TestGuiVisitorPhoto final : public QObject {
    Q_OBJECT

    /// A station whose pipeline (never started) has a gate lane "Voie 1" and, with @p desk, a
    /// desk camera "Accueil"; the test plays their views itself.
    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        std::unique_ptr<vision::VisionPipeline> pipeline;
        QTemporaryDir frames;
        ui::StationContext context;
        explicit Fixture(bool desk)
        {
            station.clock().set(morning);
            writer = test::openForScreens(station, context);
            const vision::FaceModel model{QStringLiteral("test.dat"), QByteArray(32, '\x11'), QStringLiteral("test")};
            pipeline = std::make_unique<vision::VisionPipeline>(model, vision::VisionPipeline::Options{});
            pipeline->addCamera(QStringLiteral("Voie 1"), vision::CameraSource::create(frames.path()));
            if (desk) {
                pipeline->addCamera(QStringLiteral("Accueil"), vision::CameraSource::create(frames.path()), {}, std::nullopt, false);
                context.deskCameras = {1};
            }
            context.pipeline = pipeline.get();
        }
        /// One processed frame of camera @p camera with one usable face, described for @p request.
        void show(int camera, int request)
        {
            QImage image(640, 480, QImage::Format_RGB888);
            image.fill(QColor(0x60, 0x68, 0x70));
            vision::CameraView view;
            view.camera = camera;
            view.frameSize = image.size();
            view.image = image;
            vision::TrackView track;
            track.id = 1;
            track.box = QRect(240, 120, 160, 160);
            track.quality = 80;
            track.usable = true;
            track.described = request > 0;
            if (request > 0)
                track.descriptor = descriptor();
            track.request = request;
            view.tracks.push_back(track);
            Q_EMIT pipeline->cameraUpdated(view);
        }
    };

    static std::unique_ptr<ui::VisitorDialog> open(Fixture &f)
    {
        auto dialog = std::make_unique<ui::VisitorDialog>(f.context, agent);
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitFor([&] { return dialog->isReady(); }, 5000))
            return nullptr;
        return dialog;
    }

    /// Takes the photo by Space on the preview, up to the confirmation it waits for.
    static void takeBySpace(Fixture &f, ui::VisitorDialog &dialog)
    {
        auto *take = dialog.findChild<QPushButton *>(QStringLiteral("takePhoto"));
        f.show(1, 0);
        QTRY_VERIFY(take->isEnabled());
        QCOMPARE(dialog.descriptorRequest(), 0);
        auto *preview = dialog.findChild<QWidget *>(QStringLiteral("photoPreview"));
        QVERIFY(preview);
        preview->setFocus();
        QTest::keyClick(preview, Qt::Key_Space);
        const int request = dialog.descriptorRequest();
        QVERIFY(request > 0);
        f.show(1, request);
        QTest::qWait(600); // the photo needs the face seen for half a second
        f.show(1, request);
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("usePhoto"))->isEnabled());
    }

private Q_SLOTS:
    void initTestCase() { ui::applyTheme(*qApp, ui::Theme::Light); }

    void onlyDeskCamerasAndNoPhotoOnOpening()
    {
        Fixture f(true);
        const std::unique_ptr<ui::VisitorDialog> dialog = open(f);
        QVERIFY(dialog);
        auto *cameras = dialog->findChild<QComboBox *>(QStringLiteral("photoCamera"));
        QCOMPARE(cameras->count(), 1);
        QCOMPARE(cameras->itemText(0), QStringLiteral("Accueil"));
        QCOMPARE(cameras->findText(QStringLiteral("Voie 1")), -1);
        // Faces in view of both cameras: nothing is described, no photo is taken.
        f.show(0, 0);
        f.show(1, 0);
        QTest::qWait(50);
        QCOMPARE(dialog->descriptorRequest(), 0);
        QVERIFY(!dialog->hasPhoto());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("photoTaken"))->pixmap().isNull());
        // A gate lane's described face never becomes the photo either.
        f.show(0, 1);
        QTest::qWait(50);
        QVERIFY(!dialog->hasPhoto());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("usePhoto"))->isEnabled());
    }

    void spaceTakesAPhotoThatMustBeConfirmed()
    {
        Fixture f(true);
        const std::unique_ptr<ui::VisitorDialog> dialog = open(f);
        QVERIFY(dialog);
        takeBySpace(f, *dialog);
        QVERIFY(!dialog->hasPhoto()); // taken, not yet confirmed
        QCOMPARE(dialog->descriptorRequest(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("photoTaken"))->pixmap().isNull());
        // Registering waits for the agent's word on the photo.
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Chloé PETIT"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Infirmerie"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QVERIFY2(dialog->message().contains(QStringLiteral("Use the photo")), qPrintable(dialog->message()));
        QVERIFY(!dialog->registeredVisitor());
        // Taken again, then used.
        dialog->findChild<QPushButton *>(QStringLiteral("retakePhoto"))->click();
        QVERIFY(dialog->descriptorRequest() > 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("usePhoto"))->isEnabled());
        const int request = dialog->descriptorRequest();
        f.show(1, request);
        QTest::qWait(600);
        f.show(1, request);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("usePhoto"))->isEnabled());
        dialog->findChild<QPushButton *>(QStringLiteral("usePhoto"))->click();
        QVERIFY(dialog->hasPhoto());
        auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("trackingConsent"));
        QVERIFY(consent->isEnabled());
    }

    void withoutADeskCameraTheVisitorHasNoPhoto()
    {
        Fixture f(false);
        const std::unique_ptr<ui::VisitorDialog> dialog = open(f);
        QVERIFY(dialog);
        const QString hint = dialog->findChild<QLabel *>(QStringLiteral("photoHint"))->text();
        QVERIFY2(hint.contains(QStringLiteral("No desk camera")), qPrintable(hint));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("photoCamera"))->isVisible());
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("trackingConsent"))->isEnabled());
        f.show(0, 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("takePhoto"))->isEnabled());
        dialog->takePhoto();
        QCOMPARE(dialog->descriptorRequest(), 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Chloé PETIT"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Infirmerie"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->registeredVisitor().has_value());
        QVERIFY(!dialog->registeredVisitor()->tracking);
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        delete dialog->findChild<ui::PassPrintDialog *>();
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the dialog waiting for the photo's
    // confirmation as PNG to be looked at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save a screenshot of the visitor photo");
        QDir().mkpath(dir);
        Fixture f(true);
        const std::unique_ptr<ui::VisitorDialog> dialog = open(f);
        QVERIFY(dialog);
        takeBySpace(f, *dialog);
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/visitors-photo-confirm.png")));
        Fixture none(false);
        const std::unique_ptr<ui::VisitorDialog> without = open(none);
        QVERIFY(without);
        QApplication::processEvents();
        QVERIFY(without->grab().save(dir + QStringLiteral("/visitors-photo-no-desk.png")));
    }
};

QTEST_MAIN(TestGuiVisitorPhoto)
#include "test_gui_visitorphoto.moc"
