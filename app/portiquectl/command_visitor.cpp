// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"
#include "faceoptions.h"
#include "visitorjson.h"

#include "biometrics/facetemplate.h"
#include "common/isotime.h"
#include "common/privatefiles.h"
#include "privacy/outputlog.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "vision/enrolmentcapture.h"
#include "vision/imageloader.h"
#include "visitors/passrender.h"
#include "visitors/rollcall.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace portique::cli {
namespace {

QJsonObject hitJson(const visitors::WatchlistHit &hit)
{
    return {{QStringLiteral("entry"), hit.entry.id},
            {QStringLiteral("kind"), visitors::watchKindId(hit.entry.kind)},
            {QStringLiteral("name"), hit.entry.name},
            {QStringLiteral("birth_date"), textOrNull(common::isoDate(hit.entry.birthDate))},
            {QStringLiteral("details"), hit.entry.details},
            {QStringLiteral("name_matches"), hit.nameMatches},
            {QStringLiteral("birth_date_matches"), hit.birthDateMatches},
            {QStringLiteral("face_distance"), hit.faceDistance ? QJsonValue(std::round(*hit.faceDistance * 1000) / 1000) : QJsonValue()},
            {QStringLiteral("face_matches"), hit.faceMatches}};
}

/// One line for the agent: which entry, what kind, and why it came up.
QString describeHit(const visitors::WatchlistHit &hit)
{
    QStringList why;
    if (hit.nameMatches)
        why << QCoreApplication::translate("Cli", "same name (%1)").arg(hit.entry.name);
    if (hit.birthDateMatches)
        why << QCoreApplication::translate("Cli", "same date of birth (%1)").arg(common::isoDate(hit.entry.birthDate));
    if (hit.faceDistance)
        why << (hit.faceMatches ? QCoreApplication::translate("Cli", "face distance %1, within the threshold")
                                : QCoreApplication::translate("Cli", "face distance %1"))
                   .arg(QString::number(*hit.faceDistance, 'f', 3));
    QString line = QCoreApplication::translate("Cli", "  entry %1 (%2): %3")
                       .arg(hit.entry.id)
                       .arg(visitors::watchKindLabel(hit.entry.kind), why.join(QStringLiteral(", ")));
    if (!hit.entry.details.isEmpty())
        line += QStringLiteral(" — ") + hit.entry.details;
    return line;
}

void addPassOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("pass-out"),
                      QCoreApplication::translate("Cli", "Where to write the pass: FILE.pdf (to print) or FILE.png (300 dpi)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("sheet"), QCoreApplication::translate("Cli", "label (62 x 100 mm label, the default) or a6."),
                      QStringLiteral("sheet"), QStringLiteral("label")});
}

struct PassOutput {
    QString path;
    visitors::PassSheet sheet = visitors::PassSheet::Label62;
};

/// The pass file and sheet the options ask for; CliExit(BadUsage) on a missing or wrong one.
PassOutput passOutput(CliContext &context)
{
    PassOutput output;
    output.path = context.required(QStringLiteral("pass-out"));
    const QString suffix = QFileInfo(output.path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"png")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--pass-out takes a .pdf or .png file."));
    const QString sheet = context.parser().value(QStringLiteral("sheet"));
    if (sheet != u"label" && sheet != u"a6")
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--sheet takes label or a6."));
    output.sheet = sheet == u"a6" ? visitors::PassSheet::A6 : visitors::PassSheet::Label62;
    return output;
}

/// Writes the pass (0600 from its creation) and records it in the output log, in the caller's
/// transaction; CliExit(Failed) naming the file when it cannot be written.
void writePass(station::StationServices &services, const PassOutput &output, const visitors::PassCard &card)
{
    try {
        if (QFileInfo(output.path).suffix().toLower() == u"png") {
            // 300 dpi: what label printers print at, and what a scan of the paper pass would give.
            const QImage image = visitors::renderPassImage(card, output.sheet, 300);
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            image.save(&png, "PNG");
            const QString reason = common::writePrivateFile(output.path, png.data());
            if (!reason.isEmpty())
                throw std::runtime_error(QCoreApplication::translate("Cli", "Cannot write the pass file %1: %2")
                                             .arg(QDir::toNativeSeparators(output.path), reason)
                                             .toStdString());
        } else {
            visitors::writePassPdf(output.path, card, output.sheet);
        }
    } catch (const std::runtime_error &error) {
        throw CliExit(Failed, QString::fromStdString(error.what()));
    }
    privacy::OutputLog(services.database, services.clock).record({output.path, privacy::OutputKind::Pass, {card.visitorId}});
}

QString schoolName(station::StationServices &services)
{
    return services.settings.value(station::settings::schoolName);
}

std::vector<qint64> entryIds(CliContext &context, const QString &option)
{
    std::vector<qint64> ids;
    for (const QString &value : context.parser().values(option)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok)
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--%1 takes a watchlist entry number.").arg(option));
        ids.push_back(id);
    }
    return ids;
}

int registerVisitor(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor register"),
                       QCoreApplication::translate(
                           "Cli",
                           "Registers a visitor at the desk and writes their pass. The watchlist is checked first: a possible match "
                           "stops the registration until it is dismissed (--dismiss-hit) or confirmed (--confirm-hit, entry refused). "
                           "The photo is used for the watchlist, the tracking template (with --consent only) and the printed pass "
                           "(setting visitors.print_photo), and is never stored."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The visitor's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("organisation"),
                      QCoreApplication::translate("Cli", "Company, association, or relationship to a student."), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("host"), QCoreApplication::translate("Cli", "The person or service visited."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("purpose"), QCoreApplication::translate("Cli", "Why they come."), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("until"), QCoreApplication::translate("Cli", "Expected departure today, local time."), QStringLiteral("HH:MM")});
    parser.addOption({QStringLiteral("escort"), QCoreApplication::translate("Cli", "The visitor must be accompanied inside.")});
    parser.addOption({QStringLiteral("zones"),
                      QCoreApplication::translate("Cli", "Zones the pass allows, comma-separated (default: every unrestricted zone)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("birth-date"),
                      QCoreApplication::translate("Cli", "Date of birth, only to check the watchlist (never stored)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("photo"), QCoreApplication::translate("Cli", "The registration photo (one usable face)."),
                      QStringLiteral("image")});
    parser.addOption(
        {QStringLiteral("consent"),
         QCoreApplication::translate("Cli", "The visitor consents to be followed by the indoor cameras while on site (needs --photo).")});
    parser.addOption(
        {QStringLiteral("dismiss-hit"),
         QCoreApplication::translate("Cli", "A watchlist match checked and found not to be this visitor (repeat for several)."),
         QStringLiteral("entry")});
    parser.addOption({QStringLiteral("confirm-hit"),
                      QCoreApplication::translate("Cli", "A watchlist match confirmed: entry refused, alert raised, nothing registered."),
                      QStringLiteral("entry")});
    parser.addOption({QStringLiteral("note"),
                      QCoreApplication::translate("Cli", "What the agent checked, for --dismiss-hit or --confirm-hit."),
                      QStringLiteral("text")});
    addPassOutputOptions(parser);
    addFaceOptions(parser);
    if (!context.parse(0, 0, QString()))
        return Success;

    visitors::VisitorDraft draft;
    draft.name = context.required(QStringLiteral("name"));
    draft.host = context.required(QStringLiteral("host"));
    draft.organisation = parser.value(QStringLiteral("organisation"));
    draft.purpose = parser.value(QStringLiteral("purpose"));
    draft.escort = parser.isSet(QStringLiteral("escort"));
    draft.trackingConsent = parser.isSet(QStringLiteral("consent"));
    const QTime until = QTime::fromString(context.required(QStringLiteral("until")), QStringLiteral("H:mm"));
    if (!until.isValid())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--until takes a time of today as HH:MM."));
    for (const QString &zone : parser.value(QStringLiteral("zones")).split(u',', Qt::SkipEmptyParts)) {
        if (!zone.trimmed().isEmpty())
            draft.zones << zone.trimmed();
    }
    if (parser.isSet(QStringLiteral("birth-date"))) {
        draft.birthDate = common::parseIsoDate(parser.value(QStringLiteral("birth-date")));
        if (!draft.birthDate.isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--birth-date takes a date as YYYY-MM-DD."));
    }
    const QString photoPath = parser.value(QStringLiteral("photo"));
    if (draft.trackingConsent && photoPath.isEmpty())
        throw CliExit(BadUsage,
                      QCoreApplication::translate("Cli", "--consent needs --photo: tracking follows the face of the registration photo."));
    const std::vector<qint64> dismissed = entryIds(context, QStringLiteral("dismiss-hit"));
    const std::vector<qint64> confirmed = entryIds(context, QStringLiteral("confirm-hit"));
    const QString note = parser.value(QStringLiteral("note"));
    if ((!dismissed.empty() || !confirmed.empty()) && note.trimmed().isEmpty())
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Say what was checked with --note."));
    const PassOutput output = passOutput(context);

    const accounts::User agent = context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    draft.expectedDeparture = QDateTime(context.clock().now().toLocalTime().date(), until);

    QByteArray modelId;
    QImage printedPhoto;
    if (!photoPath.isEmpty()) {
        auto engine = createFaceEngine(parser);
        const vision::CaptureResult capture = vision::captureFromPhotos(*engine, {vision::loadImage(photoPath)});
        if (!capture.ok())
            throw CliExit(
                Failed,
                QCoreApplication::translate("Cli", "The photo cannot be used (%1): %2. Take another photo, or register without --photo.")
                    .arg(capture.failure ? capture.failure->id : QString(), capture.failure ? capture.failure->text : QString()));
        draft.face = capture.descriptor;
        modelId = engine->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
        if (services.settings.value(station::settings::visitorsPrintPhoto) != 0) {
            QImageReader reader(photoPath);
            reader.setAutoTransform(true); // upright by its EXIF orientation, as the face was read
            printedPhoto = reader.read();
        }
    }

    // The watchlist first: nothing is registered while a possible match is undecided.
    const std::vector<visitors::WatchlistHit> hits =
        services.watchlist.check(draft.name, draft.birthDate, draft.face, modelId, visitors::watchlistThreshold);
    auto isHit = [&hits](qint64 id) {
        return std::any_of(hits.begin(), hits.end(), [id](const visitors::WatchlistHit &hit) { return hit.entry.id == id; });
    };
    for (qint64 id : dismissed)
        if (!isHit(id))
            throw CliExit(
                Failed,
                QCoreApplication::translate("Cli", "Watchlist entry %1 does not match this visitor: nothing was recorded.").arg(id));
    for (qint64 id : confirmed)
        if (!isHit(id))
            throw CliExit(
                Failed,
                QCoreApplication::translate("Cli", "Watchlist entry %1 does not match this visitor: nothing was recorded.").arg(id));
    QJsonArray hitsJson;
    for (const visitors::WatchlistHit &hit : hits)
        hitsJson.append(hitJson(hit));

    if (!confirmed.empty()) {
        QJsonArray alerts;
        context.database().transaction([&] {
            for (qint64 id : confirmed)
                alerts.append(services.watchlist.decide(id, true, note, agent.login));
        });
        CliContext::printJson(
            {{QStringLiteral("registered"), false}, {QStringLiteral("watchlist_hits"), hitsJson}, {QStringLiteral("alerts"), alerts}});
        throw CliExit(
            Failed, QCoreApplication::translate(
                        "Cli", "Watchlist match confirmed: the visitor is refused entry and an alert was raised. Nothing was registered."));
    }
    QStringList undecided;
    for (const visitors::WatchlistHit &hit : hits)
        if (std::find(dismissed.begin(), dismissed.end(), hit.entry.id) == dismissed.end())
            undecided << describeHit(hit);
    if (!undecided.isEmpty()) {
        CliContext::printJson({{QStringLiteral("registered"), false}, {QStringLiteral("watchlist_hits"), hitsJson}});
        throw CliExit(Failed,
                      QCoreApplication::translate(
                          "Cli", "Possible watchlist match; nothing was registered:\n%1\nCheck the person against the entry, then re-run "
                                 "with --dismiss-hit ID --note TEXT, or refuse entry (--confirm-hit ID --note TEXT raises the alert).")
                          .arg(undecided.join(u'\n')));
    }

    // Registration and pass together: a pass that cannot be written leaves no visitor on site
    // without one (and no dismissal recorded for a registration that did not happen).
    QJsonObject json;
    context.database().transaction([&] {
        for (qint64 id : dismissed)
            services.watchlist.decide(id, false, note, agent.login);
        const visitors::RegisteredVisitor registered = services.visitors.registerVisitor(draft, modelId, agent.login);
        writePass(services, output, visitors::passCard(registered.visitor, registered.passPayload, schoolName(services), printedPhoto));
        json = {{QStringLiteral("visitor"), visitorJson(registered.visitor)},
                {QStringLiteral("payload"), registered.passPayload},
                {QStringLiteral("pass"), output.path},
                {QStringLiteral("photo_printed"), !printedPhoto.isNull()},
                {QStringLiteral("watchlist_dismissed"), hitsJson}};
    });
    CliContext::printJson(json);
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(
        QStringLiteral("visitor list"),
        QCoreApplication::translate(
            "Cli", "Lists the visitors on site, with where they were last seen; --all or --date: everyone who arrived that day."),
        arguments);
    context.parser().addOption({QStringLiteral("all"), QCoreApplication::translate("Cli", "Everyone who arrived today, gone or not.")});
    context.parser().addOption(
        {QStringLiteral("date"), QCoreApplication::translate("Cli", "Everyone who arrived on that day."), QStringLiteral("YYYY-MM-DD")});
    if (!context.parse(0, 0, QString()))
        return Success;
    std::optional<QDate> day;
    if (context.parser().isSet(QStringLiteral("date"))) {
        day = common::parseIsoDate(context.parser().value(QStringLiteral("date")));
        if (!day->isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--date takes a date as YYYY-MM-DD."));
    } else if (context.parser().isSet(QStringLiteral("all"))) {
        day = context.clock().now().toLocalTime().date();
    }
    context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    QJsonArray visitors;
    for (const visitors::Visitor &visitor : day ? services.visitors.arrivedOn(*day) : services.visitors.onSite())
        visitors.append(visitorWithLastSeen(services, visitor));
    CliContext::printJson({{QStringLiteral("visitors"), visitors}});
    return Success;
}

int show(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor show"),
                       QCoreApplication::translate("Cli", "Shows a visitor and their trail (while on site)."), arguments);
    if (!context.parse(1, 1, QStringLiteral("VISITOR_ID")))
        return Success;
    context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    const QString id = context.positional().constFirst();
    const std::optional<visitors::Visitor> visitor = services.visitors.find(id);
    if (!visitor)
        throw CliExit(Failed, QCoreApplication::translate("Cli", "No visitor has the number %1.").arg(id));
    QJsonArray trail;
    for (const visitors::Sighting &sighting : services.visitors.trail(id))
        trail.append(sightingJson(sighting));
    CliContext::printJson({{QStringLiteral("visitor"), visitorWithLastSeen(services, *visitor)}, {QStringLiteral("trail"), trail}});
    return Success;
}

int checkout(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor checkout"),
                       QCoreApplication::translate(
                           "Cli",
                           "Checks a visitor out, by number or by their pass: the pass stops working, their template and trail are deleted "
                           "at once."),
                       arguments);
    context.parser().addOption({QStringLiteral("pass-image"), QCoreApplication::translate("Cli", "A picture of the pass (PNG, JPEG...)."),
                                QStringLiteral("file")});
    context.parser().addOption(
        {QStringLiteral("payload"), QCoreApplication::translate("Cli", "The text of the pass's QR code."), QStringLiteral("text")});
    if (!context.parse(0, 1, QStringLiteral("[VISITOR_ID]")))
        return Success;
    const int given = int(!context.positional().isEmpty()) + int(context.parser().isSet(QStringLiteral("pass-image")))
                      + int(context.parser().isSet(QStringLiteral("payload")));
    if (given != 1)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "Give a visitor number, --pass-image or --payload."));
    // Exactly one of the three was given: the pass's text, when it is the pass, is read once.
    const QString pass =
        context.positional().isEmpty() ? context.qrText(QStringLiteral("payload"), QStringLiteral("pass-image")) : QString();
    const accounts::User agent = context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    const visitors::Visitor visitor =
        pass.isEmpty() && !context.positional().isEmpty()
            ? services.visitors.checkOut(context.positional().constFirst(), visitors::Departure::Desk, agent.login)
            : services.visitors.checkOutByPass(pass, agent.login);
    CliContext::printJson({{QStringLiteral("visitor"), visitorJson(visitor)}, {QStringLiteral("checked_out"), true}});
    return Success;
}

int reissue(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor reissue"),
                       QCoreApplication::translate(
                           "Cli", "Writes a new pass for a visitor on site (lost or damaged): the previous pass stops working. No photo is "
                                  "printed: it was never kept."),
                       arguments);
    addPassOutputOptions(context.parser());
    if (!context.parse(1, 1, QStringLiteral("VISITOR_ID")))
        return Success;
    const PassOutput output = passOutput(context);
    const accounts::User agent = context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    QJsonObject json;
    context.database().transaction([&] {
        const visitors::RegisteredVisitor reissued = services.visitors.reissuePass(context.positional().constFirst(), agent.login);
        writePass(services, output, visitors::passCard(reissued.visitor, reissued.passPayload, schoolName(services), QImage()));
        json = {{QStringLiteral("visitor"), visitorJson(reissued.visitor)},
                {QStringLiteral("payload"), reissued.passPayload},
                {QStringLiteral("pass"), output.path}};
    });
    CliContext::printJson(json);
    return Success;
}

int rollCall(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor roll-call"),
                       QCoreApplication::translate(
                           "Cli",
                           "The evacuation roll call: everyone on site now, by name, with where they were last seen; --pdf writes it "
                           "on A4 to tick at the assembly point."),
                       arguments);
    context.parser().addOption(
        {QStringLiteral("pdf"), QCoreApplication::translate("Cli", "Where to write the roll call to print."), QStringLiteral("file")});
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    const visitors::RollCall call = visitors::buildRollCall(services.visitors, schoolName(services), context.clock().now());
    const QString pdf = context.parser().value(QStringLiteral("pdf"));
    int pages = 0;
    if (!pdf.isEmpty()) {
        try {
            visitors::writeRollCallPdf(pdf, call);
        } catch (const std::runtime_error &error) {
            throw CliExit(Failed, QString::fromStdString(error.what()));
        }
        privacy::OutputLog(services.database, services.clock)
            .record({pdf, privacy::OutputKind::RollCall, visitors::rollCallSubjects(call)});
        pages = visitors::rollCallPageCount(int(call.entries.size()));
    }
    QJsonArray entries;
    for (const visitors::RollCall::Entry &entry : call.entries) {
        QJsonObject json = visitorJson(entry.visitor);
        json.insert(QStringLiteral("last_seen"), entry.lastSeen ? QJsonValue(sightingJson(*entry.lastSeen)) : QJsonValue());
        entries.append(json);
    }
    CliContext::printJson({{QStringLiteral("at"), common::isoTime(call.at)},
                           {QStringLiteral("school"), call.schoolName},
                           {QStringLiteral("on_site"), entries.size()},
                           {QStringLiteral("visitors"), entries},
                           {QStringLiteral("pdf"), textOrNull(pdf)},
                           {QStringLiteral("pages"), pdf.isEmpty() ? QJsonValue() : QJsonValue(pages)}});
    return Success;
}

int sweep(const QStringList &arguments)
{
    CliContext context(QStringLiteral("visitor sweep"),
                       QCoreApplication::translate(
                           "Cli",
                           "What the station does every minute: an overstay alert for each visitor past their expected departure, and "
                           "everyone checked out once the end-of-day time (visitors.auto_checkout_minute) has passed."),
                       arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageVisitors);
    station::StationServices services(context.database(), context.clock());
    const visitors::SweepResult result = services.visitors.sweep();
    CliContext::printJson({{QStringLiteral("overstays"), QJsonArray::fromStringList(result.overstays)},
                           {QStringLiteral("checked_out"), QJsonArray::fromStringList(result.checkedOut)}});
    return Success;
}

} // namespace

int runVisitor(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"register", QT_TRANSLATE_NOOP("Cli", "register a visitor and write their pass"), registerVisitor},
        {"list", QT_TRANSLATE_NOOP("Cli", "list the visitors on site"), list},
        {"show", QT_TRANSLATE_NOOP("Cli", "show a visitor and their trail"), show},
        {"checkout", QT_TRANSLATE_NOOP("Cli", "check a visitor out"), checkout},
        {"reissue", QT_TRANSLATE_NOOP("Cli", "write a new pass, the old one stops working"), reissue},
        {"roll-call", QT_TRANSLATE_NOOP("Cli", "everyone on site, for an evacuation"), rollCall},
        {"sweep", QT_TRANSLATE_NOOP("Cli", "overstay alerts and end-of-day check-out"), sweep},
        {"track", QT_TRANSLATE_NOOP("Cli", "follow visitors on an indoor camera's video"), visitorTrack},
        {"consent", QT_TRANSLATE_NOOP("Cli", "withdraw the consent to indoor tracking, without checking out"), visitorConsent},
    };
    return dispatchVerb(QStringLiteral("visitor"), verbs, arguments);
}

} // namespace portique::cli
