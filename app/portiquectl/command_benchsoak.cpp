// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// `bench soak`: an accelerated school day through the station's real services, watching what a
// long-running station must not do: grow its memory, leak descriptors or threads, lose a write.
#include "benchschool.h"
#include "clicontext.h"
#include "commands.h"

#include "access/gate.h"
#include "common/clock.h"
#include "common/refusal.h"
#include "privacy/purge.h"
#include "station/demoday.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasethread.h"
#include "vision/camerasource.h"
#include "vision/facemodel.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <deque>
#include <exception>
#include <utility>

namespace portique::cli {
namespace {

/// The school day played: from the morning entry to the end of lessons.
constexpr int dayStartsAtHour = 7;
constexpr int dayStartsAtMinute = 30;
/// A visitor registers every this many simulated minutes and leaves an hour later: about 30 a day,
/// the busy end of what a lycée's reception sees.
constexpr int visitorEveryMinutes = 15;
constexpr int visitLastsMinutes = 60;
/// The station's own purge runs each night; the soak runs it every simulated hour so that a day
/// exercises it several times (each run walks every table).
constexpr int purgeEveryMinutes = 60;
/// Memory is sampled this often (real seconds); growth is measured from the sample taken once the
/// warm-up share of the run is over (models loaded, caches and queues at their working size).
constexpr int sampleEverySeconds = 10;
constexpr double warmUpShare = 0.1;
/// How many days ago the seeded old days were: past the default 90-day passage retention, so that
/// the first purge of the soak has something to delete.
constexpr int oldDaysAgo = 120;

/// Simulated time: the day's start plus the real time elapsed, times the acceleration.
class AcceleratedClock final : public common::Clock {
public:
    AcceleratedClock(const QDateTime &start, double factor)
        : m_start(start)
        , m_factor(factor)
    {
        m_elapsed.start();
    }
    QDateTime now() const override { return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_factor)); }
    qint64 simulatedMinutes() const { return qint64(double(m_elapsed.elapsed()) * m_factor / 60000.0); }

private:
    QDateTime m_start;
    double m_factor;
    QElapsedTimer m_elapsed;
};

/// What the process holds, from /proc/self.
struct ProcessSample {
    double simulatedHours = 0;
    double rssMb = 0;
    int descriptors = 0;
    int threads = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("simulated_hours"), std::round(simulatedHours * 100) / 100},
                {QStringLiteral("rss_mb"), std::round(rssMb * 10) / 10},
                {QStringLiteral("descriptors"), descriptors},
                {QStringLiteral("threads"), threads}};
    }
};

ProcessSample sampleProcess(double simulatedHours)
{
    ProcessSample sample;
    sample.simulatedHours = simulatedHours;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() >= 2 && fields[0] == "VmRSS:")
                sample.rssMb = fields[1].toDouble() / 1024.0;
            else if (fields.size() >= 2 && fields[0] == "Threads:")
                sample.threads = fields[1].toInt();
        }
    }
    sample.descriptors = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
    return sample;
}

/// What the soak asked of the services, to compare with what the database holds at the end.
struct SoakCounts {
    int decisions = 0;
    int gateErrors = 0;
    int visitorsRegistered = 0;
    int visitorsCheckedOut = 0;
    int refusals = 0;
    int alertsAcknowledged = 0;
    int purges = 0;
    qint64 purgedRows = 0;
    int jobsFailed = 0;
    QString lastRefusal;
    int oldPassagesSeeded = 0;
};

} // namespace

int benchSoak(const QStringList &arguments)
{
    CliContext context(QStringLiteral("bench soak"),
                       QCoreApplication::translate("Cli",
                                                   "Plays an accelerated school day through the station's real services: gate lanes on "
                                                   "simulated cameras (a person every second per lane), visitors registered and checked "
                                                   "out, alerts acknowledged, the retention purge run every simulated hour. Reports "
                                                   "memory (RSS) after warm-up and at the end, file descriptors, threads, and what was "
                                                   "written against what was asked."),
                       arguments);
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("minutes"), QCoreApplication::translate("Cli", "Real duration in minutes (default 10)."),
                      QStringLiteral("m"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("cameras"), QCoreApplication::translate("Cli", "Number of gate lanes, one camera each (default 4)."),
                      QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("day-hours"),
                      QCoreApplication::translate("Cli", "Length of the simulated school day in hours (default 8)."), QStringLiteral("h"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("samples"),
                      QCoreApplication::translate("Cli", "Folder of photos of faces (default: the face-api demo photos)."),
                      QStringLiteral("dir")});
    if (!context.parse(0, 0, QString()))
        return Success;
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const int cameras = parser.value(QStringLiteral("cameras")).toInt();
    const double dayHours = parser.value(QStringLiteral("day-hours")).toDouble();
    if (minutes < 1 || cameras < 1 || cameras > 8 || dayHours <= 0 || dayHours > 12)
        throw CliExit(BadUsage, QCoreApplication::translate(
                                    "Cli", "--minutes takes at least 1, --cameras 1 to 8, --day-hours more than 0 and at most 12."));
    const QDir samples(parser.value(QStringLiteral("samples")).isEmpty()
                           ? vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15/demo")
                           : parser.value(QStringLiteral("samples")));
    const vision::FaceModel model = vision::FaceModel::locate();
    const ProcessSample atLaunch = sampleProcess(0);

    QTemporaryDir dir;
    const storage::DatabaseKey key = storage::DatabaseKey::generate();
    const QString path = dir.filePath(QStringLiteral("soak.db"));
    const QDate day = QDate::currentDate();
    int oldPassagesSeeded = 0;
    {
        // Two old days past their retention (the demo school's people and passages), for the purge.
        auto db = storage::Database::open(path, key, storage::Database::OpenMode::CreateNew);
        oldPassagesSeeded += station::seedDemoDay(*db, day.addDays(-oldDaysAgo)).passages;
        oldPassagesSeeded += station::seedDemoDay(*db, day.addDays(-oldDaysAgo - 1)).passages;
    }
    const BenchSchool school = buildBenchSchool(samples, model, path, key, QDir(dir.path()), cameras, false);

    const QDateTime dayStart = QDateTime(day, QTime(dayStartsAtHour, dayStartsAtMinute)).toUTC();
    const double factor = dayHours * 60.0 / minutes;
    AcceleratedClock clock(dayStart, factor);
    vision::VisionPipeline pipeline(model, {});
    storage::DatabaseThread writer(path, key.clone());
    const QList<access::GateLane> gateLanes = addBenchLanes(pipeline, school.videos);
    access::Gate gate(&pipeline, gateLanes, writer, clock, model.sha256.left(biometrics::FaceTemplate::modelIdSize));

    SoakCounts counts;
    QObject::connect(&gate, &access::Gate::decided, &gate, [&](int, const access::Passage &) { ++counts.decisions; });
    QObject::connect(&gate, &access::Gate::failed, &gate, [&](int, const QString &) { ++counts.gateErrors; });
    presentBadgesAsPeopleArrive(pipeline, gate, school.students, [](int, const BenchPresentation &) {});

    // The desk's and the night's work, each a job on the station's one writer, as the GUI does it.
    std::deque<std::pair<qint64, QString>> onSite; // simulated minute of departure, visitor id
    const auto runJob = [&](std::function<void(station::StationServices &)> work) {
        writer.submit<bool>([&clock, &counts, work = std::move(work)](storage::Database &db) {
            try {
                station::StationServices services(db, clock);
                work(services);
            } catch (const common::Refusal &refusal) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [&counts, message = refusal.message()] {
                    ++counts.refusals;
                    counts.lastRefusal = message;
                });
            } catch (const std::exception &) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [&counts] { ++counts.jobsFailed; });
            }
            return true;
        });
    };
    qint64 nextVisitorAt = 0;
    qint64 nextPurgeAt = 0;
    int visitorNumber = 0;
    QTimer desk;
    QObject::connect(&desk, &QTimer::timeout, &desk, [&] {
        const qint64 minute = clock.simulatedMinutes();
        if (minute >= nextVisitorAt) {
            nextVisitorAt += visitorEveryMinutes;
            visitors::VisitorDraft draft;
            draft.name = QStringLiteral("Visiteur Soak %1").arg(++visitorNumber);
            draft.host = QStringLiteral("Secrétariat");
            draft.purpose = QStringLiteral("Rendez-vous");
            runJob([&, draft, minute](station::StationServices &s) mutable {
                draft.expectedDeparture = s.clock.now().addSecs(visitLastsMinutes * 60);
                const visitors::RegisteredVisitor registered = s.visitors.registerVisitor(draft, QByteArray(), QStringLiteral("soak"));
                QMetaObject::invokeMethod(&desk, [&, id = registered.visitor.id, minute] {
                    ++counts.visitorsRegistered;
                    onSite.emplace_back(minute + visitLastsMinutes, id);
                });
            });
            // Alerts raised by the lanes since the last visitor are read and acknowledged.
            runJob([&](station::StationServices &s) {
                int acknowledged = 0;
                for (const privacy::Alert &alert : s.alerts.recent(200))
                    if (alert.open()) {
                        s.alerts.acknowledge(alert.id, QStringLiteral("soak"), QStringLiteral("soak"));
                        ++acknowledged;
                    }
                QMetaObject::invokeMethod(&desk, [&, acknowledged] { counts.alertsAcknowledged += acknowledged; });
            });
        }
        while (!onSite.empty() && onSite.front().first <= minute) {
            runJob([&, id = onSite.front().second](station::StationServices &s) {
                s.visitors.checkOut(id, visitors::Departure::Desk, QStringLiteral("soak"));
                QMetaObject::invokeMethod(&desk, [&] { ++counts.visitorsCheckedOut; });
            });
            onSite.pop_front();
        }
        if (minute >= nextPurgeAt) {
            nextPurgeAt += purgeEveryMinutes;
            runJob([&](station::StationServices &s) {
                const qint64 deleted = privacy::Purge(s.database, clock).run(false).totalDeleted();
                QMetaObject::invokeMethod(&desk, [&, deleted] {
                    ++counts.purges;
                    counts.purgedRows += deleted;
                });
            });
        }
    });

    std::vector<ProcessSample> samplesTaken;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&] { samplesTaken.push_back(sampleProcess(double(clock.simulatedMinutes()) / 60.0)); });

    pipeline.start();
    desk.start(200);
    sampler.start(sampleEverySeconds * 1000);
    const ProcessSample started = sampleProcess(0);
    QEventLoop loop;
    QTimer::singleShot(qint64(minutes * 60000), &loop, &QEventLoop::quit);
    loop.exec();
    // The state of a running station: taken before the lanes stop.
    const ProcessSample ended = sampleProcess(double(clock.simulatedMinutes()) / 60.0);
    desk.stop();
    sampler.stop();
    pipeline.stop();
    // Let the writer finish what was asked (passages, check-outs) before counting.
    writer.submit<bool>([](storage::Database &) { return true; }).waitForFinished();
    QCoreApplication::processEvents();

    ProcessSample warm = started;
    for (const ProcessSample &sample : samplesTaken)
        if (sample.simulatedHours >= dayHours * warmUpShare) {
            warm = sample;
            break;
        }
    auto db = storage::Database::open(path, key, storage::Database::OpenMode::Existing);
    const QString since = dayStart.toString(Qt::ISODateWithMs);
    const qint64 eventsWritten = db->scalar(QStringLiteral("SELECT count(*) FROM access_events WHERE at >= ?1"), {since}).toLongLong();
    const qint64 visitorsWritten = db->scalar(QStringLiteral("SELECT count(*) FROM visitors WHERE arrived_at >= ?1"), {since}).toLongLong();
    const qint64 oldEventsLeft = db->scalar(QStringLiteral("SELECT count(*) FROM access_events WHERE at < ?1"),
                                            {QDateTime(day.addDays(-oldDaysAgo + 1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs)})
                                     .toLongLong();
    QJsonArray trace;
    for (const ProcessSample &sample : samplesTaken)
        trace.append(sample.toJson());
    const double growth = warm.rssMb > 0 ? (ended.rssMb - warm.rssMb) / warm.rssMb * 100.0 : 0.0;
    CliContext::printJson({{QStringLiteral("minutes"), minutes},
                           {QStringLiteral("cameras"), cameras},
                           {QStringLiteral("simulated_hours"), std::round(ended.simulatedHours * 100) / 100},
                           {QStringLiteral("acceleration"), std::round(factor * 10) / 10},
                           {QStringLiteral("at_launch"), atLaunch.toJson()},
                           {QStringLiteral("started"), started.toJson()},
                           {QStringLiteral("after_warm_up"), warm.toJson()},
                           {QStringLiteral("ended"), ended.toJson()},
                           {QStringLiteral("rss_growth_percent_after_warm_up"), std::round(growth * 10) / 10},
                           {QStringLiteral("descriptor_growth"), ended.descriptors - warm.descriptors},
                           {QStringLiteral("thread_growth"), ended.threads - warm.threads},
                           {QStringLiteral("decisions"), counts.decisions},
                           {QStringLiteral("events_written"), eventsWritten},
                           {QStringLiteral("events_lost"), counts.decisions - eventsWritten},
                           {QStringLiteral("gate_errors"), counts.gateErrors},
                           {QStringLiteral("visitors_registered"), counts.visitorsRegistered},
                           {QStringLiteral("visitors_written"), visitorsWritten},
                           {QStringLiteral("visitors_checked_out"), counts.visitorsCheckedOut},
                           {QStringLiteral("alerts_acknowledged"), counts.alertsAcknowledged},
                           {QStringLiteral("purges"), counts.purges},
                           {QStringLiteral("purged_rows"), counts.purgedRows},
                           {QStringLiteral("old_passages_seeded"), oldPassagesSeeded},
                           {QStringLiteral("old_passages_left"), oldEventsLeft},
                           {QStringLiteral("refusals"), counts.refusals},
                           {QStringLiteral("last_refusal"), counts.lastRefusal},
                           {QStringLiteral("jobs_failed"), counts.jobsFailed},
                           {QStringLiteral("samples"), trace}});
    return Success;
}

} // namespace portique::cli
