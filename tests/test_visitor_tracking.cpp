// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Following visitors across the indoor cameras: VisitorTracker's rules on synthetic descriptors,
// then `portiquectl visitor track` end to end on generated videos (issue 7's tracking tests).
#include "biometrics/facetemplate.h"
#include "clirunner.h"
#include "common/isotime.h"
#include "scenefixture.h"
#include "station/cameraconfig.h"
#include "station/demolanes.h"
#include "station/demostation.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "storage/keyfile.h"
#include "teststation.h"
#include "vision/imageloader.h"
#include "vision/syntheticscenes.h"
#include "vision/visionpipeline.h"
#include "visitors/indoortracking.h"
#include "visitors/visitortracker.h"
#include "visitors/zonemap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using test::CliRun;
using visitors::VisitorTracker;

namespace {

/// A descriptor at distance |offset| from the origin along axis @p axis: distances between two of
/// them are exact (sqrt(a² + b²) on different axes, |a - b| on the same one).
biometrics::Descriptor along(std::size_t axis, float offset)
{
    biometrics::Descriptor d{};
    d[axis] = offset;
    return d;
}

vision::TrackView trackOf(int id, const biometrics::Descriptor &descriptor, bool usable = true)
{
    vision::TrackView view;
    view.id = id;
    view.usable = usable;
    view.described = true;
    view.descriptor = descriptor;
    return view;
}

const QString hall = QStringLiteral("Hall");

} // namespace

class TestVisitorTracking final : public QObject {
    Q_OBJECT

    // End to end: one station, its database opened here too (raw tables, registration, check-out).
    QTemporaryDir m_dir;
    std::optional<test::FakeClock> m_clock;
    std::unique_ptr<storage::Database> m_database;
    QByteArray m_modelId;
    QString m_walker;    // on site, consenting, allowed in the hall only
    QString m_bystander; // on site, consenting, never filmed: the gallery holds two faces
    QString m_declined;  // on site, no tracking consent
    bool m_ready = false;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun ctl(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << file(QStringLiteral("s.db")) << QStringLiteral("--key-file") << file(QStringLiteral("s.key"))
                  << QStringLiteral("--user") << QStringLiteral("chef");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), QStringLiteral("admin-pass-2026")}});
    }

    /// `visitor track` on @p video: its JSON lines (the run must succeed).
    QList<QJsonObject> runTrack(const QString &camera, const QString &video, const QStringList &extra = {})
    {
        const CliRun run = ctl(QStringList{QStringLiteral("visitor"), QStringLiteral("track"), QStringLiteral("--camera"), camera,
                                           QStringLiteral("--video"), file(video)}
                               + extra);
        if (run.exitCode != 0)
            qWarning("visitor track failed (%d): %s", run.exitCode, qPrintable(run.err));
        QList<QJsonObject> lines;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (!document.isObject())
                qWarning("not a JSON line: %s", qPrintable(line));
            lines << document.object();
        }
        return run.exitCode == 0 ? lines : QList<QJsonObject>{QJsonObject{{QStringLiteral("failed"), run.err}}};
    }

    qint64 rows(const QString &table, const QString &visitorId = {})
    {
        if (visitorId.isEmpty())
            return m_database->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        return m_database->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE visitor_id = ?1").arg(table), {visitorId}).toLongLong();
    }

    biometrics::Descriptor describePhoto(vision::FaceEngine &engine, const QString &data, const QString &person, const QString &photo)
    {
        const cv::Mat image = vision::loadImage(data + QStringLiteral("/faces/photos/") + person + u'/' + photo);
        const auto faces = engine.analyze(image, vision::DetectionOptions::forPhoto(image.size()));
        const auto largest = std::max_element(faces.cbegin(), faces.cend(),
                                              [](const auto &a, const auto &b) { return a.face.box.width() < b.face.box.width(); });
        if (largest == faces.cend() || !largest->descriptor)
            qFatal("no usable face in %s/%s", qPrintable(person), qPrintable(photo));
        return *largest->descriptor;
    }

    QString registerVisitor(const QString &name, const std::optional<biometrics::Descriptor> &face, bool consent, const QStringList &zones)
    {
        station::StationServices services(*m_database, *m_clock);
        visitors::VisitorDraft draft;
        draft.name = name;
        draft.organisation = QStringLiteral("Entreprise Fictive");
        draft.host = QStringLiteral("Intendance");
        draft.purpose = QStringLiteral("Réunion");
        draft.expectedDeparture = m_clock->now().addSecs(2 * 3600);
        draft.zones = zones;
        draft.trackingConsent = consent;
        draft.face = face;
        return services.visitors.registerVisitor(draft, m_modelId, QStringLiteral("chef")).visitor.id;
    }

private Q_SLOTS:
    // --- VisitorTracker, on synthetic descriptors --------------------------------------------

    void aClearMatchIsReportedOnce()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}, {QStringLiteral("V2"), along(0, 1.0F)}});
        const auto first = tracker.update(hall, {trackOf(7, along(1, 0.2F))}, 0);
        QCOMPARE(first.size(), std::size_t(1));
        QCOMPARE(first[0].visitorId, QStringLiteral("V1"));
        QCOMPARE(first[0].camera, hall);
        QCOMPARE(first[0].trackId, 7);
        QVERIFY(qAbs(first[0].distance - 0.2) < 1e-6);
        // The same track again, even seen closer: debounced.
        QVERIFY(tracker.update(hall, {trackOf(7, along(1, 0.1F))}, 100).empty());
        QVERIFY(tracker.update(hall, {trackOf(7, along(1, 0.2F))}, 200).empty());
        // Another camera, or a new track on this one, is a new sighting.
        QCOMPARE(tracker.update(QStringLiteral("Cuisine"), {trackOf(7, along(1, 0.2F))}, 300).size(), std::size_t(1));
        QCOMPARE(tracker.update(hall, {trackOf(8, along(1, 0.2F))}, 300).size(), std::size_t(1));
    }

    void theMarginRule_data()
    {
        QTest::addColumn<float>("second");   // where the second visitor's template is (axis 0)
        QTest::addColumn<float>("face");     // where the face is (axis 1): distance to V1
        QTest::addColumn<bool>("reported");
        // d(face, V1) = face; d(face, V2) = sqrt(second² + face²).
        QTest::newRow("far second") << 1.0F << 0.2F << true;
        QTest::newRow("second too close") << 0.06F << 0.2F << false;        // gap 0.009
        QTest::newRow("gap just under the margin") << 0.145F << 0.2F << false; // gap 0.047
        QTest::newRow("gap just over the margin") << 0.155F << 0.2F << true;   // gap 0.053
        QTest::newRow("over the threshold") << 1.0F << 0.51F << false;
        QTest::newRow("at the threshold") << 1.0F << 0.50F << false; // compare(): "same" is strictly under
    }
    void theMarginRule()
    {
        QFETCH(float, second);
        QFETCH(float, face);
        QFETCH(bool, reported);
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}, {QStringLiteral("V2"), along(0, second)}});
        QCOMPARE(!tracker.update(hall, {trackOf(1, along(1, face))}, 0).empty(), reported);
        // A track that gave nothing leaves nothing behind.
        if (!reported)
            QCOMPARE(tracker.rememberedTracks(hall), 0);
    }

    void unusableOrUndescribedFacesAreNotCompared()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}});
        QVERIFY(tracker.update(hall, {trackOf(1, along(1, 0.1F), false)}, 0).empty());
        vision::TrackView undescribed;
        undescribed.id = 2;
        undescribed.usable = true;
        QVERIFY(tracker.update(hall, {undescribed}, 0).empty());
        QCOMPARE(tracker.rememberedTracks(hall), 0);
    }

    void strangersLeaveNothing()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}});
        for (int id = 1; id <= 20; ++id)
            QVERIFY(tracker.update(hall, {trackOf(id, along(std::size_t(id), 0.9F))}, id * 40).empty());
        QCOMPARE(tracker.rememberedTracks(hall), 0);
        // And an empty gallery compares nothing at all.
        VisitorTracker empty;
        QVERIFY(empty.update(hall, {trackOf(1, along(0, 0.0F))}, 0).empty());
    }

    void aTrackReidentifiedNeedsAClearlyBetterMatch()
    {
        VisitorTracker tracker;
        // V1 at the origin, V2 at 1.0 on axis 0; the track's face moves along that axis.
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}, {QStringLiteral("V2"), along(0, 1.0F)}});
        // First sight: 0.30 from V1 (0.70 from V2): reported as V1.
        auto sightings = tracker.update(hall, {trackOf(3, along(0, 0.30F))}, 0);
        QCOMPARE(sightings.size(), std::size_t(1));
        QCOMPARE(sightings[0].visitorId, QStringLiteral("V1"));
        // A better sight puts it 0.27 from V2: closer than V1's 0.30, but not by the margin.
        QVERIFY(tracker.update(hall, {trackOf(3, along(0, 0.73F))}, 40).empty());
        // 0.15 from V2: clearly better than V1's 0.30, so this track was V2 after all.
        sightings = tracker.update(hall, {trackOf(3, along(0, 0.85F))}, 80);
        QCOMPARE(sightings.size(), std::size_t(1));
        QCOMPARE(sightings[0].visitorId, QStringLiteral("V2"));
        QVERIFY(qAbs(sightings[0].distance - 0.15) < 1e-6);
        // Back to V1 at 0.0 (clearly better than 0.15): this track was already reported as V1.
        QVERIFY(tracker.update(hall, {trackOf(3, along(0, 0.0F))}, 120).empty());
        QCOMPARE(tracker.rememberedTracks(hall), 1);
    }

    void tracksThatLeftAreForgotten()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}});
        QCOMPARE(tracker.update(hall, {trackOf(5, along(1, 0.1F))}, 1000).size(), std::size_t(1));
        QCOMPARE(tracker.rememberedTracks(hall), 1);
        // Missing from a few views (a missed detection) is not leaving.
        QVERIFY(tracker.update(hall, {}, 1500).empty());
        QVERIFY(tracker.update(hall, {trackOf(5, along(1, 0.1F))}, 1600).empty());
        // Gone for longer than forgetAfterMs: forgotten (ids are never reused by the pipeline; a
        // reused one would be a new sighting).
        QVERIFY(tracker.update(hall, {}, 1600 + VisitorTracker::forgetAfterMs + 1).empty());
        QCOMPARE(tracker.rememberedTracks(hall), 0);
        // Back after more than a minute (a repeat sooner on the same camera is not recorded).
        QCOMPARE(tracker.update(hall, {trackOf(5, along(1, 0.1F))}, 1000 + VisitorTracker::defaultRepeatAfterMs).size(), std::size_t(1));
    }

    void aVisitorStayingInOnePlaceIsNotRecordedOverAndOver()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}});
        const QString kitchen = QStringLiteral("Cuisine");
        constexpr qint64 minute = VisitorTracker::defaultRepeatAfterMs;
        QCOMPARE(tracker.update(hall, {trackOf(1, along(1, 0.1F))}, 0).size(), std::size_t(1));
        // In and out of the hall camera's picture: new tracks, no new sighting within the minute.
        QVERIFY(tracker.update(hall, {trackOf(2, along(1, 0.1F))}, 5000).empty());
        QVERIFY(tracker.update(hall, {trackOf(3, along(1, 0.1F))}, minute - 1).empty());
        // Elsewhere in between: always recorded, and back in the hall is recorded too.
        QCOMPARE(tracker.update(kitchen, {trackOf(1, along(1, 0.1F))}, minute).size(), std::size_t(1));
        QCOMPARE(tracker.update(hall, {trackOf(4, along(1, 0.1F))}, minute + 10).size(), std::size_t(1));
        // A minute after the last sighting there, a new track in the same place is recorded again.
        QVERIFY(tracker.update(hall, {trackOf(5, along(1, 0.1F))}, 2 * minute).empty());
        QCOMPARE(tracker.update(hall, {trackOf(6, along(1, 0.1F))}, 2 * minute + 10).size(), std::size_t(1));
        // Another visitor is not held back by the first one.
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}, {QStringLiteral("V2"), along(0, 1.0F)}});
        QCOMPARE(tracker.update(hall, {trackOf(7, along(0, 0.9F))}, 2 * minute + 20).size(), std::size_t(1));
    }

    void theGalleryIsSwappedAtOnce()
    {
        VisitorTracker tracker;
        tracker.setGallery({{QStringLiteral("V1"), along(0, 0.0F)}});
        QCOMPARE(tracker.update(hall, {trackOf(1, along(1, 0.1F))}, 0).size(), std::size_t(1));
        // V1 checked out, V3 registered: V1's face is a stranger now, V3's is followed.
        tracker.setGallery({{QStringLiteral("V3"), along(2, 1.0F)}});
        QCOMPARE(tracker.gallerySize(), std::size_t(1));
        QVERIFY(tracker.update(hall, {trackOf(2, along(1, 0.1F))}, 40).empty());
        const auto sightings = tracker.update(hall, {trackOf(3, along(2, 0.9F))}, 80);
        QCOMPARE(sightings.size(), std::size_t(1));
        QCOMPARE(sightings[0].visitorId, QStringLiteral("V3"));
        tracker.setGallery({});
        QVERIFY(tracker.update(hall, {trackOf(4, along(2, 1.0F))}, 120).empty());
    }

    // --- The demo's visitors -------------------------------------------------------------------

    void theDemoVisitorsComeEveryDay()
    {
        QTemporaryDir dir;
        test::FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(10, 0)).toUTC());
        const station::DemoStation demo = station::ensureDemoStation(dir.path(), clock);
        const QString faces = dir.filePath(QStringLiteral("visitors.json"));
        station::writeDemoLaneFaces(faces, {{QStringLiteral("Administration"), 3.0, {along(0, 0.3F), along(1, 0.3F)}},
                                            {QStringLiteral("Cuisine"), 3.0, {along(2, 0.3F)}}});
        auto database = storage::Database::open(demo.databasePath, storage::KeyFile::read(demo.keyFilePath),
                                                storage::Database::OpenMode::Existing);
        station::StationServices services(*database, clock);
        const QByteArray modelId("demo-mdl");
        QElapsedTimer spent;
        spent.start();
        QVERIFY(station::ensureDemoVisitors(services, faces, dir.path(), modelId).contains(u"registered"));
        qInfo("demo visitors and plan ready in %lld ms (on the writer thread)", spent.elapsed());
        std::vector<visitors::Visitor> onSite = services.visitors.onSite();
        QCOMPARE(onSite.size(), std::size_t(3));
        QCOMPARE(std::count_if(onSite.cbegin(), onSite.cend(), [](const visitors::Visitor &v) { return v.tracking; }), 2);
        QCOMPARE(onSite[0].zones, (QStringList{QStringLiteral("Hall"), QStringLiteral("Administration")}));
        QCOMPARE(onSite[0].expectedDeparture, QDateTime(QDate(2026, 11, 30), QTime(12, 0)).toUTC());
        QCOMPARE(services.visitors.gallery(modelId).size(), std::size_t(2));
        // The zone map with its plan.
        const visitors::ZoneMap map = services.visitors.zoneMap();
        QCOMPARE(map.planImage, dir.filePath(QStringLiteral("demo-plan.png")));
        QCOMPARE(QImage(map.planImage).size(), QSize(1200, 800));
        QVERIFY(map.isRestricted(QStringLiteral("Cuisine")));
        QVERIFY(map.zone(QStringLiteral("Administration")));
        // Starting the demo again the same day changes nothing.
        QVERIFY(station::ensureDemoVisitors(services, faces, dir.path(), modelId).contains(u"already on site"));
        QCOMPARE(services.visitors.onSite().size(), std::size_t(3));
        // The next day, late: yesterday's visitors were checked out, today's stay until 18:30.
        clock.set(QDateTime(QDate(2026, 12, 1), QTime(17, 45)).toUTC());
        QVERIFY(station::ensureDemoVisitors(services, faces, dir.path(), modelId).contains(u"registered"));
        onSite = services.visitors.onSite();
        QCOMPARE(onSite.size(), std::size_t(3));
        QVERIFY(onSite[0].id.startsWith(u"V261201-"));
        QCOMPARE(onSite[0].expectedDeparture, QDateTime(QDate(2026, 12, 1), QTime(18, 30)).toUTC());
        QCOMPARE(database->scalar(QStringLiteral("SELECT count(*) FROM visitor_templates")).toInt(), 2);
        // After the end-of-day time: nobody is registered (they would leave at once).
        clock.set(QDateTime(QDate(2026, 12, 2), QTime(18, 45)).toUTC());
        QVERIFY(station::ensureDemoVisitors(services, faces, dir.path(), modelId).contains(u"none registered"));
        QVERIFY(services.visitors.onSite().empty());
        QCOMPARE(database->scalar(QStringLiteral("SELECT count(*) FROM visitor_templates")).toInt(), 0);
        // No faces written yet (set-up not run): nobody, and it says why.
        clock.set(QDateTime(QDate(2026, 12, 3), QTime(9, 0)).toUTC());
        QVERIFY(station::ensureDemoVisitors(services, dir.filePath(QStringLiteral("none.json")), dir.path(), modelId)
                    .contains(u"setup"));
        QVERIFY(services.visitors.onSite().empty());
    }

    // --- `portiquectl visitor track`, end to end ---------------------------------------------

    void setUpStation()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file(QStringLiteral("s.db")), QStringLiteral("--key-file"),
                               file(QStringLiteral("s.key")), QStringLiteral("--admin"), QStringLiteral("chef")},
                              {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), QStringLiteral("admin-pass-2026")}})
                     .exitCode,
                 0);
        // Registration happens at 10:00 local on a school day; the sightings come at the real
        // time of each run, after it, in order.
        m_clock.emplace(QDateTime(QDate(2026, 11, 30), QTime(10, 0)).toUTC());
        m_database = storage::Database::open(file(QStringLiteral("s.db")), storage::KeyFile::read(file(QStringLiteral("s.key"))),
                                             storage::Database::OpenMode::Existing);
        m_modelId = model.sha256.left(biometrics::FaceTemplate::modelIdSize);
        {
            station::StationServices services(*m_database, *m_clock);
            visitors::saveZoneMap(services.settings, visitors::demoZoneMap(QString()), QStringLiteral("chef"));
            // The Cuisine camera as configured: `visitor track` finds its zone by itself.
            station::saveCameras(services.settings,
                                 {station::CameraConfig{QStringLiteral("Cuisine"), QStringLiteral("/dev/video7"),
                                                        station::CameraConfig::Role::IndoorZone, QStringLiteral("Cuisine"), 0, 0}},
                                 QStringLiteral("chef"));
        }

        // Registration photos are other photos of each identity than the videos' (02 vs 01).
        vision::FaceEngine engine(model);
        m_walker = registerVisitor(QStringLiteral("Conchita Essai"), describePhoto(engine, data, QStringLiteral("Conchita_Martinez"), QStringLiteral("02.jpg")),
                                   true, {QStringLiteral("Hall")});
        m_bystander = registerVisitor(QStringLiteral("Roi Témoin"), describePhoto(engine, data, QStringLiteral("King_Abdullah_II"), QStringLiteral("02.jpg")),
                                      true, {});
        m_declined = registerVisitor(QStringLiteral("Antoine Refus"), describePhoto(engine, data, QStringLiteral("Anthony_Hopkins"), QStringLiteral("02.jpg")),
                                     false, {});
        QCOMPARE(rows(QStringLiteral("visitor_templates")), 2); // without consent, no template
        QCOMPARE(rows(QStringLiteral("visitor_templates"), m_declined), 0);

        // The cameras' videos: the walker coming up the hall, then blinking in the kitchen; a
        // stranger; the visitor who declined tracking.
        cv::Mat shut;
        const cv::Mat walker = test::portraitOf(data, engine, QStringLiteral("Conchita_Martinez"), &shut);
        vision::SyntheticScenes::write(file(QStringLiteral("hall.avi")), vision::SyntheticScenes::approach({walker}, 3.0, {shut}));
        vision::SyntheticScenes::write(file(QStringLiteral("cuisine.avi")), vision::SyntheticScenes::blinking(walker, shut, 3.0));
        const cv::Mat stranger = test::portraitOf(data, engine, QStringLiteral("Lucy_Liu"));
        vision::SyntheticScenes::write(file(QStringLiteral("stranger.avi")), vision::SyntheticScenes::approach({stranger}, 3.0));
        const cv::Mat declined = test::portraitOf(data, engine, QStringLiteral("Anthony_Hopkins"));
        vision::SyntheticScenes::write(file(QStringLiteral("declined.avi")), vision::SyntheticScenes::approach({declined}, 3.0));
        m_ready = true;
    }

    void aVisitorLeavesATrailAcrossTwoCameras()
    {
        if (!m_ready)
            QSKIP("no station (test data or face model absent)");
        const QList<QJsonObject> inHall = runTrack(QStringLiteral("Hall"), QStringLiteral("hall.avi"), {QStringLiteral("--zone"), QStringLiteral("Hall")});
        QCOMPARE(inHall.size(), 1);
        QCOMPARE(inHall[0][u"visitor"].toString(), m_walker);
        QCOMPARE(inHall[0][u"camera"].toString(), QStringLiteral("Hall"));
        QCOMPARE(inHall[0][u"zone"].toString(), QStringLiteral("Hall"));
        QVERIFY(inHall[0][u"score"].toDouble() > 0 && inHall[0][u"score"].toDouble() < 0.5);
        QVERIFY(common::parseIsoTime(inHall[0][u"time"].toString()).isValid());
        QVERIFY(!inHall[0].contains(u"alert")); // the hall is on the pass
        QCOMPARE(rows(QStringLiteral("alerts")), 0);

        // The kitchen camera is configured: its zone comes from the configuration.
        const QList<QJsonObject> inKitchen = runTrack(QStringLiteral("Cuisine"), QStringLiteral("cuisine.avi"));
        QCOMPARE(inKitchen.size(), 1);
        QCOMPARE(inKitchen[0][u"visitor"].toString(), m_walker);
        QCOMPARE(inKitchen[0][u"zone"].toString(), QStringLiteral("Cuisine"));
        QVERIFY(inKitchen[0][u"alert"].toInteger() > 0);
        qInfo("distances: hall %.3f, kitchen %.3f", inHall[0][u"score"].toDouble(), inKitchen[0][u"score"].toDouble());

        // The trail, in order, as the desk sees it.
        station::StationServices services(*m_database, *m_clock);
        const std::vector<visitors::Sighting> trail = services.visitors.trail(m_walker);
        QCOMPARE(trail.size(), std::size_t(2));
        QCOMPARE(trail[0].zone, QStringLiteral("Hall"));
        QCOMPARE(trail[1].zone, QStringLiteral("Cuisine"));
        QCOMPARE(trail[1].camera, QStringLiteral("Cuisine"));
        QVERIFY(trail[0].at <= trail[1].at);
        QCOMPARE(common::isoTime(trail[0].at), inHall[0][u"time"].toString());
        QVERIFY(qAbs(trail[1].score - inKitchen[0][u"score"].toDouble()) < 0.001);

        // One alert, restricted zone, for the kitchen only.
        QCOMPARE(rows(QStringLiteral("alerts")), 1);
        const auto alert = services.alerts.find(inKitchen[0][u"alert"].toInteger());
        QVERIFY(alert);
        QCOMPARE(alert->kind, QStringLiteral("restricted_zone"));
        QCOMPARE(alert->visitorId, m_walker);
        QCOMPARE(alert->lane, QStringLiteral("Cuisine"));
        QCOMPARE(alert->details, QStringLiteral("Cuisine"));
        QCOMPARE(rows(QStringLiteral("sightings"), m_bystander), 0);
    }

    void aStrangerYieldsNothingAndLeavesNothing()
    {
        if (!m_ready)
            QSKIP("no station (test data or face model absent)");
        const qint64 sightings = rows(QStringLiteral("sightings"));
        const qint64 alerts = rows(QStringLiteral("alerts"));
        const qint64 templates = rows(QStringLiteral("visitor_templates"));
        const qint64 visitorRows = rows(QStringLiteral("visitors"));
        QCOMPARE(runTrack(QStringLiteral("Hall"), QStringLiteral("stranger.avi"), {QStringLiteral("--zone"), QStringLiteral("Hall")}),
                 QList<QJsonObject>());
        QCOMPARE(rows(QStringLiteral("sightings")), sightings);
        QCOMPARE(rows(QStringLiteral("alerts")), alerts);
        QCOMPARE(rows(QStringLiteral("visitor_templates")), templates);
        QCOMPARE(rows(QStringLiteral("visitors")), visitorRows);
    }

    void aVisitorWithoutConsentIsNotFollowed()
    {
        if (!m_ready)
            QSKIP("no station (test data or face model absent)");
        const qint64 sightings = rows(QStringLiteral("sightings"));
        QCOMPARE(runTrack(QStringLiteral("Cuisine"), QStringLiteral("declined.avi")), QList<QJsonObject>());
        QCOMPARE(rows(QStringLiteral("sightings"), m_declined), 0);
        QCOMPARE(rows(QStringLiteral("sightings")), sightings);
    }

    void checkOutDeletesTemplateAndTrail()
    {
        if (!m_ready)
            QSKIP("no station (test data or face model absent)");
        QCOMPARE(rows(QStringLiteral("sightings"), m_walker), 2);
        // The station's tracking (no camera started): its gallery follows the desk.
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        vision::VisionPipeline pipeline(model, vision::VisionPipeline::Options{});
        const int camera = pipeline.addCamera(QStringLiteral("Hall"), vision::CameraSource::create(file(QStringLiteral("hall.avi"))), {},
                                              vision::DetectionOptions{}, false);
        storage::DatabaseThread writer(file(QStringLiteral("s.db")), storage::KeyFile::read(file(QStringLiteral("s.key"))));
        visitors::IndoorTracking tracking(pipeline, {{camera, QStringLiteral("Hall")}}, writer, *m_clock, m_modelId);
        QSignalSpy refreshed(&tracking, &visitors::IndoorTracking::galleryRefreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.last().at(0).toInt(), 2); // the walker and the bystander
        QCOMPARE(tracking.gallerySize(), 2);
        QCOMPARE(tracking.threshold(), 0.5);
        {
            station::StationServices services(*m_database, *m_clock);
            m_clock->advance(3600);
            services.visitors.checkOut(m_walker, visitors::Departure::Desk, QStringLiteral("chef"));
            services.settings.set(station::settings::visitorsMatchThreshold, 450, QStringLiteral("chef"));
        }
        tracking.refreshGallery();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(tracking.gallerySize(), 1);
        QCOMPARE(tracking.threshold(), 0.45);
        QCOMPARE(tracking.pendingWrites(), 0);
        QCOMPARE(rows(QStringLiteral("visitor_templates"), m_walker), 0);
        QCOMPARE(rows(QStringLiteral("sightings"), m_walker), 0);
        QCOMPARE(rows(QStringLiteral("visitor_templates")), 1); // the bystander's, still on site
        // Seen again after leaving: nobody to follow.
        const qint64 sightings = rows(QStringLiteral("sightings"));
        QCOMPARE(runTrack(QStringLiteral("Hall"), QStringLiteral("hall.avi"), {QStringLiteral("--zone"), QStringLiteral("Hall")}),
                 QList<QJsonObject>());
        QCOMPARE(rows(QStringLiteral("sightings")), sightings);
    }

    void badUsage()
    {
        if (!m_ready)
            QSKIP("no station (test data or face model absent)");
        // A camera with no zone configured and none given; an unknown zone; a missing file.
        QCOMPARE(ctl({QStringLiteral("visitor"), QStringLiteral("track"), QStringLiteral("--camera"), QStringLiteral("Préau"),
                      QStringLiteral("--video"), file(QStringLiteral("hall.avi"))}).exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("visitor"), QStringLiteral("track"), QStringLiteral("--camera"), QStringLiteral("Hall"),
                      QStringLiteral("--zone"), QStringLiteral("Grenier"), QStringLiteral("--video"), file(QStringLiteral("hall.avi"))}).exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("visitor"), QStringLiteral("track"), QStringLiteral("--camera"), QStringLiteral("Hall"),
                      QStringLiteral("--zone"), QStringLiteral("Hall"), QStringLiteral("--video"), file(QStringLiteral("none.avi"))}).exitCode,
                 1);
        // A file that is no video: a clear failure, not a hang.
        QFile garbage(file(QStringLiteral("garbage.avi")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a video");
        garbage.close();
        const CliRun run = ctl({QStringLiteral("visitor"), QStringLiteral("track"), QStringLiteral("--camera"), QStringLiteral("Hall"),
                                QStringLiteral("--zone"), QStringLiteral("Hall"), QStringLiteral("--video"), garbage.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"garbage.avi"), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void cleanupTestCase() { m_database.reset(); }
};

// A GUI application (offscreen): the demo plan is drawn with text.
QTEST_MAIN(TestVisitorTracking)
#include "test_visitor_tracking.moc"
