// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The visitor life cycle in core: registration, pass, sightings, check-out, sweep, watchlist,
// zone map, and a pass at a gate lane.
#include "access/credential.h"
#include "access/decision.h"
#include "access/gatecheck.h"
#include "access/passage.h"
#include "access/qrcode.h"
#include "common/refusal.h"
#include "common/sodiuminit.h"
#include "peoplefixture.h"
#include "privacy/erasure.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "teststation.h"
#include "visitors/visitorpass.h"
#include "visitors/zonemap.h"

#include <QTest>

#include <sodium.h>

#include <stdexcept>

using namespace portique;
using namespace portique::visitors;

namespace {

const QByteArray modelId = QByteArrayLiteral("model-01");

biometrics::Descriptor faceOf(float seed)
{
    // Unit-length descriptors far apart for different seeds (distance about 1.4).
    biometrics::Descriptor descriptor{};
    descriptor[std::size_t(seed) % biometrics::descriptorSize] = 1.0F;
    return descriptor;
}

biometrics::Descriptor near(const biometrics::Descriptor &face, float by)
{
    biometrics::Descriptor moved = face;
    moved[127] += by;
    return moved;
}

qint64 rows(storage::Database &db, const QString &sql, const QVariant &value = {})
{
    return value.isValid() ? db.scalar(sql, {value}).toLongLong() : db.scalar(sql).toLongLong();
}

} // namespace

class TestVisitors : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        Fixture()
        {
            // 08:00 UTC on Monday 30 November 2026 (test clock); zones from the demo map.
            saveZoneMap(services.settings, demoZoneMap(QString()), QStringLiteral("admin"));
        }
        VisitorDraft draft(const QString &name = QStringLiteral("Jean Martin"))
        {
            VisitorDraft draft;
            draft.name = name;
            draft.organisation = QStringLiteral("Plomberie Martin");
            draft.host = QStringLiteral("Intendance");
            draft.purpose = QStringLiteral("Chaudière");
            draft.expectedDeparture = station.clock().now().addSecs(2 * 3600);
            return draft;
        }
        RegisteredVisitor registerTracked(const QString &name, float seed, QStringList zones = {})
        {
            VisitorDraft d = draft(name);
            d.trackingConsent = true;
            d.face = faceOf(seed);
            d.zones = std::move(zones);
            return services.visitors.registerVisitor(d, modelId, QStringLiteral("agent"));
        }
        qint64 audits(const QString &action)
        {
            return rows(station.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"), action);
        }
    };

    static QString forged(QString payload)
    {
        // Change one base45 character in the middle: altered.
        const qsizetype at = payload.size() / 2;
        payload[at] = payload[at] == u'A' ? u'B' : u'A';
        return payload;
    }

private Q_SLOTS:
    void initTestCase() { common::ensureSodium(); }

    void registrationSignsAPassThatVerifies()
    {
        Fixture f;
        const RegisteredVisitor registered = f.services.visitors.registerVisitor(f.draft(), modelId, QStringLiteral("agent"));
        const Visitor &visitor = registered.visitor;
        QCOMPARE(visitor.id, QStringLiteral("V261130-01"));
        QVERIFY(visitor.onSite());
        QVERIFY(!visitor.tracking);
        // Unchanged zones: every unrestricted zone of the map, never the kitchen or boiler room.
        QCOMPARE(visitor.zones,
                 (QStringList{QStringLiteral("Hall"), QStringLiteral("Administration"), QStringLiteral("Salles de classe")}));
        QCOMPARE(visitor.passValidUntil, f.services.visitors.endOfDay(QDate(2026, 11, 30)));

        const PassCheck check = f.services.visitors.verifyPass(registered.passPayload);
        QVERIFY2(check.valid(), qPrintable(access::verdictId(check.verdict)));
        QCOMPARE(check.visitor->id, visitor.id);
        QCOMPARE(check.pass->zones, visitor.zones);
        QCOMPARE(check.pass->validUntil, visitor.passValidUntil);
        QVERIFY(registered.passPayload.startsWith(access::credentialPrefix));
        QCOMPARE(f.audits(QStringLiteral("visitor.register")), 1);
        // Without tracking consent nothing of the face is kept.
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM visitor_templates")), 0);

        const RegisteredVisitor second =
            f.services.visitors.registerVisitor(f.draft(QStringLiteral("Anne Roux")), modelId, QStringLiteral("agent"));
        QCOMPARE(second.visitor.id, QStringLiteral("V261130-02"));
    }

    void registrationRefusesWhatCannotWork_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("no name") << 0;
        QTest::newRow("no host") << 1;
        QTest::newRow("departure already past") << 2;
        QTest::newRow("departure after the end-of-day check-out") << 3;
        QTest::newRow("unknown zone") << 4;
        QTest::newRow("tracking consent without a usable photo") << 5;
        QTest::newRow("after the end of the day") << 6;
    }

    void registrationRefusesWhatCannotWork()
    {
        QFETCH(int, what);
        Fixture f;
        VisitorDraft draft = f.draft();
        switch (what) {
        case 0:
            draft.name = QStringLiteral("  ");
            break;
        case 1:
            draft.host.clear();
            break;
        case 2:
            draft.expectedDeparture = f.station.clock().now().addSecs(-60);
            break;
        case 3:
            draft.expectedDeparture = f.services.visitors.endOfDay(QDate(2026, 11, 30)).addSecs(60);
            break;
        case 4:
            draft.zones = {QStringLiteral("Hall"), QStringLiteral("Toit")};
            break;
        case 5:
            draft.trackingConsent = true;
            break;
        default:
            f.station.clock().set(f.services.visitors.endOfDay(QDate(2026, 11, 30)).addSecs(1));
            break;
        }
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.registerVisitor(draft, modelId, QStringLiteral("agent")));
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM visitors")), 0);
    }

    void anErasedVisitorsNumberIsNeverGivenAgain_data()
    {
        QTest::addColumn<int>("erased");
        QTest::newRow("the second of three") << 1;
        QTest::newRow("the last of three") << 2;
    }

    void anErasedVisitorsNumberIsNeverGivenAgain()
    {
        // Issue 17: numbers were the day's row count + 1, and a subject erasure deletes the row, so
        // the next registration collided (UNIQUE constraint) or took the erased visitor's number.
        QFETCH(int, erased);
        Fixture f;
        privacy::Erasure erasure(f.station.database(), f.station.clock());
        QStringList given;
        for (const QString &name : {QStringLiteral("Jean Martin"), QStringLiteral("Anne Roux"), QStringLiteral("Luc Petit")})
            given << f.services.visitors.registerVisitor(f.draft(name), modelId, QStringLiteral("agent")).visitor.id;
        QString gone = given.at(erased);
        for (int round = 0; round < 2; ++round) { // then the newest, the day's last number, goes too
            f.services.visitors.checkOut(gone, Departure::Desk, QStringLiteral("agent"));
            erasure.erase(gone, QStringLiteral("admin"));
            QVERIFY(!f.services.visitors.find(gone));
            try {
                gone = f.services.visitors.registerVisitor(f.draft(QStringLiteral("Paul Durand")), modelId, QStringLiteral("agent"))
                           .visitor.id;
            } catch (const std::exception &failed) {
                QFAIL(failed.what());
            }
            QVERIFY2(!given.contains(gone), qPrintable(gone));
            given << gone;
        }
        QCOMPARE(given.last(), QStringLiteral("V261130-05"));
    }

    void passContentRoundTripsAndRefusesBrokenData()
    {
        PassContent pass{QStringLiteral("V261130-07"),
                         QByteArray(8, '\x5a'),
                         QDateTime(QDate(2026, 11, 30), QTime(9, 12), Qt::UTC),
                         QDateTime(QDate(2026, 11, 30), QTime(17, 30), Qt::UTC),
                         {QStringLiteral("Hall"), QStringLiteral("Salle é")}};
        const access::Credential credential = pass.toCredential(QByteArrayLiteral("KEY1"));
        const std::optional<PassContent> back = PassContent::fromCredential(credential);
        QVERIFY(back);
        QCOMPARE(back->validFrom, pass.validFrom);
        QCOMPARE(back->validUntil, pass.validUntil);
        QCOMPARE(back->zones, pass.zones);
        access::Credential truncated = credential;
        truncated.data.chop(1);
        QVERIFY(!PassContent::fromCredential(truncated));
        access::Credential padded = credential;
        padded.data.append('x');
        QVERIFY(!PassContent::fromCredential(padded));
        access::Credential badge = credential;
        badge.kind = access::CredentialKind::Badge;
        QVERIFY(!PassContent::fromCredential(badge));
    }

    void forgedExpiredRevokedAndForeignPassesAreRefused()
    {
        Fixture f;
        const RegisteredVisitor registered = f.services.visitors.registerVisitor(f.draft(), modelId, QStringLiteral("agent"));
        QVERIFY(!f.services.visitors.verifyPass(forged(registered.passPayload)).valid());
        QCOMPARE(f.services.visitors.verifyPass(u"PQ1:not a pass").verdict, access::Verdict::Malformed);
        QCOMPARE(f.services.visitors.verifyPass(u"https://example.org/").verdict, access::Verdict::Malformed);

        // Signed by another station: unknown key.
        Fixture other;
        const RegisteredVisitor foreign = other.services.visitors.registerVisitor(other.draft(), modelId, QStringLiteral("agent"));
        QCOMPARE(f.services.visitors.verifyPass(foreign.passPayload).verdict, access::Verdict::UnknownKey);

        // A student's badge is not a pass.
        test::addPerson(f.station.database(), QStringLiteral("4100101"), QDate(2011, 3, 14));
        const access::IssuedBadge badge =
            f.services.credentials.issueBadge(QStringLiteral("4100101"), access::TemplateArchitecture::None, {}, QStringLiteral("agent"));
        QCOMPARE(f.services.visitors.verifyPass(badge.payload).verdict, access::Verdict::WrongKind);

        // Re-issued: the old pass is revoked, the new one works.
        const RegisteredVisitor reissued = f.services.visitors.reissuePass(registered.visitor.id, QStringLiteral("agent"));
        QCOMPARE(f.services.visitors.verifyPass(registered.passPayload).verdict, access::Verdict::Revoked);
        QVERIFY(f.services.visitors.verifyPass(reissued.passPayload).valid());

        // Before its window (clock put back) and after it.
        f.station.clock().advance(-3600);
        QCOMPARE(f.services.visitors.verifyPass(reissued.passPayload).verdict, access::Verdict::NotYetValid);
        f.station.clock().set(reissued.visitor.passValidUntil.addSecs(60));
        QCOMPARE(f.services.visitors.verifyPass(reissued.passPayload).verdict, access::Verdict::Expired);
    }

    void checkOutDeletesTemplateAndTrailAtOnce()
    {
        Fixture f;
        const RegisteredVisitor jean = f.registerTracked(QStringLiteral("Jean Martin"), 1);
        const RegisteredVisitor anne = f.registerTracked(QStringLiteral("Anne Roux"), 2);
        storage::Database &db = f.station.database();
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM visitor_templates")), 2);
        // Sealed at rest: the descriptor's bytes are nowhere in the stored blob.
        const QByteArray sealed =
            db.scalar(QStringLiteral("SELECT sealed FROM visitor_templates WHERE visitor_id = ?1"), {jean.visitor.id}).toByteArray();
        const biometrics::Descriptor face = faceOf(1);
        QVERIFY(!sealed.contains(QByteArray(reinterpret_cast<const char *>(face.data()), 64)));

        QVERIFY(f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.31));
        QVERIFY(
            f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Administration"), QStringLiteral("Administration"), 0.35));
        QVERIFY(f.services.visitors.recordSighting(anne.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.4));
        QCOMPARE(f.services.visitors.gallery(modelId).size(), std::size_t(2));

        const Visitor gone = f.services.visitors.checkOutByPass(jean.passPayload, QStringLiteral("agent"));
        QCOMPARE(gone.departure, QStringLiteral("desk"));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM visitor_templates WHERE visitor_id = ?1"), jean.visitor.id), 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM sightings WHERE visitor_id = ?1"), jean.visitor.id), 0);
        // Anne's stay untouched; Jean's record kept (retention), marked gone.
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM sightings WHERE visitor_id = ?1"), anne.visitor.id), 1);
        QVERIFY(!f.services.visitors.find(jean.visitor.id)->onSite());
        QCOMPARE(f.services.visitors.gallery(modelId).size(), std::size_t(1));
        QCOMPARE(f.services.visitors.verifyPass(jean.passPayload).verdict, access::Verdict::Revoked);
        // Nothing is written for someone gone, and a second check-out is refused.
        QVERIFY(!f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.3));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.checkOut(jean.visitor.id, Departure::Desk, QStringLiteral("agent")));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.checkOutByPass(jean.passPayload, QStringLiteral("agent")));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.checkOutByPass(forged(anne.passPayload), QStringLiteral("agent")));
        QCOMPARE(f.audits(QStringLiteral("visitor.checkout")), 1);
    }

    void aSightingOutsideThePassZonesRaisesAnAlert()
    {
        Fixture f;
        const RegisteredVisitor jean = f.registerTracked(QStringLiteral("Jean Martin"), 1, {QStringLiteral("Hall")});
        const std::optional<SightingRecord> hall =
            f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Caméra hall"), QStringLiteral("Hall"), 0.3);
        QVERIFY(hall && hall->alertId == 0);
        f.station.clock().advance(90);
        const std::optional<SightingRecord> kitchen =
            f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Caméra cuisine"), QStringLiteral("Cuisine"), 0.33);
        QVERIFY(kitchen && kitchen->alertId > 0);
        const std::optional<privacy::Alert> alert = f.services.alerts.find(kitchen->alertId);
        QCOMPARE(alert->kind, QStringLiteral("restricted_zone"));
        QCOMPARE(alert->visitorId, jean.visitor.id);
        QCOMPARE(alert->lane, QStringLiteral("Caméra cuisine"));
        QCOMPARE(alert->details, QStringLiteral("Cuisine"));
        const std::vector<Sighting> trail = f.services.visitors.trail(jean.visitor.id);
        QCOMPARE(trail.size(), std::size_t(2));
        QCOMPARE(trail.front().zone, QStringLiteral("Hall"));
        QCOMPARE(f.services.visitors.lastSeen(jean.visitor.id)->zone, QStringLiteral("Cuisine"));

        // A visitor who did not consent is never sighted, whatever a camera reports.
        const RegisteredVisitor anne =
            f.services.visitors.registerVisitor(f.draft(QStringLiteral("Anne Roux")), modelId, QStringLiteral("agent"));
        QVERIFY(!f.services.visitors.recordSighting(anne.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.2));
    }

    void sweepAlertsOverstaysOnceAndChecksEveryoneOutAtTheEndOfTheDay()
    {
        Fixture f;
        const RegisteredVisitor jean = f.registerTracked(QStringLiteral("Jean Martin"), 1);
        VisitorDraft late = f.draft(QStringLiteral("Anne Roux"));
        late.expectedDeparture = f.station.clock().now().addSecs(6 * 3600);
        const RegisteredVisitor anne = f.services.visitors.registerVisitor(late, modelId, QStringLiteral("agent"));
        QVERIFY(f.services.visitors.sweep().overstays.isEmpty());

        f.station.clock().advance(2 * 3600 + 60);
        QCOMPARE(f.services.visitors.sweep().overstays, QStringList{jean.visitor.id});
        QVERIFY(f.services.visitors.sweep().overstays.isEmpty()); // once per visitor
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'overstay' AND visitor_id = ?1"),
                      jean.visitor.id),
                 1);

        f.services.visitors.recordSighting(jean.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.3);
        f.station.clock().set(f.services.visitors.endOfDay(QDate(2026, 11, 30)));
        const SweepResult evening = f.services.visitors.sweep();
        QCOMPARE(evening.checkedOut, (QStringList{jean.visitor.id, anne.visitor.id}));
        QVERIFY(f.services.visitors.onSite().empty());
        QCOMPARE(f.services.visitors.find(jean.visitor.id)->departure, QStringLiteral("automatic"));
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM visitor_templates")), 0);
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM sightings")), 0);
        QCOMPARE(f.services.visitors.arrivedOn(QDate(2026, 11, 30)).size(), std::size_t(2));
    }

    void theEndOfDayTimeIsASetting()
    {
        Fixture f;
        f.services.settings.set(station::settings::visitorsCheckoutMinute, 12 * 60, QStringLiteral("admin"));
        QCOMPARE(f.services.visitors.endOfDay(QDate(2026, 11, 30)).toLocalTime().time(), QTime(12, 0));
        VisitorDraft draft = f.draft();
        draft.expectedDeparture = f.services.visitors.endOfDay(QDate(2026, 11, 30)).addSecs(60);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.registerVisitor(draft, modelId, QStringLiteral("agent")));
    }

    void watchlistMatchesNamesDatesAndFaces()
    {
        Fixture f;
        Watchlist &list = f.services.watchlist;
        QVERIFY_THROWS_EXCEPTION(common::Refusal, list.add(WatchKind::Banned, QStringLiteral("Jean Dupont"), {}, {}, std::nullopt, modelId,
                                                           {}, QStringLiteral("admin")));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, list.add(WatchKind::Banned, QStringLiteral(" "), QDate(1980, 1, 2), {}, std::nullopt,
                                                           modelId, {}, QStringLiteral("admin")));
        const qint64 banned = list.add(WatchKind::Banned, QStringLiteral("Jean-Luc DUPONT"), QDate(1980, 1, 2), {}, std::nullopt, modelId,
                                       QStringLiteral("Arrêté du 3 mars"), QStringLiteral("admin"));
        const qint64 custody = list.add(WatchKind::Custody, QStringLiteral("Marc Lefèvre"), {}, QByteArrayLiteral("\xff\xd8jpeg"),
                                        faceOf(5), modelId, QStringLiteral("Ne peut pas venir chercher Léa"), QStringLiteral("admin"));
        QCOMPARE(list.entries().size(), std::size_t(2));

        // The words in any order, accents and case ignored; an unknown date still matches.
        QCOMPARE(list.check(QStringLiteral("dupont jean luc"), {}, std::nullopt, modelId, 0.5F).size(), std::size_t(1));
        QCOMPARE(list.check(QStringLiteral("DUPONT Jean-Luc"), QDate(1980, 1, 2), std::nullopt, modelId, 0.5F).front().birthDateMatches,
                 true);
        // A different date of birth: a namesake.
        QVERIFY(list.check(QStringLiteral("Jean-Luc Dupont"), QDate(1990, 5, 5), std::nullopt, modelId, 0.5F).empty());
        QVERIFY(list.check(QStringLiteral("Jean Dupont"), {}, std::nullopt, modelId, 0.5F).empty());
        // The face alone, under another name.
        const std::vector<WatchlistHit> byFace = list.check(QStringLiteral("Paul Durand"), {}, near(faceOf(5), 0.2F), modelId, 0.5F);
        QCOMPARE(byFace.size(), std::size_t(1));
        QCOMPARE(byFace.front().entry.id, custody);
        QVERIFY(byFace.front().faceMatches && !byFace.front().nameMatches);
        QVERIFY(list.check(QStringLiteral("Paul Durand"), {}, faceOf(9), modelId, 0.5F).empty());
        QCOMPARE(list.check(QStringLiteral("marc lefevre"), {}, std::nullopt, modelId, 0.5F).front().entry.photo,
                 QByteArrayLiteral("\xff\xd8jpeg"));

        QCOMPARE(list.decide(banned, false, QStringLiteral("Homonyme, vérifié"), QStringLiteral("agent")), 0);
        const qint64 alert = list.decide(custody, true, QStringLiteral("Refusé, police prévenue"), QStringLiteral("agent"));
        QCOMPARE(f.services.alerts.find(alert)->kind, QStringLiteral("watchlist"));
        QCOMPARE(f.services.alerts.find(alert)->details, QString::number(custody));
        QCOMPARE(f.audits(QStringLiteral("watchlist.dismiss")), 1);
        QCOMPARE(f.audits(QStringLiteral("watchlist.confirm")), 1);
        list.remove(banned, QStringLiteral("admin"));
        QVERIFY(!list.find(banned));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, list.remove(banned, QStringLiteral("admin")));
    }

    void zoneMapRoundTripsAndRefusesNonsense()
    {
        const ZoneMap map = demoZoneMap(QStringLiteral("/srv/plan.png"));
        const ZoneMap back = ZoneMap::fromJson(map.toJson());
        QCOMPARE(back.names(), map.names());
        QVERIFY(back.isRestricted(QStringLiteral("Cuisine")));
        QVERIFY(!back.isRestricted(QStringLiteral("Hall")));
        QCOMPARE(back.cameraSpots.value(QStringLiteral("Hall")), QPointF(0.30, 0.62));
        QCOMPARE(back.planImage, QStringLiteral("/srv/plan.png"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneMap::fromJson(QStringLiteral("{")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneMap::fromJson(QStringLiteral(R"({"zones":[{"name":"A"},{"name":"A"}]})")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneMap::fromJson(QStringLiteral(R"({"zones":[{"name":""}]})")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneMap::fromJson(QStringLiteral(R"({"cameras":{"Hall":[1.5,0.2]}})")));

        // Nothing configured: one unrestricted zone per indoor camera's zone.
        test::TestStation station;
        station::StationServices services(station.database(), station.clock());
        station::saveCameras(
            services.settings,
            {{QStringLiteral("Voie 1"), QStringLiteral("/dev/video0"), station::CameraConfig::Role::GateLane, {}, 0, 0},
             {QStringLiteral("Hall"), QStringLiteral("/dev/video1"), station::CameraConfig::Role::IndoorZone, QStringLiteral("Hall"), 0, 0},
             {QStringLiteral("CDI"), QStringLiteral("/dev/video2"), station::CameraConfig::Role::IndoorZone, QStringLiteral("CDI"), 0, 0}},
            QStringLiteral("admin"));
        const ZoneMap derived = services.visitors.zoneMap();
        QCOMPARE(derived.names(), (QStringList{QStringLiteral("Hall"), QStringLiteral("CDI")}));
        QCOMPARE(derived.defaultAllowed(), derived.names());
    }

    void zonesNoPassCanCarryAreRefusedWhereTheyAreDefined()
    {
        // Issue 17: a 300-byte zone name was saved, then every registration failed on the pass layout.
        Fixture f;
        const QString before = f.services.settings.value(station::settings::visitorsZoneMap);
        ZoneMap tooLong = demoZoneMap(QString());
        tooLong.zones << Zone{QStringLiteral("Aile ouest ") + QString(289, u'x'), false};
        try {
            saveZoneMap(f.services.settings, tooLong, QStringLiteral("admin"));
            QFAIL("a 300-byte zone name was saved");
        } catch (const std::invalid_argument &refused) {
            const QString message = QString::fromUtf8(refused.what());
            QVERIFY2(message.contains(u"\"Aile ouest xxx") && message.contains(u"too long"), refused.what());
        }
        ZoneMap crowded;
        for (int i = 0; i <= PassContent::maxZones; ++i)
            crowded.zones << Zone{QStringLiteral("Salle %1").arg(i), false};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveZoneMap(f.services.settings, crowded, QStringLiteral("admin")));
        QCOMPARE(f.services.settings.value(station::settings::visitorsZoneMap), before);

        // A map stored before the check (written raw here) is refused at registration, translated.
        f.services.settings.set(station::settings::visitorsZoneMap, tooLong.toJson(), QStringLiteral("admin"));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.registerVisitor(f.draft(), modelId, QStringLiteral("agent")));
        // Any other field the pass's layout cannot hold: a translated refusal too (days since 2000 end in 2179).
        saveZoneMap(f.services.settings, demoZoneMap(QString()), QStringLiteral("admin"));
        f.station.clock().set(QDateTime(QDate(2180, 3, 1), QTime(8, 0), Qt::UTC));
        QTest::ignoreMessage(QtWarningMsg, "visitor pass V800301-01: credential date out of range"); // the log keeps the detail
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.services.visitors.registerVisitor(f.draft(), modelId, QStringLiteral("agent")));
        QCOMPARE(rows(f.station.database(), QStringLiteral("SELECT count(*) FROM visitors")), 0);

        // The largest map allowed, every zone of it on one pass (restricted ones ticked): signed,
        // verified, and its QR code read back.
        f.station.clock().set(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        ZoneMap largest;
        for (int i = 0; i < PassContent::maxZones; ++i) // 19 x "é" (2 bytes) + 2 digits: 40 bytes
            largest.zones << Zone{QString(19, u'é') + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')), i % 2 == 1};
        QCOMPARE(largest.zones.front().name.toUtf8().size(), PassContent::maxZoneNameBytes);
        saveZoneMap(f.services.settings, largest, QStringLiteral("admin"));
        VisitorDraft draft = f.draft();
        draft.zones = largest.names();
        const RegisteredVisitor registered = f.services.visitors.registerVisitor(draft, modelId, QStringLiteral("agent"));
        const PassCheck check = f.services.visitors.verifyPass(registered.passPayload);
        QVERIFY(check.valid());
        QCOMPARE(check.pass->zones, largest.names());
        const access::QrMatrix qr = access::encodeQr(registered.passPayload);
        QCOMPARE(access::decodeQr(access::qrImage(qr, 4)), QStringList{registered.passPayload});
        QVERIFY2(qr.size <= 109, qPrintable(QString::number(qr.size))); // version 23 at most (visitorpass.h)
    }

    void aPassAtALaneIsGrantedWhileOnSiteAndAlertsOtherwise()
    {
        Fixture f;
        const RegisteredVisitor jean = f.services.visitors.registerVisitor(f.draft(), modelId, QStringLiteral("agent"));
        const access::CredentialCheck valid = access::checkCredential(f.services, jean.passPayload, modelId, QStringLiteral("Voie 1"));
        QCOMPARE(valid.verdict, access::Verdict::Valid);
        QVERIFY(valid.visitorPass && !valid.faceLane);
        QCOMPARE(valid.visitorName, QStringLiteral("Jean Martin"));
        const access::Decision granted = access::decide(valid, access::CredentialMethod::Scanner, {}, false, {});
        QCOMPARE(granted.outcome, access::Outcome::Granted);
        QCOMPARE(granted.reasons, QStringList{QStringLiteral("visitor_pass")});

        f.services.visitors.checkOut(jean.visitor.id, Departure::Desk, QStringLiteral("agent"));
        const access::CredentialCheck revoked = access::checkCredential(f.services, jean.passPayload, modelId, QStringLiteral("Voie 1"));
        access::Passage passage;
        passage.lane = QStringLiteral("Voie 1");
        passage.visitorPass = revoked.visitorPass;
        passage.visitorId = revoked.visitorId;
        passage.visitorName = revoked.visitorName;
        passage.decision = access::decide(revoked, access::CredentialMethod::Scanner, {}, false, {});
        QCOMPARE(passage.decision.outcome, access::Outcome::Refused);
        const qint64 event = f.services.events.record(passage, QStringLiteral("agent"));
        QCOMPARE(f.services.events.find(event)->visitorId, jean.visitor.id);
        const std::vector<privacy::Alert> alerts = f.services.alerts.recent(5);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts.front().kind, QStringLiteral("invalid_pass"));
        QCOMPARE(alerts.front().visitorId, jean.visitor.id);
        QCOMPARE(alerts.front().details, QStringLiteral("revoked"));
        QCOMPARE(alerts.front().eventId, event);
    }
};

QTEST_GUILESS_MAIN(TestVisitors)
#include "test_visitors.moc"
