// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Camera sources and threads against generated videos: native pacing, looping at the end, a
// truncated and a corrupt file, an image folder, a device that does not exist, a camera that
// drops and comes back, and a slow consumer that must not build a queue.
#include "vision/camerathread.h"
#include "vision/framemailbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace portique::vision;

namespace {

// A 64x48 MJPEG video at @p fps whose frame n shows the number n in its red channel.
QString writeVideo(const QString &path, int frames, double fps)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps, cv::Size(64, 48));
    for (int n = 0; n < frames; ++n)
        writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar(0, 0, n * 4)));
    writer.release();
    return path;
}

/// A source that plays @p frames frames, then falls silent until it is reopened.
class DroppingSource final : public CameraSource {
public:
    explicit DroppingSource(int frames)
        : m_frames(frames)
    {
    }
    bool open(QString &) override
    {
        ++opened;
        m_left = m_frames;
        return true;
    }
    bool read(cv::Mat &image) override
    {
        QThread::msleep(10);
        if (m_left <= 0)
            return false;
        --m_left;
        image = cv::Mat(10, 10, CV_8UC3, cv::Scalar::all(1));
        return true;
    }
    void close() override {}
    double pacingFps() const override { return 0.0; }
    Kind kind() const override { return Kind::Device; }
    std::atomic_int opened{0};

private:
    int m_frames;
    int m_left = 0;
};

const CameraTiming quick{150, 400, 50, 200};

} // namespace

class TestCamera final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sourceKindsFromTheirLocation()
    {
        QTemporaryDir dir;
        QCOMPARE(CameraSource::kindOf(QStringLiteral("0")), CameraSource::Kind::Device);
        QCOMPARE(CameraSource::kindOf(QStringLiteral("/dev/video2")), CameraSource::Kind::Device);
        QCOMPARE(CameraSource::kindOf(QStringLiteral("rtsp://10.0.0.5/stream")), CameraSource::Kind::Network);
        QCOMPARE(CameraSource::kindOf(dir.path()), CameraSource::Kind::ImageFolder);
        QCOMPARE(CameraSource::kindOf(dir.filePath(QStringLiteral("entree.avi"))), CameraSource::Kind::VideoFile);
    }

    void aVideoFilePlaysAtItsRateAndLoops()
    {
        QTemporaryDir dir;
        const QString video = writeVideo(dir.filePath(QStringLiteral("v.avi")), 10, 20.0);
        CameraThread camera(QStringLiteral("file"), CameraSource::create(video));
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(camera.status().state == CameraStatus::State::Live, 3000);
        QTest::qWait(1600);
        const qint64 published = camera.mailbox().published();
        // 20 fps for ~1.6 s, through the end of the 10-frame file more than once.
        QVERIFY2(published >= 24 && published <= 40, qPrintable(QString::number(published)));
        QTRY_VERIFY(camera.status().fps > 15.0 && camera.status().fps < 25.0);
        camera.stop();
        QCOMPARE(camera.status().state, CameraStatus::State::Stopped);
    }

    void framesAreTurnedAndCappedAsConfigured()
    {
        QTemporaryDir dir;
        const QString video = writeVideo(dir.filePath(QStringLiteral("v.avi")), 10, 20.0);
        CameraThread turned(QStringLiteral("side"), CameraSource::create(video), {}, FrameTransform{90, 0});
        turned.start();
        QTRY_VERIFY_WITH_TIMEOUT(turned.mailbox().peek().has_value(), 3000);
        QCOMPARE(turned.mailbox().peek()->image.cols, 48);
        QCOMPARE(turned.mailbox().peek()->image.rows, 64);
        turned.stop();
        CameraThread capped(QStringLiteral("capped"), CameraSource::create(video), {}, FrameTransform{0, 32});
        capped.start();
        QTRY_VERIFY_WITH_TIMEOUT(capped.mailbox().peek().has_value(), 3000);
        QCOMPARE(capped.mailbox().peek()->image.cols, 32);
        QCOMPARE(capped.mailbox().peek()->image.rows, 24);
        capped.stop();
    }

    void aSlowConsumerDropsFramesInsteadOfQueueing()
    {
        QTemporaryDir dir;
        const QString video = writeVideo(dir.filePath(QStringLiteral("v.avi")), 30, 30.0);
        CameraThread camera(QStringLiteral("file"), CameraSource::create(video));
        camera.start();
        QTest::qWait(1000);
        const auto frame = camera.mailbox().take();
        QVERIFY(frame.has_value());
        QVERIFY(!camera.mailbox().take().has_value()); // taken: nothing new until the next frame
        QVERIFY(camera.mailbox().dropped() >= camera.mailbox().published() - 2);
        QVERIFY(frame->sequence >= 20);
        camera.stop();
    }

    void brokenFilesAreLostNotFatal_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray(4096, 'x');
        QTemporaryDir dir;
        QFile good(writeVideo(dir.filePath(QStringLiteral("v.avi")), 20, 20.0));
        good.open(QIODevice::ReadOnly);
        QTest::newRow("truncated header") << good.read(300);
    }
    void brokenFilesAreLostNotFatal()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.avi"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        CameraThread camera(QStringLiteral("broken"), CameraSource::create(path), quick);
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(camera.status().state == CameraStatus::State::Lost, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(camera.status().reconnects >= 1, 3000);
        QCOMPARE(camera.mailbox().published(), 0);
        camera.stop();
    }

    void aTruncatedVideoPlaysWhatItHas()
    {
        QTemporaryDir dir;
        const QString path = writeVideo(dir.filePath(QStringLiteral("v.avi")), 40, 20.0);
        QFile file(path);
        QVERIFY(file.resize(file.size() * 2 / 3)); // the index at the end is gone
        CameraThread camera(QStringLiteral("cut"), CameraSource::create(path), quick);
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(camera.mailbox().published() >= 5, 3000);
        camera.stop();
    }

    void anImageFolderIsASlideshow()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("%1.png").arg(i)).toStdString(), cv::Mat(20, 20, CV_8UC3, cv::Scalar::all(i * 50))));
        QFile bad(dir.filePath(QStringLiteral("9.png")));
        bad.open(QIODevice::WriteOnly);
        bad.write("not an image");
        bad.close();
        CameraThread camera(QStringLiteral("folder"), CameraSource::create(dir.path(), 20.0));
        camera.start();
        QTest::qWait(700);
        QVERIFY(camera.mailbox().published() >= 8);
        QCOMPARE(camera.status().state, CameraStatus::State::Live);
        camera.stop();
    }

    void aMissingDeviceIsLostAndRetriedWithBackoff()
    {
        CameraThread camera(QStringLiteral("absent"), CameraSource::create(QStringLiteral("/dev/video99")), quick);
        QSignalSpy spy(&camera, &CameraThread::statusChanged);
        QElapsedTimer timer;
        timer.start();
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(camera.status().reconnects >= 3, 5000);
        QCOMPARE(camera.status().state == CameraStatus::State::Lost || camera.status().state == CameraStatus::State::Connecting, true);
        QVERIFY(!camera.status().detail.isEmpty() || camera.status().state == CameraStatus::State::Connecting);
        // 50 + 100 + 200 ms of backoff at least before the third retry.
        QVERIFY(timer.elapsed() >= 300);
        camera.stop(); // returns promptly even during a backoff
        QVERIFY(spy.count() >= 6);
    }

    void aCameraThatDropsStallsThenReconnects()
    {
        auto source = std::make_unique<DroppingSource>(20);
        DroppingSource *raw = source.get();
        CameraThread camera(QStringLiteral("gate"), std::move(source), quick);
        QList<CameraStatus::State> states;
        connect(&camera, &CameraThread::statusChanged, this, [&](const CameraStatus &s) {
            if (states.isEmpty() || states.last() != s.state)
                states << s.state;
        }, Qt::QueuedConnection);
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(raw->opened >= 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(states.count(CameraStatus::State::Live) >= 2, 5000);
        camera.stop();
        const int live = int(states.indexOf(CameraStatus::State::Live));
        const int stalled = int(states.indexOf(CameraStatus::State::Stalled));
        const int lost = int(states.indexOf(CameraStatus::State::Lost));
        QVERIFY(live >= 0 && stalled > live && lost > stalled);
        QVERIFY(camera.status().reconnects >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCamera)
#include "test_camera.moc"
