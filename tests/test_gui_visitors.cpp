// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The Visitors tab and its dialogs, offscreen, through the real database thread and without a
// camera running: a registration typed with the keyboard alone, a refusal that keeps the form, a
// watchlist hit confirmed (nothing registered, alert, audit) and dismissed, the check-out by a
// scanned pass (template and trail gone from the raw tables) and a forged one, a trail on the
// page, and the zone map with and without a plan image.
#include "checkoutdialog.h"
#include "i18n/language.h"
#include "passprintdialog.h"
#include "screenstation.h"
#include "station/cameraconfig.h"
#include "station/stationservices.h"
#include "storage/databasethread.h"
#include "teststation.h"
#include "theme.h"
#include "vision/camerasource.h"
#include "vision/visionpipeline.h"
#include "visitordialog.h"
#include "visitors/zonemap.h"
#include "visitorspage.h"
#include "watchlisthitdialog.h"
#include "zonemapview.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace portique;

namespace {

const QString agent = QStringLiteral("accueil");
// A Monday morning, in the station's local time: visitors are registered until 18:30.
const QDateTime morning(QDate(2026, 11, 30), QTime(9, 0));
const QByteArray modelId(8, '\x11');

biometrics::Descriptor descriptor(float sign)
{
    biometrics::Descriptor d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = sign * float((int(i) % 7) - 3) * 0.03F;
    return d;
}

QString altered(QString code)
{
    // One character changed in the middle of the signed part: the signature no longer holds.
    const qsizetype at = code.size() / 2;
    code[at] = code.at(at) == u'A' ? u'B' : u'A';
    return code;
}

/// The demo school's zones and three indoor cameras (two placed on the plan, one not).
visitors::ZoneMap schoolMap(const QString &plan = QString())
{
    visitors::ZoneMap map = visitors::demoZoneMap(plan);
    map.cameraSpots.remove(QStringLiteral("Cuisine"));
    map.cameraSpots.insert(QStringLiteral("Cuisine"), QPointF(0.82, 0.30));
    return map;
}

QHash<QString, QString> schoolCameraZones()
{
    return {{QStringLiteral("Hall"), QStringLiteral("Hall")},
            {QStringLiteral("Administration"), QStringLiteral("Administration")},
            {QStringLiteral("Cuisine"), QStringLiteral("Cuisine")},
            {QStringLiteral("Couloir B"), QStringLiteral("Salles de classe")}};
}

} // namespace

class TestGuiVisitors final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        std::unique_ptr<vision::VisionPipeline> pipeline;
        QTemporaryDir frames;
        ui::StationContext context;
        /// With @p camera, a reception camera whose views the test plays itself (never started).
        explicit Fixture(bool camera = false)
        {
            station.clock().set(morning);
            station::StationServices services(station.database(), station.clock());
            station::saveCameras(services.settings,
                                 {{QStringLiteral("Hall"), QStringLiteral("/dev/video1"), station::CameraConfig::Role::IndoorZone,
                                   QStringLiteral("Hall"), 0, 0},
                                  {QStringLiteral("Administration"), QStringLiteral("/dev/video2"), station::CameraConfig::Role::IndoorZone,
                                   QStringLiteral("Administration"), 0, 0},
                                  {QStringLiteral("Cuisine"), QStringLiteral("/dev/video3"), station::CameraConfig::Role::IndoorZone,
                                   QStringLiteral("Cuisine"), 0, 0},
                                  {QStringLiteral("Couloir B"), QStringLiteral("/dev/video4"), station::CameraConfig::Role::IndoorZone,
                                   QStringLiteral("Salles de classe"), 0, 0}},
                                 QStringLiteral("dpo"));
            visitors::saveZoneMap(services.settings, schoolMap(), QStringLiteral("dpo"));
            writer = test::openForScreens(station, context);
            context.camerasUnavailable = QStringLiteral("no camera configured");
            if (camera) {
                const vision::FaceModel model{QStringLiteral("test.dat"), QByteArray(32, '\x11'), QStringLiteral("test")};
                pipeline = std::make_unique<vision::VisionPipeline>(model, vision::VisionPipeline::Options{});
                pipeline->addCamera(QStringLiteral("Accueil"), vision::CameraSource::create(frames.path()));
                context.pipeline = pipeline.get();
                context.deskCameras = {0}; // the reception desk's camera (role desk)
                context.camerasUnavailable.clear();
            }
        }
        /// One processed frame of the reception camera showing @p image with one usable face, its
        /// descriptor answering describe request @p request (the dialog's, while it takes the photo).
        void show(const QImage &image, const QRect &face, const biometrics::Descriptor &d, int request)
        {
            vision::CameraView view;
            view.camera = 0;
            view.frameSize = image.size();
            view.image = image;
            vision::TrackView track;
            track.id = 1;
            track.box = face;
            track.quality = 80;
            track.usable = true;
            track.described = request > 0;
            if (request > 0)
                track.descriptor = d;
            track.request = request;
            view.tracks.push_back(track);
            Q_EMIT pipeline->cameraUpdated(view);
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
        int count(const QString &sql)
        {
            return run<int>([sql](station::StationServices &, storage::Database &db) { return db.scalar(sql).toInt(); });
        }
        /// A visitor registered straight through the service; with @p face, tracked.
        visitors::RegisteredVisitor registerVisitor(const QString &name, const QString &organisation, const QString &host,
                                                    std::optional<biometrics::Descriptor> face = std::nullopt, int stayMinutes = 120)
        {
            return run<visitors::RegisteredVisitor>([=, clock = &station.clock()](station::StationServices &services, storage::Database &) {
                visitors::VisitorDraft draft;
                draft.name = name;
                draft.organisation = organisation;
                draft.host = host;
                draft.purpose = QStringLiteral("Réunion");
                draft.expectedDeparture = clock->now().addSecs(stayMinutes * 60);
                draft.face = face;
                draft.trackingConsent = face.has_value();
                return services.visitors.registerVisitor(draft, modelId, agent);
            });
        }
        void sight(const QString &visitorId, const QString &camera, const QString &zone, qint64 afterSeconds)
        {
            station.clock().advance(afterSeconds);
            run<bool>([=](station::StationServices &services, storage::Database &) {
                return services.visitors.recordSighting(visitorId, camera, zone, 0.31).has_value();
            });
        }
        qint64 addToWatchlist(const QString &name, const QDate &birthDate, const QByteArray &photo = {},
                              std::optional<biometrics::Descriptor> face = std::nullopt)
        {
            return run<qint64>([=](station::StationServices &services, storage::Database &) {
                return services.watchlist.add(visitors::WatchKind::Banned, name, birthDate, photo, face, modelId,
                                              QStringLiteral("Exclusion décidée le 3 mars 2026 par le chef d'établissement."),
                                              QStringLiteral("dpo"));
            });
        }
    };

    static void activate(QWidget *widget)
    {
        widget->activateWindow();
        if (!QTest::qWaitForWindowActive(widget, 1000))
            QApplication::setActiveWindow(widget);
    }

    /// Keys as the agent types them, to whatever has the focus.
    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    static void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    }

    static ui::VisitorDialog *openRegistration(ui::VisitorsPage &page)
    {
        page.newVisitor();
        auto *dialog = page.findChild<ui::VisitorDialog *>();
        if (!dialog)
            return nullptr;
        activate(dialog);
        if (!QTest::qWaitFor([&] { return dialog->isReady(); }, 5000))
            return nullptr;
        return dialog;
    }

    static QStringList names(ui::VisitorsPage &page)
    {
        QStringList list;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            list << page.model()->index(row, ui::VisitorsPage::Name).data().toString();
        return list;
    }

    static QString cell(ui::VisitorsPage &page, const QString &id, int column)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->index(row, 0).data(Qt::UserRole).toString() == id)
                return page.model()->index(row, column).data().toString();
        }
        return {};
    }

    static void closePass(QWidget *parent, const QString &folder)
    {
        auto *pass = parent->findChild<ui::PassPrintDialog *>();
        QVERIFY(pass);
        QVERIFY(pass->saveAs(folder + QStringLiteral("/pass.pdf")));
        QTRY_VERIFY(pass->delivered());
        QVERIFY(QFileInfo(folder + QStringLiteral("/pass.pdf")).size() > 1000);
        pass->accept();
    }

private Q_SLOTS:
    void initTestCase() { ui::applyTheme(*qApp, ui::Theme::Light); }

    void registrationByKeyboardAlone()
    {
        Fixture f;
        QTemporaryDir folder;
        ui::VisitorsPage page(f.context, agent);
        page.resize(1200, 760);
        page.show();
        activate(&page);
        QTest::keyClick(&page, Qt::Key_F5);
        auto *dialog = page.findChild<ui::VisitorDialog *>();
        QVERIFY(dialog);
        activate(dialog);
        QTRY_VERIFY(dialog->isReady());

        // Without a camera: no photo, and tracking cannot be chosen; the screen says so.
        auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("trackingConsent"));
        QVERIFY(!consent->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("trackingState"))->text().contains(QStringLiteral("Not followed by the cameras")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("photoHint"))->text().contains(QStringLiteral("no camera configured")));
        // The restricted zones are offered unticked and say what they are.
        auto *kitchen = dialog->findChild<QCheckBox *>(QStringLiteral("zone:Cuisine"));
        QVERIFY(kitchen);
        QVERIFY(!kitchen->isChecked());
        QVERIFY(kitchen->text().contains(QStringLiteral("restricted")));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("zone:Hall"))->isChecked());
        // The departure proposed: now + 2 h (visitors.default_stay_minutes).
        QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("visitorDeparture"))->time(), QTime(11, 0));

        QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("visitorName")));
        type(QStringLiteral("Jean MARTIN"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Plomberie Dupuis"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Intendance"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Chaudiere en panne"));
        press(Qt::Key_Return);

        QTRY_VERIFY(dialog->registeredVisitor().has_value());
        const visitors::Visitor visitor = *dialog->registeredVisitor();
        QCOMPARE(visitor.name, QStringLiteral("Jean MARTIN"));
        QCOMPARE(visitor.organisation, QStringLiteral("Plomberie Dupuis"));
        QCOMPARE(visitor.host, QStringLiteral("Intendance"));
        QCOMPARE(visitor.purpose, QStringLiteral("Chaudiere en panne"));
        QVERIFY(!visitor.tracking);
        QCOMPARE(visitor.zones,
                 (QStringList{QStringLiteral("Hall"), QStringLiteral("Administration"), QStringLiteral("Salles de classe")}));
        QCOMPARE(visitor.expectedDeparture.toLocalTime().time(), QTime(11, 0));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitor_templates")), 0);
        QTRY_VERIFY(names(page).contains(QStringLiteral("Jean MARTIN")));
        QCOMPARE(cell(page, visitor.id, ui::VisitorsPage::Tracking), QStringLiteral("No"));
        QCOMPARE(cell(page, visitor.id, ui::VisitorsPage::Arrived), QStringLiteral("09:00"));
        QCOMPARE(cell(page, visitor.id, ui::VisitorsPage::LastSeen), QStringLiteral("—"));

        // The pass opens at once; once saved, closing it ends the registration.
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        QPointer<ui::VisitorDialog> guard(dialog);
        closePass(dialog, folder.path());
        QTRY_VERIFY(guard.isNull());
    }

    void aRefusalKeepsTheFormAndItsContent()
    {
        Fixture f;
        ui::VisitorsPage page(f.context, agent);
        page.show();
        ui::VisitorDialog *dialog = openRegistration(page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Awa DIALLO"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Mme Leroy"));
        auto *departure = dialog->findChild<QTimeEdit *>(QStringLiteral("visitorDeparture"));
        departure->setTime(QTime(8, 15)); // already past
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY2(dialog->message().contains(QStringLiteral("later than now")), qPrintable(dialog->message()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("visitorMessage"))->property("role").toString(), QStringLiteral("error"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->text(), QStringLiteral("Awa DIALLO"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors")), 0);
        QVERIFY(!dialog->findChild<ui::PassPrintDialog *>());

        // A typo in the date of birth is caught before anything is asked of the database.
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorBirthDate"))->setText(QStringLiteral("31/02/1980"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QVERIFY(dialog->message().contains(QStringLiteral("date of birth")));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorBirthDate"))->clear();

        departure->setTime(QTime(10, 30));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->registeredVisitor().has_value());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors")), 1);
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        delete dialog->findChild<ui::PassPrintDialog *>();
    }

    void aConfirmedWatchlistHitRegistersNobody()
    {
        Fixture f;
        const qint64 entry = f.addToWatchlist(QStringLiteral("MARTIN Jean"), QDate(1980, 3, 14));
        ui::VisitorsPage page(f.context, agent);
        page.show();
        ui::VisitorDialog *dialog = openRegistration(page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("jean martin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Vie scolaire"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorBirthDate"))->setText(QStringLiteral("14/03/1980"));
        QSignalSpy refused(dialog, &ui::VisitorDialog::registrationRefused);
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->findChild<ui::WatchlistHitDialog *>());
        auto *hit = dialog->findChild<ui::WatchlistHitDialog *>();
        QVERIFY(hit->isModal());
        QCOMPARE(hit->hit().entry.id, entry);
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitName"))->text().contains(QStringLiteral("same name")));
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitBirth"))->text().contains(QStringLiteral("same date of birth")));
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitDetails"))->text().contains(QStringLiteral("3 mars")));
        QCOMPARE(hit->findChild<QLabel *>(QStringLiteral("visitorSidePhoto"))->text(), QStringLiteral("No photo"));

        // Escape and closing do not dismiss: the agent must choose.
        activate(hit);
        QTest::keyClick(hit, Qt::Key_Escape);
        hit->close();
        QVERIFY(hit->isVisible());
        QTest::qWait(50);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'watchlist.%' AND action <> 'watchlist.add'")),
                 0);
        // Confirming needs a note.
        auto *confirm = hit->findChild<QPushButton *>(QStringLiteral("confirmHit"));
        QVERIFY(!confirm->isEnabled());
        hit->findChild<QLineEdit *>(QStringLiteral("hitNote"))->setText(QStringLiteral("Carte d'identité vérifiée"));
        QVERIFY(confirm->isEnabled());
        confirm->click();

        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(dialog->message().contains(QStringLiteral("abandoned")), qPrintable(dialog->message()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->isVisible());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'watchlist'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'watchlist.confirm' AND actor = 'accueil'")), 1);
        QVERIFY(!dialog->findChild<ui::PassPrintDialog *>());
    }

    void aDismissedWatchlistHitGoesOn()
    {
        Fixture f;
        f.addToWatchlist(QStringLiteral("MARTIN Jean"), QDate(1980, 3, 14));
        ui::VisitorsPage page(f.context, agent);
        page.show();
        ui::VisitorDialog *dialog = openRegistration(page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Jean Martin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Vie scolaire"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->findChild<ui::WatchlistHitDialog *>());
        auto *hit = dialog->findChild<ui::WatchlistHitDialog *>();
        // No date of birth given: it cannot clear the namesake, and says so.
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitBirth"))->text().contains(QStringLiteral("cannot be compared")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors")), 0); // nothing before the decision
        hit->findChild<QPushButton *>(QStringLiteral("dismissHit"))->click();
        QTRY_VERIFY(dialog->registeredVisitor().has_value());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'watchlist'")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'watchlist.dismiss'")), 1);
        QTRY_VERIFY(names(page).contains(QStringLiteral("Jean Martin")));
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        delete dialog->findChild<ui::PassPrintDialog *>();
    }

    void checkOutByScannedPass()
    {
        Fixture f;
        const visitors::RegisteredVisitor tracked = f.registerVisitor(QStringLiteral("Jean MARTIN"), QStringLiteral("Plomberie Dupuis"),
                                                                      QStringLiteral("Intendance"), descriptor(1));
        const visitors::RegisteredVisitor other = f.registerVisitor(QStringLiteral("Awa DIALLO"), QString(), QStringLiteral("Mme Leroy"));
        f.sight(tracked.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 60);
        f.sight(tracked.visitor.id, QStringLiteral("Administration"), QStringLiteral("Administration"), 60);
        const QString templates = QStringLiteral("SELECT count(*) FROM visitor_templates WHERE visitor_id = '%1'").arg(tracked.visitor.id);
        const QString sightings = QStringLiteral("SELECT count(*) FROM sightings WHERE visitor_id = '%1'").arg(tracked.visitor.id);
        QCOMPARE(f.count(templates), 1);
        QCOMPARE(f.count(sightings), 2);

        ui::VisitorsPage page(f.context, agent);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.checkOut();
        auto *dialog = page.findChild<ui::CheckoutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->property("portiqueScanTarget").toBool());
        QTRY_COMPARE(dialog->listedIds(), (QStringList{tracked.visitor.id, other.visitor.id}));

        f.station.clock().set(QDateTime(morning.date(), QTime(11, 2)));
        QMetaObject::invokeMethod(dialog, "receiveScan", Q_ARG(QString, tracked.passPayload));
        QTRY_VERIFY2(dialog->resultText().contains(QStringLiteral("Jean MARTIN checked out at 11:02 — template and trail deleted")),
                     qPrintable(dialog->resultText()));
        QCOMPARE(f.count(templates), 0);
        QCOMPARE(f.count(sightings), 0);
        QTRY_COMPARE(dialog->listedIds(), QStringList{other.visitor.id});
        QTRY_VERIFY(!names(page).contains(QStringLiteral("Jean MARTIN")));
        QVERIFY(dialog->isVisible()); // ready for the next one

        // The same pass again: already gone. An altered one: forged.
        dialog->receiveScan(tracked.passPayload);
        QTRY_VERIFY2(dialog->resultText().contains(QStringLiteral("already left at 11:02")), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("checkoutResult"))->property("role").toString(), QStringLiteral("error"));
        dialog->receiveScan(altered(other.passPayload));
        QTRY_VERIFY2(dialog->resultText().contains(QStringLiteral("cannot be used")), qPrintable(dialog->resultText()));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitors WHERE departed_at IS NULL")), 1);

        // Picked in the list by typing a name and Enter.
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("checkoutCode"));
        code->setText(QStringLiteral("diallo"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY2(dialog->resultText().contains(QStringLiteral("Awa DIALLO checked out at 11:02 — the pass no longer works")),
                     qPrintable(dialog->resultText()));
        QTRY_VERIFY(dialog->listedIds().isEmpty());
        QTRY_COMPARE(page.model()->rowCount(), 0);

        // Those who left today come back with the checkbox, marked as gone.
        page.findChild<QCheckBox *>(QStringLiteral("showLeftVisitors"))->setChecked(true);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(cell(page, tracked.visitor.id, ui::VisitorsPage::LastSeen), QStringLiteral("Left at 11:02"));
    }

    void pageShowsTheTrail()
    {
        Fixture f;
        const visitors::RegisteredVisitor martin = f.registerVisitor(QStringLiteral("Jean MARTIN"), QStringLiteral("Plomberie Dupuis"),
                                                                     QStringLiteral("Intendance"), descriptor(1));
        f.registerVisitor(QStringLiteral("Awa DIALLO"), QStringLiteral("Parent d'élève"), QStringLiteral("Mme Leroy"), descriptor(-1), 30);
        f.registerVisitor(QStringLiteral("Lucie BERNARD"), QStringLiteral("Rectorat"), QStringLiteral("Proviseur"));
        f.sight(martin.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 120);
        f.sight(martin.visitor.id, QStringLiteral("Administration"), QStringLiteral("Administration"), 300);
        f.sight(martin.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 600);
        f.sight(martin.visitor.id, QStringLiteral("Cuisine"), QStringLiteral("Cuisine"), 240);
        f.station.clock().set(QDateTime(morning.date(), QTime(9, 45)));

        ui::VisitorsPage page(f.context, agent);
        page.resize(1280, 800);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(cell(page, martin.visitor.id, ui::VisitorsPage::LastSeen), QStringLiteral("Cuisine · 09:21"));
        QCOMPARE(cell(page, martin.visitor.id, ui::VisitorsPage::Tracking), QStringLiteral("Yes"));
        // Awa DIALLO was expected at 09:30: overstaying, said in words.
        const QModelIndexList late = page.model()->match(page.model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Awa DIALLO"));
        QCOMPARE(late.size(), 1);
        const QModelIndex departure = page.model()->index(late.constFirst().row(), ui::VisitorsPage::Departure);
        QCOMPARE(departure.data().toString(), QStringLiteral("! 09:30 — overstay"));
        QCOMPARE(departure.data(Qt::ForegroundRole).value<QColor>(), ui::colours::alert);

        QVERIFY(page.selectVisitor(martin.visitor.id));
        auto *trail = page.findChild<QTreeWidget *>(QStringLiteral("visitorTrail"));
        QTRY_COMPARE(trail->topLevelItemCount(), 4);
        QCOMPARE(trail->topLevelItem(0)->text(1), QStringLiteral("09:02"));
        QCOMPARE(trail->topLevelItem(1)->text(2), QStringLiteral("Administration"));
        QVERIFY2(trail->topLevelItem(3)->text(3).contains(QStringLiteral("not on the pass")), qPrintable(trail->topLevelItem(3)->text(3)));
        QVERIFY(trail->topLevelItem(3)->toolTip(3).contains(QStringLiteral("restricted")));
        QVERIFY(!trail->topLevelItem(0)->text(3).contains(QStringLiteral("not on the pass")));
        const QString detail = page.findChild<QTextBrowser *>(QStringLiteral("visitorDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("Plomberie Dupuis")) && detail.contains(QStringLiteral("Intendance")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("followed by the indoor cameras")));
        QVERIFY(!page.findChild<ui::ZoneMapView *>()->grab().isNull());

        // A sighting recorded meanwhile appears with the 5-s refresh (here: reload()).
        f.sight(martin.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 30);
        page.reload();
        QTRY_COMPARE(trail->topLevelItemCount(), 5);
        QCOMPARE(page.selectedId(), martin.visitor.id);

        // The search narrows the list, accents and case ignored.
        page.findChild<QLineEdit *>(QStringLiteral("visitorsSearch"))->setText(QStringLiteral("rectorat"));
        QCOMPARE(names(page), QStringList{QStringLiteral("Lucie BERNARD")});
    }

    void photoFromTheCameraAllowsTracking()
    {
        Fixture f(true);
        // A reference photo for the watchlist whose face is the visitor's: found by the face alone.
        QImage reference(120, 150, QImage::Format_RGB32);
        reference.fill(QColor(0x8a, 0x6d, 0x5a));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(reference.save(&buffer, "JPEG"));
        f.addToWatchlist(QStringLiteral("Homonyme Inconnu"), QDate(), jpeg, descriptor(1));

        ui::VisitorsPage page(f.context, agent);
        page.show();
        ui::VisitorDialog *dialog = openRegistration(page);
        QVERIFY(dialog);
        auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("trackingConsent"));
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("trackingState"));
        QVERIFY(consent->isEnabled());
        QVERIFY(!dialog->hasPhoto());
        consent->setChecked(true);
        QVERIFY2(state->text().contains(QStringLiteral("needs the photo")), qPrintable(state->text()));

        // Opening the dialog describes nobody: the camera only shows the visitor until the agent
        // takes the photo; then the face must stay in view a moment (no liveness for a visitor's photo).
        QImage frame(640, 480, QImage::Format_RGB888);
        frame.fill(QColor(0x60, 0x68, 0x70));
        auto *take = dialog->findChild<QPushButton *>(QStringLiteral("takePhoto"));
        QCOMPARE(dialog->descriptorRequest(), 0);
        QVERIFY(!take->isEnabled());
        f.show(frame, QRect(240, 120, 160, 160), descriptor(1), 0);
        QTRY_VERIFY(take->isEnabled());
        QCOMPARE(dialog->descriptorRequest(), 0);
        take->click();
        const int request = dialog->descriptorRequest();
        QVERIFY(request > 0);
        f.show(frame, QRect(240, 120, 160, 160), descriptor(-1), request + 1); // another request's: not taken
        f.show(frame, QRect(240, 120, 160, 160), descriptor(1), request);
        QVERIFY(!dialog->hasPhoto());
        QTest::qWait(600);
        f.show(frame, QRect(242, 121, 160, 160), descriptor(-1), request + 1);
        QVERIFY(!dialog->hasPhoto());
        f.show(frame, QRect(242, 121, 160, 160), descriptor(1), request);
        auto *use = dialog->findChild<QPushButton *>(QStringLiteral("usePhoto"));
        QTRY_VERIFY(use->isEnabled());
        QVERIFY(!dialog->hasPhoto()); // the agent confirms it first
        use->click();
        QVERIFY(dialog->hasPhoto());
        QCOMPARE(dialog->descriptorRequest(), 0); // released once the photo is kept
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("photoTaken"))->pixmap().width() > 0);
        QVERIFY(state->text().contains(QStringLiteral("Followed by the indoor cameras")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("retakePhoto"))->isEnabled());

        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Chloé PETIT"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Infirmerie"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->findChild<ui::WatchlistHitDialog *>());
        auto *hit = dialog->findChild<ui::WatchlistHitDialog *>();
        QVERIFY(hit->hit().faceMatches);
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitFace"))->text().contains(QStringLiteral("similar face")));
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("hitName"))->text().contains(QStringLiteral("different name")));
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("visitorSidePhoto"))->pixmap().width() > 0);
        QVERIFY(hit->findChild<QLabel *>(QStringLiteral("entrySidePhoto"))->pixmap().width() > 0);
        hit->findChild<QPushButton *>(QStringLiteral("dismissHit"))->click();

        QTRY_VERIFY(dialog->registeredVisitor().has_value());
        QVERIFY(dialog->registeredVisitor()->tracking);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM visitor_templates")), 1);
        // Bound to the running model: the indoor cameras' gallery finds it.
        QCOMPARE(f.run<int>([](station::StationServices &services, storage::Database &) {
            return int(services.visitors.gallery(modelId).size());
        }),
                 1);
        QVERIFY(!dialog->hasPhoto()); // the descriptor left the dialog with the registration
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        delete dialog->findChild<ui::PassPrintDialog *>();
    }

    void rollCallIsWrittenOffTheGuiThread()
    {
        Fixture f;
        f.registerVisitor(QStringLiteral("Jean MARTIN"), QStringLiteral("Plomberie Dupuis"), QStringLiteral("Intendance"));
        ui::VisitorsPage page(f.context, agent);
        page.show();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("appel.pdf"));
        page.saveRollCall(path);
        QTRY_VERIFY2(page.message().contains(QStringLiteral("Roll call saved")), qPrintable(page.message()));
        QVERIFY(QFileInfo(path).size() > 1000);
    }

    void reissuedPassReplacesTheOldOne()
    {
        Fixture f;
        const visitors::RegisteredVisitor martin =
            f.registerVisitor(QStringLiteral("Jean MARTIN"), QString(), QStringLiteral("Intendance"));
        ui::VisitorsPage page(f.context, agent);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        auto *reissue = page.findChild<QPushButton *>(QStringLiteral("reissueButton"));
        QVERIFY(!reissue->isEnabled());
        QVERIFY(page.selectVisitor(martin.visitor.id));
        QVERIFY(reissue->isEnabled());
        page.setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        reissue->click();
        QTRY_VERIFY(page.findChild<ui::PassPrintDialog *>());
        delete page.findChild<ui::PassPrintDialog *>();
        QVERIFY(page.message().contains(QStringLiteral("no longer works")));
        QVERIFY(!f.run<bool>([&](station::StationServices &services, storage::Database &) {
            return services.visitors.verifyPass(martin.passPayload).valid();
        }));
    }

    void zoneMapWithoutAPlanImage()
    {
        ui::ZoneMapView view;
        view.resize(480, 320);
        view.setMap(schoolMap(), schoolCameraZones());
        view.show();
        const QImage empty = view.grab().toImage();
        QVERIFY(!empty.isNull());
        std::vector<visitors::Sighting> trail;
        for (const char *camera : {"Hall", "Administration", "Hall", "Cuisine", "Couloir B"}) {
            visitors::Sighting sighting;
            sighting.camera = QString::fromLatin1(camera);
            sighting.zone = schoolCameraZones().value(sighting.camera);
            trail.push_back(sighting);
        }
        view.setTrail(trail);
        const QImage withTrail = view.grab().toImage();
        QVERIFY(!withTrail.isNull());
        QVERIFY(withTrail != empty);
        // Restricted zones are hatched red: some pixels are the alert colour's hue.
        bool red = false;
        for (int y = 0; y < withTrail.height() && !red; y += 2) {
            for (int x = 0; x < withTrail.width() && !red; x += 2) {
                const QColor c = withTrail.pixelColor(x, y);
                red = c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        }
        QVERIFY(red);
    }

    void zoneMapPlacesCamerasOnAPlanImage()
    {
        QTemporaryDir folder;
        const QString plan = folder.filePath(QStringLiteral("plan.png"));
        QImage image(400, 200, QImage::Format_RGB32);
        image.fill(QColor(0xfa, 0xf7, 0xee));
        QVERIFY(image.save(plan));

        ui::ZoneMapView view;
        view.resize(400, 400);
        view.setMap(schoolMap(plan), schoolCameraZones());
        view.show();
        QVERIFY(!view.grab().isNull());
        QSignalSpy placed(&view, &ui::ZoneMapView::cameraPlaced);
        // Not editable: a click does nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(200, 200));
        QCOMPARE(placed.size(), 0);

        view.setEditable(true);
        view.setCurrentCamera(QStringLiteral("Couloir B"));
        // The 2:1 plan fills the width inside the 8-px margins: (8, 104) to (392, 296).
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(200, 20)); // above the plan
        QCOMPARE(placed.size(), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(200, 200));
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.at(0).at(0).toString(), QStringLiteral("Couloir B"));
        QPointF spot = placed.at(0).at(1).toPointF();
        QVERIFY2(qAbs(spot.x() - 0.5) < 0.01 && qAbs(spot.y() - 0.5) < 0.01,
                 qPrintable(QStringLiteral("%1,%2").arg(spot.x()).arg(spot.y())));
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(104, 152));
        QCOMPARE(placed.size(), 2);
        spot = placed.at(1).at(1).toPointF();
        QVERIFY2(qAbs(spot.x() - 0.25) < 0.01 && qAbs(spot.y() - 0.25) < 0.01,
                 qPrintable(QStringLiteral("%1,%2").arg(spot.x()).arg(spot.y())));

        // An unreadable plan falls back to the schematic and says why.
        ui::ZoneMapView broken;
        broken.resize(400, 300);
        broken.setMap(schoolMap(folder.filePath(QStringLiteral("missing.png"))), schoolCameraZones());
        QVERIFY(!broken.grab().isNull());
    }

    // Not a check: with PORTIQUE_SCREENSHOT_DIR set, saves the Visitors screens as PNG to be looked
    // at (DEVELOPERS.md: every screen is screenshotted and looked at).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PORTIQUE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PORTIQUE_SCREENSHOT_DIR to save screenshots of the Visitors screens");
        QDir().mkpath(dir);
        i18n::installTranslation(i18n::languageFromEnvironment());
        ui::applyTheme(*qApp, ui::Theme::Light);
        auto save = [&](QWidget *widget, const QString &name) {
            QApplication::processEvents();
            QVERIFY(widget->grab().save(dir + QStringLiteral("/visitors-") + name + QStringLiteral(".png")));
        };
        Fixture f;
        const visitors::RegisteredVisitor martin = f.registerVisitor(QStringLiteral("Jean MARTIN"), QStringLiteral("Plomberie Dupuis"),
                                                                     QStringLiteral("Intendance"), descriptor(1));
        f.registerVisitor(QStringLiteral("Awa DIALLO"), QStringLiteral("Parent d'élève"), QStringLiteral("Mme Leroy (CPE)"), descriptor(-1),
                          30);
        f.registerVisitor(QStringLiteral("Lucie BERNARD"), QStringLiteral("Rectorat de l'académie"), QStringLiteral("Proviseur"));
        f.sight(martin.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 120);
        f.sight(martin.visitor.id, QStringLiteral("Administration"), QStringLiteral("Administration"), 300);
        f.sight(martin.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 600);
        f.sight(martin.visitor.id, QStringLiteral("Couloir B"), QStringLiteral("Salles de classe"), 200);
        f.sight(martin.visitor.id, QStringLiteral("Cuisine"), QStringLiteral("Cuisine"), 240);
        f.station.clock().set(QDateTime(morning.date(), QTime(9, 45)));

        ui::VisitorsPage page(f.context, agent);
        // The tab's room in the 1280x800 main window, beside the alert column.
        page.resize(950, 690);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.selectVisitor(martin.visitor.id));
        QTRY_COMPARE(page.findChild<QTreeWidget *>(QStringLiteral("visitorTrail"))->topLevelItemCount(), 5);
        save(&page, QStringLiteral("01-page-trail"));
        page.resize(1280, 800);
        save(&page, QStringLiteral("01b-page-wide"));
        page.resize(950, 690);

        ui::ZoneMapView map;
        map.resize(640, 420);
        map.setMap(schoolMap(), schoolCameraZones());
        map.setTrail(f.run<std::vector<visitors::Sighting>>(
            [&](station::StationServices &services, storage::Database &) { return services.visitors.trail(martin.visitor.id); }));
        save(&map, QStringLiteral("02-zone-map"));

        f.addToWatchlist(QStringLiteral("MARTIN Jean"), QDate(1980, 3, 14));
        ui::VisitorDialog *dialog = openRegistration(page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Jean Martin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorOrganisation"))->setText(QStringLiteral("Plomberie Dupuis"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("Intendance"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorPurpose"))->setText(QStringLiteral("Réparation de la chaudière"));
        dialog->findChild<QLineEdit *>(QStringLiteral("visitorBirthDate"))->setText(QStringLiteral("14/03/1980"));
        save(dialog, QStringLiteral("03-registration"));
        dialog->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(dialog->findChild<ui::WatchlistHitDialog *>());
        auto *hit = dialog->findChild<ui::WatchlistHitDialog *>();
        QTest::qWait(100);
        save(hit, QStringLiteral("04-watchlist-hit"));
        hit->findChild<QPushButton *>(QStringLiteral("dismissHit"))->click();
        QTRY_VERIFY(dialog->findChild<ui::PassPrintDialog *>());
        auto *pass = dialog->findChild<ui::PassPrintDialog *>();
        save(pass, QStringLiteral("05-pass-label"));
        pass->setSheet(visitors::PassSheet::A6);
        save(pass, QStringLiteral("06-pass-a6"));
        QTemporaryDir passFolder;
        closePass(dialog, passFolder.path());
        QTRY_VERIFY(page.findChild<ui::VisitorDialog *>() == nullptr);

        page.checkOut();
        auto *checkout = page.findChild<ui::CheckoutDialog *>();
        QTRY_COMPARE(checkout->listedIds().size(), 4);
        checkout->receiveScan(martin.passPayload);
        QTRY_VERIFY(checkout->resultText().contains(QStringLiteral("✓")));
        QTRY_COMPARE(checkout->listedIds().size(), 3);
        save(checkout, QStringLiteral("07-checkout"));
        checkout->receiveScan(altered(martin.passPayload));
        QTRY_VERIFY(checkout->resultText().contains(QStringLiteral("✕")));
        save(checkout, QStringLiteral("08-checkout-forged"));
        checkout->reject();
        save(&page, QStringLiteral("09-page-after"));

        // With the reception camera: the photo taken, tracking consented, and a hit on the face.
        const QString data = test::testDataDir();
        if (data.isEmpty())
            return;
        Fixture fc(true);
        const QImage portrait(data + QStringLiteral("/faces/photos/Al_Pacino/01.jpg"));
        const QImage reference(data + QStringLiteral("/faces/photos/Al_Pacino/02.jpg"));
        QVERIFY(!portrait.isNull() && !reference.isNull());
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(reference.save(&buffer, "JPEG"));
        fc.addToWatchlist(QStringLiteral("DURAND Alain"), QDate(1961, 5, 2), jpeg, descriptor(1));
        ui::VisitorsPage cameraPage(fc.context, agent);
        cameraPage.show();
        ui::VisitorDialog *withCamera = openRegistration(cameraPage);
        QVERIFY(withCamera);
        // The 250-pixel portrait at 480 pixels in a 640x480 frame: the face is about here.
        QImage frame(640, 480, QImage::Format_RGB888);
        frame.fill(QColor(0x50, 0x55, 0x5c));
        {
            QPainter painter(&frame);
            painter.drawImage(QRect(80, 0, 480, 480), portrait);
        }
        fc.show(frame, QRect(214, 100, 211, 240), descriptor(1), 0);
        withCamera->takePhoto();
        fc.show(frame, QRect(214, 100, 211, 240), descriptor(1), withCamera->descriptorRequest());
        QTest::qWait(600);
        fc.show(frame, QRect(214, 100, 211, 240), descriptor(1), withCamera->descriptorRequest());
        QTRY_VERIFY(withCamera->findChild<QPushButton *>(QStringLiteral("usePhoto"))->isEnabled());
        withCamera->findChild<QPushButton *>(QStringLiteral("usePhoto"))->click();
        QVERIFY(withCamera->hasPhoto());
        withCamera->findChild<QLineEdit *>(QStringLiteral("visitorName"))->setText(QStringLiteral("Alain Dupont"));
        withCamera->findChild<QLineEdit *>(QStringLiteral("visitorOrganisation"))->setText(QStringLiteral("Association sportive"));
        withCamera->findChild<QLineEdit *>(QStringLiteral("visitorHost"))->setText(QStringLiteral("M. Girard (EPS)"));
        withCamera->findChild<QCheckBox *>(QStringLiteral("trackingConsent"))->setChecked(true);
        save(withCamera, QStringLiteral("10-registration-camera"));
        withCamera->findChild<QPushButton *>(QStringLiteral("registerVisitor"))->click();
        QTRY_VERIFY(withCamera->findChild<ui::WatchlistHitDialog *>());
        QTest::qWait(100);
        save(withCamera->findChild<ui::WatchlistHitDialog *>(), QStringLiteral("11-watchlist-hit-photos"));
        withCamera->findChild<ui::WatchlistHitDialog *>()->findChild<QPushButton *>(QStringLiteral("dismissHit"))->click();
        QTRY_VERIFY(withCamera->findChild<ui::PassPrintDialog *>());
        save(withCamera->findChild<ui::PassPrintDialog *>(), QStringLiteral("12-pass-photo"));
        closePass(withCamera, passFolder.path());
    }
};

QTEST_MAIN(TestGuiVisitors)
#include "test_gui_visitors.moc"
