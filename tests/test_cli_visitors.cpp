// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl visitor / pass, end to end on one station: registration and pass, verification,
// check-out, a pass that cannot be written, the watchlist, the roll call and the sweep.
#include "clirunner.h"
#include "fakeclock.h"
#include "teststation.h"

#include "biometrics/facetemplate.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "vision/enrolmentcapture.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "visitors/passrender.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");

/// The QR text of page 1 of @p pdf read by poppler and zbar (not our ZXing); empty when the tools
/// are missing or nothing is read.
QString readWithZbar(const QString &pdf, const QString &prefix)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    render.waitForFinished(60000);
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")});
    zbar.waitForFinished(60000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

bool toolsPresent()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QStringList ids(const QJsonArray &visitors)
{
    QStringList result;
    for (const QJsonValue &visitor : visitors)
        result << visitor.toObject()[u"id"].toString();
    return result;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toString();
    return result;
}

} // namespace

class TestCliVisitors final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun asAdmin(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("chef");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
    }

    // The audit trail is the DPO's to read, not the administrator's (issue 15).
    CliRun asDpo(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("dpo");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
    }

    CliRun registerVisitor(const QString &name, const QString &passOut, QStringList extra = {}) const
    {
        return asAdmin(QStringList{QStringLiteral("visitor"), QStringLiteral("register"), QStringLiteral("--name"), name,
                                   QStringLiteral("--host"), QStringLiteral("Mme Martin, intendance"), QStringLiteral("--until"),
                                   QStringLiteral("12:00"), QStringLiteral("--pass-out"), passOut}
                       + extra);
    }

    int visitorsToday() const
    {
        return int(
            asAdmin({QStringLiteral("visitor"), QStringLiteral("list"), QStringLiteral("--all")}).json[u"visitors"].toArray().size());
    }

    /// The station's own connection and services at @p clock's time, for what the CLI has no
    /// command for (a watchlist entry) or cannot do now (a registration earlier in the day).
    struct Direct {
        Direct(const QString &databasePath, const QString &keyPath, const common::Clock &clock)
            : key(storage::KeyFile::read(keyPath))
            , database(storage::Database::open(databasePath, key, storage::Database::OpenMode::Existing))
            , services(*database, clock)
        {
        }
        storage::DatabaseKey key;
        std::unique_ptr<storage::Database> database;
        station::StationServices services;
    };
    std::unique_ptr<Direct> direct(const common::Clock &clock) const { return std::make_unique<Direct>(db(), key(), clock); }

    int auditCount(const QString &action) const
    {
        int count = 0;
        for (const QJsonValue &record :
             asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")})
                 .json[u"records"]
                 .toArray())
            count += record.toObject()[u"action"].toString() == action ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // portiquectl reads the wall clock, and a registration needs a departure later today
        // before the end-of-day check-out (18:30). So that the test passes at any hour, the
        // station's time zone (for this process and the portiquectl it runs) is chosen so that
        // the wall clock reads mid-morning: 10:xx local. The POSIX rule needs no tzdata; its sign
        // is the reverse of the offset ("PTQ-3" is UTC+3).
        int offset = 10 - QDateTime::currentDateTimeUtc().time().hour();
        if (offset < -12)
            offset += 24;
        const QByteArray tz = "PTQ" + QByteArray(offset > 0 ? "-" : "+") + QByteArray::number(qAbs(offset));
        qputenv("TZ", tz);
        tzset();
        QVERIFY2(QDateTime::currentDateTime().time().hour() == 10, tz.constData());

        const CliRun init = test::runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(), QStringLiteral("--admin"),
             QStringLiteral("chef"), QStringLiteral("--dpo"), QStringLiteral("dpo"), QStringLiteral("--school"),
             QStringLiteral("Lycée Victor Hugo")},
            {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}, {QStringLiteral("PORTIQUE_DPO_PASSWORD"), adminPassword}});
        QCOMPARE(init.exitCode, 0);
    }

    void registerVerifyReissueCheckOut()
    {
        const CliRun registered = registerVisitor(QStringLiteral("Jean Fictif"), file(QStringLiteral("jean.pdf")),
                                                  {QStringLiteral("--organisation"), QStringLiteral("Ascenseurs Fictifs"),
                                                   QStringLiteral("--zones"), QStringLiteral("Hall, Administration"),
                                                   QStringLiteral("--escort"), QStringLiteral("--sheet"), QStringLiteral("a6")});
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        const QJsonObject visitor = registered.json[u"visitor"].toObject();
        const QString id = visitor[u"id"].toString();
        const QString payload = registered.json[u"payload"].toString();
        QVERIFY(id.startsWith(u'V'));
        QVERIFY(payload.startsWith(QStringLiteral("PQ1:")));
        QCOMPARE(registered.json[u"pass"].toString(), file(QStringLiteral("jean.pdf")));
        QCOMPARE(strings(visitor[u"zones"]), (QStringList{QStringLiteral("Hall"), QStringLiteral("Administration")}));
        QCOMPARE(visitor[u"escort"].toBool(), true);
        QCOMPARE(visitor[u"tracking"].toBool(), false);
        QVERIFY(QFile(file(QStringLiteral("jean.pdf"))).size() > 1000);
        if (toolsPresent())
            QCOMPARE(readWithZbar(file(QStringLiteral("jean.pdf")), file(QStringLiteral("jean"))), payload);

        const CliRun verified = asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), payload});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json[u"valid"].toBool(), true);
        QCOMPARE(verified.json[u"verdict"].toString(), QStringLiteral("valid"));
        QCOMPARE(verified.json[u"visitor"].toString(), id);
        QCOMPARE(verified.json[u"name"].toString(), QStringLiteral("Jean Fictif"));
        QCOMPARE(strings(verified.json[u"zones"]), (QStringList{QStringLiteral("Hall"), QStringLiteral("Administration")}));
        QVERIFY(QDateTime::fromString(verified.json[u"valid_until"].toString(), Qt::ISODateWithMs).toLocalTime().time() == QTime(18, 30));
        QVERIFY(verified.json[u"valid_from"].toString() <= verified.json[u"valid_until"].toString());

        // The pass as a picture: rendered here, read by `pass verify --image`.
        visitors::PassCard card;
        card.schoolName = QStringLiteral("Lycée Victor Hugo");
        card.visitorId = id;
        card.visitorName = QStringLiteral("Jean Fictif");
        card.payload = payload;
        QVERIFY(visitors::renderPassImage(card, visitors::PassSheet::Label62, 300).save(file(QStringLiteral("jean.png"))));
        const CliRun fromImage =
            asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("jean.png"))});
        QCOMPARE(fromImage.exitCode, 0);
        QCOMPARE(fromImage.json[u"visitor"].toString(), id);

        // Forged: one character of the signature changed; not ours at all.
        QString forged = payload;
        const qsizetype index = 4 + (payload.size() - 16) / 3 * 3;
        forged[index] = forged[index] == u'0' ? u'1' : u'0';
        const CliRun refused = asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), forged});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.json[u"verdict"].toString() == u"bad_signature" || refused.json[u"verdict"].toString() == u"malformed",
                 qPrintable(refused.out));
        QCOMPARE(refused.json[u"valid"].toBool(), false);
        const CliRun garbage =
            asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), QStringLiteral("PQ1:ABCDEF")});
        QCOMPARE(garbage.exitCode, 1);
        QCOMPARE(garbage.json[u"verdict"].toString(), QStringLiteral("malformed"));
        QCOMPARE(asAdmin({QStringLiteral("pass"), QStringLiteral("verify")}).exitCode, 2);

        // A second visitor, pass written as PNG.
        const CliRun second = registerVisitor(QStringLiteral("Claire Fictive"), file(QStringLiteral("claire.png")));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QString secondId = second.json[u"visitor"].toObject()[u"id"].toString();
        const CliRun secondImage =
            asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("claire.png"))});
        QCOMPARE(secondImage.exitCode, 0);
        QCOMPARE(secondImage.json[u"visitor"].toString(), secondId);

        const CliRun listed = asAdmin({QStringLiteral("visitor"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(ids(listed.json[u"visitors"].toArray()).contains(id));
        QVERIFY(ids(listed.json[u"visitors"].toArray()).contains(secondId));
        const QJsonObject first = listed.json[u"visitors"].toArray().first().toObject();
        for (const char *field : {"id", "name", "organisation", "host", "arrived_at", "expected_departure", "escort", "zones", "tracking",
                                  "on_site", "last_seen"})
            QVERIFY2(first.contains(QLatin1String(field)), field);

        // A lost pass: the new one works, the old one is revoked.
        const CliRun reissued = asAdmin(
            {QStringLiteral("visitor"), QStringLiteral("reissue"), id, QStringLiteral("--pass-out"), file(QStringLiteral("jean-2.pdf"))});
        QCOMPARE(reissued.exitCode, 0);
        const QString newPayload = reissued.json[u"payload"].toString();
        QVERIFY(newPayload != payload);
        QCOMPARE(
            asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), payload}).json[u"verdict"].toString(),
            QStringLiteral("revoked"));
        QCOMPARE(asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), newPayload}).exitCode, 0);

        // Check-out by number: the pass stops working at once.
        const CliRun out = asAdmin({QStringLiteral("visitor"), QStringLiteral("checkout"), id});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.json[u"visitor"].toObject()[u"on_site"].toBool(), false);
        QCOMPARE(out.json[u"visitor"].toObject()[u"departure"].toString(), QStringLiteral("desk"));
        const CliRun revoked = asAdmin({QStringLiteral("pass"), QStringLiteral("verify"), QStringLiteral("--payload"), newPayload});
        QCOMPARE(revoked.exitCode, 1);
        QCOMPARE(revoked.json[u"verdict"].toString(), QStringLiteral("revoked"));
        QCOMPARE(asAdmin({QStringLiteral("visitor"), QStringLiteral("checkout"), id}).exitCode, 1);

        // Check-out by the pass's picture.
        const CliRun byPass = asAdmin(
            {QStringLiteral("visitor"), QStringLiteral("checkout"), QStringLiteral("--pass-image"), file(QStringLiteral("claire.png"))});
        QCOMPARE(byPass.exitCode, 0);
        QCOMPARE(byPass.json[u"visitor"].toObject()[u"id"].toString(), secondId);
        const QStringList onSite = ids(asAdmin({QStringLiteral("visitor"), QStringLiteral("list")}).json[u"visitors"].toArray());
        QVERIFY(!onSite.contains(id) && !onSite.contains(secondId));
        const QStringList today =
            ids(asAdmin({QStringLiteral("visitor"), QStringLiteral("list"), QStringLiteral("--all")}).json[u"visitors"].toArray());
        QVERIFY(today.contains(id) && today.contains(secondId));

        const CliRun shown = asAdmin({QStringLiteral("visitor"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json[u"visitor"].toObject()[u"on_site"].toBool(), false);
        QCOMPARE(shown.json[u"trail"].toArray().size(), 0);
        QCOMPARE(asAdmin({QStringLiteral("visitor"), QStringLiteral("show"), QStringLiteral("V000000-99")}).exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("visitor"), QStringLiteral("checkout")}).exitCode, 2);
    }

    void refusedRegistrations()
    {
        const int before = visitorsToday();
        const int registrations = auditCount(QStringLiteral("visitor.register"));
        const CliRun past =
            asAdmin({QStringLiteral("visitor"), QStringLiteral("register"), QStringLiteral("--name"), QStringLiteral("Trop Tard"),
                     QStringLiteral("--host"), QStringLiteral("Accueil"), QStringLiteral("--until"), QStringLiteral("08:00"),
                     QStringLiteral("--pass-out"), file(QStringLiteral("late.pdf"))});
        QCOMPARE(past.exitCode, 1);
        QVERIFY2(past.err.contains(QStringLiteral("later than now")), qPrintable(past.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("late.pdf"))));

        const CliRun badTime = registerVisitor(QStringLiteral("Heure Fausse"), file(QStringLiteral("x.pdf")),
                                               {QStringLiteral("--until"), QStringLiteral("25:99")});
        QCOMPARE(badTime.exitCode, 2);
        QCOMPARE(registerVisitor(QStringLiteral("Mauvais Fichier"), file(QStringLiteral("x.txt"))).exitCode, 2);
        QCOMPARE(registerVisitor(QStringLiteral("Sans Photo"), file(QStringLiteral("x.pdf")), {QStringLiteral("--consent")}).exitCode, 2);

        // A pass that cannot be written: nothing is registered (the registration is rolled back).
        const CliRun unwritable = registerVisitor(QStringLiteral("Pass Perdu"), file(QStringLiteral("missing/dir/pass.pdf")));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("missing/dir/pass.pdf")), qPrintable(unwritable.err));
        QCOMPARE(visitorsToday(), before);
        QCOMPARE(auditCount(QStringLiteral("visitor.register")), registrations);
        QCOMPARE(asAdmin({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void watchlistHitStopsRegistrationUntilDismissed()
    {
        common::SystemClock clock;
        qint64 entry = 0;
        {
            auto station = direct(clock);
            entry = station->services.watchlist.add(visitors::WatchKind::Custody, QStringLiteral("DUPONT Pierre"), QDate(1975, 4, 2), {},
                                                    std::nullopt, {}, QStringLiteral("Ne doit pas voir Léa (2NDE1), jugement du 3 mars"),
                                                    QStringLiteral("chef"));
        }
        const int before = visitorsToday();
        const QStringList who{QStringLiteral("--birth-date"), QStringLiteral("1975-04-02")};
        const CliRun hit = registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("dupont.pdf")), who);
        QCOMPARE(hit.exitCode, 1);
        QVERIFY2(hit.err.contains(QStringLiteral("entry %1").arg(entry)), qPrintable(hit.err));
        QVERIFY2(hit.err.contains(QStringLiteral("--dismiss-hit")), qPrintable(hit.err));
        QVERIFY2(hit.err.contains(QStringLiteral("1975-04-02")), qPrintable(hit.err));
        QCOMPARE(hit.json[u"registered"].toBool(), false);
        QCOMPARE(hit.json[u"watchlist_hits"].toArray().first().toObject()[u"entry"].toInteger(), entry);
        QCOMPARE(hit.json[u"watchlist_hits"].toArray().first().toObject()[u"kind"].toString(), QStringLiteral("custody"));
        QVERIFY(!QFile::exists(file(QStringLiteral("dupont.pdf"))));
        QCOMPARE(visitorsToday(), before);

        // A namesake born another day is no hit.
        const CliRun namesake = registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("namesake.pdf")),
                                                {QStringLiteral("--birth-date"), QStringLiteral("1990-01-01")});
        QVERIFY2(namesake.exitCode == 0, qPrintable(namesake.err));

        // Dismissing needs a note, and only a hit can be dismissed.
        QCOMPARE(registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("dupont.pdf")),
                                 who + QStringList{QStringLiteral("--dismiss-hit"), QString::number(entry)})
                     .exitCode,
                 2);
        QCOMPARE(registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("dupont.pdf")),
                                 who
                                     + QStringList{QStringLiteral("--dismiss-hit"), QString::number(entry + 100), QStringLiteral("--note"),
                                                   QStringLiteral("x")})
                     .exitCode,
                 1);
        const CliRun dismissed =
            registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("dupont.pdf")),
                            who
                                + QStringList{QStringLiteral("--dismiss-hit"), QString::number(entry), QStringLiteral("--note"),
                                              QStringLiteral("Homonyme : pièce d'identité vérifiée")});
        QVERIFY2(dismissed.exitCode == 0, qPrintable(dismissed.err));
        QVERIFY(QFile::exists(file(QStringLiteral("dupont.pdf"))));
        QCOMPARE(visitorsToday(), before + 2);
        const CliRun audit = asDpo({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10")});
        bool recorded = false;
        for (const QJsonValue &record : audit.json[u"records"].toArray())
            recorded |= record.toObject()[u"action"].toString() == u"watchlist.dismiss"
                        && record.toObject()[u"object"].toString() == QString::number(entry);
        QVERIFY2(recorded, qPrintable(audit.out));

        // Confirmed: refused, an alert raised, nothing registered.
        const CliRun confirmed =
            registerVisitor(QStringLiteral("Pierre Dupont"), file(QStringLiteral("refused.pdf")),
                            who
                                + QStringList{QStringLiteral("--confirm-hit"), QString::number(entry), QStringLiteral("--note"),
                                              QStringLiteral("C'est bien lui, police prévenue")});
        QCOMPARE(confirmed.exitCode, 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("refused.pdf"))));
        QCOMPARE(visitorsToday(), before + 2);
        const CliRun alerts = asAdmin({QStringLiteral("alerts"), QStringLiteral("list")});
        bool alerted = false;
        for (const QJsonValue &alert : alerts.json[u"alerts"].toArray())
            alerted |= alert.toObject()[u"kind"].toString() == u"watchlist" && alert.toObject()[u"open"].toBool();
        QVERIFY2(alerted, qPrintable(alerts.out));
    }

    void faceOnTheWatchlistAndTracking()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        const QString photos = data + QStringLiteral("/faces/photos/King_Abdullah_II/");
        // The reference photo an administrator entered, under another name: only the face can match.
        vision::FaceEngine engine(model);
        const vision::CaptureResult reference = vision::captureFromPhotos(engine, {vision::loadImage(photos + QStringLiteral("02.jpg"))});
        QVERIFY(reference.ok());
        QFile jpeg(photos + QStringLiteral("02.jpg"));
        QVERIFY(jpeg.open(QIODevice::ReadOnly));
        common::SystemClock clock;
        qint64 entry = 0;
        {
            auto station = direct(clock);
            entry =
                station->services.watchlist.add(visitors::WatchKind::Banned, QStringLiteral("Nom Sans Rapport"), QDate(), jpeg.readAll(),
                                                reference.descriptor, model.sha256.left(biometrics::FaceTemplate::modelIdSize),
                                                QStringLiteral("Interdit d'établissement"), QStringLiteral("chef"));
        }
        const QStringList photo{QStringLiteral("--photo"), photos + QStringLiteral("01.jpg"), QStringLiteral("--consent")};
        const CliRun hit = registerVisitor(QStringLiteral("Roi Abdallah"), file(QStringLiteral("roi.pdf")), photo);
        QCOMPARE(hit.exitCode, 1);
        QVERIFY2(hit.err.contains(QStringLiteral("face distance")), qPrintable(hit.err));
        const QJsonObject first = hit.json[u"watchlist_hits"].toArray().first().toObject();
        QCOMPARE(first[u"entry"].toInteger(), entry);
        QCOMPARE(first[u"face_matches"].toBool(), true);
        QCOMPARE(first[u"name_matches"].toBool(), false);
        QVERIFY(first[u"face_distance"].toDouble() < 0.5);

        const CliRun dismissed =
            registerVisitor(QStringLiteral("Roi Abdallah"), file(QStringLiteral("roi.pdf")),
                            photo
                                + QStringList{QStringLiteral("--dismiss-hit"), QString::number(entry), QStringLiteral("--note"),
                                              QStringLiteral("Ressemblance seulement, pièce d'identité vérifiée")});
        QVERIFY2(dismissed.exitCode == 0, qPrintable(dismissed.err));
        QCOMPARE(dismissed.json[u"visitor"].toObject()[u"tracking"].toBool(), true);
        QCOMPARE(dismissed.json[u"photo_printed"].toBool(), true);
        {
            auto station = direct(clock);
            QCOMPARE(station->services.visitors.gallery(model.sha256.left(biometrics::FaceTemplate::modelIdSize)).size(), std::size_t(1));
            station->services.watchlist.remove(entry, QStringLiteral("chef"));
        }

        // A photo without a usable face registers nothing.
        QImage blank(400, 400, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(file(QStringLiteral("blank.png"))));
        const int before = visitorsToday();
        const CliRun noFace = registerVisitor(QStringLiteral("Sans Visage"), file(QStringLiteral("blank.pdf")),
                                              {QStringLiteral("--photo"), file(QStringLiteral("blank.png"))});
        QCOMPARE(noFace.exitCode, 1);
        QVERIFY2(noFace.err.contains(QStringLiteral("cannot be used")), qPrintable(noFace.err));
        QCOMPARE(visitorsToday(), before);
    }

    void rollCallPdf()
    {
        const int onSite = int(asAdmin({QStringLiteral("visitor"), QStringLiteral("list")}).json[u"visitors"].toArray().size());
        const CliRun call = asAdmin(
            {QStringLiteral("visitor"), QStringLiteral("roll-call"), QStringLiteral("--pdf"), file(QStringLiteral("rollcall.pdf"))});
        QVERIFY2(call.exitCode == 0, qPrintable(call.err));
        QCOMPARE(call.json[u"on_site"].toInt(), onSite);
        QCOMPARE(call.json[u"visitors"].toArray().size(), onSite);
        QCOMPARE(call.json[u"school"].toString(), QStringLiteral("Lycée Victor Hugo"));
        QCOMPARE(call.json[u"pages"].toInt(), 1);
        QVERIFY(QFile(file(QStringLiteral("rollcall.pdf"))).size() > 1000);
        const CliRun jsonOnly = asAdmin({QStringLiteral("visitor"), QStringLiteral("roll-call")});
        QCOMPARE(jsonOnly.exitCode, 0);
        QVERIFY(jsonOnly.json[u"pdf"].isNull());
        QCOMPARE(asAdmin({QStringLiteral("visitor"), QStringLiteral("roll-call"), QStringLiteral("--pdf"),
                          file(QStringLiteral("no/dir/rc.pdf"))})
                     .exitCode,
                 1);
    }

    void sweepFlagsOverstaysAndChecksOutYesterday()
    {
        // Registered through the station's services at earlier times: yesterday morning, and two
        // hours ago with a departure expected an hour ago.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::FakeClock clock(now.addDays(-1));
        QString yesterday;
        QString overstaying;
        {
            auto station = direct(clock);
            visitors::VisitorDraft draft;
            draft.name = QStringLiteral("Hier Fictif");
            draft.host = QStringLiteral("Accueil");
            draft.expectedDeparture = now.addDays(-1).addSecs(3600);
            yesterday = station->services.visitors.registerVisitor(draft, {}, QStringLiteral("chef")).visitor.id;
            clock.set(now.addSecs(-2 * 3600));
            draft.name = QStringLiteral("Reste Tard");
            draft.expectedDeparture = now.addSecs(-3600);
            overstaying = station->services.visitors.registerVisitor(draft, {}, QStringLiteral("chef")).visitor.id;
        }
        const CliRun sweep = asAdmin({QStringLiteral("visitor"), QStringLiteral("sweep")});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        QCOMPARE(strings(sweep.json[u"checked_out"]), QStringList{yesterday});
        QCOMPARE(strings(sweep.json[u"overstays"]), QStringList{overstaying});
        const CliRun shown = asAdmin({QStringLiteral("visitor"), QStringLiteral("show"), yesterday});
        QCOMPARE(shown.json[u"visitor"].toObject()[u"departure"].toString(), QStringLiteral("automatic"));
        bool alerted = false;
        for (const QJsonValue &alert : asAdmin({QStringLiteral("alerts"), QStringLiteral("list")}).json[u"alerts"].toArray())
            alerted |= alert.toObject()[u"kind"].toString() == u"overstay";
        QVERIFY(alerted);
        // One alert per overstay, not one a minute.
        const CliRun again = asAdmin({QStringLiteral("visitor"), QStringLiteral("sweep")});
        QCOMPARE(strings(again.json[u"overstays"]), QStringList());
        QCOMPARE(strings(again.json[u"checked_out"]), QStringList());
    }
};

QTEST_MAIN(TestCliVisitors)
#include "test_cli_visitors.moc"
