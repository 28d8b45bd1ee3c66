// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demoday.h"

#include "access/decision.h"
#include "access/gatecheck.h"
#include "access/passage.h"
#include "camerahealth.h"
#include "common/clock.h"
#include "common/refusal.h"
#include "demoexperiment.h"
#include "demopeople.h"
#include "reports/dailyreport.h"
#include "stationservices.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

#include <cmath>

namespace portique::station {
namespace {

const QString agentLogin = QStringLiteral("agent");
const QString laneOne = QStringLiteral("Voie 1");
const QString laneTwo = QStringLiteral("Voie 2");
const QByteArray demoModelId = QByteArrayLiteral("demo-day");

/// A clock the script moves forward: every service stamps what it writes with the script's time.
class ScriptClock final : public common::Clock {
public:
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &time)
    {
        QMutexLocker lock(&m_mutex);
        m_now = time.toUTC();
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

biometrics::Descriptor randomFace(QRandomGenerator &random)
{
    biometrics::Descriptor face{};
    double norm = 0;
    for (float &value : face) {
        value = float(random.generateDouble() - 0.5);
        norm += double(value) * value;
    }
    for (float &value : face)
        value = float(value / std::sqrt(norm) * 0.9);
    return face;
}

/// @p face moved by exactly @p distance in a random direction.
biometrics::Descriptor moved(const biometrics::Descriptor &face, float distance, QRandomGenerator &random)
{
    const biometrics::Descriptor direction = randomFace(random);
    const float length = biometrics::distance(direction, biometrics::Descriptor{});
    biometrics::Descriptor result = face;
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i] += direction[i] / length * distance;
    return result;
}

struct Holder {
    people::Person person;
    QString code;
    std::optional<biometrics::Descriptor> face; ///< face lane people only
};

/// What walks up to the lane in one passage of the script.
enum class Scene { Normal, UncertainFace, PhotoHeldUp, BorrowedBadge, LookAlike, Revoked, Forged, ForgotBadge };

class Script {
public:
    Script(storage::Database &database, const QDate &day, quint32 seed)
        : m_day(day)
        , m_random(seed)
        , m_services(database, m_clock)
    {
        m_result.day = day;
    }

    DemoDay run()
    {
        at(QTime(7, 0));
        if (m_services.people.list({QString(), QString(), false, m_day}).empty()) {
            m_services.imports.apply(demoStudents(m_day), QStringLiteral("demo"));
            m_services.imports.apply(demoGuardians(m_day), QStringLiteral("demo"));
            m_services.imports.apply(demoStaff(), QStringLiteral("demo"));
        }
        const QDateTime from = QDateTime(m_day, QTime(0, 0)).toUTC();
        if (!m_services.events.between(from, from.addDays(1)).empty())
            throw common::Refusal(QCoreApplication::translate("portique::station", "%1 already has passages: a day is seeded once.")
                                      .arg(m_day.toString(Qt::ISODate)));
        ensureDemoExperiment(m_services.settings, m_day);
        prepareHolders();
        morningRush();
        visitorsOfTheDay();
        camerasDrop();
        afternoon();
        endOfDay();
        return m_result;
    }

private:
    void at(const QTime &time) { m_clock.set(QDateTime(m_day, time)); }

    void prepareHolders()
    {
        std::vector<people::Person> students = m_services.people.list({QString(), QString(), false, m_day});
        std::erase_if(students, [](const people::Person &p) { return p.kind != people::PersonKind::Student; });
        int index = 0;
        for (const people::Person &person : students) {
            // Someone already holding a badge or a consent (the live demo's lanes, an earlier seeded
            // day) keeps it: a new badge would revoke theirs, and a consent cannot be given twice.
            if (m_services.credentials.currentBadge(person.id) || m_services.consents.current(person.id))
                continue;
            Holder holder{person, QString(), std::nullopt};
            if (index++ % 4 != 0) {
                people::ConsentDetails details;
                details.givenBy = person.firstName + u' ' + person.familyName;
                const std::vector<people::Guardian> guardians = m_services.people.guardiansOf(person.id);
                if (!guardians.empty()) {
                    details.guardianName = guardians.front().firstName + u' ' + guardians.front().familyName;
                    details.guardianRelationship = guardians.front().relationship;
                }
                details.architecture = index % 2 ? access::TemplateArchitecture::OnBadge : access::TemplateArchitecture::InDatabase;
                const biometrics::Descriptor face = randomFace(m_random);
                try {
                    holder.code = m_services.enrolments
                                      .enrol(person.id, details, {demoModelId, face}, people::CaptureMethod::Camera, 60, 20, agentLogin)
                                      .badge.payload;
                    holder.face = face;
                } catch (const common::Refusal &) {
                    // No guardian on record for a minor: no consent can be taken, badge only.
                }
            }
            if (holder.code.isEmpty())
                holder.code = m_services.enrolments.issueBadgeOnly(person.id, agentLogin).payload;
            m_holders.push_back(holder);
        }
    }

    Scene sceneFor(std::size_t index) const
    {
        // A fixed cast for the day's incidents, the rest walk through.
        switch (index) {
        case 5:
        case 17:
        case 29:
            return Scene::UncertainFace;
        case 9:
            return Scene::PhotoHeldUp;
        case 13:
            return Scene::BorrowedBadge;
        case 21:
            return Scene::LookAlike;
        case 25:
            return Scene::Revoked;
        case 33:
            return Scene::Forged;
        case 37:
        case 41:
            return Scene::ForgotBadge;
        default:
            return Scene::Normal;
        }
    }

    void morningRush()
    {
        QDateTime time = QDateTime(m_day, QTime(7, 45));
        for (std::size_t i = 0; i < m_holders.size(); ++i) {
            // Two lanes side by side, alternating; arrivals thicken towards 08:00 (the bell) and thin out after.
            const qint64 minutesToBell = std::abs(time.toLocalTime().time().secsTo(QTime(8, 0))) / 60;
            time = time.addMSecs(4000 + qint64(m_random.bounded(8000)) + minutesToBell * 2500);
            m_clock.set(time);
            passage(i, i % 2 ? laneTwo : laneOne, sceneFor(i));
        }
    }

    void afternoon()
    {
        // Students back from lunch outside: a trickle, all normal.
        QDateTime time = QDateTime(m_day, QTime(13, 20));
        for (std::size_t i = 0; i < std::min<std::size_t>(12, m_holders.size()); ++i) {
            time = time.addSecs(20 + m_random.bounded(60));
            m_clock.set(time);
            passage(i * 3 % m_holders.size(), laneOne, Scene::Normal);
        }
    }

    void passage(std::size_t index, const QString &lane, Scene scene)
    {
        const Holder &holder = m_holders[index];
        QString code = holder.code;
        std::optional<biometrics::Descriptor> face = holder.face;
        access::CredentialMethod method = access::CredentialMethod::Scanner;
        bool alive = true;
        switch (scene) {
        case Scene::Normal:
        case Scene::ForgotBadge:
            break;
        case Scene::UncertainFace:
            break;
        case Scene::PhotoHeldUp:
            alive = false;
            break;
        case Scene::BorrowedBadge:
            // A friend's face lane badge; this person's face is someone else's.
            code = nextFaceHolder(index).code;
            face = randomFace(m_random);
            break;
        case Scene::LookAlike:
            code = nextFaceHolder(index).code;
            break;
        case Scene::Revoked:
            m_services.credentials.revoke(m_services.credentials.verify(code).credential->serialText(), QStringLiteral("lost"), agentLogin);
            break;
        case Scene::Forged:
            code = code.left(code.size() / 2) + (code.at(code.size() / 2) == u'A' ? u'B' : u'A') + code.mid(code.size() / 2 + 1);
            break;
        }
        access::CredentialCheck check;
        if (scene == Scene::ForgotBadge) {
            method = access::CredentialMethod::Manual;
            check = access::checkPerson(m_services, holder.person.id);
        } else {
            check = access::checkCredential(m_services, code, demoModelId, lane);
        }
        access::FaceEvidence evidence;
        if (check.faceLane && face) {
            float distance = 0.22F + float(m_random.generateDouble()) * 0.2F;
            if (scene == Scene::UncertainFace)
                distance = 0.58F;
            else if (scene == Scene::LookAlike)
                distance = 0.46F; // someone else, close enough to pass: the agent notices
            const biometrics::Descriptor templateFace = check.faceTemplate ? check.faceTemplate->descriptor : *face;
            evidence = {true, true, alive, 70.0, scene == Scene::BorrowedBadge ? *face : moved(templateFace, distance, m_random)};
        }
        access::Passage p;
        p.lane = lane;
        p.at = m_clock.now();
        p.method = method;
        p.person = check.person;
        p.serial = check.credential ? check.credential->serialText() : QString();
        p.faceLane = check.faceLane;
        p.decision = access::decide(check, method, evidence, true, access::LanePolicy{});
        p.face = evidence;
        p.face.descriptor.reset();
        p.latencyMs = method == access::CredentialMethod::Manual ? 0
                      : check.faceLane                           ? 420 + m_random.bounded(900)
                                                                 : 40 + m_random.bounded(120);
        p.eventId = m_services.events.record(p, agentLogin);
        count(p);

        // The agent at the desk: overrides, then acknowledges what raised an alert.
        m_clock.set(m_clock.now().addSecs(20));
        const QString first = p.decision.reasons.value(0);
        if (first == u"uncertain_match")
            override(p, access::Outcome::Granted, access::OverrideReason::FaceNotMatched, QString());
        else if (first == u"liveness_not_shown")
            override(p, access::Outcome::Granted, access::OverrideReason::KnownPerson, QString());
        else if (scene == Scene::LookAlike && p.decision.outcome == access::Outcome::Granted)
            override(p, access::Outcome::Refused, access::OverrideReason::WrongMatch, QStringLiteral("Badge d'un camarade"));
        if (scene == Scene::Revoked)
            acknowledgeLast(QStringLiteral("Badge déclaré perdu repris, nouveau badge demandé"));
    }

    const Holder &nextFaceHolder(std::size_t index) const
    {
        for (std::size_t step = 1; step < m_holders.size(); ++step) {
            const Holder &other = m_holders[(index + step) % m_holders.size()];
            if (other.face)
                return other;
        }
        return m_holders[index];
    }

    void count(const access::Passage &p)
    {
        ++m_result.passages;
        ++m_result.outcomes[access::outcomeId(p.decision.outcome)];
        ++m_result.methods[reports::methodClass(p.faceLane, access::methodId(p.method), p.decision.reasons, p.visitorId)];
        if (const QString kind = access::alertKindOf(p); !kind.isEmpty()) {
            ++m_result.alertsByKind[kind];
            ++m_result.alertsOpen;
        }
    }

    void override(const access::Passage &p, access::Outcome outcome, access::OverrideReason reason, const QString &note)
    {
        m_services.events.addOverride(p.eventId, outcome, reason, note, agentLogin);
        ++m_result.overridesByReason[access::overrideReasonId(reason)];
    }

    void acknowledgeLast(const QString &note)
    {
        for (const privacy::Alert &alert : m_services.alerts.recent(1)) {
            if (alert.open()) {
                m_services.alerts.acknowledge(alert.id, note, agentLogin);
                --m_result.alertsOpen;
            }
        }
    }

    visitors::RegisteredVisitor registerVisitor(const QTime &arrival, const QString &name, const QString &organisation, const QString &host,
                                                const QString &purpose, const QTime &departure, bool tracking, QStringList zones = {})
    {
        at(arrival);
        visitors::VisitorDraft draft;
        draft.name = name;
        draft.organisation = organisation;
        draft.host = host;
        draft.purpose = purpose;
        draft.expectedDeparture = QDateTime(m_day, departure).toUTC();
        draft.trackingConsent = tracking;
        draft.zones = std::move(zones);
        if (tracking)
            draft.face = randomFace(m_random);
        ++m_result.visitors;
        return m_services.visitors.registerVisitor(draft, demoModelId, agentLogin);
    }

    void sweepAt(const QTime &time)
    {
        at(time);
        const visitors::SweepResult swept = m_services.visitors.sweep();
        m_result.overstays += int(swept.overstays.size());
        m_result.alertsByKind[QStringLiteral("overstay")] += int(swept.overstays.size());
        m_result.alertsOpen += int(swept.overstays.size());
    }

    void visitorsOfTheDay()
    {
        // A plumber for the boiler, followed (with consent), who wanders into the kitchen.
        const auto plumber = registerVisitor(QTime(9, 10), QStringLiteral("Thierry Lemoine"), QStringLiteral("Plomberie Lemoine"),
                                             QStringLiteral("Intendance"), QStringLiteral("Entretien de la chaudière"), QTime(11, 0), true,
                                             {QStringLiteral("Hall"), QStringLiteral("Administration"), QStringLiteral("Chaufferie")});
        at(QTime(9, 14));
        m_services.visitors.recordSighting(plumber.visitor.id, QStringLiteral("Hall"), QStringLiteral("Hall"), 0.31);
        at(QTime(9, 32));
        const auto kitchen =
            m_services.visitors.recordSighting(plumber.visitor.id, QStringLiteral("Cuisine"), QStringLiteral("Cuisine"), 0.35);
        if (kitchen && kitchen->alertId > 0) {
            ++m_result.alertsByKind[QStringLiteral("restricted_zone")];
            at(QTime(9, 36));
            m_services.alerts.acknowledge(kitchen->alertId, QStringLiteral("Raccompagné à la chaufferie par l'intendant"), agentLogin);
        }
        // A mother meeting the principal, checked out at the desk on time.
        const auto parent = registerVisitor(QTime(10, 30), QStringLiteral("Claire Dubois"), QString(), QStringLiteral("M. le proviseur"),
                                            QStringLiteral("Rendez-vous"), QTime(11, 15), false);
        at(QTime(11, 5));
        m_services.visitors.checkOutByPass(parent.passPayload, agentLogin);
        // Her pass shown again at a lane after she left: refused, alert.
        at(QTime(11, 40));
        access::CredentialCheck check = access::checkCredential(m_services, parent.passPayload, demoModelId, laneOne);
        access::Passage p;
        p.lane = laneOne;
        p.at = m_clock.now();
        p.visitorPass = check.visitorPass;
        p.visitorId = check.visitorId;
        p.visitorName = check.visitorName;
        p.decision = access::decide(check, access::CredentialMethod::Scanner, {}, true, access::LanePolicy{});
        p.latencyMs = 35;
        p.eventId = m_services.events.record(p, agentLogin);
        count(p);
        // The plumber overstays (11:00 expected), checked out at the desk at 11:50.
        sweepAt(QTime(11, 20));
        at(QTime(11, 50));
        m_services.visitors.checkOut(plumber.visitor.id, visitors::Departure::Desk, agentLogin);
        // A speaker in the afternoon, still there at the end of the day: checked out automatically.
        registerVisitor(QTime(14, 0), QStringLiteral("Sophie Nguyen"), QStringLiteral("Université de Lille"),
                        QStringLiteral("M. Bernard (SVT)"), QStringLiteral("Conférence"), QTime(16, 30), false);
        // A delivery, gone within minutes.
        const auto delivery = registerVisitor(QTime(15, 15), QStringLiteral("Karim Haddad"), QStringLiteral("Transports Rapides"),
                                              QStringLiteral("Cuisine"), QStringLiteral("Livraison"), QTime(15, 45), false);
        at(QTime(15, 31));
        m_services.visitors.checkOut(delivery.visitor.id, visitors::Departure::Desk, agentLogin);
    }

    void camerasDrop()
    {
        CameraHealthLog health(m_services.database, m_clock);
        at(QTime(10, 5));
        health.record(laneTwo, false, QStringLiteral("lost"));
        at(QTime(10, 17));
        health.record(laneTwo, true);
        at(QTime(14, 2));
        health.record(QStringLiteral("Hall"), false, QStringLiteral("stalled"));
        at(QTime(14, 3));
        health.record(QStringLiteral("Hall"), true);
        m_result.minutesLost[laneTwo] = 12;
        m_result.minutesLost[QStringLiteral("Hall")] = 1;
    }

    void endOfDay()
    {
        sweepAt(QTime(17, 0)); // the speaker overstays 16:30
        const QTime closing = m_services.visitors.endOfDay(m_day).toLocalTime().time();
        at(closing);
        m_services.visitors.sweep();
        // The agent acknowledges the overstays before leaving; the forged badge alert stays open
        // for the principal to see.
        at(closing.addSecs(-60));
        for (const privacy::Alert &alert : m_services.alerts.recent(50)) {
            if (alert.open() && alert.kind == u"overstay") {
                m_services.alerts.acknowledge(alert.id, QStringLiteral("Visiteur rappelé, parti"), agentLogin);
                --m_result.alertsOpen;
            }
        }
    }

    QDate m_day;
    QRandomGenerator m_random;
    ScriptClock m_clock;
    StationServices m_services;
    std::vector<Holder> m_holders;
    DemoDay m_result;
};

QJsonObject countsJson(const std::map<QString, int> &counts)
{
    QJsonObject json;
    for (const auto &[key, count] : counts)
        json.insert(key, count);
    return json;
}

} // namespace

QJsonObject DemoDay::toJson() const
{
    QJsonObject lost;
    for (const auto &[camera, minutes] : minutesLost)
        lost.insert(camera, minutes);
    return {{QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("passages"), passages},
            {QStringLiteral("outcomes"), countsJson(outcomes)},
            {QStringLiteral("methods"), countsJson(methods)},
            {QStringLiteral("overrides_by_reason"), countsJson(overridesByReason)},
            {QStringLiteral("visitors"), visitors},
            {QStringLiteral("overstays"), overstays},
            {QStringLiteral("alerts_by_kind"), countsJson(alertsByKind)},
            {QStringLiteral("alerts_open"), alertsOpen},
            {QStringLiteral("minutes_lost"), lost}};
}

DemoDay seedDemoDay(storage::Database &database, const QDate &day, quint32 seed)
{
    DemoDay result;
    database.transaction([&] { result = Script(database, day, seed).run(); });
    return result;
}

} // namespace portique::station
