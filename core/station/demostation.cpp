// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demostation.h"

#include "accounts/userstore.h"
#include "common/clock.h"
#include "demoday.h"
#include "demolanes.h"
#include "demopeople.h"
#include "privacy/auditlog.h"
#include "stationservices.h"
#include "stationsetup.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "storage/storageerror.h"
#include "visitors/zonemap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace portique::station {
namespace {

/// The demo visitors: invented people (the demo database holds no real data).
struct DemoVisitor {
    QString name;
    QString organisation;
    QString host;
    QString purpose;
    bool escort = false;
    QStringList zones; ///< empty: the default (unrestricted) zones
    QString camera;    ///< the indoor video that shows their face
    std::size_t face = 0;
    bool consent = false;
};

QList<DemoVisitor> demoVisitors()
{
    return {
        {QStringLiteral("Hélène Garnier"),
         QStringLiteral("Rectorat de l'académie"),
         QStringLiteral("Mme la Proviseure"),
         QStringLiteral("Visite d'inspection"),
         false,
         {QStringLiteral("Hall"), QStringLiteral("Administration")},
         QStringLiteral("Cuisine"),
         0,
         true},
        {QStringLiteral("Marc Dubois"),
         QStringLiteral("Froid Service Maintenance"),
         QStringLiteral("Intendance"),
         QStringLiteral("Devis pour la chambre froide"),
         true,
         {},
         QStringLiteral("Administration"),
         0,
         true},
        {QStringLiteral("Julien Fabre"),
         QStringLiteral("Parent d'élève"),
         QStringLiteral("Vie scolaire (CPE)"),
         QStringLiteral("Rendez-vous"),
         false,
         {},
         QStringLiteral("Administration"),
         1,
         false},
    };
}

/// The room rectangles of the demo plan, in fractions of its size. visitors::demoZoneMap puts
/// the Hall camera at (0.30, 0.62), Administration at (0.16, 0.25) and Cuisine at (0.82, 0.30):
/// each inside its room.
struct PlanRoom {
    QString name;
    QRectF area;
    bool restricted = false;
    QPointF door; ///< the middle of its door onto a corridor, on a wall
    bool doorInHorizontalWall = true;
};

} // namespace

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {QStringLiteral("admin"), QStringLiteral("Hugo Fictif"), accounts::Role::Admin, QStringLiteral("demo-admin-2026")},
        {QStringLiteral("dpo"), QStringLiteral("Claire Fictive"), accounts::Role::Dpo, QStringLiteral("demo-dpo-2026")},
        {QStringLiteral("accueil"), QStringLiteral("Karim Fictif"), accounts::Role::Agent, QStringLiteral("demo-accueil-2026")},
        {QStringLiteral("proviseur"), QStringLiteral("Anne Fictive"), accounts::Role::Principal, QStringLiteral("demo-proviseur-2026")},
    };
    return accounts;
}

namespace {

// A demo made before the administrator role (migration 12) has no "admin": it is added, so that
// the accounts the sign-in screen lists all exist. Nothing else of an existing demo is touched.
void addMissingDemoAccounts(const DemoStation &station, const common::Clock &clock)
{
    const auto key = storage::KeyFile::read(station.keyFilePath);
    auto database = storage::Database::open(station.databasePath, key, storage::Database::OpenMode::Existing);
    privacy::AuditLog audit(*database, clock);
    accounts::UserStore users(*database, audit, clock);
    for (const DemoAccount &account : demoAccounts()) {
        if (!users.find(account.login))
            users.add(account.login, account.name, account.role, account.password, QStringLiteral("system"));
    }
}

} // namespace

DemoStation ensureDemoStation(const QString &folder, const common::Clock &clock)
{
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        throw storage::StorageError(storage::StorageErrorKind::Io,
                                    QCoreApplication::translate("Storage", "Cannot create the folder %1.").arg(dir.absolutePath()));
    DemoStation station{dir.absoluteFilePath(QStringLiteral("portique.db")), dir.absoluteFilePath(QStringLiteral("portique.key")), false};
    if (QFileInfo::exists(station.databasePath)) {
        addMissingDemoAccounts(station, clock);
        return station;
    }

    // The first account is the administrator init creates; the others are added by them.
    const DemoAccount &admin = demoAccounts().constFirst();
    StationSetup setup;
    setup.databasePath = station.databasePath;
    setup.keyFilePath = station.keyFilePath;
    setup.adminLogin = admin.login;
    setup.adminName = admin.name;
    setup.adminPassword = admin.password;
    setup.schoolName = QStringLiteral("Lycée de démonstration Marie Curie");
    createStation(setup, clock);
    const auto key = storage::KeyFile::read(station.keyFilePath);
    auto database = storage::Database::open(station.databasePath, key, storage::Database::OpenMode::Existing);
    privacy::AuditLog audit(*database, clock);
    accounts::UserStore users(*database, audit, clock);
    for (const DemoAccount &account : demoAccounts().mid(1))
        users.add(account.login, account.name, account.role, account.password, admin.login);
    // The school's people, imported as a school would (same service, same audit).
    StationServices services(*database, clock);
    const QDate today = clock.now().toLocalTime().date();
    services.imports.apply(demoStudents(today), admin.login);
    services.imports.apply(demoGuardians(today), admin.login);
    services.imports.apply(demoStaff(), admin.login);
    // Yesterday as a scripted school day, so the Reports tab has a day to show from the start (it
    // declares the demo's face-lane experiment: demoexperiment.h).
    seedDemoDay(*database, today.addDays(-1));
    station.created = true;
    return station;
}

} // namespace portique::station

namespace portique::station {

QImage drawDemoPlan()
{
    constexpr int width = 1200;
    constexpr int height = 800;
    QImage plan(width, height, QImage::Format_RGB32);
    plan.fill(QColor(0xf6, 0xf4, 0xef));
    QPainter painter(&plan);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto scaled = [&](const QRectF &f) { return QRectF(f.x() * width, f.y() * height, f.width() * width, f.height() * height); };
    const QList<PlanRoom> rooms{
        {QStringLiteral("Administration"), {0.03, 0.06, 0.30, 0.38}, false, {0.18, 0.44}, true},
        {QStringLiteral("Salles de classe"), {0.35, 0.06, 0.30, 0.38}, false, {0.50, 0.44}, true},
        {QStringLiteral("Cuisine"), {0.67, 0.06, 0.30, 0.46}, true, {0.715, 0.52}, true},
        {QStringLiteral("Hall"), {0.03, 0.50, 0.59, 0.44}, false, {0.62, 0.72}, false},
        {QStringLiteral("Chaufferie"), {0.76, 0.58, 0.21, 0.36}, true, {0.76, 0.76}, false},
    };
    // The corridors: between the rooms, unlabelled.
    painter.fillRect(scaled({0.03, 0.44, 0.64, 0.06}), QColor(0xe4, 0xe1, 0xd9));
    painter.fillRect(scaled({0.62, 0.50, 0.14, 0.44}), QColor(0xe4, 0xe1, 0xd9));
    const QPen wall(QColor(0x3c, 0x3c, 0x3c), 6);
    QFont label(QStringLiteral("DejaVu Sans"));
    label.setPixelSize(30);
    label.setBold(true);
    QFont note(QStringLiteral("DejaVu Sans"));
    note.setPixelSize(20);
    for (const PlanRoom &room : rooms) {
        const QRectF area = scaled(room.area);
        painter.fillRect(area, room.restricted ? QColor(0xf6, 0xdc, 0xd8) : QColor(0xff, 0xff, 0xff));
        if (room.restricted)
            painter.fillRect(area, QBrush(QColor(0xc6, 0x3c, 0x32), Qt::BDiagPattern));
        painter.setPen(wall);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area);
        // Its door onto the corridor: a gap in the wall.
        const QPointF door(room.door.x() * width, room.door.y() * height);
        const QPointF half = room.doorInHorizontalWall ? QPointF(28, 0) : QPointF(0, 28);
        painter.setPen(QPen(QColor(0xe4, 0xe1, 0xd9), 8));
        painter.drawLine(door - half, door + half);
        // The name in the room's top left corner (the zone map view draws each camera, with its
        // name, at its spot: rather central), on a plain band readable over the hatching.
        painter.setFont(label);
        const QRectF corner(area.left() + 16, area.top() + 14, area.width() - 32, area.height() / 2);
        const QRectF band = painter.boundingRect(corner, Qt::AlignLeft | Qt::AlignTop, room.name).adjusted(-8, -4, 8, 4);
        painter.fillRect(band, QColor(0xff, 0xff, 0xff, 235));
        painter.setPen(QColor(0x1e, 0x1e, 0x1e));
        painter.drawText(band, Qt::AlignCenter, room.name);
        if (room.restricted) {
            painter.setFont(note);
            const QString restricted = QCoreApplication::translate("portique::station", "restricted zone");
            const QRectF below(band.left() + 8, band.bottom() + 8, area.width() - 32, 40);
            const QRectF noteBand = painter.boundingRect(below, Qt::AlignLeft | Qt::AlignTop, restricted).adjusted(-8, -3, 8, 3);
            painter.fillRect(noteBand, QColor(0xff, 0xff, 0xff, 235));
            painter.setPen(QColor(0xa0, 0x26, 0x1e));
            painter.drawText(noteBand, Qt::AlignCenter, restricted);
        }
    }
    // The way in, at the bottom of the hall.
    const QRectF hall = scaled(rooms[3].area);
    const QPointF entrance(hall.left() + hall.width() * 0.25, hall.bottom());
    painter.setPen(QPen(QColor(0xf6, 0xf4, 0xef), 10));
    painter.drawLine(entrance - QPointF(45, 0), entrance + QPointF(45, 0));
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 5));
    painter.drawLine(entrance + QPointF(0, 34), entrance - QPointF(0, 24));
    QPainterPath arrow;
    arrow.moveTo(entrance - QPointF(0, 40));
    arrow.lineTo(entrance + QPointF(-14, -16));
    arrow.lineTo(entrance + QPointF(14, -16));
    arrow.closeSubpath();
    painter.fillPath(arrow, QColor(0x1f, 0x5f, 0xa8));
    painter.setFont(note);
    painter.drawText(QRectF(entrance.x() + 24, entrance.y() + 6, 300, 34), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("portique::station", "Entrance"));
    painter.end();
    return plan;
}

QString ensureDemoVisitors(StationServices &services, const QString &facesPath, const QString &folder, const QByteArray &modelId)
{
    QStringList done;
    if (services.settings.value(settings::visitorsZoneMap).isEmpty()) {
        const QString plan = QDir(folder).absoluteFilePath(QStringLiteral("demo-plan.png"));
        if (!QFileInfo::exists(plan) && !drawDemoPlan().save(plan))
            done << QStringLiteral("the plan could not be written to %1").arg(plan);
        visitors::saveZoneMap(services.settings, visitors::demoZoneMap(plan), QStringLiteral("demo"));
        done << QStringLiteral("zone map saved");
    }
    // What the station does every minute: the previous day's demo visitors leave.
    const visitors::SweepResult sweep = services.visitors.sweep();
    if (!sweep.checkedOut.isEmpty())
        done << QStringLiteral("%1 checked out at the end of their day").arg(sweep.checkedOut.size());

    const QDateTime now = services.clock.now().toUTC();
    const QDateTime closing = services.visitors.endOfDay(now.toLocalTime().date());
    if (now >= closing) {
        done << QStringLiteral("none registered: the end-of-day check-out time (%1) has passed")
                    .arg(closing.toLocalTime().toString(QStringLiteral("HH:mm")));
        return done.join(QStringLiteral("; "));
    }
    const QList<DemoVisitor> people = demoVisitors();
    for (const visitors::Visitor &visitor : services.visitors.onSite()) {
        if (std::any_of(people.cbegin(), people.cend(), [&](const DemoVisitor &p) { return p.name == visitor.name; })) {
            done << QStringLiteral("already on site");
            return done.join(QStringLiteral("; "));
        }
    }
    const std::vector<DemoLaneFaces> cameras = readDemoLaneFaces(facesPath);
    const auto faceOf = [&](const DemoVisitor &p) -> std::optional<biometrics::Descriptor> {
        for (const DemoLaneFaces &camera : cameras) {
            if (camera.lane == p.camera && p.face < camera.faces.size())
                return camera.faces[p.face];
        }
        return std::nullopt;
    };
    for (const DemoVisitor &p : people) {
        if (!faceOf(p)) {
            done << QStringLiteral("none registered: no demo visitor faces in %1 (run scripts/setup.sh)").arg(facesPath);
            return done.join(QStringLiteral("; "));
        }
    }
    const QDateTime departure = std::min(now.addSecs(2 * 3600), closing);
    QStringList registered;
    for (const DemoVisitor &p : people) {
        visitors::VisitorDraft draft;
        draft.name = p.name;
        draft.organisation = p.organisation;
        draft.host = p.host;
        draft.purpose = p.purpose;
        draft.expectedDeparture = departure;
        draft.escort = p.escort;
        draft.zones = p.zones;
        draft.trackingConsent = p.consent;
        if (p.consent)
            draft.face = faceOf(p);
        registered << services.visitors.registerVisitor(draft, modelId, demoAccounts().at(1).login).visitor.id;
    }
    done << QStringLiteral("registered %1 until %2")
                .arg(registered.join(QStringLiteral(", ")), departure.toLocalTime().toString(QStringLiteral("HH:mm")));
    return done.join(QStringLiteral("; "));
}

} // namespace portique::station
