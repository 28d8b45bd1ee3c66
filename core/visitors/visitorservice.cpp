// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorservice.h"

#include "access/stationkeys.h"
#include "biometrics/facetemplate.h"
#include "common/clock.h"
#include "common/isotime.h"
#include "common/refusal.h"
#include "common/subjectid.h"
#include "people/peoplestore.h"
#include "privacy/alertstore.h"
#include "privacy/auditlog.h"
#include "privacy/forgetledger.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/settingsstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <stdexcept>
#include <tuple>

namespace portique::visitors {
namespace {

const QString visitorColumns =
    QStringLiteral("id, name, organisation, host, purpose, arrived_at, expected_departure, escort, zones, tracking, pass_serial, "
                   "pass_valid_until, registered_by, overstay_alerted, departed_at, coalesce(departed_by, ''), coalesce(departure, '')");

// Zone names are free text: a separator that no one types in a zone name.
constexpr char16_t zoneSeparator = u'\x1f';

Visitor readVisitor(const storage::Statement &row)
{
    Visitor visitor;
    visitor.id = row.toText(0);
    visitor.name = row.toText(1);
    visitor.organisation = row.toText(2);
    visitor.host = row.toText(3);
    visitor.purpose = row.toText(4);
    visitor.arrivedAt = common::parseIsoTime(row.toText(5));
    visitor.expectedDeparture = common::parseIsoTime(row.toText(6));
    visitor.escort = row.toInt64(7) != 0;
    visitor.zones = row.toText(8).split(zoneSeparator, Qt::SkipEmptyParts);
    visitor.tracking = row.toInt64(9) != 0;
    visitor.passSerial = row.toText(10);
    visitor.passValidUntil = common::parseIsoTime(row.toText(11));
    visitor.registeredBy = row.toText(12);
    visitor.overstayAlerted = row.toInt64(13) != 0;
    visitor.departedAt = common::parseIsoTime(row.toText(14));
    visitor.departedBy = row.toText(15);
    visitor.departure = row.toText(16);
    return visitor;
}

QDateTime wholeMinute(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}

} // namespace

QString departureId(Departure departure)
{
    return departure == Departure::Desk ? QStringLiteral("desk") : QStringLiteral("automatic");
}

VisitorService::VisitorService(storage::Database &database, access::StationKeys &keys, access::CredentialStore &credentials,
                               privacy::AuditLog &audit, privacy::AlertStore &alerts, station::SettingsStore &settings,
                               const common::Clock &clock)
    : m_database(database)
    , m_keys(keys)
    , m_credentials(credentials)
    , m_audit(audit)
    , m_alerts(alerts)
    , m_settings(settings)
    , m_clock(clock)
{
}

QDateTime VisitorService::endOfDay(const QDate &day)
{
    const qint64 minute = m_settings.value(station::settings::visitorsCheckoutMinute);
    return QDateTime(day, QTime(int(minute / 60), int(minute % 60))).toUTC();
}

ZoneMap VisitorService::zoneMap()
{
    return loadZoneMap(m_settings, station::loadCameras(m_settings));
}

QString VisitorService::nextVisitorId(const QDate &day)
{
    // Numbered from a counter kept per day (migration 9), not by counting the day's rows: an
    // erasure deletes a visitor's row, and their number must still never be given again (a count
    // would collide with a later visitor's id, or give a newcomer the number printed on the erased
    // visitor's pass).
    // Runs inside the registration's transaction, so a refused registration takes its number back.
    // Three plain statements: the station's SQLCipher 3.4 (SQLite 3.15) has no upsert.
    const QString dayText = day.toString(Qt::ISODate);
    m_database.execute(QStringLiteral("INSERT OR IGNORE INTO visitor_day_counters (day, last) VALUES (?1, 0)"), {dayText});
    m_database.execute(QStringLiteral("UPDATE visitor_day_counters SET last = last + 1 WHERE day = ?1"), {dayText});
    const qint64 number = m_database.scalar(QStringLiteral("SELECT last FROM visitor_day_counters WHERE day = ?1"), {dayText}).toLongLong();
    // The visitors' namespace is written in one place (common/subjectid.h), shared with the checks.
    return common::visitorId(day, number);
}

QString VisitorService::signPass(const Visitor &visitor)
{
    const access::SigningKey key = m_keys.signingKey();
    PassContent pass{visitor.id, QByteArray::fromHex(visitor.passSerial.toLatin1()), wholeMinute(visitor.arrivedAt),
                     wholeMinute(visitor.passValidUntil), visitor.zones};
    try {
        return access::signCredential(pass.toCredential(key.keyId), key.secretKey);
    } catch (const std::invalid_argument &layout) {
        // The zones are checked before (zonesProblem); what is left is a field the credential's
        // layout cannot hold. The agent gets a sentence, the log the layout's own words.
        qWarning("visitor pass %s: %s", qPrintable(visitor.id), layout.what());
        throw common::Refusal(QCoreApplication::translate("portique::visitors",
                                                          "The visitor's pass cannot be signed: its content does not fit in a pass's "
                                                          "code. Nothing was changed."));
    }
}

RegisteredVisitor VisitorService::registerVisitor(const VisitorDraft &draft, const QByteArray &modelId, const QString &agent)
{
    const QDateTime now = m_clock.now().toUTC();
    const QDate today = now.toLocalTime().date();
    if (draft.name.trimmed().isEmpty())
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "Give the visitor's name."));
    if (draft.host.trimmed().isEmpty())
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "Say whom the visitor comes to see."));
    const QDateTime closing = endOfDay(today);
    if (now >= closing)
        throw common::Refusal(
            QCoreApplication::translate("portique::visitors",
                                        "Visitors are checked out automatically at %1: the end-of-day time has passed (setting "
                                        "visitors.auto_checkout_minute).")
                .arg(closing.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (!draft.expectedDeparture.isValid() || draft.expectedDeparture <= now)
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "The expected departure must be later than now."));
    if (draft.expectedDeparture > closing)
        throw common::Refusal(
            QCoreApplication::translate("portique::visitors",
                                        "The expected departure must be at the latest %1, when visitors are checked out automatically.")
                .arg(closing.toLocalTime().toString(QStringLiteral("HH:mm"))));
    const ZoneMap map = zoneMap();
    const QStringList zones = draft.zones.isEmpty() ? map.defaultAllowed() : draft.zones;
    for (const QString &zone : zones) {
        if (!map.zones.isEmpty() && !map.zone(zone))
            throw common::Refusal(QCoreApplication::translate("portique::visitors", "There is no zone named %1.").arg(zone));
    }
    // A map saved before its zones were held to a pass's size, or one made from the cameras' zones,
    // can still give more than a pass carries: refused here, named, before anything is written.
    if (const QString problem = PassContent::zonesProblem(zones); !problem.isEmpty())
        throw common::Refusal(problem);
    if (draft.trackingConsent && !draft.face)
        throw common::Refusal(QCoreApplication::translate(
            "portique::visitors", "Tracking needs a photo where the face is usable: take the photo again, or register "
                                  "without tracking."));

    RegisteredVisitor registered;
    Visitor &visitor = registered.visitor;
    m_database.transaction([&] {
        visitor.id = nextVisitorId(today);
        visitor.name = draft.name.trimmed();
        visitor.organisation = draft.organisation.trimmed();
        visitor.host = draft.host.trimmed();
        visitor.purpose = draft.purpose.trimmed();
        visitor.arrivedAt = now;
        visitor.expectedDeparture = draft.expectedDeparture.toUTC();
        visitor.escort = draft.escort;
        visitor.zones = zones;
        visitor.tracking = draft.trackingConsent;
        visitor.passSerial = access::CredentialStore::newSerial();
        visitor.passValidUntil = closing;
        visitor.registeredBy = agent;
        m_database.execute(
            QStringLiteral(
                "INSERT INTO visitors (id, name, folded_name, organisation, host, purpose, arrived_at, expected_departure, escort, "
                "zones, tracking, pass_serial, pass_valid_until, registered_by) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            {visitor.id, visitor.name, people::foldForSearch(visitor.name), visitor.organisation, visitor.host, visitor.purpose,
             common::isoTime(visitor.arrivedAt), common::isoTime(visitor.expectedDeparture), int(visitor.escort),
             visitor.zones.join(zoneSeparator), int(visitor.tracking), visitor.passSerial, common::isoTime(visitor.passValidUntil), agent});
        if (visitor.tracking) {
            const biometrics::FaceTemplate faceTemplate{modelId, *draft.face};
            m_database.execute(QStringLiteral("INSERT INTO visitor_templates (visitor_id, sealed) VALUES (?1, ?2)"),
                               {visitor.id, faceTemplate.seal(m_keys.templateKey(), biometrics::TemplateEncoding::Float16)});
        }
        registered.passPayload = signPass(visitor);
        m_audit.append(agent, QStringLiteral("visitor.register"), visitor.id,
                       QJsonObject{{QStringLiteral("tracking"), visitor.tracking},
                                   {QStringLiteral("escort"), visitor.escort},
                                   {QStringLiteral("serial"), visitor.passSerial}});
    });
    return registered;
}

RegisteredVisitor VisitorService::reissuePass(const QString &visitorId, const QString &agent)
{
    RegisteredVisitor registered;
    m_database.transaction([&] {
        registered.visitor = requireOnSite(visitorId);
        const QString previous = registered.visitor.passSerial;
        registered.visitor.passSerial = access::CredentialStore::newSerial();
        m_database.execute(QStringLiteral("UPDATE visitors SET pass_serial = ?2 WHERE id = ?1"),
                           {visitorId, registered.visitor.passSerial});
        registered.passPayload = signPass(registered.visitor);
        m_audit.append(agent, QStringLiteral("visitor.pass_reissue"), visitorId,
                       QJsonObject{{QStringLiteral("serial"), registered.visitor.passSerial}, {QStringLiteral("revoked"), previous}});
        privacy::ForgetLedger(m_database).record(privacy::ForgetKind::Revocation, previous, m_clock);
    });
    return registered;
}

std::optional<Visitor> VisitorService::find(const QString &visitorId)
{
    auto row = m_database.prepare(QStringLiteral("SELECT %1 FROM visitors WHERE id = ?1").arg(visitorColumns));
    row.bind(1, visitorId);
    if (!row.next())
        return std::nullopt;
    return readVisitor(row);
}

std::vector<Visitor> VisitorService::onSite()
{
    auto rows =
        m_database.prepare(QStringLiteral("SELECT %1 FROM visitors WHERE departed_at IS NULL ORDER BY arrived_at, id").arg(visitorColumns));
    std::vector<Visitor> visitors;
    while (rows.next())
        visitors.push_back(readVisitor(rows));
    return visitors;
}

std::vector<Visitor> VisitorService::arrivedOn(const QDate &day)
{
    auto rows = m_database.prepare(
        QStringLiteral("SELECT %1 FROM visitors WHERE arrived_at >= ?1 AND arrived_at < ?2 ORDER BY arrived_at, id").arg(visitorColumns));
    rows.bind(1, common::isoTime(QDateTime(day, QTime(0, 0)).toUTC()));
    rows.bind(2, common::isoTime(QDateTime(day.addDays(1), QTime(0, 0)).toUTC()));
    std::vector<Visitor> visitors;
    while (rows.next())
        visitors.push_back(readVisitor(rows));
    return visitors;
}

Visitor VisitorService::requireOnSite(const QString &visitorId)
{
    const std::optional<Visitor> visitor = find(visitorId);
    if (!visitor)
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "No visitor has the number %1.").arg(visitorId));
    if (!visitor->onSite())
        throw common::Refusal(QCoreApplication::translate("portique::visitors", "%1 already left at %2.")
                                  .arg(visitor->name, visitor->departedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    return *visitor;
}

PassCheck VisitorService::verifyPass(QStringView text)
{
    PassCheck check;
    const access::Verification signature = m_credentials.verifySignature(text, access::CredentialKind::VisitorPass);
    check.verdict = signature.verdict;
    if (!signature.valid())
        return check;
    check.pass = PassContent::fromCredential(*signature.credential);
    if (!check.pass) {
        // Signed by us, yet not a pass's layout: nothing this station wrote.
        check.verdict = access::Verdict::Malformed;
        return check;
    }
    check.visitor = find(check.pass->visitorId);
    const QDateTime now = m_clock.now().toUTC();
    if (now < check.pass->validFrom)
        check.verdict = access::Verdict::NotYetValid;
    else if (now > check.pass->validUntil.addSecs(59))
        check.verdict = access::Verdict::Expired;
    else if (!check.visitor)
        check.verdict = access::Verdict::UnknownSerial;
    else if (check.visitor->passSerial != QString::fromLatin1(check.pass->serial.toHex()) || !check.visitor->onSite())
        check.verdict = access::Verdict::Revoked; // re-issued, or the visitor checked out
    else
        check.verdict = access::Verdict::Valid;
    return check;
}

Visitor VisitorService::checkOut(const QString &visitorId, Departure departure, const QString &agent)
{
    Visitor visitor;
    m_database.transaction([&] {
        visitor = requireOnSite(visitorId);
        visitor.departedAt = m_clock.now().toUTC();
        visitor.departedBy = agent;
        visitor.departure = departureId(departure);
        m_database.execute(QStringLiteral("UPDATE visitors SET departed_at = ?2, departed_by = ?3, departure = ?4 WHERE id = ?1"),
                           {visitorId, common::isoTime(visitor.departedAt), agent, visitor.departure});
        // PRIVACY.md §5: the template lives only while the visitor is on site, and so does their trail.
        const auto [templates, sightings] = deleteTrackingData(visitorId);
        // The pass stops working with the check-out: remembered beside the database, so a restored
        // older copy cannot make its visitor on site again (privacy/restorereplay.h).
        privacy::ForgetLedger(m_database).record(privacy::ForgetKind::Revocation, visitor.passSerial, m_clock);
        m_audit.append(agent, QStringLiteral("visitor.checkout"), visitorId,
                       QJsonObject{{QStringLiteral("departure"), visitor.departure},
                                   {QStringLiteral("templates_deleted"), templates},
                                   {QStringLiteral("sightings_deleted"), sightings}});
    });
    m_database.forgetDeleted();
    return visitor;
}

std::pair<int, int> VisitorService::deleteTrackingData(const QString &visitorId)
{
    // One place deletes a visitor's face data and trail: check-out and withdrawal alike.
    const int templates = m_database.execute(QStringLiteral("DELETE FROM visitor_templates WHERE visitor_id = ?1"), {visitorId});
    const int sightings = m_database.execute(QStringLiteral("DELETE FROM sightings WHERE visitor_id = ?1"), {visitorId});
    return {templates, sightings};
}

TrackingWithdrawal VisitorService::withdrawTracking(const QString &visitorId, const QString &agent)
{
    TrackingWithdrawal withdrawal;
    m_database.transaction([&] {
        withdrawal.visitor = requireOnSite(visitorId);
        if (!withdrawal.visitor.tracking) {
            // The visitors table keeps only "tracking now"; the audit says whether it was ever given.
            const bool withdrawn = m_database
                                       .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'visitor.tracking_withdraw' "
                                                              "AND object = ?1"),
                                               {visitorId})
                                       .toInt()
                                   > 0;
            throw common::Refusal(
                withdrawn ? QCoreApplication::translate("portique::visitors", "%1 already withdrew their consent to indoor tracking: "
                                                                              "nothing is left to delete.")
                                .arg(withdrawal.visitor.name)
                          : QCoreApplication::translate("portique::visitors", "%1 never agreed to indoor tracking: the cameras do not "
                                                                              "follow them and nothing about their face is kept.")
                                .arg(withdrawal.visitor.name));
        }
        // Tracking off first: a sighting on its way from a camera finds no consent and writes nothing.
        m_database.execute(QStringLiteral("UPDATE visitors SET tracking = 0 WHERE id = ?1"), {visitorId});
        withdrawal.visitor.tracking = false;
        std::tie(withdrawal.templatesDeleted, withdrawal.sightingsDeleted) = deleteTrackingData(visitorId);
        m_audit.append(agent, QStringLiteral("visitor.tracking_withdraw"), visitorId,
                       QJsonObject{{QStringLiteral("templates_deleted"), withdrawal.templatesDeleted},
                                   {QStringLiteral("sightings_deleted"), withdrawal.sightingsDeleted}});
    });
    // As at check-out: the deleted template must not stay readable in the write-ahead log.
    m_database.forgetDeleted();
    return withdrawal;
}

Visitor VisitorService::checkOutByPass(QStringView text, const QString &agent)
{
    const PassCheck check = verifyPass(text);
    if (!check.valid()) {
        if (check.verdict == access::Verdict::Revoked && check.visitor && !check.visitor->onSite())
            throw common::Refusal(QCoreApplication::translate("portique::visitors", "%1 already left at %2.")
                                      .arg(check.visitor->name, check.visitor->departedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        throw common::Refusal(
            QCoreApplication::translate("portique::visitors", "This pass cannot be used: %1.").arg(access::verdictReason(check.verdict)));
    }
    return checkOut(check.visitor->id, Departure::Desk, agent);
}

std::vector<GalleryEntry> VisitorService::gallery(const QByteArray &modelId)
{
    auto rows =
        m_database.prepare(QStringLiteral("SELECT t.visitor_id, t.sealed FROM visitor_templates t JOIN visitors v ON v.id = t.visitor_id "
                                          "WHERE v.departed_at IS NULL AND v.tracking = 1 ORDER BY v.arrived_at"));
    const common::SecretBytes key = m_keys.templateKey();
    std::vector<GalleryEntry> entries;
    while (rows.next()) {
        try {
            entries.push_back({rows.toText(0), biometrics::FaceTemplate::unseal(rows.toBlob(1), key, modelId).descriptor});
        } catch (const biometrics::TemplateError &) {
            // Another model's template (the model was changed since): this visitor is not followed.
        }
    }
    return entries;
}

std::optional<SightingRecord> VisitorService::recordSighting(const QString &visitorId, const QString &camera, const QString &zone,
                                                             double score)
{
    std::optional<SightingRecord> record;
    m_database.transaction([&] {
        const std::optional<Visitor> visitor = find(visitorId);
        if (!visitor || !visitor->onSite() || !visitor->tracking)
            return;
        record.emplace();
        m_database.execute(QStringLiteral("INSERT INTO sightings (visitor_id, at, camera, zone, score) VALUES (?1, ?2, ?3, ?4, ?5)"),
                           {visitorId, common::isoTime(m_clock.now()), camera, zone, score});
        record->sightingId = m_database.lastInsertId();
        // One open alert per visitor and zone: someone lingering in the kitchen is one incident,
        // not one alert per camera track, until an agent has dealt with it.
        const bool alreadyOpen =
            m_database
                .scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE kind = 'restricted_zone' AND visitor_id = ?1 AND details = ?2 "
                                       "AND acknowledged_at IS NULL"),
                        {visitorId, zone})
                .toInt()
            > 0;
        if (!visitor->zones.contains(zone) && !alreadyOpen)
            record->alertId = m_alerts.raiseForVisitor(QStringLiteral("restricted_zone"), visitorId, camera, zone);
    });
    return record;
}

std::vector<Sighting> VisitorService::trail(const QString &visitorId)
{
    auto rows = m_database.prepare(
        QStringLiteral("SELECT id, visitor_id, at, camera, zone, score FROM sightings WHERE visitor_id = ?1 ORDER BY at, id"));
    rows.bind(1, visitorId);
    std::vector<Sighting> sightings;
    while (rows.next())
        sightings.push_back(
            {rows.toInt64(0), rows.toText(1), common::parseIsoTime(rows.toText(2)), rows.toText(3), rows.toText(4), rows.toDouble(5)});
    return sightings;
}

std::optional<Sighting> VisitorService::lastSeen(const QString &visitorId)
{
    auto row = m_database.prepare(QStringLiteral(
        "SELECT id, visitor_id, at, camera, zone, score FROM sightings WHERE visitor_id = ?1 ORDER BY at DESC, id DESC LIMIT 1"));
    row.bind(1, visitorId);
    if (!row.next())
        return std::nullopt;
    return Sighting{row.toInt64(0), row.toText(1), common::parseIsoTime(row.toText(2)), row.toText(3), row.toText(4), row.toDouble(5)};
}

SweepResult VisitorService::sweep()
{
    SweepResult result;
    const QDateTime now = m_clock.now().toUTC();
    for (const Visitor &visitor : onSite()) {
        if (now >= endOfDay(visitor.arrivedAt.toLocalTime().date())) {
            checkOut(visitor.id, Departure::Automatic, QStringLiteral("system"));
            result.checkedOut << visitor.id;
        } else if (!visitor.overstayAlerted && now > visitor.expectedDeparture) {
            m_database.transaction([&] {
                m_database.execute(QStringLiteral("UPDATE visitors SET overstay_alerted = 1 WHERE id = ?1"), {visitor.id});
                m_alerts.raiseForVisitor(QStringLiteral("overstay"), visitor.id, QString(), common::isoTime(visitor.expectedDeparture));
            });
            result.overstays << visitor.id;
        }
    }
    return result;
}

} // namespace portique::visitors
