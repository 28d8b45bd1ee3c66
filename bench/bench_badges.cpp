// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The costs of a badge at the gate: verifying its code (signature + registry), opening the
// template it brings (type 1 from the code, type 2 from the database), and finding a QR code in a
// camera frame (with and without one in view).
#include "access/badgerender.h"
#include "access/qrcode.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "station/stationservices.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace portique;

namespace {

/// A station with a school of 1,500 students, one of whom holds the badges under test.
struct Station {
    QTemporaryDir dir;
    common::SystemClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<station::StationServices> services;
    const QByteArray modelId = QByteArray::fromHex("0011223344556677");

    Station()
    {
        db = storage::Database::open(dir.filePath(QStringLiteral("bench.db")), storage::DatabaseKey::generate(),
                                     storage::Database::OpenMode::CreateNew);
        services = std::make_unique<station::StationServices>(*db, clock);
        db->transaction([&] {
            people::PeopleStore store(*db);
            for (int i = 0; i < 1500; ++i) {
                people::Person p;
                p.id = QString::number(4100000 + i);
                p.familyName = QStringLiteral("NOM%1").arg(i);
                p.firstName = QStringLiteral("Prénom");
                p.className = QStringLiteral("2NDE%1").arg(i % 12);
                p.birthDate = QDate(2010, 1 + i % 12, 1 + i % 28);
                p.source = people::PersonSource::Siecle;
                store.save(p, clock.now());
            }
        });
    }

    QString enrol(access::TemplateArchitecture architecture)
    {
        people::ConsentDetails details;
        details.givenBy = QStringLiteral("Élève");
        details.guardianName = QStringLiteral("Parent");
        details.guardianRelationship = QStringLiteral("10");
        details.architecture = architecture;
        biometrics::FaceTemplate face{modelId, {}};
        for (std::size_t i = 0; i < face.descriptor.size(); ++i)
            face.descriptor[i] = float(i % 13) * 0.01F;
        return services->enrolments.enrol(QStringLiteral("4100750"), details, face, people::CaptureMethod::Photos, 50, 1, QStringLiteral("bench"))
            .badge.payload;
    }
};

void verifyBadge(benchmark::State &state)
{
    Station s;
    const QString payload = s.enrol(access::TemplateArchitecture::OnBadge);
    for (auto _ : state)
        benchmark::DoNotOptimize(s.services->credentials.verify(payload));
}
BENCHMARK(verifyBadge)->Unit(benchmark::kMicrosecond);

void openTemplate(benchmark::State &state)
{
    Station s;
    const auto architecture = access::TemplateArchitecture(state.range(0));
    const QString payload = s.enrol(architecture);
    const access::Credential credential = *s.services->credentials.verify(payload).credential;
    for (auto _ : state)
        benchmark::DoNotOptimize(s.services->enrolments.templateFor(credential, s.modelId));
    state.SetLabel(architecture == access::TemplateArchitecture::OnBadge ? "type 1 (in the code)" : "type 2 (database row)");
}
BENCHMARK(openTemplate)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

/// A grey camera frame with, when @p withCode, a badge held up at arm's length (its QR about
/// @p qrPixels wide).
QImage cameraFrame(const QSize &size, const QString &payload, int qrPixels)
{
    QImage frame(size, QImage::Format_Grayscale8);
    frame.fill(QColor(120, 120, 120));
    if (!payload.isEmpty()) {
        const access::QrMatrix matrix = access::encodeQr(payload);
        const int module = std::max(1, qrPixels / (matrix.size + 8));
        QPainter painter(&frame);
        painter.drawImage(QPoint(size.width() / 3, size.height() / 4), access::qrImage(matrix, module));
    }
    return frame;
}

void findQrInFrame(benchmark::State &state)
{
    Station s;
    const QString payload = state.range(1) ? s.enrol(access::TemplateArchitecture(state.range(1))) : QString();
    const QSize size = state.range(0) == 720 ? QSize(1280, 720) : QSize(640, 480);
    const QImage frame = cameraFrame(size, payload, size.height() / 2);
    benchmark::IterationCount found = 0;
    for (auto _ : state)
        found += benchmark::IterationCount(access::decodeQr(frame).size());
    if (state.range(1) && found != state.iterations())
        state.SkipWithError("the code was not read in every frame");
    state.SetLabel(state.range(1) == 0 ? "no code in view" : state.range(1) == 1 ? "type-1 code" : "badge-only code");
}
BENCHMARK(findQrInFrame)->Args({480, 0})->Args({480, 1})->Args({720, 0})->Args({720, 1})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
