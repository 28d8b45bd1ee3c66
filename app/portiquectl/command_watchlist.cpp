// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "clicontext.h"
#include "commands.h"
#include "faceoptions.h"

#include "biometrics/facetemplate.h"
#include "common/isotime.h"
#include "station/stationservices.h"
#include "vision/enrolmentcapture.h"
#include "vision/imageloader.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>

namespace portique::cli {
namespace {


QJsonObject toJson(const visitors::WatchlistEntry &entry)
{
    // The photo itself is never printed: whether there is one, and whether its face is usable.
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("kind"), visitors::watchKindId(entry.kind)},
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("birth_date"), entry.birthDate.isValid() ? QJsonValue(common::isoDate(entry.birthDate)) : QJsonValue()},
            {QStringLiteral("photo"), !entry.photo.isEmpty()},
            {QStringLiteral("face"), entry.hasFace},
            {QStringLiteral("details"), entry.details},
            {QStringLiteral("added_at"), common::isoTime(entry.addedAt)},
            {QStringLiteral("added_by"), entry.addedBy}};
}

int add(const QStringList &arguments)
{
    CliContext context(QStringLiteral("watchlist add"),
                       QCoreApplication::translate("Cli", "Adds a person to the watchlist: banned from the school, or a custody "
                                                          "restriction. Give a date of birth, a reference photo, or both."),
                       arguments);
    context.parser().addOption({QStringLiteral("kind"), QCoreApplication::translate("Cli", "banned or custody."), QStringLiteral("kind")});
    context.parser().addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The person's name."), QStringLiteral("name")});
    context.parser().addOption({QStringLiteral("birth-date"), QCoreApplication::translate("Cli", "Date of birth, YYYY-MM-DD."), QStringLiteral("date")});
    context.parser().addOption({QStringLiteral("photo"), QCoreApplication::translate("Cli", "A reference photo of the person's face."), QStringLiteral("image")});
    context.parser().addOption({QStringLiteral("details"), QCoreApplication::translate("Cli", "What the desk must know (the decision, the student concerned)."),
                                QStringLiteral("text")});
    addFaceOptions(context.parser());
    if (!context.parse(0, 0, QString()))
        return Success;
    const std::optional<visitors::WatchKind> kind = visitors::watchKindFromId(context.required(QStringLiteral("kind")));
    if (!kind)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--kind takes banned or custody."));
    const QString name = context.required(QStringLiteral("name"));
    QDate birthDate;
    if (context.parser().isSet(QStringLiteral("birth-date"))) {
        birthDate = QDate::fromString(context.parser().value(QStringLiteral("birth-date")), Qt::ISODate);
        if (!birthDate.isValid())
            throw CliExit(BadUsage, QCoreApplication::translate("Cli", "--birth-date takes a date written YYYY-MM-DD."));
    }
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);

    QByteArray jpeg;
    std::optional<biometrics::Descriptor> face;
    QByteArray modelId;
    if (context.parser().isSet(QStringLiteral("photo"))) {
        const cv::Mat image = vision::loadImage(context.parser().value(QStringLiteral("photo")));
        auto engine = createFaceEngine(context.parser());
        const vision::CaptureResult capture = vision::captureFromPhotos(*engine, {image});
        if (!capture.ok())
            throw CliExit(Failed, QCoreApplication::translate("Cli", "No usable face on the reference photo: %1")
                                      .arg(capture.failure ? capture.failure->text : QString()));
        face = capture.descriptor;
        jpeg = visitors::referencePhotoJpeg(vision::toQImage(image));
        modelId = engine->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
    }
    station::StationServices services(context.database(), context.clock());
    const qint64 id = services.watchlist.add(*kind, name, birthDate, jpeg, face, modelId,
                                             context.parser().value(QStringLiteral("details")), actor.login);
    CliContext::printJson({{QStringLiteral("entry"), toJson(*services.watchlist.find(id))}});
    return Success;
}

int list(const QStringList &arguments)
{
    CliContext context(QStringLiteral("watchlist list"), QCoreApplication::translate("Cli", "Lists the watchlist."), arguments);
    if (!context.parse(0, 0, QString()))
        return Success;
    context.requireOperator(accounts::Permission::ManageSettings);
    station::StationServices services(context.database(), context.clock());
    QJsonArray entries;
    for (const visitors::WatchlistEntry &entry : services.watchlist.entries())
        entries.append(toJson(entry));
    CliContext::printJson({{QStringLiteral("entries"), entries}});
    return Success;
}

int remove(const QStringList &arguments)
{
    CliContext context(QStringLiteral("watchlist remove"), QCoreApplication::translate("Cli", "Removes an entry from the watchlist."), arguments);
    if (!context.parse(1, 1, QStringLiteral("ID")))
        return Success;
    bool number = false;
    const qint64 id = context.positional().constFirst().toLongLong(&number);
    if (!number)
        throw CliExit(BadUsage, QCoreApplication::translate("Cli", "ID is the entry's number (see watchlist list)."));
    const accounts::User actor = context.requireOperator(accounts::Permission::ManageSettings);
    station::StationServices services(context.database(), context.clock());
    services.watchlist.remove(id, actor.login);
    CliContext::printJson({{QStringLiteral("removed"), id}, {QStringLiteral("entries"), qint64(services.watchlist.entries().size())}});
    return Success;
}

} // namespace

int runWatchlist(const QStringList &arguments)
{
    static const QList<Command> verbs{
        {"add", QT_TRANSLATE_NOOP("Cli", "add a person to the watchlist"), add},
        {"list", QT_TRANSLATE_NOOP("Cli", "list the watchlist"), list},
        {"remove", QT_TRANSLATE_NOOP("Cli", "remove a watchlist entry"), remove},
    };
    return dispatchVerb(QStringLiteral("watchlist"), verbs, arguments);
}

} // namespace portique::cli
